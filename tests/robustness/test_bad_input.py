"""Bad input to every command that reads it: a clear one-line error (or a correct result), never a traceback,
never a half-written graph or output file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.robustness.helpers import PLAN, accepted, kg, refused, stats

# --- plan files: extract and build --corpus --------------------------------------------------------------

BAD_PLANS = [
    (b"", "empty file"),
    (b" \n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    (b"PK\x03\x04" + os.urandom(4000), "binary file"),
    (bytes(range(1, 32)) * 100, "binary file"),
    ("规划文本".encode() + b"\xff\xfe\xfa\x80", "not UTF-8"),
    (PLAN.encode("utf-16-le"), "binary file"),  # UTF-16 without a byte-order mark cannot be told from binary
    (b"\xef\xbb\xbf" + "规划".encode() + b"\xff", "utf-8-sig"),
    ("Une planification en français, sans caractères chinois.".encode("latin-1"), "GB18030"),
]


@pytest.mark.parametrize(("payload", "message"), BAD_PLANS)
def test_a_file_that_is_not_a_plan_is_named_and_nothing_is_written(tmp_path: Path, payload: bytes, message: str):
    plan = tmp_path / "plan.txt"
    plan.write_bytes(payload)
    out = tmp_path / "facts.jsonl"
    refused(kg("extract", plan, "-o", out), str(plan), message)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [plan]  # no temporary file left behind either


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("gb18030", "gb18030"), ("gbk", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")],
)
def test_plans_in_other_encodings_give_the_same_facts(tmp_path: Path, encoding: str, expected: str) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_bytes(PLAN.replace("\n", "\r\n" if encoding == "gbk" else "\n").encode(encoding))
    out = accepted(kg("extract", plan, "--format", "jsonl"))
    names = {json.loads(line).get("name") for line in out.splitlines()}
    assert "湖北某某药业股份有限公司" in names


def test_a_folder_of_mixed_files_reads_the_plans_and_names_the_bad_one(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.txt").write_text(PLAN, encoding="utf-8")
    (folder / "b.txt").write_bytes(PLAN.encode("gb18030"))
    (folder / "notes.md").write_text("# notes", encoding="utf-8")  # not a plan format: ignored
    (folder / "sub").mkdir()
    out = accepted(kg("extract", folder, "--format", "jsonl"))
    assert sum(json.loads(line)["type"] == "Plan" for line in out.splitlines()) == 1  # a and b are one plan
    # A bad file among good ones: one line naming it, the others still extracted, exit status 1.
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    result = kg("extract", folder, "--format", "jsonl")
    refused(result, "scan.pdf", "not a readable PDF")
    assert sum(json.loads(line)["type"] == "Plan" for line in result.stdout.splitlines()) == 1
    (folder / "scan.pdf").unlink()
    (folder / "c.txt").write_bytes(b"")
    refused(kg("extract", folder), "c.txt", "empty file")


def test_a_50_mb_plan_is_refused_at_once_naming_the_limit(tmp_path: Path) -> None:
    plan = tmp_path / "huge.txt"
    with plan.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the size is what is checked, before reading
    refused(kg("extract", plan), "huge.txt", "52 MB", "KG_MAX_PLAN_MB")


def test_a_plan_with_a_1_mb_line_is_extracted(tmp_path: Path) -> None:
    sentence = "推动湖北某某药业股份有限公司建设省级企业技术中心，全市高新技术企业达到110家；"
    line = sentence * (1024 * 1024 // len(sentence.encode()))
    plan = tmp_path / "long.txt"
    plan.write_text(PLAN + line + "\n", encoding="utf-8")
    out = accepted(kg("extract", plan, "--format", "jsonl"))
    facts = [json.loads(row) for row in out.splitlines()]
    assert any(f.get("name") == "湖北某某药业股份有限公司" for f in facts)
    for fact in facts:
        for item in fact.get("evidence", []):
            assert len(item["text"]) < 200  # evidence stays a short span, whatever the line length


def test_control_characters_and_emoji_never_reach_a_name(tmp_path: Path) -> None:
    text = PLAN.replace("湖北某某药业", "湖北某某\x07药业").replace("某某大学", "某某大学😀") + "\x1b[31m红色\x1b[0m\n"
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    out = accepted(kg("extract", plan, "--format", "jsonl"))
    for row in out.splitlines():
        name = json.loads(row).get("name") or ""
        assert not any(ord(c) < 32 or ord(c) == 127 for c in name), name


def test_extract_output_into_a_missing_or_read_only_folder(tmp_path: Path, readonly_dir: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    refused(kg("extract", plan, "-o", tmp_path / "no" / "such" / "out.jsonl"), "out.jsonl")
    refused(kg("extract", plan, "-o", readonly_dir / "out.jsonl"), "out.jsonl")
    assert list(readonly_dir.iterdir()) == []


def test_build_from_a_bad_corpus_leaves_the_graph_as_it_was(built: Path, tmp_path: Path) -> None:
    before = stats(built)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    refused(kg("build", "--corpus", bad, "--db", built, "--clear", "--yes"), "bad.txt", "binary file")
    assert stats(built) == before


def test_build_from_a_folder_with_a_bad_file_loads_the_others_and_names_it(built: Path, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "good.txt").write_text(PLAN, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = kg("build", "--corpus", folder, "--db", built, "--clear", "--yes", "--format", "json")
    assert result.exit_code == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "bad.txt" in errors[0] and "binary file" in errors[0], result.stderr
    assert "good.txt" in result.stderr  # loaded from
    assert json.loads(stats(built))["nodes"]["Plan"] == 1


# --- facts files: build --facts --------------------------------------------------------------------------

PLAN_FACT = {"type": "Plan", "id": "plan:测试规划", "name": "测试规划", "title": "测试规划"}


def _fact(name: str, **props) -> dict:
    return {"type": "Enterprise", "id": f"enterprise:{name}", "name": name, **props}


BAD_FACTS = [
    ('{"type": "Enterprise"', ":2", "not valid JSON"),
    (json.dumps({"type": "Spaceship", "id": "x:1", "name": "x"}), ":2", "unknown type"),
    (json.dumps({"type": "LOCATED_IN", "from": "enterprise:无", "to": "region:420000"}), ":2",
     "is not an entity of this load"),
    (json.dumps({"type": "TELEPORTS_TO", "from": "plan:测试规划", "to": "plan:测试规划"}), ":2", "unknown type"),
    (json.dumps(_fact("某公司", colour="red")), ":2", "unknown property"),
    (json.dumps(_fact("某公司", evidence=[{"document": "plan:别的规划", "start": 0, "end": 2}])), ":2",
     "plan:别的规划"),
    (json.dumps(_fact("坏\x00名字")), ":2", "control character"),
    (json.dumps(_fact("坏\x1b[31m名字")), ":2", "control character"),
    (json.dumps([1, 2, 3]), ":2", "JSON object"),
    ("null", ":2", "JSON object"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "where", "message"), BAD_FACTS)
def test_a_bad_facts_line_is_named_and_nothing_is_loaded(
    built: Path, tmp_path: Path, line: str, where: str, message: str
) -> None:
    before = stats(built)
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps(PLAN_FACT, ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    refused(kg("build", "--facts", facts, "--db", built, "--clear", "--yes"), f"facts.jsonl{where}", message)
    assert stats(built) == before


@pytest.mark.parametrize(
    ("payload", "message"),
    [(b"", "no facts"), (b"\x00\x01binary\xff\xfe", "UTF-8"), ('{"kind": "实体"}'.encode("gbk"), "UTF-8")],
)
def test_empty_binary_and_non_utf8_facts_files(built: Path, tmp_path: Path, payload: bytes, message: str) -> None:
    before = stats(built)
    facts = tmp_path / "facts.jsonl"
    facts.write_bytes(payload)
    refused(kg("build", "--facts", facts, "--db", built, "--clear", "--yes"), "facts.jsonl", message)
    assert stats(built) == before


def test_emoji_and_rare_characters_in_names_survive_every_output(db: Path, tmp_path: Path) -> None:
    names = ["😀智能科技有限公司", "𠀀𪚥实验室有限公司", "Ünïcödé 科技有限公司", "引号\"'`{}$公司"]
    facts = tmp_path / "facts.jsonl"
    lines = [PLAN_FACT, *(_fact(n) for n in names)]
    facts.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in lines) + "\n", encoding="utf-8")
    accepted(kg("build", "--facts", facts, "--db", db))
    out = accepted(kg("query", "entity_profile", "-p", f"name={names[0]}", "--db", db, "--format", "json"))
    assert names[0] in out
    export = tmp_path / "g.nt"
    accepted(kg("export", "-o", export, "--db", db))
    copy = tmp_path / "copy"
    accepted(kg("import-rdf", export, "--db", copy))
    again = tmp_path / "again.nt"
    accepted(kg("export", "-o", again, "--db", copy))
    assert again.read_bytes() == export.read_bytes()
    for name in names:
        assert f'"{name.replace(chr(34), chr(92) + chr(34))}"@zh'.encode() in export.read_bytes()
    page = tmp_path / "g.html"
    accepted(kg("view", "-o", page, "--db", db))
    assert names[0] in page.read_text(encoding="utf-8")
    from kg.store.falkordb import EmbeddedServer

    EmbeddedServer(copy).stop()


# --- RDF: import-rdf and validate ------------------------------------------------------------------------

BAD_RDF = [
    ("g.ttl", b"@prefix kg: <https://w3id.org/kg-sti/id/> .\nkg:a kg:b \"unterminated .\n", "g.ttl"),
    ("g.nt", b"<https://w3id.org/kg-sti/id/a> <b> <c> .\nnot a triple\n", "g.nt"),
    ("g.ttl", b"", "no kg entities"),
    ("g.ttl", b"\x00\x01\x02\xff" * 50, "g.ttl"),
    ("g.jsonld", b"{\"@context\": ", "g.jsonld"),
    ("g.xml", b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description", "g.xml"),
    ("g.ttl", "<https://w3id.org/kg-sti/id/enterprise/甲> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
     "<https://w3id.org/kg-sti/ontology#Enterprise> ; <http://www.w3.org/2000/01/rdf-schema#label> \"甲\"@zh ; "
     "<https://w3id.org/kg-sti/ontology#locatedIn> <https://w3id.org/kg-sti/id/region/999999> .\n".encode(),
     "region:999999"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "payload", "message"), BAD_RDF)
def test_bad_rdf_is_refused_and_the_graph_stays(built: Path, tmp_path: Path, name: str, payload: bytes, message: str):
    before = stats(built)
    path = tmp_path / name
    path.write_bytes(payload)
    refused(kg("import-rdf", path, "--db", built, "--clear", "--yes"), message)
    assert stats(built) == before


def test_rdf_of_unknown_format_is_a_usage_error(built: Path, tmp_path: Path) -> None:
    path = tmp_path / "graph.rdfx"
    path.write_text("x", encoding="utf-8")
    result = kg("import-rdf", path, "--db", built)
    assert result.exit_code == 2 and "give --format" in result.stderr


# --- queries: names and parameters -----------------------------------------------------------------------

QUERY_CASES = [
    (("query", "no_such_query"), "no canned query named 'no_such_query'", 1),
    (("query", "firms_on_chain"), "needs parameter 'industry'", 1),
    (("query", "firms_on_chain", "-p", "industri=生物医药"), "has no parameter industri", 1),
    (("query", "firms_on_chain", "-p", "industry"), "is not key=value", 2),
    (("query", "entity_profile", "-p", "name=x", "-p", "name=y"), "twice", 2),
    (("query", "firms_on_chains_across_cities", "-p", "min_cities=three"), "min_cities", 1),
    (("query", "firms_on_chains_across_cities", "-p", "min_cities=1e999"), "min_cities", 1),
    (("query", "targets_by_indicator", "-p", "year=二〇二五"), "year", 1),
    (("query", "no/such/file.cypher"), "no/such/file.cypher", 1),
]


@pytest.mark.parametrize(("args", "message", "code"), QUERY_CASES)
def test_query_names_and_parameters(built: Path, args: tuple[str, ...], message: str, code: int) -> None:
    refused(kg(*args, "--db", built), message, code=code)


def test_an_empty_or_binary_query_file(built: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.cypher"
    empty.write_text("  \n", encoding="utf-8")
    refused(kg("query", empty, "--db", built), "empty.cypher")
    binary = tmp_path / "bin.cypher"
    binary.write_bytes(b"\xff\xfe\x00\x00MATCH")
    refused(kg("query", binary, "--db", built), "bin.cypher")
    syntax = tmp_path / "bad.cypher"
    syntax.write_text("MATCH (n RETURN n", encoding="utf-8")
    refused(kg("query", syntax, "--db", built), "rejected")


# --- the view ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--focus", "没有这个实体"), "没有这个实体"),
        (("--region", "火星市"), "火星市"),
        (("--industry", "永动机"), "永动机"),
        (("--query", "no_such_query"), "no_such_query"),
        (("--type", "Spaceship"), "Spaceship"),
    ],
)
def test_view_selectors_that_match_nothing(built: Path, tmp_path: Path, args: tuple[str, ...], message: str):
    page = tmp_path / "v.html"
    result = kg("view", "-o", page, "--db", built, *args)
    if result.exit_code == 2:  # click rejected the choice before kg saw it: still one line, no page
        assert message in result.stderr and not page.exists()
        return
    refused(result, message)
    assert not page.exists()


def test_view_into_a_read_only_folder(built: Path, readonly_dir: Path) -> None:
    refused(kg("view", "-o", readonly_dir / "v.html", "--db", built), "v.html")


# --- the database folder ----------------------------------------------------------------------------------


def test_a_read_only_database_folder(readonly_dir: Path) -> None:
    refused(kg("build", "--db", readonly_dir / "db"), "db")
    refused(kg("build", "--db", readonly_dir), str(readonly_dir), "not writable")
    refused(kg("stats", "--db", readonly_dir), str(readonly_dir))


def test_a_database_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    refused(kg("stats", "--db", path), str(path))
    refused(kg("stats", "--db", path / "db"), str(path))


def test_exports_onto_a_full_disk_leave_no_partial_file(built: Path, full_disk: Path) -> None:
    for fmt in ("nt", "ttl", "jsonld"):
        refused(kg("export", "--format", fmt, "-o", full_disk / f"g.{fmt}", "--db", built), f"g.{fmt}")
    refused(kg("view", "-o", full_disk / "v.html", "--db", built), "v.html")
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


def test_a_build_onto_a_full_disk_fails_clearly(full_disk: Path) -> None:
    db = full_disk / "db"
    try:
        result = kg("build", "--db", db)
        refused(result)
        assert any(w in result.stderr for w in ("space", "disk", "write", "MISCONF", "persist")), result.stderr
    finally:
        from kg.store.falkordb import EmbeddedServer

        EmbeddedServer(db).stop()
