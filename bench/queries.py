"""Median latency of every canned query, per backend, on the five plans and on a synthetic graph.

Usage: python bench/queries.py [--nodes 100000] [--backends embedded,neo4j] [--runs 7] [--db /tmp/kg-bench-q]
                               [--only connection_path,...] [--scoped] [--no-plans] [--keep] [--loaded]

Each query runs with its header's example parameters (``--scoped``: on the synthetic graph, the parameters
bench/scale.py takes from the graph itself, one university, city, firm and agency), once to warm up and then
--runs times, through ``run_query`` (so the look-up of what a parameter names is timed too); the median
is printed. The synthetic graph (bench/synth.py) shares the industry scheme, indicators and regions with the
real one, so the same examples find rows there too. Neo4j is reached through NEO4J_* (scripts/neo4j-local).
``--keep`` leaves the synthetic graph in the store and ``--loaded`` times the graph already there (left by
``--keep`` or loaded by ``kg build --facts``) and leaves it, so a query can be measured again at 10^6 nodes
without loading a million nodes again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale import scoped_params  # noqa: E402
from synth import synthetic_facts  # noqa: E402

from kg.pipeline import build  # noqa: E402
from kg.queries import catalogue, run_query  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.cypher import load_facts  # noqa: E402


def time_queries(
    store, runs: int, only: set[str], chosen: dict[str, str] | None = None
) -> dict[str, tuple[float, int]]:
    out = {}
    for name, query in catalogue().items():
        if only and name not in only:
            continue
        params = {p.name: p.example for p in query.params if p.example}
        if chosen:
            params.update({p.name: chosen[p.name] for p in query.params if p.name in chosen})
        run_query(store, name, params)
        samples = []
        rows = 0
        for _ in range(runs):
            started = time.perf_counter()
            rows = len(run_query(store, name, params).rows)
            samples.append(time.perf_counter() - started)
        out[name] = (statistics.median(samples), rows)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--backends", default="embedded,neo4j")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=Path("/tmp/kg-bench-q"))
    parser.add_argument("--only", default="", help="comma-separated query names (default: all)")
    parser.add_argument("--scoped", action="store_true", help="synthetic graph: parameters taken from the graph")
    parser.add_argument("--no-plans", action="store_true", help="skip the graph of the five plans")
    parser.add_argument("--keep", action="store_true", help="leave the synthetic graph in the store")
    parser.add_argument("--loaded", action="store_true", help="time the synthetic graph --keep left (no load)")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    results: dict[tuple[str, str], dict[str, tuple[float, int]]] = {}
    for backend in args.backends.split(","):
        options = {"db": args.db / backend} if backend == "embedded" else {}
        with open_store(backend, **options) as store:
            store.ensure_schema()
            if not args.loaded:
                store.clear()
            if not args.no_plans and not args.loaded:
                build(store)
                results[(backend, "5 plans")] = time_queries(store, args.runs, only)
                store.clear()
            if not args.loaded:
                load_facts(store, synthetic_facts(args.nodes))
            chosen = scoped_params(store) if args.scoped else None
            if chosen:
                print(f"{backend}: parameters {chosen}", file=sys.stderr)
            results[(backend, f"{args.nodes:,} nodes")] = time_queries(store, args.runs, only, chosen)
            if not args.keep and not args.loaded:
                store.clear()
    keys = list(results)
    print(f"{'query':<32}" + "".join(f"{b + ' ' + d:>28}" for b, d in keys))
    for name in (n for n in catalogue() if not only or n in only):
        cells = "".join(f"{results[k][name][0] * 1000:>17.1f} ms {results[k][name][1]:>5} rows" for k in keys)
        print(f"{name:<32}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
