"""Both backends hold the same graph after the same build, and every canned query answers the same."""

from __future__ import annotations

import json

import pytest

from kg import analytics
from kg.queries import catalogue, run_query
from kg.store.base import GraphStore

pytestmark = pytest.mark.neo4j


def _normalised(rows: list[list]) -> list[str]:
    """Rows compared as sorted JSON, lists inside sorted too (collect() order is not defined)."""

    def norm(value):
        if isinstance(value, list):
            return sorted((norm(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    return sorted(json.dumps(norm(row), ensure_ascii=False, sort_keys=True) for row in rows)


def test_same_counts_per_label_and_type(built_graphs: dict[str, GraphStore]) -> None:
    embedded, neo4j = built_graphs["embedded"].counts(), built_graphs["neo4j"].counts()
    assert embedded.labels == neo4j.labels and embedded.types == neo4j.types
    assert embedded.nodes > 1000 and embedded.relationships > 3000


def test_same_node_properties(built_graphs: dict[str, GraphStore]) -> None:
    query = "MATCH (n:Enterprise) RETURN n.id, n.name, n.aliases ORDER BY n.id"
    assert _normalised(built_graphs["embedded"].read(query).rows) == _normalised(built_graphs["neo4j"].read(query).rows)


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_canned_query_answers_the_same_on_both(built_graphs: dict[str, GraphStore], name: str) -> None:
    query = catalogue()[name]
    params = {p.name: p.example for p in query.params if p.example}
    embedded = run_query(built_graphs["embedded"], name, params)
    neo4j = run_query(built_graphs["neo4j"], name, params)
    assert embedded.columns == neo4j.columns
    assert embedded.rows, f"{name} with {params} returns nothing on the sample plans"
    assert _normalised(embedded.rows) == _normalised(neo4j.rows)


def test_analytics_read_the_same_graph_and_rank_the_same_on_both(built_graphs: dict[str, GraphStore]) -> None:
    graphs = {name: analytics.read_graph(store) for name, store in built_graphs.items()}
    assert sorted(graphs["embedded"].nodes) == sorted(graphs["neo4j"].nodes)
    assert graphs["embedded"].number_of_edges() == graphs["neo4j"].number_of_edges()
    leaders = {
        name: analytics.chain_leaders(built_graphs[name], graph, analytics.measures(graph))
        for name, graph in graphs.items()
    }
    assert _normalised(leaders["embedded"]) == _normalised(leaders["neo4j"])
    cooccurrence = {name: analytics.industry_cooccurrence(store) for name, store in built_graphs.items()}
    assert cooccurrence["embedded"] and _normalised(cooccurrence["embedded"]) == _normalised(cooccurrence["neo4j"])
