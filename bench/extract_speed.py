"""Extraction speed: characters per second on the sample corpus (or any folder of plans).

Usage: python bench/extract_speed.py [--corpus ../shared/corpus] [--repeat 5]

Start-up (imports, the ontology, gazetteers, jieba's dictionary) is measured once and reported apart; the
figure that matters is the wall time of extracting every plan, best of --repeat runs, on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    from loaders import extract_documents, read_documents
    from loaders.gazetteer import industries, regions
    from loaders.lexicon import is_common_word
    from loaders.rules.targets import indicator_index

    regions(), industries(), indicator_index(), is_common_word("规划")
    startup = time.perf_counter() - started
    documents = read_documents([args.corpus])
    chars = sum(len(d.text) for d in documents)
    runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        facts = extract_documents(documents)
        runs.append(time.perf_counter() - t0)
    best = min(runs)
    print(f"plans           {len(documents)}")
    print(f"characters      {chars:,}")
    print(f"facts           {len(facts):,}")
    print(f"start-up        {startup:.2f} s (imports, ontology, gazetteers, lexicon; once per process)")
    print(f"extraction      {best:.2f} s best of {args.repeat} (median {sorted(runs)[len(runs) // 2]:.2f} s)")
    print(f"speed           {chars / best:,.0f} characters/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
