"""Regions: administrative divisions from the GB/T 2260 table, and named parks, zones and towns.

Full division names match anywhere; short names only where the gazetteer says they are safe for this plan
(see :meth:`Regions.short_forms_for`) or right before 市/区/县, and then only in the plan's province.
全市/我市/本市 mean the plan's own region. Parks are suffix-anchored (…高新区, …开发区, …工业园) and kept only
with a body that names one (a place or a proper name, not 重点医用防护物资…); towns (…镇, …乡) only with a
proper two- or three-character name.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.gazetteer import SHORT_STOP, RegionRef, regions, towns_in
from loaders.lexicon import COMMON_FREQ, is_common_word, is_ordinary_phrase, word_tag
from loaders.normalize import clean_name, han_count
from loaders.rules.common import (
    GOVERNED_DISTRICT,
    MIDDLE_DOTS,
    PARK_SUFFIXES,
    Mention,
    clause_start,
    leading_function_words,
    left_edge,
    occurrences,
    place_before_dash,
)
from loaders.rules.organisations import declared_shorts, is_generic, is_named
from loaders.segment import HEADING_MARK
from loaders.terms import read_rows, read_terms
from loaders.trie import alternation_regex, last_characters, trie_regex

_PARK_RE = re.compile(trie_regex(PARK_SUFFIXES))
_RANK_WORD = re.compile(r"[百千万亿]级|先进|示范|智慧|周边|精细")
_PARK_ENDS = last_characters(PARK_SUFFIXES)  # a sentence holding none (most) is spared _PARK_RE's scan
_SUB_PARKS = re.compile(r"[（(]((?:[\u4e00-\u9fff]{1,4}园[、，,]?){2,6})[）)]")
_BARE_SHORT = re.compile(trie_regex(tuple(row[0] for row in read_rows("park_abbreviations.tsv"))))
# Parts of speech that make a park body a description (重点…, 全省…) rather than a name.
_MODIFIER_TAGS = frozenset({"a", "ad", "d", "v", "vd", "b", "f"})
# 镇街 (towns and sub-districts together) is a word, not a town's name: 六是镇街…, 制造在镇街.
_TOWN_RE = re.compile(
    r"((?:(?![区县市省])[\u4e00-\u9fff]){2,3})(镇(?!街)|乡|街道)"
    r"(?![\u4e00-\u9fff]?(?:企业|政府|村|工业|经济|区域))"
)
# A town written before a park that opens with its city's name (三灶镇珠海金湾…产业园).
_TOWN_BEFORE_CITY = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")
_TOWN_SUFFIX = re.compile(r"(镇(?!街)|乡|街道)(?![\u4e00-\u9fff]?(?:企业|政府|村|工业|经济|区域))")
_TOWN_STOP = frozenset(
    "乡镇 城镇 集镇 小镇 村镇 重点镇 特色镇 城乡 下乡 家乡 返乡 各乡 各镇 全镇 全乡 建制镇 中心镇 示范镇 街道".split()
)
# 各街道, 六镇, 全乡: how many, not which; 我镇, 布局中的镇级…: the writer's own town, a phrase
_NO_TOWN_END = frozenset("各全本该每一二三四五六七八九十两几多我的")
_RANKS = re.compile(r"排名|进入|位居|跻身|迈入|列入|入选|成为|获批|晋升|达到")
# 商贸强镇, 文旅名镇: a title, not a town; 在镇转化 (镇 for 镇江), 学校与镇企业: a preposition before, no town's name
_NOT_TOWN_BEFORE = set("城村集小返下回家老故同特重中建乡镇强名古大在与")
_LEAD_VERB = re.compile(r"(?:支持|推动|鼓励|引导|依托|位于|落户|推进|聚焦|布局|立足)$")
_SELF = re.compile(r"全市|我市|本市|全区|我区|全县|我县|全省|我省")
_AFTER_SHORT = re.compile(r"^(?:市|区|县)")
_AFTER_SHORT_CHAR = re.compile("[市区县]")  # what _AFTER_SHORT needs somewhere in a sentence
# A list of two- to four-character names the text calls places: X、Y(、Z)等地 / 等城市 / 等东北地区中心城市.
_PLACE_LIST = re.compile(
    r"(?P<items>[\u4e00-\u9fff]{2,6}(?:[、和及与][\u4e00-\u9fff]{2,4})*)"
    r"等(?:[\u4e00-\u9fff]{0,6}?(?:城市|地区|省市|地方)|地)"
)


# Where a delegation goes (赴上海、苏州、深圳开展招商, 组织企业赴烟台对标学习): cities by their short names.
_TRAVEL_LIST = re.compile(
    r"(?:赴|前往)(?P<items>[\u4e00-\u9fff]{2,4}?(?:[、和及与][\u4e00-\u9fff]{2,4}?)*)"
    r"(?=开展|考察|对接|学习|对标|参加|举办|招商|调研|洽谈|拜访|走访|交流|进行|参访|与|[，,。；;])"
)
_FUNCTION_CHARS = frozenset("以和与及在由从对向于为把被将到至的是")


def _inside_division(text: str, pos: int) -> bool:
    """Is the character at ``pos`` part of a division's full or short name written there (新乡, 镇江)?"""
    table = regions()
    for width in (2, 3, 4):
        for lo in range(max(0, pos - width + 1), pos):  # the 乡 of 新乡 ends a name; 镇 of 镇江 could open one
            piece = text[lo : lo + width]
            if len(piece) == width and (piece in table.by_name or piece in table.by_short):
                return True
    return False


