"""firms_on_chains_across_cities answered from what the build keeps (kg.store.kept_chains) gives the rows the
walking Cypher gives, after every way a graph is written, on both backends: a first load through the engine's
import path (GRAPH.BULK; neo4j-admin import from Parquet and from CSV) and through UNWIND batches, a load into a
graph that holds one already, updates of the five plans (a plan added, cut, removed, a drop correction), and
differences written into a synthetic graph that move what the answer depends on (firms cut, moved and renamed,
industry links dropped, a city renamed, a plan governing another city, a plan withdrawn).

The walk is the query file's own text sent to the store (``store.read``); the kept answer is what ``kg.run_query``
returns, which must come with no note (a note says it walked).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import kg
from kg.facts import Entity, Fact, Relation
from kg.ontology import Ontology
from kg.pipeline import bundled_facts_path
from kg.queries import find_query
from kg.store import kept_chains
from kg.store.base import GraphStore
from kg.store.cypher import load_facts
from kg.store.difference import apply, difference, planned_graph, stored_graph
from kg.store.neo4j import Neo4jStore
from tests.stores import assert_kept_values_stay_out, four_and_one, store_opener

ROOT = Path(__file__).resolve().parent.parent
NAME = "firms_on_chains_across_cities"


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def opener(request: pytest.FixtureRequest, ontology: Ontology) -> Callable[[Path], object]:
    return store_opener(request, ontology)


def walked(store: GraphStore, min_cities: int) -> list[list[Any]]:
    return store.read(find_query(NAME).body, {"min_cities": min_cities}).rows


def order(rows: list[list[Any]]) -> list[tuple[Any, ...]]:
    """The rows' sort key as the query orders them (cities descending, chain, city)."""
    return [(-row[1], row[0], row[2]) for row in rows]


def check(store: GraphStore) -> int:
    """Assert the kept answer is the walked one for one, two and three cities; returns the rows for two, so a
    test can say the answer was not empty. Rows tied on (chain, city), two chains or cities of one name,
    may come in either order from either form, so those are compared as sets."""
    assert kept_chains.present(store)
    counted = 0
    for min_cities in (1, 2, 3):
        answered = kg.run_query(store, NAME, {"min_cities": min_cities})
        assert answered.notes == []
        rows, walk = answered.rows, walked(store, min_cities)
        assert order(rows) == order(walk) == sorted(order(walk))
        assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, walk))
        if min_cities == 2:
            counted = len(rows)
    return counted


def test_the_canned_file_is_the_question_kept(ontology: Ontology) -> None:
    assert kept_chains.answers(find_query(NAME).body)
    assert not kept_chains.answers(find_query(NAME).body.replace("*0..3", "*0..2"))


