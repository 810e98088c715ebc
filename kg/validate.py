"""Check facts against the ontology before anything is written, so a bad fact never half-loads a graph.

Every check reads the ontology: entity types are its node classes, property keys its datatype properties
(with their literal types, closed value sets and required keys), relationship types its object properties
with their domain and range. The first violation raises :class:`FactError` naming where the fact came from
(``file:line`` for a facts file, the document for extracted facts).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from kg.cycles import no_cycle_collection
from kg.errors import FactError, OntologyError
from kg.facts import _CONTROL, RESERVED, Entity, Fact, Relation, fact_from_json, read_json_lines
from kg.ontology import Ontology


class Validator:
    """Stateful checker: remembers entity ids so relations can be checked for dangling ends."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self.types: dict[str, str] = {}
        self._props = {name: ontology.properties_of(name) for name in ontology.classes}

    def check_entity(self, entity: Entity, where: str) -> None:
        onto = self.ontology
        if entity.type not in onto.classes:
            raise FactError(
                f"{where}: unknown type {entity.type!r}",
                f"entity types are {', '.join(onto.node_labels)}; relation types are UPPER_SNAKE",
            )
        info = onto.classes[entity.type]
        try:
            id_class = onto.class_of_id(entity.id)
        except OntologyError as exc:
            raise FactError(f"{where}: {exc.message}", f"{entity.type} ids start with '{info.id_prefix}:'") from None
        if id_class != entity.type:
            raise FactError(f"{where}: id {entity.id!r} is not a {entity.type} id (expected '{info.id_prefix}:…')")
        allowed = self._props[entity.type]
        for key, value in entity.props.items():
            prop = allowed.get(key)
            if prop is None:
                raise FactError(
                    f"{where}: unknown property {key!r} for {entity.type} {entity.id!r}",
                    f"{entity.type} properties: {', '.join(sorted(allowed))}",
                )
            if value is None:
                continue
            if not prop.accepts(value):
                kind = "a list" if not prop.functional else prop.datatype.rsplit("#", 1)[-1]
                raise FactError(f"{where}: property {key!r} of {entity.id!r} must be {kind}, got {value!r}")
            choices = info.enums.get(key)
            if choices is not None and value not in choices:
                raise FactError(
                    f"{where}: {key}={value!r} is not allowed for {entity.type}",
                    f"one of {', '.join(choices)}",
                )
        missing = sorted(k for k in info.required if k not in ("id", "name") and entity.props.get(k) is None)
        if missing:
            raise FactError(f"{where}: {entity.type} {entity.id!r} lacks required {', '.join(missing)}")
        self.types[entity.id] = entity.type

    def check_relation(self, relation: Relation, where: str) -> None:
        onto = self.ontology
        info = onto.relations.get(relation.type)
        if info is None:
            raise FactError(
                f"{where}: unknown type {relation.type!r}",
                f"relation types are {', '.join(onto.relationship_types)}",
            )
        if relation.props:
            raise FactError(
                f"{where}: {relation.type} takes no properties besides evidence, got "
                f"{', '.join(sorted(relation.props))}"
            )
        for end, ident, allowed in (
            ("from", relation.source, info.domain),
            ("to", relation.target, info.range),
        ):
            label = self.types.get(ident)
            if label is None:
                raise FactError(f"{where}: {relation.type} '{end}' id {ident!r} is not an entity of this load")
            if label not in allowed:
                raise FactError(
                    f"{where}: {relation.type} cannot go {end} a {label}",
                    f"allowed: {', '.join(sorted(allowed))}",
                )


def validate(facts: Iterable[tuple[str, Fact]], ontology: Ontology) -> list[Fact]:
    """Check ``(where, fact)`` pairs; entities first, then relations, so order in the input does not matter.

    The cycle collector is paused (:mod:`kg.cycles`): the pairs are a few small objects per fact, and with a
    thousand plans' extractions still alive its walks took half the time."""
    with no_cycle_collection():
        return _validate(facts, ontology)


def _validate(facts: Iterable[tuple[str, Fact]], ontology: Ontology) -> list[Fact]:
    validator = Validator(ontology)
    entities: list[tuple[str, Entity]] = []
    relations: list[tuple[str, Relation]] = []
    for where, fact in facts:
        if isinstance(fact, Entity):
            validator.check_entity(fact, where)
            entities.append((where, fact))
        else:
            relations.append((where, fact))
    for where, relation in relations:
        validator.check_relation(relation, where)
    plans = validator.ontology.document_class
    entities.sort(key=lambda pair: pair[1].type != plans)  # plans first: other entities' evidence points at them
    documents = {e.id for _, e in entities if e.type == plans}
    for where, entity in entities:
        for item in entity.evidence:
            if item.document not in documents:
                raise FactError(
                    f"{where}: evidence of {entity.id!r} cites {item.document!r}, which is not a plan of this load"
                )
    return [e for _, e in entities] + [r for _, r in relations]


