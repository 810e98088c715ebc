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
from itertools import islice
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.ontology import Ontology
from kg.rdf import terms as t
from kg.store.base import GraphStore
from kg.store.cypher import MENTIONED_IN, quote_name

BATCH = 5000
SKIPPED_PROPS = {"id", "name", "name_en", "aliases"}
_INT = t.XSD + "integer"


def _entity_lines(scheme: t.IriScheme, label: str, props: dict[str, Any], ontology: Ontology) -> Iterator[str]:
    subject = scheme.ref(props["id"])
    yield f"{subject} {t.TYPE} {t.ref(str(ontology.classes[label].iri))} ."
    if label == "Industry":
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


def _evidence_lines(scheme: t.IriScheme, owner: str, row: dict[str, Any]) -> tuple[list[str], list[str]]:
    """``owner`` was derived from the plans of the row's parallel evidence lists, item by item.

    Returns the owner's own lines and the evidence items' lines apart, so each subject stays one block.
    """
    documents = row.get("document") or []
    sections, starts, ends, texts = (row.get(k) or [] for k in ("section", "start", "end", "text"))
    # rule and confidence: absent in graphs loaded before evidence carried them
    rules = row.get("rule") or [None] * len(documents)
    confidences = row.get("confidence") or [None] * len(documents)
    own: list[str] = []
    items: list[str] = []
    plans = set()
    for doc, section, start, end, text, rule, confidence in zip(
        documents, sections, starts, ends, texts, rules, confidences, strict=False
    ):
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


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def graph_lines(
    store: GraphStore, scheme: t.IriScheme, ids: set[str] | None = None, batch: int = BATCH
) -> Iterator[str]:
    """Every triple of the graph (or of the entities ``ids`` and the relationships among them), as N-Triples."""
    onto = store.ontology
    predicates = {rel.type: t.ref(str(rel.iri)) for rel in onto.relations.values()}
    columns = [
        "a.id",
        "type(r)",
        "b.id",
        "r.document",
        "r.section",
        "r.start",
        "r.end",
        "r.text",
        "r.rule",
        "r.confidence",
    ]
    keys = ("a", "type", "b", "document", "section", "start", "end", "text", "rule", "confidence")
    for label in onto.node_labels:
        quoted = quote_name(onto, label)
        members = sorted(
            node_id
            for (node_id,) in store.read(f"MATCH (n:{quoted}) RETURN n.id AS id").rows
            if ids is None or node_id in ids
        )
        for chunk in _batches(members, batch):
            params = {"ids": chunk}
            props_of = dict(
                store.read_values(f"MATCH (n:{quoted}) WHERE n.id IN $ids", ["n.id", "properties(n)"], params)
            )
            values = store.read_values(f"MATCH (a:{quoted})-[r]->(b) WHERE a.id IN $ids", columns, params)
            outgoing: dict[str, list[dict[str, Any]]] = {}
            for row in (dict(zip(keys, value, strict=True)) for value in values):
                if ids is None or row["b"] in ids:
                    outgoing.setdefault(row["a"], []).append(row)
            for node_id in chunk:
                yield from _entity_lines(scheme, label, props_of[node_id], onto)
                subject = scheme.ref(node_id)
                after: list[str] = []  # evidence items and statements, once the entity's block is done
                for row in sorted(outgoing.get(node_id, ()), key=lambda r: (r["type"], r["b"])):
                    if row["type"] == MENTIONED_IN:
                        own, items = _evidence_lines(scheme, subject, row)
                        yield from own
                        after.extend(items)
                        continue
                    predicate, target = predicates[row["type"]], scheme.ref(row["b"])
                    yield f"{subject} {predicate} {target} ."
                    if row["type"] == "BROADER":
                        yield f"{subject} {t.SKOS_BROADER} {target} ."
                    if row.get("document"):
                        statement = scheme.hashed("statement", subject, predicate, target)
                        after.append(f"{statement} {t.TYPE} {t.STATEMENT} .")
                        after.append(f"{statement} {t.SUBJECT} {subject} .")
                        after.append(f"{statement} {t.PREDICATE} {predicate} .")
                        after.append(f"{statement} {t.OBJECT} {target} .")
                        own, items = _evidence_lines(scheme, statement, row)
                        after.extend(own)
                        after.extend(items)
                yield from after


def ontology_lines(ontology: Ontology) -> Iterator[str]:
    """The ontology's own triples (kg.ttl, industries.ttl, indicators.ttl), for ``--with-ontology``."""
    text = ontology.graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return iter(sorted(line for line in text.splitlines() if line.strip()))


def ox_triples(lines: Iterable[str], batch: int = 20_000) -> Iterator[Any]:
    """N-Triples lines parsed into pyoxigraph triples, batch by batch (for its serialisers)."""
    iterator = iter(lines)
    while chunk := list(islice(iterator, batch)):
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
