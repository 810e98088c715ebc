"""Read an RDF export back into facts, so ``kg import-rdf`` can load it into any store.

This inverts :mod:`kg.rdf.triples`: a subject typed with a kg class and carrying an ``rdfs:label`` is an
entity (its id comes from its IRI); ``kgo:`` datatype properties are its properties; ``kgo:`` object
properties between entities are relationships; ``prov:qualifiedDerivation`` items are evidence, of the
entity (stored as MENTIONED_IN) or, through a reified ``rdf:Statement``, of a relationship. Triples it does
not know (other vocabularies, the ontology itself when an export carries it) are left alone; in TriG the
ontology's named graph is skipped outright.

Files are parsed with pyoxigraph, streaming, in every format kg writes; errors name the file and position.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.facts import Entity, Evidence, Fact, Relation
from kg.ontology import Ontology
from kg.rdf import terms as t
from kg.rdf.formats import FORMATS


@dataclass
class _Node:
    types: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    props: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    links: list[tuple[str, str]] = field(default_factory=list)  # (predicate IRI, object IRI)
    derivations: list[str] = field(default_factory=list)


def _parse(path: Path, fmt: str) -> Any:
    try:
        return ox.parse(path=str(path), format=FORMATS[fmt].ox)
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None


def read_rdf(path: Path, fmt: str, ontology: Ontology, base: str = t.DEFAULT_BASE) -> list[Fact]:
    """The facts an export holds (entities first, then relations), ready for validation."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    scheme = t.IriScheme(ontology, base)
    classes = {str(c.iri): name for name, c in ontology.classes.items()}
    properties = {str(p.iri): p for p in ontology.properties.values()}
    relations = {str(r.iri): r.type for r in ontology.relations.values()}
    ontology_graph = ox.NamedNode(t.KGO.rstrip("#"))
    nodes: dict[str, _Node] = defaultdict(_Node)
    try:
        for quad in _parse(path, fmt):
            if isinstance(quad, ox.Quad) and quad.graph_name == ontology_graph:
                continue
            subject, predicate, obj = quad.subject, quad.predicate.value, quad.object
            if not isinstance(subject, ox.NamedNode):
                continue
            node = nodes[subject.value]
            if predicate == t.RDF + "type" and isinstance(obj, ox.NamedNode):
                node.types.add(obj.value)
            elif isinstance(obj, ox.Literal):
                if predicate == t.RDFS + "label" and obj.language:
                    node.labels.setdefault(obj.language, obj.value)
                elif predicate == t.SKOS + "altLabel":
                    node.aliases.append(obj.value)
                elif predicate in properties:
                    prop = properties[predicate]
                    node.props[prop.name].append(
                        t.python_value(obj.value, str(prop.datatype), f"{path}: <{subject.value}>")
                    )
            elif isinstance(obj, ox.NamedNode):
                if predicate == t.PROV + "qualifiedDerivation":
                    node.derivations.append(obj.value)
                else:
                    node.links.append((predicate, obj.value))
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt}: {exc}") from None
    return _facts(nodes, scheme, classes, relations, ontology, path)


def _evidence(nodes: dict[str, _Node], items: list[str], scheme: t.IriScheme, where: str) -> list[Evidence]:
    out = []
    for iri in items:
        item = nodes.get(iri)
        if item is None:
            raise InputError(f"{where}: evidence <{iri}> is not described in the file")
        plans = [scheme.id_of(o) for p, o in item.links if p == t.PROV + "entity"]
        starts, ends = item.props.get("start") or [0], item.props.get("end") or [0]
        out.append(
            Evidence(
                document=plans[0] if plans and plans[0] else "",
                start=int(starts[0]),
                end=int(ends[0]),
                section=str((item.props.get("section") or [""])[0]),
                text=str((item.props.get("text") or [""])[0]),
                rule=str((item.props.get("rule") or [""])[0]),
                confidence=float((item.props.get("confidence") or [1.0])[0]),
            )
        )
    return sorted(out)


def _facts(
    nodes: dict[str, _Node],
    scheme: t.IriScheme,
    classes: dict[str, str],
    relations: dict[str, str],
    ontology: Ontology,
    path: Path,
) -> list[Fact]:
    where = str(path)
    entities: list[Fact] = []
    ids: dict[str, str] = {}
    for iri, node in nodes.items():
        labels = [classes[c] for c in node.types if c in classes]
        entity_id = scheme.id_of(iri)
        if not labels or entity_id is None or not node.labels:
            continue
        ids[iri] = entity_id
        label = ontology.class_of_id(entity_id)
        props: dict[str, Any] = {}
        for key, values in node.props.items():
            info = ontology.properties[key]
            props[key] = sorted(values) if not info.functional else values[0]
        if "en" in node.labels:
            props["name_en"] = node.labels["en"]
        name = node.labels.get("zh") or next(iter(node.labels.values()))
        evidence = _evidence(nodes, node.derivations, scheme, where)
        entities.append(Entity(label, entity_id, name, sorted(set(node.aliases)), props, evidence))
    statements: dict[tuple[str, str, str], list[Evidence]] = {}
    for node in nodes.values():
        if t.RDF + "Statement" not in node.types:
            continue
        parts = {p: o for p, o in node.links if p in (t.RDF + "subject", t.RDF + "predicate", t.RDF + "object")}
        key = (parts.get(t.RDF + "subject", ""), parts.get(t.RDF + "predicate", ""), parts.get(t.RDF + "object", ""))
        statements[key] = _evidence(nodes, node.derivations, scheme, where)
    links: list[Fact] = []
    for iri, entity_id in ids.items():
        for predicate, target in nodes[iri].links:
            if predicate in relations:  # a target outside the file stays, so validation names it as dangling
                evidence = statements.get((iri, predicate, target), [])
                target_id = ids.get(target) or scheme.id_of(target) or target
                links.append(Relation(relations[predicate], entity_id, target_id, evidence))
    entities.sort(key=lambda e: e.id)
    links.sort(key=lambda r: r.key)
    return entities + links


def parse_graph(path: Path, fmt: str) -> Any:
    """A file as one rdflib Graph (all named graphs merged), parsed by pyoxigraph (for SHACL validation)."""
    from rdflib import Graph

    from kg.rdf.triples import to_rdflib

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    graph = Graph()
    try:
        for quad in _parse(path, fmt):
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {fmt}: {exc}") from None
    return graph
