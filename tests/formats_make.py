"""Plan files in other formats, made at run time from a corpus ``.txt`` (never committed).

``page_html`` dresses a plan as a government web page (GB18030 bytes, charset in a meta tag, navigation,
a 发布时间/来源/浏览次数 line, share links and a footer around the text, the plan's tables as ruled HTML
``<table>``s with a merged category column and a two-row header where the plan has one); ``plan_docx`` writes
it as Word with real tables; ``print_pdf`` prints a page with headless Chromium (its running header and
footer, date, title, URL and page numbers, left on), ``office_pdf`` converts a .docx with LibreOffice.
Used by tests/test_formats.py and bench/pdf_readers.py.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from loaders.corpus import Document
from loaders.segment import Table, segment, split_lines

_HEAD_WORDS = re.compile(r"序号|指标|单位|分类|类别|名称|属性|(?:19|20)\d{2}")
_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass
class TableShape:
    """A plan table as a real table: caption, header rows (cell, rowspan), body rows, category column."""

    caption: str
    head: list[list[tuple[str, int]]]
    rows: list[list[str]]
    categorised: bool


def table_shape(table: Table) -> TableShape:
    """A flattened table read back into rows: long leading header cells are the caption, header words the
    first header row, the rest of the header a second row under the year columns."""
    cells = [c.text for c in table.header]
    caption = []
    while cells and len(cells[0]) > 10:
        caption.append(cells.pop(0))
    categorised = any(r.category for r in table.rows)
    width = (1 if categorised else 0) + 2 + max((len(r.cells) for r in table.rows), default=0)
    first = [c for c in cells if _HEAD_WORDS.search(c)][:width]
    second = [c for c in cells if c not in first]
    head = [[(c, 1 if _YEAR.search(c) or not second else 2) for c in first]]
    if second:
        head.append([(c, 1) for c in second])
    rows = [[*([r.category] if categorised else []), str(r.serial), r.name.text, *(c.text for c in r.cells)]
            for r in table.rows]  # fmt: skip
    return TableShape(" ".join(caption), head, rows, categorised)


def _body_parts(text: str) -> list[tuple[str, str | TableShape]]:
    """The plan's lines in order, each a ("p", text) or its tables as ("table", shape)."""
    layout = segment(Document(Path("plan.txt"), text, "utf-8"))
    spans = [(t.start, t.end, table_shape(t)) for t in layout.tables]
    parts: list[tuple[str, str | TableShape]] = []
    done: set[int] = set()
    for line in split_lines(layout.folded):
        inside = next((k for k, (s, e, _) in enumerate(spans) if s <= line.start < e), None)
        if inside is None:
            parts.append(("p", text[line.start : line.end]))
        elif inside not in done:
            done.add(inside)
            parts.append(("table", spans[inside][2]))
    return parts


def _html_table(shape: TableShape) -> str:
    out = ['<table border="1" cellspacing="0">']
    if shape.caption:
        out.append(f"<caption>{html.escape(shape.caption)}</caption>")
    for k, row in enumerate(shape.head):
        cells = "".join(f"<th{f' rowspan={span}' if span > 1 else ''}>{html.escape(c)}</th>" for c, span in row)
        out.append(f"<tr>{cells}</tr>" if k else f"<thead><tr>{cells}</tr>")
    out.append("</thead><tbody>")
    for i, row in enumerate(shape.rows):
        cells = []
        for j, cell in enumerate(row):
            if shape.categorised and j == 0:
                if i and shape.rows[i - 1][0] == cell:
                    continue  # covered by the rowspan above
                span = 1
                while i + span < len(shape.rows) and shape.rows[i + span][0] == cell:
                    span += 1
                cells.append(f"<td rowspan={span}>{html.escape(cell)}</td>")
            else:
                cells.append(f"<td>{html.escape(cell)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def page_html(text: str, title: str, charset: str = "GB2312") -> bytes:
    """The plan as a government web page, encoded as GB18030 and declaring ``charset`` in a meta tag."""
    body = []
    for _kind, part in _body_parts(text):
        body.append(_html_table(part) if isinstance(part, TableShape) else f"<p>{html.escape(part)}</p>")
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_某某市人民政府门户网站</title>
<style>table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #000; padding: 2px 4px; }}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head><body>
<div class="top-bar">无障碍浏览 | 长者模式 | 登录</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 规划计划</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">发布时间：2022-09-19 09:14　来源：市科技局　浏览次数：1024　【字体：大 中 小】</div>
<div class="content" id="zoom">
{chr(10).join(body)}
</div>
<div class="bdshare">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div>【打印本页】 【关闭窗口】</div>
</div>
<div class="footer"><p>主办单位：某某市人民政府办公室　版权所有：某某市人民政府</p>
<p>网站标识码：4290000001　鄂ICP备00000000号　鄂公网安备 42900602000000号</p></div>
</body></html>
"""
    return page.encode("gb18030")


def plan_docx(text: str, path: Path) -> Path:
    """The plan as Word: a paragraph per line, its tables as Word tables (merged category cells, ruled)."""
    import docx

    document = docx.Document()
    for _kind, part in _body_parts(text):
        if not isinstance(part, TableShape):
            document.add_paragraph(part)
            continue
        if part.caption:
            document.add_paragraph(part.caption)
        width = max(len(r) for r in part.rows)
        table = document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        head = [c for c, _ in part.head[0]]
        row = table.add_row().cells
        for j, c in enumerate(head[:width]):
            row[j].text = c
        for values in part.rows:
            row = table.add_row().cells
            for j, c in enumerate(values[:width]):
                row[j].text = c
        if part.categorised:  # merge each category's cells down the first column
            start = 1
            for i in range(2, len(part.rows) + 2):
                if i == len(part.rows) + 1 or part.rows[i - 1][0] != part.rows[start - 1][0]:
                    if i - 1 > start:
                        merged = table.cell(start, 0).merge(table.cell(i - 1, 0))
                        merged.text = part.rows[start - 1][0]
                    start = i
    document.save(path)
    return path


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_pdf(page: Path, out: Path) -> Path:
    """Print a page to PDF with headless Chromium, its running header and footer left on."""
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        subprocess.run(
            [chromium() or "chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
             f"--print-to-pdf={out}", page.resolve().as_uri()],
            capture_output=True, timeout=180, check=False,
        )  # fmt: skip
    if not out.is_file():
        raise RuntimeError(f"chromium did not print {page}")
    return out


def office_pdf(source: Path, folder: Path) -> Path:
    """Convert a file to PDF with LibreOffice headless."""
    from loaders.formats.office import soffice

    with tempfile.TemporaryDirectory(prefix="kg-soffice-") as profile:
        subprocess.run(
            [soffice() or "soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(folder), str(source)],
            capture_output=True, timeout=300, check=False,
        )  # fmt: skip
    out = folder / (source.stem + ".pdf")
    if not out.is_file():
        raise RuntimeError(f"LibreOffice did not convert {source}")
    return out


def yields(document: Document) -> tuple[set[tuple], set[tuple]]:
    """What a plan yields, as comparable keys: entities (type, name) and targets (indicator, year, value)."""
    from kg.facts import Entity
    from loaders import extract_documents

    entities, targets = set(), set()
    for fact in extract_documents([document]):
        if not isinstance(fact, Entity) or fact.type == "Plan":
            continue
        if fact.type == "Target":
            targets.add((fact.props.get("indicator"), fact.props.get("year"), fact.props.get("value")))
        else:
            entities.add((fact.type, fact.name))
    return entities, targets


def recall(found: set, wanted: set) -> float:
    return len(found & wanted) / len(wanted) if wanted else 1.0
