"""What each node keeps at build time (kg.store.kept: its relationship count; a hub's neighbours per label)
is what a fresh count of the graph gives, after every way a graph is written, on both backends: a first load
through the engine's import path (GRAPH.BULK; neo4j-admin import) and through UNWIND batches, a load into a
graph that holds one already, and updates (a plan added, a plan cut in half, a plan removed, a correction).

The hub threshold is lowered to 5 here, so the five plans' graph has hubs of every kind; the fresh count reads
every relationship one by one (kg.store.read.links) and sorts in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

import kg
from kg.ontology import Ontology
from kg.pipeline import bundled_facts_path
from kg.store import kept, read
from kg.store.base import GraphStore
from tests.stores import four_and_one, store_opener

HUB = 5


@pytest.fixture(autouse=True)
def small_hubs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "HUB", HUB)


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def opener(request: pytest.FixtureRequest, ontology: Ontology) -> Callable[[Path], object]:
    return store_opener(request, ontology)


def fresh(store: GraphStore) -> dict[str, dict[str, object]]:
    """What each node should keep, from every relationship read one by one."""
    onto = store.ontology
    links: dict[str, int] = defaultdict(int)
    near: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    ids: list[str] = []
    for label in onto.node_labels:
        ids.extend(read.node_ids(store, label))
        for link in read.links(store, label):
            links[link.source] += 1
            links[link.target] += 1
            near[link.source][onto.class_of_id(link.target)].add(link.target)
            near[link.target][onto.class_of_id(link.source)].add(link.source)
    expected: dict[str, dict[str, object]] = {}
    for node_id in ids:
        values: dict[str, object] = {kept.LINKS: links[node_id]}
        if links[node_id] > HUB:
            for kind, members in near[node_id].items():
                values[kept.near(kind)] = len(members)
                values[kept.first(kind)] = sorted(members)[:HUB]
        expected[node_id] = values
    return expected


def check(store: GraphStore) -> int:
    """Assert the kept values are the fresh ones; returns the hubs, so a test can say it had some."""
    expected = fresh(store)
    assert kept.kept_values(store) == expected
    return sum(1 for values in expected.values() if len(values) > 1)


def test_a_first_load_keeps_the_counts_through_either_path(opener: Callable[[Path], object], tmp_path: Path):
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        done = kg.build(store, clear=True, bulk=True)
        assert done.load.method != "UNWIND batches"
        hubs = check(store)
        assert hubs > 20
        before = kept.kept_values(store)
        kg.build(store, clear=True, bulk=False)
        assert kept.kept_values(store) == before
        check(store)


def test_a_load_into_a_graph_counts_again_the_nodes_it_touched(opener: Callable[[Path], object], tmp_path: Path):
    """Half the facts, then all of them on top: the nodes of the first half gain relationships."""
    lines = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    entities = [line for line in lines if '"from"' not in line]
    relations = [line for line in lines if '"from"' in line]
    half = tmp_path / "half.jsonl"
    half.write_text("\n".join(entities + relations[: len(relations) // 2]) + "\n", encoding="utf-8")
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, facts_file=half, clear=True, bulk=False)
        check(store)
        kg.build(store)
        assert check(store) > 20


def test_updates_keep_the_counts(opener: Callable[[Path], object], corpus_dir: Path, tmp_path: Path):
    """Plans added, one cut in half, one removed, and a correction: each written as a difference."""
    files, four, one = four_and_one(corpus_dir, tmp_path)
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, corpus=[four], clear=True)
        check(store)
        report = kg.build(store, corpus=[one]).update
        assert report is not None and report.difference is not None and report.difference.delete_nodes
        check(store)
        shrunk = tmp_path / "shrunk"
        shrunk.mkdir()
        text = files[2].read_text(encoding="utf-8")
        (shrunk / files[2].name).write_text(text[: text.index("\n", len(text) // 2) + 1], encoding="utf-8")
        report = kg.build(store, corpus=[shrunk]).update
        assert report is not None and report.difference is not None and report.difference.delete_relationships
        check(store)
        kg.remove_plans(store, [files[0].name])
        check(store)
        firms = (n for n in kept.kept_values(store) if store.ontology.class_of_id(n) == "Enterprise")
        firm = next(firms)
        corrections = tmp_path / "corrections.tsv"
        corrections.write_text(f"drop\t{firm}\tnot a firm\n", encoding="utf-8")
        kg.build(store, corpus=[shrunk], corrections=corrections)
        assert firm not in kept.kept_values(store)
        assert check(store) > 10
