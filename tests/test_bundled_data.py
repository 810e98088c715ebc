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
