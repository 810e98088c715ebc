"""kg review: doubtful facts, weakest first, as a corrections file; uncommenting a line and building applies it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.corrections import apply_corrections, read_corrections
from kg.facts import Entity, Evidence, Relation
from kg.ontology import Ontology
from kg.review import doubts, format_review

SURE = Evidence("plan:p", 0, 4, "", "湖北甲乙科技有限公司", "name.suffix:Enterprise", 0.95)
WEAK = Evidence("plan:p", 10, 14, "一、任务", "丙丁环保", "enterprise.short:cue", 0.6)


def facts() -> list:
    return [
        Entity("Plan", "plan:p", "P"),
        Entity("Region", "region:429006", "天门市", props={"level": "county", "code": "429006"}),
        Entity("Enterprise", "enterprise:甲乙", "湖北甲乙科技有限公司", evidence=[SURE]),
        Entity("Enterprise", "enterprise:丙丁", "丙丁环保", evidence=[WEAK]),
        Relation("LOCATED_IN", "enterprise:丙丁", "region:429006", [WEAK]),
        Relation("LOCATED_IN", "enterprise:甲乙", "region:429006", [SURE]),
    ]


def test_only_facts_below_the_threshold_are_listed_weakest_first() -> None:
    found = doubts(facts(), below=0.8)
    assert [(d.kind, d.label, d.rule) for d in found] == [
        ("Enterprise", "Enterprise 丙丁环保", "enterprise.short:cue"),
        ("LOCATED_IN", "LOCATED_IN 丙丁环保 -> 天门市", "enterprise.short:cue"),
    ]
    assert doubts(facts(), below=0.5) == [] and len(doubts(facts(), below=1.0)) == 4
    assert [d.kind for d in doubts(facts(), below=0.8, types=["LOCATED_IN"])] == ["LOCATED_IN"]


def test_an_uncommented_review_line_is_a_correction_that_applies(tmp_path: Path, ontology: Ontology) -> None:
    text = format_review(doubts(facts(), below=0.8), 0.8)
    assert text.startswith("# kg review: 2 facts below confidence 0.8")
    assert "«丙丁环保»  plan:p [10:14] 一、任务" in text
    edited = text.replace(
        "#unrelate\tLOCATED_IN\tenterprise:丙丁\tregion:429006\t",
        "unrelate\tLOCATED_IN\tenterprise:丙丁\tregion:429006\tcourted, not local",
    )
    path = tmp_path / "review.tsv"
    path.write_text(edited, encoding="utf-8")
    corrected, report = apply_corrections(facts(), read_corrections(path), ontology)
    assert len(report.applied) == 1
    located = {(r.source, r.target) for r in corrected if isinstance(r, Relation) and r.type == "LOCATED_IN"}
    assert located == {("enterprise:甲乙", "region:429006")}


def test_kg_review_on_the_bundled_facts(tmp_path: Path) -> None:
    out = tmp_path / "review.tsv"
    result = CliRunner().invoke(main, ["review", "--below", "0.9", "--type", "Enterprise", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    listed = [line for line in text.splitlines() if line.startswith("#drop\tenterprise:")]
    assert listed and f"wrote {len(listed)} doubtful facts" in result.output
    confidences = [float(line.split()[1]) for line in text.splitlines() if line.startswith("# 0.")]
    assert confidences == sorted(confidences) and max(confidences) < 0.9
    bad = CliRunner().invoke(main, ["review", "--type", "Firm"])
    assert bad.exit_code == 2 and "neither a class nor a relationship type" in bad.output
