"""How long kg view takes to write a page, and headless Chromium to settle its layout, by graph size.

Usage: python bench/view.py [--sizes 200,1000,5000] [--nodes N] [--db /tmp/kg-bench-view] [--keep DIR]

A synthetic graph (bench/synth.py; of the largest size, or of ``--nodes`` nodes, which then also measures the
default view, ``--limit 1000``, of a big graph) is loaded into an embedded store through the bulk path. For each size N
the view is drawn with --limit N (below the graph's size that is the reduction kg view applies: the N most
central nodes and group nodes), and for the largest also with no limit at all, to show what the reduction
saves. Printed per row: nodes and edges drawn, page size, generation time (select, read, lay out the data,
write), and the time from navigation until vis-network's stabilisation finished in headless Chromium (the
page then turns physics off). The five sample plans (whole graph, no limit) are measured too.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synth import synthetic_facts  # noqa: E402

from kg.facts import write_jsonl  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.view import DEFAULT_LIMIT, make_view, write_view  # noqa: E402
from kg.view.headless import chromium, open_view  # noqa: E402


def measure(store, limit: int, label: str, out_dir: Path, driver) -> list[str]:
    started = time.perf_counter()
    view = make_view(store, limit=limit)
    path = out_dir / f"view-{label.replace(' ', '-')}.html"
    write_view(view, path)
    generated = time.perf_counter() - started
    report = open_view(driver, path, timeout=600)
    problems = len(report.console_errors) + len(report.external_requests)
    return [
        label,
        f"{view.selected:,}",
        f"{view.drawn:,}",
        f"{view.edges:,}",
        f"{path.stat().st_size / 1e6:.1f} MB",
        f"{generated:.2f} s",
        f"{report.stabilized_ms / 1000:.1f} s",
        "none" if not problems else f"{problems} errors/requests",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,1000,5000")
    parser.add_argument("--db", type=Path, default=Path("/tmp/kg-bench-view"))
    parser.add_argument("--keep", type=Path, default=None, help="Keep the pages in this folder.")
    parser.add_argument("--nodes", type=int, default=0, help="Synthetic graph size [default: the largest size].")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-view-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with open_store("embedded", db=args.db) as store, chromium() as driver:
        store.clear()
        build(store)
        rows.append(measure(store, 0, "5 plans, no limit", out_dir, driver))
        nodes = args.nodes or sizes[-1]
        facts = out_dir / f"synthetic-{nodes}.jsonl"
        write_jsonl(synthetic_facts(nodes), facts)
        build(store, facts_file=facts, clear=True)
        facts.unlink()
        for size in sizes:
            rows.append(measure(store, size, f"synthetic --limit {size}", out_dir, driver))
        if args.nodes:  # a big graph: the default view, not all of it
            rows.append(measure(store, DEFAULT_LIMIT, f"synthetic {nodes:,} nodes, default", out_dir, driver))
        else:
            rows.append(measure(store, 0, "synthetic, no limit", out_dir, driver))
        store.clear()
    header = ["view", "selected", "drawn", "edges", "page", "generate", "settle in Chromium", "errors"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in pairs]
        print("  ".join(cells))
    if args.keep:
        print(f"pages kept in {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
