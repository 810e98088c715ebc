"""How cost grows with size: extraction, load, queries, RDF export and the view, with peak memory.

Usage:
  python bench/scale.py extract [--plans 10,100,1000] [--workers 1,2]
  python bench/scale.py graph [--nodes 10000,100000,1000000] [--backends embedded,neo4j]
  python bench/report.py                      # bench/results.json -> bench/RESULTS.md and bench/scale.png

Each measurement is appended to ``bench/results.json`` (one JSON object per line: bench, backend, size,
figures), which ``bench/report.py`` turns into the tables and the chart. Commands run as a user runs them,
``kg extract`` and ``kg build`` in their own process, so their peak RSS (``wait4``) is the command's own;
the database server's memory is read from ``/proc`` (the embedded redis-server, the Neo4j JVM) and reported
apart. Neo4j runs on a throwaway server (scripts/neo4j-local on port 7689, started fresh for each size so
that emptying a million-node store is not what is measured).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

RESULTS = BENCH / "results.json"
WORK = Path(os.environ.get("KG_BENCH_DIR", "/tmp/kg-scale"))
KG = [sys.executable, "-m", "kg.cli"]
NEO4J_PORT = "7689"
REUSE = os.environ.get("KG_BENCH_REUSE") == "1"  # keep an embedded database already built at this size
ONLY = set(filter(None, os.environ.get("KG_BENCH_ONLY", "").split(",")))  # e.g. "queries,view": skip the rest


def wanted(bench: str) -> bool:
    return not ONLY or bench in ONLY


def record(bench: str, backend: str, size: int, **figures: object) -> None:
    # The machine is shared; the load average at the end of a measurement (its own work included) says how
    # much of the two cores the figure had, so runs on different days can be read side by side.
    row = {"bench": bench, "backend": backend, "size": size, **figures, "loadavg": round(os.getloadavg()[0], 1)}
    print(json.dumps(row, ensure_ascii=False), flush=True)
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a kg command; return wall seconds, its peak RSS in MB, and its stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, **(env or {})}
    )
    assert process.stderr is not None
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed: {err}")
    return seconds, usage.ru_maxrss / 1024, err


def rss_of(pid: int) -> float:
    """Peak resident memory (VmHWM) of a running process, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --- extraction --------------------------------------------------------------------------------------------


def bench_extract(plan_counts: list[int], workers: list[int]) -> None:
    from synth import synthetic_corpus

    for plans in plan_counts:
        corpus = WORK / f"plans-{plans}"
        if not (corpus / "truth.jsonl").is_file():
            shutil.rmtree(corpus, ignore_errors=True)
            synthetic_corpus(plans, max(2000, plans * 20), corpus)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
        for count in workers:
            out = WORK / f"facts-{plans}.jsonl"
            seconds, rss, _ = run([*KG, "extract", str(corpus), "-o", str(out), "--workers", str(count)])
            scores = score(corpus, out)
            record("extract", f"{count} worker{'s' if count > 1 else ''}", plans, seconds=round(seconds, 2),
                   chars=chars, chars_per_s=round(chars / seconds), rss_mb=round(rss), **scores)  # fmt: skip


def score(corpus: Path, facts_file: Path) -> dict[str, float]:
    """Recall and precision of firm, platform and project names and of target values against truth.jsonl."""
    truth: dict[str, set] = {"Enterprise": set(), "Platform": set(), "Project": set(), "Target": set()}
    for line in (corpus / "truth.jsonl").open(encoding="utf-8"):
        plan = json.loads(line)
        truth["Enterprise"].update(plan["firms"])
        truth["Platform"].update(plan["platforms"])
        truth["Project"].update(plan["projects"])
        truth["Target"].update((t["value"], t["unit"]) for t in plan["targets"])
    found: dict[str, set] = {key: set() for key in truth}
    for line in facts_file.open(encoding="utf-8"):
        fact = json.loads(line)
        kind = fact.get("type")
        if kind == "Enterprise":  # a firm counts by its name alone, so precision can be scored
            found[kind].add(fact["name"])
        elif kind in ("Platform", "Project"):
            found[kind].update([fact["name"], *fact.get("aliases", [])])
        elif kind == "Target":
            found["Target"].add((fact.get("value"), fact.get("unit") or ""))
    out: dict[str, float] = {}
    for key, expected in truth.items():
        hit = expected & found[key]
        out[f"{key.lower()}_recall"] = round(len(hit) / max(1, len(expected)), 3)
    firms = found["Enterprise"]
    out["enterprise_precision"] = round(len(firms & truth["Enterprise"]) / max(1, len(firms)), 3)
    return out