def test_a_first_load_keeps_the_answer_through_either_path(
    opener: Callable[[Path], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opener(tmp_path) as store:
        done = kg.build(store, clear=True, bulk=True)
        assert done.load.method != "UNWIND batches"
        assert check(store) >= 3
        kept = kg.run_query(store, NAME).rows
        if isinstance(store, Neo4jStore):
            monkeypatch.setenv("KG_NEO4J_IMPORT_INPUT", "csv")
            kg.build(store, clear=True, bulk=True)
            assert kg.run_query(store, NAME).rows == kept
            check(store)
        kg.build(store, clear=True, bulk=False)
        assert kg.run_query(store, NAME).rows == kept
        check(store)


def test_a_load_into_a_graph_keeps_the_answer(opener: Callable[[Path], Any], tmp_path: Path) -> None:
    """Half the relationships, then every fact on top (UNWIND batches into a graph that holds some)."""
    lines = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    entities = [line for line in lines if '"from"' not in line]
    relations = [line for line in lines if '"from"' in line]
    half = tmp_path / "half.jsonl"
    half.write_text("\n".join(entities + relations[: len(relations) // 2]) + "\n", encoding="utf-8")
    with opener(tmp_path) as store:
        kg.build(store, facts_file=half, clear=True, bulk=False)
        check(store)
        kg.build(store)
        assert check(store) >= 3


def test_updates_of_the_plans_keep_the_answer(opener: Callable[[Path], Any], corpus_dir: Path, tmp_path: Path):
    """Plans added, one cut in half, one removed, and a drop correction: each written as a difference."""
    files, four, one = four_and_one(corpus_dir, tmp_path)
    with opener(tmp_path) as store:
        kg.build(store, corpus=[four], clear=True)
        check(store)
        before = kg.run_query(store, NAME, {"min_cities": 1}).rows
        report = kg.build(store, corpus=[one]).update
        assert report is not None and report.difference is not None
        assert check(store) > 0
        assert kg.run_query(store, NAME, {"min_cities": 1}).rows != before
        shrunk = tmp_path / "shrunk"
        shrunk.mkdir()
        text = files[2].read_text(encoding="utf-8")
        (shrunk / files[2].name).write_text(text[: text.index("\n", len(text) // 2) + 1], encoding="utf-8")
        report = kg.build(store, corpus=[shrunk]).update
        assert report is not None and report.difference is not None and report.difference.delete_relationships
        check(store)
        kg.remove_plans(store, [files[0].name])
        check(store)
        rows = kg.run_query(store, NAME, {"min_cities": 1}).rows
        firm_name = rows[0][3][0]
        firm = next(
            node_id
            for (node_id,) in store.read("MATCH (f:Enterprise {name: $name}) RETURN f.id", {"name": firm_name}).rows
        )
        corrections = tmp_path / "corrections.tsv"
        corrections.write_text(f"drop\t{firm}\tnot a firm\n", encoding="utf-8")
        kg.build(store, corpus=[shrunk], corrections=corrections)
        assert firm_name not in {name for row in kg.run_query(store, NAME, {"min_cities": 1}).rows for name in row[3]}
        check(store)


def synthetic(nodes: int) -> list[Fact]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from synth import synthetic_facts
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return list(synthetic_facts(nodes, seed=3))


def is_a(fact: Fact, rel_type: str) -> bool:
    return isinstance(fact, Relation) and fact.type == rel_type


def governs(fact: Fact) -> bool:
    """A plan's APPLIES_TO (targets have them too)."""
    return is_a(fact, "APPLIES_TO") and fact.source.startswith("plan:")


def write_as(store: GraphStore, facts: list[Fact]) -> None:
    """Bring the graph to ``facts`` by writing the difference, as ``kg build --corpus`` and ``kg remove`` do."""
    planned = planned_graph(store.ontology, facts)
    with store.building(), store.transaction():
        apply(store, difference(stored_graph(store), planned))


def test_differences_that_move_the_answer_keep_it(opener: Callable[[Path], Any], tmp_path: Path) -> None:
    rng = random.Random(5)
    facts = synthetic(8_000)
    plans = [f for f in facts if isinstance(f, Entity) and f.type == "Plan"]
    assert len(plans) == 4
    with opener(tmp_path) as store:
        load_facts(store, iter(facts))
        assert check(store) > 20

        def cut_firms(facts: list[Fact]) -> list[Fact]:
            firms = {f.id for f in facts if isinstance(f, Entity) and f.type == "Enterprise"}
            gone = set(rng.sample(sorted(firms), len(firms) // 3))
            return [f for f in facts if (f.id not in gone if isinstance(f, Entity) else f.source not in gone)]

        def move_and_rename_firms(facts: list[Fact]) -> list[Fact]:
            regions = sorted(f.id for f in facts if isinstance(f, Entity) and f.type == "Region")
            out: list[Fact] = []
            for f in facts:
                if isinstance(f, Relation) and f.type == "LOCATED_IN" and rng.random() < 0.2:
                    f = replace(f, target=rng.choice(regions))
                elif isinstance(f, Entity) and f.type == "Enterprise" and rng.random() < 0.2:
                    f = replace(f, name="改" + f.name)
                out.append(f)
            return out

        def drop_industry_links(facts: list[Fact]) -> list[Fact]:
            return [f for f in facts if not (is_a(f, "IN_INDUSTRY") and rng.random() < 0.2)]

        def rename_a_city(facts: list[Fact]) -> list[Fact]:
            city = next(f.target for f in facts if governs(f))
            return [replace(f, name="新" + f.name) if isinstance(f, Entity) and f.id == city else f for f in facts]

        def govern_another_city(facts: list[Fact]) -> list[Fact]:
            governed = {f.target for f in facts if governs(f)}
            located = {f.target for f in facts if isinstance(f, Relation) and f.type == "LOCATED_IN"}
            city = sorted(located - governed)[0]
            rel = next(f for f in facts if governs(f))
            return [*facts, replace(rel, target=city)]

        def withdraw_a_plan(facts: list[Fact]) -> list[Fact]:
            plan = next(f.source for f in facts if governs(f))
            return [f for f in facts if not (governs(f) and f.source == plan)]

        steps = [govern_another_city, cut_firms, move_and_rename_firms, drop_industry_links, rename_a_city,
                 withdraw_a_plan]  # fmt: skip
        for step in steps:
            before = kg.run_query(store, NAME, {"min_cities": 1}).rows
            facts = step(facts)
            write_as(store, facts)
            check(store)
            assert kg.run_query(store, NAME, {"min_cities": 1}).rows != before, step.__name__


def test_more_facts_loaded_into_a_graph_keep_the_answer(opener: Callable[[Path], Any], tmp_path: Path) -> None:
    """UNWIND batches on top of a graph: new firms in old industries and cities, and a new governed city."""
    facts = synthetic(6_000)
    relations = [f for f in facts if isinstance(f, Relation)]
    firms = {f.id for f in facts if isinstance(f, Entity) and f.type == "Enterprise"}
    later = set(sorted(firms)[::2])
    first = [f for f in facts if not (isinstance(f, Relation) and f.source in later)]
    with opener(tmp_path) as store:
        load_facts(store, iter(first))
        check(store)
        load_facts(store, iter([f for f in relations if f.source in later]))
        assert check(store) > 20
        governed = {f.target for f in relations if governs(f)}
        city = sorted({f.target for f in relations if f.type == "LOCATED_IN"} - governed)[0]
        rel = next(f for f in relations if governs(f))
        before = kg.run_query(store, NAME, {"min_cities": 1}).rows
        load_facts(store, iter([replace(rel, target=city)]))
        check(store)
        assert kg.run_query(store, NAME, {"min_cities": 1}).rows != before


def test_a_graph_built_before_the_answer_was_kept_is_walked_and_says_so(
    opener: Callable[[Path], Any], tmp_path: Path
) -> None:
    with opener(tmp_path) as store:
        kg.build(store)
        kept = kg.run_query(store, NAME).rows
        store.write(
            f"MATCH (g:Region) SET g.{kept_chains.REACH} = null, g.{kept_chains.NAME} = null"
        )  # fmt: skip
        store.write(f"MATCH (i:Industry) SET i.{kept_chains.CITIES} = null, i.{kept_chains.FIRMS} = null")
        answered = kg.run_query(store, NAME)
        assert answered.rows == kept == walked(store, 2)
        assert answered.notes == [f"this graph keeps no answer to {NAME} yet: {kept_chains.STALE}"]


def test_the_kept_lists_are_not_facts(built_store: GraphStore, tmp_path: Path) -> None:
    """RDF export, the update's comparison and node answers leave them out, as they leave kg_links out."""
    assert kept_chains.present(built_store)
    assert_kept_values_stay_out(built_store, tmp_path)
    industry = kg.run_query(built_store, _node_query(tmp_path)).rows
    assert (
        industry
        and industry[0][0]["id"].startswith("industry")
        and not any(k.startswith("kg_") for k in industry[0][0])
    )


def _node_query(tmp_path: Path) -> str:
    path = tmp_path / "industry.cypher"
    path.write_text(
        "MATCH (i:Industry) WHERE size(i.kg_chain_cities) >= 2 RETURN i ORDER BY i.id LIMIT 1\n", encoding="utf-8"
    )
    return str(path)
