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

from collections.abc import Iterable
from typing import Any

from kg.batching import batched
from kg.store.base import GraphStore
from kg.store.names import quote_name

LINKS = "kg_links"  # relationships of the node, evidence links not counted
KEPT = frozenset({LINKS})  # every property kg keeps for itself

# Rows per statement when the counts are set or recounted.
BATCH = 10_000


def public(props: dict[str, Any]) -> dict[str, Any]:
    """A node's properties without kg's bookkeeping (the same dict when it holds none)."""
    if LINKS not in props:
        return props
    return {key: value for key, value in props.items() if key not in KEPT}


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
        f"OPTIONAL MATCH ({var})<-[r]-() WHERE type(r) <> $evidence WITH {var}, outgoing + count(r) AS links"
    )


def recount(store: GraphStore, nodes: Iterable[tuple[str, str]], batch_size: int = BATCH) -> int:
    """Count again, in the store, the relationships of ``nodes`` ((label, id) pairs; ones no longer in the
    graph are skipped) and keep the count; returns how many were asked for."""
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
    return asked
