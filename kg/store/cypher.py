"""Facts to Cypher: the named write statements and the batched writer (the read side is :mod:`kg.store.read`).

Every write is ``UNWIND $rows AS row`` over a batch sent as one parameter, so values never enter the
statement text and a batch of thousands costs one round trip. Labels and relationship types are spliced into
the text (Cypher cannot parameterise them), so they pass through :func:`kg.store.names.quote_name`, which
accepts only names the ontology defines. The statements run unchanged on Neo4j and FalkorDB: relationships are
matched with two ``MATCH`` clauses (fast on both), and no backend-specific syntax is used.

Idempotence: nodes are merged on ``id``; aliases are unioned; relationship evidence is kept as parallel
lists (one item per evidence) and replaced per document, so loading the same facts twice changes nothing and
re-loading one plan refreshes only that plan's evidence.
"""

from __future__ import annotations

import operator
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.batching import batched
from kg.facts import Entity, Evidence, Fact, Relation
from kg.interrupts import held_interrupt
from kg.ontology import Ontology
from kg.store import kept_chains, kept_plans
from kg.store.base import LoadReport
from kg.store.kept import recount
from kg.store.names import quote_name, quote_property

if TYPE_CHECKING:
    from kg.store.base import GraphStore

MENTIONED_IN = "MENTIONED_IN"
__all__ = ["MENTIONED_IN", "LoadReport", "batched", "load_facts", "mentions", "node_upsert", "quote_name",
           "quote_property", "relation_upsert", "set_node_properties"]  # fmt: skip


def node_upsert(ontology: Ontology, label: str) -> str:
    """Merge a batch of nodes of one label on ``id``; set properties; union aliases on a re-load."""
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{quote_name(ontology, label)} {{id: row.id}})\n"
        "ON CREATE SET n += row.props, n.aliases = row.aliases\n"
        "ON MATCH SET n += row.props,\n"
        "    n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases"
    )


def relation_upsert(ontology: Ontology, rel_type: str, from_label: str, to_label: str) -> str:
    """Merge a batch of relationships of one type between two labels; replace evidence per document.

    A new relationship takes the row's evidence as it is. On a re-load, every evidence list keeps the items
    of other documents and takes this load's items for the documents in the row; the list of documents is
    rewritten last, because the items are kept or dropped by looking it up.
    """
    keys = ontology.evidence_properties
    first = keys[0]
    create = ", ".join(f"r.{k} = row.{k}" for k in keys)
    keep = f"[i IN range(0, size(coalesce(r.{first}, [])) - 1) WHERE NOT r.{first}[i] IN row.documents"
    update = ", ".join(f"r.{k} = {keep} | r.{k}[i]] + row.{k}" for k in (*keys[1:], first))
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{quote_name(ontology, from_label)} {{id: row.from}})\n"
        f"MATCH (b:{quote_name(ontology, to_label)} {{id: row.to}})\n"
        f"MERGE (a)-[r:{quote_name(ontology, rel_type)}]->(b)\n"
        f"ON CREATE SET {create}\n"
        f"ON MATCH SET {update}"
    )


def node_property_update(ontology: Ontology, label: str, keys: Iterable[str]) -> str:
    """Set properties ``keys`` (each a row field of the same name) on existing nodes of one label, by id."""
    sets = ", ".join(f"n.{quote_property(ontology, key)} = row.{key}" for key in keys)
    return f"UNWIND $rows AS row MATCH (n:{quote_name(ontology, label)} {{id: row.id}}) SET {sets}"


def set_node_properties(
    store: GraphStore, rows_by_label: dict[str, list[dict[str, Any]]], keys: Iterable[str], batch_size: int = 5000
) -> int:
    """Write computed values (``kg analyze --write``'s measures) onto nodes in batches; returns the nodes set.

    Rows are ``{"id": ..., key: value, ...}``; a row whose node is gone sets nothing, as MATCH finds nothing.
    """
    keys = tuple(keys)
    written = 0
    for label, rows in rows_by_label.items():
        statement = node_property_update(store.ontology, label, keys)
        for chunk in batched(rows, batch_size):
            store.write(statement, {"rows": chunk})
            written += len(chunk)
    return written


def node_row(entity: Entity) -> dict[str, Any]:
    props = {k: v for k, v in entity.props.items() if v is not None}
    props["name"] = entity.name
    return {"id": entity.id, "props": props, "aliases": list(entity.aliases)}


def relation_row(ontology: Ontology, source: str, target: str, evidence: list[Evidence]) -> dict[str, Any]:
    getters = _getters(ontology)
    if len(evidence) == 1:  # the common case, built without sorting or sets
        item = evidence[0]
        row = {"from": source, "to": target, "documents": [item.document]}
        for key, get in getters:
            row[key] = [get(item)]
        return row
    items = sorted(set(evidence))
    row = {"from": source, "to": target, "documents": sorted({e.document for e in items})}
    for key, get in getters:
        row[key] = [get(e) for e in items]
    return row


_GETTERS: dict[tuple[str, ...], tuple[tuple[str, Callable[[Evidence], Any]], ...]] = {}


def _getters(ontology: Ontology) -> tuple[tuple[str, Callable[[Evidence], Any]], ...]:
    """(property key, accessor) for each evidence property the ontology defines, built once."""
    keys = ontology.evidence_properties
    if keys not in _GETTERS:
        _GETTERS[keys] = tuple((k, operator.attrgetter(k)) for k in keys)
    return _GETTERS[keys]


