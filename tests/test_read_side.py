"""The read side: one module reads the graph for kg, nothing else writes Cypher, readers leave the writer alone."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.facts import Entity, Relation, read_jsonl
from kg.store import read
from kg.store.base import GraphStore
from kg.store.falkordb import FalkorStore

ROOT = Path(__file__).resolve().parent.parent
# Where Cypher may be written: the store (writer, read side, backends) and the query catalogue's runner.
CYPHER_ALLOWED = ("kg/store/", "kg/queries.py")
CYPHER_SCANNED = ("kg", "loaders")
# Cypher clause shapes, case-sensitive as kg writes them, specific enough that prose ("rows per UNWIND batch")
# does not match.
CYPHER = re.compile(
    r"\b(?:OPTIONAL\s+)?MATCH\s*\(|\bMERGE\s*\(|\bUNWIND\s+\S+\s+AS\b|\bRETURN\s+(?:DISTINCT\s+)?[\w$(`*]"
    r"|\bCREATE\s*\(|\bCREATE\s+(?:INDEX|CONSTRAINT)\b|\bDETACH\s+DELETE\b|\bCALL\s+db\."
)
READERS = ("kg/view", "kg/rdf", "kg/analytics.py", "kg/cli.py", "kg/queries.py", "kg/__init__.py", "kg/api.py")
WRITER = "kg.store.cypher"


def _python_files(folders: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        path = ROOT / folder
        files.extend([path] if path.suffix == ".py" else sorted(path.rglob("*.py")))
    return [f for f in files if f.is_file()]


def _literals(path: Path) -> list[tuple[int, str]]:
    """Every string literal of a module, f-strings as their literal parts joined (where Cypher would hide)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            found.append((node.lineno, text))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
            found.append((node.lineno, node.value))
    return found


def cypher_outside_the_store(folders: tuple[str, ...] = CYPHER_SCANNED) -> list[str]:
    problems = []
    for path in _python_files(folders):
        where = path.relative_to(ROOT).as_posix()
        if where.startswith(CYPHER_ALLOWED):
            continue
        for line, text in _literals(path):
            if CYPHER.search(text):
                problems.append(f"{where}:{line}: {text[:80]!r}")
    return problems


@pytest.mark.parametrize(
    "text",
    [
        "MATCH (n:Plan) RETURN n.id",
        "UNWIND $rows AS row MERGE (n {id: row.id})",
        "OPTIONAL MATCH (a)-[r]->(b)",
        "WITH x RETURN DISTINCT x.name",
        "CREATE INDEX FOR (n:Plan) ON (n.name)",
    ],
)
def test_the_detector_sees_cypher(text: str) -> None:
    assert CYPHER.search(text)


@pytest.mark.parametrize("text", ["Rows per UNWIND batch [default: 5000]", "Match the names", "return the rows"])
def test_the_detector_leaves_prose_alone(text: str) -> None:
    assert not CYPHER.search(text)


