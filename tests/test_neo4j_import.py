"""First loads into a local Neo4j through ``neo4j-admin database import`` give the graph UNWIND batches give.

The server is the one scripts/neo4j-local started (the test server), so kg may stop it, import into its store
and start it again; each bulk build here does that for real, once with Parquet input files (pyarrow, the
default) and once with CSV (``KG_NEO4J_IMPORT_INPUT=csv``, what kg writes without pyarrow). Compared: ``kg
stats`` counts, the sorted N-Triples of ``kg export`` and the schema, on the bundled facts and on a file whose
values the files have to work at (quotes, commas, newlines and backslashes in strings and inside lists, empty
lists, a list holding one empty string, an item holding the array delimiter, an int and a float under one key)
plus repeats.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import kg
from kg.errors import StoreError
from kg.facts import ValidatedFile
from kg.ontology import Ontology
from kg.store.bulk import Numbering
from kg.store.kept import kept_values
from kg.store.neo4j import Neo4jSettings, Neo4jStore
from kg.store.neo4j_import import DELIMITER, ImportFiles, encode
from kg.store.neo4j_local import MARKER, LocalServer
from kg.store.neo4j_parquet import ParquetFiles, kind_of
from tests.test_bulk import mixed, snapshot, with_repeats

TRICKY_NAME = 'A "quoted", firm; with a \\ backslash and ""'
TRICKY_ALIASES = ["a,b", 'q"u "x"', "", "semi;colon", "\\"]
# Names and properties cannot hold control characters (kg.facts refuses them); evidence text can.
TRICKY_TEXTS = ['said "so",\nthen; more', f"carriage\r\nreturn, a {DELIMITER} delimiter", ""]


def schema(store: Neo4jStore) -> list[tuple[str, ...]]:
    indexes = store.read("SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN *").rows
    constraints = store.read("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *").rows
    return sorted(tuple(map(str, row)) for row in indexes + constraints)


def tricky(tmp: Path) -> Path:
    """with_repeats' file, with values the CSV encoding has to get right."""
    facts = [json.loads(line) for line in with_repeats(tmp).read_text(encoding="utf-8").splitlines()]
    firms = [f for f in facts if f["type"] == "Enterprise"]
    firms[0].update(name=TRICKY_NAME, aliases=TRICKY_ALIASES)
    firms[1]["aliases"] = [""]
    firms[2]["aliases"] = ["", ""]
    firms[3]["aliases"] = ["", "x"]
    incentive = next(f for f in facts if f["type"] == "Incentive" and isinstance(f.get("value"), int))
    incentive["value"] = incentive["value"] + 0.5
    relations = [f for f in facts if "from" in f and f["type"] != "MENTIONED_IN"]
    for relation, text in zip(relations, TRICKY_TEXTS, strict=False):
        relation["evidence"][0]["text"] = text
    relations[-1]["evidence"] = [{**relations[-1]["evidence"][0], "text": text} for text in TRICKY_TEXTS]
    path = tmp / "tricky.jsonl"
    path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    return path


def test_encode_says_what_the_csv_cannot_carry():
    assert encode('say "hi", then\ngo') == ("string", '"say ""hi"", then\ngo"')
    assert encode(["a,b", 'c"d']) == ("string[]", f'"a,b{DELIMITER}c""d"')
    assert encode([3, 4]) == ("long[]", f"3{DELIMITER}4")
    assert encode([0.5]) == ("double[]", "0.5")
    assert encode(True) == ("boolean", "true")
    assert encode([])[1] == encode([""])[1] == ""  # the importer reads both as no property: set afterwards
    assert encode([]) != encode([""])
    for later in ([1, "a"], [f"x{DELIMITER}y"], ["", ""], float("nan"), 2**64, {"a": 1}):
        assert encode(later) == ("later", ""), later


def test_kind_of_says_what_a_parquet_column_cannot_carry():
    assert kind_of('say "hi",\nthen') == "string"
    assert kind_of(["a,b", f"c{DELIMITER}d"]) == kind_of([]) == kind_of([""]) == kind_of(["", ""]) == "string[]"
    assert (kind_of([3, 4]), kind_of([0.5]), kind_of(True), kind_of([False])) == ("long[]", "double[]", "boolean",
                                                                                  "boolean[]")  # fmt: skip
    # the importer reads an empty string as no property; the rest no typed column holds
    for later in ("", [1, "a"], [1, 2**64], float("nan"), [float("inf")], 2**64, {"a": 1}):
        assert kind_of(later) == "later", later


def _written(files: ImportFiles) -> dict[str, object]:
    """Each file's content: CSV bytes; a Parquet file's schema and sorted rows (add_json keeps the lines it
    takes as read apart from the walked ones until a row group is written, so the order differs)."""
    written: dict[str, object] = {}
    for path in sorted(files.folder.iterdir()):
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            written[path.name] = (table.schema, sorted(map(repr, table.to_pylist())))
        else:
            written[path.name] = path.read_bytes()
    return written


