"""Helpers for trying to break kg: run the CLI, insist on one clean line of error, and count what was tried.

Every case goes through :func:`refused` or :func:`accepted`, and every injected fault through
:func:`fault`, which tally them, so the README's Reliability figures come from the suite itself (pytest
prints them at the end of a run that includes ``tests/robustness``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from click.testing import CliRunner, Result

from kg.cli import main

TALLY: Counter[str] = Counter()

# Plan-like text written for these tests (no sentence comes from a real plan).
PLAN = """某某市科技创新“十四五”规划
某政发〔2021〕12号
一、发展基础
（一）创新能力稳步提升
全市高新技术企业达到110家，研发经费投入占GDP比重达到2.5%以上。湖北某某药业股份有限公司建成省级企业技术中心。
二、主要任务
（一）壮大生物医药产业链
1.依托某某大学共建某某产业技术研究院，推动某某高新技术产业开发区建设。
专栏1 主要指标
指标名称 2020年 2025年 属性
高新技术企业数（家） 110 200 预期性
（牵头单位：市科技局、市发改委）
"""


def kg(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def refused(result: Result, *needles: str, code: int = 1) -> str:
    """The command failed the way a user can act on: one ``Error:`` line naming the culprit, no traceback."""
    TALLY["refused"] += 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == code, (result.exit_code, result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def generated() -> None:
    """Count one input a property test or the fuzzer made up."""
    TALLY["generated"] += 1


def fault(kind: str) -> None:
    """Count one injected fault (a killed server, an interrupt, a racing build)."""
    TALLY["faults"] += 1
    TALLY[f"fault:{kind}"] += 1


def accepted(result: Result) -> str:
    TALLY["accepted"] += 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def stats(db: Path) -> str:
    result = kg("stats", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return result.stdout
