"""firms_on_chains_across_cities on a loaded graph: the walk against the kept answer, and what keeping it costs.

Usage: python bench/kept_chains.py [--backend embedded|neo4j] [--db PATH] [--runs 5] [--keep]

On the graph already in the store (loaded by ``kg build --facts``, e.g. bench/synth.py's 10^6 nodes):
``--keep`` first makes every industry's kept lists (:func:`kg.store.kept_chains.keep_all`, what a first load runs
after the import) and prints how long that took; then the query's own Cypher (the walk) and ``kg.run_query``
(the kept answer, or the walk with a note when the graph keeps none) each run once to warm up and ``--runs``
times; the medians are printed, and whether the two answers are the same rows.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.queries import find_query, run_query  # noqa: E402
from kg.store import kept_chains, open_store  # noqa: E402

NAME = "firms_on_chains_across_cities"


def median_ms(call, runs: int) -> tuple[float, object]:
    result = call()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="embedded")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="make the kept lists first (timed)")
    parser.add_argument("--skip-walk", action="store_true", help="time only the kept answer")
    args = parser.parse_args()
    options = {"db": args.db} if args.backend == "embedded" and args.db else {}
    with open_store(args.backend, **options) as store:
        if args.keep:
            started = time.perf_counter()
            industries = kept_chains.keep_all(store)
            print(f"{args.backend}: keep_all {time.perf_counter() - started:.1f} s, {industries} industries")
        body = find_query(NAME).body
        kept_ms, kept = median_ms(lambda: run_query(store, NAME), args.runs)
        print(f"{args.backend}: run_query {kept_ms:.0f} ms, {len(kept.rows)} rows, notes {kept.notes}")
        if not args.skip_walk:
            walk_ms, walk = median_ms(lambda: store.read(body, {"min_cities": 2}), args.runs)
            same = sorted(map(json.dumps, walk.rows)) == sorted(map(json.dumps, kept.rows))
            print(f"{args.backend}: walk {walk_ms:.0f} ms, {len(walk.rows)} rows; same rows: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
