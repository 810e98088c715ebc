"""Plans as web pages, Word and PDF files read into the same document model as ``.txt``.

The files are made once per session from the five corpus plans (tests/formats_make.py): a GB18030 government
page with chrome and the plans' tables as HTML tables, a .docx with real tables, a PDF printed from the page
by headless Chromium (required where KG_REQUIRE_BROWSER=1) and one from LibreOffice where it is installed.
Each must yield at least 95% of the entities and targets the ``.txt`` yields, its table targets included.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from loaders.corpus import Document, read_document, read_manifest
from loaders.extract import DocumentExtractor
from tests.formats_make import chromium, office_pdf, page_html, plan_docx, print_pdf, recall

pytestmark = [pytest.mark.corpus, pytest.mark.formats]
FLOOR = 0.95


def _yields(document: Document) -> dict[str, set[tuple]]:
    """Entities (type, name), targets (indicator, year, value) and the targets read from tables."""
    from kg.facts import Entity
    from loaders import extract_documents

    out: dict[str, set[tuple]] = {"entities": set(), "targets": set(), "table targets": set()}
    for fact in extract_documents([document]):
        if not isinstance(fact, Entity) or fact.type == "Plan":
            continue
        if fact.type == "Target":
            key = (fact.props.get("indicator"), fact.props.get("year"), fact.props.get("value"))
            out["targets"].add(key)
            if any(e.rule == "target.table" for e in fact.evidence):
                out["table targets"].add(key)
        else:
            out["entities"].add((fact.type, fact.name))
    return out


@pytest.fixture(scope="session")
def made(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """plan stem -> format -> file, each made once; PDFs only where their maker is installed."""
    folder = tmp_path_factory.mktemp("formats")
    manifest = read_manifest(corpus_dir)
    out: dict[str, dict[str, Path]] = {}
    for plan in sorted(corpus_dir.glob("*.txt")):
        text = read_document(plan).text
        files = out.setdefault(plan.stem, {"txt": folder / plan.name})
        files["txt"].write_text(text, encoding="utf-8")  # no MANIFEST.tsv beside it: metadata from the text
        files["html"] = folder / f"{plan.stem}.html"
        files["html"].write_bytes(page_html(text, manifest[plan.name]["title"]))
        files["docx"] = plan_docx(text, folder / f"{plan.stem}.docx")
        if chromium():
            (folder / "chromium").mkdir(exist_ok=True)
            files["pdf"] = print_pdf(files["html"], folder / "chromium" / f"{plan.stem}.pdf")
        from loaders.formats.office import soffice

        if soffice():
            (folder / "office").mkdir(exist_ok=True)
            files["office-pdf"] = office_pdf(files["docx"], folder / "office")
    return out


@pytest.fixture(scope="session")
def txt_yields(made: dict[str, dict[str, Path]]) -> dict[str, dict[str, set[tuple]]]:
    return {stem: _yields(read_document(files["txt"])) for stem, files in made.items()}


def _need(made: dict[str, dict[str, Path]], kind: str) -> None:
    if kind == "pdf" and not chromium():
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (KG_REQUIRE_BROWSER=1) to print the test PDFs")
        pytest.skip("chromium not installed: no PDF printed from the page to test")
    if kind == "office-pdf" and not any(kind in files for files in made.values()):
        pytest.skip("LibreOffice (soffice) not installed: no PDF converted from the .docx to test")


@pytest.mark.parametrize("kind", ["html", "docx", "pdf", "office-pdf"])
def test_each_format_yields_what_the_txt_yields(made, txt_yields, kind: str) -> None:
    _need(made, kind)
    tables = 0
    for stem, files in made.items():
        found = _yields(read_document(files[kind]))
        for what, wanted in txt_yields[stem].items():
            share = recall(found[what], wanted)
            assert share >= FLOOR, (stem, kind, what, f"{share:.3f}", sorted(wanted - found[what], key=str)[:10])
        tables += len(txt_yields[stem]["table targets"])
    assert tables >= 30  # the corpus's two indicator tables were compared, not skipped


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_plan_metadata_without_a_manifest_is_the_txt_s(made, kind: str) -> None:
    _need(made, kind)
    for files in made.values():
        want = DocumentExtractor(read_document(files["txt"])).meta
        got = DocumentExtractor(read_document(files[kind])).meta
        fields = ("title", "issuer", "number", "region", "period_start", "period_end", "genre")
        assert [getattr(got, f) for f in fields] == [getattr(want, f) for f in fields], files[kind].name
        # a date the text gives is kept; where it gives none, the page's 发布时间 (dropped as chrome) fills it
        # (the printed page shows that line, so the PDF's text gives it too)
        assert got.date == (want.date or ("2022-09-19" if kind in ("html", "pdf") else None)), files[kind].name


def test_a_page_s_charset_chrome_and_tables(made) -> None:
    document = read_document(made["003_016804e0dfdb36c4"]["html"])
    assert document.encoding == "html:gb18030"  # declared GB2312, read as its superset
    text = document.text
    for chrome in (
        "浏览次数",
        "发布时间",
        "分享到",
        "版权所有",
        "网站标识码",
        "当前位置",
        "打印本页",
        "政务公开",
        "统计代码",
    ):
        assert chrome not in text, chrome
    assert document.file_meta["published"].startswith("2022-09-19")
    # the indicator table: header and rows as TAB-separated cells, the merged category repeated in each row
    assert "指标分类\t序号\t指标名称\t2020\t2025" in text
    rows = [line.split("\t") for line in text.splitlines() if re.match(r"[^\t]+\t\d+\t", line)]
    assert len(rows) == 17 and all(len(row) == 5 for row in rows)
    assert [row[0] for row in rows].count("创新能力") == 4


def test_a_printed_pdf_loses_its_running_header_footer_and_page_numbers(made) -> None:
    _need(made, "pdf")
    text = read_document(made["000_4f37e8dd12def17e"]["pdf"]).text
    assert "file://" not in text and ".html" not in text  # Chromium's footer: the page's address
    assert not [line for line in text.splitlines() if re.fullmatch(r"\d+\s*/\s*\d+", line)]  # its page numbers
    # wrapped lines joined back: a long paragraph of the plan is one line again
    paragraph = "加快推动有利于科技成果转化、科技人才引进和科技体制机制创新的政策法规出台。"
    assert any(paragraph in line for line in text.splitlines())
    assert not re.search(r"[\u2e80-\u2fdf]", text)  # radicals read back as the ideographs they print as


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_text_dir_keeps_the_text_every_evidence_span_points_into(made, tmp_path: Path, kind: str) -> None:
    _need(made, kind)
    source = made["002_46415f348f6328f3"][kind]
    texts = tmp_path / "texts"
    result = CliRunner().invoke(main, ["extract", str(source), "--text-dir", str(texts)])
    assert result.exit_code == 0, result.stderr
    text = (texts / f"{source.stem}.txt").read_text(encoding="utf-8")
    spans = [e for line in result.stdout.splitlines() for e in json.loads(line).get("evidence", [])]
    assert len(spans) > 100
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], span


# --- Word numbering ----------------------------------------------------------------------------------------

_NUMBERING = """<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="90">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>
</w:numbering>"""


def test_word_list_numbering_is_written_back_into_the_text(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    numbering = document.part.numbering_part.element
    for child in parse_xml(_NUMBERING):
        numbering.append(child)

    def item(text: str, level: int) -> None:
        p = document.add_paragraph(text)._p
        num_pr = parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        )
        p.get_or_add_pPr().append(num_pr)
        assert p.pPr.find(qn("w:numPr")) is not None

    document.add_paragraph("某某市科技创新“十四五”规划")
    item("发展基础", 0)
    item("创新能力稳步提升", 1)
    item("研发投入", 2)
    item("平台建设", 2)
    item("面临形势", 1)
    item("主要任务", 0)
    item("壮大产业链", 1)
    item("二、已有编号的标题", 0)  # the text already carries its number: not doubled
    path = tmp_path / "numbered.docx"
    document.save(path)
    lines = read_document(path).text.splitlines()
    assert lines == [
        "某某市科技创新“十四五”规划", "一、发展基础", "（一）创新能力稳步提升", "1.研发投入", "2.平台建设",
        "（二）面临形势", "二、主要任务", "（一）壮大产业链", "二、已有编号的标题",
    ]  # fmt: skip


# --- bad files ---------------------------------------------------------------------------------------------


def _refused(args: list[str], *needles: str) -> str:
    result = CliRunner().invoke(main, args)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def test_a_scanned_pdf_is_one_clear_line(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    scan = tmp_path / "scan.pdf"
    image.new("RGB", (600, 800), "white").save(scan)
    _refused(["extract", str(scan)], "scan.pdf", "without a text layer", "OCR")


def test_a_doc_without_libreoffice_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "plan.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))  # an OLE2 header, as a .doc has
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    _refused(["extract", str(doc)], "plan.doc", "LibreOffice")


def _zip(**members: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in members.items():
            package.writestr(name.replace("__", "/"), data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "payload", "message"),
    [
        ("broken.docx", _zip(word__document__xml=b"<w:document"), "not a readable Word .docx file"),
        ("cut.docx", b"PK\x03\x04" + os.urandom(3000), "not a Word .docx file"),
        ("notzip.docx", b"just some text", "not a Word .docx file"),
        ("broken.pdf", b"%PDF-1.7\n" + os.urandom(3000), "not a readable PDF"),
        ("cut.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "not a readable PDF"),
    ],
)
def test_a_corrupt_word_or_pdf_file_is_one_clear_line(tmp_path: Path, name: str, payload: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(payload)
    _refused(["extract", str(path)], name, message)
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_a_folder_with_one_bad_file_loads_the_others(made, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for stem in ("002_46415f348f6328f3", "001_09576c1326612506"):
        (folder / f"{stem}.html").write_bytes(made[stem]["html"].read_bytes())
    (folder / "003.docx").write_bytes(made["003_016804e0dfdb36c4"]["docx"].read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    result = CliRunner().invoke(main, ["extract", str(folder)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line: the bad file
    assert "broken.pdf" in result.stderr and "not a readable PDF" in result.stderr
    plans = [json.loads(line) for line in result.stdout.splitlines() if '"type":"Plan"' in line]
    assert len(plans) == 3
