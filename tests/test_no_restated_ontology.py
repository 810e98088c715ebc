"""The ontology is not restated in Python: no class or relationship-type name is written as a string literal.

Groupings (which relationships make the organisation graph, which put a node in a region, which mentions are
organisations or figures, which classes the quality scorer measures …) are annotations in ``ontology/kg.ttl`` read
through :mod:`kg.ontology`; code names the grouping, never its members. Only the ontology reader, the store (whose
Cypher names labels, as the canned queries do) and the loaders' rule files, which create the facts of each class
(``loaders/rules/``, ``loaders/resolve.py``), may write the names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.ontology import Ontology

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ["kg", "loaders"]  # folders (or files) under the repository root
ALLOWED = ("kg/ontology.py", "kg/store/", "loaders/rules/", "loaders/resolve.py")


def restated_names(ontology: Ontology, scanned: list[str] = SCANNED, root: Path = ROOT) -> list[str]:
    """``path:line: name`` for each string literal that is exactly a class or relationship-type name."""
    names = set(ontology.classes) | set(ontology.relations)
    found = []
    for folder in scanned:
        base = root / folder
        for path in [base] if base.suffix == ".py" else sorted(base.rglob("*.py")):
            where = path.relative_to(root).as_posix()
            if where.startswith(ALLOWED):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
                    found.append(f"{where}:{node.lineno}: {node.value}")
    return found


def test_the_scan_finds_a_restated_name(ontology: Ontology, tmp_path: Path) -> None:
    (tmp_path / "kg" / "store").mkdir(parents=True)
    (tmp_path / "kg" / "bad.py").write_text('SKIPPED = ("Plan", "plan", "LOCATED_IN")\n', encoding="utf-8")
    (tmp_path / "kg" / "store" / "ok.py").write_text('LABEL = "Plan"\n', encoding="utf-8")
    assert restated_names(ontology, ["kg"], tmp_path) == ["kg/bad.py:1: Plan", "kg/bad.py:1: LOCATED_IN"]


def test_the_rule_files_may_name_classes_the_other_loaders_may_not(ontology: Ontology, tmp_path: Path) -> None:
    (tmp_path / "loaders" / "rules").mkdir(parents=True)
    (tmp_path / "loaders" / "rules" / "firms.py").write_text('TYPE = "Enterprise"\n', encoding="utf-8")
    (tmp_path / "loaders" / "resolve.py").write_text('TYPE = "Enterprise"\n', encoding="utf-8")
    (tmp_path / "loaders" / "extract.py").write_text('ORGS = ("Enterprise", "Agency")\n', encoding="utf-8")
    found = restated_names(ontology, ["loaders"], tmp_path)
    assert found == ["loaders/extract.py:1: Enterprise", "loaders/extract.py:1: Agency"]


def test_no_class_or_relationship_type_literal_outside_the_ontology_and_the_store(ontology: Ontology) -> None:
    assert restated_names(ontology) == []


@pytest.mark.parametrize(
    ("group", "members"),
    [
        ("evidenceLink", ("MENTIONED_IN",)),
        ("outsideOrganisationGraph", ("Indicator", "Plan", "Target")),
        ("chainLeaderCandidates", ("Enterprise", "Platform")),
        ("chainMembership", ("IN_INDUSTRY",)),
        ("organisations", ("Enterprise", "Platform", "University")),
        ("planFigures", ("OFFERS", "SETS_TARGET")),
        # a kgo:memberList keeps the ontology's order (the quality report's rows)
        (
            "scoredClasses",
            ("Enterprise", "Platform", "University", "Target", "Incentive", "Region", "Industry", "Project", "Agency"),
        ),
    ],
)
def test_groupings_are_read_from_the_ontology(ontology: Ontology, group: str, members: tuple[str, ...]) -> None:
    assert ontology.group(group) == members


def test_facets_and_derived_roles(ontology: Ontology) -> None:
    region, industry = ontology.facet("region"), ontology.facet("industry")
    assert (region.label, region.hierarchy, region.links) == ("Region", "PART_OF", ("APPLIES_TO", "LOCATED_IN"))
    assert (industry.label, industry.hierarchy) == ("Industry", "BROADER")
    assert set(industry.context) == set(region.links)
    assert len(ontology.group("organisationGraph")) == 8
    assert (ontology.evidence_relation, ontology.document_class) == ("MENTIONED_IN", "Plan")
    assert ontology.skos_concept_classes == {"Industry"}


def test_an_unknown_grouping_fails_loudly(ontology: Ontology) -> None:
    from kg.errors import OntologyError

    with pytest.raises(OntologyError, match="unknown grouping 'organisationGraf'"):
        ontology.group("organisationGraf")
    with pytest.raises(OntologyError, match="unknown facet 'place'"):
        ontology.facet("place")
