"""The canned query catalogue (``queries/*.cypher``) and the runner for canned and analysts' own scripts.

Each canned query is one file with a header of ``//`` comment lines::

    // title: 产业链企业分布 | Firms on an industry chain
    // question: Which firms sit on an industry chain, and in which cities?
    // param: industry string Industry = 生物医药 -- industry or chain name, Chinese (example: 新能源汽车)
    // returns: industry, city, firm

Parameters are typed (string, int, float, bool); values from the command line are converted and passed as
Cypher parameters, never pasted into the text. A string parameter may say what it names, an ontology class
(``Industry``, ``Region``; ``Entity`` for a node of any class): its value is then looked up before the query
runs (:func:`resolve_names`), so an English label, a scheme notation or a division code is read as the node's
name, and a value that names nothing gives no rows and a note naming the closest known values.

Every query runs in a read-only transaction, which the server enforces (FalkorDB's GRAPH.RO_QUERY, Neo4j's
READ access mode); ``write=True`` lifts that for an analyst's own script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import OntologyError, QueryError
from kg.ontology import ENTITY, Ontology
from kg.resources import resource_dir
from kg.similar import CUTOFF, closest, grams
from kg.store import kept_chains, kept_plans, read
from kg.store.base import GraphStore, QueryResult
from kg.store.names import quote_name

_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>string|int|float|bool)(?:\s+(?P<names>[A-Z][A-Za-z]*))?(?:\s*=\s*(?P<default>[^-]*?))?\s*"
    r"(?:--\s*(?P<doc>.*?))?(?:\(example:\s*(?P<example>[^)]*)\))?\s*$"
)
_TYPES = {"string": str, "int": int, "float": float, "bool": bool}
ENTITY_WORD = ENTITY.rsplit("#", 1)[-1]  # a parameter that names a node of any class says "Entity"


def _infer(raw: Any) -> Any:
    """Numbers and booleans for a script that declares no parameter types (2025 matches an int year).

    Values that are not text (from Python: numbers, booleans, lists) already have their type and pass as they
    are; a script without a header has no declared type to hold them to.
    """
    if not isinstance(raw, str):
        return raw
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
    names: str | None = None  # the ontology class whose nodes the value names (ENTITY_WORD: any)

    @property
    def required(self) -> bool:
        return self.default is None

    @property
    def names_a_node(self) -> bool:
        """True for a string parameter whose header says which class of node its value names."""
        return self.names is not None and self.type == "string"

    @property
    def shown_default(self) -> str:
        """The default as ``--list`` and the README show it: ``(required)``, ``""`` for empty, else the value."""
        if self.default is None:
            return "(required)"
        return self.default or '""'

    def summary(self) -> str:
        """One line for ``kg query --list``: ``city: string (Region) = "", e.g. 天门市``."""
        names = f" ({self.names})" if self.names else ""
        default = "required" if self.required else f"= {self.shown_default}"
        example = f", e.g. {self.example}" if self.example else ""
        return f"{self.name}: {self.type}{names} {default}{example}"

    def convert(self, raw: Any) -> Any:
        """Turn the command-line text (or a Python value) into the declared type, or say what was expected.

        From Python, a value of the declared type is taken as it is (an int for an int, an int or a float for
        a float); anything else (a list, a bool for a number, a number for a string) is a QueryError, since
        the canned queries declare one scalar per parameter.
        """
        if not isinstance(raw, str):
            return self._convert_value(raw)
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

    def _convert_value(self, value: Any) -> Any:
        kind = _TYPES.get(self.type)
        if self.type == "float" and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if kind is not None and isinstance(value, kind) and (self.type == "bool") == isinstance(value, bool):
            return value
        raise QueryError(
            f"parameter {self.name!r} must be {self.type}, got {value!r} ({type(value).__name__})",
            f"example: {self.name}={self.example or self.default or '…'}",
        )


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

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
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
                    param.group("names"),
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
    store: GraphStore, name_or_path: str, params: dict[str, Any] | None = None, write: bool = False
) -> QueryResult:
    """Run a canned query or a script with its parameters; read-only unless ``write``.

    Parameters are text as the command line gives them, or Python values of the declared types.
    """
    query = find_query(name_or_path)
    values, notes = resolve_names(store, query, query.bind(params or {}))
    searched = None if write else searched_paths(store, query, values)
    if searched is None and not write:
        searched = kept_answer(store, query, values, notes)
    if searched is not None:
        result = searched
    elif write:
        result = store.run(query.body, values)
    else:
        body, anchors = anchored(store, query.body, values)
        result = store.read(body, {**values, **anchors})
    result.notes.extend(notes)
    return result


# A clause that finds a node by a parameter naming it: MATCH (e) WHERE e.name = $name OR $name IN e.aliases,
# followed by the next clause (so nothing else belongs to its WHERE).
_NAMED_NODE = re.compile(
    r"\bMATCH \((?P<var>[a-z_]\w*)\)\s+WHERE (?P=var)\.name = \$(?P<param>\w+) OR \$(?P=param) IN (?P=var)\.aliases"
    r"(?=\s+(?:OPTIONAL\s+MATCH|MATCH|WITH|RETURN|UNWIND)\b)"
)


def anchored(store: GraphStore, body: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``body`` with each clause that finds a node by name or alias with no label (``MATCH (e) WHERE e.name =
    $name OR $name IN e.aliases``) bound instead to the nodes it matches, found first through the indexes, and
    the parameters that carry them.

    Neither backend uses an index for a node without a label, so that clause reads every node of the graph
    (a second at 10^6 nodes on Neo4j). :func:`kg.store.read.ids_by_name` finds the same nodes label by label;
    when they are of one label the clause becomes ``MATCH (e:Label) WHERE e.id IN $ids`` (an id index
    seek) and matches exactly them, and when none, the same with no ids. Nodes of several labels keep the
    clause as written.
    """
    anchors: dict[str, Any] = {}

    def bind(match: re.Match[str]) -> str:
        text = values.get(match["param"])
        if not isinstance(text, str):
            return match[0]
        ids = read.ids_by_name(store, text)
        try:
            labels = {store.ontology.class_of_id(node_id) for node_id in ids} or {store.ontology.node_labels[0]}
        except OntologyError:  # an id kg did not make: leave the clause to the store
            return match[0]
        if len(labels) != 1:
            return match[0]
        name = f"kg_ids_{match['param']}"
        anchors[name] = ids
        return f"MATCH ({match['var']}:{quote_name(store.ontology, labels.pop())}) WHERE {match['var']}.id IN ${name}"

    return _NAMED_NODE.sub(bind, body), anchors


