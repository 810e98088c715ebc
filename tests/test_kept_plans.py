"""plan_summary answered from the counts each plan keeps (kg.store.kept_plans) gives the rows the walking Cypher
gives, after every way a graph is written, on both backends: a first load through the engine's import path
(GRAPH.BULK; neo4j-admin import) and through UNWIND batches, a load into a graph that holds one already, updates
of the five plans (a plan added, cut, removed, a drop correction), and differences written into a synthetic
graph that change what plans are mentioned by (entities cut, mentions moved to another plan, a plan removed).

The walk is the query file's own text sent to the store (``store.read``); the kept answer is what ``kg.run_query``
returns, which must come with no note (a note says it walked).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import kg
from kg.facts import Entity, Fact
from kg.ontology import Ontology
from kg.pipeline import bundled_facts_path
from kg.queries import find_query
from kg.store import kept_plans
from kg.store.base import GraphStore
from kg.store.cypher import load_facts
from kg.store.neo4j import Neo4jStore
from tests.stores import assert_kept_values_stay_out, four_and_one, store_opener
from tests.test_kept_chains import synthetic, write_as

NAME = "plan_summary"


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def opener(request: pytest.FixtureRequest, ontology: Ontology) -> Callable[[Path], object]:
    return store_opener(request, ontology)


def walked(store: GraphStore) -> list[list[Any]]:
    return store.read(find_query(NAME).body).rows


def check(store: GraphStore) -> list[list[Any]]:
    """Assert the kept answer is the walked one; returns it. Rows tied on (period_start, plan) may come in
    either order from either form, so the rows are compared as sets and their sort keys in order."""
    assert kept_plans.present(store)
    answered = kg.run_query(store, NAME)
    assert answered.notes == []
    rows, walk = answered.rows, walked(store)
    assert answered.columns == store.read(find_query(NAME).body).columns
    assert [row[2:4] + row[:1] for row in rows] == [row[2:4] + row[:1] for row in walk]
    assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, walk))
    return rows


def test_the_canned_file_is_the_question_kept() -> None:
    assert kept_plans.answers(find_query(NAME).body)
    assert not kept_plans.answers(find_query(NAME).body.replace("'Target'", "'Agency'"))


def test_a_first_load_keeps_the_counts_through_either_path(
    opener: Callable[[Path], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opener(tmp_path) as store:
        done = kg.build(store, clear=True, bulk=True)
        assert done.load.method != "UNWIND batches"
        kept = check(store)
        assert len(kept) >= 5 and sum(row[4] for row in kept) > 0
        if isinstance(store, Neo4jStore):
            monkeypatch.setenv("KG_NEO4J_IMPORT_INPUT", "csv")
            kg.build(store, clear=True, bulk=True)
            assert check(store) == kept
        kg.build(store, clear=True, bulk=False)
        assert check(store) == kept


def test_a_load_into_a_graph_keeps_the_counts(opener: Callable[[Path], Any], tmp_path: Path) -> None:
    """The plans and half the other entities, then every fact on top (UNWIND batches into a graph that holds
    some): the plans already there gain mentions."""
    lines = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    entities = [line for line in lines if '"from"' not in line]
    half = tmp_path / "half.jsonl"
    half.write_text("\n".join(entities[: len(entities) // 2]) + "\n", encoding="utf-8")
    with opener(tmp_path) as store:
        kg.build(store, facts_file=half, clear=True, bulk=False)
        before = check(store)
        kg.build(store)
        assert check(store) != before


def test_updates_of_the_plans_keep_the_counts(opener: Callable[[Path], Any], corpus_dir: Path, tmp_path: Path):
    """Plans added, one cut in half, one removed, and a drop correction: each written as a difference."""
    files, four, one = four_and_one(corpus_dir, tmp_path)
    with opener(tmp_path) as store:
        kg.build(store, corpus=[four], clear=True)
        before = check(store)
        kg.build(store, corpus=[one])
        assert len(check(store)) == len(before) + 1
        shrunk = tmp_path / "shrunk"
        shrunk.mkdir()
        text = files[2].read_text(encoding="utf-8")
        (shrunk / files[2].name).write_text(text[: text.index("\n", len(text) // 2) + 1], encoding="utf-8")
        before = check(store)
        kg.build(store, corpus=[shrunk])
        assert check(store) != before
        kg.remove_plans(store, [files[0].name])
        before = check(store)
        (firm,) = store.read("MATCH (f:Enterprise)-[:MENTIONED_IN]->(:Plan) RETURN f.id ORDER BY f.id LIMIT 1").rows[0]
        corrections = tmp_path / "corrections.tsv"
        corrections.write_text(f"drop\t{firm}\tnot a firm\n", encoding="utf-8")
        kg.build(store, corpus=[shrunk], corrections=corrections)
        after = check(store)
        assert after != before


def test_differences_that_move_mentions_keep_the_counts(opener: Callable[[Path], Any], tmp_path: Path) -> None:
    rng = random.Random(5)
    facts = synthetic(8_000)
    plans = sorted(f.id for f in facts if isinstance(f, Entity) and f.type == "Plan")
    assert len(plans) == 4
    with opener(tmp_path) as store:
        load_facts(store, iter(facts))
        check(store)

        def cut_entities(facts: list[Fact]) -> list[Fact]:
            named = sorted(f.id for f in facts if isinstance(f, Entity) and f.type in ("Enterprise", "Target"))
            gone = set(rng.sample(named, len(named) // 3))
            return [f for f in facts if (f.id not in gone if isinstance(f, Entity) else f.source not in gone)]

        def move_mentions(facts: list[Fact]) -> list[Fact]:
            out: list[Fact] = []
            for f in facts:
                if isinstance(f, Entity) and f.type != "Plan" and f.evidence and rng.random() < 0.2:
                    f = replace(f, evidence=[replace(e, document=plans[0]) for e in f.evidence])
                out.append(f)
            return out

        def remove_a_plan(facts: list[Fact]) -> list[Fact]:
            gone = plans[-1]
            return [
                f
                for f in facts
                if not (isinstance(f, Entity) and f.id == gone)
                and not (not isinstance(f, Entity) and gone in (f.source, f.target))
            ]

        for step in (cut_entities, move_mentions, remove_a_plan):
            before = kg.run_query(store, NAME).rows
            facts = step(facts)
            write_as(store, facts)
            assert check(store) != before, step.__name__


def test_a_graph_built_before_the_counts_were_kept_is_walked_and_says_so(
    opener: Callable[[Path], Any], tmp_path: Path
) -> None:
    with opener(tmp_path) as store:
        kg.build(store)
        kept = kg.run_query(store, NAME).rows
        unset = ", ".join(f"p.`{kept_plans.named(label)}` = null" for label in store.ontology.node_labels)
        store.write(f"MATCH (p:Plan) SET {unset}")
        answered = kg.run_query(store, NAME)
        assert answered.rows == kept == walked(store)
        assert answered.notes == [f"this graph keeps no answer to {NAME} yet: {kept_plans.STALE}"]


def test_the_kept_counts_are_not_facts(built_store: GraphStore, tmp_path: Path) -> None:
    """RDF export, the update's comparison and node answers leave them out, as they leave kg_links out."""
    assert kept_plans.present(built_store)
    assert_kept_values_stay_out(built_store, tmp_path)
    path = tmp_path / "plan.cypher"
    path.write_text("MATCH (p:Plan) RETURN p ORDER BY p.id LIMIT 1\n", encoding="utf-8")
    plan = kg.run_query(built_store, str(path)).rows
    assert plan and not any(key.startswith("kg_") for key in plan[0][0])
