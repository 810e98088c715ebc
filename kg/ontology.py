"""Read ``ontology/*.ttl`` once and answer every schema question kg has.

Node labels, relationship types, property keys, required properties, closed value sets, the industry scheme,
the indicator list and the view styles all come from here, so a name typed anywhere else in the code is a
bug. Asking for a name the ontology does not define raises :class:`OntologyError`, like rdflib's closed
namespaces do, so typos fail at once instead of writing a label nobody queries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.errors import OntologyError
from kg.resources import resource_dir

# Every namespace kg writes or reads, by its prefix: the one table (RDF terms, export prefixes, the JSON-LD
# context and the SHACL shapes are all made from it).
NAMESPACES: dict[str, str] = {
    "kgo": "https://w3id.org/kg-sti/ontology#",
    "ind": "https://w3id.org/kg-sti/industry/",
    "idc": "https://w3id.org/kg-sti/indicator/",
    "kgs": "https://w3id.org/kg-sti/shapes#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "dcterms": "http://purl.org/dc/terms/",
}
KGO = Namespace(NAMESPACES["kgo"])
ENTITY = KGO.Entity
EVIDENCE = KGO.Evidence

# Literal types the fact validator and the RDF export understand, by XSD datatype.
_PY_TYPES: dict[URIRef, tuple[type, ...]] = {
    XSD.string: (str,),
    XSD.integer: (int,),
    XSD.decimal: (int, float),
    XSD.gYear: (int,),
    XSD.date: (str,),
}


def relationship_type(local_name: str) -> str:
    """``locatedIn`` -> ``LOCATED_IN``: the store's relationship type for an object property."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", local_name).upper()


@dataclass(frozen=True)
class ClassInfo:
    """A node label: its names, what it requires and allows, and how the view draws it."""

    name: str
    iri: URIRef
    label_zh: str
    label_en: str
    comment: str
    color: str
    shape: str
    required: frozenset[str]
    enums: dict[str, tuple[str, ...]] = field(hash=False)
    superclasses: tuple[URIRef, ...] = field(hash=False, default=())

    @property
    def id_prefix(self) -> str:
        """Ids are ``<prefix>:<key>``; the prefix names the class so an id alone tells its label."""
        return self.name.lower()


@dataclass(frozen=True)
class PropertyInfo:
    """A property key: its literal type, whether it holds one value or a list, and where it may appear."""

    name: str
    iri: URIRef
    datatype: URIRef
    functional: bool
    domain: frozenset[str]
    label_zh: str
    label_en: str
    comment: str
    indexed: bool = False

    def accepts(self, value: object) -> bool:
        """True when ``value`` has this property's literal type (lists checked item by item)."""
        types = _PY_TYPES.get(self.datatype, (str,))
        if self.functional:
            return isinstance(value, types) and not isinstance(value, bool)
        return isinstance(value, list) and all(isinstance(v, types) and not isinstance(v, bool) for v in value)


@dataclass(frozen=True)
class RelationInfo:
    """A relationship type and the node labels it may join."""

    type: str
    iri: URIRef
    local_name: str
    domain: frozenset[str]
    range: frozenset[str]
    label_zh: str
    label_en: str
    comment: str
    super_properties: tuple[URIRef, ...] = ()


@dataclass(frozen=True)
class Facet:
    """A dimension the view selects and filters by (``kgo:Facet``): regions, industries.

    A node is in a value of the facet when one of its ``links`` points to it (and so in that value's
    ancestors along ``hierarchy``); a selection by the facet also draws what its members point to over
    ``context``.
    """

    name: str  # the individual's local name without "Facet": "region", "industry"
    label: str  # the node label of the facet's values
    hierarchy: str  # relationship type, child -> parent
    links: tuple[str, ...]
    context: tuple[str, ...]


@dataclass(frozen=True)
class Concept:
    """A concept of a reference scheme (industry or indicator) that becomes a node."""

    id: str
    iri: URIRef
    name: str
    name_en: str
    aliases: tuple[str, ...]
    broader: str | None = None
    kind: str | None = None
    notation: str | None = None
    unit: str | None = None
    firm_words: tuple[str, ...] = ()