# --- graph: load, queries, export, view --------------------------------------------------------------------


def facts_file(nodes: int) -> Path:
    from synth import synthetic_facts

    from kg.facts import write_jsonl

    path = WORK / f"synthetic-{nodes}.jsonl"
    if not path.is_file():
        write_jsonl(synthetic_facts(nodes, seed=7), path)
    return path


def neo4j(action: str) -> dict[str, str]:
    env = {**os.environ, "NEO4J_LOCAL_PORT": NEO4J_PORT, "NEO4J_LOCAL_HOME": str(WORK / "neo4j"),
           "NEO4J_LOCAL_HEAP": os.environ.get("KG_BENCH_NEO4J_HEAP", "4g"),
           "NEO4J_LOCAL_PAGECACHE_MB": os.environ.get("KG_BENCH_NEO4J_PAGECACHE_MB", "2048")}  # fmt: skip
    if action == "fresh":
        subprocess.run([str(ROOT / "scripts" / "neo4j-local"), "stop"], env=env, capture_output=True)
        shutil.rmtree(WORK / "neo4j", ignore_errors=True)
        subprocess.run([str(ROOT / "scripts" / "neo4j-local"), "start"], env=env, check=True, capture_output=True)
    elif action == "stop":
        subprocess.run([str(ROOT / "scripts" / "neo4j-local"), "stop"], env=env, capture_output=True)
    # NEO4J_LOCAL_HOME tells kg where the launcher's marker is, so a first load may go through neo4j-admin import
    return {"KG_BACKEND": "neo4j", "NEO4J_URI": f"bolt://127.0.0.1:{NEO4J_PORT}",
            "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD", "kgpassword"),
            "NEO4J_LOCAL_HOME": str(WORK / "neo4j")}  # fmt: skip


def server_pid(backend: str, db: Path) -> int | None:
    if backend == "embedded":
        return json.loads((db / "server.json").read_text())["pid"]
    found = subprocess.run(["pgrep", "-f", f"Launcher(\\.java)? .*{NEO4J_PORT}"], capture_output=True, text=True)
    pids = [int(p) for p in found.stdout.split()]
    return pids[0] if pids else None


def scoped_params(store) -> dict[str, str]:
    """Parameters an analyst would pass, taken from the graph itself: one city, firm, university, agency.

    The canned queries answer one question about one city or chain; with their defaults ("" = all) several
    list the whole graph, which is measured too (``queries-all``) but is a listing, not a question.
    """

    def first(statement: str) -> str:
        rows = store.read(statement).rows
        return rows[0][0] if rows else ""

    city = first("MATCH (:Plan)-[:APPLIES_TO]->(c:Region) RETURN c.name ORDER BY c.name LIMIT 1")
    university = first("MATCH (u:University) RETURN u.name ORDER BY u.name LIMIT 1")
    return {
        "city": city,
        "agency": first("MATCH (a:Agency) RETURN a.name ORDER BY a.name LIMIT 1"),
        "university": university,
        "name": first("MATCH (f:Enterprise) RETURN f.name ORDER BY f.name LIMIT 1"),
        "from": university,
        "to": city,
        "industry": "生物医药",
        "indicator": "高新技术企业",
        "year": "2025",
    }


def drop_embedded(db: Path) -> None:
    """Stop the embedded store's server and remove its folder, so the next load starts from nothing."""
    subprocess.run([*KG, "server", "stop", "--db", str(db)], capture_output=True, cwd=ROOT)
    shutil.rmtree(db, ignore_errors=True)