def numbered(facts: Iterable[Fact], source: str) -> Iterator[tuple[str, Fact]]:
    """Pair facts with a position for messages when they do not come from a file with lines."""
    for number, fact in enumerate(facts, 1):
        yield f"{source} fact {number}", fact


class OutOfOrder(Exception):
    """A streamed fact refers to something that comes later in its file (see :func:`validate_stream`)."""


def validate_stream(facts: Iterable[tuple[str, Fact]], ontology: Ontology) -> int:
    """Check facts in one pass without keeping them, when every reference points backwards; return the count.

    A file written by kg (``kg extract -o``, ``bench/synth.py``) lists plans, then other entities, then
    relations, so each relation's ends and each evidence item's plan are known when it is read, and only the
    ids are held (about 100 bytes each, against several kB for a fact object). Anything that breaks that
    order raises :class:`OutOfOrder`, and the caller falls back to :func:`validate`, which accepts any order.
    """
    stream = _Stream(ontology)
    count = 0
    for where, fact in facts:
        count += 1
        stream.check(where, fact)
    return count


class _Stream:
    """What :func:`validate_stream` checks of each fact, and the ids it remembers to check the next."""

    def __init__(self, ontology: Ontology) -> None:
        self.validator = Validator(ontology)
        self.plans = ontology.document_class
        self.documents: set[str] = set()

    def check(self, where: str, fact: Fact) -> None:
        validator = self.validator
        if isinstance(fact, Entity):
            validator.check_entity(fact, where)
            if fact.type == self.plans:
                self.documents.add(fact.id)
            for item in fact.evidence:
                if item.document not in self.documents:
                    raise OutOfOrder(where)
        else:
            if fact.source not in validator.types or fact.target not in validator.types:
                raise OutOfOrder(where)
            validator.check_relation(fact, where)


_RELATION_KEYS = frozenset(RESERVED)


def validate_file(path: Path, ontology: Ontology) -> int:
    """:func:`validate_stream` of :func:`kg.facts.read_jsonl`: the same checks, faults and count, with a
    relation line of the common shape checked from its decoded values, without a fact object.

    Relations are most lines of a big facts file, and making each a :class:`Relation` with its evidence
    objects was most of the time validation took. A line is taken as it is read only when it certainly
    passes: a relation type of the ontology, string ends already met whose labels it may join, no control
    character in them, no key beyond the fact's own, and evidence items whose values
    :func:`kg.facts.evidence_from_json` takes without a fault. Any other line is made a fact and checked as
    :func:`validate_stream` checks it, which raises its fault with its message. Lines are decoded by orjson,
    in half the time json takes.
    """
    stream = _Stream(ontology)
    types = stream.validator.types
    joins = {name: (info.domain, info.range) for name, info in ontology.relations.items()}
    control = _CONTROL.search
    keys = _RELATION_KEYS
    count = 0
    for number, obj in read_json_lines(path, orjson.loads):
        count += 1
        if type(obj) is dict and "from" in obj:
            rel_type, source, target = obj.get("type"), obj["from"], obj.get("to")
            ends = joins.get(rel_type) if type(rel_type) is str else None
            if (
                ends is not None
                and type(source) is str
                and type(target) is str
                and types.get(source) in ends[0]
                and types.get(target) in ends[1]
                and obj.keys() <= keys
                and _plain_evidence(obj.get("evidence"))
                and not control(source)
                and not control(target)
            ):
                continue
        where = f"{path}:{number}"
        try:
            stream.check(where, fact_from_json(obj, where))
        except FactError:
            # orjson reads an integer beyond 64 bits as a float, json as an integer: the fault stands if the
            # line as json reads it has it too (the faults are json's; everything else reads alike)
            stream.check(where, fact_from_json(_json_line(path, number), where))
    return count


def _json_line(path: Path, number: int) -> Any:
    """Line ``number`` of a facts file as :func:`kg.facts.read_jsonl` decodes it."""
    return next(obj for at, obj in read_json_lines(path) if at == number)


def _plain_evidence(raw: Any) -> bool:
    """True when :func:`kg.facts.evidence_from_json` reads ``raw`` without a fault (False: not known)."""
    if raw is None:
        return True
    if type(raw) is not list:
        return False
    for item in raw:
        if (
            type(item) is not dict
            or "document" not in item
            or type(item.get("start")) is not int
            or type(item.get("end")) is not int
            or type(item.get("confidence", 1.0)) not in (float, int)
        ):
            return False
    return True
