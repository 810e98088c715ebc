"""Reference data the extractor matches against: GB/T 2260 regions, the industry scheme, the indicators.

Regions come from ``loaders/data/regions_gbt2260.tsv``; industries and indicators from the ontology (their
SKOS labels), so the extractor and the graph agree on one list. Nothing here is lifted from the corpus.

Short region names (天门 for 天门市) collide with ordinary words (合作, 和平, 开发), so they are only used
where a plan can mean a place: province and prefecture names in their own province, county names in their
own prefecture, and anywhere when directly followed by 市/区/县 or a park word.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.ontology import Concept, Ontology, load_ontology
from loaders.normalize import name_key
from loaders.terms import read_rows, read_terms
from loaders.trie import WordFinder, trie_regex

DATA = Path(__file__).resolve().parent / "data"

_REGION_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "新区",
    "林区",
    "地区",
    "盟",
    "省",
    "市",
    "区",
    "县",
    "旗",
)
# Short forms that are ordinary words first and place names second.
SHORT_STOP = frozenset(read_terms("region_short_stop.txt"))
_GENERIC_FULL = frozenset({"城区", "郊区", "矿区", "市中区", "新区", "东区", "西区", "南区", "北区", "中区"})
# 孟村回族自治县, 恩施土家族苗族自治州: the place name, then its peoples, then the level
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:{'|'.join(read_terms('ethnic_groups.txt'))})+自治([县州旗])$")


@dataclass(frozen=True)
class RegionRef:
    code: str
    name: str
    level: str
    parent: str

    @property
    def province(self) -> str:
        return self.code[:2] + "0000"

    @property
    def city(self) -> str:
        return self.code[:4] + "00" if self.level == "county" else self.code

    @property
    def short(self) -> str:
        return short_region_name(self.name)


def short_region_name(name: str) -> str:
    for suffix in _REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


class Regions:
    """The administrative-division table with name lookups."""

    def __init__(self, rows: list[RegionRef]) -> None:
        self.by_code = {r.code: r for r in rows}
        self.by_name: dict[str, list[RegionRef]] = {}
        self.by_short: dict[str, list[RegionRef]] = {}
        for region in rows:
            self.by_name.setdefault(region.name, []).append(region)
            short = region.short
            autonomous = _AUTONOMOUS.match(region.name)
            if autonomous is not None:
                # plans write 孟村县, 恩施州 for the autonomous county or prefecture (the bare place name alone is
                # too often a word's part to read as one: 新平 in 创新平台)
                self.by_name.setdefault(autonomous.group(1) + autonomous.group(2), []).append(region)
            if short != region.name and len(short) >= 2:
                self.by_short.setdefault(short, []).append(region)
        self.full = WordFinder(n for n in self.by_name if n not in _GENERIC_FULL)
        self.shorts = WordFinder(n for n in self.by_short if len(n) >= 2)
        self.full_pattern = self.full.pattern
        self.short_pattern = self.shorts.pattern
        self._near: dict[str, list[tuple[str, list[RegionRef]]]] = {}

    def leading_place(self, text: str) -> str:
        """The region name (full, else short) that ``text`` starts with, or ``""``."""
        match = self.full.match(text) or self.shorts.match(text)
        return match.group() if match else ""

    def after_places(self, text: str, keep: int = 0) -> str:
        """``text`` past the region names it opens with, stopping where fewer than ``keep`` characters would be
        left (嘉兴市秀洲区人民政府 -> 人民政府; 宁波甬 with keep=1 -> 甬, 宁波 alone stays)."""
        while (place := self.leading_place(text)) and len(text) - len(place) >= keep:
            text = text[len(place) :]
        return text

    def resolve(self, name: str, context: RegionRef | None = None) -> RegionRef | None:
        """The region a (full or short) name means, preferring one near ``context`` (the plan's region)."""
        candidates = self.by_name.get(name) or self.by_short.get(name) or []
        if not candidates:
            return None
        if len(candidates) == 1 or context is None:
            return candidates[0] if len(candidates) == 1 else _nearest(candidates, None)
        return _nearest(candidates, context)

    def short_forms_for(self, context: RegionRef | None) -> dict[str, RegionRef]:
        """Short names safe to match bare in a plan of ``context``: its province, prefectures and counties."""
        out: dict[str, RegionRef] = {}
        for short, regions in self.by_short.items() if context is None else self._shorts_near(context.province):
            if short in SHORT_STOP:
                continue
            chosen = None
            province = [r for r in regions if r.level == "province"]
            if province:  # province names are distinctive everywhere: 河北 in a Tianjin plan is not 河北区
                out[short] = province[0]
                continue
            for region in regions:
                if (context is not None and region.province == context.province and region.level == "city") or (
                    context is not None
                    and region.level == "county"
                    and (
                        region.parent == context.code
                        or region.code == context.code
                        or (context.level == "county" and region.parent == context.parent)
                    )
                ):
                    if (
                        chosen is not None
                        and chosen.level == region.level == "county"
                        and chosen.parent == region.parent
                        and region.name.endswith("县")
                        and not chosen.name.endswith("县")
                    ):
                        continue  # 永年区 and 永年县 of 邯郸: a county since made a district (or city) is that one
                    chosen = region
            if chosen is not None:
                out[short] = chosen
        if context is not None and context.short not in SHORT_STOP:
            out[context.short] = context
        return out

    def _shorts_near(self, province: str) -> list[tuple[str, list[RegionRef]]]:
        """The short names :meth:`short_forms_for` may choose for a plan in ``province`` (a province's, or one
        of a region in it), in table order: a plan's region is asked about a few hundred names, not all 3,000."""
        near = self._near.get(province)
        if near is None:
            near = self._near[province] = [
                (short, regions)
                for short, regions in self.by_short.items()
                if any(r.level == "province" or r.province == province for r in regions)
            ]
        return near


def _nearest(candidates: list[RegionRef], context: RegionRef | None) -> RegionRef:
    def score(region: RegionRef) -> tuple[int, str]:
        level = {"province": 0, "city": 1, "county": 2}.get(region.level, 3)
        if context is None:
            return (level, region.code)
        same = (region.city == context.city) * 4 + (region.province == context.province) * 2
        # 西安 far from the plan: the city 西安市, not 西安区 of 辽源 (the larger place, where nothing is nearer)
        return (-same, level if not same else 0, region.code)

    return min(candidates, key=score)


@cache
def regions() -> Regions:
    rows = []
    with (DATA / "regions_gbt2260.tsv").open(encoding="utf-8") as handle:
        reader = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in reader:
            rows.append(RegionRef(row["code"], row["name"], row["level"], row["parent"] or ""))
    return Regions(rows)


@cache
def _towns() -> dict[str, list[tuple[str, str]]]:
    """Town names by the county code they belong to: (name, county code) pairs, read once."""
    by_county: dict[str, list[tuple[str, str]]] = {}
    with (DATA / "towns.tsv").open(encoding="utf-8") as handle:
        reader = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in reader:
            by_county.setdefault(row["county"], []).append((row["name"], row["county"]))
    return by_county


@cache
def _towns_by_province() -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """:func:`_towns` grouped by the province a county code opens with, in file order."""
    grouped: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    for county, names in _towns().items():
        grouped.setdefault(county[:2], []).append((county, names))
    return grouped


def code_prefix(code: str) -> str:
    """A division's code without its trailing zero pairs (四川省 510000 -> 51), so containment is a prefix test."""
    return re.sub(r"(?:00)+$", "", code)


def apart(prefix: str, other: str) -> bool:
    """Are two divisions (by :func:`code_prefix`) neither one inside the other? False when either is unknown."""
    return bool(prefix and other) and not (prefix.startswith(other) or other.startswith(prefix))


@cache
def towns_in(code: str) -> dict[str, str]:
    """The towns of a city or county (名 -> county code): 38,000 names are too many to trust anywhere, but within
    a plan's own region a name like 省新镇 is a town whatever its characters. A name two counties share is left
    to the text (it maps to "")."""
    prefix = code_prefix(code)
    out: dict[str, str] = {}
    for county, names in _towns_by_province().get(code[:2], ()):
        if county.startswith(prefix):
            for name, parent in names:
                out[name] = "" if name in out and out[name] != parent else parent
    # A town made a sub-district (灌溪镇 -> 灌溪街道) is still written as the town by plans of a few years before.
    for name, parent in list(out.items()):
        town = name[: -len("街道")] + "镇" if name.endswith("街道") and len(name) >= 4 else ""
        if town and town not in out:
            out[town] = parent
    return out


@cache
def university_seats() -> dict[str, str]:
    """Where universities and institutes are (name -> city-level code), from loaders/data/universities.tsv."""
    return {row[0]: row[1] for row in read_rows("universities.tsv") if len(row) >= 2 and row[0] != "name"}


# -- industries and indicators (labels from the ontology) ------------------------------------------------------
_INDUSTRY_TAIL = re.compile(r"(?:战略性新兴产业|新兴产业|产业集群|产业链|产业|行业|领域|板块|集群)$")


def industry_key(name: str) -> str:
    """Compare industry names without their trailing 产业/产业链/行业/领域."""
    key = name_key(name)
    stripped = _INDUSTRY_TAIL.sub("", key)
    return stripped or key


class LabelIndex:
    """Names of scheme concepts (prefLabel and altLabels) -> concept, with one regex to find them."""

    def __init__(self, concepts: dict[str, Concept], key: type | None = None) -> None:
        self.concepts = concepts
        self.by_key: dict[str, Concept] = {}
        for concept in concepts.values():
            for label in (concept.name, *concept.aliases):
                self.by_key.setdefault(industry_key(label), concept)
        words = {label for c in concepts.values() for label in (c.name, *c.aliases)}
        words |= set(self.by_key)
        self.pattern = re.compile(trie_regex(words))

    def lookup(self, name: str) -> Concept | None:
        return self.by_key.get(industry_key(name))


# The ontology of the extraction under way. The entry points (loaders.extract_documents, the DocumentExtractor,
# the Resolver) take the ontology from their caller and set it here for as long as they run, so the rules'
# lookups (industries(), firm_words(), indicator_index()) answer from the caller's scheme without every rule
# function carrying it; outside an extraction it is the default ontology.
_READING_WITH: ContextVar[Ontology | None] = ContextVar("loaders_ontology", default=None)


def current_ontology() -> Ontology:
    """The ontology of the extraction under way (:func:`reading_with`), else the default one."""
    return _READING_WITH.get() or load_ontology()


@contextmanager
def reading_with(ontology: Ontology) -> Iterator[Ontology]:
    """Make ``ontology`` the one the rules read industries and indicators from, for the ``with`` block."""
    token = _READING_WITH.set(ontology)
    try:
        yield ontology
    finally:
        _READING_WITH.reset(token)


def industries(ontology: Ontology | None = None) -> LabelIndex:
    """The industry scheme's labels of ``ontology`` (default: the extraction's), indexed once per ontology."""
    return _industries(ontology or current_ontology())


@cache
def _industries(ontology: Ontology) -> LabelIndex:
    return LabelIndex(ontology.industries)


def firm_words(ontology: Ontology | None = None) -> tuple[re.Pattern[str], dict[str, Concept]]:
    """Words ending firms' names (药业, 化工 …) -> the industry they say, from the scheme's kgo:firmWord."""
    return _firm_words(ontology or current_ontology())


@cache
def _firm_words(ontology: Ontology) -> tuple[re.Pattern[str], dict[str, Concept]]:
    table = {w: c for c in ontology.industries.values() for w in c.firm_words}
    return re.compile(trie_regex(table)), table


@cache
def countries() -> re.Pattern[str]:
    """Names of foreign countries and regions (loaders/data/countries.txt) as one anchored pattern."""
    return re.compile(trie_regex(read_terms("countries.txt")))
