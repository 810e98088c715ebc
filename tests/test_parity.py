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


# Parameters besides each query's example (and its defaults): values whose answers hold longer lists and ties.
MORE_PARAMS: dict[str, list[dict[str, str]]] = {
    "entity_profile": [{"name": "天门市"}, {"name": "华中科技大学"}, {"name": "生物医药"}, {"name": "京山轻机"}],
    "connection_path": [
        {"from": "湖北益泰药业股份有限公司", "to": "鄂州市"},
        {"from": "华中科技大学", "to": "Biomedicine"},
        {"from": "天门纺织机械有限公司", "to": "湖北合强机械发展股份有限公司"},
    ],
    "firms_on_chain": [{"industry": "专用装备"}, {"industry": "新材料产业"}],
    "chain_profile": [{"industry": "生物产业"}, {"industry": "高端装备制造产业"}],
    "targets_by_indicator": [{"indicator": "研发投入强度"}],
    "firms_on_chains_across_cities": [{"min_cities": "1"}],
    "shared_priority_industries": [{"min_shared": "1"}],
}


def _cases() -> list[tuple[str, dict[str, str]]]:
    cases = []
    for name, query in sorted(catalogue().items()):
        cases.append((name, {p.name: p.example for p in query.params if p.example}))
        if query.params and not any(p.required for p in query.params):
            cases.append((name, {}))
        cases += [(name, params) for params in MORE_PARAMS.get(name, [])]
    return cases


@pytest.mark.parametrize(("name", "params"), _cases())
def test_every_canned_query_answers_the_same_on_both(
    built_graphs: dict[str, GraphStore], name: str, params: dict[str, str]
) -> None:
    """The same rows in the same order, and every list inside a row in the same order: a CSV diff is empty."""
    embedded = run_query(built_graphs["embedded"], name, params)
    neo4j = run_query(built_graphs["neo4j"], name, params)
    assert embedded.columns == neo4j.columns
    assert embedded.rows, f"{name} with {params} returns nothing on the sample plans"
    assert embedded.notes == neo4j.notes == []
    assert embedded.rows == neo4j.rows


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
