"""The embedded FalkorDB store: schema from the ontology, batched idempotent loads, read-only queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corrections import apply_corrections, read_corrections
from kg.errors import OntologyError, QueryError
from kg.facts import Entity, Evidence, Relation
from kg.ontology import Ontology
from kg.pipeline import build, bundled_corrections_path, bundled_facts_path, read_facts
from kg.store.cypher import load_facts, node_upsert, quote_name
from kg.store.falkordb import EmbeddedServer, FalkorStore

EV1 = Evidence("plan:a", 10, 14, "一、基础", "天门纺机")
EV2 = Evidence("plan:b", 20, 24, "二、任务", "天门纺机")


def small_facts(evidence: list[Evidence]) -> list:
    return [
        Entity("Plan", "plan:a", "A规划"),
        Entity("Plan", "plan:b", "B规划"),
        Entity("Region", "region:429006", "天门市", ["天门"], {"level": "county", "code": "429006"}),
        Entity("Enterprise", "enterprise:天门纺机", "天门纺机", ["纺机"], {}, evidence),
        Relation("LOCATED_IN", "enterprise:天门纺机", "region:429006", evidence),
    ]


def test_schema_is_created_once_per_label(store: FalkorStore, ontology: Ontology) -> None:
    store.ensure_schema()
    store.ensure_schema()
    constraints = store.read("CALL db.constraints()").rows
    assert sorted(row[1] for row in constraints) == sorted(ontology.node_labels)


def test_loading_twice_changes_nothing(store: FalkorStore) -> None:
    store.ensure_schema()
    load_facts(store, small_facts([EV1, EV2]))
    first = store.counts()
    props = store.read("MATCH (n) RETURN n.id, n.name, n.aliases ORDER BY n.id").rows
    load_facts(store, small_facts([EV1, EV2]), batch_size=1)
    assert store.counts() == first
    assert store.read("MATCH (n) RETURN n.id, n.name, n.aliases ORDER BY n.id").rows == props
    assert first.labels == {"Plan": 2, "Region": 1, "Enterprise": 1}
    assert first.types == {"LOCATED_IN": 1, "MENTIONED_IN": 2}


def test_evidence_is_replaced_per_document(store: FalkorStore) -> None:
    load_facts(store, small_facts([EV1, EV2]))
    newer = Evidence("plan:a", 30, 34, "三、措施", "天门纺机")
    load_facts(store, small_facts([newer]))
    rows = store.read("MATCH (:Enterprise)-[r:LOCATED_IN]->() RETURN r.document, r.start, r.section").rows
    assert rows == [[["plan:b", "plan:a"], [20, 30], ["二、任务", "三、措施"]]]


def test_queries_are_read_only_and_take_values_as_parameters(store: FalkorStore) -> None:
    load_facts(store, small_facts([EV1]))
    hostile = "'}) DETACH DELETE n //"
    assert store.read("MATCH (n:Enterprise) WHERE n.name = $name RETURN n.id", {"name": hostile}).rows == []
    with pytest.raises(QueryError, match="writes to the graph"):
        store.read("MATCH (n) DETACH DELETE n")
    assert store.counts().nodes == 4


def test_labels_come_only_from_the_ontology(ontology: Ontology) -> None:
    assert quote_name(ontology, "Enterprise") == "`Enterprise`"
    with pytest.raises(OntologyError, match="refusing to use"):
        node_upsert(ontology, "Enterprise`) DETACH DELETE (n")


def test_data_survives_a_server_restart(ontology: Ontology, db_path: Path) -> None:
    with FalkorStore(ontology, db_path) as s:
        build(s)
        before = s.counts()
    assert EmbeddedServer(db_path).stop() is True
    assert not EmbeddedServer(db_path).running()
    with FalkorStore(ontology, db_path) as s:
        assert s.counts() == before


def test_bundled_build_loads_every_fact(built_store: FalkorStore, ontology: Ontology) -> None:
    corrections = read_corrections(bundled_corrections_path())
    facts, _ = apply_corrections(read_facts(bundled_facts_path()), corrections, ontology)
    entities = [f for f in facts if isinstance(f, Entity)]
    counts = built_store.counts()
    assert counts.nodes == len(entities)
    by_type: dict[str, int] = {}
    for f in entities:
        by_type[f.type] = by_type.get(f.type, 0) + 1
    assert counts.labels == by_type


def test_a_command_refused_while_the_server_prepares_a_fork_is_sent_again() -> None:
    """FalkorDB refuses graph commands with "BUSY preparing to fork" while it readies an append-only-file
    rewrite (one started right after a bulk load's calls); the refused command was not run, so it is retried.
    Other refusals are not."""
    import redis

    from kg.store.falkordb import _unless_forking

    answers: list[object] = [
        redis.ResponseError("BUSY preparing to fork"),
        redis.ResponseError("BUSY preparing to fork"),
        "OK",
    ]

    def send() -> object:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert _unless_forking(send) == "OK" and not answers

    def refused() -> object:
        raise redis.ResponseError("errMsg: Invalid input")

    with pytest.raises(redis.ResponseError, match="Invalid input"):
        _unless_forking(refused)
