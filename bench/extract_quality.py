"""Extraction quality against the gold annotations in tests/gold: precision, recall and F1 per type and relation.

Usage: python bench/extract_quality.py [--corpus DIR]... [--gold tests/gold] [-v] [--rules] [--split dev|heldout]

Each corpus folder is extracted as `kg build` would (cross-document resolution inside the folder counts), then
each gold document is scored on the entities its plan mentions and, for entities matched to gold, on their
LOCATED_IN, IN_INDUSTRY and HOSTED_BY. Totals are given per split: "dev" plans were used to develop the rules,
"heldout" plans never were. -v lists false positives and negatives; --rules gives each rule's precision on the
dev plans (the figures behind loaders/data/rules.tsv).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.facts import Entity  # noqa: E402
from kg.ontology import load_ontology  # noqa: E402
from loaders import extract_documents, read_documents  # noqa: E402
from loaders.extract import DocumentExtractor  # noqa: E402
from loaders.quality import Score, load_gold, score_document, score_relations, scored_relations, scored_types  # noqa: E402
from loaders.resolve import plan_id  # noqa: E402

DEFAULT_CORPORA = (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "plans")
ONTOLOGY = load_ontology()
SCORED_TYPES = scored_types(ONTOLOGY)
ROWS = (*SCORED_TYPES, *scored_relations(ONTOLOGY))
# Figures are scored on their values, not by the rule that named them.
FIGURES = frozenset(ONTOLOGY.group("indicatorFigures") + ONTOLOGY.group("offeredFigures"))


def extract_corpora(corpora: list[Path]) -> tuple[dict[str, list], dict[str, str]]:
    """Facts of each corpus folder (resolved within it), and plan id by document file name."""
    facts_by_doc: dict[str, list] = {}
    titles: dict[str, str] = {}
    for corpus in corpora:
        if not corpus.is_dir() or not any(corpus.glob("*.txt")):
            print(f"skipping {corpus}: not found", file=sys.stderr)
            continue
        documents = read_documents([corpus])
        facts = extract_documents(documents)
        for doc in documents:
            titles[doc.name] = plan_id(DocumentExtractor(doc).meta.title)
            facts_by_doc[doc.name] = facts
    return facts_by_doc, titles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", help="corpus folder (repeatable)")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("--split", choices=("dev", "heldout"), help="only documents of this split")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--rules", action="store_true", help="precision of each entity rule on the dev plans")
    parser.add_argument("--markdown", action="store_true", help="print the totals as the README's table")
    parser.add_argument(
        "--documents",
        help="only these documents, by the number their file names open with (128,129,130): one held-out round",
    )
    args = parser.parse_args()
    facts_by_doc, titles = extract_corpora(args.corpus or list(DEFAULT_CORPORA))
    totals: dict[str, dict[str, Score]] = {}
    members: dict[str, list[str]] = defaultdict(list)
    rule_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    print(f"{'document':<28} {'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for path in sorted(args.gold.glob("*.json")):
        gold = load_gold(path)
        split = gold.get("split", "dev")
        if gold["document"] not in titles or (args.split and split != args.split):
            continue
        if args.documents and gold["document"][:3] not in args.documents.split(","):
            continue
        facts, plan = facts_by_doc[gold["document"]], titles[gold["document"]]
        matches: list = []
        scores = score_document(facts, plan, gold, matches)
        scores.update(
            score_relations(
                facts, plan, matches, rule_hits if args.rules and split == "dev" else None, gold_document=gold
            )
        )
        members[split].append(gold["document"][:3])
        split_totals = totals.setdefault(split, {t: Score() for t in ROWS})
        for row in ROWS:
            s = scores[row]
            split_totals[row].add(s)
            if s.tp + s.fp + s.fn == 0:
                continue
            print(
                f"{gold['document'][:28]:<28} {row:<12} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} "
                f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
            )
            if args.verbose:
                if s.false_positives:
                    print("    FP:", " | ".join(s.false_positives))
                if s.false_negatives:
                    print("    FN:", " | ".join(s.false_negatives))
        if args.rules and split == "dev":
            matched = {id(entity) for _, entity in matches}
            for fact in facts:
                if isinstance(fact, Entity) and fact.type in SCORED_TYPES and fact.type not in FIGURES:
                    ev = [e for e in fact.evidence if e.document == plan]
                    if ev:
                        rule_hits[ev[0].rule][0 if id(fact) in matched else 1] += 1
    for split, scores in sorted(totals.items()):
        label = {"heldout": "held out from rule development", "dev": "used to develop the rules"}.get(split, split)
        print(f"\n{split} documents ({', '.join(members[split])}; {label})")
        for row in ROWS:
            s = scores[row]
            print(f"{'':<28} {row:<12} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    if args.markdown:
        splits = [s for s in ("heldout", "dev") if s in totals]
        head = " | ".join(f"{s}: P | R | F1" for s in splits)
        print(f"\n| row | {head} |\n| --- |{' --- | --- | --- |' * len(splits)}")
        for row in ROWS:
            cells = " | ".join(
                f"{totals[s][row].precision:.2f} | {totals[s][row].recall:.2f} | {totals[s][row].f1:.2f}"
                for s in splits
            )
            print(f"| {row} | {cells} |")
    if args.rules:
        print("\nrules on the dev plans (matched / extracted; relations of entities matched to gold)")
        for rule, (hit, miss) in sorted(rule_hits.items()):
            print(f"  {rule:<34} {hit / (hit + miss):5.2f}  {hit}/{hit + miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
