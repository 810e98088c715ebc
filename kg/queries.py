"""The canned query catalogue (``queries/*.cypher``) and the runner for canned and analysts' own scripts.

Each canned query is one file with a header of ``//`` comment lines::

    // title: 产业链企业分布 | Firms on an industry chain
    // question: Which firms sit on an industry chain, and in which cities?
    // param: industry string = 生物医药 -- industry or chain name, Chinese (example: 新能源汽车)
    // returns: industry, city, firm

Parameters are typed (string, int, float, bool); values from the command line are converted and passed as
Cypher parameters, never pasted into the text. Every query runs in a read-only transaction, which the
server enforces (FalkorDB's GRAPH.RO_QUERY, Neo4j's READ access mode); ``write=True`` lifts that for an
analyst's own script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.resources import resource_dir
from kg.store.base import GraphStore, QueryResult

_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>string|int|float|bool)(?:\s*=\s*(?P<default>[^-]*?))?\s*"
    r"(?:--\s*(?P<doc>.*?))?(?:\(example:\s*(?P<example>[^)]*)\))?\s*$"
)
_TYPES = {"string": str, "int": int, "float": float, "bool": bool}


def _infer(raw: str) -> Any:
    """Numbers and booleans for a script that declares no parameter types (2025 matches an int year)."""
    for kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(raw.lower(), raw)


@dataclass
class Param:
    name: str
    type: str
    default: Any = None
    doc: str = ""
    example: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, raw: str) -> Any:
        """Turn the command-line text into the declared type, or say what was expected."""
        try:
            if self.type == "bool":
                if raw.lower() in ("true", "1", "yes"):
                    return True
                if raw.lower() in ("false", "0", "no"):
                    return False
                raise ValueError(raw)
            return _TYPES[self.type](raw)
        except ValueError:
            raise QueryError(
                f"parameter {self.name!r} must be {self.type}, got {raw!r}",
                f"example: -p {self.name}={self.example or self.default or '…'}",
            ) from None


@dataclass
class Query:
    """A Cypher script with its header: the documentation and the parameter contract."""

    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    returns: list[str] = field(default_factory=list)
    params: list[Param] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("//")).strip()

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Check and convert parameters: unknown names, missing required ones and bad types are errors."""
        known = {p.name: p for p in self.params}
        if self.params or not given:
            unknown = sorted(set(given) - set(known))
            if unknown:
                raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}", self.usage())
        values: dict[str, Any] = {}
        for param in self.params:
            if param.name in given:
                values[param.name] = param.convert(given[param.name])
            elif param.default is not None:
                values[param.name] = param.convert(param.default)
            else:
                raise QueryError(f"query {self.name!r} needs parameter {param.name!r}", self.usage())
        if not self.params:
            values.update({k: _infer(v) for k, v in given.items()})  # a script without a header
        return values

    def usage(self) -> str:
        if not self.params:
            return f"kg query {self.name} takes no parameters"
        parts = [f"-p {p.name}=<{p.type}>" + ("" if p.required else f" (default {p.default})") for p in self.params]
        return f"expected: kg query {self.name} " + " ".join(parts)


def parse_query(path: Path, name: str | None = None) -> Query:
    """Read a ``.cypher`` file and its header."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{path}: no such query file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query ({exc})") from None
    query = Query(name=name or path.stem, path=path, text=text)
    for line in text.splitlines():
        if not line.lstrip().startswith("//"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "title":
            query.title = value
        elif key == "question":
            query.question = value
        elif key == "returns":
            query.returns = [c.strip() for c in value.split(",") if c.strip()]
        elif key == "param":
            param = _PARAM.match(value)
            if not param:
                raise QueryError(f"{path}: malformed param line {value!r}")
            raw = param.group("default")
            default = raw.strip() if raw is not None and raw.strip() else None
            if default is not None and len(default) >= 2 and default[0] == default[-1] == '"':
                default = default[1:-1]  # "" is an empty default, not a missing one
            query.params.append(
                Param(
                    param.group("name"),
                    param.group("type"),
                    default,
                    (param.group("doc") or "").strip(),
                    (param.group("example") or "").strip(),
                )
            )
    if not query.body:
        raise QueryError(f"{path}: the query is empty")
    return query


def catalogue(directory: Path | None = None) -> dict[str, Query]:
    """Every canned query by name."""
    directory = directory or resource_dir("queries")
    return {p.stem: parse_query(p) for p in sorted(directory.glob("*.cypher"))}


def find_query(name_or_path: str) -> Query:
    """A canned query by name, or an analyst's ``.cypher`` file by path."""
    if name_or_path.endswith(".cypher") or "/" in name_or_path:
        return parse_query(Path(name_or_path))
    queries = catalogue()
    if name_or_path not in queries:
        raise QueryError(f"no canned query named {name_or_path!r}", f"known: {', '.join(queries)} (kg query --list)")
    return queries[name_or_path]


def run_query(
    store: GraphStore, name_or_path: str, params: dict[str, str] | None = None, write: bool = False
) -> QueryResult:
    """Run a canned query or a script with its parameters; read-only unless ``write``."""
    query = find_query(name_or_path)
    values = query.bind(params or {})
    return store.run(query.body, values) if write else store.read(query.body, values)
