"""Extraction quality against the gold annotations in tests/gold: precision, recall and F1 per type.

Usage: python bench/extract_quality.py [--corpus ../shared/corpus] [--gold tests/gold] [-v]

The whole corpus is extracted together (as `kg build` does, so cross-document resolution counts), then each
gold document is scored on the entities its plan mentions. -v lists false positives and negatives.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders import extract_documents, read_documents  # noqa: E402
from loaders.quality import SCORED_TYPES, Score, load_gold, score_document  # noqa: E402
from loaders.resolve import plan_id  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    documents = read_documents([args.corpus])
    facts = extract_documents(documents)
    titles = {}
    from loaders.extract import DocumentExtractor

    for doc in documents:
        titles[doc.name] = plan_id(DocumentExtractor(doc).meta.title)
    totals: dict[str, dict[str, Score]] = {}
    golds = sorted(args.gold.glob("*.json"))
    print(f"{'document':<28} {'type':<11} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for path in golds:
        gold = load_gold(path)
        scores = score_document(facts, titles[gold["document"]], gold)
        split = totals.setdefault(gold.get("split", "dev"), {t: Score() for t in SCORED_TYPES})
        for etype in SCORED_TYPES:
            s = scores[etype]
            split[etype].add(s)
            print(
                f"{gold['document'][:28]:<28} {etype:<11} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} "
                f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
            )
            if args.verbose:
                if s.false_positives:
                    print("    FP:", " | ".join(s.false_positives))
                if s.false_negatives:
                    print("    FN:", " | ".join(s.false_negatives))
    for split, scores in sorted(totals.items()):
        names = ", ".join(load_gold(p)["document"][:3] for p in golds if load_gold(p).get("split", "dev") == split)
        label = {"heldout": "held out from rule development", "dev": "used to develop the rules"}.get(split, split)
        print(f"\n{split} documents ({names}; {label})")
        for etype in SCORED_TYPES:
            s = scores[etype]
            print(f"{'':<28} {etype:<11} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
