"""The part of the store a view draws, read into plain Python: nodes, relationships, evidence and facets.

The view needs more than the analytics graph: every property (for the hover card), the evidence sentences
with their plan and section, and for each node the regions and industries it belongs to (for the page's
filters), including ones reached through the region tree (掇刀区 is in 荆门市) and the industry tree. All of
it is read through the store's read side (:mod:`kg.store.read`), label by label, so that both backends use
their ``id`` index; which relationships put a node in a region or on an industry is the ontology's
(``kgo:regionFacet``, ``kgo:industryFacet``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.store import read
from kg.store.base import GraphStore

EVIDENCE_SHOWN = 3  # evidence items kept per node or edge for the hover card; the total is kept as a count


@dataclass(frozen=True, order=True)
class Citation:
    """One piece of evidence as the view shows it: the plan's name, the section path and the words."""

    plan: str
    section: str
    start: int
    text: str


@dataclass
class ViewNode:
    id: str
    label: str
    name: str
    props: dict[str, Any]
    evidence: list[Citation] = field(default_factory=list)
    mentions: int = 0
    regions: list[str] = field(default_factory=list)  # region ids, nearest first, then their ancestors
    industries: list[str] = field(default_factory=list)  # industry ids, with their broader industries
    shown: bool = True  # drawn at first (its type permitting); else carried for the page to grow into
    members: list[str] = field(default_factory=list)  # a group node's members the page carries
    outside: int = 0  # a group node's members the page does not carry
    anchor: str = ""  # the node a hub group hangs off


@dataclass
class ViewEdge:
    source: str
    target: str
    type: str
    evidence: list[Citation] = field(default_factory=list)
    mentions: int = 0
    count: int = 1  # relationships this edge stands for (more than one once groups are drawn)
    via: int = 0  # an industry-place edge read through this many nodes on the one and in the other (not stored)


@dataclass
class ViewGraph:
    """Nodes by id and the relationships among them; ``names`` also covers regions and industries not drawn."""

    nodes: dict[str, ViewNode]
    edges: list[ViewEdge]
    names: dict[str, str]
    notice: str = ""

    def __len__(self) -> int:
        return len(self.nodes)


def by_label(store: GraphStore, ids: Iterable[str]) -> dict[str, list[str]]:
    """Ids grouped by the label their prefix names, so each query can use that label's id index."""
    groups: dict[str, list[str]] = defaultdict(list)
    for node_id in ids:
        groups[store.ontology.class_of_id(node_id)].append(node_id)
    return {label: sorted(members) for label, members in sorted(groups.items())}


def _citations(plan_names: dict[str, str], items: Iterable[read.EvidenceItem]) -> list[Citation]:
    """Evidence items as citations, in text order, each once."""
    cited = {
        Citation(plan_names.get(item.document, item.document), item.section or "", int(item.start or 0),
                 item.text or "")
        for item in items
    }  # fmt: skip
    return sorted(cited)


def read_view_graph(store: GraphStore, ids: set[str] | None = None, labels: Iterable[str] | None = None) -> ViewGraph:
    """The skeleton of what to draw: nodes ``ids`` (all when None, optionally only of ``labels``) with their
    names, stored centrality and facets, and the relationships among them, without evidence.

    Properties and evidence are read by :func:`add_details` once the view has decided which nodes it keeps,
    so reducing a graph of a million nodes to a thousand never reads the evidence of the other 999,000.
    """
    onto = store.ontology
    region_of, industry_of = onto.facet("region").links, onto.facet("industry").links
    wanted_labels = sorted(labels) if labels else list(onto.node_labels)
    selected = by_label(store, ids) if ids is not None else None
    nodes: dict[str, ViewNode] = {}
    summaries: dict[str, list[tuple[str, str, Any, Any]]] = defaultdict(list)
    if selected is None:
        for label in wanted_labels:
            summaries[label] = read.node_summaries(store, label)
    else:  # one statement for all the labels where the store can (read.grouped)
        for labels, members in read.grouped(store, {label: selected.get(label, []) for label in wanted_labels}):
            for row in read.node_summaries(store, labels, members):
                summaries[onto.class_of_id(row[0])].append(row)
    for label in wanted_labels:
        for node_id, name, degree, betweenness in summaries.get(label, []):
            props = {"name": name, "degree": degree, "betweenness": betweenness}
            nodes[node_id] = ViewNode(
                node_id, label, name or node_id, {k: v for k, v in props.items() if v is not None}
            )
    edges: list[ViewEdge] = []
    names = {node_id: node.name for node_id, node in nodes.items()}
    region_links: dict[str, set[str]] = defaultdict(set)
    industry_links: dict[str, set[str]] = defaultdict(set)
    # Only the relationships among the nodes (and the facets' links, which name a node's region or industry
    # whether drawn or not) are read, not every target of every plan carried.
    facet_links = {*region_of, *industry_of}
    if selected is None:
        found = [link for label in by_label(store, nodes) for link in read.links(store, label)]
    else:
        found = read.links_among(store, nodes, nodes, facet_links)
    for link in found:
        if link.type in region_of:
            region_links[link.source].add(link.target)
            names.setdefault(link.target, link.target_name)
        elif link.type in industry_of:
            industry_links[link.source].add(link.target)
            names.setdefault(link.target, link.target_name)
        if link.target in nodes:
            edges.append(ViewEdge(link.source, link.target, link.type))
    edges.sort(key=lambda e: (e.source, e.type, e.target))
    _facets(store, nodes, edges, names, region_links, industry_links)
    return ViewGraph(nodes, edges, names)


