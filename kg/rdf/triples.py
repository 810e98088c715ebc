"""The graph as N-Triples lines, streamed from either store in id order.

For each entity, in this order: its types, labels (``rdfs:label`` with ``@zh``, and ``@en`` where known),
aliases (``skos:altLabel``), properties as literals typed by the ontology, its outgoing relationships; then
its evidence items and reified statements, so every subject's lines stay together.

Provenance is PROV-O. An entity ``prov:wasDerivedFrom`` each plan it was read from, and each evidence item
is a ``prov:qualifiedDerivation`` (a ``kgo:Evidence``, which is a ``prov:Derivation``) naming the plan
(``prov:entity``), the section, the character span and the words. A relationship's evidence cannot sit on
a triple, so a relationship with evidence is also written as an ``rdf:Statement`` (standard reification)
carrying the same ``prov:wasDerivedFrom`` and qualified derivations. Reification rather than RDF-star:
RDF-star's quoted triples cannot be written in RDF/XML or JSON-LD 1.1 and rdflib 7 reads and writes
neither, while reification is plain RDF that every format and tool carries; it costs four triples per
annotated relationship.

Entities are read label by label in batches of ids (sorted), so memory stays bounded and the output order
is the same on every run and on both backends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.batching import batched
from kg.ontology import Ontology
from kg.rdf import terms as t
from kg.store import read
from kg.store.base import GraphStore

BATCH = 5000
SKIPPED_PROPS = {"id", "name", "name_en", "aliases"}
_INT = t.XSD + "integer"


def _entity_lines(scheme: t.IriScheme, label: str, props: dict[str, Any], ontology: Ontology) -> Iterator[str]:
    subject = scheme.ref(props["id"])
    yield f"{subject} {t.TYPE} {t.ref(str(ontology.classes[label].iri))} ."
    if label in ontology.skos_concept_classes:
        yield f"{subject} {t.TYPE} {t.SKOS_CONCEPT} ."
        yield f"{subject} {t.IN_SCHEME} {t.INDUSTRY_SCHEME} ."
    yield f"{subject} {t.LABEL} {t.tagged(props['name'], 'zh')} ."
    if props.get("name_en"):
        yield f"{subject} {t.LABEL} {t.tagged(props['name_en'], 'en')} ."
    for alias in sorted(props.get("aliases") or []):
        yield f"{subject} {t.ALT_LABEL} {t.tagged(alias, 'zh')} ."
    for key in sorted(props):
        value = props[key]
        if key in SKIPPED_PROPS or value is None:
            continue
        prop = ontology.properties[key]
        predicate, datatype = t.ref(str(prop.iri)), str(prop.datatype)
        for item in value if isinstance(value, list) else [value]:
            yield f"{subject} {predicate} {t.literal(item, datatype)} ."


def _evidence_lines(scheme: t.IriScheme, owner: str, evidence: list[read.EvidenceItem]) -> tuple[list[str], list[str]]:
    """``owner`` was derived from the plans of its evidence, item by item.

    Returns the owner's own lines and the evidence items' lines apart, so each subject stays one block.
    """
    own: list[str] = []
    items: list[str] = []
    plans = set()
    for doc, section, start, end, text, rule, confidence in evidence:
        plans.add(doc)
        item = scheme.hashed("evidence", owner, doc, start, end, section)
        own.append(f"{owner} {t.QUALIFIED} {item} .")
        items.append(f"{item} {t.TYPE} {t.EVIDENCE} .")
        items.append(f"{item} {t.TYPE} {t.DERIVATION} .")
        items.append(f"{item} {t.PROV_ENTITY} {scheme.ref(doc)} .")
        if section:
            items.append(f"{item} {t.SECTION} {t.plain(section)} .")
        items.append(f"{item} {t.START} {t.typed(str(int(start)), _INT)} .")
        items.append(f"{item} {t.END} {t.typed(str(int(end)), _INT)} .")
        if text:
            items.append(f"{item} {t.TEXT} {t.plain(text)} .")
        if rule:
            items.append(f"{item} {t.RULE} {t.plain(rule)} .")
        if confidence is not None:
            items.append(f"{item} {t.CONFIDENCE} {t.literal(confidence, t.XSD + 'decimal')} .")
    own.extend(f"{owner} {t.DERIVED_FROM} {scheme.ref(doc)} ." for doc in sorted(plans))
    return own, items


def graph_lines(
    store: GraphStore, scheme: t.IriScheme, ids: set[str] | None = None, batch: int = BATCH
) -> Iterator[str]:
    """Every triple of the graph (or of the entities ``ids`` and the relationships among them), as N-Triples."""
    onto = store.ontology
    predicates = {rel.type: t.ref(str(rel.iri)) for rel in onto.relations.values()}
    skos_broader = t.SKOS + "broader"
    also_broader = {rel.type for rel in onto.relations.values() if skos_broader in map(str, rel.super_properties)}
    evidence_relation = onto.evidence_relation
    for label in onto.node_labels:
        members = sorted(node_id for node_id in read.node_ids(store, label) if ids is None or node_id in ids)
        for chunk in batched(members, batch):
            props_of = read.node_properties(store, label, chunk, bulk=True)
            outgoing: dict[str, list[read.Link]] = {}
            for link in read.outgoing(store, label, chunk):
                if ids is None or link.target in ids:
                    outgoing.setdefault(link.source, []).append(link)
            for node_id in chunk:
                yield from _entity_lines(scheme, label, props_of[node_id], onto)
                subject = scheme.ref(node_id)
                after: list[str] = []  # evidence items and statements, once the entity's block is done
                for link in sorted(outgoing.get(node_id, ()), key=lambda link: (link.type, link.target)):
                    if link.type == evidence_relation:
                        own, items = _evidence_lines(scheme, subject, link.evidence)
                        yield from own
                        after.extend(items)
                        continue
                    predicate, target = predicates[link.type], scheme.ref(link.target)
                    yield f"{subject} {predicate} {target} ."
                    if link.type in also_broader:
                        yield f"{subject} {t.SKOS_BROADER} {target} ."
                    if link.evidence:
                        statement = scheme.hashed("statement", subject, predicate, target)
                        after.append(f"{statement} {t.TYPE} {t.STATEMENT} .")
                        after.append(f"{statement} {t.SUBJECT} {subject} .")
                        after.append(f"{statement} {t.PREDICATE} {predicate} .")
                        after.append(f"{statement} {t.OBJECT} {target} .")
                        own, items = _evidence_lines(scheme, statement, link.evidence)
                        after.extend(own)
                        after.extend(items)
                yield from after


def ontology_lines(ontology: Ontology) -> Iterator[str]:
    """The ontology's own triples (kg.ttl, industries.ttl, indicators.ttl), for ``--with-ontology``."""
    text = ontology.graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return iter(sorted(line for line in text.splitlines() if line.strip()))


def ox_triples(lines: Iterable[str], batch: int = 20_000) -> Iterator[Any]:
    """N-Triples lines parsed into pyoxigraph triples, batch by batch (for its serialisers)."""
    for chunk in batched(lines, batch):
        yield from ox.parse(("\n".join(chunk) + "\n").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value != t.XSD + "string":
            return Literal(term.value, datatype=URIRef(term.datatype.value))
        return Literal(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


def rdflib_graph(lines: Iterable[str]) -> Graph:
    """N-Triples lines in an rdflib Graph (for SHACL, isomorphism checks and rdflib's serialisers)."""
    graph = Graph()
    for prefix, namespace in t.PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in ox_triples(lines):
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph
