"""First loads through the engine's import path (kg.store.bulk, GRAPH.BULK) give the graph UNWIND batches give.

Compared as ``kg stats`` counts, the sorted N-Triples of ``kg export`` and the schema (indexes, constraints), on
the bundled facts and on a facts file with repeats (an entity given twice with other properties and aliases, a
relation given again with evidence of another plan and of the same plan), which the bulk path merges in after
the import. Neo4j's import path (neo4j-admin database import) is compared the same way in test_neo4j_import.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.errors import FactError, InputError, StoreError
from kg.ontology import Ontology
from kg.pipeline import bundled_facts_path
from kg.plan_texts import PlanTexts
from kg.store.base import GraphStore
from kg.store.falkordb import STAGING_SUFFIX, EmbeddedServer, FalkorStore
from kg.store.falkordb_bulk import BulkWriter


def snapshot(store: GraphStore, tmp: Path) -> tuple[dict[str, int], dict[str, int], list[bytes]]:
    counts = store.counts()
    path = tmp / "graph.nt"
    kg.export_rdf(store, path, "nt")
    return counts.labels, counts.types, sorted(path.read_bytes().splitlines())


def schema(store: FalkorStore) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, ...]]]:
    indexes = sorted((row[0], tuple(row[1])) for row in store.read("CALL db.indexes()").rows)
    constraints = sorted(tuple(map(str, row[:3])) for row in store.read("CALL db.constraints()").rows)
    return indexes, constraints


@pytest.fixture
def two_stores(ontology: Ontology, tmp_path: Path) -> Iterator[tuple[FalkorStore, FalkorStore]]:
    stores = [FalkorStore(ontology, tmp_path / name) for name in ("bulk", "unwind")]
    try:
        yield stores[0], stores[1]
    finally:
        for store in stores:
            store.close()
            EmbeddedServer(store.server.directory).stop()


def with_repeats(tmp: Path) -> Path:
    """The bundled facts, plus an entity given again (another property, other aliases) and a relation given
    again with evidence of another plan and of its own plan."""
    lines = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    facts = [json.loads(line) for line in lines]
    plans = [f["id"] for f in facts if f["type"] == "Plan"]
    firm = next(f for f in facts if f["type"] == "Enterprise" and f["aliases"])
    again = {**firm, "aliases": ["又一名", firm["aliases"][0]], "name_en": "Another Name"}
    relation = next(f for f in facts if "from" in f and f["type"] != "MENTIONED_IN" and len(f["evidence"]) == 1)
    other = next(p for p in plans if p != relation["evidence"][0]["document"])
    evidence = dict(relation["evidence"][0])
    extra = [{**evidence, "document": other, "start": 3, "end": 9, "text": "别处"}, {**evidence, "start": 1, "end": 2}]
    entities = [f for f in facts if "from" not in f]
    relations = [f for f in facts if "from" in f]
    out = [*entities, again, *relations, {**relation, "evidence": extra}]
    path = tmp / "repeats.jsonl"
    path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in out), encoding="utf-8")
    return path


def test_bulk_and_unwind_give_the_same_graph_and_schema(two_stores: tuple[FalkorStore, FalkorStore], tmp_path: Path):
    bulk, unwind = two_stores
    done = kg.build(bulk, clear=True, bulk=True)
    plain = kg.build(unwind, clear=True, bulk=False)
    assert (done.load.method, plain.load.method) == ("GRAPH.BULK", "UNWIND batches")
    assert done.load.nodes == plain.load.nodes and done.load.relationships == plain.load.relationships
    _dirs(tmp_path)
    assert snapshot(bulk, tmp_path / "a") == snapshot(unwind, tmp_path / "b")
    assert schema(bulk) == schema(unwind)
    assert not bulk._db.connection.exists(f"kg{STAGING_SUFFIX}")


def test_repeats_are_merged_as_the_unwind_path_merges_them(two_stores: tuple[FalkorStore, FalkorStore], tmp_path):
    bulk, unwind = two_stores
    path = with_repeats(tmp_path)
    done = kg.build(bulk, facts_file=path, clear=True, bulk=True)
    # One row per statement: FalkorDB 4.16 crashes (EvalEntityUpdates) on a MERGE batch that meets one node
    # twice, which a batch of the repeated entity and its first occurrence does.
    kg.build(unwind, facts_file=path, clear=True, bulk=False, batch_size=1)
    assert done.load.method == "GRAPH.BULK"
    _dirs(tmp_path)
    ours, theirs = snapshot(bulk, tmp_path / "a"), snapshot(unwind, tmp_path / "b")
    assert ours == theirs
    firm = bulk.read("MATCH (n:Enterprise) WHERE n.name_en = 'Another Name' RETURN n.aliases").rows
    assert len(firm) == 1 and firm[0][0][-2] == "又一名"


def mixed(tmp: Path) -> Path:
    """The bundled facts with a third of the evidence items needing conversion by the walk (a whole-number
    confidence, a missing section), so a bulk path's lines taken as read and lines walked are both many."""
    facts = [json.loads(line) for line in bundled_facts_path().read_text(encoding="utf-8").splitlines()]
    changed = 0
    for number, fact in enumerate(facts):
        if fact["evidence"] and number % 3 == 0:
            item = dict(fact["evidence"][0])
            if number % 2:
                item["confidence"] = 1
            else:
                item.pop("section", None)
            fact["evidence"] = [item, *fact["evidence"][1:]]
            changed += 1
    assert changed > 100
    path = tmp / "mixed.jsonl"
    path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    return path


