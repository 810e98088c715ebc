"""Facts to Cypher: the one label quoter, the named write statements, and the batched writer.

Every write is ``UNWIND $rows AS row`` over a batch sent as one parameter, so values never enter the
statement text and a batch of thousands costs one round trip. Labels and relationship types are spliced into
the text (Cypher cannot parameterise them), so they pass through :func:`quote_name`, which accepts only
names the ontology defines. The statements run unchanged on Neo4j and FalkorDB: relationships are matched
with two ``MATCH`` clauses (fast on both), and no backend-specific syntax is used.

Idempotence: nodes are merged on ``id``; aliases are unioned; relationship evidence is kept as parallel
lists (one item per evidence) and replaced per document, so loading the same facts twice changes nothing and
re-loading one plan refreshes only that plan's evidence.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from kg.errors import OntologyError
from kg.facts import Entity, Evidence, Fact, Relation
from kg.ontology import Ontology

if TYPE_CHECKING:
    from kg.store.base import GraphStore

DEFAULT_BATCH_SIZE = 5000
MENTIONED_IN = "MENTIONED_IN"


def quote_name(ontology: Ontology, name: str) -> str:
    """Backtick-quote a node label or relationship type, refusing anything the ontology does not define."""
    if name not in ontology.classes and name not in ontology.relations:
        raise OntologyError(f"refusing to use {name!r} as a label or type: the ontology does not define it")
    return f"`{name}`"


def node_upsert(ontology: Ontology, label: str) -> str:
    """Merge a batch of nodes of one label on ``id``; set properties; union aliases."""
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{quote_name(ontology, label)} {{id: row.id}})\n"
        "SET n += row.props\n"
        "SET n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases"
    )


def relation_upsert(ontology: Ontology, rel_type: str, from_label: str, to_label: str) -> str:
    """Merge a batch of relationships of one type between two labels; replace evidence per document."""
    keys = ontology.evidence_properties
    first = keys[0]
    sets = ",\n    ".join(f"r.{k} = [i IN keep | r.{k}[i]] + row.{k}" for k in keys)
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{quote_name(ontology, from_label)} {{id: row.from}})\n"
        f"MATCH (b:{quote_name(ontology, to_label)} {{id: row.to}})\n"
        f"MERGE (a)-[r:{quote_name(ontology, rel_type)}]->(b)\n"
        f"WITH r, row, [i IN range(0, size(coalesce(r.{first}, [])) - 1) "
        f"WHERE NOT r.{first}[i] IN row.documents] AS keep\n"
        f"SET {sets}"
    )


def node_row(entity: Entity) -> dict[str, Any]:
    props = {k: v for k, v in entity.props.items() if v is not None}
    props["name"] = entity.name
    return {"id": entity.id, "props": props, "aliases": list(entity.aliases)}


def relation_row(ontology: Ontology, source: str, target: str, evidence: list[Evidence]) -> dict[str, Any]:
    items = sorted(set(evidence))
    row: dict[str, Any] = {"from": source, "to": target, "documents": sorted({e.document for e in items})}
    for key in ontology.evidence_properties:
        row[key] = [getattr(e, key) for e in items]
    return row


def mentions(entity: Entity) -> Iterator[Relation]:
    """An entity's evidence, stored as one MENTIONED_IN relationship per plan it was read from."""
    by_plan: dict[str, list[Evidence]] = defaultdict(list)
    for item in entity.evidence:
        by_plan[item.document].append(item)
    for plan, items in sorted(by_plan.items()):
        if plan != entity.id:
            yield Relation(MENTIONED_IN, entity.id, plan, items)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Slices of at most ``size`` items (``itertools.batched`` arrives only in 3.12)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


@dataclass
class LoadReport:
    """What a load wrote: nodes per label, relationships per type, and how long it took."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def items(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())


def load_facts(
    store: GraphStore,
    facts: Iterable[Fact],
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Write validated facts: nodes first (per label), then relationships (per type and label pair).

    Entity evidence becomes MENTIONED_IN relationships to the plans it cites. Batches go out as they fill,
    so memory holds at most one batch per label or relationship kind.
    """
    onto = store.ontology
    started = time.perf_counter()
    report = LoadReport()
    labels: dict[str, str] = {}
    node_buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rel_buffers: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    pending: list[Relation] = []

    def flush_nodes(label: str) -> None:
        rows = node_buffers.pop(label, [])
        if rows:
            store.write(node_upsert(onto, label), {"rows": rows})
            report.nodes[label] = report.nodes.get(label, 0) + len(rows)
            if progress:
                progress(len(rows))

    def flush_relations(key: tuple[str, str, str]) -> None:
        rows = rel_buffers.pop(key, [])
        if rows:
            store.write(relation_upsert(onto, *key), {"rows": rows})
            report.relationships[key[0]] = report.relationships.get(key[0], 0) + len(rows)
            if progress:
                progress(len(rows))

    def add_relation(relation: Relation) -> None:
        try:
            key = (relation.type, labels[relation.source], labels[relation.target])
        except KeyError:
            key = (relation.type, onto.class_of_id(relation.source), onto.class_of_id(relation.target))
        rel_buffers[key].append(relation_row(onto, relation.source, relation.target, relation.evidence))
        if len(rel_buffers[key]) >= batch_size:
            flush_relations(key)

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
    report.seconds = time.perf_counter() - started
    return report
