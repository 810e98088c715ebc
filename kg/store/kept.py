"""What the store keeps on each node at build time so that big reads are lookups: its degree.

``kg view`` of the whole graph ranks nodes by how many relationships they have (evidence links aside). Counting
them at read time visits every relationship of every candidate: at 10^6 nodes that was minutes on the embedded
store (FalkorDB has no cheaper degree than matching) and seconds on Neo4j. So every node carries the count as a
property (:data:`LINKS`), and the ranking is ``ORDER BY n.<LINKS> DESC LIMIT k``.

The count is bookkeeping, not a fact: the ontology does not define it, so this module is the one place that
names it, and :func:`public` takes it out of whatever reads a node's properties for a user (the RDF export,
query answers, the view's hover card, the update's comparison with the planned graph).

Every path that writes relationships keeps it right:
- the bulk paths (GRAPH.BULK, neo4j-admin import) count it in Python while :class:`kg.store.bulk.Numbering`
  walks the facts (it sees every relationship once) and :func:`write_counted` sets it after the import;
- the UNWIND path (:func:`kg.store.cypher.load_facts`) and the update path (:func:`kg.store.difference.apply`)
  count again, in the store, the nodes they touched (:func:`recount`).

A graph built before the count existed has nodes without it; readers then count as before (see
:func:`kg.store.read.central_nodes`) until the graph is built again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kg.batching import batched
from kg.store.base import GraphStore
from kg.store.names import quote_labels, quote_name

PREFIX = "kg_"  # every property kg keeps for itself starts so; the ontology's never do
LINKS = f"{PREFIX}links"  # relationships of the node, evidence links not counted
# A node with more relationships than this is a hub: per label of its neighbours it keeps how many distinct
# ones it has and the first HUB of them by id, so a view never reads a hub's 100,000 firms to carry five.
HUB = 100

# Rows per statement when the counts are set or recounted.
BATCH = 10_000


def near(label: str) -> str:
    """The property of a hub holding how many distinct neighbours of ``label`` it has."""
    return f"{PREFIX}near_{label}"


def first(label: str) -> str:
    """The property of a hub holding the ids of its first :data:`HUB` neighbours of ``label``, sorted."""
    return f"{PREFIX}first_{label}"


def public(props: dict[str, Any]) -> dict[str, Any]:
    """A node's properties without kg's bookkeeping (the same dict when it holds none)."""
    if not any(key.startswith(PREFIX) for key in props):
        return props
    return {key: value for key, value in props.items() if not key.startswith(PREFIX)}


def properties(var: str = "n") -> str:
    """A Cypher expression for ``var``'s properties without kg's bookkeeping, as [key, value] pairs (with the
    prefix as ``$kept_prefix``, see :data:`PARAMS`): a hub's kept lists are most of its properties, and were
    most of what reading a view's cities cost. :func:`as_dict` makes the dict."""
    return f"[k IN keys({var}) WHERE NOT k STARTS WITH $kept_prefix | [k, {var}[k]]]"


PARAMS = {"kept_prefix": PREFIX}


def as_dict(pairs: list[list[Any]]) -> dict[str, Any]:
    """The properties :func:`properties` read, as a dict."""
    return {key: value for key, value in pairs}


def _set_statement(store: GraphStore, label: str) -> str:
    return f"UNWIND $rows AS row MATCH (n:{quote_name(store.ontology, label)} {{id: row[0]}}) SET n.{LINKS} = row[1]"


def write_counted(store: GraphStore, counted: Iterable[tuple[str, str, int]], batch_size: int = BATCH) -> int:
    """Set the count on nodes, from (label, id, count) rows counted outside the store; returns the nodes set.

    Rows are sent per label as each label's batch fills, so memory holds a batch per label, not a row per node.
    """
    buffers: dict[str, list[list[Any]]] = {}
    written = 0

    def send(label: str) -> None:
        nonlocal written
        rows = buffers.pop(label, [])
        if rows:
            store.write(_set_statement(store, label), {"rows": rows})
            written += len(rows)

    for label, node_id, links in counted:
        rows = buffers.setdefault(label, [])
        rows.append([node_id, links])
        if len(rows) >= batch_size:
            send(label)
    for label in list(buffers):
        send(label)
    return written


# Nodes per statement when the counts are set by node number: a list of small integers is cheap to send.
NUMBERED_BATCH = 100_000


def write_numbered(store: GraphStore, links: Sequence[int], batch_size: int = NUMBERED_BATCH) -> int:
    """Set the count on nodes whose store ids are their numbers (``links[number]``); returns the nodes set.

    For the embedded store right after ``GRAPH.BULK`` has made a new graph: it gives nodes the ids 0, 1, 2…
    in the order their records arrive (its relationship records name their ends by those ids), which is
    the walk's numbering. A range of ids is a seek, and the counts travel as one list of integers, so at
    10^6 nodes this took 1.5 s where :func:`write_counted` (a million id strings, each matched through the
    index) took 21 s (bench/RESULTS.notes.md).
    """
    statement = f"MATCH (n) WHERE id(n) >= $first AND id(n) < $end SET n.{LINKS} = $links[id(n) - $first]"
    for first in range(0, len(links), batch_size):
        chunk = list(links[first : first + batch_size])
        store.write(statement, {"first": first, "end": first + len(chunk), "links": chunk})
    return len(links)


