"""Word lists the rules read: one term a line (or tab-separated columns) in ``loaders/data/*.txt|tsv``.

The rules' vocabulary (verbs that cut a name, suffixes, umbrella words, cue words, countries) lives in data
files so that a reviewer can grow it without reading code, and so that no word list hides in a regular
expression. Lines starting with ``#`` are comments (each file opens with a header saying what it holds and why);
blank lines are skipped. Files are read once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@cache
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of ``loaders/data/<name>``, split on tabs, in file order."""
    rows = []
    with (DATA / name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def read_terms(name: str) -> tuple[str, ...]:
    """The first column of ``loaders/data/<name>``: one term a line, duplicates dropped, file order kept."""
    return tuple(dict.fromkeys(row[0] for row in read_rows(name) if row[0]))


def read_map(name: str) -> dict[str, str]:
    """A two-column file as a dict (first column -> second)."""
    return {row[0]: row[1] for row in read_rows(name) if len(row) >= 2}


@cache  # asked for every mention and every piece of evidence, of a few hundred rule names
def rule_confidence(rule: str) -> float:
    """A rule's confidence from ``loaders/data/rules.tsv`` (rule, confidence, what it reads); 0.5 if unlisted."""
    table = _confidences()
    return table.get(rule, table.get(rule.split(":", 1)[0], 0.5))


@cache
def _confidences() -> dict[str, float]:
    return {row[0]: float(row[1]) for row in read_rows("rules.tsv") if len(row) >= 2}
