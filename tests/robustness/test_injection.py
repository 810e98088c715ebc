"""Injection: every value reaches the database as data, never as Cypher, through every parameter of every
canned query, on both backends; and canned queries and scripts cannot write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.queries import catalogue, run_query
from kg.store.base import GraphStore
from kg.store.falkordb import FalkorStore
from kg.store.neo4j import Neo4jStore
from tests.robustness.helpers import accepted, generated, kg, refused

PAYLOADS = [
    "'}) DETACH DELETE n //",
    '"}) DETACH DELETE n //',
    "生物医药'}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "\\'; CREATE (:Evil {id:'evil'}) //",
    '\\"; CREATE (:Evil) //',
    "$industry",
    "`Enterprise`",
    "}]->(x) CREATE (:Evil)",
    "CYPHER industry='x' MATCH (n) DELETE n",
    "a\\\\b\\u0041\\n",
    "\u202e反转\u200b零宽",
    "😀" * 50,
    "引号\"'`{}[]()$,;:|",
    "x" * 10_000,
]


def _snapshot(store: GraphStore) -> tuple:
    counts = store.counts()
    return tuple(sorted(counts.labels.items())), tuple(sorted(counts.types.items()))


@pytest.fixture(scope="module")
def neo4j_built(neo4j_settings, ontology):
    from kg.pipeline import build

    with Neo4jStore(ontology, neo4j_settings) as store:
        store.clear()
        build(store)
        yield store


@pytest.mark.parametrize("backend", ["embedded", "neo4j"])
def test_a_hostile_value_arrives_as_the_same_string(backend: str, request: pytest.FixtureRequest) -> None:
    """The strongest form of "inert": the server hands back exactly the string it was given."""
    store = request.getfixturevalue("built_store" if backend == "embedded" else "neo4j_built")
    for payload in PAYLOADS:
        generated()
        rows = store.read("RETURN $value AS v, size($value) AS n", {"value": payload}).rows
        assert rows == [[payload, len(payload)]], payload


@pytest.mark.parametrize("backend", ["embedded", "neo4j"])
def test_every_parameter_of_every_canned_query_is_inert(backend: str, request: pytest.FixtureRequest) -> None:
    store = request.getfixturevalue("built_store" if backend == "embedded" else "neo4j_built")
    before = _snapshot(store)
    tried = 0
    for name, query in sorted(catalogue().items()):
        for param in query.params:
            for payload in PAYLOADS:
                generated()
                given = {p.name: p.example or p.default or "x" for p in query.params if p.required}
                given[param.name] = payload
                try:
                    run_query(store, name, given)
                except QueryError as exc:  # only a typed parameter may refuse, and it says which
                    assert param.type != "string" and param.name in str(exc), (name, param.name, exc)
                tried += 1
    assert tried > 100
    assert _snapshot(store) == before
    assert not store.read("MATCH (n:Evil) RETURN n").rows


def test_injection_through_the_command_line_is_inert(built: Path) -> None:
    before = kg("stats", "--db", built, "--format", "json").stdout
    for payload in PAYLOADS[:6]:
        out = accepted(kg("query", "firms_on_chain", "-p", f"industry={payload}", "--db", built, "--format", "json"))
        assert out.strip() == "[]"
        refused(kg("query", "firms_on_chains_across_cities", "-p", f"min_cities={payload}", "--db", built),
                "min_cities")  # fmt: skip
    assert kg("stats", "--db", built, "--format", "json").stdout == before


@pytest.mark.parametrize(
    "script",
    [
        "MATCH (n) DETACH DELETE n",
        "CREATE (:Evil {id: 'x'})",
        "MATCH (n:Enterprise) SET n.name = 'hacked'",
        "MERGE (n:Enterprise {id: 'enterprise:evil'}) RETURN n",
        "MATCH (n:Enterprise) WITH n LIMIT 1 REMOVE n.name RETURN 1",
    ],
)
def test_scripts_that_write_are_refused_without_write(built: Path, tmp_path: Path, script: str) -> None:
    before = kg("stats", "--db", built, "--format", "json").stdout
    path = tmp_path / "w.cypher"
    path.write_text(script, encoding="utf-8")
    refused(kg("query", path, "--db", built), "writes to the graph", "--write")
    assert kg("stats", "--db", built, "--format", "json").stdout == before


def test_scripts_that_write_are_refused_by_neo4j_too(neo4j_built: Neo4jStore) -> None:
    before = _snapshot(neo4j_built)
    with pytest.raises(QueryError, match="writes to the graph"):
        neo4j_built.read("MATCH (n:Enterprise) WITH n LIMIT 1 SET n.name = 'hacked' RETURN 1")
    assert _snapshot(neo4j_built) == before


def test_labels_and_types_never_come_from_user_text(built_store: FalkorStore) -> None:
    """Where a label is chosen at run time (view --type, stats, export), it is checked against the ontology."""
    from kg.errors import OntologyError
    from kg.store.cypher import quote_name

    for text in ("Enterprise) DETACH DELETE (n", "Evil", "`Enterprise`", "Enterprise:Evil"):
        with pytest.raises(OntologyError):
            quote_name(built_store.ontology, text)
