"""Centrality for node size, and the reduction that keeps a big graph drawable.

vis-network lays a graph out with a physics simulation in the browser; past about a thousand nodes it takes
longer to settle than anyone waits, and the page looks hung. So above a limit the view draws the most
central nodes and stands the rest in for group nodes, one per type and city ("37 × 目标 · 天门市"), with
the relationships to them summed; the members stay in the page, and a double-click opens a group. The page
and the command line both say that this happened.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from kg import analytics
from kg.ontology import Ontology
from kg.view.graph import ViewEdge, ViewGraph, ViewNode

DEFAULT_LIMIT = 1000
MEASURES = analytics.CENTRALITIES
_CITY_CODE = re.compile(r"^region:\d{2}(?!00)\d{2}00$")


def centrality(graph: ViewGraph, measure: str = "degree") -> dict[str, float]:
    """Per node, the measure ``kg analyze --write`` stored, when it has been run; else computed here.

    The stored value ranks nodes by the whole organisation graph rather than the part drawn; nodes kg
    analyze leaves out (plans, targets, indicators) then count as 0. Computing on the drawn graph (with
    kg analyze's own :func:`kg.analytics.centrality`) keeps a view usable on a graph nobody has analysed.
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown centrality {measure!r}")
    stored = {node_id: node.props.get(measure) for node_id, node in graph.nodes.items()}
    if any(isinstance(v, int | float) for v in stored.values()):
        return {k: float(v) if isinstance(v, int | float) else 0.0 for k, v in stored.items()}
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((e.source, e.target) for e in graph.edges)
    if simple.number_of_nodes() < 2:
        return dict.fromkeys(graph.nodes, 0.0)
    return analytics.centrality(simple, measure)


def _group_region(node: ViewNode) -> str:
    """The city a node is grouped under (its prefecture-level region when it has one), or its broadest region."""
    for region in node.regions:
        if _CITY_CODE.match(region):
            return region
    return node.regions[-1] if node.regions else ""


def _fit(order: list[str], key_of: dict[str, tuple[str, str]], limit: int) -> int:
    """How many of the most central nodes fit beside the group nodes standing for the rest."""
    keep = limit
    while keep > 0:
        groups = len({key_of[n] for n in order[keep:]})
        if keep + groups <= limit:
            break
        keep = max(0, min(keep - 1, limit - groups))
    return keep


def reduce(graph: ViewGraph, scores: dict[str, float], limit: int, ontology: Ontology, on: Iterable[str]) -> str:
    """Keep at most ``limit`` nodes of the classes ``on`` drawn at first, in place: the most central stay, the
    rest are drawn as group nodes by type and city, whose members the page carries and opens on request.
    Returns the notice saying so ("" when nothing was reduced)."""
    on = set(on)
    drawn = [n for n, node in graph.nodes.items() if node.shown and node.label in on and not node.props.get("group")]
    # Hubs' group nodes (one each per hub and type) are drawn too: the page keeps to the limit with them.
    hub_groups = sum(1 for node in graph.nodes.values() if node.shown and node.label in on and node.props.get("group"))
    asked = limit
    limit = max(1, limit - hub_groups) if limit > 0 else limit
    if limit <= 0 or len(drawn) <= limit:
        return ""
    order = sorted(drawn, key=lambda node_id: (-scores.get(node_id, 0.0), node_id))
    by_city = {n: (graph.nodes[n].label, _group_region(graph.nodes[n])) for n in order}
    by_type = {n: (graph.nodes[n].label, "") for n in order}
    # Group by type and city unless that takes more than half the page (many cities), then by type alone.
    keep, key_of, grouping = _fit(order, by_city, limit), by_city, "by type and city"
    if keep < limit // 2:
        keep, key_of, grouping = _fit(order, by_type, limit), by_type, "by type"
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node_id in order[keep:]:
        members[key_of[node_id]].append(node_id)
    standing_for: dict[str, str] = {}
    for (label, region), ids in sorted(members.items()):
        group_id = f"group:{label}:{region or '-'}"
        place = graph.names.get(region, "")
        graph.nodes[group_id] = ViewNode(
            id=group_id,
            label=label,
            name=f"{len(ids)} × {ontology.node_class(label).label_zh}" + (f" · {place}" if place else ""),
            props={"group": True, "count": len(ids), "members": [graph.nodes[n].name for n in ids][:30]},
            regions=[region] if region else [],
            industries=sorted({i for n in ids for i in graph.nodes[n].industries}),
            members=ids,
        )
        for node_id in ids:
            graph.nodes[node_id].shown = False
        standing_for.update(dict.fromkeys(ids, group_id))
    merged: dict[tuple[str, str, str], ViewEdge] = {}
    counts: Counter[tuple[str, str, str]] = Counter()
    for edge in graph.edges:
        if edge.source not in standing_for and edge.target not in standing_for:
            continue
        source, target = standing_for.get(edge.source, edge.source), standing_for.get(edge.target, edge.target)
        if source == target or not (graph.nodes[source].shown and graph.nodes[target].shown):
            continue
        key = (source, target, edge.type)
        counts[key] += edge.count
        merged.setdefault(key, ViewEdge(source, target, edge.type))
    for key, edge in merged.items():
        edge.count = counts[key]
    graph.edges = sorted([*graph.edges, *merged.values()], key=lambda e: (e.source, e.type, e.target))
    total = len(drawn) + hub_groups
    return (
        f"{total} nodes are more than a browser lays out smoothly (limit {asked}): showing the {keep} most "
        f"central, and {len(members)} group nodes standing for the other {len(drawn) - keep}, {grouping}; "
        "double-click a group to open it."
    )