def count_expression(store: GraphStore, var: str = "n") -> str:
    """``WITH var, … AS links``: ``var``'s relationships besides evidence links (``$evidence``), counted in the
    store; a relationship from a node to itself counts twice, as one out of it and one into it."""
    onto = store.ontology
    types = [quote_name(store.ontology, name) for name in sorted(onto.relations) if name != onto.evidence_relation]
    counted = store.degree_count(var, types)
    if counted:
        return f"WITH {var}, {counted} AS links"
    return (
        f"OPTIONAL MATCH ({var})-[r]->() WHERE type(r) <> $evidence WITH {var}, count(r) AS outgoing "
        f"OPTIONAL MATCH ({var})<-[s]-() WHERE type(s) <> $evidence WITH {var}, outgoing, count(s) AS incoming "
        f"WITH {var}, outgoing + incoming AS links"
    )


def recount(store: GraphStore, nodes: Iterable[tuple[str, str]], batch_size: int = BATCH) -> int:
    """Count again, in the store, the relationships of ``nodes`` ((label, id) pairs; ones no longer in the
    graph are skipped) and keep the count, and what a hub keeps (:func:`keep_hubs`); returns how many were
    asked for."""
    by_label: dict[str, set[str]] = {}
    for label, node_id in nodes:
        by_label.setdefault(label, set()).add(node_id)
    asked = 0
    evidence = store.ontology.evidence_relation
    for label, ids in sorted(by_label.items()):
        statement = (
            f"UNWIND $ids AS id MATCH (n:{quote_name(store.ontology, label)} {{id: id}}) "
            f"{count_expression(store)} SET n.{LINKS} = links"
        )
        for chunk in batched(sorted(ids), batch_size):
            store.write(statement, {"ids": chunk, "evidence": evidence})
            asked += len(chunk)
    keep_hubs(store, by_label, clear=True)
    return asked


def neighbour_rows(store: GraphStore, label: str | tuple[str, ...], ids: list[str], cap: int) -> list[Any]:
    """(id, neighbour label, distinct neighbours of that label, the first ``cap`` of them by id) for each node
    ``ids`` of ``label`` (one, or several where the store's ``label_union`` is set) and each label of its
    neighbours, evidence links aside, counted in the store."""
    return store.read_small(
        f"UNWIND $ids AS id MATCH (n:{quote_labels(store.ontology, label)} {{id: id}}) "
        "MATCH (n)-[r]-(b) WHERE type(r) <> $evidence "
        "WITH DISTINCT n.id AS a, labels(b)[0] AS kind, b.id AS b ORDER BY a, kind, b "
        "WITH a, kind, collect(b) AS bs",
        ["a", "kind", "size(bs)", "bs[..$cap]"],
        {"ids": ids, "evidence": store.ontology.evidence_relation, "cap": int(cap)},
    )


# Hubs whose neighbours are read and sorted in one statement: a few hundred thousand rows at 10^6 nodes.
HUBS_PER_STATEMENT = 20


def keep_hubs(store: GraphStore, nodes: dict[str, Iterable[str]], clear: bool = False) -> int:
    """Keep on each hub among ``nodes`` (ids by label) how many distinct neighbours of each label it has and
    the first :data:`HUB` of them by id (:func:`near`, :func:`first`); with ``clear``, first remove what the
    nodes kept before (their neighbours changed, or they are no longer hubs). Returns the hubs kept."""
    onto = store.ontology
    kinds = onto.node_labels
    kept = 0
    for label, ids in sorted(nodes.items()):
        ids = sorted(ids)
        node = f"(n:{quote_name(onto, label)} {{id: id}})"
        hubs: list[str] = []
        for chunk in batched(ids, BATCH):
            if clear:
                unset = ", ".join(f"n.`{prop(kind)}` = null" for kind in kinds for prop in (near, first))
                store.write(f"UNWIND $ids AS id MATCH {node} SET {unset}", {"ids": chunk})
            found = store.read(f"UNWIND $ids AS id MATCH {node} WHERE n.{LINKS} > $hub RETURN n.id", {
                "ids": chunk, "hub": HUB}).rows  # fmt: skip
            hubs.extend(row[0] for row in found)
        for chunk in batched(hubs, HUBS_PER_STATEMENT):
            write_hubs(store, ((label, *row) for row in neighbour_rows(store, label, chunk, HUB)))
        kept += len(hubs)
    return kept


def write_hubs(store: GraphStore, rows: Iterable[tuple[str, str, str, int, list[str]]]) -> None:
    """Keep on hubs what :func:`keep_hubs` keeps, from (label, id, neighbour label, distinct neighbours of that
    label, the first ids) rows counted outside the store (:meth:`kg.store.bulk.Numbering.hub_neighbours`)."""
    grouped: dict[tuple[str, str], list[list[Any]]] = {}
    for label, node_id, kind, total, first_ids in rows:
        grouped.setdefault((label, kind), []).append([node_id, int(total), list(first_ids)])
    for (label, kind), found in sorted(grouped.items()):
        statement = (
            f"UNWIND $rows AS row MATCH (n:{quote_name(store.ontology, label)} {{id: row[0]}}) "
            f"SET n.`{near(kind)}` = row[1], n.`{first(kind)}` = row[2]"
        )
        for chunk in batched(found, 500):
            store.write(statement, {"rows": chunk})


# The keys this module keeps (kg.store.kept_chains keeps others under the same prefix).
OWN = (LINKS, f"{PREFIX}near_", f"{PREFIX}first_")


def kept_values(store: GraphStore) -> dict[str, dict[str, Any]]:
    """What every node keeps (its :data:`LINKS`, and a hub's :func:`near` and :func:`first`), by id: for
    checking them against a fresh count (tests) and for looking at them."""
    found: dict[str, dict[str, Any]] = {}
    for label in store.ontology.node_labels:
        rows = store.read_values(f"MATCH (n:{quote_name(store.ontology, label)})", ["n.id", "properties(n)"])
        for node_id, props in rows:
            found[node_id] = {key: value for key, value in props.items() if key.startswith(OWN)}
    return found
