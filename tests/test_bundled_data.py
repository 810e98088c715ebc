"""data/facts.jsonl is exactly what the extractor makes of the sample corpus (regenerate: see README)."""

from __future__ import annotations

from pathlib import Path

from kg.facts import dumps
from kg.pipeline import bundled_facts_path, extract
from kg.validate import numbered, validate


def test_bundled_facts_are_current(corpus_dir: Path, ontology) -> None:
    facts = validate(numbered(extract([corpus_dir]), "extracted"), ontology)
    fresh = [dumps(f) for f in facts]
    committed = bundled_facts_path().read_text(encoding="utf-8").splitlines()
    assert len(fresh) == len(committed), "regenerate with: kg extract ../shared/corpus -o data/facts.jsonl"
    assert fresh == committed, "regenerate with: kg extract ../shared/corpus -o data/facts.jsonl"


def test_bundled_targets_are_clean_noun_phrases_and_no_subsidies() -> None:
    """The fragment detector over every target of the bundled facts: no sentence piece, no firm, no reward."""
    import re

    from kg.facts import Entity
    from kg.pipeline import read_facts
    from loaders.rules.targets import is_fragment

    facts = read_facts(bundled_facts_path())
    targets = [f for f in facts if isinstance(f, Entity) and f.type == "Target"]
    firms = {f.name for f in facts if isinstance(f, Entity) and f.type == "Enterprise"}
    assert len(targets) > 300
    assert [t.props["indicator"] for t in targets if is_fragment(t.props["indicator"])] == []
    assert [t.props["indicator"] for t in targets if t.props["indicator"] in firms] == []
    # A reward in money is an incentive (科技奖励 counted in 项 is an award won, a real indicator).
    rewards = re.compile(r"奖励|补助|补贴|资助|贴息|给予|最高")
    money = {"万元", "元", "亿元"}
    paid = [
        t.props["indicator"] for t in targets if rewards.search(t.props["indicator"]) and t.props.get("unit") in money
    ]
    assert paid == []
    incentives = [f for f in facts if isinstance(f, Entity) and f.type == "Incentive"]
    assert {i.props["kind"] for i in incentives} == {"fixed", "ratio"}
    # the plans' one cap (单项合同最高不超过50万元) bounds the ratio before it (技术交易额的3%): one award, not two
    capped = [
        (i.props["value"], i.props["unit"], i.props["cap"], i.props["cap_unit"]) for i in incentives if "cap" in i.props
    ]
    assert capped == [(3, "%", 50, "万元")], capped
