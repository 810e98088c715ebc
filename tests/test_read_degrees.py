"""The degree the view ranks nodes by, counted in the store (Neo4j: COUNT { } per type, read from the node's
record; FalkorDB: matched and counted), checked on both backends against the relationships read one by one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from kg.store import read
from kg.store.base import GraphStore

BACKENDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=BACKENDS)
def graph(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The graph of the five plans, in the embedded store and (marked neo4j) in Neo4j."""
    if request.param == "embedded":
        yield request.getfixturevalue("built_store")
    else:
        yield request.getfixturevalue("built_graphs")["neo4j"]


def _counted_one_by_one(graph: GraphStore) -> Counter[str]:
    """Each node's relationships besides evidence links, from every relationship read out of every label."""
    counts: Counter[str] = Counter()
    for label in graph.ontology.node_labels:
        for link in read.links(graph, label):
            counts[link.source] += 1
            counts[link.target] += 1
    return counts


def test_the_degree_counted_in_the_store_is_every_relationship_but_evidence(graph: GraphStore) -> None:
    expected = _counted_one_by_one(graph)
    labels = graph.ontology.group("innovationMap")
    ranked = read.central_nodes(graph, labels)
    assert ranked and all(links == expected[node_id] for node_id, links in ranked)
    assert ranked == sorted(ranked, key=lambda row: (-row[1], row[0]))
    assert {graph.ontology.class_of_id(node_id) for node_id, _ in ranked} <= set(labels)
    assert read.central_nodes(graph, labels, 10) == ranked[:10]
    some = [node_id for node_id, _ in ranked[:: max(1, len(ranked) // 50)]]
    assert read.degrees(graph, some) == {node_id: expected[node_id] for node_id in some}
    assert max(links for _, links in ranked) > 50  # a hub city: the count is not capped anywhere