def measure_load(
    bench: str, backend: str, nodes: int, path: Path, db: Path, env: dict[str, str], flag: str | None
) -> None:
    seconds, rss, err = run([*KG, "build", "--facts", str(path), *([flag] if flag else [])], env)
    match = re.search(r"\((\d+) items in ([\d.]+) s, ([^)]*)\)", err)
    items, load_seconds, method = (int(match[1]), float(match[2]), match[3]) if match else (0, seconds, "")
    pid = server_pid(backend, db)
    record(bench, backend, nodes, seconds=round(seconds, 1), load_seconds=round(load_seconds, 1), items=items,
           items_per_s=round(items / load_seconds), rss_mb=round(rss), method=method,
           server_rss_mb=round(rss_of(pid)) if pid else None)  # fmt: skip


def bench_graph(sizes: list[int], backends: list[str]) -> None:
    from kg.queries import catalogue, run_query
    from kg.store import open_store

    for nodes in sizes:
        path = facts_file(nodes)
        for backend in backends:
            db = WORK / f"db-{nodes}"
            reuse = REUSE and backend == "embedded" and (db / "graph.rdb").is_file()
            if backend == "embedded":
                env = {"KG_BACKEND": "embedded", "KG_DB": str(db)}
                if not reuse:
                    drop_embedded(db)
            else:
                env = neo4j("fresh")
            if not reuse and wanted("load-unwind"):
                # UNWIND batches into an empty store, the path of incremental loads and remote servers, beside
                # the engine's bulk path measured next (each into a store of its own).
                measure_load("load-unwind", backend, nodes, path, db, env, "--no-bulk")
                if backend == "embedded":
                    drop_embedded(db)
                else:
                    env = neo4j("fresh")
            if not reuse:
                measure_load("load", backend, nodes, path, db, env, None)  # kg's own choice of path
            os.environ.update(env)
            with open_store(backend, db=db) as store:
                scoped = scoped_params(store)
                # Above 100,000 nodes the whole-graph listings take minutes each (RESULTS.md says which).
                kinds = (("queries", scoped), ("queries-all", {})) if nodes <= 100_000 else (("queries", scoped),)
                for kind, chosen in kinds:
                    medians = {}
                    for name, query in sorted(catalogue().items()):
                        given = {p.name: p.example for p in query.params if p.required and p.example}
                        given.update({p.name: chosen[p.name] for p in query.params if p.name in chosen})
                        times = []
                        for _ in range(5 if kind == "queries" and nodes <= 100_000 else 3):
                            # as `kg query` runs it: names looked up, answers kept at build time read
                            started = time.perf_counter()
                            run_query(store, name, given)
                            times.append(time.perf_counter() - started)
                        medians[name] = round(statistics.median(times) * 1000, 1)
                    slowest = max(medians, key=medians.get)
                    runs = 5 if kind == "queries" and nodes <= 100_000 else 3
                    record(kind, backend, nodes, max_median_ms=medians[slowest], slowest=slowest, runs=runs,
                           medians_ms=medians, params=chosen)  # fmt: skip
            if backend == "embedded" and wanted("export"):
                out = WORK / "export.nt"
                seconds, rss, err = run([*KG, "export", "--format", "nt", "-o", str(out)], env)
                triples = int(re.search(r"wrote (\d+) triples", err).group(1))
                record("export", backend, nodes, seconds=round(seconds, 1), triples=triples,
                       triples_per_s=round(triples / seconds), rss_mb=round(rss))  # fmt: skip
                out.unlink(missing_ok=True)
            if wanted("view"):
                seconds, rss, err = run([*KG, "view", "-o", str(WORK / "view.html")], env)
                record("view", backend, nodes, seconds=round(seconds, 1), rss_mb=round(rss), nodes_drawn=1000)
            if backend == "embedded" and REUSE:
                pass  # kept for the next run with KG_BENCH_REUSE=1
            elif backend == "embedded":
                drop_embedded(db)
            else:
                neo4j("stop")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("extract", "graph"))
    parser.add_argument("--plans", default="10,100,1000")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--nodes", default="10000,100000,1000000")
    parser.add_argument("--backends", default="embedded,neo4j")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    if args.what == "extract":
        bench_extract([int(n) for n in args.plans.split(",")], [int(n) for n in args.workers.split(",")])
    else:
        bench_graph([int(n) for n in args.nodes.split(",")], args.backends.split(","))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
