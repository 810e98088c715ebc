"""The kg command as a user runs it: exit codes, one-line errors, and output naming real firms and cities."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_twice_gives_the_same_counts(db_path: Path) -> None:
    code, first, err = run("build", "--db", str(db_path), "--format", "json")
    assert code == 0, err
    assert "loaded" in err and "facts" in err
    code, second, _ = run("build", "--db", str(db_path), "--format", "json")
    assert code == 0 and json.loads(second) == json.loads(first)
    counts = json.loads(first)
    assert counts["nodes"]["Plan"] == 5 and counts["total_nodes"] > 500


def test_stats_and_a_canned_query_name_real_firms_and_cities(built_db: Path) -> None:
    code, out, _ = run("stats", "--db", str(built_db))
    assert code == 0 and "Enterprise" in out and "LOCATED_IN" in out
    code, out, err = run(
        "query", "firms_on_chain", "-p", "industry=生物医药", "--db", str(built_db), "--format", "json"
    )
    assert code == 0, err
    rows = json.loads(out)
    firms = {(r["firm"], r["region"]) for r in rows}
    assert ("湖北益泰药业股份有限公司", "天门市") in firms  # named in both Tianmen plans, one node
    assert all(r["industry"] == "生物医药" for r in rows)


def test_query_formats(built_db: Path) -> None:
    code, out, _ = run("query", "plan_summary", "--db", str(built_db), "--format", "csv")
    assert code == 0
    header, *lines = out.strip().splitlines()
    assert header.startswith("plan,region,period_start,period_end,enterprises")
    assert len(lines) == 5 and any(line.startswith("鄂州市科技创新“十四五”规划,鄂州市,2021,2025") for line in lines)


def test_query_list_shows_the_catalogue() -> None:
    code, out, _ = run("query", "--list")
    assert code == 0 and "firms_on_chain" in out
    # each parameter with its type, what it names, its default (or that it is required) and an example
    assert "industry: string (Industry) required, e.g. 生物医药" in out
    assert 'city: string (Region) = "", e.g. 天门市; year: int = 0, e.g. 2020' in out
    assert "min_cities: int = 2, e.g. 2" in out
    code, out, _ = run("query", "--list", "--format", "json")
    listed = {row["name"]: row["parameters"] for row in json.loads(out)}
    assert listed["connection_path"] == (
        "from: string (Entity) required, e.g. 华中科技大学; to: string (Entity) required, e.g. 鄂州市"
    )
    assert listed["plan_summary"] == ""


def test_query_errors_are_one_line_with_exit_1(built_db: Path) -> None:
    code, _, err = run("query", "no_such_query", "--db", str(built_db))
    assert code == 1 and err.startswith("Error: no canned query named 'no_such_query'") and err.count("\n") == 1
    code, _, err = run("query", "firms_on_chain", "--db", str(built_db))
    assert code == 1 and "needs parameter 'industry'" in err and "-p industry=<string>" in err
    code, _, err = run("query", "firms_on_chain", "-p", "industri=x", "--db", str(built_db))
    assert code == 1 and "has no parameter industri" in err
    code, _, err = run("query", "firms_on_chain", "-p", "industry", "--db", str(built_db))
    assert code == 2 and "is not key=value" in err


def test_an_analysts_script_runs_read_only(built_db: Path, tmp_path: Path) -> None:
    script = tmp_path / "mine.cypher"
    script.write_text("MATCH (p:Plan) WHERE p.period_end = $end RETURN p.title AS t ORDER BY t", encoding="utf-8")
    code, out, _ = run("query", str(script), "-p", "end=2025", "--db", str(built_db), "--format", "json")
    assert code == 0 and [r["t"] for r in json.loads(out)] == [
        "天门市科技创新“十四五”规划",
        "鄂州市科技创新“十四五”规划",
    ]
    writer = tmp_path / "w.cypher"
    writer.write_text("MATCH (n) DETACH DELETE n", encoding="utf-8")
    code, _, err = run("query", str(writer), "--db", str(built_db))
    assert code == 1 and "writes to the graph" in err and "--write" in err
    code, out, _ = run("stats", "--db", str(built_db), "--format", "json")
    assert json.loads(out)["total_nodes"] > 500


def test_extract_prints_facts_in_the_fact_model(corpus_dir: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "facts.jsonl"
    code, _, err = run("extract", str(corpus_dir / "002_46415f348f6328f3.txt"), "-o", str(out_file))
    assert code == 0, err
    lines = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    plan = lines[0]
    assert plan["type"] == "Plan" and plan["number"] == "荆政办发〔2025〕9号" and plan["period_end"] == 2027
    relations = [o for o in lines if "from" in o]
    assert relations and all(set(o) == {"type", "from", "to", "evidence"} for o in relations)


def test_every_command_has_help_with_an_example() -> None:
    from kg.cli import main as group

    for name, command in group.commands.items():
        if name == "server":
            continue
        assert "Example" in (command.help or ""), name
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage:" in out
