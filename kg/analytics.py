"""Graph analytics with networkx over the graph read from either store.

Cypher answers lookups and aggregations (who, where, how many) in the database; whole-graph measures such as
betweenness centrality and community detection need an algorithm over all of the graph at once, which
neither Neo4j Community (no GDS) nor FalkorDB offers in a form both share, so kg reads the relevant part of
the graph into networkx and computes them here, identically for both backends.

The graph analysed is the "organisation graph": entities joined by what they do together (LOCATED_IN,
PART_OF, IN_INDUSTRY, BROADER, HOSTED_BY, COOPERATES_WITH, UNDERTAKES, RESPONSIBLE_FOR). Plans, evidence
(MENTIONED_IN) and targets are left out: every entity is mentioned in a plan, so plans would be the centre of
everything and say nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx

from kg.store.base import GraphStore

ANALYSED_RELATIONS = ("LOCATED_IN", "PART_OF", "IN_INDUSTRY", "BROADER", "HOSTED_BY", "COOPERATES_WITH",
                      "UNDERTAKES", "RESPONSIBLE_FOR")  # fmt: skip
SKIPPED_LABELS = ("Plan", "Target", "Indicator")
EXACT_BETWEENNESS_LIMIT = 3000  # above this many nodes, betweenness is estimated from a fixed sample


@dataclass
class Measures:
    """Per node: degree centrality, betweenness centrality and community number."""

    degree: dict[str, float]
    betweenness: dict[str, float]
    community: dict[str, int]


def read_graph(store: GraphStore) -> nx.Graph:
    """The organisation graph of ``store`` as an undirected networkx graph (node attributes: label, name)."""
    onto = store.ontology
    for rel in ANALYSED_RELATIONS:
        onto.relation(rel)  # fail loudly if the ontology stops defining one
    graph = nx.Graph()
    nodes = store.read("MATCH (n) RETURN n.id AS id, labels(n)[0] AS label, n.name AS name")
    # Sorted, so both backends (which return rows in their own order) build the same graph and Louvain, which
    # depends on the order nodes and edges were added, finds the same communities.
    for node_id, label, name in sorted(nodes.rows, key=lambda row: str(row[0])):
        if label not in SKIPPED_LABELS:
            graph.add_node(node_id, label=label, name=name)
    edges = store.read(
        "MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN a.id AS a, b.id AS b, type(r) AS type",
        {"types": list(ANALYSED_RELATIONS)},
    )
    for source, target, rel_type in sorted(edges.rows, key=lambda row: (str(row[0]), str(row[1]), str(row[2]))):
        if source in graph and target in graph:
            graph.add_edge(source, target, type=rel_type)
    return graph


def measures(graph: nx.Graph, seed: int = 7) -> Measures:
    """Degree and betweenness centrality and Louvain communities, deterministic for a seed."""
    if graph.number_of_nodes() == 0:
        return Measures({}, {}, {})
    degree = nx.degree_centrality(graph)
    k = None if graph.number_of_nodes() <= EXACT_BETWEENNESS_LIMIT else min(500, graph.number_of_nodes())
    betweenness = nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True)
    community: dict[str, int] = {}
    groups = nx.community.louvain_communities(graph, seed=seed)
    for number, members in enumerate(sorted(groups, key=lambda g: (-len(g), min(g)))):
        for node in members:
            community[node] = number
    return Measures(degree, betweenness, community)


def chain_leaders(store: GraphStore, graph: nx.Graph, found: Measures, top: int = 5) -> list[list[Any]]:
    """Per industry or chain: its most central firms and platforms (chain-leader candidates)."""
    members = store.read(
        "MATCH (x)-[:IN_INDUSTRY]->(i:Industry) WHERE 'Enterprise' IN labels(x) OR 'Platform' IN labels(x) "
        "RETURN i.name AS industry, x.id AS id"
    )
    by_industry: dict[str, set[str]] = defaultdict(set)
    for industry, node_id in members.rows:
        if node_id in graph:
            by_industry[industry].add(node_id)
    rows = []
    for industry in sorted(by_industry):
        ranked = sorted(by_industry[industry], key=lambda n: (-found.betweenness[n], -found.degree[n], n))
        for rank, node in enumerate(ranked[:top], 1):
            data = graph.nodes[node]
            rows.append(
                [
                    industry,
                    rank,
                    data["name"],
                    data["label"],
                    round(found.degree[node], 4),
                    round(found.betweenness[node], 4),
                    graph.degree(node),
                ]
            )
    return rows


def community_table(graph: nx.Graph, found: Measures, top: int = 8) -> list[list[Any]]:
    """Each community: size, the labels in it, and its most central members."""
    groups: dict[int, list[str]] = defaultdict(list)
    for node, number in found.community.items():
        groups[number].append(node)
    rows = []
    for number in sorted(groups):
        nodes = groups[number]
        labels: dict[str, int] = defaultdict(int)
        for node in nodes:
            labels[graph.nodes[node]["label"]] += 1
        central = sorted(nodes, key=lambda n: (-found.degree[n], n))[:top]
        rows.append(
            [
                number,
                len(nodes),
                ", ".join(f"{k} {v}" for k, v in sorted(labels.items())),
                [graph.nodes[n]["name"] for n in central],
            ]
        )
    return rows


def industry_cooccurrence(store: GraphStore, min_cities: int = 2) -> list[list[Any]]:
    """Pairs of industries that the same cities prioritise, with the number and names of those cities."""
    rows = store.read(
        "MATCH (p:Plan)-[:PRIORITISES]->(i:Industry) MATCH (p)-[:APPLIES_TO]->(c:Region) "
        "RETURN c.name AS city, i.name AS industry"
    ).rows
    bipartite = nx.Graph()
    for city, industry in rows:
        bipartite.add_edge(("city", city), ("industry", industry))
    industries = sorted(n for n in bipartite if n[0] == "industry")
    out = []
    for a, b in combinations(industries, 2):
        shared = sorted(c[1] for c in set(bipartite[a]) & set(bipartite[b]))
        if len(shared) >= min_cities:
            out.append([a[1], b[1], len(shared), shared])
    out.sort(key=lambda r: (-r[2], r[0], r[1]))
    return out


def write_measures(store: GraphStore, graph: nx.Graph, found: Measures, batch_size: int = 5000) -> int:
    """Store degree, betweenness and community on the nodes (the view sizes and colours nodes by them)."""
    from kg.store.cypher import quote_name, quote_property

    onto = store.ontology
    keys = [quote_property(onto, k) for k in ("degree", "betweenness", "community")]
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        by_label[data["label"]].append(
            {
                "id": node,
                "degree": round(found.degree[node], 6),
                "betweenness": round(found.betweenness[node], 6),
                "community": found.community[node],
            }
        )
    written = 0
    for label, rows in by_label.items():
        statement = (
            f"UNWIND $rows AS row MATCH (n:{quote_name(onto, label)} {{id: row.id}}) "
            f"SET n.{keys[0]} = row.degree, n.{keys[1]} = row.betweenness, n.{keys[2]} = row.community"
        )
        for start in range(0, len(rows), batch_size):
            store.write(statement, {"rows": rows[start : start + batch_size]})
            written += len(rows[start : start + batch_size])
    return written
