"""Mentions from every document -> one entity per real thing, with stable ids, and the relations between them.

Ids: regions by GB/T 2260 code (parks under their parent's code), industries and indicators by scheme concept,
everything else by normalised name, so the same university or industry named in two cities' plans is one
node and a re-run gives the same ids. Short firm names resolve to the full name they abbreviate when exactly
one full name in the corpus has that short form. Document-wide defaults are applied here: a firm, platform
or project with no place named is located in the plan's region (issue: "from the sentence or, failing that,
the plan's region"); a plan sets each of its targets, which measure a normalised indicator and apply to the
plan's region unless their clause names another.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from kg.cycles import no_cycle_collection
from kg.facts import Entity, Evidence, Fact, Relation
from kg.ontology import Ontology, load_ontology
from loaders.extract import DocumentExtraction
from loaders.gazetteer import (
    code_prefix,
    countries,
    industries,
    industry_key,
    reading_with,
    regions,
    university_seats,
)
from loaders.lexicon import is_common_word
from loaders.normalize import han_count, name_key
from loaders.rules.agencies import branch_place, is_national
from loaders.rules.common import PARK_SUFFIXES, SPEAKER_HEADING, Link, Mention
from loaders.rules.organisations import declared_shorts, is_generic
from loaders.rules.relations import NAME_PLACES, ORGS, elsewhere, legal_home, named_elsewhere
from loaders.rules.sectors import nearest_concept
from loaders.rules.targets import indicator_key
from loaders.segment import HEADING_MARK
from loaders.terms import read_map, read_rows, rule_confidence
from loaders.trie import trie_regex

# Evidence is the mention with a few characters of context, and at most a few spans per entity and plan:
# enough to check a fact and find it (offsets), never enough to rebuild the plan's text from the facts.
MAX_EVIDENCE_PER_DOCUMENT = 3
EVIDENCE_WIDTH = 6
MAX_RELATION_SPAN = 40
_STOP = "。；;！？!?\n"
_LAST_STOP = re.compile(f"(?s).*[{_STOP}]")
_FIRST_STOP = re.compile(f"[{_STOP}]")
_ABBREVIATIONS = tuple(read_map("abbreviations.tsv").items())
_PARK_ABBREVIATIONS = read_rows("park_abbreviations.tsv")
_FULL_PARK = re.compile(
    "(?:" + "|".join(sorted({full for _, full in _PARK_ABBREVIATIONS}, key=len, reverse=True)) + ")$"
)
# Investment, operating and development companies run sites across a city (某某科创投资有限公司 operates
# several incubators); their places are not their own.
_OPERATOR = re.compile(r"投资|创投|运营|管理|服务|发展有限|建设|城投|控股")
# what a park's own company does, right after the park's name in its name (…高新区创业投资, …经开区建设发展)
_PARK_COMPANY = re.compile(r"区?(?:创业投资|投资|创新|建设|开发建设|发展|控股|城建|科创|运营|产业投资|产业发展)")
_COMMITTEE = re.compile(r"(.{2,24}?)(?:管委会|管理委员会)")
# A town's or a sub-district's own government (三岔河镇人民政府, 中枢街道办事处) is in that town.
_TOWN_GOVERNMENT = re.compile(r"(.{1,10}?(?:镇|乡|街道))(?:人民政府|政府|办事处)")
# A foreign country, then (越南海防市…, 马来西亚槟城州…) one of its cities or states, before a firm's own name
# (香港, 澳门 and 台湾 open the names of firms registered there).
_FOREIGN_FIRM = re.compile(
    rf"(?!香港|澳门|台湾)(?:{countries().pattern})(?:[\u4e00-\u9fff]{{2,3}}?[市州省](?=[\u4e00-\u9fff]{{4}}))?"
)
# What makes a word an industry in prose: 原丝产业, 木材加工和家居配套链条, or a heading of its own
# (1.工业硅及多晶硅。); not 原丝产能 or 复合材料制品的完整产业链条.
_INDUSTRY_HEAD = r"(?:[和及与][^，。；、的\n]{1,6})?(?:产业(?!化)|行业|链条)"
_TYPE_ORDER = {
    name: i
    for i, name in enumerate(
        (
            "Plan",
            "Region",
            "Industry",
            "Indicator",
            "Agency",
            "University",
            "Enterprise",
            "Platform",
            "Project",
            "Target",
        )
    )
}


def _strip_countries(key: str) -> str:
    """A name without a foreign country in front (美国美中投资基金有限公司 -> 美中投资基金有限公司)."""
    match = countries().match(key)
    return key[match.end() :] if match and len(key) - match.end() >= 4 else key


def _seat_after_place(name: str, seats: dict[str, str]) -> str | None:
    """The university a name holds after the places glued before it (合肥市中国科学技术大学 -> 中国科学技术大学)."""
    rest = name
    while (place := regions().leading_place(rest)) and len(place) < len(rest):
        rest = rest[len(place) :]
        if rest in seats:
            return rest
    return None


def _leading_places(name: str) -> tuple[list[str], str]:
    """The division codes of the places a firm name opens with, and the name's key without them
    (湖北天门泵业有限公司 -> 湖北省's and 天门市's codes, 泵业有限公司; 美国X公司 -> [], X公司)."""
    codes, key = _read_leading_places(name)
    return list(codes), key


@lru_cache(maxsize=1 << 16)  # the alias maps ask of each firm name several times (9,465 asks, 3,684 names at 200 plans)
def _read_leading_places(name: str) -> tuple[tuple[str, ...], str]:
    """:func:`_leading_places`, the codes as a tuple so the cached answer cannot be changed by a caller."""
    table = regions()
    key = _strip_countries(name_key(name))
    codes = []
    while True:
        match = table.full.match(key)
        short = table.shorts.match(key)
        found = match or (short if short and len(key) - short.end() >= 4 else None)
        if found is None:
            return tuple(codes), key
        ref = table.resolve(found.group())
        if ref is not None:
            codes.append(ref.code)
        key = key[found.end() :]


def _place_codes(name: str) -> list[str]:
    return _leading_places(name)[0]


def _same_place(a: list[str], b: list[str]) -> bool:
    """Could two firm names' leading places be one place (湖北 and 天门 nest; 宜宾 and 嘉兴 do not)?"""
    if not a or not b:
        return True

    def within(x: str, y: str) -> bool:  # x contains or is y
        return x == y or (x.endswith("0000") and y[:2] == x[:2]) or (x.endswith("00") and y[:4] == x[:4])

    return any(within(x, y) or within(y, x) for x in a for y in b)


def _without_leading_places(name: str) -> str:
    """A firm name without the places in front (湖北天门泵业有限公司 -> 泵业有限公司, 美国X公司 -> X公司)."""
    return _leading_places(name)[1]


def _legal_core(key: str) -> str:
    """A firm key without its legal form: 有限公司 and 股份有限公司 of one brand are one firm, renamed."""
    from loaders.rules.organisations import ENTERPRISE_SUFFIXES

    for suffix in ENTERPRISE_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)]
    return key


def _brand(short: str) -> str:
    """The brand of a firm's short form (佑琪制衣 -> 佑琪); "" when it is a place or too short to tell firms apart."""
    from loaders.rules.organisations import _BUSINESS_TAIL

    brand = _BUSINESS_TAIL.sub("", short)
    if len(brand) < 2 or brand == short or regions().leading_place(brand):
        return ""
    return brand


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _abbreviated(short: str, cores: dict[str, str], same_start: bool = False) -> str | None:
    """The one name whose core ``short`` abbreviates: its letters in order, its first two together or at the start."""
    if len(short) < 2:
        return None
    owners = {
        name
        for name, core in cores.items()
        if core != short
        and len(core) > len(short)
        and (core[0] == short[0] if same_start else (short[:2] in core or core[0] == short[0]))
        and _is_subsequence(short, core)
    }
    return next(iter(owners)) if len(owners) == 1 else None


def _owner_of(short: str, cores: dict[str, str], placed: dict[str, str]) -> str | None:
    """The one firm of ``cores`` (with ``placed``, their keys with places) that ``short`` names where no plain
    abbreviation of the whole corpus settles it, or None.

    Called with the firms written in the cities whose plans write the short form: 云翼科技 abbreviates 安徽云翼螺旋桨
    科技 and a 云翼… firm of another city, and is the one there. 江油鸿源水务 is 江油鸿源水务有限公司 without its legal
    form; 德振股份 is 新乡市德振振动设备股份有限公司, its brand and its legal form's word, the words between left out.
    """
    key = _legal_core(name_key(short))
    same = [name for name in cores if placed[name] == key and name != short]
    if len(same) == 1:
        return same[0]
    if short[-2:] in ("股份", "集团") and len(short) >= 4:
        owner = _abbreviated(short[:-2], {n: c for n, c in cores.items() if short[-2:] in n}, same_start=True)
        if owner is not None:
            return owner
    return _abbreviated(_legal_core(_without_leading_places(short)), cores) or _abbreviated(
        key, {n: placed[n] for n in cores}
    )


# The places a paragraph's label or a sentence's subject gives the firms in it (RelationRules.lead_place)
_PLACE_GUESSES = ("located.lead", "located.subject")
# what a firm head's remarks speak of that takes the speaker's chain (Resolver._speakers_chains)
_ON_SPEAKERS_CHAIN = ("Enterprise", "Platform", "Project", "University")
# a project document's heading of its site, and of what it builds there (RelationRules' own places come first)
_SITE_HEADING = re.compile(r"建设地点|项目选址|项目地点")
_BUILT_HERE = re.compile(r"建设内容|建设规模")  # (not 主要建设任务, an ordinary plan's tasks)
# where a firm is said to settle or be (在P建设…, 在P，…), which for a firm at home in another city is a new site
_NEW_SITES = ("located.settles-in", "located.at", *_PLACE_GUESSES)


class _Abbreviations:
    """:func:`_abbreviated` over one fixed set of names, for many short forms: the names worth testing are found
    through an index of each core's first character and of its character pairs (a short form's letters are in
    order in its owner's core, its first two together or its first at the start), not by a scan of every firm
    in the corpus for each short form. The answers are those of :func:`_abbreviated` over all the names."""

    def __init__(self, cores: dict[str, str]) -> None:
        self.cores = cores
        self.by_first: dict[str, list[str]] = defaultdict(list)
        self.by_pair: dict[str, set[str]] = defaultdict(set)
        for name, core in cores.items():
            if core:
                self.by_first[core[0]].append(name)
            for i in range(len(core) - 1):
                self.by_pair[core[i : i + 2]].add(name)

    def owner(self, short: str) -> str | None:
        if len(short) < 2:
            return None
        names = {*self.by_first.get(short[0], ()), *self.by_pair.get(short[:2], ())}
        return _abbreviated(short, {name: self.cores[name] for name in names})


