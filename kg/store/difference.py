"""Bring a graph to exactly what a clean load of some facts makes, by writing only the difference.

Adding, replacing or removing a plan changes facts of other plans too (entities are resolved across plans), so
``kg build --corpus NEW`` without ``--clear`` and ``kg remove`` recompute the facts of the whole kept corpus
(:mod:`kg.update`) and hand them here. This module computes the graph a clean load of those facts would leave
(:func:`planned_graph`, mirroring :func:`kg.store.cypher.load_facts` statement for statement: merge on id,
``+=`` properties, aliases unioned, evidence replaced per document), reads the graph the store holds
(:func:`stored_graph`), and writes what differs (:func:`apply`): relationships and nodes that vanished are
deleted, new or changed ones are written whole (``SET n = …``), so no stale property, alias or evidence item
survives. The result equals a clean build by construction; the tests compare sorted N-Triples to make sure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.batching import batched
from kg.facts import Entity, Fact, Relation
from kg.ontology import Ontology
from kg.store import kept_chains, kept_plans
from kg.store.base import GraphStore
from kg.store.cypher import mentions, node_row, relation_row
from kg.store.kept import PARAMS, as_dict, recount
from kg.store.kept import properties as kept_properties
from kg.store.names import quote_name

NodeKey = tuple[str, str]  # (label, id)
RelKey = tuple[str, str, str, str, str]  # (type, from label, from id, to label, to id)


@dataclass
class Graph:
    """Every node's and relationship's properties, keyed as the store keys them (label and id; type and ends)."""

    nodes: dict[NodeKey, dict[str, Any]] = field(default_factory=dict)
    relationships: dict[RelKey, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Difference:
    """What to write to turn one :class:`Graph` into another."""

    delete_nodes: list[NodeKey] = field(default_factory=list)
    delete_relationships: list[RelKey] = field(default_factory=list)
    write_nodes: dict[NodeKey, dict[str, Any]] = field(default_factory=dict)
    write_relationships: dict[RelKey, dict[str, Any]] = field(default_factory=dict)
    added_nodes: int = 0
    added_relationships: int = 0
    # Nodes staying in the graph whose relationships change, or that are written whole (which drops what kg
    # keeps on them): their relationships are counted again after the write (kg.store.kept).
    recount: set[NodeKey] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not (self.delete_nodes or self.delete_relationships or self.write_nodes or self.write_relationships)

    def summary(self) -> str:
        """``nodes +3 ~2 -1, relationships +10 ~4 -7``: added, changed, deleted."""
        changed_nodes = len(self.write_nodes) - self.added_nodes
        changed_rels = len(self.write_relationships) - self.added_relationships
        return (
            f"nodes +{self.added_nodes} ~{changed_nodes} -{len(self.delete_nodes)}, "
            f"relationships +{self.added_relationships} ~{changed_rels} -{len(self.delete_relationships)}"
        )


def planned_graph(ontology: Ontology, facts: Iterable[Fact]) -> Graph:
    """The graph :func:`kg.store.cypher.load_facts` leaves when it loads ``facts`` into an empty store.

    Repeats follow the writer's statements: a node seen again takes the new non-null properties over the old
    ones and unions its aliases (old ones not repeated, then the new); a relationship seen again keeps the
    evidence items of other documents and appends the new items. A relationship whose end is no node is not
    made, as the writer's MATCH finds nothing.
    """
    graph = Graph()
    labels: dict[str, str] = {}
    relations: list[Relation] = []
    keys = ontology.evidence_properties
    for fact in facts:
        if isinstance(fact, Entity):
            labels[fact.id] = fact.type
            row = node_row(fact)
            key = (fact.type, fact.id)
            node = graph.nodes.get(key)
            if node is None:
                graph.nodes[key] = {"id": fact.id, **row["props"], "aliases": row["aliases"]}
            else:
                node.update(row["props"])
                node["aliases"] = [a for a in node.get("aliases") or [] if a not in row["aliases"]] + row["aliases"]
            relations.extend(mentions(fact))
        else:
            relations.append(fact)
    for relation in relations:
        source = labels.get(relation.source) or ontology.class_of_id(relation.source)
        target = labels.get(relation.target) or ontology.class_of_id(relation.target)
        if (source, relation.source) not in graph.nodes or (target, relation.target) not in graph.nodes:
            continue
        row = relation_row(ontology, relation.source, relation.target, relation.evidence)
        key = (relation.type, source, relation.source, target, relation.target)
        old = graph.relationships.get(key)
        if old is None:
            graph.relationships[key] = {k: row[k] for k in keys}
            continue
        documents = set(row["documents"])
        kept = [i for i, document in enumerate(old[keys[0]]) if document not in documents]
        graph.relationships[key] = {k: [old[k][i] for i in kept] + row[k] for k in keys}
    return graph


def stored_graph(store: GraphStore) -> Graph:
    """Every node of an ontology label and every relationship of an ontology type the store holds.

    Read label by label and type by type through the backend's bulk reader, as the RDF export reads.
    """
    onto = store.ontology
    graph = Graph()
    for label in onto.node_labels:
        match = f"MATCH (n:{quote_name(onto, label)})"
        for node_id, pairs in store.read_values(match, ["n.id", kept_properties("n")], PARAMS):
            graph.nodes[(label, node_id)] = as_dict(pairs)
    for rel_type in onto.relationship_types:
        match = f"MATCH (a)-[r:{quote_name(onto, rel_type)}]->(b)"
        rows = store.read_values(match, ["labels(a)[0]", "a.id", "labels(b)[0]", "b.id", "properties(r)"])
        for source_label, source, target_label, target, props in rows:
            graph.relationships[(rel_type, source_label, source, target_label, target)] = props
    return graph


def difference(stored: Graph, planned: Graph) -> Difference:
    """What to delete and what to write (whole) so that ``stored`` becomes ``planned``."""
    diff = Difference()
    diff.delete_nodes = sorted(set(stored.nodes) - set(planned.nodes))
    gone = set(diff.delete_nodes)
    # A relationship of a deleted node goes with it (DETACH DELETE); the others that vanished are deleted.
    diff.delete_relationships = sorted(
        key
        for key in set(stored.relationships) - set(planned.relationships)
        if (key[1], key[2]) not in gone and (key[3], key[4]) not in gone
    )
    for key, props in planned.nodes.items():
        old = stored.nodes.get(key)
        if old is None:
            diff.added_nodes += 1
        if old != props:
            diff.write_nodes[key] = props
    for key, props in planned.relationships.items():
        old = stored.relationships.get(key)
        if old is None:
            diff.added_relationships += 1
            diff.recount.update(((key[1], key[2]), (key[3], key[4])))
        if old != props:
            diff.write_relationships[key] = props
    for key in set(stored.relationships) - set(planned.relationships):  # a deleted node's too (DETACH DELETE)
        diff.recount.update(((key[1], key[2]), (key[3], key[4])))
    diff.recount.update(diff.write_nodes)
    diff.recount -= gone
    return diff


def _node_delete(ontology: Ontology, label: str) -> str:
    return f"UNWIND $rows AS row MATCH (n:{quote_name(ontology, label)} {{id: row.id}}) DETACH DELETE n"


def _relation_delete(ontology: Ontology, rel_type: str, from_label: str, to_label: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{quote_name(ontology, from_label)} {{id: row.from}})"
        f"-[r:{quote_name(ontology, rel_type)}]->(b:{quote_name(ontology, to_label)} {{id: row.to}}) DELETE r"
    )


def _node_replace(ontology: Ontology, label: str) -> str:
    """Create or overwrite nodes whole: ``SET n = map`` drops every property the map does not hold."""
    return f"UNWIND $rows AS row MERGE (n:{quote_name(ontology, label)} {{id: row.id}}) SET n = row.props"


def _relation_replace(ontology: Ontology, rel_type: str, from_label: str, to_label: str) -> str:
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{quote_name(ontology, from_label)} {{id: row.from}})\n"
        f"MATCH (b:{quote_name(ontology, to_label)} {{id: row.to}})\n"
        f"MERGE (a)-[r:{quote_name(ontology, rel_type)}]->(b)\n"
        "SET r = row.props"
    )


def apply(store: GraphStore, diff: Difference, batch_size: int | None = None) -> None:
    """Write ``diff`` in batches: deletions first, then nodes, then the relationships that need them.

    Run it inside the store's build scope and transaction (:mod:`kg.update` does), so that a failure half way
    leaves the graph as it was.
    """
    onto = store.ontology
    size = batch_size or store.default_batch_size
    rel_deletes: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel_type, source_label, source, target_label, target in diff.delete_relationships:
        rel_deletes[(rel_type, source_label, target_label)].append({"from": source, "to": target})
    for (rel_type, source_label, target_label), rows in sorted(rel_deletes.items()):
        for chunk in batched(rows, size):
            store.write(_relation_delete(onto, rel_type, source_label, target_label), {"rows": chunk})
    node_deletes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, node_id in diff.delete_nodes:
        node_deletes[label].append({"id": node_id})
    for label, rows in sorted(node_deletes.items()):
        for chunk in batched(rows, size):
            store.write(_node_delete(onto, label), {"rows": chunk})
    node_writes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (label, node_id), props in diff.write_nodes.items():
        node_writes[label].append({"id": node_id, "props": props})
    for label, rows in sorted(node_writes.items()):
        for chunk in batched(rows, size):
            store.write(_node_replace(onto, label), {"rows": chunk})
    rel_writes: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for (rel_type, source_label, source, target_label, target), props in diff.write_relationships.items():
        rel_writes[(rel_type, source_label, target_label)].append({"from": source, "to": target, "props": props})
    for (rel_type, source_label, target_label), rows in sorted(rel_writes.items()):
        for chunk in batched(rows, size):
            store.write(_relation_replace(onto, rel_type, source_label, target_label), {"rows": chunk})
    recount(store, diff.recount, size)
    kept_chains.refresh(store, diff.recount, diff.delete_nodes)
    kept_plans.refresh(store, diff.recount)
