"""SHACL shapes generated from the ontology, and validation of an export with pyshacl.

The shapes say in SHACL what kg.validate checks in Python, for people who receive an export and do not run
kg: every entity has a Chinese (or English) ``rdfs:label``; each property has the ontology's literal type,
at most one value where it is functional, a value where the ontology requires one, and one of the allowed
values where it lists them; each relationship starts and ends at the classes of its domain and range;
every evidence item names one plan and a character span; every reified statement is complete.

``ontology/shapes.ttl`` is :func:`shapes_graph` written out (``python -m kg.rdf.shapes``); a test checks
that the file and the generator agree, so the ontology stays the single source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.ontology import NAMESPACES, Ontology, load_ontology
from kg.rdf import terms as t

SH, KGS, KGO, PROV, SKOS = (Namespace(NAMESPACES[p]) for p in ("sh", "kgs", "kgo", "prov", "skos"))
NOT_LITERAL_PROPS = {"id", "name", "name_en", "aliases"}  # written as the IRI, rdfs:label and skos:altLabel


def _list(graph: Graph, items: list[Any]) -> BNode:
    head = BNode()
    Collection(graph, head, items)
    return head


def _classes(graph: Graph, shape: URIRef, names: frozenset[str], ontology: Ontology) -> None:
    """``shape`` requires one of the classes ``names`` (sh:class, or sh:or of them)."""
    iris = [ontology.classes[n].iri for n in sorted(names) if n in ontology.classes]
    if len(iris) == 1:
        graph.add((shape, SH["class"], iris[0]))
        return
    options = []
    for iri in iris:
        option = BNode()
        graph.add((option, SH["class"], iri))
        options.append(option)
    graph.add((shape, SH["or"], _list(graph, options)))


def _property(graph: Graph, owner: URIRef, name: str, path: URIRef, **constraints: Any) -> URIRef:
    shape = KGS[name]
    graph.add((owner, SH.property, shape))
    graph.add((shape, RDF.type, SH.PropertyShape))
    graph.add((shape, SH.path, path))
    for key, value in constraints.items():
        if value is None:
            continue
        if key == "in_":
            graph.add((shape, SH["in"], _list(graph, [Literal(v) for v in value])))
        elif key == "languageIn":
            graph.add((shape, SH.languageIn, _list(graph, [Literal(v) for v in value])))
        else:
            graph.add((shape, SH[key], value if isinstance(value, URIRef | Literal) else Literal(value)))
    return shape


def shapes_graph(ontology: Ontology | None = None) -> Graph:
    """The SHACL shapes of kg's RDF exports, from the ontology."""
    onto = ontology or load_ontology()
    graph = Graph()
    for prefix, namespace in {**t.PREFIXES, "sh": t.SH, "kgs": str(KGS)}.items():
        graph.bind(prefix, namespace)
    for name, info in sorted(onto.classes.items()):
        shape = KGS[name]
        graph.add((shape, RDF.type, SH.NodeShape))
        graph.add((shape, SH.targetClass, info.iri))
        graph.add((shape, RDFS.comment, Literal(f"What every {name} in an export carries.", lang="en")))
        _property(graph, shape, f"{name}-label", RDFS.label, datatype=RDF.langString,
                  languageIn=("zh", "en"), uniqueLang=True,
                  message=f"a {name}'s rdfs:label is tagged @zh or @en, one each")  # fmt: skip
        # A name: rdfs:label in exports; skos:prefLabel for the concepts of the schemes (--with-ontology).
        named = []
        for path in (RDFS.label, SKOS.prefLabel):
            option = BNode()
            graph.add((option, SH.path, path))
            graph.add((option, SH.minCount, Literal(1)))
            named.append(option)
        graph.add((shape, SH["or"], _list(graph, named)))
        graph.add((shape, SH.message, Literal(f"a {name} needs a name: rdfs:label (or skos:prefLabel) in Chinese")))
        _property(graph, shape, f"{name}-altLabel", SKOS.altLabel, datatype=RDF.langString)
        for key, prop in sorted(onto.properties_of(name).items()):
            if key in NOT_LITERAL_PROPS:
                continue
            enum = info.enums.get(key)
            _property(
                graph,
                shape,
                f"{name}-{key}",
                prop.iri,
                datatype=prop.datatype,
                maxCount=1 if prop.functional else None,
                minCount=1 if key in info.required else None,
                in_=enum,
                message=f"{name}.{key}: "
                + ("required, " if key in info.required else "")
                + (f"one of {', '.join(enum)}" if enum else prop.datatype.split("#")[-1])
                + ("" if not prop.functional else ", one value"),
            )
    for rel_type, rel in sorted(onto.relations.items()):
        if rel_type == onto.evidence_relation:  # exported as prov:wasDerivedFrom, checked below
            continue
        for end, target, names in (
            ("domain", SH.targetSubjectsOf, rel.domain),
            ("range", SH.targetObjectsOf, rel.range),
        ):
            shape = KGS[f"{rel.local_name}-{end}"]
            graph.add((shape, RDF.type, SH.NodeShape))
            graph.add((shape, target, rel.iri))
            _classes(graph, shape, names, onto)
            allowed = " or ".join(sorted(names))
            side = "start at" if end == "domain" else "end at"
            graph.add((shape, SH.message, Literal(f"kgo:{rel.local_name} must {side} a {allowed}")))
    evidence = KGS.Evidence
    graph.add((evidence, RDF.type, SH.NodeShape))
    graph.add((evidence, SH.targetClass, KGO.Evidence))
    plan = _property(graph, evidence, "Evidence-plan", PROV.entity, minCount=1, maxCount=1,
                     message="an evidence item names exactly one plan")  # fmt: skip
    graph.add((plan, SH["class"], onto.classes[onto.document_class].iri))
    for key in ("start", "end"):
        _property(graph, evidence, f"Evidence-{key}", KGO[key], datatype=XSD.integer, minCount=1, maxCount=1)
    for key in ("section", "text"):
        _property(graph, evidence, f"Evidence-{key}", KGO[key], datatype=XSD.string, maxCount=1)
    statement = KGS.Statement
    graph.add((statement, RDF.type, SH.NodeShape))
    graph.add((statement, SH.targetClass, RDF.Statement))
    for key in ("subject", "predicate", "object"):
        _property(graph, statement, f"Statement-{key}", RDF[key], minCount=1, maxCount=1, nodeKind=SH.IRI)
    _property(graph, statement, "Statement-evidence", PROV.qualifiedDerivation, minCount=1,
              message="a reified relationship carries its evidence")  # fmt: skip
    derived = KGS.Derived
    graph.add((derived, RDF.type, SH.NodeShape))
    graph.add((derived, SH.targetSubjectsOf, PROV.wasDerivedFrom))
    source = _property(graph, derived, "Derived-plan", PROV.wasDerivedFrom,
                       message="things are derived from plans")  # fmt: skip
    graph.add((source, SH["class"], onto.classes[onto.document_class].iri))
    return graph


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    value: str
    severity: str

    def line(self) -> str:
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}  {self.path}: {self.message}{value}"


