"""Regions: administrative divisions from the GB/T 2260 table, and named parks, zones and towns.

Full division names match anywhere; short names only where the gazetteer says they are safe for this plan
(see :meth:`Regions.short_forms_for`) or right before 市/区/县. 全市/我市/本市 mean the plan's own region.
Parks are suffix-anchored (…高新区, …开发区, …工业园) and kept only with a distinctive body.
"""

from __future__ import annotations

import re

from loaders.gazetteer import RegionRef, regions
from loaders.lexicon import is_common_word, is_ordinary_phrase
from loaders.normalize import clean_name, han_count
from loaders.rules.common import Mention, clause_start, leading_function_words, left_edge
from loaders.rules.organisations import is_generic, is_named
from loaders.trie import trie_regex

PARK_SUFFIXES = (
    "高新技术产业开发区",
    "经济技术开发区",
    "高新技术产业园区",
    "经济开发区",
    "高新区",
    "开发区",
    "工业园区",
    "工业园",
    "产业园区",
    "产业园",
    "科技园区",
    "科技园",
    "新区",
    "临空经济区",
    "经济区",
    "示范区",
    "自贸区",
    "自由贸易试验区",
    "保税区",
    "综合保税区",
    "科学城",
    "科技城",
    "科创城",
    "高新园",
    "生态科学城",
    "工业集中区",
    "产业集聚区",
    "创新区",
)
_PARK_RE = re.compile(trie_regex(PARK_SUFFIXES))
_TOWN_RE = re.compile(
    r"([\u4e00-\u9fff]{2,3})(镇|乡|街道办事处|街道)(?![\u4e00-\u9fff]{0,1}(?:企业|政府|村|工业|经济|区域))"
)
_NOT_TOWN_BEFORE = set("城村集小返下回家老故同特重中建乡镇")
_TOWN_STOP = frozenset(
    {
        "乡镇",
        "城镇",
        "集镇",
        "小镇",
        "村镇",
        "重点镇",
        "特色镇",
        "城乡",
        "下乡",
        "家乡",
        "返乡",
        "各乡",
        "各镇",
        "全镇",
        "全乡",
        "建制镇",
        "中心镇",
        "示范镇",
        "街道",
    }
)
_SELF = re.compile(r"全市|我市|本市|全区|我区|全县|我县|全省|我省")
_AFTER_SHORT = re.compile(r"^(?:市|区|县)")


def _ref_attrs(ref: RegionRef) -> dict[str, str]:
    return {"code": ref.code, "level": ref.level, "parent": ref.parent}


class PlaceFinder:
    """Region rules for one plan (its own region decides which short names are safe)."""

    def __init__(self, plan_region: RegionRef | None) -> None:
        table = regions()
        self.plan_region = plan_region
        self.short = table.short_forms_for(plan_region)
        self.short_pattern = re.compile(trie_regex(self.short)) if self.short else None
        self.all_short = re.compile(trie_regex(n for n in table.by_short if len(n) >= 2))

    @staticmethod
    def _introduced(text: str, start: int) -> bool:
        return (
            start == 0
            or text[start - 1] in "，,。；;：:、（(“ 和及与"
            or text[max(0, start - 2) : start] in ("在", "的", "以", "如", "到", "至")
        )

    def divisions(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        table = regions()
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, ref: RegionRef) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            found.append(Mention("Region", ref.name, base + start, base + end, block, _ref_attrs(ref), key=ref.code))

        for match in table.full_pattern.finditer(text):
            ref = table.resolve(match.group(), self.plan_region)
            if ref is not None:
                add(match.start(), match.end(), ref)
        if self.short_pattern is not None:
            for match in self.short_pattern.finditer(text):
                add(match.start(), match.end(), self.short[match.group()])
        # Any short name right before 市/区/县 (but not 市场, 区域, 县域).
        for match in self.all_short.finditer(text):
            after = text[match.end() : match.end() + 2]
            if not _AFTER_SHORT.match(after) or re.match(r"^(?:市场|区域|县域|区块|市民|县城)", after):
                continue
            if is_common_word(match.group() + after[0]):
                continue  # 大城市 is a big city, not 大城县
            ref = table.resolve(match.group(), self.plan_region)
            if ref is not None and (self.plan_region is None or ref.province == self.plan_region.province):
                add(match.start(), match.end(), ref)
        if self.plan_region is not None:
            for match in _SELF.finditer(text):
                if match.group()[-1] == self.plan_region.name[-1] or match.group() in (
                    "全市",
                    "我市",
                    "本市",
                ):
                    found.append(
                        Mention(
                            "Region",
                            self.plan_region.name,
                            base + match.start(),
                            base + match.end(),
                            block,
                            {**_ref_attrs(self.plan_region), "self": True},
                            key=self.plan_region.code,
                        )
                    )
        spans.extend(taken)
        return found

    def parks(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        table = regions()
        found = []
        for match in _PARK_RE.finditer(text):
            s, e = match.span()
            left = left_edge(text, clause_start(text, s), s)
            body = text[left:s]
            if han_count(body) < 2 or not is_named(body) or re.search(r"\d", body):
                continue
            name = clean_name(text[left:e])
            if name in table.by_name:
                continue  # 滨海新区 is a district of the division table, found there
            parent = None
            inner = table.full_pattern.search(body) or (self.short_pattern.search(body) if self.short_pattern else None)
            if inner is not None:
                parent = table.resolve(inner.group(), self.plan_region) or self.short.get(inner.group())
            parent = parent or self.plan_region
            attrs = {"level": "park", "parent": parent.code if parent else ""}
            found.append(Mention("Region", name, base + left, base + e, block, attrs))
            spans.append((left, e))
        for match in _TOWN_RE.finditer(text):
            whole = match.group()
            body = match.group(1)
            if whole in _TOWN_STOP or body[-1] in _NOT_TOWN_BEFORE or is_generic(body) or body in _TOWN_STOP:
                continue
            body = body[leading_function_words(body) :] if len(body) > 2 else body
            if (
                is_ordinary_phrase(body)
                or is_common_word(body[-2:])
                or not self._introduced(text, match.start(2) - len(body))
            ):
                continue
            if any(s <= match.start() < e for s, e in spans):
                continue
            left = match.start(2) - len(body)
            name = clean_name(text[left : match.end()])
            attrs = {"level": "town", "parent": self.plan_region.code if self.plan_region else ""}
            found.append(Mention("Region", name, base + left, base + match.end(), block, attrs))
        return found
