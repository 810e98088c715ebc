"""RDF export, SHACL validation and the import round trip, on the graph of the five plans.

What an analyst receiving the export relies on: every format parses (in rdflib, and Turtle and N-Triples in
pyoxigraph too), IRIs are stable, labels are language-tagged, provenance is PROV-O, numbers are typed, the
export conforms to the shapes, and importing it gives the same graph back.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from kg.cli import main
from kg.errors import FactError, InputError
from kg.rdf import export, import_rdf
from kg.rdf.context import context_file_text
from kg.rdf.read import parse_graph
from kg.rdf.shapes import shapes_graph, validate_graph
from kg.rdf.terms import DEFAULT_BASE, IriScheme, escape_key
from kg.store.base import GraphStore
from kg.store.falkordb import FalkorStore

ROOT = Path(__file__).resolve().parent.parent
KG = Namespace(DEFAULT_BASE)
KGO = Namespace("https://w3id.org/kg-sti/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
RDFLIB = {"ttl": "turtle", "nt": "nt", "xml": "xml", "trig": "trig", "jsonld": "json-ld"}
FIRM = KG["enterprise/湖北益泰药业股份有限公司"]


@pytest.fixture(scope="module")
def exports(built_db: Path, ontology, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("rdf")
    out = {}
    with FalkorStore(ontology, built_db) as store:
        for fmt in RDFLIB:
            out[fmt] = folder / f"graph.{fmt}"
            export(store, out[fmt], fmt)
    return out


@pytest.fixture(scope="module")
def graph(exports: dict[str, Path]) -> Graph:
    g = Graph()
    g.parse(exports["nt"], format="nt")
    return g


def test_every_format_parses_to_the_same_graph(exports: dict[str, Path], graph: Graph) -> None:
    assert len(graph) > 50_000
    for fmt, path in exports.items():
        if fmt == "trig":
            dataset = Dataset()
            dataset.parse(path, format="trig")
            parsed = dataset.graph(URIRef(DEFAULT_BASE + "graph"))
        else:
            parsed = Graph()
            parsed.parse(path, format=RDFLIB[fmt])
        assert set(parsed) == set(graph), fmt  # data exports have no blank nodes: equal sets are isomorphic
    for fmt, oxformat in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        assert sum(1 for _ in ox.parse(path=str(exports[fmt]), format=oxformat)) == len(graph), fmt


def test_ntriples_are_sorted_and_stable(exports: dict[str, Path], built_store: FalkorStore, tmp_path: Path) -> None:
    lines = exports["nt"].read_bytes().splitlines()
    assert lines == sorted(set(lines))
    again = tmp_path / "again.nt"
    export(built_store, again, "nt")
    assert again.read_bytes() == exports["nt"].read_bytes()


def test_a_firm_in_turtle_with_labels_aliases_and_provenance(graph: Graph) -> None:
    assert (FIRM, RDF.type, KGO.Enterprise) in graph
    assert (FIRM, RDFS.label, Literal("湖北益泰药业股份有限公司", lang="zh")) in graph
    assert (FIRM, SKOS.altLabel, Literal("益泰药业", lang="zh")) in graph
    assert (FIRM, KGO.locatedIn, KG["region/429006"]) in graph
    assert (FIRM, KGO.inIndustry, URIRef("https://w3id.org/kg-sti/industry/biomedicine")) in graph
    plans = set(graph.objects(FIRM, PROV.wasDerivedFrom))
    assert KG["plan/天门市科技创新十四五规划"] in plans and len(plans) == 2  # both Tianmen plans
    items = list(graph.objects(FIRM, PROV.qualifiedDerivation))
    assert items
    for item in items:
        assert (item, RDF.type, PROV.Derivation) in graph and graph.value(item, PROV.entity) in plans
        start, end = graph.value(item, KGO.start), graph.value(item, KGO.end)
        assert start.datatype == XSD.integer and int(end) > int(start)
        assert "益泰" in str(graph.value(item, KGO.text)) and graph.value(item, KGO.section)


def test_relationship_evidence_is_reified(graph: Graph) -> None:
    statements = [
        s
        for s in graph.subjects(RDF.subject, FIRM)
        if graph.value(s, RDF.predicate) == KGO.locatedIn and graph.value(s, RDF.object) == KG["region/429006"]
    ]
    assert len(statements) == 1
    statement = statements[0]
    assert (statement, RDF.type, RDF.Statement) in graph
    evidence = list(graph.objects(statement, PROV.qualifiedDerivation))
    assert evidence and all(graph.value(e, PROV.entity) is not None for e in evidence)


def test_numbers_are_typed_literals(graph: Graph) -> None:
    values = {o.datatype for o in graph.objects(None, KGO.value)}
    years = {o.datatype for o in graph.objects(None, KGO.year)} | {
        o.datatype for o in graph.objects(None, KGO.period_start)
    }
    assert values == {XSD.decimal} and years == {XSD.gYear}
    assert Literal("2020", datatype=XSD.gYear) in set(graph.objects(None, KGO.year))


def test_industries_are_the_skos_scheme_concepts(graph: Graph) -> None:
    biomedicine = URIRef("https://w3id.org/kg-sti/industry/biomedicine")
    assert (biomedicine, RDF.type, SKOS.Concept) in graph
    assert (biomedicine, SKOS.inScheme, URIRef("https://w3id.org/kg-sti/industry/scheme")) in graph
    assert (biomedicine, SKOS.broader, None) in graph


def test_ontology_aligns_with_well_known_vocabularies(ontology) -> None:
    schema, org = Namespace("https://schema.org/"), Namespace("http://www.w3.org/ns/org#")
    g = ontology.graph
    assert (KGO.Enterprise, RDFS.subClassOf, schema.Corporation) in g
    assert (KGO.Enterprise, RDFS.subClassOf, org.Organization) in g
    assert (KGO.Region, RDFS.subClassOf, schema.AdministrativeArea) in g
    assert (KGO.Evidence, RDFS.subClassOf, PROV.Derivation) in g
    assert (KGO.mentionedIn, RDFS.subPropertyOf, PROV.wasDerivedFrom) in g


def test_iris_are_stable_and_reversible(ontology) -> None:
    scheme = IriScheme(ontology)
    for entity_id in (
        "enterprise:湖北益泰药业股份有限公司",
        "region:420800/荆门高新区",
        "project:a b#c?d%e",
        "industry:biomedicine",
    ):
        assert scheme.id_of(scheme.iri(entity_id)) == entity_id
    assert escape_key("a b") == "a%20b" and scheme.iri("industry:biomedicine").endswith("/industry/biomedicine")
    other = IriScheme(ontology, "urn:example:")
    assert other.iri("enterprise:x") == "urn:example:enterprise/x"


def test_the_export_conforms_to_the_shapes(graph: Graph) -> None:
    report = validate_graph(graph)
    assert report.conforms and report.violations == [], [v.line() for v in report.violations[:5]]


def test_the_shapes_catch_what_they_describe(graph: Graph) -> None:
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    broken.remove((FIRM, RDFS.label, None))
    broken.add((FIRM, KGO.inIndustry, KG["region/429006"]))
    target = next(graph.subjects(RDF.type, KGO.Target))
    broken.set((target, KGO.status, Literal("wished")))
    lines = [v.line() for v in validate_graph(broken).violations]
    assert any("湖北益泰药业股份有限公司" in line and "needs a name" in line for line in lines), lines
    assert any("kgo:inIndustry must end at a Industry" in line for line in lines), lines
    assert any("status" in line and "one of target, baseline" in line and "wished" in line for line in lines), lines


def test_shapes_and_context_files_are_current() -> None:
    committed = Graph()
    committed.parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    assert isomorphic(committed, shapes_graph()), "regenerate: python -m kg.rdf.shapes > ontology/shapes.ttl"
    assert (ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8") == context_file_text()


def test_jsonld_embeds_the_context(exports: dict[str, Path]) -> None:
    document = json.loads(exports["jsonld"].read_text(encoding="utf-8"))
    context = json.loads(context_file_text())["@context"]
    assert document["@context"] == context
    firm = next(n for n in document["@graph"] if n["@id"] == "kg:enterprise/湖北益泰药业股份有限公司")
    assert "kgo:Enterprise" in firm["@type"]
    assert {"@value": "湖北益泰药业股份有限公司", "@language": "zh"} in firm["rdfs:label"]


def _round_trip(source: GraphStore, target: GraphStore, tmp_path: Path, fmt: str) -> None:
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"
    export(source, first, fmt, with_ontology=True)
    target.clear()
    import_rdf(target, first, fmt)
    export(target, second, fmt, with_ontology=True)
    assert source.counts().labels == target.counts().labels and source.counts().types == target.counts().types
    a, b = parse_graph(first, fmt), parse_graph(second, fmt)
    assert isomorphic(a, b)
    assert first.read_bytes() == second.read_bytes()  # and byte for byte, for diffs


def test_export_import_export_is_isomorphic(built_store: FalkorStore, store: FalkorStore, tmp_path: Path) -> None:
    _round_trip(built_store, store, tmp_path, "ttl")  # the other formats carry the same triples (test above)


@pytest.mark.neo4j
def test_round_trip_through_neo4j(built_graphs: dict[str, GraphStore], tmp_path: Path, neo4j_store) -> None:
    _round_trip(built_graphs["embedded"], neo4j_store, tmp_path, "nt")
    mine = tmp_path / "neo4j.nt"
    export(built_graphs["neo4j"], mine, "nt")
    embedded = tmp_path / "embedded.nt"
    export(built_graphs["embedded"], embedded, "nt")
    assert mine.read_bytes() == embedded.read_bytes()  # the same export from either backend


def test_import_refuses_bad_files_and_writes_nothing(store: FalkorStore, tmp_path: Path, exports) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl: not valid ttl"):
        import_rdf(store, bad, "ttl")
    dangling = tmp_path / "dangling.nt"
    lines = [
        line
        for line in exports["nt"].read_text(encoding="utf-8").splitlines()
        if not line.startswith("<https://w3id.org/kg-sti/id/region/429006>")
    ]
    dangling.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FactError, match="429006"):
        import_rdf(store, dangling, "nt")
    assert store.counts().nodes == 0


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_cli_export_validate_import(built_db: Path, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    code, output = run("export", "--db", str(built_db), "-o", str(out), "--query", "plan_summary")
    assert code == 0 and "triples to" in output
    code, output = run("validate", str(out))
    assert code == 0 and "conforms" in output
    code, output = run("import-rdf", str(out), "--db", str(db_path))
    assert code == 0 and "Plan" in output and "Region" in output, output
    broken = tmp_path / "broken.nt"
    broken.write_text(
        "<https://w3id.org/kg-sti/id/enterprise/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/kg-sti/ontology#Enterprise> .\n",
        encoding="utf-8",
    )
    code, output = run("validate", str(broken))
    assert code == 1 and "needs a name" in output and "1 SHACL violations" in output
    code, output = run("export", "--db", str(built_db), "-o", str(tmp_path / "g.csv"))
    assert code == 2 and "cannot write" in output


def test_cli_export_of_a_query_is_a_standalone_subgraph(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bio.nt"
    code, output = run(
        "export", "--db", str(built_db), "--query", "firms_on_chain", "-p", "industry=生物医药", "-o", str(out)
    )
    assert code == 0, output
    g = Graph()
    g.parse(out, format="nt")
    firms = set(g.subjects(RDF.type, KGO.Enterprise))
    assert FIRM in firms and KG["enterprise/亿纬动力"] not in firms
    assert validate_graph(g).conforms


def test_both_sorters_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import io

    from kg.rdf.write import _sort_here, _sorted_ntriples

    monkeypatch.setattr(importlib.import_module("kg.rdf.write"), "SORT_CHUNK_LINES", 1000)  # several runs

    lines = ['<urn:b> <urn:p> "乙" .', '<urn:a> <urn:p> "z" .', '<urn:b> <urn:p> "乙" .', '<urn:a> <urn:p> "Z" .']
    lines += [f'<urn:x{i % 997}> <urn:p> "{i}" .' for i in range(3000)]
    here = io.BytesIO()
    _sort_here(iter(lines), here)
    expected = "".join(line + "\n" for line in sorted(set(lines), key=lambda s: s.encode("utf-8"))).encode("utf-8")
    assert here.getvalue() == expected
    with tempfile.TemporaryFile() as out:  # a real file: the system sort is used where there is one
        _sorted_ntriples(iter(lines), out)
        out.seek(0)
        assert out.read() == expected