# connection_path's pattern: both ends named by parameters, the relationship types walked, the most hops.
_SHORTEST = re.compile(
    r"MATCH \((?P<a>\w+)\) WHERE (?P=a)\.name = \$(?P<from>\w+) OR \$(?P=from) IN (?P=a)\.aliases\s+"
    r"MATCH \((?P<b>\w+)\) WHERE (?P=b)\.name = \$(?P<to>\w+) OR \$(?P=to) IN (?P=b)\.aliases\s+"
    r"WITH (?P=a), (?P=b) WHERE (?P=a) <> (?P=b)\s+"
    r"MATCH p = allShortestPaths\(\((?P=a)\)-\[:(?P<types>\w+(?:\|\w+)*)\*1\.\.(?P<hops>\d+)\]-\((?P=b)\)\)\s+"
    r"WITH length\(p\) AS hops, \[n IN nodes\(p\) \| coalesce\(n\.name, n\.id\)\] AS names, "
    r"\[r IN relationships\(p\) \| type\(r\)\] AS relationships\s+"
    r"RETURN hops, names, relationships\s+ORDER BY hops, names, relationships\s+LIMIT (?P<limit>\d+)$"
)


def searched_paths(store: GraphStore, query: Query, values: dict[str, Any]) -> QueryResult | None:
    """The answer to a query of connection_path's shape, found by a breadth-first search in the store; None
    for any other query.

    Neither backend finds the ends by an index when the query gives no label, and FalkorDB's allShortestPaths
    expands every node within reach of the first end: on a million-node graph the Cypher takes a minute. The
    search (:func:`kg.store.read.shortest_paths`) finds the ends label by label and steps from the narrower
    side. It answers exactly what the Cypher does (tests/test_queries_guidance.py compares the two on both
    backends), and it is recognised by the query's text, so a changed query simply runs as Cypher.
    """
    match = _SHORTEST.fullmatch(query.body)
    if not match:
        return None
    sources = read.ids_by_name(store, values[match["from"]])
    targets = read.ids_by_name(store, values[match["to"]])
    types = match["types"].split("|")
    found = [
        path
        for source in sources
        for target in targets
        for path in read.shortest_paths(store, source, target, types, int(match["hops"]))
    ]
    names = read.node_names(store, {node for nodes, _ in found for node in nodes})
    rows = sorted([len(rels), [names[node] for node in nodes], rels] for nodes, rels in found)
    return QueryResult(["hops", "names", "relationships"], rows[: int(match["limit"])])


