"""Start small, grow on demand: what the page draws at first, what it carries to grow into, and hub groups.

The page draws a selection's nodes and carries their neighbours too (at most ``CARRY`` per node and type, read
in the store), so a double-click can draw a node's neighbours without asking the server. A hub (a city with
hundreds of firms) would bury everything around it, so its many neighbours of one type that hang off it alone
stand in for one group node ("82 × 企业 · 天门市") that opens on request; the group also counts the neighbours
the page does not carry, and says how to draw them.

For the whole graph the store picks the most central nodes of the classes drawn at first (a Cypher degree
count), so a million-node graph is never read whole.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.ontology import Ontology
from kg.store import read
from kg.store.base import GraphStore
from kg.view.graph import ViewEdge, ViewGraph, ViewNode
from kg.view.select import Selection, select

CARRY = 100  # neighbours of one type the page carries per drawn node, to expand into
CARRY_TOTAL = 5_000  # about how many neighbours the whole graph's first drawing carries in all
HUB_LEAVES = 12  # more neighbours of one type hanging off one node than this make a group node
HUB_GROUPS = 100  # at most this many hub groups on the whole graph's first drawing, the biggest


@dataclass
class Picked:
    """The nodes drawn at first (``shown``: their types permitting), the nodes carried to grow into, the
    classes drawn at first, and per (node, type) how many neighbours the graph has beyond what was read."""

    shown: set[str]
    carried: set[str]
    types: tuple[str, ...]
    anchors: set[str] = field(default_factory=set)
    hubs: set[str] = field(default_factory=set)
    totals: dict[tuple[str, str], int] = field(default_factory=dict)
    whole: bool = False  # the whole graph: any drawn node may be a hub of neighbours the page carries
    notice: str = ""


def pick(store: GraphStore, selection: Selection, limit: int) -> Picked:
    """What to draw at first and what to carry, for ``selection``.

    The whole graph: the ``limit`` most central nodes of the classes drawn at first (the ontology's
    ``kgo:innovationMap``, or ``--type``), ranked in the store, with their neighbours of the other classes
    (targets, projects, plans …, one click away). A selection: its nodes. Either way the page also carries the
    neighbours of what it draws, up to ``CARRY`` per node and type.
    """
    onto = store.ontology
    chosen = select(store, selection)
    notice = ""
    labels = set(selection.labels)
    types = tuple(sorted(labels)) if labels else (chosen.types or onto.group("innovationMap"))
    if chosen.ids is None:
        core = {node_id for node_id, _ in read.central_nodes(store, types, limit)}
        if limit and len(core) >= limit:
            notice = (
                f"The graph has more nodes than a browser lays out smoothly (limit {limit}): the {len(core)} most "
                "central (counted in the store) are drawn first; double-click a node to draw its neighbours."
            )
        cap = max(5, min(CARRY, CARRY_TOTAL // max(1, len(core))))  # a big core carries fewer per node
        lists = read.neighbour_lists(store, core, cap)
        shown = set(core)
        for (_, kind), (_, first) in lists.items():
            if kind not in types and (not labels or kind in labels):
                shown.update(first)
        # the figures' own neighbours (a target's indicator) are one switch away too
        for key, value in read.neighbour_lists(store, shown - core, cap).items():
            lists.setdefault(key, value)
            if key[1] not in types and (not labels or key[1] in labels):
                shown.update(value[1])
    else:
        shown = {n for n in chosen.ids if not labels or onto.class_of_id(n) in labels}
        lists = read.neighbour_lists(store, shown, CARRY)
    carried = set(shown)
    totals: dict[tuple[str, str], int] = {}
    for (node_id, kind), (total, first) in lists.items():
        if labels and kind not in labels:
            continue
        carried.update(first)
        totals[(node_id, kind)] = total
    return Picked(shown, carried, types, chosen.anchors, chosen.hubs, totals, chosen.ids is None, notice)


def group_hubs(graph: ViewGraph, picked: Picked, scores: dict[str, float], ontology: Ontology) -> None:
    """Stand a hub's many neighbours of one type in for one group node, in place.

    A group gathers, per node and type, the neighbours that hang off that node alone (their only drawn
    neighbour among the classes drawn at first) and the ones the page carries but does not draw, when there
    are more than ``HUB_LEAVES``; its members leave the first drawing and open from the group. The whole
    graph draws at most ``HUB_GROUPS`` of them, the biggest: on a big graph nearly every drawn node is a hub of
    carried neighbours, and a group node per hub would double the drawing.
    """
    on = set(picked.types)
    shown = {n for n in graph.nodes if n in picked.shown}
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in graph.edges:
        adjacent[edge.source].add(edge.target)
        adjacent[edge.target].add(edge.source)
    candidates: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node_id, node in graph.nodes.items():
        near = adjacent[node_id] & shown
        if node_id in shown:
            if node_id in picked.anchors:
                continue
            drawn_near = {n for n in near if graph.nodes[n].label in on} or near
            if len(drawn_near) == 1:
                (hub,) = drawn_near
                if len(adjacent[hub]) > HUB_LEAVES:
                    candidates[(hub, node.label)].append(node_id)
        else:
            for hub in near:
                if picked.whole or hub in picked.hubs:
                    candidates[(hub, node.label)].append(node_id)
    for hub in picked.hubs:  # a hub the neighbourhood did not walk through: every type it has is a group
        for (node_id, kind), total in picked.totals.items():
            if node_id == hub and total > len(candidates.get((hub, kind), [])):
                candidates.setdefault((hub, kind), [])
    edge_type: dict[tuple[str, str], tuple[str, bool]] = {}
    for edge in graph.edges:
        edge_type.setdefault((edge.source, edge.target), (edge.type, True))
        edge_type.setdefault((edge.target, edge.source), (edge.type, False))
    groups: list[tuple[str, str, list[str], list[str], int, int]] = []
    for (hub, label), members in sorted(candidates.items()):
        carried = [n for n in adjacent[hub] if graph.nodes[n].label == label]
        outside = max(0, picked.totals.get((hub, label), len(carried)) - len(carried))
        total = len(members) + outside
        if not total or (total <= HUB_LEAVES and hub not in picked.hubs):
            continue
        groups.append((hub, label, members, carried, outside, total))
    if picked.whole and len(groups) > HUB_GROUPS:  # the biggest; the others' members stay a double-click away
        keep = sorted(groups, key=lambda g: (-g[5], g[0], g[1]))[:HUB_GROUPS]
        groups = sorted(keep, key=lambda g: (g[0], g[1]))
    for hub, label, members, carried, outside, total in groups:
        members.sort(key=lambda n: (-scores.get(n, 0.0), n))
        group_id = f"group:{label}:{hub}"
        names = [graph.nodes[n].name for n in members]
        rel_type, outward = next(
            (edge_type[(m, hub)] for m in members + sorted(carried) if (m, hub) in edge_type), (None, True)
        )
        graph.nodes[group_id] = ViewNode(
            id=group_id,
            label=label,
            name=f"{total} × {ontology.node_class(label).label_zh} · {graph.nodes[hub].name}",
            props={"group": True, "count": total, "members": names[:30]},
            regions=list(graph.nodes[hub].regions),
            industries=sorted({i for n in members for i in graph.nodes[n].industries}),
            members=members,
            outside=outside,
            anchor=hub,
        )
        for member in members:
            graph.nodes[member].shown = False
        if rel_type is not None:
            source, target = (group_id, hub) if outward else (hub, group_id)
            graph.edges.append(ViewEdge(source, target, rel_type, count=total))
    graph.edges.sort(key=lambda e: (e.source, e.type, e.target))


def chain_city_links(graph: ViewGraph, ontology: Ontology) -> None:
    """Join each industry to the places its members are in, in place: firm → chain → city reads on the page.

    A node on an industry (a firm's IN_INDUSTRY, a plan's PRIORITISES: the industry facet's links) and in a
    place (LOCATED_IN, APPLIES_TO: the region facet's) puts that industry in that place; one edge per pair,
    drawn from the industry to the nearest region the page has, counting the nodes it is read through.
    """
    industry, region = ontology.facet("industry"), ontology.facet("region")
    on_industry: dict[str, set[str]] = defaultdict(set)
    link_type: dict[str, str] = {}
    for edge in graph.edges:
        if edge.type in industry.links and edge.target in graph.nodes:
            on_industry[edge.source].add(edge.target)
        if edge.type in region.links:
            link_type.setdefault(edge.source, edge.type)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    kinds: dict[tuple[str, str], str] = {}
    for member, industries in on_industry.items():
        node = graph.nodes.get(member)
        if node is None or member not in link_type:
            continue
        place = next((r for r in node.regions if r in graph.nodes), None)
        if place is None:
            continue
        for ind in industries:
            pairs[(ind, place)].add(member)
            kinds.setdefault((ind, place), link_type[member])
    for (ind, place), members in sorted(pairs.items()):
        graph.edges.append(ViewEdge(ind, place, kinds[(ind, place)], count=len(members), via=len(members)))
    graph.edges.sort(key=lambda e: (e.source, e.type, e.target))
