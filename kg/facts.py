"""The pipe's only currency: entities and relations with their evidence, and their JSON Lines form.

Loaders produce these, the validator checks them, stores write them, and ``data/facts.jsonl`` holds them.
They are plain data: nothing here knows the text they came from or the store they go to.

JSON Lines form (one object per line):

- entity: ``{"type": "Enterprise", "id": "enterprise:…", "name": "…", "aliases": [...], <properties>,
  "evidence": [{"document": "plan:…", "section": "…", "start": 10, "end": 30, "text": "…"}]}``
- relation: ``{"type": "LOCATED_IN", "from": "<id>", "to": "<id>", "evidence": [...]}``

Whether a line is an entity or a relation is told by its ``type``: class names are entity types,
UPPER_SNAKE names relationship types (both from the ontology).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from kg.errors import FactError, InputError

RESERVED = ("type", "id", "name", "aliases", "evidence", "from", "to")


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """Where a fact was read: plan id, section path, character span in the document, a short text."""

    document: str
    start: int
    end: int
    section: str = ""
    text: str = ""
    rule: str = ""
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "section": self.section,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class Entity:
    """A node-to-be: ontology class, stable id, name, aliases, class-specific properties, evidence."""

    type: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "id": self.id, "name": self.name, "aliases": self.aliases}
        out.update(self.props)
        out["evidence"] = [e.to_json() for e in self.evidence]
        return out


@dataclass(slots=True)
class Relation:
    """A relationship-to-be between two entity ids, with the evidence for it."""

    type: str
    source: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.source, self.target)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "from": self.source, "to": self.target}
        out.update(self.props)
        out["evidence"] = [e.to_json() for e in self.evidence]
        return out


Fact = Entity | Relation


def _evidence(raw: Any, where: str) -> list[Evidence]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise FactError(f"{where}: 'evidence' must be a list")
    items = []
    for item in raw:
        if not isinstance(item, dict):
            raise FactError(f"{where}: each evidence item must be an object")
        try:
            items.append(
                Evidence(
                    document=str(item["document"]),
                    start=int(item["start"]),
                    end=int(item["end"]),
                    section=str(item.get("section") or ""),
                    text=str(item.get("text") or ""),
                    rule=str(item.get("rule") or ""),
                    confidence=float(item.get("confidence", 1.0)),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise FactError(f"{where}: evidence needs document, start and end ({exc})") from None
    return items


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _no_controls(value: Any, what: str, where: str) -> None:
    """Names, ids and property strings are shown, exported and compared: a control character in one is
    always a mistake upstream (a terminal escape, a NUL from a bad conversion) and would corrupt all three."""
    texts = value if isinstance(value, list) else [value]
    for text in texts:
        if isinstance(text, str) and (found := _CONTROL.search(text)):
            raise FactError(f"{where}: {what} contains control character U+{ord(found.group()):04X}: {text!r}")


def fact_from_json(obj: Any, where: str = "fact") -> Fact:
    """Turn one decoded JSON line into a fact; shape errors name ``where`` (file:line)."""
    if not isinstance(obj, dict):
        raise FactError(f"{where}: a fact must be a JSON object")
    ftype = obj.get("type")
    if not isinstance(ftype, str) or not ftype:
        raise FactError(f"{where}: missing 'type'")
    evidence = _evidence(obj.get("evidence"), where)
    if "from" in obj or "to" in obj:
        source, target = obj.get("from"), obj.get("to")
        if not isinstance(source, str) or not isinstance(target, str):
            raise FactError(f"{where}: a relation needs string 'from' and 'to' ids")
        props = {k: v for k, v in obj.items() if k not in RESERVED}
        _no_controls([source, target], "'from'/'to'", where)
        return Relation(type=ftype, source=source, target=target, evidence=evidence, props=props)
    fid, name = obj.get("id"), obj.get("name")
    if not isinstance(fid, str) or not fid:
        raise FactError(f"{where}: an entity needs a string 'id'")
    if not isinstance(name, str) or not name:
        raise FactError(f"{where}: entity {fid!r} needs a non-empty 'name'")
    aliases = obj.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise FactError(f"{where}: 'aliases' of {fid!r} must be a list of strings")
    props = {k: v for k, v in obj.items() if k not in RESERVED}
    for what, value in (("id", fid), ("name", name), ("aliases", aliases), *props.items()):
        _no_controls(value, what, where)
    return Entity(type=ftype, id=fid, name=name, aliases=list(aliases), props=props, evidence=evidence)


def evidence_from_json(raw: Any, where: str = "fact") -> list[Evidence]:
    """A fact's ``evidence`` list as :class:`Evidence` items, as :func:`fact_from_json` reads it."""
    return _evidence(raw, where)


def read_json_objects(path: Path) -> Iterator[dict[str, Any]]:
    """The decoded lines of a facts file already read once by :func:`read_jsonl` (validated): for a second
    pass that needs the values, not fact objects (the bulk load, :meth:`kg.store.bulk.Numbering.walk_json`)."""
    with path.open("rb") as handle:  # orjson: a third of the time json takes, on a million lines
        loads = orjson.loads
        for line in handle:
            if line.strip():
                yield loads(line)


class ValidatedFile:
    """A facts file whose facts have passed validation: iterated, its facts; :meth:`objects`, its decoded
    lines, for a reader that needs the values and not fact objects (the bulk load)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self) -> Iterator[Fact]:
        return (fact for _, fact in read_jsonl(self.path))

    def objects(self) -> Iterator[dict[str, Any]]:
        return read_json_objects(self.path)


def read_jsonl(path: Path) -> Iterator[tuple[str, Fact]]:
    """Stream ``(file:line, fact)`` pairs from a JSON Lines file; a bad line raises naming its position."""
    for number, obj in read_json_lines(path):
        where = f"{path}:{number}"
        yield where, fact_from_json(obj, where)


def read_json_lines(path: Path, loads: Callable[[str], Any] = json.loads) -> Iterator[tuple[int, Any]]:
    """``(line number, decoded line)`` pairs of a JSON Lines file, blank lines skipped, as :func:`read_jsonl`
    reads them (the same errors), for a reader that makes a fact of only some lines. A line ``loads`` refuses
    is read by ``json`` (which gives the message for one that is not JSON)."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror})") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = loads(line)
                except ValueError:
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise FactError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
                yield number, obj
        except UnicodeDecodeError:
            raise InputError(f"{path}: facts files must be UTF-8") from None


def dumps(fact: Fact) -> str:
    """One fact as one compact, key-stable JSON line (so committed data diffs cleanly).

    orjson writes it in a sixth of the time ``json`` takes (a thousand plans' facts: 6 s -> 1 s), the same
    text but for floats under 1e-4 (0.00001, not 1e-05: the same number); what it refuses (an integer beyond
    64 bits) is written by ``json``."""
    obj = fact.to_json()
    try:
        return orjson.dumps(obj).decode()
    except orjson.JSONEncodeError:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(facts: Iterable[Fact], path: Path) -> int:
    """Write facts atomically (see :func:`kg.atomic.atomic_output`): all of them, or the old file untouched."""
    from kg.atomic import atomic_output
    from kg.cycles import no_cycle_collection

    count = 0
    with no_cycle_collection(), atomic_output(path) as out:  # see kg.cycles; each line makes a few dicts
        for fact in facts:
            out.write(dumps(fact))
            out.write("\n")
            count += 1
    return count