def _named_as_industry(word: str, text: str) -> bool:
    """Whether the prose calls ``word`` an industry or chain, or gives it a heading of its own."""
    w = re.escape(word)
    heading = rf"(?m)^\s*{HEADING_MARK.pattern.removeprefix('^')}{w}[。：:\n]"
    return bool(re.search(w + _INDUSTRY_HEAD, text) or re.search(heading, text))


def plan_id(title: str, ontology: Ontology | None = None) -> str:
    """The id of the plan titled ``title`` (its class and id prefix are ``ontology``'s, default the default one)."""
    return (ontology or load_ontology()).make_id("Plan", name_key(title))


@lru_cache(maxsize=1 << 16)  # every mention of an organisation asks for its id
def _key(name: str) -> str:
    key = name_key(name)
    for short, full in _ABBREVIATIONS:
        key = key.replace(short, full)
    return key


def _named_within(name: str, plan_code: str, plan_region) -> bool:
    """Does a legal name open with the plan's own region or a place inside it (焦作某某有限公司, 修武县某某有限公司 in
    焦作's plan)? Its city above a county's plan does not count."""
    ref = legal_home(name, plan_region) if name.endswith(("公司", "集团")) else None
    return (
        ref is not None
        and ref.level != "province"
        and bool(plan_code)
        and code_prefix(ref.code).startswith(code_prefix(plan_code))
    )


class _EvidenceIndex:
    """The spans of one evidence list and how many pieces each plan has in it, kept as the list grows.

    It describes the list it was built from as long as that list only grows through it; anything else (the list
    replaced, or reordered) is noticed and the index rebuilt, so it never answers for a list it does not know.
    """

    def __init__(self, items: list[Evidence]) -> None:
        self.items = items  # held, so the list's id is not reused while the index is kept under it
        self._read()

    def _read(self) -> None:
        self.size = len(self.items)
        self.spans: dict[tuple[str, int, int], int] = {}
        self.per_document: dict[str, int] = {}
        for i, item in enumerate(self.items):
            self.spans.setdefault((item.document, item.start, item.end), i)
            self.per_document[item.document] = self.per_document.get(item.document, 0) + 1

    def describes(self, items: list[Evidence]) -> bool:
        return items is self.items and len(items) == self.size

    def position(self, key: tuple[str, int, int]) -> int | None:
        """Where the piece with this span is (the first, as a scan would find it), or None."""
        i = self.spans.get(key)
        if i is not None:
            item = self.items[i]
            if (item.document, item.start, item.end) != key:  # the list was reordered since: read it again
                self._read()
                i = self.spans.get(key)
        return i

    def added(self, key: tuple[str, int, int]) -> None:
        self.spans.setdefault(key, self.size)
        self.per_document[key[0]] = self.per_document.get(key[0], 0) + 1
        self.size += 1