class Ontology:
    """The parsed ontology. Build it with :func:`load_ontology`; it is immutable and cached."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.namespace = KGO
        self.evidence_properties: tuple[str, ...] = ()
        self.classes: dict[str, ClassInfo] = {}
        self.properties: dict[str, PropertyInfo] = {}
        self.relations: dict[str, RelationInfo] = {}
        self._read_classes()
        self._read_properties()
        self._read_relations()
        self.groups: dict[str, tuple[str, ...]] = self._read_groups()
        self.facets: dict[str, Facet] = self._read_facets()
        self.industries: dict[str, Concept] = self._read_industries()
        self.indicators: dict[str, Concept] = self._read_indicators()
        self._by_prefix = {c.id_prefix: c.name for c in self.classes.values()}

    # -- lookups that fail loudly --------------------------------------------------------------------------
    def node_class(self, name: str) -> ClassInfo:
        """The node label ``name``; an unknown name raises instead of quietly creating a label."""
        try:
            return self.classes[name]
        except KeyError:
            raise OntologyError(
                f"unknown entity type {name!r}", f"the ontology defines: {', '.join(sorted(self.classes))}"
            ) from None

    def relation(self, rel_type: str) -> RelationInfo:
        """The relationship type ``rel_type`` (UPPER_SNAKE)."""
        try:
            return self.relations[rel_type]
        except KeyError:
            raise OntologyError(
                f"unknown relationship type {rel_type!r}",
                f"the ontology defines: {', '.join(sorted(self.relations))}",
            ) from None

    def prop(self, name: str) -> PropertyInfo:
        """The property key ``name``."""
        try:
            return self.properties[name]
        except KeyError:
            raise OntologyError(f"unknown property {name!r}") from None

    def group(self, name: str) -> tuple[str, ...]:
        """The classes or relationship types of the ``kgo:Grouping`` ``name`` (local name): sorted, or in the order
        of its ``kgo:memberList``."""
        try:
            return self.groups[name]
        except KeyError:
            raise OntologyError(
                f"unknown grouping {name!r}", f"the ontology defines: {', '.join(sorted(self.groups))}"
            ) from None

    def facet(self, name: str) -> Facet:
        """The ``kgo:Facet`` ``name`` (``region``, ``industry``)."""
        try:
            return self.facets[name]
        except KeyError:
            raise OntologyError(
                f"unknown facet {name!r}", f"the ontology defines: {', '.join(sorted(self.facets))}"
            ) from None

    @property
    def evidence_relation(self) -> str:
        """The relationship type that carries an entity's evidence to its document (``kgo:evidenceLink``)."""
        members = self.group("evidenceLink")
        if len(members) != 1 or members[0] not in self.relations:
            raise OntologyError("kgo:evidenceLink must have exactly one member, an object property")
        return members[0]

    @property
    def document_class(self) -> str:
        """The class of the documents evidence cites: the range of the evidence relationship (plans)."""
        (name,) = self.relations[self.evidence_relation].range
        return name

    @property
    def skos_concept_classes(self) -> frozenset[str]:
        """Classes whose nodes are also SKOS concepts (subclasses of ``skos:Concept``): the industries."""
        return frozenset(name for name, c in self.classes.items() if SKOS.Concept in c.superclasses)

    def class_of_id(self, entity_id: str) -> str:
        """The node label an id belongs to, read from its prefix (``enterprise:…`` -> ``Enterprise``)."""
        prefix, sep, _ = entity_id.partition(":")
        if not sep or prefix not in self._by_prefix:
            raise OntologyError(f"id {entity_id!r} does not start with a known type prefix")
        return self._by_prefix[prefix]

    def make_id(self, class_name: str, key: str) -> str:
        """The stable id of an entity of ``class_name`` with ``key`` (a code or a normalised name)."""
        return f"{self.node_class(class_name).id_prefix}:{key}"

    def properties_of(self, class_name: str) -> dict[str, PropertyInfo]:
        """Property keys an entity of ``class_name`` may carry (own domain or a superclass's)."""
        info = self.node_class(class_name)
        names = {class_name, *(self._local(s) for s in info.superclasses)}
        return {p.name: p for p in self.properties.values() if p.domain & names}

    @property
    def indexed_properties(self) -> tuple[str, ...]:
        """Property keys the stores index on every node label, besides the unique ``id``.

        A list property (not functional, such as ``aliases``) is indexed by its items, so a node is found by
        any one of them: FalkorDB's range index takes list items, Neo4j's does not and gets a full-text index
        that keeps each item whole (:meth:`kg.store.base.GraphStore.ids_with_item`).
        """
        return tuple(sorted(name for name, p in self.properties.items() if p.indexed and name != "id"))

    @property
    def node_labels(self) -> tuple[str, ...]:
        return tuple(sorted(self.classes))

    @property
    def relationship_types(self) -> tuple[str, ...]:
        return tuple(sorted(self.relations))

    # -- parsing -------------------------------------------------------------------------------------------
    def _local(self, iri: URIRef) -> str:
        text = str(iri)
        return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]

    def _text(self, subject: URIRef, predicate: URIRef, lang: str | None = None) -> str:
        for obj in self.graph.objects(subject, predicate):
            if isinstance(obj, Literal) and (lang is None or obj.language == lang):
                return str(obj)
        return ""

    def _class_set(self, node: object) -> frozenset[str]:
        """A class IRI or an owl:unionOf list of them, as local names."""
        if isinstance(node, URIRef):
            return frozenset({self._local(node)})
        if isinstance(node, BNode):
            union = self.graph.value(node, OWL.unionOf)
            if union is not None:
                return frozenset(self._local(c) for c in Collection(self.graph, union))
        return frozenset()

    def _superclasses(self, cls: URIRef) -> list[URIRef]:
        seen: list[URIRef] = []
        todo = [cls]
        while todo:
            current = todo.pop()
            for parent in self.graph.objects(current, RDFS.subClassOf):
                if isinstance(parent, URIRef) and parent not in seen:
                    seen.append(parent)
                    todo.append(parent)
        return seen

    def _restrictions(self, cls: URIRef) -> Iterable[BNode]:
        for current in (cls, *self._superclasses(cls)):
            for parent in self.graph.objects(current, RDFS.subClassOf):
                if isinstance(parent, BNode) and (parent, RDF.type, OWL.Restriction) in self.graph:
                    yield parent

    def _read_classes(self) -> None:
        for cls in self.graph.subjects(RDF.type, OWL.Class):
            if not isinstance(cls, URIRef) or ENTITY not in self._superclasses(cls):
                continue
            required: set[str] = set()
            enums: dict[str, tuple[str, ...]] = {}
            for restriction in self._restrictions(cls):
                prop = self._local(self.graph.value(restriction, OWL.onProperty))
                if self.graph.value(restriction, OWL.minCardinality) is not None:
                    required.add(prop)
                values = self.graph.value(restriction, OWL.allValuesFrom)
                one_of = self.graph.value(values, OWL.oneOf) if values is not None else None
                if one_of is not None:
                    enums[prop] = tuple(str(v) for v in Collection(self.graph, one_of))
            name = self._local(cls)
            self.classes[name] = ClassInfo(
                name=name,
                iri=cls,
                label_zh=self._text(cls, RDFS.label, "zh"),
                label_en=self._text(cls, RDFS.label, "en"),
                comment=self._text(cls, RDFS.comment),
                color=self._text(cls, KGO.viewColor) or "#999999",
                shape=self._text(cls, KGO.viewShape) or "dot",
                required=frozenset(required),
                enums=enums,
                superclasses=tuple(self._superclasses(cls)),
            )
        if not self.classes:
            raise OntologyError("the ontology defines no subclass of kgo:Entity")

    def _read_properties(self) -> None:
        evidence = []
        for prop in self.graph.subjects(RDF.type, OWL.DatatypeProperty):
            name = self._local(prop)
            domain = self._class_set(self.graph.value(prop, RDFS.domain))
            self.properties[name] = PropertyInfo(
                name=name,
                iri=prop,
                datatype=self.graph.value(prop, RDFS.range) or XSD.string,
                functional=(prop, RDF.type, OWL.FunctionalProperty) in self.graph,
                domain=domain,
                label_zh=self._text(prop, RDFS.label, "zh"),
                label_en=self._text(prop, RDFS.label, "en"),
                comment=self._text(prop, RDFS.comment),
                indexed=bool(self.graph.value(prop, KGO.indexed)),
            )
            if self._local(EVIDENCE) in domain:
                evidence.append(name)
        order = ["document", "section", "start", "end", "text", "rule", "confidence"]
        self.evidence_properties = tuple(sorted(evidence, key=lambda n: order.index(n) if n in order else 99))

    def _read_relations(self) -> None:
        for prop in self.graph.subjects(RDF.type, OWL.ObjectProperty):
            local = self._local(prop)
            rel = relationship_type(local)
            self.relations[rel] = RelationInfo(
                type=rel,
                iri=prop,
                local_name=local,
                domain=self._expand(self._class_set(self.graph.value(prop, RDFS.domain))),
                range=self._expand(self._class_set(self.graph.value(prop, RDFS.range))),
                label_zh=self._text(prop, RDFS.label, "zh"),
                label_en=self._text(prop, RDFS.label, "en"),
                comment=self._text(prop, RDFS.comment),
                super_properties=tuple(
                    sorted(o for o in self.graph.objects(prop, RDFS.subPropertyOf) if isinstance(o, URIRef))
                ),
            )

    def _name(self, iri: object) -> str:
        """The class or relationship-type name of a kgo: IRI; anything else fails loudly."""
        if isinstance(iri, URIRef):
            local = self._local(iri)
            if local in self.classes:
                return local
            if relationship_type(local) in self.relations and (iri, RDF.type, OWL.ObjectProperty) in self.graph:
                return relationship_type(local)
        raise OntologyError(f"{iri} is neither a class nor an object property of the ontology")

    def _names(self, subject: URIRef, predicate: URIRef) -> tuple[str, ...]:
        return tuple(sorted(self._name(o) for o in self.graph.objects(subject, predicate)))

    def _read_groups(self) -> dict[str, tuple[str, ...]]:
        groups: dict[str, tuple[str, ...]] = {}
        for group in self.graph.subjects(RDF.type, KGO.Grouping):
            if not isinstance(group, URIRef):
                continue
            members = self._names(group, KGO.member)
            ordered = self.graph.value(group, KGO.memberList)
            if ordered is not None:  # a report's rows keep the order the ontology gives them
                members = members + tuple(self._name(o) for o in Collection(self.graph, ordered))
            groups[self._local(group)] = members
        return groups

    def _read_facets(self) -> dict[str, Facet]:
        facets: dict[str, Facet] = {}
        for subject in self.graph.subjects(RDF.type, KGO.Facet):
            name = self._local(subject).removesuffix("Facet")
            (label,) = self._names(subject, KGO.facetClass) or ("",)
            (hierarchy,) = self._names(subject, KGO.hierarchy) or ("",)
            if label not in self.classes or hierarchy not in self.relations:
                raise OntologyError(f"facet {name!r} needs one kgo:facetClass and one kgo:hierarchy")
            links = self._names(subject, KGO.member)
            facets[name] = Facet(name, label, hierarchy, links, self._names(subject, KGO.context))
        return facets

    def _expand(self, names: frozenset[str]) -> frozenset[str]:
        """kgo:Entity as a domain or range means every node label."""
        return frozenset(self.classes) if self._local(ENTITY) in names else names

    def _labels(self, subject: URIRef) -> tuple[str, str, tuple[str, ...]]:
        zh = self._text(subject, SKOS.prefLabel, "zh")
        en = self._text(subject, SKOS.prefLabel, "en")
        alts = tuple(
            sorted(str(o) for o in self.graph.objects(subject, SKOS.altLabel) if getattr(o, "language", "zh") == "zh")
        )
        return zh, en, alts

    def _read_industries(self) -> dict[str, Concept]:
        concepts: dict[str, Concept] = {}
        industry = self.node_class("Industry")
        for subject in self.graph.subjects(RDF.type, SKOS.Concept):
            if (subject, RDF.type, KGO.Indicator) in self.graph:
                continue
            zh, en, alts = self._labels(subject)
            broader = self.graph.value(subject, SKOS.broader)
            cid = f"{industry.id_prefix}:{self._local(subject)}"
            concepts[cid] = Concept(
                id=cid,
                iri=subject,
                name=zh,
                name_en=en,
                aliases=alts,
                broader=f"{industry.id_prefix}:{self._local(broader)}" if broader is not None else None,
                kind=self._text(subject, KGO.kind) or None,
                notation=self._text(subject, SKOS.notation) or None,
                firm_words=tuple(sorted(str(o) for o in self.graph.objects(subject, KGO.firmWord))),
            )
        return concepts

    def _read_indicators(self) -> dict[str, Concept]:
        concepts: dict[str, Concept] = {}
        prefix = self.node_class("Indicator").id_prefix
        for subject in self.graph.subjects(RDF.type, KGO.Indicator):
            zh, en, alts = self._labels(subject)
            cid = f"{prefix}:{self._local(subject)}"
            concepts[cid] = Concept(
                id=cid,
                iri=subject,
                name=zh,
                name_en=en,
                aliases=alts,
                unit=self._text(subject, KGO.unit) or None,
            )
        return concepts


def ontology_files(directory: Path | None = None) -> list[Path]:
    """The Turtle files that make up the ontology, in a stable order."""
    directory = directory or resource_dir("ontology")
    files = sorted(p for p in directory.glob("*.ttl") if not p.name.startswith("shapes"))
    if not files:
        raise OntologyError(f"no ontology files (*.ttl) in {directory}")
    return files


@cache
def load_ontology(directory: Path | None = None) -> Ontology:
    """Parse the ontology once per process; every caller shares the result."""
    graph = Graph()
    for path in ontology_files(directory):
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser types; name the file and stop
            raise OntologyError(f"{path}: cannot parse Turtle: {exc}") from exc
    return Ontology(graph)
