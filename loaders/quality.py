"""Precision, recall and F1 of extracted facts against hand-written gold annotations.

Gold files (``tests/gold/<document>.json``) list, per document, the entities a careful reader finds (type,
name, alternative names, one mention with its offsets) and every target figure (indicator wording, value,
unit, year, status). Items marked ``optional`` are borderline: finding them is not rewarded and not
punished. Scoring is per document and per type, at the entity level (a firm named ten times is one item):

- an extracted entity matches a gold one of the same type when a name or alias of each is equal after
  normalisation (width, brackets, quotes, spaces; for industries, also the scheme concept they map to and the
  name without 产业/产业链/行业/领域, the key of an industry node in kg);
- an extracted target matches a gold one when value and status agree, units agree where both state one,
  the year agrees where both state one, and the indicator wordings share a two-character word.
Matching is one-to-one; precision counts unmatched extractions as false positives.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import Entity, Fact, Relation
from kg.ontology import Ontology, load_ontology
from loaders.gazetteer import industries, industry_key
from loaders.normalize import name_key

# The gold format's field for each scored relationship, keyed by the ontology grouping that names the relationship
# (the gold files are the gold format's, not the ontology's). The grouping also says how ends are compared: a
# place by its division code, an industry by its scheme concept, anything else by name.
GOLD_RELATION_FIELDS = {"location": "located_in", "chainMembership": "industries", "hosting": "hosted_by"}


def scored_types(ontology: Ontology | None = None) -> tuple[str, ...]:
    """The classes scored against gold, in report order (the ontology's ``kgo:scoredClasses``)."""
    return (ontology or load_ontology()).group("scoredClasses")


def scored_relations(ontology: Ontology | None = None) -> dict[str, str]:
    """Relations scored for entities matched to gold: relationship type -> the gold entity field listing its ends."""
    return {_relation(ontology or load_ontology(), role): name for role, name in GOLD_RELATION_FIELDS.items()}


def _relation(ontology: Ontology, role: str) -> str:
    (rel,) = ontology.group(role)
    return rel


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives


def _keys(etype: str, names: list[str], ontology: Ontology) -> set[str]:
    keys = {name_key(n) for n in names if n}
    if etype == ontology.facet("industry").label:
        # 苹果产业 and 苹果 are one node in kg's graph (its id is the industry key, without 产业/产业链/行业/领域):
        # the gold's name matches either
        keys |= {industry_key(n) for n in names if n}
        for n in names:
            concept = industries(ontology).lookup(n)
            if concept is not None:
                keys.add(concept.id)
    return keys


def _bigrams(text: str) -> set[str]:
    key = name_key(text)
    return {key[i : i + 2] for i in range(len(key) - 1)}


def _unit(unit: str | None) -> str:
    unit = (unit or "").replace("/万人", "").replace("人年", "人").replace("（", "(").replace("）", ")")  # width
    return {"亿": "亿元", "km": "公里"}.get(unit, unit)


def _target_match(pred: dict, gold: dict) -> bool:
    if float(pred["value"]) != float(gold["value"]) or pred["status"] != gold["status"]:
        return False
    pu, gu = _unit(pred.get("unit")), _unit(gold.get("unit"))
    if pu and gu and pu != gu:
        return False
    if pred.get("year") and gold.get("year") and int(pred["year"]) != int(gold["year"]):
        return False
    return bool(_bigrams(pred["indicator"]) & _bigrams(gold["indicator"]))


def _closeness(pred: dict, gold: dict) -> float:
    """How much of the gold wording the prediction shares (0-1); 1 for incentives, matched on figures only."""
    if "indicator" not in gold:
        return 1.0
    wanted = _bigrams(gold["indicator"])
    return len(wanted & _bigrams(pred["indicator"])) / max(1, len(wanted))


def _incentive_match(pred: dict, gold: dict) -> bool:
    """Same sum (or ratio) and unit; the upper end of a range agrees where both give one."""
    if float(pred["value"]) != float(gold["amount"]) or _unit(pred.get("unit")) != _unit(gold.get("unit")):
        return False
    pmax, gmax = pred.get("value_max"), gold.get("amount_max")
    return pmax is None or gmax is None or float(pmax) == float(gmax)


@dataclass(frozen=True)
class FigureScoring:
    """How the figures of one grouping are scored: the gold list they are matched against, the match, and how a
    missed gold item is written."""

    gold_field: str
    match: Callable[[dict, dict], bool]
    describe: Callable[[dict], str]


def _describe_target(g: dict) -> str:
    return f"{g['indicator']} {g['value']}{g['unit']} ({g['year']}, {g['status']})"


def _describe_incentive(g: dict) -> str:
    return f"{g.get('rewards')} {g['amount']}{g.get('unit') or ''} ({g.get('kind')})"


# Keyed by the ontology grouping of the figure classes; a gold file without the field (older ones have no
# incentives) is not scored on that grouping.
FIGURE_SCORING = {
    "indicatorFigures": FigureScoring("targets", _target_match, _describe_target),
    "offeredFigures": FigureScoring("incentives", _incentive_match, _describe_incentive),
}


def _figure_scoring(ontology: Ontology) -> dict[str, FigureScoring]:
    """Figure class -> how it is scored."""
    return {cls: scoring for role, scoring in FIGURE_SCORING.items() for cls in ontology.group(role)}


def document_entities(facts: list[Fact], plan: str, ontology: Ontology | None = None) -> dict[str, list[Entity]]:
    """Entities mentioned in one plan (by evidence), and the figures the plan states (by ``kgo:planFigures``)."""
    ontology = ontology or load_ontology()
    stated_by = frozenset(ontology.group("planFigures"))
    figure_types = frozenset().union(*(ontology.relation(r).range for r in stated_by))
    targets = {r.target for r in facts if isinstance(r, Relation) and r.type in stated_by and r.source == plan}
    out: dict[str, list[Entity]] = defaultdict(list)
    for fact in facts:
        if not isinstance(fact, Entity):
            continue
        if fact.type in figure_types:
            if fact.id in targets:
                out[fact.type].append(fact)
        elif any(e.document == plan for e in fact.evidence):
            out[fact.type].append(fact)
    return out


def _region_keys(names: list[str]) -> set[str]:
    """Keys of region names: normalised names, and GB/T 2260 codes where the gazetteer knows the name."""
    from loaders.gazetteer import regions

    keys = set()
    for name in names:
        keys.add(name_key(name))
        refs = regions().by_name.get(name) or regions().by_short.get(name) or []
        if len(refs) == 1:
            keys.add(refs[0].code)
    return keys


def _end_keys(role: str, entity: Entity, ontology: Ontology) -> set[str]:
    names = [entity.name, *entity.aliases]
    if role == "location":
        keys = _region_keys(names)
        code = entity.props.get("code")
        if code:
            keys.add(str(code))
        return keys
    if role == "chainMembership":
        industry = ontology.facet("industry").label
        own = {entity.id} if ontology.class_of_id(entity.id) == industry else set()
        return _keys(industry, names, ontology) | own
    return {name_key(n) for n in names}


def _gold_end_keys(role: str, name: str, ontology: Ontology) -> set[str]:
    if role == "location":
        return _region_keys([name])
    if role == "chainMembership":
        return _keys(ontology.facet("industry").label, [name], ontology)
    return {name_key(name)}


def score_relations(
    facts: list[Fact],
    plan: str,
    matches: list[tuple[dict, Entity]],
    rule_hits: dict[str, list[int]] | None = None,
    ontology: Ontology | None = None,
    gold_document: dict | None = None,
) -> dict[str, Score]:
    """Location, chain membership and host (:data:`GOLD_RELATION_FIELDS`) of entities matched to gold, stated by
    this plan.

    Each gold end (a region, industry or host name) is one item: found when the entity has a relationship of
    that type, with evidence in this plan, to an entity bearing that name or, given ``gold_document``, another name the
    gold gives the entity of that name (生物医药, alias 生物医药与健康) (for regions also its division code; for
    industries its scheme concept). Predicted ends that match no gold end are false positives.
    Gold entities with no annotation for a relation (an older gold file), or of a type the relationship cannot
    start from (a host is a platform's), are skipped for it.
    """
    ontology = ontology or load_ontology()
    roles = {_relation(ontology, role): role for role in GOLD_RELATION_FIELDS}
    gold_fields = scored_relations(ontology)
    entities = {f.id: f for f in facts if isinstance(f, Entity)}
    out: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    rules: dict[tuple[str, str, str], str] = {}
    for fact in facts:
        if (
            isinstance(fact, Relation)
            and fact.type in gold_fields
            and fact.target in entities
            and any(e.document == plan for e in fact.evidence)
        ):
            out[(fact.type, fact.source)].append(entities[fact.target])
            rules[(fact.type, fact.source, fact.target)] = next(e.rule for e in fact.evidence if e.document == plan)
    # a location's end is a gold Region, a chain's an Industry, a host any organisation: names of that kind only
    end_kinds = {"location": {ontology.facet("region").label}, "chainMembership": {ontology.facet("industry").label}}
    other_names: dict[tuple[str, str], list[str]] = {}
    for item in (gold_document or {}).get("entities", []):
        other_names.setdefault((item["type"], item["name"]), [item["name"]]).extend(item.get("aliases") or [])
    scores = {rel: Score() for rel in gold_fields}
    for gold, entity in matches:
        for rel, field_name in gold_fields.items():
            if field_name not in gold or gold["type"] not in ontology.relation(rel).domain:
                continue
            score = scores[rel]
            ends = out.get((rel, entity.id), [])
            end_keys = [_end_keys(roles[rel], e, ontology) for e in ends]
            used: set[int] = set()
            for name in gold[field_name] or []:
                kinds = end_kinds.get(roles[rel])
                names = {name}.union(
                    *(ns for (kind, n), ns in other_names.items() if n == name and (kinds is None or kind in kinds))
                )
                keys = set().union(*(_gold_end_keys(roles[rel], n, ontology) for n in names))
                hit = next((i for i, k in enumerate(end_keys) if i not in used and k & keys), None)
                if hit is None:
                    score.fn += 1
                    score.false_negatives.append(f"{entity.name} -> {name}")
                else:
                    used.add(hit)
                    score.tp += 1
            for i, end in enumerate(ends):
                if rule_hits is not None:
                    rule_hits.setdefault(rules[(rel, entity.id, end.id)], [0, 0])[0 if i in used else 1] += 1
                if i not in used:
                    score.fp += 1
                    score.false_positives.append(f"{entity.name} -> {end.name}")
    return scores


def score_document(
    facts: list[Fact],
    plan: str,
    gold: dict,
    matches: list[tuple[dict, Entity]] | None = None,
    ontology: Ontology | None = None,
) -> dict[str, Score]:
    """Per-type scores of one document's extraction against its gold annotations.

    ``matches``, when given, collects the (gold entity, extracted entity) pairs, for :func:`score_relations`.
    """
    ontology = ontology or load_ontology()
    predicted = document_entities(facts, plan, ontology)
    figures = _figure_scoring(ontology)
    scores: dict[str, Score] = {}
    for etype in scored_types(ontology):
        score = Score()
        if etype in figures:
            scoring = figures[etype]
            if scoring.gold_field not in gold:
                scores[etype] = score
                continue
            golds = gold[scoring.gold_field]
            match = scoring.match
            preds = [dict(e.props, name=e.name) for e in predicted[etype]]
            # A ratio's cap (按投资额的10%给予补助，最高1000万元) is a property of the one award in kg's graph, where
            # a gold file may list it as an item of its own: the cap answers such an item, and is no false positive
            # where the gold has none.
            caps = {
                len(preds) + n: dict(value=pred["cap"], unit=pred.get("cap_unit"), name=pred["name"])
                for n, pred in enumerate(p for p in preds if p.get("cap") is not None)
            }
            preds += caps.values()
            # Pairs that match, best first (required gold before optional, then the closer wording), so that
            # a loose match cannot take the gold item a closer prediction states (one-to-one assignment).
            pairs = sorted(
                (
                    (golds[i].get("optional", False), -_closeness(pred, golds[i]), p, i)
                    for p, pred in enumerate(preds)
                    for i, g in enumerate(golds)
                    if match(pred, g)
                ),
            )
            matched_gold: set[int] = set()
            matched_pred: dict[int, int] = {}
            for _, _, p, i in pairs:
                if p not in matched_pred and i not in matched_gold:
                    matched_pred[p] = i
                    matched_gold.add(i)
            for p, pred in enumerate(preds):
                hit = matched_pred.get(p)
                if hit is None and p in caps:
                    continue
                if hit is None:
                    score.fp += 1
                    score.false_positives.append(pred["name"])
                elif not golds[hit].get("optional", False):
                    score.tp += 1
            for i, g in enumerate(golds):
                if i not in matched_gold and not g.get("optional", False):
                    score.fn += 1
                    score.false_negatives.append(scoring.describe(g))
        else:
            golds = [g for g in gold["entities"] if g["type"] == etype]
            gold_keys = [_keys(etype, [g["name"], *g.get("aliases", [])], ontology) for g in golds]
            matched_gold = set()
            for entity in predicted[etype]:
                keys = _keys(etype, [entity.name, *entity.aliases], ontology)
                hits = [i for i, gk in enumerate(gold_keys) if gk & keys]
                if not hits:
                    score.fp += 1
                    score.false_positives.append(entity.name)
                    continue
                fresh = [i for i in hits if i not in matched_gold]
                if not fresh:  # a second node for something already found: a resolution miss
                    score.fp += 1
                    score.false_positives.append(entity.name + " (duplicate)")
                    continue
                matched_gold.update(fresh)
                if matches is not None:
                    matches.extend((golds[i], entity) for i in fresh)
                if any(not golds[i]["optional"] for i in fresh):
                    score.tp += 1
            for i, g in enumerate(golds):
                if i not in matched_gold and not g["optional"]:
                    score.fn += 1
                    score.false_negatives.append(g["name"])
        scores[etype] = score
    return scores


def load_gold(path: Path) -> dict:
    """A gold file, with ``optional`` read as false where an item leaves it out (GUIDELINES.md makes it
    required, but an annotator who marks only the borderline items means just that)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    for part in ("entities", "targets", "incentives"):
        for item in gold.get(part, ()):
            item.setdefault("optional", False)
    return gold