@dataclass
class ShaclReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)


def validate_graph(data: Graph, shapes: Graph | None = None, base: str = t.DEFAULT_BASE) -> ShaclReport:
    """Run pyshacl on ``data`` with kg's shapes; violations as readable lines, in a stable order."""
    from pyshacl import validate

    shapes = shapes if shapes is not None else shapes_graph()
    for prefix, namespace in {**t.PREFIXES, "kg": base}.items():
        data.namespace_manager.bind(prefix, namespace, override=False)
    conforms, results, _text = validate(data, shacl_graph=shapes, inference="none", allow_infos=True)
    names = data.namespace_manager

    def short(term: Any) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            try:
                return term.n3(names)
            except Exception:  # a term the namespace manager cannot shorten
                return f"<{term}>"
        return str(term)

    violations = [
        Violation(
            focus=short(results.value(r, SH.focusNode)),
            path=short(results.value(r, SH.resultPath)),
            message=str(results.value(r, SH.resultMessage) or ""),
            value=short(results.value(r, SH.value)),
            severity=short(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1].rsplit(":", 1)[-1],
        )
        for r in results.subjects(RDF.type, SH.ValidationResult)
    ]
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ShaclReport(bool(conforms), len(data), violations)


def shapes_turtle() -> str:
    return shapes_graph().serialize(format="turtle")


if __name__ == "__main__":
    print(shapes_turtle(), end="")