_EVERYDAY = 1000  # a dictionary frequency only everyday words reach (城市, 城区, 山区; not 州市, 沙市)


def _is_word(piece: str) -> bool:
    """Any dictionary word, proper or not (上海, 城市, 湘江, 东麓): what a reader parses before a gazetteer does."""
    return word_tag(piece, COMMON_FREQ) is not None


# 位于坪山区, 落户于…, 在坪山区: what follows is a place
_PLACED_AT = re.compile(r"(?:位于|地处|坐落于|坐落在|落户于?|设在|在)$")


def _vouched(name: str, paragraph: str) -> RegionRef | None:
    """Of the districts or counties called ``name`` in several cities, the one whose city ``paragraph`` names,
    by its full or short name, when only one of those cities is named there."""
    table = regions()
    candidates = table.by_name.get(name) or []
    if len(candidates) < 2:
        return None
    named = []
    for ref in candidates:
        city = table.by_code.get(ref.parent)
        if city is not None and city.level == "city" and (city.name in paragraph or city.short in paragraph):
            named.append(ref)
    return named[0] if len(named) == 1 else None


def _after_division(text: str, start: int) -> bool:
    """Is a division's full name written right before ``start`` (北京市|房山区), so that what follows is its part?"""
    table = regions()
    return any(text[start - n : start] in table.by_name for n in range(2, 8) if start - n >= 0)


def _across_words(text: str, start: int, end: int) -> bool:
    """Does the division written at ``start:end`` straddle two words, its head ending the word before it and its
    tail opening the next (以上|海外, 滨海|城市, 打通|城市, 资金|门槛, 湘江|西岸, 贺兰山|东麓)? Then no one wrote it.

    A division right before it (湖南省|长沙市: 省长 is a word) and a tail that is itself a place name (沙市) keep it.
    """
    table = regions()
    if _after_division(text, start):
        return False
    for head in range(1, end - start):
        for back in (1, 2):
            if start - back < 0 or not _is_word(text[start - back : start + head]):
                continue
            for size in range(2, 5):
                tail = text[start + head : start + head + size]
                if (
                    len(tail) == size
                    and start + head + size >= end
                    and _is_word(tail)
                    and tail not in table.by_name
                    and tail not in table.by_short
                ):
                    return True
    return False


def _division_before(text: str, start: int) -> RegionRef | None:
    """The county-level division written right before ``start`` (四会市|大沙镇), which a town then belongs to."""
    table = regions()
    for n in range(2, 8):
        refs = table.by_name.get(text[max(0, start - n) : start]) if start - n >= 0 else None
        if refs:
            county = [r for r in refs if r.level == "county"]
            return county[0] if len(county) == 1 else None
    return None


_PARK_END = re.compile(f"(?:{trie_regex(tuple(s for s in PARK_SUFFIXES if len(s) >= 2))})$")
_PARK_PART = re.compile(r"[东西南北中]区(?![域块])")
# A named part of a park written right after it (临沧工业园区|临翔片区), not one named by its trade
_FIELD_ZONE = re.compile(r"产业|加工|制造|配套|服务|功能|综合|物流|商贸|生活")
_ZONE = re.compile(r"([\u4e00-\u9fff]{2,4}?)片区")
# 黄石经济技术开发区·铁山区: a zone and the district it governs as one (区政合一), joined by a middle dot, are one
# place with one administration
_GOVERNED_WITH = re.compile(GOVERNED_DISTRICT)


def outside_parks(divisions: list[Mention], parks: list[Mention], inside: bool = False) -> list[Mention]:
    """Divisions not read across the end of a park's name (城东区 across 未来科学城|东区) nor, with ``inside``, within
    it (嘉兴 inside 嘉兴经开区: in a place cell only the park is the row's place)."""
    return [
        d
        for d in divisions
        if not any(p.start <= d.start < p.end and (inside or d.end > p.end or _governed(d, p)) for p in parks)
    ]


def _governed(division: Mention, park: Mention) -> bool:
    """Is ``division`` the district a zone governs as one, written after it with a middle dot (…开发区·铁山区)?"""
    return division.end == park.end and park.name[-len(division.name) - 1 : -len(division.name)] in MIDDLE_DOTS


# One character that opens a clause, never a park's name, unless it makes a word or a place with what follows.
_LEAD_CHARS = frozenset("要来指把带在到向为让使将对从于")
# (（简称…）和肇庆新区, 建设许镇…, 做大高新区, 带项目来开发区: a conjunction, verb or preposition before the
# name; 和平绿色建材产业园 after 、 is a town's park, and 为 or 来 alone stay: 华为软件产业园, 来宾河南工业园区)
_PARK_JOINT = re.compile(
    r"^(?:含|各|推动|推进|支持|依托|建设|做大|做强|做优|运营好|总结)|(?<=[区县市镇园城）)”])[和与及、]"
    r"|(?:建设为|打造为|作为|成为|项目来)(?=[\u4e00-\u9fff])"
    r"|(?<=[市县区城])[向往](?=[\u4e00-\u9fff]{2})"  # 由资源型城市向新材料产业基地转变: what it turns into
)