DETAILS_CARRIED = 3_000  # a page carrying more nodes than this reads details of the ones it draws at first only


def add_details(store: GraphStore, graph: ViewGraph, first: Iterable[str] | None = None) -> None:
    """Read the properties and evidence of the nodes and relationships a view draws (group nodes have none).

    When the page carries more than ``DETAILS_CARRIED`` nodes, only those of ``first`` (drawn at first) get
    their evidence; the others show their name, type and centrality until drawn by a view of their own.
    """
    plan_names = read.plan_names(store)
    real = [node_id for node_id, node in graph.nodes.items() if not node.props.get("group")]
    drawn = list(real)
    if first is not None and len(real) > DETAILS_CARRIED:
        wanted = set(first)
        real = [node_id for node_id in real if node_id in wanted]
    edges = {(e.source, e.type, e.target): e for e in graph.edges}
    for link in read.links_among(store, real, drawn, evidence=True):  # only the drawn edges' evidence
        edge = edges.get((link.source, link.type, link.target))
        if edge is not None:
            cited = _citations(plan_names, link.evidence)
            edge.evidence, edge.mentions = cited[:EVIDENCE_SHOWN], len(cited)
    for labels, members in read.grouped(store, by_label(store, real)):
        for node_id, props in read.node_properties(store, labels, members).items():
            graph.nodes[node_id].props = props
        cited_by_node: dict[str, list[Citation]] = defaultdict(list)
        for node_id, items in read.mentions(store, labels, members):
            cited_by_node[node_id].extend(_citations(plan_names, items))
        for node_id, cited in cited_by_node.items():
            cited.sort()
            graph.nodes[node_id].evidence = cited[:EVIDENCE_SHOWN]
            graph.nodes[node_id].mentions = len(cited)


def _tree(store: GraphStore, label: str, rel_type: str) -> tuple[dict[str, str], dict[str, str]]:
    """child -> parent links of a facet's tree (regions by PART_OF, industries by BROADER), and their names."""
    parent: dict[str, str] = {}
    names: dict[str, str] = {}
    for child, par, child_name, parent_name in read.tree(store, label, rel_type):
        parent.setdefault(child, par)
        names[child], names[par] = child_name, parent_name
    return parent, names


def _with_ancestors(start: Iterable[str], parent: dict[str, str]) -> list[str]:
    """The given ids followed by their ancestors, each once, nearest first."""
    seen: list[str] = []
    for node_id in sorted(start):
        current: str | None = node_id
        while current is not None and current not in seen:
            seen.append(current)
            current = parent.get(current)
    return seen


def _facets(
    store: GraphStore,
    nodes: dict[str, ViewNode],
    edges: list[ViewEdge],
    names: dict[str, str],
    region_links: dict[str, set[str]],
    industry_links: dict[str, set[str]],
) -> None:
    """Give each node the regions and industries the page filters on.

    A node's own links decide (a firm's LOCATED_IN, a plan's APPLIES_TO, a firm's IN_INDUSTRY); a region or
    industry node belongs to itself; nodes with no region of their own (industries, indicators) take the
    regions of the drawn nodes next to them, so filtering on a city keeps the chains its firms are on.
    """
    region, industry = store.ontology.facet("region"), store.ontology.facet("industry")
    region_parent, region_names = _tree(store, region.label, region.hierarchy)
    industry_parent, industry_names = _tree(store, industry.label, industry.hierarchy)
    for node_id, name in (*region_names.items(), *industry_names.items()):
        names.setdefault(node_id, name)
    for node in nodes.values():
        own_regions = set(region_links.get(node.id, ()))
        own_industries = set(industry_links.get(node.id, ()))
        if node.label == region.label:
            own_regions.add(node.id)
        if node.label == industry.label:
            own_industries.add(node.id)
        node.regions = _with_ancestors(own_regions, region_parent)
        node.industries = _with_ancestors(own_industries, industry_parent)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    inherited = {
        node.id: sorted({r for other in neighbours[node.id] for r in nodes[other].regions})
        for node in nodes.values()
        if not node.regions
    }
    for node_id, regions in inherited.items():
        nodes[node_id].regions = regions
