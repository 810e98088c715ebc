"""RDF export speed: triples per second per format and serialiser, on the five plans and a synthetic graph.

Usage: python bench/export.py [--nodes 100000] [--rdflib-nodes 10000] [--db /tmp/kg-bench-export]

For each graph and format the export is timed end to end (read the store, build triples, serialise,
write the file) with kg's default serialisers (pyoxigraph streaming; sorted N-Triples; kg's JSON-LD
writer) and with rdflib's (``--engine rdflib``: the whole graph in an rdflib Graph, then its serialiser).
rdflib is run on the five plans and on a synthetic graph of --rdflib-nodes nodes (at 100,000 nodes it
needs several GB), which is enough to show how it grows. Peak RSS of this process is printed at the end.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synth import synthetic_facts  # noqa: E402

from kg.pipeline import build  # noqa: E402
from kg.rdf import export  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.cypher import load_facts  # noqa: E402

FORMATS = ("nt", "ttl", "xml", "trig", "jsonld")


def measure(store, label: str, engines: tuple[str, ...], out: Path) -> list[list[str]]:
    rows = []
    for fmt in FORMATS:
        cells = [label, fmt]
        for engine in engines:
            path = out / f"export.{fmt}"
            started = time.perf_counter()
            report = export(store, path, fmt, engine=engine)
            seconds = time.perf_counter() - started
            cells.append(f"{report.triples:,} in {seconds:.2f} s = {report.triples / seconds:,.0f}/s")
            path.unlink()
        rows.append(cells)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--rdflib-nodes", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/kg-bench-export"))
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="kg-bench-export-"))
    rows: list[list[str]] = []
    with open_store("embedded", db=args.db) as store:
        store.clear()
        build(store)
        rows += measure(store, "5 plans", ("oxigraph", "rdflib"), out)
        for nodes, engines in ((args.rdflib_nodes, ("oxigraph", "rdflib")), (args.nodes, ("oxigraph",))):
            store.clear()
            load_facts(store, synthetic_facts(nodes))
            rows += measure(store, f"{nodes:,} nodes", engines, out)
        store.clear()
    header = ["graph", "format", "kg default (pyoxigraph / own writers)", "rdflib"]
    widths = [max(len(r[i]) if i < len(r) else 0 for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)))
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
