"""Load speed into each backend: the bundled facts, a synthetic graph, and a naive one-statement-per-row path.

Usage: python bench/load.py [--nodes 100000] [--backends embedded,neo4j] [--batch-sizes 1000,5000,20000]
                            [--db /tmp/kg-bench] [--naive-rows 2000]

Neo4j is reached through the usual NEO4J_* variables (start one with scripts/neo4j-local start). Every run
empties the store first. "items" are nodes plus relationships (MENTIONED_IN included) as the writer counts
them; the naive path sends one MERGE per node or relationship for the first --naive-rows rows, which is what
a loader without UNWIND batches does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synth import synthetic_facts  # noqa: E402

from kg.facts import Entity, Fact, Relation  # noqa: E402
from kg.pipeline import bundled_facts_path, read_facts  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.cypher import load_facts, mentions, quote_name  # noqa: E402


def naive_load(store, facts: list[Fact], rows: int) -> tuple[int, float]:
    """One statement per node and per relationship, parameters only: the baseline batching is measured against."""
    onto = store.ontology
    labels: dict[str, str] = {}
    done = 0
    started = time.perf_counter()
    relations: list[Relation] = []
    for fact in facts:
        if done >= rows:
            break
        if isinstance(fact, Entity):
            labels[fact.id] = fact.type
            props = {k: v for k, v in fact.props.items() if v is not None}
            props["name"] = fact.name
            store.write(
                f"MERGE (n:{quote_name(onto, fact.type)} {{id: $id}}) SET n += $props", {"id": fact.id, "props": props}
            )
            relations.extend(mentions(fact))
        else:
            relations.append(fact)
        done += 1
    for rel in relations[: max(0, rows - done)]:
        if rel.source not in labels or rel.target not in labels:
            continue
        store.write(
            f"MATCH (a:{quote_name(onto, labels[rel.source])} {{id: $a}}) "
            f"MATCH (b:{quote_name(onto, labels[rel.target])} {{id: $b}}) "
            f"MERGE (a)-[:{quote_name(onto, rel.type)}]->(b)",
            {"a": rel.source, "b": rel.target},
        )
        done += 1
    return done, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--backends", default="embedded,neo4j")
    parser.add_argument("--batch-sizes", default="5000")
    parser.add_argument("--db", type=Path, default=Path("/tmp/kg-bench"))
    parser.add_argument("--naive-rows", type=int, default=2000)
    args = parser.parse_args()
    bundled = read_facts(bundled_facts_path())
    synthetic = list(synthetic_facts(args.nodes))
    print(f"{'backend':<9} {'data':<22} {'batch':>6} {'items':>9} {'seconds':>8} {'items/s':>9}")
    for backend in args.backends.split(","):
        options = {"db": args.db / backend} if backend == "embedded" else {}
        with open_store(backend, **options) as store:
            store.ensure_schema()
            results = {}
            for label, facts in (("bundled (5 plans)", bundled), (f"synthetic {args.nodes:,} nodes", synthetic)):
                for size in (int(s) for s in args.batch_sizes.split(",")):
                    store.clear()
                    report = load_facts(store, facts, batch_size=size)
                    rate = report.items / report.seconds
                    results[(label, size)] = rate
                    print(f"{backend:<9} {label:<22} {size:>6} {report.items:>9,} {report.seconds:>8.2f} {rate:>9,.0f}")
            store.clear()
            done, seconds = naive_load(store, synthetic, args.naive_rows)
            naive = done / seconds
            best = max(v for (label, _), v in results.items() if label.startswith("synthetic"))
            print(
                f"{backend:<9} {'naive, one per row':<22} {1:>6} {done:>9,} {seconds:>8.2f} {naive:>9,.0f}"
                f"   batched/naive = {best / naive:,.0f}x"
            )
            store.clear()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
