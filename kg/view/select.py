"""Which nodes a view draws: the whole graph, a query's answer, an entity's neighbourhood, a region or chain.

A neighbourhood stops at hubs: a node past the start with more than ``HUB_DEGREE`` relationships (a city with
hundreds of firms) is drawn but not walked through, so ``--focus <firm> --depth 2`` draws the firm's world,
not its city's; the view stands the hub's neighbours in for group nodes that open on request.

Each selector turns the user's words into node ids through the store's read side (names, aliases and codes
are always parameters); the region and industry selectors are the ontology's facets (``kgo:regionFacet``,
``kgo:industryFacet``: their class, tree, member links and context). Selectors combine by intersection, so
``--region 天门市 --industry 生物医药`` draws the biomedicine chain in 天门市.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.errors import QueryError
from kg.ontology import Facet
from kg.queries import query_ids
from kg.store import read
from kg.store.base import GraphStore

HUB_DEGREE = 60  # a neighbourhood walk does not go through a node with more relationships than this


@dataclass
class Chosen:
    """What a selection chose: node ids (None: the whole graph), hubs it did not walk through, its anchors
    (the focus entity, the chain and region named), and the classes it asks to draw at first (none: the
    view's default)."""

    ids: set[str] | None
    hubs: set[str] = field(default_factory=set)
    anchors: set[str] = field(default_factory=set)
    types: tuple[str, ...] = ()


@dataclass
class Selection:
    """What to draw. Empty selectors mean "everything"; ``labels`` restricts the result to node types."""

    query: str | None = None
    query_params: dict[str, str] = field(default_factory=dict)
    focus: str | None = None
    depth: int = 1
    region: str | None = None
    industry: str | None = None
    labels: tuple[str, ...] = ()
    chain: str | None = None

    def describe(self) -> str:
        """One line for the page and the command line saying what was drawn."""
        parts = []
        if self.query:
            shown = ", ".join(f"{k}={v}" for k, v in sorted(self.query_params.items()))
            parts.append(f"query {self.query}" + (f" ({shown})" if shown else ""))
        if self.focus:
            parts.append(f"neighbourhood of {self.focus} (depth {self.depth})")
        if self.region:
            parts.append(f"region {self.region}")
        if self.industry:
            parts.append(f"industry {self.industry}")
        if self.chain:
            parts.append(f"chain {self.chain}")
        if self.labels:
            parts.append("types " + ", ".join(self.labels))
        return "; ".join(parts) or "whole graph"


def resolve(store: GraphStore, text: str, label: str | None = None) -> list[str]:
    """Ids of nodes whose name, alias, id or region code is ``text`` (of ``label`` when given)."""
    found = read.find_by_name(store, text.strip(), label)
    if not found:
        what = f"{store.ontology.node_class(label).label_en.lower()} " if label else "entity "
        raise QueryError(f"no {what}named {text!r} in the graph", "names, aliases, ids and region codes are matched")
    return found


def _hop(store: GraphStore, ids: Iterable[str], rel_types: Iterable[str] | None, direction: str) -> dict[str, str]:
    """Nodes one step from ``ids`` (``out``, ``in`` or ``both``) -> their id's label; never through evidence."""
    return {
        node_id: store.ontology.class_of_id(node_id) for node_id in read.neighbours(store, ids, rel_types, direction)
    }


def _descendants(store: GraphStore, roots: list[str], rel_type: str) -> set[str]:
    """``roots`` and everything below them in a facet's tree (regions by PART_OF, industries by BROADER)."""
    seen, frontier = set(roots), set(roots)
    while frontier:
        frontier = set(_hop(store, frontier, [rel_type], "in")) - seen
        seen |= frontier
    return seen


def _facet_members(store: GraphStore, facet: Facet, text: str) -> tuple[set[str], set[str]]:
    """The facet values ``text`` names with the ones below them, and the nodes in those values."""
    values = _descendants(store, resolve(store, text, facet.label), facet.hierarchy)
    return values, set(_hop(store, values, facet.links, "in"))


def _neighbourhood(store: GraphStore, start: set[str], depth: int) -> tuple[set[str], set[str]]:
    """Nodes up to ``depth`` steps from ``start``, and the hubs reached but not walked through."""
    reached, frontier, hubs = set(start), set(start), set()
    for _ in range(depth):
        walk = frontier
        if frontier - start:
            heavy = {n for n, d in read.degrees(store, frontier - start).items() if d > HUB_DEGREE}
            hubs |= heavy
            walk = frontier - heavy
        frontier = set(_hop(store, walk, None, "both")) - reached if walk else set()
        reached |= frontier
    return reached, hubs & reached


def _chain(store: GraphStore, text: str) -> Chosen:
    """A chain, its sub-chains, and on them what the ontology's ``kgo:chainView`` names (firms, platforms,
    universities, targets) with the places they are in."""
    industry, region = store.ontology.facet("industry"), store.ontology.facet("region")
    chains, members = _facet_members(store, industry, text)
    wanted = set(store.ontology.group("chainView"))
    members = {m for m in members if store.ontology.class_of_id(m) in wanted}
    places = set(_hop(store, members, region.links, "out"))
    types = tuple(sorted(wanted | {industry.label, region.label}))
    return Chosen(chains | members | places, anchors=set(resolve(store, text, industry.label)), types=types)


def select(store: GraphStore, selection: Selection) -> Chosen:
    """What ``selection`` chooses; selectors combine by intersection (see the module's docstring)."""
    chosen: set[str] | None = None
    extra: set[str] = set()  # anchors and context, added after the intersection
    hubs: set[str] = set()
    anchors: set[str] = set()
    types: tuple[str, ...] = ()

    def narrow(ids: set[str]) -> None:
        nonlocal chosen
        chosen = ids if chosen is None else chosen & ids

    if selection.chain:
        picked = _chain(store, selection.chain)
        narrow(picked.ids or set())
        anchors |= picked.anchors
        extra |= picked.anchors
        types = picked.types
    if selection.query:
        narrow(query_ids(store, selection.query, selection.query_params))
        types = tuple(store.ontology.classes)  # the answer is what was asked for: every type in it is drawn
    if selection.focus:
        start = set(resolve(store, selection.focus))
        reached, hubs = _neighbourhood(store, start, selection.depth)
        narrow(reached)
        extra |= start
        anchors |= start
        base = set(types or store.ontology.group("innovationMap"))
        types = tuple(sorted(base | {store.ontology.class_of_id(s) for s in start}))
    region, industry = store.ontology.facet("region"), store.ontology.facet("industry")
    # (facet, the values selected with the ones below them); values outside a selected facet are not context
    chosen_facets: list[tuple[Facet, set[str]]] = []
    for facet, text in ((region, selection.region), (industry, selection.industry)):
        if text:
            values, core = _facet_members(store, facet, text)
            narrow(core)
            extra |= values
            chosen_facets.append((facet, values))
    if chosen is None:
        return Chosen(None)
    if chosen_facets:
        context: dict[str, str] = {}
        for facet, _ in chosen_facets:
            context |= _hop(store, chosen, facet.context, "out")
        for node_id, label in context.items():
            if any(label == facet.label and values and node_id not in values for facet, values in chosen_facets):
                continue
            extra.add(node_id)
    ids = chosen | extra
    return Chosen(ids, hubs & ids, anchors, types)


def select_ids(store: GraphStore, selection: Selection) -> set[str] | None:
    """The node ids to draw, or None for "all nodes" (then only ``selection.labels`` restricts)."""
    return select(store, selection).ids
