"""Doubtful facts for an analyst to check, written as a corrections file they can edit and build with.

Every fact's evidence names the rule that read it and that rule's confidence (loaders/data/rules.tsv). A fact
is as trustworthy as its best evidence; those below a threshold are listed, weakest first, each as a
commented-out correction (``drop`` for an entity, ``unrelate`` for a relationship) under a comment quoting its
evidence. Reviewing is uncommenting the lines that are wrong and writing the reason; ``kg build --corrections``
applies them. Reference facts (the region tree, the industry scheme) carry no evidence and are never listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.facts import Entity, Evidence, Fact
from kg.ontology import Ontology, load_ontology


@dataclass(frozen=True)
class Doubt:
    """One doubtful fact: its confidence, the rule that read it, the correction line that would remove it."""

    confidence: float
    rule: str
    kind: str
    label: str
    correction: str
    evidence: Evidence | None


def confidence(evidence: Iterable[Evidence]) -> tuple[float, str]:
    """A fact's confidence and rule: those of its most confident evidence (1.0 with no evidence)."""
    best = max(evidence, key=lambda e: (e.confidence, e.rule), default=None)
    return (1.0, "") if best is None else (best.confidence, best.rule)


def doubts(
    facts: list[Fact], below: float = 0.8, types: Iterable[str] = (), ontology: Ontology | None = None
) -> list[Doubt]:
    """Facts whose best evidence is below ``below``, weakest first, optionally only of some types.

    Facts from reference data or from a plan's own structure (the ontology's ``kgo:notReviewed``) are never
    listed: there is nothing in them for a reviewer to judge.
    """
    skipped = frozenset((ontology or load_ontology()).group("notReviewed"))
    wanted = set(types)
    names = {f.id: f.name for f in facts if isinstance(f, Entity)}
    out = []
    for fact in facts:
        if fact.type in skipped or (wanted and fact.type not in wanted) or not fact.evidence:
            continue
        score, rule = confidence(fact.evidence)
        if score >= below:
            continue
        evidence = min(fact.evidence, key=lambda e: (-e.confidence, e.document, e.start))
        if isinstance(fact, Entity):
            label = f"{fact.type} {fact.name}"
            line = f"drop\t{fact.id}\t"
        else:
            label = f"{fact.type} {names.get(fact.source, fact.source)} -> {names.get(fact.target, fact.target)}"
            line = f"unrelate\t{fact.type}\t{fact.source}\t{fact.target}\t"
        out.append(Doubt(score, rule, fact.type, label, line, evidence))
    out.sort(key=lambda d: (d.confidence, d.kind, d.label))
    return out


def format_review(items: list[Doubt], below: float) -> str:
    """The doubts as a corrections file: a comment with the evidence, then the correction, commented out."""
    lines = [
        f"# kg review: {len(items)} facts below confidence {below:g}, weakest first.",
        "# Uncomment the correction under each fact that is wrong, write why after the last tab, then",
        "#   kg build --corrections THIS_FILE",
        "# action\tsubject\tobject\treason",
    ]
    for item in items:
        ev = item.evidence
        where = f"{ev.document} [{ev.start}:{ev.end}] {ev.section}".rstrip() if ev else ""
        lines.append("")
        lines.append(f"# {item.confidence:.2f} {item.rule or '-'}  {item.label}")
        if ev is not None:
            lines.append(f"#   «{ev.text}»  {where}")
        lines.append(f"#{item.correction}")
    return "\n".join(lines) + "\n"


def review(
    corpus: Iterable[Path] = (), facts_file: Path | None = None, below: float = 0.8, types: Iterable[str] = ()
) -> list[Doubt]:
    """The doubts of an extraction of ``corpus`` (or of a facts file; default: the bundled facts)."""
    from kg.pipeline import bundled_facts_path, extract, read_facts

    corpus = list(corpus)
    facts = extract(corpus) if corpus else read_facts(facts_file or bundled_facts_path())
    return doubts(facts, below, types)
