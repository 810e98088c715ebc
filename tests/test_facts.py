"""The fact model's JSON Lines form, and validation against the ontology with errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.errors import FactError, InputError
from kg.facts import Entity, Evidence, Relation, dumps, fact_from_json, read_jsonl, write_jsonl
from kg.ontology import Ontology, load_ontology
from kg.pipeline import read_facts
from kg.validate import OutOfOrder, validate, validate_file, validate_stream

PLAN = {"type": "Plan", "id": "plan:p", "name": "测试规划", "title": "测试规划", "period_start": 2021}
EV = {"document": "plan:p", "section": "一、发展基础", "start": 3, "end": 9, "text": "湖北某某公司"}
FIRM = {
    "type": "Enterprise",
    "id": "enterprise:湖北某某有限公司",
    "name": "湖北某某有限公司",
    "aliases": ["某某"],
    "evidence": [EV],
}
CITY = {"type": "Region", "id": "region:429006", "name": "天门市", "level": "county", "code": "429006"}
LOCATED = {"type": "LOCATED_IN", "from": FIRM["id"], "to": CITY["id"], "evidence": [EV]}


def write(tmp_path: Path, *objs: object) -> Path:
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return path


def test_a_valid_file_loads_entities_before_relations(tmp_path: Path) -> None:
    facts = read_facts(write(tmp_path, LOCATED, FIRM, CITY, PLAN))
    assert [f.type for f in facts] == ["Plan", "Enterprise", "Region", "LOCATED_IN"]
    firm = facts[1]
    assert isinstance(firm, Entity) and firm.aliases == ["某某"] and firm.evidence[0].section == "一、发展基础"


def test_round_trip_through_json_lines(tmp_path: Path) -> None:
    facts = [fact_from_json(o) for o in (PLAN, FIRM, CITY, LOCATED)]
    path = tmp_path / "out.jsonl"
    assert write_jsonl(facts, path) == 4
    again = [f for _, f in read_jsonl(path)]
    assert [dumps(f) for f in again] == [dumps(f) for f in facts]
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[3])["from"] == FIRM["id"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({**FIRM, "type": "Company"}, r"facts.jsonl:2: unknown type 'Company'"),
        ({**FIRM, "founded": 1999}, r"facts.jsonl:2: unknown property 'founded' for Enterprise"),
        ({**CITY, "level": "village"}, r"facts.jsonl:2: level='village' is not allowed for Region"),
        ({**CITY, "code": 429006}, r"facts.jsonl:2: property 'code' of 'region:429006' must be string"),
        ({**FIRM, "id": "firm:x"}, r"facts.jsonl:2: id 'firm:x' does not start with a known type prefix"),
        ({**FIRM, "id": "region:x"}, r"facts.jsonl:2: id 'region:x' is not a Enterprise id"),
        (
            {"type": "Target", "id": "target:t", "name": "t", "value": 3},
            r"lacks required comparator, indicator, status",
        ),
        ({**FIRM, "aliases": "某某"}, r"facts.jsonl:2: 'aliases' of .* must be a list of strings"),
        ({**FIRM, "name": ""}, r"facts.jsonl:2: entity .* needs a non-empty 'name'"),
    ],
)
def test_bad_entities_are_errors_naming_the_line(tmp_path: Path, bad: dict, message: str) -> None:
    with pytest.raises(FactError, match=message):
        read_facts(write(tmp_path, PLAN, bad))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({**LOCATED, "type": "OWNS"}, r"facts.jsonl:4: unknown type 'OWNS'"),
        (
            {**LOCATED, "to": "region:999999"},
            r"facts.jsonl:4: LOCATED_IN 'to' id 'region:999999' is not an entity",
        ),
        (
            {**LOCATED, "from": CITY["id"], "to": FIRM["id"]},
            r"facts.jsonl:4: LOCATED_IN cannot go from a Region",
        ),
        ({**LOCATED, "weight": 2}, r"facts.jsonl:4: LOCATED_IN takes no properties besides evidence"),
        (
            {**LOCATED, "evidence": [{"document": "plan:p"}]},
            r"facts.jsonl:4: evidence needs document, start and end",
        ),
    ],
)
def test_bad_relations_are_errors_naming_the_line(tmp_path: Path, bad: dict, message: str) -> None:
    with pytest.raises(FactError, match=message):
        read_facts(write(tmp_path, PLAN, FIRM, CITY, bad))


def test_malformed_json_and_evidence_of_unknown_plans(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text(json.dumps(PLAN) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(FactError, match=r"facts.jsonl:2: not valid JSON"):
        read_facts(path)
    with pytest.raises(FactError, match=r"cites 'plan:other', which is not a plan of this load"):
        read_facts(write(tmp_path, PLAN, {**FIRM, "evidence": [{**EV, "document": "plan:other"}]}))


def test_unreadable_facts_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such facts file"):
        read_facts(tmp_path / "missing.jsonl")
    bad = tmp_path / "gbk.jsonl"
    bad.write_bytes(json.dumps(PLAN, ensure_ascii=False).encode("gbk") + b"\n")
    with pytest.raises(InputError, match="must be UTF-8"):
        read_facts(bad)


def test_validate_accepts_facts_built_in_code(ontology: Ontology) -> None:
    ev = Evidence("plan:p", 0, 4, "", "天门纺机")
    facts = [
        Entity("Enterprise", "enterprise:天门纺机", "天门纺机", evidence=[ev]),
        Entity("Plan", "plan:p", "P"),
        Relation("MENTIONED_IN", "enterprise:天门纺机", "plan:p", [ev]),
    ]
    kept = validate([("code", f) for f in facts], ontology)
    assert [f.type for f in kept] == ["Plan", "Enterprise", "MENTIONED_IN"]


def test_write_is_atomic_when_the_stream_fails(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")

    def broken():
        yield fact_from_json(PLAN)
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError):
        write_jsonl(broken(), path)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def _outcome(check: Callable[[], int]) -> tuple[str, str]:
    try:
        return ("passed", str(check()))
    except (FactError, InputError, OutOfOrder) as exc:
        return (type(exc).__name__, str(exc))


TARGET = {"type": "Target", "id": "target:t", "name": "t", "indicator": "i", "comparator": ">=", "status": "target"}
BIG = 123456789012345678901234567890  # beyond 64 bits: orjson reads it as a float, json as an integer


@pytest.mark.parametrize(
    "last",
    [
        LOCATED,
        {**LOCATED, "evidence": None},
        {**LOCATED, "evidence": []},
        {**LOCATED, "evidence": [EV, {**EV, "document": "plan:elsewhere"}]},
        {**LOCATED, "type": "OWNS"},
        {**LOCATED, "type": ""},
        {**LOCATED, "type": ["LOCATED_IN"]},
        {**LOCATED, "to": "region:999999"},
        {**LOCATED, "from": CITY["id"], "to": FIRM["id"]},
        {**LOCATED, "weight": 2},
        {**LOCATED, "id": "x", "name": "y"},
        {**LOCATED, "to": 429006},
        {**LOCATED, "from": FIRM["id"] + "\x07"},
        {**LOCATED, "evidence": {"document": "plan:p"}},
        {**LOCATED, "evidence": [{"document": "plan:p"}]},
        {**LOCATED, "evidence": ["plan:p"]},
        {**LOCATED, "evidence": [{**EV, "start": "3"}]},
        {**LOCATED, "evidence": [{**EV, "start": "three"}]},
        {**LOCATED, "evidence": [{**EV, "start": 3.5}]},
        {**LOCATED, "evidence": [{**EV, "start": True}]},
        {**LOCATED, "evidence": [{**EV, "start": BIG}]},
        {**LOCATED, "evidence": [{**EV, "confidence": None}]},
        {**LOCATED, "evidence": [{**EV, "confidence": "high"}]},
        {**LOCATED, "evidence": [{**EV, "confidence": 1}]},
        {**LOCATED, "evidence": [{**EV, "section": None, "text": 5, "rule": ["r"]}]},
        {**LOCATED, "evidence": [{**EV, "document": 7}]},
        {**TARGET, "value": BIG},
        {**TARGET, "year": BIG},
        {**TARGET, "unit": BIG},
        {**FIRM, "founded": 1999},
        ["not", "an", "object"],
    ],
)
def test_validating_a_file_from_decoded_lines_agrees_with_the_fact_objects(tmp_path: Path, last: object) -> None:
    """``validate_file`` takes common relation lines from their decoded values (and decodes with orjson); on
    anything else, and for every fault, it must say what ``validate_stream`` of the fact objects says."""
    path = write(tmp_path, PLAN, FIRM, CITY, last)
    ontology = load_ontology()
    assert _outcome(lambda: validate_file(path, ontology)) == _outcome(
        lambda: validate_stream(read_jsonl(path), ontology)
    )
