"""Graph analytics with networkx over the graph read from either store.

Cypher answers lookups and aggregations (who, where, how many) in the database; whole-graph measures such as
betweenness centrality and community detection need an algorithm over all of the graph at once, which
neither Neo4j Community (no GDS) nor FalkorDB offers in a form both share, so kg reads the relevant part of
the graph into networkx and computes them here, identically for both backends.

The graph analysed is the "organisation graph": entities joined by what they do together (the ontology's
``kgo:organisationGraph`` grouping: located in, part of, in industry, broader, hosted by, cooperates with,
undertakes, responsible for). Plans, evidence and targets are left out (``kgo:outsideOrganisationGraph``):
every entity is mentioned in a plan, so plans would be the centre of everything and say nothing. The graph is
read through the store's read side (:mod:`kg.store.read`), the measures written back through its writer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import networkx as nx

from kg.errors import QueryError
from kg.store import read
from kg.store.base import GraphStore, QueryResult

ANALYSES = ("leaders", "communities", "cooccurrence")
COLUMNS = {
    "leaders": ["industry", "rank", "name", "type", "degree", "betweenness", "links"],
    "communities": ["community", "size", "types", "central_members"],
    "cooccurrence": ["industry_a", "industry_b", "cities", "city_names"],
}
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
    skipped = onto.group("outsideOrganisationGraph")
    graph = nx.Graph()
    # Sorted, so both backends (which return rows in their own order) build the same graph and Louvain, which
    # depends on the order nodes and edges were added, finds the same communities.
    for node_id, label, name in sorted(read.all_nodes(store), key=lambda row: str(row[0])):
        if label not in skipped:
            graph.add_node(node_id, label=label, name=name)
    edges = read.links_of_types(store, onto.group("organisationGraph"))
    for source, target, rel_type in sorted(edges, key=lambda row: (str(row[0]), str(row[1]), str(row[2]))):
        if source in graph and target in graph:
            graph.add_edge(source, target, type=rel_type)
    return graph


CENTRALITIES = ("degree", "betweenness")


def centrality(graph: nx.Graph, measure: str = "degree", seed: int = 7) -> dict[str, float]:
    """Degree or betweenness centrality (normalised) per node; the view sizes nodes by the same numbers.

    Exact betweenness costs O(nodes x edges); above EXACT_BETWEENNESS_LIMIT nodes it is estimated from 500
    sampled sources, fixed by ``seed`` so the ranking is the same on every run and backend.
    """
    if measure == "degree":
        return nx.degree_centrality(graph)
    if measure != "betweenness":
        raise ValueError(f"unknown centrality {measure!r}")
    k = None if graph.number_of_nodes() <= EXACT_BETWEENNESS_LIMIT else min(500, graph.number_of_nodes())
    return nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True)


def measures(graph: nx.Graph, seed: int = 7) -> Measures:
    """Degree and betweenness centrality and Louvain communities, deterministic for a seed."""
    if graph.number_of_nodes() == 0:
        return Measures({}, {}, {})
    degree = centrality(graph, "degree", seed)
    betweenness = centrality(graph, "betweenness", seed)
    community: dict[str, int] = {}
    groups = nx.community.louvain_communities(graph, seed=seed)
    for number, members in enumerate(sorted(groups, key=lambda g: (-len(g), min(g)))):
        for node in members:
            community[node] = number
    return Measures(degree, betweenness, community)


def chain_leaders(store: GraphStore, graph: nx.Graph, found: Measures, top: int = 5) -> list[list[Any]]:
    """Per industry or chain: its most central firms and platforms (chain-leader candidates)."""
    onto = store.ontology
    (on_chain,) = onto.group("chainMembership")
    members = read.members_of(store, onto.group("chainLeaderCandidates"), on_chain, onto.facet("industry").label)
    by_industry: dict[str, set[str]] = defaultdict(set)
    for industry, node_id in members:
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
    rows = read.plan_region_industries(store)
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
    return store.set_node_properties(by_label, ("degree", "betweenness", "community"), batch_size)


@dataclass
class Analysis(QueryResult):
    """An analysis as a table (columns and rows, like a query's answer), and how many nodes ``write`` set."""

    written: int | None = None


def analyze(
    store: GraphStore, what: str = "leaders", top: int = 5, min_cities: int = 2, write: bool = False
) -> Analysis:
    """Run one analysis (``leaders``, ``communities`` or ``cooccurrence``) on ``store``.

    ``top`` members per chain or community; ``min_cities`` for co-occurrence; ``write`` also stores degree,
    betweenness and community on the nodes (for the view), computed on the same graph the table ranks.
    """
    if what not in ANALYSES:
        raise QueryError(f"unknown analysis {what!r}", f"choose one of {', '.join(ANALYSES)}")
    graph: nx.Graph | None = None
    found: Measures | None = None
    if what == "cooccurrence":
        rows = industry_cooccurrence(store, min_cities)
    else:
        graph = read_graph(store)
        found = measures(graph)
        rows = chain_leaders(store, graph, found, top) if what == "leaders" else community_table(graph, found, top)
    written = None
    if write:
        if graph is None or found is None:
            graph = read_graph(store)
            found = measures(graph)
        written = write_measures(store, graph, found)
    return Analysis(list(COLUMNS[what]), rows, written)