def mentions(entity: Entity) -> Iterator[Relation]:
    """An entity's evidence, stored as one MENTIONED_IN relationship per plan it was read from."""
    if len(entity.evidence) == 1:
        if entity.evidence[0].document != entity.id:
            yield Relation(MENTIONED_IN, entity.id, entity.evidence[0].document, entity.evidence)
        return
    by_plan: dict[str, list[Evidence]] = defaultdict(list)
    for item in entity.evidence:
        by_plan[item.document].append(item)
    for plan, items in sorted(by_plan.items()):
        if plan != entity.id:
            yield Relation(MENTIONED_IN, entity.id, plan, items)


class _Writer:
    """Sends statements from a background thread, so the next batch is built while the server works.

    One thread and a FIFO queue keep the order (nodes before the relationships that need them); the queue is
    short, so memory holds at most a few batches. An error in the thread stops the load and is raised in the
    caller at its next send or at :meth:`close`.
    """

    def __init__(self, store: GraphStore, depth: int = 2, pipelined: bool | None = None) -> None:
        self.store = store
        self.queue: queue.Queue[tuple[str, dict[str, Any], Callable[[], None]] | None] = queue.Queue(depth)
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None
        if store.pipelined_writes if pipelined is None else pipelined:
            self.thread = threading.Thread(target=self._run, name="kg-writer", daemon=True)
            with held_interrupt():  # a start cut short would leave a writer that close() never waits for
                self.thread.start()

    def _run(self) -> None:
        while (job := self.queue.get()) is not None:
            if self.error is None:
                statement, params, done = job
                try:
                    self.store.write(statement, params)
                    done()
                except BaseException as exc:  # raised again in the caller's thread
                    self.error = exc

    def send(self, statement: str, params: dict[str, Any], done: Callable[[], None]) -> None:
        if self.thread is None:  # this store gains nothing from a thread: write in line
            self.store.write(statement, params)
            done()
            return
        if self.error is not None:
            raise self.error
        self.queue.put((statement, params, done))

    def close(self) -> None:
        if self.thread is None:
            return
        with held_interrupt():  # the statements queued are written before the caller goes on (or drops them)
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            raise self.error


def load_facts(
    store: GraphStore,
    facts: Iterable[Fact],
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    pipelined: bool | None = None,
) -> LoadReport:
    """Write validated facts: nodes first (per label), then relationships (per type and label pair).

    Entity evidence becomes MENTIONED_IN relationships to the plans it cites. Batches go out as they fill,
    so memory holds at most one batch per label or relationship kind, and they are sent by a writer thread
    while the next ones are built. ``pipelined`` overrides the backend's choice of that thread: facts
    streamed from a file cost parsing time, which the thread overlaps with the server's work on any backend.
    """
    onto = store.ontology
    batch_size = batch_size or store.default_batch_size
    started = time.perf_counter()
    report = LoadReport()
    labels: dict[str, str] = {}
    others: set[tuple[str, str]] = set()  # ends of relationships that are nodes of earlier loads
    node_buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rel_buffers: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    pending: list[Relation] = []
    writer = _Writer(store, pipelined=pipelined)

    def counted(table: dict[str, int], key: str, n: int) -> Callable[[], None]:
        def done() -> None:
            table[key] = table.get(key, 0) + n
            if progress:
                progress(n)

        return done

    def flush_nodes(label: str) -> None:
        rows = node_buffers.pop(label, [])
        if rows:
            writer.send(node_upsert(onto, label), {"rows": rows}, counted(report.nodes, label, len(rows)))

    def flush_relations(key: tuple[str, str, str]) -> None:
        rows = rel_buffers.pop(key, [])
        if rows:
            writer.send(relation_upsert(onto, *key), {"rows": rows}, counted(report.relationships, key[0], len(rows)))

    def add_relation(relation: Relation) -> None:
        try:
            key = (relation.type, labels[relation.source], labels[relation.target])
        except KeyError:
            key = (relation.type, onto.class_of_id(relation.source), onto.class_of_id(relation.target))
            others.update(((key[1], relation.source), (key[2], relation.target)))
        rel_buffers[key].append(relation_row(onto, relation.source, relation.target, relation.evidence))
        if len(rel_buffers[key]) >= batch_size:
            flush_relations(key)

    try:
        for fact in facts:
            if isinstance(fact, Entity):
                labels[fact.id] = fact.type
                node_buffers[fact.type].append(node_row(fact))
                if len(node_buffers[fact.type]) >= batch_size:
                    flush_nodes(fact.type)
                pending.extend(mentions(fact))
            else:
                pending.append(fact)
            if len(pending) >= batch_size * 4:
                for label in list(node_buffers):
                    flush_nodes(label)
                for relation in pending:
                    add_relation(relation)
                pending.clear()
        for label in list(node_buffers):
            flush_nodes(label)
        for relation in pending:
            add_relation(relation)
        for key in list(rel_buffers):
            flush_relations(key)
    finally:
        writer.close()
    # Each node written or linked counts its relationships again (kg.store.kept), in the store: what it had
    # before this load is not known here.
    touched = [*((label, node_id) for node_id, label in labels.items()), *others]
    recount(store, touched)
    kept_chains.refresh(store, touched)  # and the industries' kept answer (kg.store.kept_chains)
    kept_plans.refresh(store, touched)  # and the plans' kept counts (kg.store.kept_plans)
    report.seconds = time.perf_counter() - started
    return report