def _window(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The evidence window of ``text[start:end]``: up to EVIDENCE_WIDTH characters either side, not across a
    sentence's end (and keeping the one after); its start, end and text on one line."""
    size = len(text)
    before = _LAST_STOP.match(text, max(0, start - EVIDENCE_WIDTH), start)
    lo = before.end() if before is not None else max(0, start - EVIDENCE_WIDTH)
    after = _FIRST_STOP.search(text, end, min(size, end + EVIDENCE_WIDTH))
    hi = after.start() if after is not None else min(size, end + EVIDENCE_WIDTH)
    if hi < size and text[hi] in "。；;" and hi - end < EVIDENCE_WIDTH:
        hi += 1
    return lo, hi, text[lo:hi].replace("\n", " ")


class Resolver:
    """Collects extractions from all documents and emits facts, with ids and types of ``ontology``."""

    def __init__(self, extractions: list[DocumentExtraction], ontology: Ontology | None = None) -> None:
        self.onto = ontology or load_ontology()
        self.extractions = extractions
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.located: set[str] = set()  # sources of a LOCATED_IN, kept so the check is not a scan of relations
        self.parents: defaultdict[str, set[str]] = defaultdict(set)  # region -> regions it is PART_OF
        self.mention_ids: dict[int, str] = {}
        self._evidence_index: dict[int, _EvidenceIndex] = {}  # id of an evidence list -> its spans
        self._plan_ids: dict[str, str] = {}  # title -> plan id, asked for every piece of evidence
        self._regions_done: set[str] = set()  # gazetteer regions whose node and ancestors are made
        self._windows: dict[tuple[int, int, int], tuple[int, int, str]] = {}  # (id of a text, span) -> window
        with reading_with(self.onto):
            self._local_enterprise_aliases: dict[tuple[str, str], str] = {}  # (short form, plan region) -> firm
            self._declared_aliases: dict[tuple[str, str], str] = {}  # (plan's file, short form) -> firm
            self._enterprise_aliases = self._short_form_map()
            self._org_aliases = self._org_alias_map()
            self._park_aliases = self._park_alias_map()

    # -- helpers ---------------------------------------------------------------------------------------------
    def _evidence(
        self, ex: DocumentExtraction, start: int, end: int, section: str, rule: str = "", confidence: float = 0.0
    ) -> Evidence:
        text = ex.doc.text
        # The window depends on the text and the span only, and most spans are asked for twice or more (a
        # mention's own evidence and the plan's, each link of it): worked out once per span. The extraction
        # keeps ``text`` alive all through resolution, so its id names it.
        key = (id(text), start, end)
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = _window(text, start, end)
        lo, hi, snippet = window
        return Evidence(
            document=self._plan_id(ex),
            start=lo,
            end=hi,
            section=section,
            text=snippet,
            rule=rule,
            confidence=round(confidence or rule_confidence(rule), 2),
        )

    def _plan_id(self, ex: DocumentExtraction) -> str:
        """:func:`plan_id` of the extraction's plan, worked out once per title (every fact's evidence asks)."""
        title = ex.meta.title
        pid = self._plan_ids.get(title)
        if pid is None:
            pid = self._plan_ids[title] = plan_id(title, self.onto)
        return pid

    def _entity(
        self, etype: str, eid: str, name: str, props: dict | None = None, aliases: Iterable[str] = ()
    ) -> Entity:
        entity = self.entities.get(eid)
        if entity is None:
            entity = Entity(etype, eid, name, [], dict(props or {}), [])
            self.entities[eid] = entity
        else:
            for key, value in (props or {}).items():
                if value is not None and entity.props.get(key) is None:
                    entity.props[key] = value
            if len(name) > len(entity.name) and etype in ORGS:
                entity.aliases.append(entity.name)
                entity.name = name
        abroad = _FOREIGN_FIRM.match(name) if etype == "Enterprise" else None
        own = _legal_core(name_key(name[abroad.end() :])) if abroad is not None else ""
        if abroad is not None and len(own) >= 2 and not is_common_word(own[:2]) and not is_generic(own):
            # (英国石油公司: 石油公司 is no name; 日本东丽: 东丽 is)
            # 泰国暹华绿色能源有限公司: the plan writes the country, the firm's own name is what follows it (and the
            # name keeps the country, which says the firm is not the plan's)
            aliases = [*aliases, name[abroad.end() :]]
        for alias in aliases:
            if alias and alias != entity.name and alias not in entity.aliases:
                entity.aliases.append(alias)
        if name != entity.name and name not in entity.aliases:
            entity.aliases.append(name)
        return entity

    def _merge_evidence(self, items: list[Evidence], evidence: Evidence) -> bool:
        """Add ``evidence`` unless its span is there already (one span read by two rules keeps the surer one).

        Returns True when the list changed. A span is one piece of evidence whichever rule read it: the export
        and the store key evidence by document and span. The spans and per-plan counts of each list are kept in
        an index (:class:`_EvidenceIndex`): a region or industry every plan names gathers thousands of pieces,
        and scanning them for each new one made resolution quadratic in the number of plans.
        """
        index = self._evidence_index.get(id(items))
        if index is None or not index.describes(items):
            index = self._evidence_index[id(items)] = _EvidenceIndex(items)
        key = (evidence.document, evidence.start, evidence.end)
        i = index.position(key)
        if i is not None:
            if evidence.confidence > items[i].confidence:
                items[i] = evidence
            return False
        if index.per_document.get(evidence.document, 0) >= MAX_EVIDENCE_PER_DOCUMENT:
            return False
        items.append(evidence)
        index.added(key)
        return True

    def _add_evidence(self, entity: Entity, evidence: Evidence) -> None:
        self._merge_evidence(entity.evidence, evidence)

    def _relate(self, rel: str, source: str, target: str, evidence: Evidence | None) -> None:
        if source == target:
            return
        info = self.onto.relation(rel)
        if self.entities[source].type not in info.domain or self.entities[target].type not in info.range:
            return
        relation = self.relations.setdefault((rel, source, target), Relation(rel, source, target, []))
        if rel == "LOCATED_IN":
            self.located.add(source)
        elif rel == "PART_OF":
            self.parents[source].add(target)
        if evidence is not None:
            self._merge_evidence(relation.evidence, evidence)

    def _short_form_map(self) -> dict[str, str]:
        """Firm name -> canonical full name.

        Full names that differ only by a leading place (湖北天门泵业有限公司, 天门泵业有限公司) are one firm, named
        by the longest; a short form maps to a full name when exactly one firm in the corpus yields it.
        """
        from loaders.rules.organisations import derived_short_forms

        full_names = {
            m.name
            for ex in self.extractions
            for m in ex.mentions
            if m.type == "Enterprise" and not m.attrs.get("alias_of") and not is_short_form(m.name)
        }
        canonical: dict[str, str] = {}
        by_core: dict[str, list[str]] = defaultdict(list)
        for name in full_names:
            by_core[_legal_core(_without_leading_places(name))].append(name)
        for names in by_core.values():
            # 宜宾市禾森科技 and 嘉兴市禾森科技 share a core but are two firms: names merge only where their
            # places can be one (湖北天门泵业 = 天门泵业); names with places first, so a bare one joins them.
            places = {n: _place_codes(n) for n in names}
            clusters: list[list[str]] = []
            for name in sorted(names, key=lambda n: (-len(places[n]), n)):
                home = next((c for c in clusters if all(_same_place(places[name], places[o]) for o in c)), None)
                if home is None:
                    clusters.append([name])
                else:
                    home.append(name)
            for cluster in clusters:
                best = max(cluster, key=lambda n: (len(n), n))
                for name in cluster:
                    canonical[name] = best
        owners: dict[str, set[str]] = defaultdict(set)
        for name in full_names:
            for short in derived_short_forms(name):
                owners[short].add(canonical[name])
        # Where each name is written: a short form two firms yield (驰远汽车: 常州驰远… and 北京驰远…集团) is
        # the one placed in the city of the plan that writes it.
        written: dict[str, set[str]] = defaultdict(set)
        for ex in self.extractions:
            for m in ex.mentions:
                if m.type == "Enterprise" and ex.meta.region:
                    written[m.name].add(ex.meta.region.code)
        for short, full in owners.items():
            if short in canonical:
                continue
            if len(full) == 1:
                canonical[short] = next(iter(full))
                continue
            placed = {f: _place_codes(f) for f in sorted(full)}
            local = [f for f, codes in placed.items() if codes and any(_same_place(codes, [c]) for c in written[short])]
            if len(local) == 1:
                canonical[short] = local[0]
                continue
            # Written in the plans of two firms' cities (禾森泵业 in 宜宾 and in 嘉兴): in each, the local firm.
            for code in written[short]:
                here = [f for f, codes in placed.items() if codes and _same_place(codes, [code])]
                if len(here) == 1:
                    self._local_enterprise_aliases[(short, code)] = here[0]
        # Short forms that no rule derives but that abbreviate one full name letter by letter (天门纺机 <
        # 天门纺织机械有限公司, 星星轮毂 < 湖北星星铝轮毂有限公司, 红旗电缆 < 湖北安耀红旗电缆有限公司).
        for ex in self.extractions:  # （以下简称“X”）: the plan says which firm X is
            for m in ex.mentions:
                full = m.attrs.get("alias_of")
                if m.type == "Enterprise" and full:
                    canonical[m.name] = canonical.get(full, full)
                    self._declared_aliases.setdefault((str(ex.doc.path), m.name), full)
        cores = {name: _legal_core(_without_leading_places(name)) for name in set(canonical.values())}
        placed = {name: _legal_core(_strip_countries(name_key(name))) for name in cores}
        shorts = {
            m.name
            for ex in self.extractions
            for m in ex.mentions
            if m.type == "Enterprise" and is_short_form(m.name) and m.name not in canonical
        }
        by_core, by_placed = _Abbreviations(cores), _Abbreviations(placed)
        firms_in: dict[str, set[str]] = defaultdict(set)  # the firms whose full names each city's plans write
        for name in full_names:
            for code in written[name]:
                firms_in[code].add(canonical[name])
        for short in shorts:
            owner = by_core.owner(_legal_core(_without_leading_places(short))) or by_placed.owner(
                _legal_core(name_key(short))
            )
            if owner is None:
                near = set().union(*(firms_in[code] for code in written[short]))
                owner = _owner_of(short, {n: cores[n] for n in near}, placed)
            if owner is not None:
                canonical[short] = owner
        # A short form the corpus gives to a firm whose full name its city's plans never write (锂源新能源, derived
        # from 常德锂源新能源科技 of another plan) is, in that city, the local firm whose name it abbreviates
        # (宜宾锂源新能源材料).
        for short, codes in written.items():
            owner = canonical.get(short)
            if owner is None or not is_short_form(short):
                continue
            for code in codes:
                if owner in firms_in[code] or (short, code) in self._local_enterprise_aliases:
                    continue
                local = _abbreviated(_legal_core(_without_leading_places(short)), {n: cores[n] for n in firms_in[code]})
                if local is not None:
                    self._local_enterprise_aliases[(short, code)] = local
        # Two short forms of one brand in one city's plans (佑琪制衣, 佑琪服装) are one firm, the more frequent name.
        by_city: dict[str, list[DocumentExtraction]] = defaultdict(list)
        for ex in self.extractions:
            by_city[ex.meta.region.code if ex.meta.region else ex.doc.name].append(ex)
        for group in by_city.values():
            counts: dict[str, int] = defaultdict(int)
            for m in (m for ex in group for m in ex.mentions):
                if m.type == "Enterprise" and is_short_form(m.name) and m.name not in canonical:
                    counts[m.name] += 1
            by_brand: dict[str, list[str]] = defaultdict(list)
            for name in counts:
                brand = _brand(name)
                if brand:
                    by_brand[brand].append(name)
            for names in by_brand.values():
                if len(names) > 1:
                    best = max(names, key=lambda n: (counts[n], len(n), n))
                    for name in names:
                        if name != best:
                            canonical[name] = best
        return canonical

    def _park_alias_map(self) -> dict[str, dict[str, str]]:
        """Per plan region: park short names -> the one full name they abbreviate (武进高新区 <
        武进国家高新技术产业开发区, 绵阳经开区 < 绵阳经济技术开发区): same opening two characters and last character,
        letters in order. Scoped by region, as park ids are: 临港经济开发区 is another park in another city."""
        by_region: dict[str, list[DocumentExtraction]] = defaultdict(list)
        for ex in self.extractions:
            by_region[ex.meta.region.code if ex.meta.region else "000000"].append(ex)
        return {code: self._park_aliases_of(group) for code, group in by_region.items()}

    @staticmethod
    def _park_aliases_of(extractions: list[DocumentExtraction]) -> dict[str, str]:
        names = {m.name for ex in extractions for m in ex.mentions if m.type == "Region" and not m.key}
        out = {}
        table = regions()

        def unplaced(name: str) -> str:
            while (place := table.leading_place(name)) and len(name) - len(place) >= 4:
                name = name[len(place) :]
            return name

        for name in sorted(names, key=lambda n: (-len(n), n)):  # the fullest first, and the same on every run
            forms = {name[: -len(short)] + full for short, full in _PARK_ABBREVIATIONS if name.endswith(short)}
            # 经开区 alone, in 天津's plan: the one park whose name without its city spells it out
            spelt = (forms & names) or {other for other in names if other != name and unplaced(other) in forms}
            # 乌鲁木齐经开区 = 乌鲁木齐经济技术开发区 (not …甘泉堡经济技术开发区, whose letters it also holds)
            owner = spelt.pop() if len(spelt) == 1 else None
            for core_of in (lambda o: o, unplaced):  # then 临港经开区 < 宜宾临港经济技术开发区, its city set aside
                if owner is not None or _FULL_PARK.search(name):
                    break  # 衡阳高新技术产业开发区 is no short form of 衡阳西渡高新技术产业开发区: one park more
                longer = {
                    other: core_of(other)
                    for other in sorted(names)
                    if len(core_of(other)) > len(name) + 1
                    and core_of(other)[:2] == name[:2]
                    and core_of(other)[-1] == name[-1]
                }
                owner = owner or _abbreviated(name, longer, same_start=True)
            if owner is not None:
                out[name] = owner
            rest = name
            while place := table.leading_place(rest):  # 江苏江阴临港经济开发区 = 江阴临港… = 临港经济开发区
                rest = rest[len(place) :]
                if rest in names and len(rest) >= 4:
                    out.setdefault(rest, name)  # 滨海经济技术开发区 = 潍坊滨海经济技术开发区
        # 宜都化工园 and 宜都化工园区, 白洋工业园 and 白洋工业园区: one park, written with or without its 区
        for name in names:
            if name.endswith("园") and name + "区" in names:
                out.setdefault(name, name + "区")
        # 辉南县金川森林康养产业园 and 辉南金川森林康养产业园: one park, its county written in full or short
        by_core: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name in names:
            place = table.leading_place(name)
            ref = table.resolve(place) if place and len(name) - len(place) >= 4 else None
            if ref is not None:
                by_core[(ref.code, name[len(place) :])].append(name)
        for group in by_core.values():
            fullest = max(group, key=lambda n: (len(n), n))
            for other in group:
                if other != fullest:
                    out.setdefault(other, fullest)
        for ex in extractions:
            # 江苏江阴临港经济开发区（以下简称临港开发区）: the plan's own short form of a park
            for m in ex.mentions:
                if m.type == "Region" and not m.key:
                    for short in declared_shorts(ex.doc.text, m.end):
                        if short != m.name:
                            out.setdefault(short, m.name)
        for short in list(out):  # 临港开发区 < 临港经济开发区 < 江苏江阴临港经济开发区: the fullest
            seen = {short}
            while out[short] in out and out[out[short]] not in seen:
                seen.add(out[short])
                out[short] = out[out[short]]
        return out

    def _org_alias_map(self) -> dict[tuple[str, str], str]:
        """Platform and university short names -> the one longer name they abbreviate (华科大工研院 <
        华中科技大学鄂州工业技术研究院): same type, same first and last character, letters in order. Also a
        department's second plate -> the department, and a project's name without its owner -> the owner's."""
        names: dict[str, set[str]] = defaultdict(set)
        provinces: dict[str, set[str]] = defaultdict(set)  # name -> the provinces of the plans that name it
        for ex in self.extractions:
            province = ex.meta.region.code[:2] if ex.meta.region else ""
            for m in ex.mentions:
                if m.type in ("Platform", "University"):
                    names[m.type].add(m.name)
                    provinces[m.name].add(province)
        out: dict[tuple[str, str], str] = {}
        for ex in self.extractions:
            # 市知识产权局, the second plate of 市市场监管局（市知识产权局）: named alone elsewhere, the same body
            for m in ex.mentions:
                for plate in m.attrs.get("plates", ()) if m.type == "Agency" else ():
                    out.setdefault(("Agency", plate), m.name)
        for ex in self.extractions:
            # 新型基因工程疫苗产业化项目, named again with its owner (康泽生物新型基因工程疫苗产业化项目): one project.
            projects = {m.name for m in ex.mentions if m.type == "Project"}
            for name in projects:
                longer = [o for o in projects if len(o) >= len(name) + 2 and o.endswith(name)]
                if len(name) >= 8 and len(longer) == 1:
                    out[("Project", name)] = longer[0]
            # 恒纺新材项目, where the plan names one project of the firm 恒纺新材 in full (恒纺新材年产30万吨…项目):
            # that project by its owner's name
            firms = {m.name for m in ex.mentions if m.type == "Enterprise"}
            for name in projects:
                owner = name.removesuffix("项目")
                if owner == name or owner not in firms:
                    continue
                longer = [o for o in projects if o != name and o.startswith(owner) and o.endswith("项目")]
                if len(longer) == 1:
                    out.setdefault(("Project", name), longer[0])
        # 粤西海热实验室徐闻分中心, where 粤西海热实验室 is a declared short form: the same branch as the one named
        # with the full name (粤西海洋与热带农业广东省实验室徐闻分中心), when the plans name that one too.
        declared: dict[str, str] = {}
        for ex in self.extractions:
            for m in ex.mentions:
                if m.type in ("Platform", "University", "Enterprise"):
                    for short in m.attrs.get("aliases", ()):
                        if len(short) >= 3 and short != m.name:
                            declared.setdefault(short, m.name)
        if declared:
            opening = re.compile(trie_regex(declared))
            for etype, group in names.items():
                for name in group:
                    match = opening.match(name)
                    if match is not None and len(name) - match.end() >= 3:
                        spelt = declared[match.group()] + name[match.end() :]
                        if spelt in group and spelt != name:
                            out[(etype, name)] = spelt
        for etype, group in names.items():
            # One representative per normalised name (工研院 and 工业技术研究院 spell one name).
            keys = {}
            for name in sorted(group, key=lambda n: (-len(n), n)):
                keys.setdefault(_key(name), name)
            keys = {name: key for key, name in keys.items()}
            by_ends: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (first, last) -> names
            for other, okey in keys.items():
                if okey:
                    by_ends[(okey[0], okey[-1])].append((other, okey))
            # 包头钢研磁材创新研究院 in a table cell, 钢研磁材创新研究院 in a sentence after its city: one platform,
            # named in full. Only when one placed name has that rest (包头X and 鄂尔多斯X would be two things).
            placed: dict[str, set[str]] = defaultdict(set)
            for other, okey in keys.items():
                codes, rest = _leading_places(other)
                if codes and rest != okey and len(rest) >= 4:
                    placed[rest].add(other)
            seats = university_seats() if etype == "University" else {}
            for name in group:
                if (etype, name) in out:
                    continue  # spelt out from a declared short form above
                if name in seats:
                    continue  # 台州学院 is a university of its own, not 台州职业技术学院 cut short
                if seats and (seat := _seat_after_place(name, seats)) is not None:
                    out[(etype, name)] = seat  # 合肥市中国科学技术大学: the city it is in, glued before its name
                    continue
                key = _key(name)
                owners = placed.get(key, set()) - {name}
                if len(owners) == 1:
                    out[(etype, name)] = owners.pop()
                    continue
                longer = {
                    other: okey
                    for other, okey in (by_ends.get((key[0], key[-1]), ()) if key else ())
                    if len(okey) > len(key) + 1
                }
                owner = _abbreviated(key, longer, same_start=True)
                if owner is not None and provinces[name] & provinces[owner]:
                    # 均安新材料中试基地 cut to 安新材料中试基地 in a 广东 plan abbreviates nothing an 安徽 plan
                    # names: a plan's short form stands for a platform its own province's plans name
                    out[(etype, name)] = owner
                elif keys.get(name) is None and _key(name) in keys.values():
                    out[(etype, name)] = next(n for n, k in keys.items() if k == _key(name))
        return out

    # -- ids -------------------------------------------------------------------------------------------------
    def _firm_name(self, m: Mention, ex: DocumentExtraction) -> str:
        """The full name a firm mention stands for: the one its plan declared it for (以下简称市创投集团 in two cities'
        plans: each plan's 市创投集团 is its own firm), else corpus-wide, or the local firm where a short form is two
        firms'."""
        # (数衡软件 declared in two cities' plans for two firms: wherever each plan writes it, its own firm)
        declared = m.attrs.get("alias_of") or self._declared_aliases.get((str(ex.doc.path), m.name))
        if declared:
            return self._enterprise_aliases.get(declared, declared)
        local = self._local_enterprise_aliases.get((m.name, ex.meta.region.code)) if ex.meta.region else None
        return local or self._enterprise_aliases.get(m.name, m.name)

    @staticmethod
    def _own_name(m: Mention, ex: DocumentExtraction) -> str | None:
        """The code of the plan's region when a mention is the name the plan's manifest gives it, a new area the
        gazetteer does not have (青岛西海岸新区 for 370211 黄岛区, governing the district's land): the plan speaks of
        its own region by that name, so the mention is that region, not a park of its own."""
        region, manifest = ex.meta.region, ex.doc.manifest or {}
        if region is None or m.key or manifest.get("region_code") != region.code:
            return None
        own = manifest.get("region", "")
        if not own.endswith("新区") or own in (region.name, region.short):
            return None  # a park's plan under its county's code names the park, a place of its own
        short = own[len(regions().leading_place(own)) :]  # 嘉兴南湖新区 -> 南湖新区
        return region.code if m.name in (own, short) else None

    def _region_id(self, m: Mention, ex: DocumentExtraction) -> str:
        if m.key or (m.type == "Region" and (code := self._own_name(m, ex))):
            return self.onto.make_id("Region", m.key or code)
        # Towns and parks are keyed under the plan's region, whichever county a sentence puts them in, so one
        # town is one node (its PART_OF still says the county).
        parent = ex.meta.region.code if ex.meta.region else m.attrs.get("parent") or "000000"
        return self.onto.make_id("Region", f"{parent}/{name_key(self._park_name(m, ex))}")

    def _park_name(self, m: Mention, ex: DocumentExtraction) -> str:
        return self._park_aliases.get(ex.meta.region.code if ex.meta.region else "000000", {}).get(m.name, m.name)

    def _id(self, m: Mention, ex: DocumentExtraction) -> str:
        if m.type == "Region":
            return self._region_id(m, ex)
        if m.type == "Industry":
            if m.key:
                return m.key
            return self.onto.make_id("Industry", industry_key(m.name))
        if m.type == "Enterprise":
            return self.onto.make_id("Enterprise", _key(self._firm_name(m, ex)))
        if m.type == "Incentive":
            a = m.attrs
            raw = "|".join(
                str(x)
                for x in (
                    self._plan_id(ex),
                    a["rewards"],
                    a["value"],
                    a["value_max"],
                    a["unit"],
                    a["kind"],
                )
            )
            return self.onto.make_id("Incentive", hashlib.sha1(raw.encode()).hexdigest()[:16])
        if m.type == "Target":
            a = m.attrs
            indicator = a["indicator_id"] or indicator_key(a["indicator"])
            raw = "|".join(
                str(x)
                for x in (
                    self._plan_id(ex),
                    indicator,
                    a["year"],
                    a["status"],
                    a["value"],
                    a["value_max"],
                    a["unit"],
                    # the county a table of goals by county sets the goal for
                    *([a["region_mention"].name] if a.get("per_place") else []),
                )
            )
            return self.onto.make_id("Target", hashlib.sha1(raw.encode()).hexdigest()[:16])
        name = m.attrs.get("alias_of") or self._org_aliases.get((m.type, m.name), m.name)
        name = self._org_aliases.get((m.type, name), name)
        return self.onto.make_id(m.type, _key(name))

    # -- entities --------------------------------------------------------------------------------------------
    def _plan(self, ex: DocumentExtraction) -> str:
        meta = ex.meta
        pid = self._plan_id(ex)
        props = {
            "title": meta.title,
            "issuer": meta.issuer,
            "number": meta.number,
            "date": meta.date,
            "period_start": meta.period_start,
            "period_end": meta.period_end,
            "genre": meta.genre,
            "source": ex.doc.name,
            "region": self._gazetteer_region(meta.region.code) if meta.region else None,
        }
        plan = self._entity("Plan", pid, meta.title, props)
        plan.evidence = (
            [Evidence(pid, meta.start, meta.end, "", ex.doc.text[meta.start : meta.end], "plan.title", 1.0)]
            if meta.end
            else []
        )
        if meta.region is not None:
            self._relate(
                "APPLIES_TO",
                pid,
                self._gazetteer_region(meta.region.code),
                plan.evidence[0] if plan.evidence else None,
            )
        return pid

    def _gazetteer_region(self, code: str) -> str:
        """The node of a GB/T 2260 region, with its ancestors (PART_OF) so every region hangs in the tree."""
        rid = self.onto.make_id("Region", code)
        if code in self._regions_done:
            return rid  # made with its ancestors already: a second pass would find everything in place
        table = regions()
        ref = table.by_code[code]
        self._entity("Region", rid, ref.name, {"level": ref.level, "code": code}, aliases=[ref.short])
        if ref.parent and ref.parent in table.by_code:
            parent = self._gazetteer_region(ref.parent)
            self._relate("PART_OF", rid, parent, None)
        self._regions_done.add(code)
        return rid

    def _industry(self, m: Mention) -> str:
        index = industries(self.onto)
        if m.key:
            concept = index.concepts[m.key]
            self._concept(concept.id)
            return concept.id
        iid = self.onto.make_id("Industry", industry_key(m.name))
        self._entity("Industry", iid, m.name, {"kind": "industry"})
        broader = nearest_concept(m.name)
        if broader is not None:
            self._concept(broader)
            self._relate("BROADER", iid, broader, None)
        return iid

    def _concept(self, cid: str) -> None:
        concept = industries(self.onto).concepts[cid]
        if cid in self.entities:
            return
        self._entity(
            "Industry",
            cid,
            concept.name,
            {"kind": concept.kind, "notation": concept.notation, "name_en": concept.name_en},
            aliases=concept.aliases,
        )
        if concept.broader:
            self._concept(concept.broader)
            self._relate("BROADER", cid, concept.broader, None)

    def _indicator(self, m: Mention) -> str:
        indicator_id = m.attrs["indicator_id"]
        if indicator_id:
            concept = self.onto.indicators[indicator_id]
            self._entity(
                "Indicator",
                indicator_id,
                concept.name,
                {"unit": concept.unit, "name_en": concept.name_en},
                aliases=concept.aliases,
            )
            return indicator_id
        iid = self.onto.make_id("Indicator", indicator_key(m.attrs["indicator"]))
        self._entity("Indicator", iid, m.attrs["indicator"], {"unit": m.attrs["unit"] or None})
        return iid

    def _mention_entity(self, m: Mention, ex: DocumentExtraction) -> str:
        onto_id = self._id(m, ex)
        if m.type == "Region":
            if m.key:
                onto_id = self._gazetteer_region(m.key)
                if m.attrs.get("aliases"):
                    self._entity("Region", onto_id, self.entities[onto_id].name, aliases=m.attrs["aliases"])
            elif (code := self._own_name(m, ex)) is not None:
                onto_id = self._gazetteer_region(code)
                self._entity("Region", onto_id, self.entities[onto_id].name, aliases=[m.name])
            else:
                parent = m.attrs.get("parent")
                name = self._park_name(m, ex)
                aliases = [*([m.name] if name != m.name else []), *m.attrs.get("aliases", ())]
                self._entity("Region", onto_id, name, {"level": m.attrs.get("level", "park")}, aliases=aliases)
                if parent and parent in regions().by_code:
                    self._relate("PART_OF", onto_id, self._gazetteer_region(parent), None)
        elif m.type == "Industry":
            onto_id = self._industry(m)
        elif m.type == "Target":
            a = m.attrs
            props = {
                k: a.get(k) for k in ("indicator", "value", "value_max", "unit", "year", "comparator", "status", "kind")
            }
            props["unit"] = props["unit"] or None
            region_mention = a.get("region_mention")
            region_id = (
                self._mention_entity(region_mention, ex)
                if region_mention is not None
                else self._gazetteer_region(ex.meta.region.code)
                if ex.meta.region
                else None
            )
            props["region"] = region_id
            name = (
                f"{a['indicator']} {a['comparator'] if a['comparator'] not in ('=', 'range') else ''}{a['value']}"
                f"{'-' + str(a['value_max']) if a['value_max'] is not None else ''}{a['unit'] or ''}"
                f"{' (' + str(a['year']) + ')' if a['year'] else ''}"
            )
            self._entity("Target", onto_id, name, props)
        elif m.type == "Incentive":
            a = m.attrs
            props = {
                k: a.get(k) for k in ("value", "value_max", "unit", "kind", "rewards", "condition", "cap", "cap_unit")
            }
            self._entity("Incentive", onto_id, m.name, {k: v for k, v in props.items() if v not in (None, "")})
        elif m.type == "Enterprise":
            full = self._firm_name(m, ex)
            aliases = [*m.attrs.get("aliases", []), *([m.name] if m.name != full else [])]
            self._entity("Enterprise", onto_id, full, aliases=aliases)
        else:
            props = {k: v for k, v in m.attrs.items() if k in ("kind", "level") and v is not None}
            name = m.attrs.get("alias_of") or self._org_aliases.get((m.type, m.name), m.name)
            name = self._org_aliases.get((m.type, name), name)
            aliases = [*m.attrs.get("aliases", []), *([m.name] if name != m.name else [])]
            self._entity(m.type, onto_id, name, props, aliases=aliases)
        self.mention_ids[id(m)] = onto_id
        return onto_id

    # -- the run ---------------------------------------------------------------------------------------------
    def facts(self) -> list[Fact]:
        with reading_with(self.onto):
            return self._facts()

    def _facts(self) -> list[Fact]:
        for ex in self.extractions:
            pid = self._plan(ex)
            plan_region = self._gazetteer_region(ex.meta.region.code) if ex.meta.region else None
            located: set[str] = set()
            self._chains_take_their_words(ex)
            ex = self._without_needless_guesses(ex)
            for m in ex.mentions:
                eid = self._mention_entity(m, ex)
                if m.attrs.get("implied"):
                    continue  # read from a firm's name, not mentioned by the plan: no evidence of its own
                evidence = self._evidence(ex, m.start, m.end, m.section, m.rule, m.confidence)
                self._add_evidence(self.entities[eid], evidence)
                plan_evidence = self._evidence(ex, m.start, m.end, m.section, "plan.sets")
                if m.type == "Target":
                    self._relate("SETS_TARGET", pid, eid, plan_evidence)
                    self._relate("MEASURES", eid, self._indicator(m), evidence)
                    region = self.entities[eid].props.get("region")
                    if region:
                        self._relate("APPLIES_TO", eid, region, evidence)
                if m.type == "Incentive":
                    self._relate("OFFERS", pid, eid, plan_evidence)
                    if plan_region:
                        self._relate("APPLIES_TO", eid, plan_region, plan_evidence)
                if m.type == "Industry" and m.attrs.get("priority"):
                    self._relate("PRIORITISES", pid, eid, plan_evidence)
                if m.attrs.get("cooperates_with_plan_region") and plan_region:
                    self._relate(
                        "COOPERATES_WITH",
                        plan_region,
                        eid,
                        self._evidence(ex, m.start, m.end, m.section, "cooperates.plan-region"),
                    )
            plan_code = ex.meta.region.code if ex.meta.region else ""
            named_parks = self._plan_parks(ex)
            # where the plan places a firm in so many words, a paragraph's or a sentence's place is no more than a guess
            stated = {
                self.mention_ids[id(link.source)]
                for link in ex.links
                if link.type == "LOCATED_IN" and link.rule not in _PLACE_GUESSES
            }
            kept_guesses, replaced = self._narrowed_name_places(ex)
            for link in ex.links:
                source = self.mention_ids[id(link.source)]
                target = self.mention_ids[id(link.target)]
                if link.rule in _NEW_SITES and self._at_home_elsewhere(source, plan_code):
                    continue  # 推动骁澜新能源在曲靖经开区布局…基地, of 深圳市骁澜…有限公司: its new site, not its seat
                if link.rule in _PLACE_GUESSES and source in stated and (source, target) not in kept_guesses:
                    continue  # 1．东昌区。…吉林宸宇… with 所在地 东昌区滨江医药园 in the plan's table
                if link.rule in NAME_PLACES and target in replaced.get(source, ()):
                    continue  # 芳畈园区…，支持大悟县某某有限公司…: the park says where in 大悟县
                if link.rule in NAME_PLACES and link.source.type == "Enterprise":
                    # 江阴高新区创业投资有限公司 read as of 江阴市: the park its name opens with says more
                    target = self._park_company(self.entities[source].name, named_parks) or target
                section = link.source.section
                start, end = link.start, link.end
                if end - start > MAX_RELATION_SPAN:
                    start, end = link.source.start, link.source.end
                self._relate(link.type, source, target, self._evidence(ex, start, end, section, link.rule))
                if link.type == "LOCATED_IN":
                    located.add(source)
            self._inherit_places(ex, located, self._place_committees(ex, located))
            placed = self._firms_at_their_sites(ex, located) | self._firms_in_their_incubators(ex, located)
            if placed:
                # 晶曜硅材 placed by its project's row (锦州经开区): the lab it hosts, placed nowhere, is there too
                self._inherit_places(ex, located, self._place_committees(ex, located) | placed)
            self._inherit_chains(ex)
            spoken_of = self._speakers_chains(ex)
            self._chains_in_names(ex, spoken_of)
            for block, agencies, things in ex.responsible:
                for agency in agencies:
                    aid = self.mention_ids[id(agency)]
                    evidence = self._evidence(ex, agency.start, agency.end, block.section, "responsible.bracket")
                    targets = [self.mention_ids[id(t)] for t in things] or [pid]
                    for tid in targets:
                        self._relate("RESPONSIBLE_FOR", aid, tid, evidence)
            home = self._home(ex, plan_region)
            site = self._project_site(ex)
            if plan_region:
                # A firm the plan only courts (every mention of it here is an object of 对接, 引进 …) is elsewhere.
                # (a legal name opening with a place of the plan's own region, 焦作某某有限公司 under 意向企业 in
                # 焦作's roadshow, is a local firm whatever column names it)
                at_home = {
                    self.mention_ids[id(m)]
                    for m in ex.mentions
                    if m.type in ORGS
                    and (not m.attrs.get("courted") or _named_within(m.name, ex.meta.region.code, ex.meta.region))
                }
                parks = named_parks
                cores = self._site_cores(ex)
                orgs = [
                    name
                    for m in ex.mentions
                    if m.type in ("Enterprise", "University") and id(m) in self.mention_ids
                    for name in (
                        self.entities[self.mention_ids[id(m)]].name,
                        *self.entities[self.mention_ids[id(m)]].aliases,
                    )
                ]
                for m in ex.mentions:
                    eid = self.mention_ids[id(m)]
                    name = self.entities[eid].name
                    if m.type == "Enterprise" and (
                        eid not in at_home
                        or elsewhere(name)
                        or (name.endswith(("公司", "集团")) and named_elsewhere(name, plan_code, municipal=True))
                    ):
                        # (北京某某有限公司 in 乌兰察布's plan, where nothing places it, is at home in 北京; a brand
                        # opening with a city's short name, 延安药业 in 天门's, says nothing of where it is)
                        continue
                    if m.type == "Agency" and is_national(name):
                        continue
                    if m.type == "Agency" and eid not in located:
                        # 省科技厅, qualified as 浙江省科技厅: the province whose department it is (each plan that
                        # names it says so, where an earlier plan put it there too)
                        name = self.entities[eid].name
                        lead = branch_place(name) or regions().leading_place(name)
                        own = regions().resolve(lead, ex.meta.region)
                        if own is not None and (own.code != ex.meta.region.code or home != plan_region):
                            own_id = self._gazetteer_region(own.code)
                            if eid not in self.located or ("LOCATED_IN", eid, own_id) in self.relations:
                                evidence = self._evidence(ex, m.start, m.end, m.section, "located.name-place")
                                self._relate("LOCATED_IN", eid, own_id, evidence)
                            located.add(eid)
                            continue
                    if m.type == "University" and eid not in located:
                        # A university of the plan's own city (广西科技大学 in 柳州's plan) is there, though no
                        # sentence says so; one from elsewhere is placed only by what the plan states. (Placing it
                        # at its seat when its sentence or section names that city was tried: on the dev plans
                        # LOCATED_IN gained 86 pairs and 104 errors, the gold placing such partners half the time.)
                        seat = self._local_seat(self.entities[eid], ex.meta.region.code)
                        if seat is not None:
                            seat_id = self._gazetteer_region(seat)
                            # another plan placed it: this one adds its word where it agrees
                            if eid not in self.located or ("LOCATED_IN", eid, seat_id) in self.relations:
                                evidence = self._evidence(ex, m.start, m.end, m.section, "located.university-seat")
                                self._relate("LOCATED_IN", eid, seat_id, evidence)
                            located.add(eid)
                        continue
                    if m.type == "Platform" and eid not in located and eid not in self.located:
                        # 珠海高新区集成电路孵化器: a platform named after a park the plan names is in that park (a
                        # project named after one may build it: 某某产业园建设项目)
                        name = self.entities[eid].name
                        park = self._opening_park(name, parks) or self._opening_core(name, cores, orgs)
                        if park is not None:
                            evidence = self._evidence(ex, m.start, m.end, m.section, "located.name-place")
                            self._relate("LOCATED_IN", eid, park, evidence)
                            located.add(eid)
                            continue
                    if m.type == "Enterprise" and eid not in located and eid not in self.located:
                        park = self._park_company(self.entities[eid].name, parks)
                        if park is not None:
                            evidence = self._evidence(ex, m.start, m.end, m.section, "located.name-place")
                            self._relate("LOCATED_IN", eid, park, evidence)
                            located.add(eid)
                            continue
                    if m.type in ("Enterprise", "Platform", "Project", "Agency") and eid not in located:
                        if site is not None and m.type == "Platform" and _BUILT_HERE.search(m.section):
                            # 三、建设内容 > （二）共建研发平台 of a project whose 建设地点 the plan states: built there
                            evidence = self._evidence(ex, m.start, m.end, m.section, "located.project-site")
                            self._relate("LOCATED_IN", eid, site, evidence)
                            located.add(eid)
                            continue
                        # placed by another plan: this one adds its word only where it agrees (市科技局 in two
                        # plans of one city), and never moves a thing another plan put somewhere more specific
                        if eid not in self.located or ("LOCATED_IN", eid, home) in self.relations:
                            evidence = self._evidence(ex, m.start, m.end, m.section, "located.plan-region")
                            self._relate("LOCATED_IN", eid, home, evidence)
                        located.add(eid)
                if ex.meta.park and home is not None and home != plan_region:
                    self._park_towns(ex, home)
        return self._ordered()

    def _park_towns(self, ex: DocumentExtraction, park: str) -> None:
        """A park's own plan (its directory of firms: 企业名称 | 所在区域 布久乡) places its things at the towns of
        the park's county or city its parts are named after (布久乡片区): each such thing is in the park as well."""
        counties = self.parents.get(park, set())
        for found in ex.links:
            if found.type != "LOCATED_IN" or found.source.type not in ("Enterprise", "Platform", "Project"):
                continue
            thing, town = self.mention_ids.get(id(found.source)), self.mention_ids.get(id(found.target))
            if thing is None or town is None or ("LOCATED_IN", thing, town) not in self.relations:
                continue
            name = self.entities[town].name
            around = self.parents.get(town, set())
            around = around.union(*(self.parents.get(county, set()) for county in around))
            if (
                self.entities[town].props.get("level") == "town"
                and around & counties
                and re.search(re.escape(name) + r"[\u4e00-\u9fff]{0,10}片区", ex.doc.text)
            ):
                evidence = self._evidence(ex, found.start, found.end, found.source.section, "located.park-town")
                self._relate("LOCATED_IN", thing, park, evidence)

    def _plan_parks(self, ex: DocumentExtraction) -> dict[str, str]:
        """The names and aliases of the parks a plan names (珠海高新区, 珠海高新技术产业开发区) -> their node."""
        out: dict[str, str] = {}
        for m in ex.mentions:
            if m.type == "Region" and m.attrs.get("level") == "park" and id(m) in self.mention_ids:
                entity = self.entities[self.mention_ids[id(m)]]
                for name in (entity.name, *entity.aliases):
                    if han_count(name) >= 4:
                        out.setdefault(name, entity.id)
        return out

    def _site_cores(self, ex: DocumentExtraction) -> dict[str, str]:
        """The words that tell apart the parks and towns a plan names (甘泉堡 of 乌鲁木齐甘泉堡经济技术开发区, 科技城
        of 科技城新区, 大朗 of 大朗镇) -> their node; a word two places share, or a generic one (高新), is left out.

        Platforms are named after them as often as after the full name (甘泉堡新材料众创空间)."""
        table = regions()
        found: dict[str, set[str]] = defaultdict(set)
        for m in ex.mentions:
            level = m.attrs.get("level")
            if m.type != "Region" or level not in ("park", "town") or id(m) not in self.mention_ids:
                continue
            entity = self.entities[self.mention_ids[id(m)]]
            for name in (entity.name, *entity.aliases):
                core = name
                while place := table.leading_place(core):
                    if han_count(core) - len(place) < 2:
                        break
                    core = core[len(place) :]
                if level == "town":
                    core = re.sub(r"(?:镇|乡|街道)$", "", core)
                else:
                    ending = max((s for s in PARK_SUFFIXES if core.endswith(s)), key=len, default="")
                    core = core[: len(core) - len(ending)] if ending else ""
                if han_count(core) >= 2 and core == name_key(core) and not is_generic(core):
                    found[core].add(entity.id)
        return {core: ids.pop() for core, ids in found.items() if len(ids) == 1 and table.resolve(core) is None}

    @staticmethod
    def _opening_core(name: str, cores: dict[str, str], orgs: Iterable[str]) -> str | None:
        """The park or town whose telling word the name opens with (the longest), when a kind follows it.

        Not where an organisation of the plan shares more of the name's start (长江存储研发中心 and 长江存储科技有限
        责任公司, 荆楚理工学院共享实验室 and 荆楚理工学院): the platform is named after that organisation."""
        best = max((c for c in cores if name.startswith(c) and han_count(name) - len(c) >= 4), key=len, default=None)
        if best is None or any(len(o) > len(best) and name.startswith(o[: len(best) + 1]) for o in orgs):
            return None
        return cores[best]

    @staticmethod
    def _park_company(name: str, parks: dict[str, str]) -> str | None:
        """The park a development company is named after (江阴高新区创业投资有限公司, 常德高新创业投资有限公司): it
        invests in and runs that park, so it sits there, not merely in the city the name opens with."""
        for park in sorted(parks, key=len, reverse=True):
            stem = park[:-1] if park.endswith(("高新区", "经开区")) else park
            if name.startswith(stem) and _PARK_COMPANY.match(name, len(stem)):
                return parks[park]
        return None

    @staticmethod
    def _opening_park(name: str, parks: dict[str, str]) -> str | None:
        """The park the name opens with, the longest such name, when something follows it."""
        best = max((p for p in parks if name.startswith(p) and han_count(name) - len(p) >= 3), key=len, default=None)
        return parks[best] if best is not None else None

    def _chains_take_their_words(self, ex: DocumentExtraction) -> None:
        """A scheme word the plan writes inside the name of one of its own chains is that chain, in this plan.

        A plan that sets out 生物医药与大健康产业链 and then writes 生物医药 means its chain, not a second industry
        beside it (the gold gives the word as the chain's alias): the mention is renamed to the chain, so the firms
        and targets put on it land on the chain. So too a chain named by the word and then the scheme's broader
        industry of it (光伏新能源: 光伏 is 新能源's; 汽车电子 is not 汽车 and 电子's). Not where the plan gives the
        scheme industry a heading or table row of its own (it then has both), nor where the word sits in two of
        its chains' names (石化新材料, 有色冶金新材料: 新材料 is neither)."""
        chains: set[str] = set()
        own: set[str] = set()
        for m in ex.mentions:
            if m.type != "Industry" or m.attrs.get("implied") or m.rule == "industry.lexicon":
                continue
            if m.key:
                own.add(m.key)
            else:
                chains.add(m.name)
        if not chains:
            return
        text = ex.doc.text
        concepts = industries(self.onto).concepts
        for m in ex.mentions:
            if m.type != "Industry" or not m.key or m.key in own or m.rule != "industry.lexicon":
                continue
            written = text[m.start : m.end]
            holders = [c for c in chains if _names_part(written, c) or _named_with_broader(written, c, m.key, concepts)]
            if len(holders) == 1:
                m.name, m.key = holders[0], ""

    def _without_needless_guesses(self, ex: DocumentExtraction) -> DocumentExtraction:
        """``ex`` without the industries read from a firm's name (…电子 -> 新一代信息技术产业) where the plan puts
        that firm on a chain elsewhere: the plan's word beats the guess. On the dev plans 148 of the guesses' 169
        errors were of this kind (IN_INDUSTRY precision 0.80 -> 0.82, recall unchanged); a guess for a firm the
        plan puts on no chain stays, right one time in three."""
        on_chain = {
            self._id(link.source, ex)
            for link in ex.links
            if link.type == "IN_INDUSTRY" and link.rule != "industry.firm-name"
        }
        needless = {
            id(link.target)
            for link in ex.links
            if link.rule == "industry.firm-name" and self._id(link.source, ex) in on_chain
        }
        needless |= self._passing_industries(ex)
        # 联合瀚源电气…打造标杆 in the digital-economy section: a partner firm on a chain of its own elsewhere is not
        # on this one too (on the dev plans 11 such links of 12 were not in the gold)
        chained = defaultdict(set)
        for link in ex.links:
            if link.type == "IN_INDUSTRY" and link.rule not in ("industry.firm-name", "industry.section-partner"):
                chained[self._id(link.source, ex)].add(self._id(link.target, ex))
        partner_only = {
            id(link)
            for link in ex.links
            if link.rule == "industry.section-partner"
            and chained.get(self._id(link.source, ex), set()) - {self._id(link.target, ex)}
        }
        if not needless and not partner_only:
            return ex
        return replace(
            ex,
            mentions=[m for m in ex.mentions if id(m) not in needless],
            links=[k for k in ex.links if id(k.target) not in needless and id(k) not in partner_only],
        )

    def _passing_industries(self, ex: DocumentExtraction) -> set[int]:
        """Industries that are not the plan's: named once in passing, or a chain map's segment cell only.

        Named once in passing (推动新材料、智能制造等产业集聚发展) with nothing put on them: no
        heading, table row, firm, platform, project or target of theirs. The gold rarely counts them and an analyst
        asking which cities chase an industry is misled by them: on the dev plans 132 of 191 such mentions were
        not in the gold (Industry precision 0.66 -> 0.74, recall 0.84 -> 0.78, F1 0.74 -> 0.76)."""
        by_id: dict[str, list[Mention]] = {}
        for m in ex.mentions:
            if m.type == "Industry" and not m.attrs.get("implied"):
                by_id.setdefault(self._id(m, ex), []).append(m)
        structured = {
            i for i, ms in by_id.items() if any(m.rule != "industry.lexicon" or m.attrs.get("counted") for m in ms)
        }
        if len(structured) < 3:
            return set()  # a plan that sets out no chains of its own: what it names is all it says of industry
        linked = {self._id(k.target, ex) for k in ex.links if k.target.type == "Industry"}
        linked |= {self._id(k.source, ex) for k in ex.links if k.source.type == "Industry"}
        out: set[int] = set()
        text = ex.doc.text
        for iid, ms in by_id.items():
            if (
                len(ms) == 1
                and ms[0].rule == "industry.lexicon"
                and not ms[0].attrs.get("counted")
                and iid not in linked
            ):
                out.add(id(ms[0]))
            elif all(m.attrs.get("segment") for m in ms):
                # 汽车及零部件 | 线束 | 某某汽车: a chain map's segment column lists product lines, and the prose names
                # them as products too (原丝产能达到…); only one the prose calls an industry (原丝产业, 原丝产业链) is
                # the plan's (the firms of the row stay on the row's chain)
                written = {text[m.start : m.end] for m in ms}
                if not any(_named_as_industry(w, text) for w in written):
                    out.update(id(m) for m in ms)
        return out

    @staticmethod
    def _local_seat(university: Entity, plan_code: str) -> str | None:
        """The city-level code of a university's seat when it is the plan's own city (or the plan's county)."""
        seats = university_seats()
        seat = next((seats[n] for n in (university.name, *university.aliases) if n in seats), None)
        if seat is None:
            return None
        city = regions().by_code.get(plan_code)
        own = {plan_code, city.city if city else plan_code, city.parent if city and city.level == "county" else ""}
        return seat if seat in own else None

    def _project_site(self, ex: DocumentExtraction) -> str | None:
        """The place a project's own document (a special bond's scheme, a feasibility study) gives under its
        建设地点: （三）建设地点 项目位于鹤岗经开区新华工业园区 — the last of the run of places after 位于."""
        sites = [block for block in ex.layout.blocks if _SITE_HEADING.search(" ".join(block.path))]
        if len({block.path for block in sites}) != 1:
            return None  # (two projects' sites, A项目 > 建设地点 and B项目 > 建设地点: no one site for the plan)
        for block in sites:
            at = block.text.find("位于")
            if at < 0:
                continue
            stop = re.search(r"[，,。；;]", block.text[at:])
            start, end = block.start + at, block.start + at + (stop.start() if stop else len(block.text) - at)
            places = [
                p
                for p in ex.mentions
                if p.type == "Region"
                and start < p.start < end
                and id(p) in self.mention_ids
                and self.entities[self.mention_ids[id(p)]].props.get("level") in ("park", "town", "county")
            ]
            if places:
                return self.mention_ids[id(max(places, key=lambda p: p.start))]
        return None

    def _home(self, ex: DocumentExtraction, plan_region: str | None) -> str | None:
        """Where a plan's own things are when it names no place for them: its region, or, for a park's own
        plan (株洲高新技术产业开发区…行动计划), that park as the plan names it, and for a town government's own
        report (珠塘镇人民政府关于…工作总结), that town."""
        own = ex.meta.park or ex.meta.town
        if not own:
            return plan_region
        wanted = {name_key(own), name_key(re.sub(r"高新技术产业开发区$", "高新区", own))}
        for m in ex.mentions:
            if m.type == "Region" and id(m) in self.mention_ids:
                entity = self.entities[self.mention_ids[id(m)]]
                if {name_key(n) for n in (entity.name, *entity.aliases)} & wanted:
                    return entity.id
        return plan_region

    def _at_home_elsewhere(self, entity: str, plan_code: str) -> bool:
        """A firm whose legal name opens with a city or county outside the plan's region, however the sentence
        names it (its short form): it is at home there, wherever the plan has it build."""
        found = self.entities[entity]
        return found.type == "Enterprise" and bool(plan_code) and named_elsewhere(found.name, plan_code)

    def _ends(self, ex: DocumentExtraction, rel: str, skip_rule: str = "") -> dict[str, list[tuple[str, Link]]]:
        """Per entity, the (other end, link) pairs of this plan's ``rel`` links (not those ``skip_rule`` made)."""
        ends: dict[str, list[tuple[str, Link]]] = defaultdict(list)
        for link in ex.links:
            if link.type == rel and link.rule != skip_rule:
                ends[self.mention_ids[id(link.source)]].append((self.mention_ids[id(link.target)], link))
        return ends

    def _owned(self, ex: DocumentExtraction) -> Iterable[tuple[Link, str, str]]:
        """(link, thing, owner) for each platform its host owns and each project the organisation carrying it
        out owns: what a thing with no place or chain of its own takes from."""
        for link in ex.links:
            if link.type == "HOSTED_BY":
                yield link, self.mention_ids[id(link.source)], self.mention_ids[id(link.target)]
            elif link.type == "UNDERTAKES":
                yield link, self.mention_ids[id(link.target)], self.mention_ids[id(link.source)]

    def _inherit_places(
        self, ex: DocumentExtraction, located: set[str], committees: dict[str, list[tuple[str, Link]]]
    ) -> None:
        """A platform with no place of its own is where its host is (a park that hosts it, or the host's stated
        place); a project, where the organisation carrying it out is. Only places this plan states count."""
        places = self._ends(ex, "LOCATED_IN") | committees
        for link, thing, owner in self._owned(ex):
            owner_places = [(owner, link)] if self.entities[owner].type == "Region" else places.get(owner, [])
            owner_places = self._most_specific(owner_places)
            if thing in located:
                self._narrow_name_place(ex, thing, places.get(thing, []), owner_places, link)
                continue
            # An alliance spans its members' places; a host named in several places says none for the platform;
            # a university's home is not where the platforms it helps build are (福州大学南安…研究院).
            if (
                link.type == "HOSTED_BY"
                and self.entities[owner].type != "Region"
                and (
                    self.entities[owner].type == "University"
                    or self.entities[thing].name.endswith("联盟")
                    or len({p for p, _ in owner_places}) > 1
                )
            ):
                continue
            rule = "located.host" if link.type == "HOSTED_BY" else "located.undertaker"
            for place, why in owner_places:
                evidence = self._evidence(ex, why.start, why.end, why.source.section, rule)
                self._relate("LOCATED_IN", thing, place, evidence)
                located.add(thing)

    def _narrow_name_place(
        self,
        ex: DocumentExtraction,
        thing: str,
        own: list[tuple[str, Link]],
        owner_places: list[tuple[str, Link]],
        link: Link,
    ) -> None:
        """A platform placed only by the county or city its name opens with (鹿寨县新材料院士专家工作站), whose host
        or operator this plan puts in a park or town inside that place (依托鹿寨经济开发区的某公司建设; 由某开发区
        管委会运营), is in that park: the name says the county, the host says where in it."""
        if link.type != "HOSTED_BY" or len(own) != 1 or own[0][1].rule != "located.name-place":
            return
        if self.entities[thing].name.endswith(("联盟", "联合体")):
            return  # an alliance or consortium spans its members' places: its leader's park is not where it is
        named = own[0][0]
        # (one host placed by three sentences of its section, all in one park, says one place)
        if self.entities[named].props.get("level") not in ("county", "city") or len({p for p, _ in owner_places}) != 1:
            return
        inner, why = owner_places[0]
        relation = self.relations.get(("LOCATED_IN", thing, named))
        if relation is None or named not in self._ancestors(inner):
            return  # narrowed already (a second host), or the host is elsewhere
        evidence = self._evidence(ex, why.start, why.end, why.source.section, "located.host")
        self._relate("LOCATED_IN", thing, inner, evidence)
        plan = self._plan_id(ex)
        relation.evidence[:] = [e for e in relation.evidence if e.document != plan]
        if not relation.evidence:
            del self.relations[("LOCATED_IN", thing, named)]

    def _narrowed_name_places(self, ex: DocumentExtraction) -> tuple[set[tuple[str, str]], dict[str, set[str]]]:
        """The guesses (a paragraph's park or town) that narrow the place a firm's legal name opens with: 芳畈园区…，
        支持大悟县宣化茶业有限公司…, or 大悟县某某有限公司 in the item 1．大悟经开区。 The firm is in the park, inside
        大悟县; a guess outside the named place, or a firm the plan places otherwise too, keeps the name's place.
        Returns the (firm, guessed place) pairs kept, and per firm the name's places they replace."""
        by_name: dict[str, set[str]] = defaultdict(set)
        otherwise: set[str] = set()
        for link in ex.links:
            if link.type == "LOCATED_IN" and link.rule not in _PLACE_GUESSES:
                source = self.mention_ids[id(link.source)]
                if link.rule in NAME_PLACES:
                    by_name[source].add(self.mention_ids[id(link.target)])
                else:
                    otherwise.add(source)
        guesses: dict[str, set[str]] = defaultdict(set)
        for link in ex.links:
            if link.rule in _PLACE_GUESSES:
                guesses[self.mention_ids[id(link.source)]].add(self.mention_ids[id(link.target)])
        kept: set[tuple[str, str]] = set()
        replaced: dict[str, set[str]] = defaultdict(set)
        for source, targets in guesses.items():
            if source in otherwise or source not in by_name or len(targets) != 1:
                continue  # (two items' parks for one firm: the name's county says more than either)
            target = next(iter(targets))
            within = by_name[source] & self._ancestors(target)
            if within:
                kept.add((source, target))
                replaced[source] |= within
        return kept, replaced

    def _firms_at_their_sites(self, ex: DocumentExtraction, located: set[str]) -> dict[str, list[tuple[str, Link]]]:
        """A local firm the plan places nowhere is where the platforms it hosts and the projects it carries out
        are, when they are all in one place below the plan's region (a table's row: 某某重点实验室 | 云帆信息 |
        莱山区): a firm builds its labs and lines at its own site. A firm whose things are in several places,
        or one the plan only courts, is left to the default."""
        places = self._ends(ex, "LOCATED_IN")
        sites: dict[str, list[tuple[str, Link]]] = defaultdict(list)
        # (a signed project's investor, 投资方, is where its own place column says, not where its project lands)
        from_elsewhere = {
            self.mention_ids[id(m)] for m in ex.mentions if m.attrs.get("courted") or m.attrs.get("role") == "investor"
        }
        for _link, thing, owner in self._owned(ex):
            if owner in located or owner in from_elsewhere or self.entities[owner].type != "Enterprise":
                continue
            # A place read from the thing's own name (景天五金水暖产业园项目, 某某东海岛中试基地) names the site of that
            # one thing, not the firm's.
            sites[owner].extend((p, why) for p, why in places.get(thing, []) if why.rule != "located.name-place")
        plan = ex.meta.region.code if ex.meta.region else None
        placed: dict[str, list[tuple[str, Link]]] = {}  # the firms placed here, for the things they own
        for owner, found in sites.items():
            found = self._most_specific(found)
            name = self.entities[owner].name
            if elsewhere(name) or named_elsewhere(name, plan or "") or _OPERATOR.search(name):
                continue  # (a firm whose name opens with another city is at home there)
            if len({p for p, _ in found}) != 1:
                continue
            place, why = found[0]
            if self.entities[place].props.get("level") not in ("park", "town", "county"):
                continue
            if plan is not None and self.entities[place].props.get("code") == plan:
                continue
            evidence = self._evidence(ex, why.start, why.end, why.source.section, "located.site")
            self._relate("LOCATED_IN", owner, place, evidence)
            located.add(owner)
            placed[owner] = [(place, why)]
        return placed

    def _firms_in_their_incubators(
        self, ex: DocumentExtraction, located: set[str]
    ) -> dict[str, list[tuple[str, Link]]]:
        """A firm the plan places nowhere is where the incubator it grew in is (企业名称 | 毕业载体, a table of an
        incubator's graduates or residents), when that incubator has one place in this plan: a firm in incubation
        sits in the incubator's building."""
        places = self._ends(ex, "LOCATED_IN")
        placed: dict[str, list[tuple[str, Link]]] = {}
        for mention in ex.mentions:
            housing = mention.attrs.get("housed_in")
            if housing is None or id(mention) not in self.mention_ids or id(housing) not in self.mention_ids:
                continue
            firm, carrier = self.mention_ids[id(mention)], self.mention_ids[id(housing)]
            found = self._most_specific(places.get(carrier, []))
            if len({p for p, _ in found}) != 1:
                continue
            place, why = found[0]
            # (湖南某某有限公司: a firm placed only in a place around the incubator's, by its name, is narrowed)
            if firm in located and not all(p in self._ancestors(place) for p, _ in places.get(firm, [])):
                continue
            start, end = min(mention.start, housing.start), max(mention.end, housing.end)
            if end - start > MAX_RELATION_SPAN:
                start, end = mention.start, mention.end
            evidence = self._evidence(ex, start, end, mention.section, "located.incubator")
            self._relate("LOCATED_IN", firm, place, evidence)
            located.add(firm)
            placed[firm] = [(place, why)]
        return placed

    def _most_specific(self, places: list[tuple[str, Link]]) -> list[tuple[str, Link]]:
        """Places without those that contain another of them: a firm placed in 徐水区 by a table and in
        徐水区大王店产业园 by a sentence is in the park, one place, not two."""
        ids = {p for p, _ in places}
        inner = {a for p in ids for a in self._ancestors(p)}
        return [(p, why) for p, why in places if p not in inner]

    def _ancestors(self, region: str) -> set[str]:
        seen: set[str] = set()
        todo = [region]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def _place_committees(self, ex: DocumentExtraction, located: set[str]) -> dict[str, list[tuple[str, Link]]]:
        """A park's management committee (保定高新区管委会) is in that park, when the plan names the park; what
        it builds or runs is then there too (:meth:`_inherit_places`). So is a town's government in its town."""
        parks: dict[str, str] = {}
        for m in ex.mentions:
            if m.type == "Region" and id(m) in self.mention_ids:
                region = self.entities[self.mention_ids[id(m)]]
                for name in (region.name, *region.aliases):
                    parks.setdefault(name_key(name), region.id)
        spelt = self._park_aliases.get(ex.meta.region.code if ex.meta.region else "000000", {})
        placed: dict[str, list[tuple[str, Link]]] = {}
        for m in ex.mentions:
            if m.type != "Agency":
                continue
            eid = self.mention_ids[id(m)]
            agency = self.entities[eid]
            # the committee as the plan writes its zone (赣州经济技术开发区管理委员会 is named 赣州经开区管委会)
            committees = [c for n in (agency.name, *agency.aliases) if (c := _COMMITTEE.fullmatch(n))]
            town = _TOWN_GOVERNMENT.fullmatch(agency.name)
            if eid in located or (not committees and town is None):
                continue
            if town is not None:
                place, level, rule = parks.get(name_key(town.group(1))), "town", "located.town-government"
            else:
                place = next(
                    (
                        found
                        for c in committees
                        if (found := parks.get(name_key(c.group(1))) or parks.get(name_key(spelt.get(c.group(1), ""))))
                    ),
                    None,
                )
                level, rule = "park", "located.committee"
            if place is not None and self.entities[place].props.get("level") == level:
                evidence = self._evidence(ex, m.start, m.end, m.section, rule)
                self._relate("LOCATED_IN", eid, place, evidence)
                located.add(eid)
                placed[eid] = [(place, Link("LOCATED_IN", m, m, m.start, m.end, rule))]
        return placed

    def _inherit_chains(self, ex: DocumentExtraction) -> None:
        """A platform or project the plan puts on no chain is on its firm's chains in this plan (the firm that
        hosts the platform or carries out the project): a project table without a chain column still belongs
        to the chain its firm's section named. A firm's chain read from its name alone is not passed on."""
        chains = self._ends(ex, "IN_INDUSTRY", skip_rule="industry.firm-name")
        on_chain = set(chains)
        for _, thing, owner in self._owned(ex):
            if thing in on_chain or self.entities[owner].type != "Enterprise":
                continue
            if len({chain for chain, _ in chains.get(owner, [])}) > 2:
                continue  # a park's investment group, on the chains of all its projects, says no one of its platforms'
            for chain, why in chains.get(owner, []):
                evidence = self._evidence(ex, why.start, why.end, why.source.section, "industry.owner")
                self._relate("IN_INDUSTRY", thing, chain, evidence)

    def _speakers_chains(self, ex: DocumentExtraction) -> set[str]:
        """In a firm head's remarks (（一）某某有限公司董事长　某某), the firms, platforms, projects and universities
        the head speaks of, on no chain of this plan, are on the speaker's firm's one chain in the plan (its row of
        the chain table): the head talks of the firm's own chain, its partners, suppliers and customers. Returns
        the things it put on a chain."""
        chains = self._ends(ex, "IN_INDUSTRY", skip_rule="industry.firm-name")
        speakers: dict[str, list[Mention]] = defaultdict(list)
        for m in ex.mentions:
            if m.block is None or id(m) not in self.mention_ids:
                continue
            heading = next((h for h in reversed(m.block.path) if SPEAKER_HEADING.fullmatch(h)), None)
            if heading is not None:
                speakers[heading].append(m)
        chained: set[str] = set()
        for mentions in speakers.values():
            firm = next((self.mention_ids[id(m)] for m in mentions if m.attrs.get("speaker")), None)
            own = {chain for chain, _ in chains.get(firm, [])} if firm is not None else set()
            if len(own) != 1:
                continue
            chain = next(iter(own))
            for m in mentions:
                eid = self.mention_ids[id(m)]
                if m.type not in _ON_SPEAKERS_CHAIN or eid in chains:
                    continue
                evidence = self._evidence(ex, m.start, m.end, m.section, "industry.speaker")
                self._relate("IN_INDUSTRY", eid, chain, evidence)
                chained.add(eid)
        return chained

    def _chains_in_names(self, ex: DocumentExtraction, chained: set[str]) -> None:
        """A platform or project this plan puts on no chain, whose name holds an industry the plan names
        (包头稀土新材料中试基地, 某某汽车零部件配套项目), is on that industry: the name says what it serves.
        ``chained``: the things an earlier step of resolution put on a chain of this plan."""
        on_chain = set(self._ends(ex, "IN_INDUSTRY")) | chained
        chains = self._ends(ex, "IN_INDUSTRY", skip_rule="industry.firm-name")
        on_chain |= {thing for _, thing, owner in self._owned(ex) if chains.get(owner)}
        forms: dict[str, str] = {}
        for m in ex.mentions:
            if m.type == "Industry" and not m.attrs.get("implied") and id(m) in self.mention_ids:
                for form in (m.name, ex.doc.text[m.start : m.end]):
                    if han_count(form) >= 2:
                        forms.setdefault(form, self.mention_ids[id(m)])
        if not forms:
            return
        pattern = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
        seen: set[str] = set()
        for m in ex.mentions:
            thing = self.mention_ids.get(id(m))
            if m.type not in ("Platform", "Project") or thing is None or thing in on_chain or thing in seen:
                continue
            seen.add(thing)
            found = list(pattern.finditer(self.entities[thing].name))
            if found:
                industry = forms[max(found, key=lambda x: len(x.group())).group()]
                evidence = self._evidence(ex, m.start, m.end, m.section, "industry.in-name")
                self._relate("IN_INDUSTRY", thing, industry, evidence)

    def _drop_enclosing_places(self) -> None:
        """A thing placed in 镇江市 by one statement and in 江苏省 by another (its legal name's province) is in
        镇江市: the province adds nothing. Only a province or city that contains another of its places goes."""
        places: dict[str, set[str]] = defaultdict(set)
        for rel, source, target in self.relations:
            if rel == "LOCATED_IN":
                places[source].add(target)
        for source, targets in places.items():
            if len(targets) < 2:
                continue
            for target in targets:
                level = self.entities[target].props.get("level")
                if level in ("province", "city") and any(target in self._ancestors(t) for t in targets - {target}):
                    del self.relations[("LOCATED_IN", source, target)]

    def _ordered(self) -> list[Fact]:
        self._drop_enclosing_places()
        for entity in self.entities.values():
            entity.evidence.sort()
            entity.aliases = sorted(set(entity.aliases) - {entity.name})
        for relation in self.relations.values():
            relation.evidence.sort()
        entities = sorted(self.entities.values(), key=lambda e: (_TYPE_ORDER.get(e.type, 99), e.id))
        relations = sorted(self.relations.values(), key=lambda r: (r.type, r.source, r.target))
        return [*entities, *relations]


_JOINED_PART = re.compile(r"[与及和、]")
_MODIFIERS = ("高端", "现代", "先进", "绿色", "新型", "特色", "精细", "智能")


def _names_part(word: str, chain: str) -> bool:
    """Is ``word`` a part the chain's name is made of, not a modifier of it? 生物医药 in 生物医药与大健康 (the first of
    two joined), 纺织 in 高端纺织 (the head, after a modifier); not 汽车 in 汽车电子, nor 新材料 in 石墨烯新材料
    (a narrower material)."""
    if word == chain or word not in chain:
        return False
    if chain.startswith(word):
        return bool(_JOINED_PART.match(chain, len(word)))
    if chain.endswith(word):
        head = chain[: -len(word)]
        return head in _MODIFIERS or bool(_JOINED_PART.search(head[-1:]))
    return False


def _named_with_broader(word: str, chain: str, key: str, concepts: dict) -> bool:
    """Is the chain's name ``word`` and then the scheme's broader industry of it (光伏新能源, 风电新能源)?"""
    broader = concepts.get(concepts[key].broader or "")
    if broader is None or not chain.startswith(word):
        return False
    rest = chain[len(word) :].removesuffix("产业")
    return bool(rest) and rest in {broader.name.removesuffix("产业"), *broader.aliases}


def resolve(extractions: list[DocumentExtraction], ontology: Ontology | None = None) -> list[Fact]:
    """Facts for a set of documents, entities first (plans first of all), then relations, typed by ``ontology``
    (default: the default one); the rules resolution calls read industries and indicators from it too.

    It makes entities, evidence and indexes by the hundred thousand and no garbage cycles, so the cycle
    collector is paused: its walks were a fifth of the time at a thousand plans."""
    with no_cycle_collection():
        return Resolver(extractions, ontology).facts()


def is_short_form(name: str) -> bool:
    return not re.search(r"公司$|集团$", name)