# Verbs of courting, visiting and learning (对接, 引进, 对标): read once, for the courted-firm rule too.
COURT_VERBS = tuple(read_terms("court_verbs.txt"))
# What may stand before a firm's stated home (对接深圳的…, 、上海的…, 与苏州的…): the home is a whole phrase.
_HOME_BEFORE = re.compile("(?:^|[，,、；;：:（(]|" + "|".join(COURT_VERBS) + r"|与|和|同|及|向|赴|如|以及|包括|联合)$")


def region_attrs(ref: RegionRef) -> dict[str, str]:
    """What a Region mention carries of its division, wherever the mention is made (here, or a firm's legal name)."""
    return {"code": ref.code, "level": ref.level, "parent": ref.parent}


@cache
def _region_words(
    plan_region: RegionRef | None,
) -> tuple[dict[str, RegionRef], re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    """The short names safe in a plan of ``plan_region`` and its towns, each with its pattern: built once per
    region, not once per plan (a province's plans share them; building them was a tenth of a plan's time).
    Read only: every PlaceFinder of the region shares these."""
    short = regions().short_forms_for(plan_region)
    towns = towns_in(plan_region.code) if plan_region else {}
    # (built for each plan's region, so the pattern that compiles faster and matches the same)
    short_pattern = re.compile(alternation_regex(short)) if short else None
    town_pattern = re.compile(alternation_regex(towns)) if towns else None
    return short, short_pattern, towns, town_pattern


def _city_of(table, place: str, county) -> bool:
    """Whether ``place`` (a name as written) is the city ``county`` belongs to (林芝 for 巴宜区)."""
    return any(r.code == county.parent for r in (*table.by_name.get(place, []), *table.by_short.get(place, [])))


class PlaceFinder:
    """Region rules for one plan (its own region decides which short names are safe)."""

    def __init__(self, plan_region: RegionRef | None) -> None:
        self.plan_region = plan_region
        self.short, self.short_pattern, self.towns, self._town_pattern = _region_words(plan_region)
        # Every town's name ends in 镇, 乡 or 道 (街道): a sentence holding none of its last characters (most) names
        # no town, and is spared the pattern's scan.
        self._town_ends = frozenset(name[-1] for name in self.towns)
        # A town's name without its 镇 or 乡 (指前 of 指前镇) opens the parks named after it (指前电力装备产业园).
        self._town_stems = frozenset(n[:-1] for n in self.towns if n[-1] in "镇乡" and len(n) >= 3)
        # Parts of a zone the plan lists after its name (晋江经济开发区（五里园、安东园）): parks of their own,
        # found by name in the rest of the plan, with the zone's parent.
        # And the short forms a plan declares for a park (中新天津生态城（以下简称“生态城”）): short -> (park, parent).
        self.sub_parks: dict[str, tuple[str, str]] = {}

    def town_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the plan's own towns are written (支持于城镇浙江某某公司: no name starts inside 于城镇)."""
        if self._town_pattern is None or not any(end in text for end in self._town_ends):
            return []
        return [m.span() for m in self._town_pattern.finditer(text)]

    @staticmethod
    def _introduced(text: str, start: int) -> bool:
        return (
            start == 0
            or text[start - 1] in "，,。；;：:、（(“ 和及与"
            or text[max(0, start - 1) : start] in ("在", "的", "以", "如", "到", "至", "于")
            or _LEAD_VERB.search(text[max(0, start - 4) : start]) is not None  # 支持月城镇某某公司
        )

    def stated_homes(self, text: str, base: int, block, orgs: list[Mention]) -> list[Mention]:
        """The place written with 的 before an organisation (对接深圳的某某集团, 引进江苏张家港的某某公司): a city or
        county of any province, named short as plans do, which the plan-wide short names (safe only near the
        plan's own region) leave unread. A province before it says which (江苏张家港)."""
        out: list[Mention] = []
        for org in orgs:
            at = org.start - base - 1  # the 的
            if at < 2 or text[at] != "的":
                continue
            run = re.search(r"[\u4e00-\u9fff]{2,9}$", text[:at])
            if run is None:
                continue
            for size in range(min(9, len(run.group())), 1, -1):
                start = at - size
                found = self._home(text[start:at])
                if found is None or not _HOME_BEFORE.search(text[:start]):
                    continue
                lead, ref = found
                own = self.plan_region is not None and ref.code == self.plan_region.code  # 我市的: read as before
                if ref.level in ("city", "county") and not own:
                    attrs = region_attrs(ref)
                    out.append(Mention("Region", ref.name, base + start + lead, base + at, block, attrs, key=ref.code))
                break
        return out

    @staticmethod
    def _home(words: str) -> tuple[int, RegionRef] | None:
        """``words`` as one place, a province's name perhaps before it: (where the place starts, the place)."""
        table = regions()
        for lead in range(len(words) - 1):
            named = table.by_name.get(words[:lead], []) + table.by_short.get(words[:lead], [])
            province = [r for r in named if r.level == "province"]
            if lead and not province:
                continue
            refs = table.by_name.get(words[lead:]) or table.by_short.get(words[lead:]) or []
            refs = [r for r in refs if not province or r.province == province[0].code]
            if len(refs) == 1 or (refs and len({r.code for r in refs if r.level == "city"}) == 1):
                city = [r for r in refs if r.level == "city"]
                return lead, (city or refs)[0]
        return None

    def _near(self, ref: RegionRef) -> bool:
        """Is ``ref`` in the plan's province (where a plan names its own counties in full)?"""
        return self.plan_region is None or ref.province == self.plan_region.province

    def divisions(self, text: str, base: int, block) -> list[Mention]:
        """Divisions the gazetteer names in ``text``, read as the plan's own where a name is ambiguous."""
        table = regions()
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, ref: RegionRef) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            attrs = region_attrs(ref)
            if text[start:end] not in (ref.name, ref.short):
                # 宁洱县 for 宁洱哈尼族彝族自治县: the form the plan writes, kept as an alias of the gazetteer's node
                attrs = {**attrs, "aliases": [text[start:end]]}
            before = found[-1] if found else None
            if (
                before is not None
                and before.end == base + start
                and before.key == ref.parent
                and ref.level == "county"
                and text[start:end] == ref.name
                and text[before.start - base : start] == before.name
            ):
                # 上海市闵行区: a district written after its city keeps the written form as an alias, as analysts
                # and registers write it (the node is the gazetteer's, named as the gazetteer names it)
                attrs = {**attrs, "aliases": [text[before.start - base : end]]}
            found.append(Mention("Region", ref.name, base + start, base + end, block, attrs, key=ref.code))

        for match in table.full.finditer(text):
            ref = table.resolve(match.group(), self.plan_region)
            # 深圳市某某公司。该公司位于南山区: of two 南山区, the one whose city the paragraph names (深圳), and a
            # name the paragraph's city vouches for is written as a place, however everyday its tail (山区)
            vouched = _vouched(match.group(), block.text if block is not None else text)
            ref = vouched or ref
            if len(match.group()) == 2 and re.match(r"级|域|城|[（(、，,]?[市区县]", text[match.end() :]):
                continue  # 和县级部门, 和县域经济, 和县（市、区）: a conjunction before 县级/县域, not 和县
            if (
                len(match.group()) == 2
                and match.start() > 0
                and is_common_word(text[match.start() - 1 : match.start() + 1])
            ):  # (a text that opens with the name has no character before it: 景县 alone in a table's cell)
                continue  # 示范县 is a model county, not 范县
            if (
                match.group()[0] in "和与及"
                and re.match(r"[\u4e00-\u9fff]", text[match.start() - 1 : match.start()])
                and not any(table.by_name.get(text[max(0, match.start() - k) : match.start()]) for k in range(2, 6))
            ):
                continue  # 市和县两级, 众创空间和县科技企业孵化器: 和 joins (马鞍山市和县 is 和县)
            if (
                ref is not None
                and ref.level == "county"
                and ref.short in SHORT_STOP
                and (re.match(r"[局委办厅室部府]", text[match.start() - 1 : match.start()]) or not self._near(ref))
            ):
                continue  # 县科技局会同县统计局: 会同 (together with) before the county's own department
            if (
                ref is not None
                and vouched is None
                and not _PLACED_AT.search(text, 0, match.start())
                and self._foreign_phrase(text, match.start(), match.group(), ref)
            ):
                continue  # (位于坪山区, 在坪山区参观: written as a place)
            if _across_words(text, match.start(), match.end()):
                continue
            if _PARK_END.search(text, max(0, match.start() - 8), match.start() + 1):
                continue  # 未来科学城东区: the 城 ends a park's name, and 东区 is the park's part, not 城东区
            if ref is not None and not _under_another(text, match.start(), ref):
                add(match.start(), match.end(), ref)
        if self.short_pattern is not None:
            for match in self.short_pattern.finditer(text):
                if match.group()[0] in "镇乡" and table.leading_place(text[match.start() + 1 :]):
                    continue  # 月城镇江阴…: the 镇 ends a town, and 江阴 (not 镇江) follows
                if _across_words(text, match.start(), match.end()):
                    continue
                add(match.start(), match.end(), self.short[match.group()])
        # 浙江嘉兴的某某集团, 山东淄博: a province, then one of its cities by its short name (not safe bare
        # outside the plan's province, but the province before it says which it is).
        for province in [m for m in found if m.attrs.get("level") == "province"]:
            end = province.end - base
            short = table.shorts.match(text[end : end + 8])
            if short is None or re.match(r"[市区县]", text[end + short.end() : end + short.end() + 1]):
                continue
            named = table.by_short.get(short.group(), [])
            cities = [r for r in named if r.level == "city" and r.parent == province.key]
            if len(cities) == 1 and not _across_words(text, end, end + short.end()):
                add(end, end + short.end(), cities[0])
        # 与上海、深圳、苏州等地, 与长春、哈尔滨等东北地区中心城市: a list the plan itself calls places names
        # cities by their short names, wherever they are.
        lists = [
            *(_PLACE_LIST.finditer(text) if "等" in text else ()),
            *(_TRAVEL_LIST.finditer(text) if "赴" in text or "前往" in text else ()),
        ]
        for listed in lists:
            spans = self._listed_places(listed.group("items"))
            for start, end, ref in spans:
                add(listed.start("items") + start, listed.start("items") + end, ref)
        # Any short name right before 市/区/县 in the plan's province (京山市 after the county became a city).
        # Only a match followed by one of the three is kept, and nine sentences in ten hold none: those are
        # spared the scan, which was a third of this method's time.
        for match in table.shorts.finditer(text) if _AFTER_SHORT_CHAR.search(text) else ():
            after = text[match.end() : match.end() + 2]
            if not _AFTER_SHORT.match(after) or re.match(r"^(?:市场|区域|县域|区块|市民|县城)", after):
                continue
            if is_common_word(match.group() + after[0]) or match.group() in SHORT_STOP:
                continue  # 大城市 is a big city, not 大城县; 会同市财政局 is 会同 (together with), not 会同县
            if _across_words(text, match.start(), match.end() + 1):
                continue  # 打通|城市 is no 通城县
            ref = table.resolve(match.group(), self.plan_region)
            if ref is not None and (self.plan_region is None or ref.province == self.plan_region.province):
                add(match.start(), match.end(), ref)
        if self.plan_region is not None:
            for match in _SELF.finditer(text):
                ref = self._self_reference(match.group())
                if ref is not None:
                    found.append(
                        Mention(
                            "Region",
                            ref.name,
                            base + match.start(),
                            base + match.end(),
                            block,
                            {**region_attrs(ref), "self": True},
                            key=ref.code,
                        )
                    )
        return found

    def _listed_places(self, words: str) -> list[tuple[int, int, RegionRef]]:
        """The places of a list that ends in 等地 (上海、深圳和苏州), each item known to the gazetteer, or none.
        The first item may carry the words before the list (学习借鉴上海): its longest known tail is the item."""
        out: list[tuple[int, int, RegionRef]] = []
        items = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", words)]
        for n, (start, end) in enumerate(items):
            if n == 0:
                start = next((i for i in range(start, end - 1) if self._listed_city(words[i:end])), end)
            ref = self._listed_city(words[start:end])
            if ref is not None:
                out.append((start, end, ref))
                continue
            pair = re.fullmatch(r"(.{2,4}?)[和及与](.{2,4})", words[start:end])  # 长春和哈尔滨
            refs = [self._listed_city(p) for p in pair.groups()] if pair else [None]
            if None in refs:
                return []  # one item the gazetteer does not know: a list of something else
            out += [(start + pair.start(k + 1), start + pair.end(k + 1), ref) for k, ref in enumerate(refs)]
        return out

    @staticmethod
    def _listed_city(name: str) -> RegionRef | None:
        """The province or city a list item names, by its full or short name, when only one such has it."""
        table = regions()
        refs = table.by_name.get(name, []) + table.by_short.get(name, [])
        refs = [r for r in refs if r.level in ("province", "city")]
        return refs[0] if len({r.code for r in refs}) == 1 else None

    def _foreign_phrase(self, text: str, start: int, name: str, ref: RegionRef) -> bool:
        """Is a division of another province spelt by a very common word after one character (兴|城市, 滨海|城市,
        推动老|城区)? A plan names far places rarely; a word it uses on every page spells one by accident."""
        if self.plan_region is None or ref.province == self.plan_region.province or ref.level == "province":
            return False
        if _after_division(text, start):
            return False  # 北京市房山区 is written as a place
        tail = name[1:]
        table = regions()
        place = tail in table.full or tail in table.by_short  # 城区 is too generic to be one
        return len(tail) >= 2 and word_tag(tail, _EVERYDAY) is not None and not place

    @staticmethod
    def _all_towns(text: str, at: int, suffix: str) -> bool:
        """Is the 镇 at ``at`` the end of the word 街镇 (各街镇, 实现街镇全覆盖, 涉农街镇), not of a town (沙河街镇)?"""
        if suffix != "镇" or text[at - 1 : at] != "街":
            return False
        word = word_tag(text[max(0, at - 3) : at - 1], 1)
        return at < 2 or text[at - 2] in _NO_TOWN_END or word not in (None, "ns", "nr", "nz", "nt")

    def _self_reference(self, word: str) -> RegionRef | None:
        """全市/我市 is the plan's city; 全省/我省 its province; 全区/全县 the plan's district or county."""
        region = self.plan_region
        if region is None:
            return None
        if word[-1] == "省":
            return regions().by_code.get(region.province)
        if word[-1] == "市" or region.name.endswith(word[-1]):
            return region
        return None

    @staticmethod
    def _park(name: str, start: int, end: int, block, parent) -> Mention:
        return Mention("Region", name, start, end, block, {"level": "park", "parent": parent.code if parent else ""})

    def parks(self, text: str, base: int, block, spans: list[tuple[int, int]], zones: bool = True) -> list[Mention]:
        """Parks named in ``text``; with ``zones``, a named part written right after one (临沧工业园区临翔片区) too (a
        table's place cell reads its part itself)."""
        table = regions()
        found = []
        for match in _PARK_RE.finditer(text) if _PARK_ENDS.search(text) else ():
            s, e = match.span()
            if any(a <= s < b for a, b in spans):
                continue  # inside a project's or an organisation's name
            left = left_edge(text, clause_start(text, s), s)
            mark = HEADING_MARK.match(text, left)
            if mark is not None and mark.end() < s:
                left = mark.end()  # （一）贵安新区。: a heading's number is not the park's
            body = text[left:s]
            first = place_before_dash(text, left)
            if first and han_count(body) >= 2:
                # 广西—东盟经济技术开发区, 中国—东盟信息港: two places joined by a dash name one zone
                left, body = left - len(first) - 1, text[left - len(first) - 1 : s]
            # 平房区和哈经开区, 含绍兴滨海新区, 推动许镇…: a conjunction or a verb the left edge let in opens no name
            joint = max(_PARK_JOINT.finditer(body), key=lambda m: m.end(), default=None)
            if joint is not None and joint.end() == len(body) and joint.start() == 0:
                continue  # 做大高新区科技创新引导基金: a verb before the bare kind names no park
            if joint is not None and joint.end() == len(body) and joint.group() in ("和", "与", "及", "、"):
                continue  # 天津市和新区: a place, a conjunction, then the bare kind: no park named
            if joint is not None and han_count(body[joint.end() :]) >= 2:
                left, body = left + joint.end(), body[joint.end() :]
            elif body[:1] in ("和", "与", "及") and text[left - 1 : left] in ("）", ")", "”") and han_count(body) >= 3:
                left, body = left + 1, body[1:]  # （以下简称…）和肇庆新区: the 和 joins two parks
            lead = leading_function_words(body)
            if not lead and body[:1] in _LEAD_CHARS and word_tag(body[:2]) is None and not table.leading_place(body):
                lead = 1  # 指中关村科学城, 要立足科技城, 来滨海新区: a verb or preposition of one character
            if lead and any(body.startswith(stem) for stem in self._town_stems if stem[0] == body[0]):
                lead = 0  # 指前电力装备产业园, 于城…产业园: the name of a town of the plan opens it, no verb
            left, body = left + lead, body[lead:]  # 把农业科技园区: what is left must still name a park
            # 宜昌高新区白洋工业园: a park inside a park found just before it is named on its own (东湖高新区天门产业园,
            # named after a city, is one zone's enclave for that city: one name)
            outer = max((m.end - base for m in found if left <= m.start - base and m.end - base < s), default=None)
            inner = text[outer:s] if outer is not None else ""
            nested = ""  # (焦作高新区氟基新材料产业园: the part as written with its park, an alias plans use too)
            if han_count(inner) >= 2 and is_named(inner) and not table.leading_place(inner):
                outer_start = min(m.start - base for m in found if left <= m.start - base and m.end - base == outer)
                nested = clean_name(text[outer_start:e])
                left, body = outer, inner
            if _RANKS.search(body):
                continue  # 滁州经济技术开发区综合排名进入全国国家级经开区: a clause about a park, no park's name
            if (
                (_BARE_SHORT.fullmatch(match.group()) or match.group() in ("新区", "园区"))
                and han_count(body) >= 2
                and (
                    (word_tag(body[-2:]) == "v" and not table.leading_place(body))
                    or (body[-1] in "为对向把将" and word_tag(body[-2:]) is None)  # (华为, 行为 are words)
                )
            ):
                continue  # 原计划租赁|高新区, 某某学院为|新区: a verb before the plan's own zone, no name
            if re.search(r"公司|集团", body) or any(a >= left and b == s for a, b in spans):
                continue  # 襄阳某某设备有限公司环保装备产业园, 某某网联生态城: a firm's own site, not a park
            if not body and any(a == e for a, _ in spans) and _BARE_SHORT.fullmatch(match.group()):
                # 支持经开区天津某某科技有限公司: the plan's own park, by its short kind, glued before a firm
                found.append(self._park(match.group(), base + s, base + e, block, self.plan_region))
                continue
            municipality = any(r.name.endswith("市") and r.level == "province" for r in table.by_short.get(body, []))
            if han_count(body) < 2 or not (is_named(body) or municipality) or re.search(r"\d", body):
                continue  # (天津经济技术开发区: a municipality, a province in the table, names its parks as a city)
            if (word_tag(body[:2]) in _MODIFIER_TAGS and not table.leading_place(body)) or body.startswith(
                ("重点", "全省", "全市", "全国")
            ):  # 高密 is an adjective to jieba and a county here
                continue  # 重点医用防护物资产业园 describes a kind of park
            place_word = any(word_tag(body[:n], 1) == "ns" for n in (3, 4) if len(body) >= n)  # 狮子山高新区
            if (
                is_common_word(body[:2])
                and not place_word
                and not table.leading_place(body)
                and not table.full_pattern.search(body)
            ):
                continue  # 服装电商产业园: a kind of park, no place or brand in it
            if match.group().endswith("基地") and not (table.leading_place(body) or place_word):
                continue  # 储能电池制造基地 names a kind of base; 南安光电信息产业基地 a place
            if match.group().startswith("化工园"):
                # 宜都化工园区, 大庆高新区兴化化工园区: a place names a chemical park; 千亿级化工园区, 精细化工园区,
                # 浙江省先进化工园区, 安庆市周边化工园区 speak of a kind of one
                after_park = outer is not None and left == outer  # 大庆高新区兴化化工园区: a part of a park
                if not (table.leading_place(body) or place_word or after_park) or _RANK_WORD.search(body):
                    continue
            if match.group() == "新城" and is_common_word(body[:2], 1) and not table.leading_place(body):
                continue  # 种业新城 names a plan; 南翼新城 a place
            part = _PARK_PART.match(text, e)
            if part is not None:
                e = part.end()  # 未来科学城东区: a named part of the park, not a district 城东区 across it
            governed = _GOVERNED_WITH.match(text, e)
            if governed is not None and any(r.level == "county" for r in table.by_name.get(governed.group()[1:], [])):
                e = governed.end()
            district = table.full.match(body)
            within = table.resolve(district.group(), self.plan_region) if district is not None else None
            rest = body[district.end() :] if district is not None else ""
            if (
                within is not None
                and within.level == "county"
                and district.group() == within.name
                and (self.plan_region is None or within.code != self.plan_region.code)  # 天门市泵阀工业园: own
                and han_count(rest) >= 2
                and is_named(rest)
                and (not table.leading_place(rest) or _city_of(table, table.leading_place(rest), within))
            ):
                # 海曙区望春工业园区, 荷塘区金山科技工业园: the district says where the park is; the park is named after
                # its own place (望春) or its city's (巴宜区林芝…产业园区), and the district stays a place of its own,
                # glued before it. The name as written stays an alias: plans and registers call such a park both
                # ways (龙泉市欧冶智造产业园).
                written = clean_name(text[left:e])
                left += district.end()
                body = rest
            else:
                within, written = None, ""
            town = _TOWN_BEFORE_CITY.match(body)
            if town is not None and table.leading_place(body[town.end() :]):
                # 三灶镇珠海金湾生物医药产业园: a town glued before a park named after its city; the town is found
                # on its own
                left, body = left + town.end(), body[town.end() :]
            name = clean_name(text[left:e])
            if name in table.by_name:
                continue  # 滨海新区 is a district of the division table, found there
            place = table.leading_place(name)
            division = table.resolve(name[len(place) :], self.plan_region) if place else None
            outer = table.resolve(place, self.plan_region) if division is not None else None
            above = (
                {division.parent, getattr(table.by_code.get(division.parent), "parent", None)} if division else set()
            )
            if (
                division is not None
                and name[len(place) :] == division.name
                and outer is not None
                and outer.code in above
            ):
                # 天津市滨海新区, 天津滨海新区: a city, then its own district, not a zone of that name (嘉兴滨海新区
                # is a zone of 嘉兴, no district of Tianjin); the division's node keeps the gazetteer's names
                attrs = region_attrs(division)
                found.append(Mention("Region", division.name, base + left, base + e, block, attrs, key=division.code))
                spans.append((left, e))
                continue
            parent = within
            inner = table.full_pattern.search(body) or (self.short_pattern.search(body) if self.short_pattern else None)
            if inner is not None and parent is None:
                parent = table.resolve(inner.group(), self.plan_region) or self.short.get(inner.group())
            found.append(self._park(name, base + left, base + e, block, parent or self.plan_region))
            if written and written != name:
                found[-1].attrs["aliases"] = [written]
            if nested and nested != name:
                found[-1].attrs.setdefault("aliases", []).append(nested)
            spans.append((left, e))
            parent_code = found[-1].attrs["parent"]
            zone = _ZONE.match(text, e)
            if (
                zones
                and zone is not None
                and not is_common_word(zone.group(1))
                and word_tag(zone.group(1)) not in ("a", "d", "v")
                and word_tag(zone.group(1)[:2]) not in ("v", "p")  # 常德经开区依托德山片区: a verb, then the part
                and zone.group(1)[0] not in "和与及或"  # 生物产业基地和马金铺片区: another place, joined
                and not _FIELD_ZONE.search(zone.group(1))  # 园区医药产业片区, 食品加工片区: a field's area, no name
            ):
                # 临沧工业园区临翔片区临沧某某有限公司: a named part of the park, where a firm written after it is; its
                # name as the plan writes it elsewhere (马金铺片区), with the park before it an alias
                attrs = {"level": "park", "parent": parent_code, "aliases": [name + zone.group()]}
                found.append(Mention("Region", zone.group(), base + e, base + zone.end(), block, attrs))
                spans.append((e, zone.end()))
            parts = _SUB_PARKS.match(text, e)
            if parts is not None:
                for part in re.finditer(r"[^、，,]+", parts.group(1)):
                    if part.group() in PARK_SUFFIXES or word_tag(part.group()[:-1]) in ("n", "vn", "d", "a"):
                        continue  # （科技园、物流园）: kinds of park, not the names of its parts
                    self.sub_parks.setdefault(part.group(), (part.group(), parent_code))
            for short in declared_shorts(text, e):
                if han_count(short) >= 2 and short != name and short not in table.by_name:
                    self.sub_parks.setdefault(short, (name, parent_code))
        for short, (name, parent) in self.sub_parks.items():
            for s, e in occurrences(short, text):
                if not any(a < e and s < b for a, b in spans):
                    mention = Mention("Region", name, base + s, base + e, block, {"level": "park", "parent": parent})
                    found.append(mention)
                    spans.append((s, e))
        for match in _TOWN_SUFFIX.finditer(text):
            suffix = match.group(1)
            # A town of the plan's own region, by the division codes (省新镇, 太阳村镇, 支持桑镇 -> 桑镇), first: its
            # name may end in a division's (金清镇 holds 清镇, a city of Guizhou).
            known = next(
                (
                    (n, extra, self.towns[text[match.start(1) - n : match.end(1) + extra]])
                    for n in (4, 3, 2, 1)
                    for extra in (1, 0)  # 六镇镇: the first 镇 is the name's
                    if match.start(1) - n >= 0 and text[match.start(1) - n : match.end(1) + extra] in self.towns
                ),
                None,
            )
            if known is not None:
                start, end = match.start(1) - known[0], match.end(1) + known[1]
                if not any(a <= start < b for a, b in spans):
                    spans.append((start, end))
                    parent = regions().by_code.get(known[2]) or self.plan_region
                    found.append(
                        Mention(
                            "Region",
                            text[start:end],
                            base + start,
                            base + end,
                            block,
                            {"level": "town", "parent": parent.code if parent else ""},
                        )
                    )
                continue
            if _inside_division(text, match.start(1)):
                continue  # the 乡 of 新乡, the 镇 of 镇江: part of a division's name
            if text[match.end(1) : match.end(1) + 1] == "化" or self._all_towns(text, match.start(1), suffix):
                continue  # 城镇化 is a process; 各街镇, 实现街镇全覆盖: 街镇 means all towns and sub-districts
            for n in (3, 2, 1):  # 支持林城镇: try 林城 after 持林城 fails; 支持桑镇: 桑 after 持桑
                start = match.start(1) - n
                body = text[max(0, start) : match.start(1)]
                if start < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", body) or body[0] in "区县市省":
                    continue
                doubled = suffix == "镇" and text[match.end(1) : match.end(1) + 1] == "镇"  # 六镇镇 is a town
                if body[-1] in _NO_TOWN_END and not doubled:
                    break  # 各街道, 发展六镇: a quantity of towns, not one
                if body[-1] in "兴强富美" and (
                    text[max(0, start - 1) : start] == "以" or (n == 3 and is_common_word(body[:2]))
                ):
                    break  # 工业强镇、产业兴镇, 以园兴镇: a slogan of what makes a town thrive, no town
                verb = {3: text[start : start + 2], 2: text[max(0, start - 1) : start + 1]}.get(n, "")
                if verb and word_tag(verb) == "v":
                    continue  # 推动|许镇: the verb is not the town's
                if n == 1 and not (word_tag(text[max(0, start - 2) : start]) == "v" and self._introduced(text, start)):
                    continue  # a one-character town only right after a verb that introduces a place (支持桑镇)
                if body[-1] in "区县市省":
                    continue  # 西夏区镇北堡镇: a division, then a town whose name opens with 镇
                if n == 3 and body[0] in _FUNCTION_CHARS:
                    continue  # 以孟庄镇: 以 is a preposition, the town is 孟庄镇
                county = _division_before(text, start)
                if body + suffix in _TOWN_STOP or is_generic(body) or body in _TOWN_STOP:
                    continue
                # 月城镇江阴某某公司: a town glued before a name that opens with a place is a town, 城镇 or not
                glued = bool(regions().leading_place(text[match.end(1) :])) and n == 2
                if (
                    county is None
                    and not glued
                    and (
                        body[-1] in _NOT_TOWN_BEFORE
                        or is_common_word(body[-1] + suffix)
                        or is_common_word(body[-2:])
                        or (suffix == "乡" and text[match.end(1) : match.end(1) + 1] == "镇")  # 涉农乡镇
                    )
                ):
                    continue  # 市镇, 城乡, 村镇: words, not a town (after a county's name, 许村镇 is one)
                # 徐霞客镇 is a name; one character is a word to the dictionary but can still name a town
                ordinary = n > 1 and is_ordinary_phrase(body) and word_tag(body, 1) not in ("nr", "ns", "nz")
                if (county is None and ordinary) or not (self._introduced(text, start) or county is not None):
                    continue
                if county is None and not glued and self.towns and suffix == "乡":
                    continue  # 千古帝乡, 返乡入乡: a township the plan's own division list lacks needs its county
                if any(a <= start < b for a, b in spans):
                    continue
                parent = county or self.plan_region
                end = match.end(1) + doubled
                found.append(
                    Mention(
                        "Region",
                        clean_name(text[start:end]),
                        base + start,
                        base + end,
                        block,
                        {"level": "town", "parent": parent.code if parent else ""},
                    )
                )
                break
        return found


def _under_another(text: str, start: int, ref: RegionRef) -> bool:
    """Is the county-level ``ref`` written right after a city or province it does not belong to (绍兴滨海新区 is
    a zone of 绍兴, not Tianjin's 滨海新区), or after a district of another city (西岗区老城区)? Then the words are
    another place's name that reuses it."""
    if ref.level != "county":
        return False
    table = regions()
    for width in (4, 3, 2):
        before = text[max(0, start - width) : start]
        refs = table.by_name.get(before, []) + table.by_short.get(before, [])
        higher = [r for r in refs if r.level in ("province", "city")]
        if higher:
            return all(r.code not in (ref.city, ref.province) for r in higher)
        # 西岗区老城区: a district of one city written right after a district of another is no district (an old
        # town, a new area inside the first)
        counties = [r for r in refs if r.level == "county" and r.code != ref.code and before == r.name]
        if counties:
            return all(r.city != ref.city for r in counties)
    return False
