"""Analysts' corrections, applied to extracted facts before they are validated and loaded.

The extractor will get some things wrong; an analyst who knows better writes it down once, with a reason,
and every later build applies it. The file is tab-separated, one correction per line, ``#`` comments::

    merge    enterprise:稳健              enterprise:稳健医疗         the short form of the same firm
    rename   platform:xx                  正式名称                    the official name
    retype   enterprise:中航特飞所        University                  a research institute, not a firm
    drop     enterprise:孵化器管理公司                                a kind of firm, not one firm
    relate   LOCATED_IN  enterprise:天门纺机  region:429006           the firm is in Tianmen
    unrelate LOCATED_IN  enterprise:京东方    region:429006           courted, not located there

``kg review`` writes the doubtful facts of an extraction in this format (commented out), so reviewing is
uncommenting the lines that are wrong and writing why.

Subjects are entity ids (``kg extract --format table`` lists them) or exact names. The last field is always
the reason, and it is required. A correction whose subject no longer exists (the extractor improved, or the
plan changed) is reported, not an error, so an old corrections file never breaks a build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import FactError, InputError
from kg.facts import Entity, Fact, Relation
from kg.ontology import Ontology

ACTIONS = {"merge": 2, "rename": 2, "retype": 2, "drop": 1, "relate": 3, "unrelate": 3}


@dataclass(frozen=True)
class Correction:
    action: str
    args: tuple[str, ...]
    reason: str
    line: int

    def describe(self) -> str:
        return f"line {self.line}: {self.action} {' '.join(self.args)}"


@dataclass
class CorrectionReport:
    applied: list[Correction] = field(default_factory=list)
    unmatched: list[tuple[Correction, str]] = field(default_factory=list)

    def summary(self) -> str:
        text = f"corrections: {len(self.applied)} applied"
        if self.unmatched:
            text += (
                f", {len(self.unmatched)} no longer match ("
                + "; ".join(f"{c.describe()}: {why}" for c, why in self.unmatched)
                + ")"
            )
        return text


def read_corrections(path: Path) -> list[Correction]:
    """Parse a corrections file; a malformed line is an error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such corrections file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the corrections file ({exc})") from None
    corrections = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")]
        action = fields[0]
        if action not in ACTIONS:
            raise FactError(f"{path}:{number}: unknown correction {action!r}", f"use one of {', '.join(ACTIONS)}")
        wanted = ACTIONS[action]
        args, reason = fields[1 : 1 + wanted], fields[1 + wanted :]
        if len(args) < wanted or any(not a for a in args[: wanted if action != "drop" else 1]):
            raise FactError(f"{path}:{number}: {action} needs {wanted} tab-separated field(s) before the reason")
        reason_text = " ".join(r for r in reason if r)
        if not reason_text:
            raise FactError(f"{path}:{number}: a correction needs a reason (the last field)")
        corrections.append(Correction(action, tuple(args), reason_text, number))
    return corrections


class _Facts:
    """Indexes over a fact list that corrections edit in place."""

    def __init__(self, facts: list[Fact], ontology: Ontology) -> None:
        self.ontology = ontology
        self.entities: dict[str, Entity] = {f.id: f for f in facts if isinstance(f, Entity)}
        self.relations: list[Relation] = [f for f in facts if isinstance(f, Relation)]

    def find(self, ref: str) -> Entity | None:
        if ref in self.entities:
            return self.entities[ref]
        named = [e for e in self.entities.values() if e.name == ref or ref in e.aliases]
        return named[0] if len(named) == 1 else None

    def rewire(self, old: str, new: str) -> None:
        kept: dict[tuple[str, str, str], Relation] = {}
        for rel in self.relations:
            rel.source = new if rel.source == old else rel.source
            rel.target = new if rel.target == old else rel.target
            if rel.source == rel.target:
                continue
            if rel.key in kept:
                kept[rel.key].evidence.extend(e for e in rel.evidence if e not in kept[rel.key].evidence)
            else:
                kept[rel.key] = rel
        self.relations = list(kept.values())

    def facts(self) -> list[Fact]:
        return [*self.entities.values(), *self.relations]


def apply_corrections(
    facts: list[Fact], corrections: list[Correction], ontology: Ontology
) -> tuple[list[Fact], CorrectionReport]:
    """Apply corrections in file order; return the corrected facts and what was applied or missed."""
    state = _Facts(facts, ontology)
    report = CorrectionReport()
    for corr in corrections:
        relating = corr.action in ("relate", "unrelate")
        subject = state.find(corr.args[0]) if not relating else None
        if not relating and subject is None:
            report.unmatched.append((corr, f"no entity {corr.args[0]!r}"))
            continue
        if corr.action == "drop":
            del state.entities[subject.id]
            state.relations = [r for r in state.relations if subject.id not in (r.source, r.target)]
        elif corr.action == "rename":
            if subject.name not in subject.aliases:
                subject.aliases.append(subject.name)
            subject.name = corr.args[1]
        elif corr.action == "merge":
            into = state.find(corr.args[1])
            if into is None:
                report.unmatched.append((corr, f"no entity {corr.args[1]!r}"))
                continue
            if into.type != subject.type:
                raise FactError(
                    f"corrections {corr.describe()}: cannot merge a {subject.type} into a {into.type}",
                    "retype it first",
                )
            into.aliases = sorted({*into.aliases, subject.name, *subject.aliases} - {into.name})
            into.evidence = sorted({*into.evidence, *subject.evidence})
            for key, value in subject.props.items():
                into.props.setdefault(key, value)
            del state.entities[subject.id]
            state.rewire(subject.id, into.id)
        elif corr.action == "retype":
            new_type = ontology.node_class(corr.args[1]).name
            new_id = ontology.make_id(new_type, subject.id.partition(":")[2])
            allowed = ontology.properties_of(new_type)
            props = {k: v for k, v in subject.props.items() if k in allowed}
            del state.entities[subject.id]
            state.entities[new_id] = Entity(new_type, new_id, subject.name, subject.aliases, props, subject.evidence)
            state.rewire(subject.id, new_id)
            info = ontology.relations
            state.relations = [
                r
                for r in state.relations
                if state.entities.get(r.source) is None
                or state.entities.get(r.target) is None
                or (
                    state.entities[r.source].type in info[r.type].domain
                    and state.entities[r.target].type in info[r.type].range
                )
            ]
        elif corr.action == "unrelate":
            rel_type, source_ref, target_ref = corr.args
            ontology.relation(rel_type)
            source, target = state.find(source_ref), state.find(target_ref)
            key = (rel_type, source.id if source else "", target.id if target else "")
            if not any(r.key == key for r in state.relations):
                report.unmatched.append((corr, f"no {rel_type} from {source_ref!r} to {target_ref!r}"))
                continue
            state.relations = [r for r in state.relations if r.key != key]
        else:  # relate
            rel_type, source_ref, target_ref = corr.args
            ontology.relation(rel_type)
            source, target = state.find(source_ref), state.find(target_ref)
            if source is None or target is None:
                missing = source_ref if source is None else target_ref
                report.unmatched.append((corr, f"no entity {missing!r}"))
                continue
            if not any(r.key == (rel_type, source.id, target.id) for r in state.relations):
                state.relations.append(Relation(rel_type, source.id, target.id, []))
        report.applied.append(corr)
    return state.facts(), report