def kept_answer(store: GraphStore, query: Query, values: dict[str, Any], notes: list[str]) -> QueryResult | None:
    """The answer to firms_on_chains_across_cities read from what the build keeps on each industry (the walk
    sorts and groups every firm of the graph: 8-9 s at 10^6 nodes), or to plan_summary from the counts each plan
    keeps (the walk reads every mention: about a second at 10^6 nodes); None for any other query.

    The kept lists and counts are made by the store with the query's own grouping (:mod:`kg.store.kept_chains`,
    :mod:`kg.store.kept_plans`), so the rows are the ones the Cypher gives; tests/test_kept_chains.py and
    tests/test_kept_plans.py compare the two after every kind of write
    on both backends. Like :func:`searched_paths` it is recognised by the query's text. A graph built before
    the lists were kept is walked as written (the same answer, slower), with a note that a rebuild helps:
    refusing would break a graph that answers correctly, only slowly.
    """
    if kept_plans.answers(query.body):  # plan_summary: each plan keeps its counts (kg.store.kept_plans)
        found = kept_plans.answer(store, query.body)
        if found is None:
            notes.append(f"this graph keeps no answer to {query.name} yet: {kept_plans.STALE}")
        return found
    if not kept_chains.answers(query.body):
        return None
    found = kept_chains.answer(store, query.body, values)
    if found is None:
        notes.append(f"this graph keeps no answer to {query.name} yet: {kept_chains.STALE}")
    return found


def named_class(ontology: Ontology, param: Param) -> str | None:
    """The label whose nodes ``param`` names (None: any label); an unknown class is a QueryError."""
    if param.names is None or param.names == ENTITY_WORD:
        return None
    if param.names not in ontology.classes:
        raise QueryError(
            f"parameter {param.name!r} names {param.names!r}, which the ontology does not define",
            f"use {ENTITY_WORD} or one of {', '.join(ontology.node_labels)}",
        )
    return param.names


def _what(ontology: Ontology, label: str | None) -> str:
    return ontology.node_class(label).label_en.lower() if label else ENTITY_WORD.lower()