def test_lines_packed_as_read_give_the_walks_graph(two_stores: tuple[FalkorStore, FalkorStore], tmp_path: Path):
    """A facts file's plain lines are packed straight from their decoded values; lines whose evidence needs
    converting (a whole-number confidence, a missing section, several items) go through the walk. Both kinds
    mixed give the graph the UNWIND path gives."""
    path = mixed(tmp_path)
    bulk, unwind = two_stores
    done = kg.build(bulk, facts_file=path, clear=True, bulk=True)
    plain = kg.build(unwind, facts_file=path, clear=True, bulk=False)
    assert (done.load.method, plain.load.method) == ("GRAPH.BULK", "UNWIND batches")
    _dirs(tmp_path)
    assert snapshot(bulk, tmp_path / "a") == snapshot(unwind, tmp_path / "b")


def test_a_failed_bulk_load_leaves_the_previous_graph(store: FalkorStore, tmp_path: Path, monkeypatch):
    kg.build(store, clear=True, bulk=False)
    _dirs(tmp_path)
    before = snapshot(store, tmp_path / "a")

    def broken(self: object) -> None:
        raise StoreError("the server went away")

    monkeypatch.setattr("kg.store.falkordb_bulk.BulkWriter.flush", broken)
    with pytest.raises(StoreError, match="went away"):
        kg.build(store, clear=True, bulk=True)
    assert snapshot(store, tmp_path / "b") == before
    assert not store._db.connection.exists(f"kg{STAGING_SUFFIX}")


def test_bulk_needs_an_empty_graph_or_clear(store: FalkorStore):
    kg.build(store, clear=True, bulk=False)
    with pytest.raises(InputError, match="already holds a graph"):
        kg.build(store, bulk=True)


def _dirs(tmp: Path) -> bool:
    for name in ("a", "b"):
        (tmp / name).mkdir(exist_ok=True)
    return True


