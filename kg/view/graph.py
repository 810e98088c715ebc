"""The part of the store a view draws, read into plain Python: nodes, relationships, evidence and facets.

The view needs more than the analytics graph: every property (for the hover card), the evidence sentences
with their plan and section, and for each node the regions and industries it belongs to (for the page's
filters), including ones reached through the region tree (掇刀区 is in 荆门市) and the industry tree. All of
it is read with parameterised Cypher, label by label, so that both backends use their ``id`` index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.store.base import GraphStore
from kg.store.cypher import MENTIONED_IN, quote_name

EVIDENCE_SHOWN = 3  # evidence items kept per node or edge for the hover card; the total is kept as a count
REGION_OF = ("LOCATED_IN", "APPLIES_TO")  # relationships that put a node in a region
INDUSTRY_OF = ("IN_INDUSTRY", "PRIORITISES")  # relationships that put a node on an industry or chain


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


@dataclass
class ViewEdge:
    source: str
    target: str
    type: str
    evidence: list[Citation] = field(default_factory=list)
    mentions: int = 0
    count: int = 1  # relationships this edge stands for (more than one once groups are drawn)


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


def _citations(plan_names: dict[str, str], row: dict[str, Any]) -> list[Citation]:
    """Parallel evidence lists of a relationship (one item per evidence) as citations, in text order."""
    documents = row.get("document") or []
    sections, starts, texts = row.get("section") or [], row.get("start") or [], row.get("text") or []
    items = {
        Citation(plan_names.get(doc, doc), sec or "", int(start or 0), text or "")
        for doc, sec, start, text in zip(documents, sections, starts, texts, strict=False)
    }
    return sorted(items)


def read_view_graph(store: GraphStore, ids: set[str] | None = None, labels: Iterable[str] | None = None) -> ViewGraph:
    """The skeleton of what to draw: nodes ``ids`` (all when None, optionally only of ``labels``) with their
    names, stored centrality and facets, and the relationships among them, without evidence.

    Properties and evidence are read by :func:`add_details` once the view has decided which nodes it keeps,
    so reducing a graph of a million nodes to a thousand never reads the evidence of the other 999,000.
    """
    onto = store.ontology
    wanted_labels = sorted(labels) if labels else list(onto.node_labels)
    selected = by_label(store, ids) if ids is not None else None
    nodes: dict[str, ViewNode] = {}
    for label in wanted_labels:
        quoted = quote_name(onto, label)
        columns = "n.id AS id, n.name AS name, n.degree AS degree, n.betweenness AS betweenness"
        if selected is None:
            rows = store.read(f"MATCH (n:{quoted}) RETURN {columns}").rows
        elif selected.get(label):
            rows = store.read(f"MATCH (n:{quoted}) WHERE n.id IN $ids RETURN {columns}", {"ids": selected[label]}).rows
        else:
            continue
        for node_id, name, degree, betweenness in rows:
            props = {"name": name, "degree": degree, "betweenness": betweenness}
            nodes[node_id] = ViewNode(
                node_id, label, name or node_id, {k: v for k, v in props.items() if v is not None}
            )
    edges: list[ViewEdge] = []
    names = {node_id: node.name for node_id, node in nodes.items()}
    region_links: dict[str, set[str]] = defaultdict(set)
    industry_links: dict[str, set[str]] = defaultdict(set)
    for label, members in by_label(store, nodes).items():
        quoted = quote_name(onto, label)
        match = f"MATCH (a:{quoted})-[r]->(b) WHERE type(r) <> $mentioned"
        params: dict[str, Any] = {"mentioned": MENTIONED_IN}
        if selected is not None:
            match += " AND a.id IN $ids"
            params["ids"] = members
        rows = store.read(f"{match} RETURN a.id AS a, type(r) AS type, b.id AS b, b.name AS name", params).rows
        for source, rel_type, target, target_name in rows:
            if rel_type in REGION_OF:
                region_links[source].add(target)
                names.setdefault(target, target_name)
            elif rel_type in INDUSTRY_OF:
                industry_links[source].add(target)
                names.setdefault(target, target_name)
            if target in nodes:
                edges.append(ViewEdge(source, target, rel_type))
    edges.sort(key=lambda e: (e.source, e.type, e.target))
    _facets(store, nodes, edges, names, region_links, industry_links)
    return ViewGraph(nodes, edges, names)


def add_details(store: GraphStore, graph: ViewGraph) -> None:
    """Read the properties and evidence of the nodes and relationships a view draws (group nodes have none)."""
    onto = store.ontology
    plan_names = dict(store.read("MATCH (p:Plan) RETURN p.id AS id, p.name AS name").rows)
    real = [node_id for node_id, node in graph.nodes.items() if not node.props.get("group")]
    edges = {(e.source, e.type, e.target): e for e in graph.edges}
    evidence_columns = "r.document AS document, r.section AS section, r.start AS start, r.text AS text"
    for label, members in by_label(store, real).items():
        quoted = quote_name(onto, label)
        params = {"ids": members}
        for node_id, props in store.read(
            f"MATCH (n:{quoted}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props", params
        ).rows:
            graph.nodes[node_id].props = props
        rows = store.read(
            f"MATCH (a:{quoted})-[r]->(b) WHERE a.id IN $ids AND type(r) <> $mentioned "
            f"RETURN a.id AS a, b.id AS b, type(r) AS type, {evidence_columns}",
            {**params, "mentioned": MENTIONED_IN},
        ).records()
        for row in rows:
            edge = edges.get((row["a"], row["type"], row["b"]))
            if edge is not None:
                cited = _citations(plan_names, row)
                edge.evidence, edge.mentions = cited[:EVIDENCE_SHOWN], len(cited)
        rows = store.read(
            f"MATCH (a:{quoted})-[r:{quote_name(onto, MENTIONED_IN)}]->(p:Plan) "
            f"WHERE a.id IN $ids RETURN a.id AS a, {evidence_columns}",
            params,
        ).records()
        cited_by_node: dict[str, list[Citation]] = defaultdict(list)
        for row in rows:
            cited_by_node[row["a"]].extend(_citations(plan_names, row))
        for node_id, cited in cited_by_node.items():
            cited.sort()
            graph.nodes[node_id].evidence = cited[:EVIDENCE_SHOWN]
            graph.nodes[node_id].mentions = len(cited)


def _tree(store: GraphStore, label: str, rel_type: str) -> tuple[dict[str, str], dict[str, str]]:
    """child -> parent links of the region tree (PART_OF) or the industry tree (BROADER), and their names."""
    onto = store.ontology
    quoted = quote_name(onto, label)
    rows = store.read(
        f"MATCH (c:{quoted})-[:{quote_name(onto, rel_type)}]->(p:{quoted}) "
        "RETURN c.id AS c, p.id AS p, c.name AS cn, p.name AS pn ORDER BY c, p"
    ).rows
    parent: dict[str, str] = {}
    names: dict[str, str] = {}
    for child, par, child_name, parent_name in rows:
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
    region_parent, region_names = _tree(store, "Region", "PART_OF")
    industry_parent, industry_names = _tree(store, "Industry", "BROADER")
    for node_id, name in (*region_names.items(), *industry_names.items()):
        names.setdefault(node_id, name)
    for node in nodes.values():
        own_regions = set(region_links.get(node.id, ()))
        own_industries = set(industry_links.get(node.id, ()))
        if node.label == "Region":
            own_regions.add(node.id)
        if node.label == "Industry":
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