def resolve_names(store: GraphStore, query: Query, values: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Read each value that names a node as the name the graph knows it by, or say what it might have meant.

    A value that is some node's name or alias is kept as it is (the queries match aliases themselves). A value
    that names nodes only by their reference data (an industry's English label or notation, a region's GB/T
    2260 code) becomes their name when they share one. A value that names nothing is kept too, so the query
    answers no rows, and gives a note: one line naming the closest known values (:mod:`kg.similar`). An empty
    value is the queries' "all" and is left alone.
    """
    resolved = dict(values)
    notes: list[str] = []
    for param in query.params:
        text = values.get(param.name)
        if not param.names_a_node or not isinstance(text, str) or not text.strip():
            continue
        label = named_class(store.ontology, param)
        found = read.nodes_named(store, label, text)
        if any(named for _, named in found):
            continue
        names = sorted({name for name, _ in found})
        if len(names) == 1:
            resolved[param.name] = names[0]
        elif names:
            notes.append(f"{text!r} stands for {len(names)} nodes: {', '.join(names[:5])}; give one name")
        else:
            near = closest(text, read.names_sharing(store, label, grams(text), CUTOFF))
            what = _what(store.ontology, label)
            notes.append(
                f"no {what} named {text!r}; closest: {', '.join(near)}"
                if near
                else f"no {what} named {text!r}, nor any close to it"
            )
    return resolved, notes


# The rules that keep a query running unchanged on Neo4j and FalkorDB (queries/README.md; a test enforces).
PORTABILITY_RULES: tuple[tuple[str, str, str], ...] = (
    (
        r"(?i)\bshortestPath\s*\(",
        "shortestPath()",
        "it picks one of several equally short paths as each backend likes, and FalkorDB takes it only directed "
        "and outside MATCH: use MATCH p = allShortestPaths(...) and ORDER BY",
    ),
    (
        r"(?i)\b(?:EXISTS|COUNT|COLLECT)\s*\{",
        "EXISTS { } / COUNT { } subqueries",
        "use a pattern predicate, OPTIONAL MATCH and count(), or size([...]) over a list comprehension",
    ),
    (r"=~", "regular expressions (=~)", "use STARTS WITH, ENDS WITH or CONTAINS"),
    (r"(?i)\bCALL\s*\{", "CALL { } subqueries", "write the query as one pipeline of MATCH / WITH clauses"),
    (
        r"(?i)\b(?:apoc|gds)\.",
        "APOC or GDS procedures",
        "neither exists in FalkorDB; compute in Cypher or with kg analyze (networkx)",
    ),
    (
        r"(?i)\b(?:CREATE|MERGE|DELETE|DETACH|REMOVE|SET|FOREACH|LOAD\s+CSV)\b",
        "write clauses",
        "canned queries are read-only",
    ),
    (r"\*\s*\]", "unbounded variable-length paths [*]", "give an upper bound, such as [*1..4]"),
    (r"(?i)\bCALL\s+db\.|\bSHOW\s", "catalogue procedures (CALL db.…, SHOW …)", "they differ between the two"),
    (
        r"(?i)\bcount\s*\(\s*\*\s*\)",
        "count(*)",
        "count a variable instead, count(x): FalkorDB miscounts count(*) per group after a multi-hop MATCH",
    ),
    (
        r"(?i)OPTIONAL\s+MATCH[^\n]*\]-[^\n]*-\[",
        "OPTIONAL MATCH over more than one relationship",
        "OPTIONAL MATCH "
        "one hop from a bound node, or collect a longer pattern with a pattern comprehension [(a)-->(b)-->(c) | c.x]: "
        "FalkorDB can bind part of a failed optional pattern (FalkorDB/FalkorDB#1952, #2435)",
    ),
)


def repeated_comprehension_variables(query: Query) -> list[str]:
    """Variables named in more than one pattern comprehension: FalkorDB lets such siblings interfere."""
    seen: dict[str, int] = {}
    for comprehension in re.findall(r"\[\s*\(([^|\]]*)\|", query.body):
        for name in set(re.findall(r"\(\s*([a-z_]\w*)\s*[:)]", comprehension)):
            seen[name] = seen.get(name, 0) + 1
    bound_outside = set(re.findall(r"(?:MATCH|WITH)[^\n]*?\(\s*([a-z_]\w*)\s*[:)]", query.body))
    return sorted(n for n, k in seen.items() if k > 1 and n not in bound_outside)


ALL_SHORTEST_RULE = (
    "allShortestPaths in a MATCH that does not follow a WITH: FalkorDB searches only between ends an earlier "
    "clause bound, so bind both ends and pass them on (MATCH (a) … MATCH (b) … WITH a, b MATCH p = allShortestPaths(…))"
)
_CLAUSE = re.compile(r"(?i)\b(?:OPTIONAL\s+MATCH|MATCH|WITH|UNWIND|RETURN|CALL)\b")


def unbound_shortest_paths(query: Query) -> bool:
    """True when an allShortestPaths pattern is matched other than right after a WITH clause."""
    starts = [m.start() for m in _CLAUSE.finditer(query.body)]
    clauses = [query.body[a:b] for a, b in zip(starts, [*starts[1:], len(query.body)], strict=True)]
    return any(
        re.search(r"(?i)\ballShortestPaths\s*\(", clause) and (i == 0 or not re.match(r"(?i)WITH\b", clauses[i - 1]))
        for i, clause in enumerate(clauses)
    )


def portability_problems(query: Query) -> list[str]:
    """Constructs in a query that one of the backends does not run, or runs differently."""
    problems = [f"{what}: {fix}" for pattern, what, fix in PORTABILITY_RULES if re.search(pattern, query.body)]
    if unbound_shortest_paths(query):
        problems.append(ALL_SHORTEST_RULE)
    repeated = repeated_comprehension_variables(query)
    if repeated:
        problems.append(f"variables {', '.join(repeated)} named in two pattern comprehensions: {COMPREHENSION_RULE}")
    return problems


COMPREHENSION_RULE = (
    "give each pattern comprehension its own variable names; FalkorDB lets same-named variables "
    "of sibling comprehensions interfere"
)


def catalogue_markdown() -> str:
    """queries/README.md: the rules, then every canned query from its header (``kg query --list`` in prose)."""
    lines = [
        "# Canned queries",
        "",
        "<!-- Generated from the headers of queries/*.cypher by `kg query --list --markdown > queries/README.md`;",
        "     tests/test_queries_catalogue.py fails when this file is out of date. -->",
        "",
        "One question per file. Run one with `kg query NAME -p key=value …` (`--format table|csv|json|jsonl`,",
        "`--backend embedded|neo4j`); `kg query --list` prints this catalogue. Parameters are passed as Cypher",
        "parameters, never pasted into the text; queries run in read-only transactions.",
        "",
        "## Writing a query that runs on both backends",
        "",
        "Every query here runs unchanged on Neo4j 5 and on the embedded FalkorDB, and returns the same rows",
        "(tests/test_parity.py). Stay in the common subset of openCypher the two share:",
        "",
    ]
    lines += [f"- no {what}: {fix};" for _, what, fix in PORTABILITY_RULES]
    lines += [
        f"- no variable named in two pattern comprehensions: {COMPREHENSION_RULE};",
        f"- no {ALL_SHORTEST_RULE};",
        "- return plain values (strings, numbers, lists, maps), not nodes or paths, so both give the same rows;",
        "- no toString() of a number that may have a fraction (FalkorDB writes 2.200000 where Neo4j writes 2.2):",
        "  return the number;",
        "- ORDER BY every column that decides the order (ties are broken differently otherwise);",
        "- give every list in a row an order: ORDER BY its items in a WITH right before the collect() (both",
        "  backends collect rows in the order they arrive), never the order a match or a pattern comprehension",
        "  happens to give (tests/test_parity.py compares rows and lists in order).",
        "",
        "A string parameter that names a node says which class (`// param: industry string Industry -- …`, `Entity`",
        "for any): kg looks the value up before the query runs, reads an English label, scheme notation or",
        "GB/T 2260 code as the node's name, and for a value that names nothing prints one line naming the",
        "closest known names (and no rows).",
        "",
        "Labels, relationship types and property keys are those of `ontology/kg.ttl`.",
        "",
        "## Catalogue",
        "",
    ]
    for query in catalogue().values():
        lines.append(f"### `{query.name}`: {query.title}")
        lines.append("")
        lines.append(query.question)
        lines.append("")
        if query.params:
            lines.append("| parameter | type | names | default | meaning | example |")
            lines.append("| --- | --- | --- | --- | --- | --- |")
            for p in query.params:
                default = p.shown_default if p.required else f"`{p.shown_default}`"
                lines.append(f"| `{p.name}` | {p.type} | {p.names or ''} | {default} | {p.doc} | `{p.example}` |")
            lines.append("")
        lines.append(f"Returns: {', '.join(f'`{c}`' for c in query.returns)}.")
        lines.append("")
        example = " ".join(f"-p {p.name}={p.example}" for p in query.params if p.example)
        lines.append(f"```\nkg query {query.name}{' ' + example if example else ''}\n```")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def query_ids(store: GraphStore, name: str, params: dict[str, str]) -> set[str]:
    """The nodes a canned query (or script) names in its answer: every returned value that is a node's name or id."""
    result = run_query(store, name, params)
    words: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    for row in result.rows:
        collect(row)
    if not words:
        raise QueryError(f"query {name} returned no names to draw", "; ".join(result.notes) or "try other parameters")
    return read.ids_named(store, words)
