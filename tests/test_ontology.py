"""The ontology loads, defines what the issue names, and every name the code or queries use exists in it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import OntologyError
from kg.ontology import Ontology, ontology_files, relationship_type

ROOT = Path(__file__).resolve().parent.parent
CLASSES = {
    "Region",
    "Industry",
    "Enterprise",
    "Platform",
    "University",
    "Project",
    "Programme",
    "Target",
    "Incentive",
    "Indicator",
    "Agency",
    "Plan",
}


def test_every_file_parses_with_rdflib() -> None:
    for path in ontology_files():
        assert len(Graph().parse(path, format="turtle")) > 0, path


def test_node_classes_are_exactly_the_designed_ones(ontology: Ontology) -> None:
    assert set(ontology.node_labels) == CLASSES


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_each_class_has_chinese_and_english_labels_and_a_comment(ontology: Ontology, name: str) -> None:
    info = ontology.node_class(name)
    assert re.search(r"[\u4e00-\u9fff]", info.label_zh), name
    assert info.label_en and info.comment, name
    assert info.color.startswith("#") and info.shape


def test_relationship_types_cover_the_design(ontology: Ontology) -> None:
    assert set(ontology.relationship_types) == {
        "LOCATED_IN",
        "PART_OF",
        "BROADER",
        "IN_INDUSTRY",
        "HOSTED_BY",
        "COOPERATES_WITH",
        "SETS_TARGET",
        "OFFERS",
        "MEASURES",
        "APPLIES_TO",
        "PRIORITISES",
        "RESPONSIBLE_FOR",
        "UNDERTAKES",
        "MENTIONED_IN",
    }
    located = ontology.relation("LOCATED_IN")
    assert "Enterprise" in located.domain and located.range == {"Region"}
    assert ontology.relation("MENTIONED_IN").domain == set(CLASSES)


def test_target_requires_its_figures_and_closes_its_value_sets(ontology: Ontology) -> None:
    target = ontology.node_class("Target")
    assert {"indicator", "value", "comparator", "status"} <= target.required
    assert target.enums["comparator"] == (">=", "=", "<=", "range")
    assert ontology.node_class("Platform").enums["level"] == ("national", "provincial", "municipal")
    assert ontology.prop("aliases").functional is False and ontology.prop("name").functional is True


def test_unknown_names_fail_loudly(ontology: Ontology) -> None:
    with pytest.raises(OntologyError, match="unknown entity type 'Company'"):
        ontology.node_class("Company")
    with pytest.raises(OntologyError, match="unknown relationship type"):
        ontology.relation("WORKS_FOR")
    assert relationship_type("respondsTo") == "RESPONDS_TO"


def test_industry_scheme_is_a_tree_aligned_with_the_national_classification(ontology: Ontology) -> None:
    concepts = ontology.industries
    tops = {c.notation: c.name for c in concepts.values() if c.broader is None and not c.notation.startswith("T")}
    assert tops == {
        "1": "新一代信息技术产业",
        "2": "高端装备制造产业",
        "3": "新材料产业",
        "4": "生物产业",
        "5": "新能源汽车产业",
        "6": "新能源产业",
        "7": "节能环保产业",
        "8": "数字创意产业",
        "9": "相关服务业",
    }
    for concept in concepts.values():
        assert concept.broader is None or concept.broader in concepts, concept.id
    labels: dict[str, str] = {}
    for concept in concepts.values():
        for label in (concept.name, *concept.aliases):
            assert labels.setdefault(label, concept.id) == concept.id, f"{label} names two concepts"


# UPPER_SNAKE strings that are not relationship types: environment variables, a FalkorDB error token, and
# names in __all__.
NOT_RELATIONS = ("KG_", "NEO4J_", "SE_", "RO_QUERY", "DEFAULT_LIMIT", "DEFAULT_BASE", "LC_ALL")


def _python_names() -> tuple[set[str], set[str]]:
    """Entity types and relationship types written as literals in kg/ and loaders/ code."""
    types, rels = set(), set()
    for path in [*ROOT.glob("kg/**/*.py"), *ROOT.glob("loaders/**/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(r"[A-Z]+(?:_[A-Z]+)+", node.value)
                and not node.value.startswith(NOT_RELATIONS)
            ):
                rels.add(node.value)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                "Mention",
                "Entity",
                "Relation",
            ):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    (types if getattr(node.func, "id", "") != "Relation" else rels).add(first.value)
            if (
                isinstance(node, ast.Compare)
                and isinstance(node.left, ast.Attribute)
                and node.left.attr == "type"
                and getattr(node.left.value, "id", "") != "self"
            ):  # self.type of a query Param is not one
                for comp in node.comparators:
                    values = comp.elts if isinstance(comp, ast.Tuple) else [comp]
                    for value in values:
                        if isinstance(value, ast.Constant) and isinstance(value.value, str):
                            (rels if value.value.isupper() else types).add(value.value)
    return types, rels


def _cypher_names() -> tuple[set[str], set[str]]:
    labels, rels = set(), set()
    for path in ROOT.glob("queries/*.cypher"):
        body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("//"))
        labels |= set(re.findall(r"\(\s*\w*\s*:\s*`?(\w+)", body))
        rels |= set(re.findall(r"\[\s*\w*\s*:\s*`?(\w+)", body))
    return labels, rels


def test_every_label_and_type_used_in_code_and_queries_exists(ontology: Ontology) -> None:
    py_types, py_rels = _python_names()
    cy_labels, cy_rels = _cypher_names()
    assert py_types and py_rels and cy_labels and cy_rels  # the scan found something to check
    assert py_types | cy_labels <= set(ontology.node_labels), (py_types | cy_labels) - set(ontology.node_labels)
    assert py_rels | cy_rels <= set(ontology.relationship_types), (py_rels | cy_rels) - set(ontology.relationship_types)


def test_indicator_scheme_is_a_tree_of_labelled_concepts_with_unshared_wordings() -> None:
    from collections import Counter

    from rdflib.namespace import SKOS

    graph = Graph().parse(ROOT / "ontology" / "indicators.ttl", format="turtle")
    concepts = set(graph.subjects(SKOS.inScheme, None))
    assert len(concepts) >= 80
    for concept in concepts:
        labels = {label.language for label in graph.objects(concept, SKOS.prefLabel)}
        assert labels == {"zh", "en"}, concept
        parents = list(graph.objects(concept, SKOS.broader))
        assert len(parents) == 1 or graph.value(concept, SKOS.topConceptOf) is not None, concept
        assert all(parent in concepts for parent in parents), concept
    wordings = Counter(
        str(label)
        for concept in concepts
        for prop in (SKOS.prefLabel, SKOS.altLabel)
        for label in graph.objects(concept, prop)
        if label.language == "zh"
    )
    assert [w for w, n in wordings.items() if n > 1] == []  # one wording, one concept
