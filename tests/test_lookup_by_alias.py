"""Finding a node by one of its aliases through an index, on both backends, and the canned queries that find
their node by name or alias through it: the answers are those of the scan they replace.

FalkorDB indexes list items; Neo4j gets a full-text index per label on ``aliases`` with the keyword analyzer
(kg.store.neo4j). Values with the query syntax's special characters, parts of an alias and an alias of nodes of
two labels are where an index could answer differently from ``$value IN n.aliases``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.facts import Entity, Evidence, Relation
from kg.queries import anchored, find_query, run_query
from kg.store import read
from kg.store.base import GraphStore
from kg.store.cypher import load_facts

BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]
TRICKY = ['益泰"药业', "back\\slash", "a:b (c) [d] +e -f !g", "华中 科大", "*", "OR", "同名"]


def _facts() -> list[Entity | Relation]:
    evidence = [Evidence("plan:t", 0, 4, "一", "益泰药业")]
    firms = [
        Entity("Enterprise", "enterprise:a", "湖北益泰药业股份有限公司", ["益泰药业", *TRICKY[:5]], evidence=evidence),
        Entity("Enterprise", "enterprise:b", "益泰", ["益泰药业股份", "*"], evidence=evidence),
        Entity("University", "university:c", "华中科技大学", ["华中科大", "OR", "同名"], evidence=evidence),
        Entity("Enterprise", "enterprise:d", "同名", [], evidence=evidence),
    ]
    return [Entity("Plan", "plan:t", "测试规划", props={"title": "测试规划"}), *firms]


@pytest.fixture(params=BACKENDS)
def graph(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """A small graph of aliases that look like query syntax, in an empty store of each backend."""
    yield _loaded(request.getfixturevalue("store" if request.param == "embedded" else "neo4j_store"))


def _loaded(store: GraphStore) -> GraphStore:
    store.ensure_schema()
    load_facts(store, _facts())
    return store


def _scanned(store: GraphStore, value: str) -> list[str]:
    """What ``$value IN n.aliases`` over every node answers: the reference."""
    rows = store.read("MATCH (n) WHERE $value IN n.aliases RETURN n.id AS id", {"value": value}).rows
    return sorted(row[0] for row in rows)


def test_an_alias_finds_exactly_the_nodes_that_have_it_whole(graph: GraphStore) -> None:
    labels = graph.ontology.node_labels
    for value in [*TRICKY, "益泰药业", "益泰药业股份", "华中科大", "益泰", "药业", "华中", "", "没有"]:
        assert graph.ids_with_item(labels, "aliases", value) == _scanned(graph, value), value
    assert graph.ids_with_item(labels, "aliases", "*") == ["enterprise:a", "enterprise:b"]
    assert graph.ids_with_item(labels, "aliases", "药业") == []  # a part of an alias names nothing
    assert graph.ids_with_item(["University"], "aliases", "*") == []
    assert graph.ids_with_item([], "aliases", "*") == []


@pytest.mark.neo4j
def test_the_index_answers_on_neo4j_and_a_graph_without_it_is_scanned(neo4j_store: GraphStore) -> None:
    """FalkorDB's range index takes list items; Neo4j's full-text indexes are kg's own, so they are checked."""
    from kg.store.neo4j import _item_index

    graph = _loaded(neo4j_store)
    online = graph._online_item_indexes()
    assert {_item_index(label, "aliases") for label in graph.ontology.node_labels} <= online
    graph.write(f"DROP INDEX {_item_index('Enterprise', 'aliases')}")
    graph._item_indexes = None  # as a store opened on a graph built before the index existed
    try:
        assert graph.ids_with_item(graph.ontology.node_labels, "aliases", "*") == ["enterprise:a", "enterprise:b"]
    finally:
        graph.ensure_schema()
    assert _item_index("Enterprise", "aliases") in graph._online_item_indexes()


def test_a_name_or_alias_is_found_label_by_label(graph: GraphStore) -> None:
    assert read.ids_by_name(graph, "同名") == ["enterprise:d", "university:c"]  # a name and an alias
    assert read.ids_by_name(graph, "益泰药业") == ["enterprise:a"]
    assert read.ids_by_name(graph, "a:b (c) [d] +e -f !g") == ["enterprise:a"]
    assert read.ids_by_name(graph, "益泰") == ["enterprise:b"]


def test_a_query_finding_its_node_by_name_or_alias_gives_the_scans_answer(graph: GraphStore) -> None:
    body = find_query("entity_profile").body
    for name in ["益泰药业", '益泰"药业', "华中科大", "湖北益泰药业股份有限公司", "同名", "没有这个"]:
        bound, anchors = anchored(graph, body, {"name": name})
        assert graph.read(bound, {"name": name, **anchors}).rows == graph.read(body, {"name": name}).rows, name
        assert run_query(graph, "entity_profile", {"name": name}).rows == graph.read(body, {"name": name}).rows
    bound, anchors = anchored(graph, body, {"name": "益泰药业"})
    assert "MATCH (e:`Enterprise`) WHERE e.id IN $kg_ids_name" in bound and anchors == {"kg_ids_name": ["enterprise:a"]}
    bound, anchors = anchored(graph, body, {"name": "同名"})  # nodes of two labels: the clause stays
    assert bound == body and anchors == {}
    assert [row[0] for row in run_query(graph, "entity_profile", {"name": "同名"}).rows] == [
        "enterprise:d",
        "university:c",
    ]
