"""Which nodes a view draws: the whole graph, a query's answer, an entity's neighbourhood, a region or chain.

Each selector turns the user's words into node ids with parameterised Cypher (names, aliases and codes are
always parameters; labels and relationship types come from the ontology). Selectors combine by
intersection, so ``--region 天门市 --industry 生物医药`` draws the biomedicine chain in 天门市.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.errors import QueryError
from kg.store.base import GraphStore
from kg.store.cypher import MENTIONED_IN, quote_name
from kg.view.graph import INDUSTRY_OF, REGION_OF, by_label

# What a region or industry selection pulls in around its members, so the picture is not a cloud of
# unconnected firms: the chains and indicators they point to, or the places they are in.
CONTEXT_OF_REGION = ("IN_INDUSTRY", "PRIORITISES", "MEASURES")
CONTEXT_OF_INDUSTRY = REGION_OF


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
        if self.labels:
            parts.append("types " + ", ".join(self.labels))
        return "; ".join(parts) or "whole graph"


def _rel_types(store: GraphStore, names: Iterable[str]) -> str:
    """``A|B`` for a relationship pattern, each type checked against the ontology."""
    return "|".join(quote_name(store.ontology, name) for name in names)


def resolve(store: GraphStore, text: str, label: str | None = None) -> list[str]:
    """Ids of nodes whose name, alias, id or region code is ``text`` (of ``label`` when given)."""
    quoted = f":{quote_name(store.ontology, label)}" if label else ""
    rows = store.read(
        f"MATCH (n{quoted}) WHERE n.name = $text OR n.id = $text OR n.code = $text OR $text IN n.aliases "
        "RETURN n.id AS id ORDER BY id",
        {"text": text.strip()},
    ).rows
    if not rows:
        what = f"{store.ontology.node_class(label).label_en.lower()} " if label else "entity "
        raise QueryError(f"no {what}named {text!r} in the graph", "names, aliases, ids and region codes are matched")
    return [row[0] for row in rows]


def _hop(store: GraphStore, ids: Iterable[str], rel_types: Iterable[str] | None, direction: str) -> dict[str, str]:
    """Nodes one step from ``ids`` (``out``, ``in`` or ``both``) -> their id's label; never through evidence."""
    found: dict[str, str] = {}
    types = f":{_rel_types(store, rel_types)}" if rel_types else ""
    left, right = {"out": ("-", "->"), "in": ("<-", "-"), "both": ("-", "-")}[direction]
    for label, members in by_label(store, ids).items():
        rows = store.read(
            f"MATCH (a:{quote_name(store.ontology, label)}){left}[r{types}]{right}(b) "
            "WHERE a.id IN $ids AND type(r) <> $mentioned RETURN DISTINCT b.id AS id",
            {"ids": members, "mentioned": MENTIONED_IN},
        ).rows
        for (node_id,) in rows:
            found[node_id] = store.ontology.class_of_id(node_id)
    return found


def _descendants(store: GraphStore, roots: list[str], rel_type: str) -> set[str]:
    """``roots`` and everything below them in the region (PART_OF) or industry (BROADER) tree."""
    seen, frontier = set(roots), set(roots)
    while frontier:
        frontier = set(_hop(store, frontier, [rel_type], "in")) - seen
        seen |= frontier
    return seen


def select_ids(store: GraphStore, selection: Selection) -> set[str] | None:
    """The node ids to draw, or None for "all nodes" (then only ``selection.labels`` restricts)."""
    chosen: set[str] | None = None
    extra: set[str] = set()  # anchors and context, added after the intersection

    def narrow(ids: set[str]) -> None:
        nonlocal chosen
        chosen = ids if chosen is None else chosen & ids

    if selection.query:
        narrow(query_ids(store, selection.query, selection.query_params))
    if selection.focus:
        start = set(resolve(store, selection.focus))
        reached = set(start)
        frontier = set(start)
        for _ in range(selection.depth):
            frontier = set(_hop(store, frontier, None, "both")) - reached
            reached |= frontier
        narrow(reached)
        extra |= start
    regions: set[str] = set()
    industries: set[str] = set()
    if selection.region:
        regions = _descendants(store, resolve(store, selection.region, "Region"), "PART_OF")
        core = set(_hop(store, regions, REGION_OF, "in"))
        narrow(core)
        extra |= regions
    if selection.industry:
        industries = _descendants(store, resolve(store, selection.industry, "Industry"), "BROADER")
        core = set(_hop(store, industries, INDUSTRY_OF, "in"))
        narrow(core)
        extra |= industries
    if chosen is None:
        return None
    if selection.region or selection.industry:
        context: dict[str, str] = {}
        if selection.region:
            context |= _hop(store, chosen, CONTEXT_OF_REGION, "out")
        if selection.industry:
            context |= _hop(store, chosen, CONTEXT_OF_INDUSTRY, "out")
        for node_id, label in context.items():
            if label == "Region" and regions and node_id not in regions:
                continue
            if label == "Industry" and industries and node_id not in industries:
                continue
            extra.add(node_id)
    return chosen | extra


def query_ids(store: GraphStore, name: str, params: dict[str, str]) -> set[str]:
    """The nodes a canned query (or script) names in its answer: every returned value that is a node's name or id."""
    from kg.queries import run_query

    result = run_query(store, name, params)
    words: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    for row in result.rows:
        collect(row)
    if not words:
        raise QueryError(f"query {name} returned no names to draw", "try other parameters")
    rows = store.read(
        "MATCH (n) WHERE n.name IN $words OR n.id IN $words RETURN n.id AS id", {"words": sorted(words)}
    ).rows
    return {row[0] for row in rows}
