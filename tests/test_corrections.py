"""Analysts' corrections: each action, the report of what no longer matches, and malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corrections import apply_corrections, read_corrections
from kg.errors import FactError
from kg.facts import Entity, Evidence, Relation
from kg.ontology import Ontology
from kg.validate import numbered, validate

EV = Evidence("plan:p", 0, 4, "", "天门纺机")


def facts() -> list:
    return [
        Entity("Plan", "plan:p", "P"),
        Entity("Region", "region:429006", "天门市", props={"level": "county", "code": "429006"}),
        Entity("Enterprise", "enterprise:天门纺机", "天门纺机", evidence=[EV]),
        Entity("Enterprise", "enterprise:湖北天门纺织机械股份有限公司", "湖北天门纺织机械股份有限公司", evidence=[EV]),
        Entity("Enterprise", "enterprise:中航特飞所", "中航特飞所", evidence=[EV]),
        Entity("Enterprise", "enterprise:孵化器管理公司", "孵化器管理公司", evidence=[EV]),
        Relation("LOCATED_IN", "enterprise:天门纺机", "region:429006", [EV]),
        Relation("LOCATED_IN", "enterprise:湖北天门纺织机械股份有限公司", "region:429006", [EV]),
        Relation("LOCATED_IN", "enterprise:中航特飞所", "region:429006", [EV]),
    ]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "corrections.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_action_and_the_report(tmp_path: Path, ontology: Ontology) -> None:
    path = write(
        tmp_path,
        "# curated\n"
        "merge\tenterprise:天门纺机\t湖北天门纺织机械股份有限公司\tsame firm\n"
        "retype\t中航特飞所\tUniversity\ta research institute\n"
        "drop\tenterprise:孵化器管理公司\t\tnot one firm\n"
        "rename\tenterprise:湖北天门纺织机械股份有限公司\t湖北天门纺织机械有限公司\tofficial name\n"
        "relate\tCOOPERATES_WITH\tregion:429006\tuniversity:中航特飞所\tjoint programme\n"
        "drop\tenterprise:早已删除\t\tstale\n",
    )
    corrected, report = apply_corrections(facts(), read_corrections(path), ontology)
    kept = validate(numbered(corrected, "corrected"), ontology)
    entities = {f.id: f for f in kept if isinstance(f, Entity)}
    firm = entities["enterprise:湖北天门纺织机械股份有限公司"]
    assert firm.name == "湖北天门纺织机械有限公司" and set(firm.aliases) == {"天门纺机", "湖北天门纺织机械股份有限公司"}
    assert "enterprise:天门纺机" not in entities and "enterprise:孵化器管理公司" not in entities
    assert entities["university:中航特飞所"].type == "University"
    relations = {(r.type, r.source, r.target) for r in kept if isinstance(r, Relation)}
    assert relations == {
        ("LOCATED_IN", "enterprise:湖北天门纺织机械股份有限公司", "region:429006"),  # merged: one edge, not two
        ("LOCATED_IN", "university:中航特飞所", "region:429006"),  # rewired to the new id, still allowed
        ("COOPERATES_WITH", "region:429006", "university:中航特飞所"),
    }
    assert len(report.applied) == 5
    assert [c.line for c, _ in report.unmatched] == [7]
    assert report.summary() == (
        "corrections: 5 applied, 1 no longer match (line 7: drop enterprise:早已删除: no entity 'enterprise:早已删除')"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("delete\tenterprise:x\tbecause\n", r"corrections.tsv:1: unknown correction 'delete'"),
        ("merge\tenterprise:x\n", r"corrections.tsv:1: merge needs 2 tab-separated field"),
        ("rename\tenterprise:x\t新名\n", r"corrections.tsv:1: a correction needs a reason"),
    ],
)
def test_malformed_lines_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FactError, match=message):
        read_corrections(write(tmp_path, text))


def test_merging_different_types_is_refused(tmp_path: Path, ontology: Ontology) -> None:
    path = write(tmp_path, "merge\tenterprise:天门纺机\tregion:429006\twrong\n")
    with pytest.raises(FactError, match="cannot merge a Enterprise into a Region"):
        apply_corrections(facts(), read_corrections(path), ontology)


def test_the_bundled_corrections_apply_cleanly(built_store) -> None:
    rows = built_store.read("MATCH (u:University {name: '中航特飞所'}) RETURN u.id").rows
    assert rows == [["university:中航特飞所"]]