@pytest.mark.parametrize("kind", [ImportFiles, ParquetFiles])
@pytest.mark.parametrize("make", [tricky, mixed])
def test_lines_written_as_read_give_the_walks_files(make, kind, ontology: Ontology, tmp_path: Path):
    """add_json writes the common lines straight from their decoded values and walks the others (a repeat,
    several evidence items, a value to convert, a delimiter or line break in a text); the files, and what is
    left to set afterwards, are the ones writing every walked item gives."""
    facts = ValidatedFile(make(tmp_path))
    made = []
    for name in ("walked", "as_read"):
        (tmp_path / name).mkdir()
        files, numbering = kind(tmp_path / name), Numbering(ontology)
        if name == "walked":
            files.add(numbering.walk_json(facts.objects()))
        else:
            files.add_json(numbering, facts.objects())
            as_read = sum(files._fast_rows.values())
        files.close()
        later = (files.node_later, files.rel_later, {key: list(v) for key, v in files.empty.items()})
        made.append((_written(files), files.counts, files.carried, later, files.items, numbering.repeats))
    assert made[0] == made[1]
    relationships = sum(numbering.relationship_counts.values())
    assert 0 < as_read < relationships  # both kinds of line were met
    assert made[0][4] == numbering.nodes + relationships
    later = made[0][3]
    if kind is ParquetFiles:  # Parquet carries [] and [""]: nothing is left for a pass after the import
        assert later == ([], [], {})
    else:
        assert later[2]  # the CSV leaves every empty aliases list (and [""]) to be set afterwards


def test_parquet_files_write_row_groups_as_they_go(ontology: Ontology, tmp_path: Path, monkeypatch):
    """Columns are written every ROWS rows of a group, so what is kept in memory does not grow with the
    graph; the files still hold every row."""
    monkeypatch.setattr("kg.store.neo4j_parquet.ROWS", 100)
    files, numbering = ParquetFiles(tmp_path), Numbering(ontology)
    files.add_json(numbering, ValidatedFile(mixed(tmp_path)).objects())
    files.close()
    parquet = sorted(tmp_path.glob("*.parquet"))
    assert max(pq.ParquetFile(path).metadata.num_row_groups for path in parquet) > 5
    assert sum(pq.ParquetFile(path).metadata.num_rows for path in parquet) == files.items
    assert all(not table.pending for table in files.tables.values())