def test_the_scan_finds_cypher_in_an_f_string(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "kg" / "sneaky.py"
    module.parent.mkdir()
    module.write_text('label = "Plan"\nq = f"MATCH (p:{label}) RETURN p.id"\n', encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert cypher_outside_the_store(("kg",)) == ["kg/sneaky.py:2: 'MATCH (p:{}) RETURN p.id'"]


def test_no_cypher_outside_the_store_and_the_query_runner() -> None:
    assert cypher_outside_the_store() == []


def test_readers_do_not_import_the_writer() -> None:
    offenders = []
    for path in _python_files(READERS):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            if WRITER in names:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_evidence_lists_become_items_and_absent_columns_stay_absent() -> None:
    stored = {"document": ["plan:a", "plan:b"], "section": ["一、", ""], "start": [3, 10], "end": [5, 12],
              "text": ["天门", "荆门"], "rule": None, "confidence": None}  # fmt: skip
    assert read.evidence_items(stored) == [
        read.EvidenceItem("plan:a", "一、", 3, 5, "天门", None, None),
        read.EvidenceItem("plan:b", "", 10, 12, "荆门", None, None),
    ]
    assert read.evidence_items({}) == []


def test_find_by_name_matches_name_alias_id_and_code(built_store: FalkorStore) -> None:
    for text in ("天门市", "天门", "region:429006", "429006"):
        assert read.find_by_name(built_store, text) == ["region:429006"], text
    assert read.find_by_name(built_store, "天门市", "Region") == ["region:429006"]
    assert read.find_by_name(built_store, "天门市", "Enterprise") == []


def test_top_by_degree_counts_relationships_but_not_evidence(built_store: FalkorStore) -> None:
    # The expected degrees are counted from the bundled facts themselves: every relationship fact is one link,
    # however many evidence items (mentions) it carries.
    facts = [fact for _, fact in read_jsonl(ROOT / "data" / "facts.jsonl")]
    names = {f.id: (f.type, f.name) for f in facts if isinstance(f, Entity)}
    degree: Counter[str] = Counter()
    for f in facts:
        if isinstance(f, Relation):
            degree[f.source] += 1
            degree[f.target] += 1
    ranked = sorted(degree, key=lambda n: (-degree[n], n))
    firms = [n for n in ranked if names[n][0] == "Enterprise"][:3]
    assert read.top_by_degree(built_store, 3, "Enterprise") == [(n, *names[n], degree[n]) for n in firms]
    ((top, label, name, links),) = read.top_by_degree(built_store, 1)
    assert (top, label, name) == (ranked[0], *names[ranked[0]])
    assert degree[top] <= links <= degree[top] + 5  # the build's corrections file may add a link or two
    assert ranked[0] == "region:429006"  # 天门市, the city of three of the five plans


def test_mentions_are_evidence_items_in_plans(built_store: FalkorStore) -> None:
    plans = read.plan_ids(built_store)
    assert len(plans) == 5 and plans == set(read.plan_names(built_store))
    mentions = read.mentions(built_store, "Enterprise", ["enterprise:湖北益泰药业股份有限公司"])
    assert sorted(len(items) for _, items in mentions) == [2, 3]
    item = min(item for _, items in mentions for item in items)
    assert item.document in plans and item.text == "，天门纺机、益泰药业、天瑞电子获"
    assert (item.start, item.end, item.rule, item.confidence) == (544, 560, "enterprise.short:business-word", 0.85)


def test_trees_are_child_parent_pairs(built_store: FalkorStore) -> None:
    tree = read.tree(built_store, "Industry", "BROADER")
    assert ("industry:api", "industry:biomedicine", "化学原料药", "生物医药") in tree
    assert tree == sorted(tree)


@pytest.mark.neo4j
def test_the_read_side_answers_the_same_on_both(built_graphs: dict[str, GraphStore]) -> None:
    def answers(store: GraphStore) -> dict[str, object]:
        label = "Enterprise"
        ids = sorted(read.node_ids(store, label))[:40]
        return {
            "top": read.top_by_degree(store, 20),
            "nodes": sorted(read.node_summaries(store, label)),
            "props": read.node_properties(store, label, ids),
            "bulk": read.node_properties(store, label, ids, bulk=True),
            "links": sorted((x.source, x.type, x.target, x.target_name) for x in read.links(store, label)),
            "evidence": sorted(
                (x.source, x.type, x.target, sorted(x.evidence)) for x in read.outgoing(store, label, ids)
            ),
            "mentions": sorted((a, sorted(items)) for a, items in read.mentions(store, label, ids)),
            "tree": read.tree(store, "Region", "PART_OF"),
            "found": read.find_by_name(store, "天门"),
            "around": sorted(read.neighbours(store, ["region:429006"], ["LOCATED_IN"], "in")),
        }

    assert answers(built_graphs["embedded"]) == answers(built_graphs["neo4j"])


@pytest.mark.neo4j
def test_small_reads_give_the_rows_a_plain_read_gives(built_graphs: dict[str, GraphStore]) -> None:
    """``read_small`` (one record on Neo4j) returns what ``read`` does, in the order a statement sets, empty
    when nothing matches, and after an aggregation; with ``bulk`` what ``read_values`` does."""
    ordered = [
        ("MATCH (n:Region) WITH n.id AS id, n.name AS name ORDER BY id DESC LIMIT 7", ["id", "name"], {}),
        ("MATCH (a)-[:LOCATED_IN]->(b:Region) WITH b.id AS b, collect(a.id) AS ids ORDER BY b", ["b", "size(ids)"], {}),
    ]
    unordered = [
        ("MATCH (n:Region) WHERE n.id IN $ids", ["n.id", "n.name"], {"ids": ["region:429006", "nothing"]}),
        ("MATCH (n:Region) WHERE n.id IN $ids", ["n.id"], {"ids": []}),
    ]
    for store in built_graphs.values():
        for cases, arrange in ((ordered, list), (unordered, sorted)):
            for match, expressions, params in cases:
                plain = store.read(f"{match} RETURN {', '.join(expressions)}", params).rows
                assert arrange(store.read_small(match, expressions, params)) == arrange(plain)
                small = store.read_small(match, expressions, params, bulk=True)
                assert arrange(small) == arrange(store.read_values(match, expressions, params))
        assert len(store.read_small(*ordered[0])) == 7
        assert store.read_small(*unordered[0])
        assert store.read_small(*unordered[1]) == []