def test_bulk_load_pauses_aof_rewrites_and_restores_the_setting(store: FalkorStore, monkeypatch):
    connection = store._db.connection
    before = connection.config_get("auto-aof-rewrite-percentage")
    seen = []
    real = BulkWriter.finish

    def finish(self: BulkWriter) -> None:
        seen.append(connection.config_get("auto-aof-rewrite-percentage"))
        real(self)

    import kg.store.kept_chains

    real_keep = kg.store.kept_chains.keep_all

    def keep_all(store: FalkorStore) -> int:  # after the indexes, before the swap: still paused
        seen.append(connection.config_get("auto-aof-rewrite-percentage"))
        return real_keep(store)

    monkeypatch.setattr(BulkWriter, "finish", finish)
    monkeypatch.setattr(kg.store.kept_chains, "keep_all", keep_all)
    kg.build(store, clear=True, bulk=True)
    assert seen == [{"auto-aof-rewrite-percentage": "0"}] * 2
    assert connection.config_get("auto-aof-rewrite-percentage") == before != seen[0]


def with_last_line(tmp: Path, name: str, last: str) -> tuple[Path, int]:
    """The bundled facts and one more line at the end; the file and that line's number."""
    lines = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    path = tmp / name
    path.write_text("\n".join([*lines, last]) + "\n", encoding="utf-8")
    return path, len(lines) + 1


def test_a_fault_at_the_end_of_the_file_leaves_the_graph_and_the_kept_plans(
    store: FalkorStore, corpus_dir: Path, tmp_path: Path
):
    """A facts file is validated by a second process while the bulk load walks it (kg.pipeline,
    ``_load_checked_beside``), and the new graph is swapped in only once the whole file has passed. With the
    fault on the last line the walk has read every line by then (or met the line itself first, for one that
    is not JSON): the old graph and the plans kept beside it stay as they were, and the message is the
    validation's, naming the line."""
    kg.build(store, corpus=[corpus_dir], clear=True)
    _dirs(tmp_path)
    before = snapshot(store, tmp_path / "a")
    plans = PlanTexts(store.plans_dir).index_bytes()
    assert json.loads(plans)
    faults = {
        "dangling.jsonl": (
            '{"type":"LOCATED_IN","from":"enterprise:无此企业","to":"region:420000"}',
            "is not an entity",
        ),
        "broken.jsonl": ('{"type":"Enterprise", "id": ', "not valid JSON"),
        "unknown.jsonl": ('{"type":"Plan","id":"plan:x","name":"x","colour":"red"}', "unknown property 'colour'"),
    }
    for name, (last, message) in faults.items():
        path, number = with_last_line(tmp_path, name, last)
        with pytest.raises(FactError, match=f"{name}:{number}: .*{message}"):
            kg.build(store, facts_file=path, clear=True)
        assert snapshot(store, tmp_path / "b") == before, name
        assert PlanTexts(store.plans_dir).index_bytes() == plans, name
        assert not store._db.connection.exists(f"kg{STAGING_SUFFIX}")


def test_a_file_out_of_kg_order_is_read_whole_and_gives_the_same_graph(
    two_stores: tuple[FalkorStore, FalkorStore], tmp_path: Path
):
    """A relation before its ends cannot be validated in one streaming pass: the load beside it is given up
    and the file is read whole, validated and loaded as before."""
    lines = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    first_relation = next(line for line in lines if '"from"' in line)
    path = tmp_path / "relation-first.jsonl"
    path.write_text("\n".join([first_relation, *lines]) + "\n", encoding="utf-8")
    bulk, unwind = two_stores
    done = kg.build(bulk, facts_file=path, clear=True, bulk=True)
    kg.build(unwind, facts_file=bundled_facts_path(), clear=True, bulk=False)
    assert done.load.method == "GRAPH.BULK" and done.facts == len(lines) + 1
    _dirs(tmp_path)
    assert snapshot(bulk, tmp_path / "a") == snapshot(unwind, tmp_path / "b")


def test_the_load_gives_up_as_soon_as_the_validation_has_found_a_fault(tmp_path: Path):
    from kg.pipeline import _CheckedFile

    class Failed:
        def done(self) -> bool:
            return True

        def result(self) -> int:
            raise FactError("x.jsonl:1: unknown type 'Nothing'")

    path = bundled_facts_path()
    with pytest.raises(FactError, match="unknown type"):
        next(_CheckedFile(path, Failed()).objects())  # type: ignore[arg-type]