def test_find_says_why_a_server_is_not_the_local_launchers(tmp_path: Path, monkeypatch):
    assert LocalServer.find("neo4j+s://x.databases.neo4j.io", "neo4j")[1].endswith("is not a server on this machine")
    assert "not the one scripts/neo4j-local serves" in LocalServer.find("bolt://127.0.0.1:7999", "other")[1]
    monkeypatch.setattr("kg.store.neo4j_local._candidates", lambda port: [tmp_path])
    assert "no scripts/neo4j-local server for port 7999" in LocalServer.find("bolt://127.0.0.1:7999", "neo4j")[1]
    marker = {"launcher": "/bin/true", "home": str(tmp_path), "neo4j_home": str(tmp_path / "data"), "port": 7999,
              "pid": 2**22 + 12345, "heap": "1g", "pagecache_mb": 64}  # fmt: skip
    (tmp_path / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    assert "is not running" in LocalServer.find("bolt://localhost:7999", "neo4j")[1]
    marker["pid"] = os.getpid()  # alive, but not the launcher of that home
    (tmp_path / MARKER).write_text(json.dumps(marker), encoding="utf-8")
    assert "is not the scripts/neo4j-local server" in LocalServer.find("bolt://127.0.0.1:7999", "neo4j")[1]


@pytest.fixture
def input_type(request, monkeypatch) -> str:
    monkeypatch.setenv("KG_NEO4J_IMPORT_INPUT", request.param)
    return request.param


@pytest.mark.neo4j
@pytest.mark.parametrize("input_type", ["parquet", "csv"], indirect=True)
def test_import_and_unwind_give_the_same_graph_on_the_bundled_facts(
    input_type: str, neo4j_store: Neo4jStore, tmp_path: Path
):
    plain = kg.build(neo4j_store, clear=True, bulk=False)
    unwind = snapshot(neo4j_store, _dir(tmp_path / "a")), schema(neo4j_store)
    done = kg.build(neo4j_store, clear=True, bulk=True)
    assert (done.load.method, plain.load.method) == ("neo4j-admin database import", "UNWIND batches")
    assert done.load.nodes == plain.load.nodes and done.load.relationships == plain.load.relationships
    assert (snapshot(neo4j_store, _dir(tmp_path / "b")), schema(neo4j_store)) == unwind
    assert done.counts == plain.counts and done.counts.nodes > 1000
    assert input_type in done.load.phases  # the files written were of that kind
    assert ("fix" in done.load.phases) == (input_type == "csv")  # Parquet leaves nothing to set afterwards


@pytest.mark.neo4j
def test_the_importer_keeps_a_small_page_cache(neo4j_store: Neo4jStore):
    """Left alone, neo4j-admin gives its page cache min(1 GiB, free memory), whatever the graph: a 10^6-node import
    took 2 GB resident. scripts/neo4j-local sets it (128 MB); the importer reports what it used."""
    done = kg.build(neo4j_store, clear=True, bulk=True)
    assert done.load.method == "neo4j-admin database import"
    server, why = LocalServer.find(neo4j_store.settings.uri, neo4j_store.settings.database)
    assert server is not None, why
    log = (server.home / "import.log").read_text(encoding="utf-8")
    peak = re.search(r"Peak memory usage: ([\d.]+)(MiB|GiB)", log)
    assert peak is not None, log[-500:]
    assert float(peak[1]) * (1024 if peak[2] == "GiB" else 1) < 400, peak[0]


@pytest.mark.neo4j
@pytest.mark.parametrize("input_type", ["parquet", "csv"], indirect=True)
def test_quoting_lists_and_repeats_round_trip(input_type: str, neo4j_store: Neo4jStore, tmp_path: Path):
    path = tricky(tmp_path)
    # One row per statement, as in test_bulk: a batch meeting one node twice is what the repeats are.
    kg.build(neo4j_store, facts_file=path, clear=True, bulk=False, batch_size=1)
    unwind = snapshot(neo4j_store, _dir(tmp_path / "a"))
    done = kg.build(neo4j_store, facts_file=path, clear=True, bulk=True)
    assert done.load.method == "neo4j-admin database import"
    assert snapshot(neo4j_store, _dir(tmp_path / "b")) == unwind
    rows = neo4j_store.read("MATCH (n:Enterprise) WHERE n.name = $name RETURN n.aliases", {"name": TRICKY_NAME}).rows
    assert rows == [[TRICKY_ALIASES]]
    empties = neo4j_store.read("MATCH (n:Enterprise) WHERE n.aliases = [] RETURN count(n)").rows[0][0]
    assert empties > 0 and neo4j_store.read("MATCH (n) WHERE n.aliases IS NULL RETURN count(n)").rows == [[0]]
    assert neo4j_store.read("MATCH (n:Enterprise) WHERE n.aliases = [''] RETURN count(n)").rows == [[1]]
    # The last relation is also given again (with_repeats), so its list holds these three among others.
    texts = neo4j_store.read("MATCH ()-[r]->() WHERE size(r.text) >= 3 RETURN r.text").rows
    assert any(all(text in row[0] for text in TRICKY_TEXTS) for row in texts)


@pytest.mark.neo4j
@pytest.mark.parametrize("input_type", ["parquet", "csv"], indirect=True)
def test_a_failed_import_leaves_the_previous_graph_served(
    input_type: str, neo4j_store: Neo4jStore, tmp_path: Path, monkeypatch
):
    kg.build(neo4j_store, clear=True, bulk=False)
    before = snapshot(neo4j_store, _dir(tmp_path / "a"))
    kind = ParquetFiles if input_type == "parquet" else ImportFiles
    real = kind.arguments
    missing = f"--nodes=Enterprise={tmp_path / f'missing.{input_type}'}"
    monkeypatch.setattr(kind, "arguments", lambda self: [*real(self), missing])
    with pytest.raises(StoreError, match="neo4j-admin database import failed"):
        kg.build(neo4j_store, clear=True, bulk=True)
    assert snapshot(neo4j_store, _dir(tmp_path / "b")) == before


@pytest.mark.neo4j
def test_a_first_load_into_an_empty_graph_stops_the_server_early_and_restarts_it_if_the_walk_fails(
    neo4j_store: Neo4jStore, tmp_path: Path, monkeypatch
):
    """An empty graph has nothing to serve, so the server stops while the files are written; a walk that
    fails then leaves the server started again on the empty graph (a new pid says it was stopped)."""
    server = LocalServer.find(neo4j_store.settings.uri, "neo4j")[0]
    assert server is not None and neo4j_store.is_empty()

    def broken(self, *args, **kwargs):
        raise RuntimeError("the walk broke")

    with monkeypatch.context() as patched:
        patched.setattr(ParquetFiles, "keep_counts", broken)  # called once the walk is over
        with pytest.raises(RuntimeError, match="the walk broke"):
            kg.build(neo4j_store, bulk=True)
    again = LocalServer.find(neo4j_store.settings.uri, "neo4j")[0]
    assert again is not None and again.pid != server.pid
    assert neo4j_store.is_empty()  # served again, and nothing half-written
    done = kg.build(neo4j_store, bulk=True)  # the early stop, then the import
    assert done.load.method == "neo4j-admin database import"
    imported = snapshot(neo4j_store, _dir(tmp_path / "a")), kept_values(neo4j_store)
    kg.build(neo4j_store, clear=True, bulk=False)
    assert (snapshot(neo4j_store, _dir(tmp_path / "b")), kept_values(neo4j_store)) == imported


def test_parquet_node_files_carry_each_nodes_count(ontology: Ontology, tmp_path: Path):
    numbering = Numbering(ontology)
    files = ParquetFiles(tmp_path)
    files.add(numbering.walk_json(ValidatedFile(mixed(tmp_path)).objects()))
    assert files.keep_counts("kg_links", numbering.links)
    files.close()
    seen = {}
    for table in files._node_tables:
        columns = pq.read_table(table.data).to_pydict()
        seen.update(zip(columns[":ID"], columns["kg_links:long"], strict=True))
    assert seen == dict(enumerate(numbering.links)) and any(seen.values())
    assert not ImportFiles(tmp_path / "csv").keep_counts("kg_links", numbering.links)  # set after the import


@pytest.mark.neo4j
def test_a_server_kg_did_not_start_is_loaded_by_unwind_and_says_why(neo4j_store: Neo4jStore, tmp_path, monkeypatch):
    monkeypatch.setattr("kg.store.neo4j_local._candidates", lambda port: [tmp_path])
    report = kg.build(neo4j_store, clear=True)  # small: UNWIND by size, nothing to say
    assert report.load.method == "UNWIND batches" and not report.load.note
    monkeypatch.setattr("kg.store.bulk.BULK_THRESHOLD", {"neo4j": 0})
    report = kg.build(neo4j_store, clear=True)
    assert report.load.method == "UNWIND batches"
    assert report.load.note.startswith("neo4j-admin import not used: no scripts/neo4j-local server for port")
    with pytest.raises(StoreError, match="no bulk load path"):
        kg.build(neo4j_store, clear=True, bulk=True)
    assert neo4j_store.counts() == report.counts  # refused before anything was cleared


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_the_input_type_is_parquet_unless_asked_for_csv(tmp_path: Path, monkeypatch):
    from kg.store.neo4j import import_files

    monkeypatch.delenv("KG_NEO4J_IMPORT_INPUT", raising=False)
    assert type(import_files(tmp_path)) is ParquetFiles
    monkeypatch.setenv("KG_NEO4J_IMPORT_INPUT", "CSV")
    assert type(import_files(tmp_path)) is ImportFiles
    monkeypatch.setenv("KG_NEO4J_IMPORT_INPUT", "xml")
    with pytest.raises(StoreError, match="neither csv nor parquet"):
        import_files(tmp_path)
    monkeypatch.setitem(sys.modules, "kg.store.neo4j_parquet", None)  # as without pyarrow
    monkeypatch.delenv("KG_NEO4J_IMPORT_INPUT")
    assert type(import_files(tmp_path)) is ImportFiles
    monkeypatch.setenv("KG_NEO4J_IMPORT_INPUT", "parquet")
    with pytest.raises(StoreError, match="needs pyarrow"):
        import_files(tmp_path)


def test_the_launcher_sets_the_password_only_when_the_store_does_not_take_it(
    ontology: Ontology, neo4j_settings, tmp_path: Path
):
    """A restart with the password the store already has skips ALTER USER (the first Cypher of a cold JVM,
    2.5 s of every start); a fresh store, or a new password, still gets it set, and the old one is refused."""
    import subprocess

    script = Path(__file__).parents[1] / "scripts" / "neo4j-local"
    home = tmp_path / "neo4j"
    env = {**os.environ, "NEO4J_LOCAL_PORT": "7697", "NEO4J_LOCAL_HOME": str(home), "NEO4J_LOCAL_HEAP": "512m",
           "NEO4J_LOCAL_PAGECACHE_MB": "64"}  # fmt: skip

    def start(password: str) -> str:
        subprocess.run([script, "start"], env={**env, "NEO4J_PASSWORD": password}, check=True, capture_output=True)
        return (home / "neo4j.log").read_text(encoding="utf-8")

    def stop() -> None:
        subprocess.run([script, "stop"], env=env, check=True, capture_output=True)

    def answers(password: str) -> bool:
        settings = Neo4jSettings.from_env(uri="bolt://127.0.0.1:7697", password=password)
        try:
            Neo4jStore(ontology, settings).close()
        except StoreError:
            return False
        return True

    try:
        assert "setting the password" in start("first-secret")
        stop()
        assert "setting the password" not in start("first-secret")
        assert answers("first-secret")
        stop()
        assert "setting the password" in start("second-secret")
        assert answers("second-secret") and not answers("first-secret")
    finally:
        stop()
