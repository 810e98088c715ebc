"""Industries: names from the ontology's industry scheme, and plan-named ones outside it.

Scheme labels of three or more characters (新能源汽车, 集成电路) count wherever they occur; two-character
labels (医药, 环保, 纺织) are ordinary words too, so they count only when the plan treats them as an industry:
followed by 产业/行业/领域/产业链/集群, in a heading, or in a list whose other items are industries. A name the
scheme lacks counts when the plan calls it an industry (…产业, …产业链, …产业集群) and maps to the nearest
scheme concept through its words. A plan prioritises an industry it names in a heading or beside a focus
verb (重点发展, 做大做强, 培育壮大 …).
"""

from __future__ import annotations

import re
from functools import cache

from loaders.gazetteer import industries, industry_key
from loaders.lexicon import is_common_word
from loaders.normalize import clean_name, han_count
from loaders.rules.common import Mention, clause_start, leading_function_words, left_edge
from loaders.rules.organisations import is_generic
from loaders.trie import trie_regex

_STRONG_SHORT = frozenset(
    {
        "5G",
        "AI",
        "光伏",
        "储能",
        "氢能",
        "北斗",
        "芯片",
        "风电",
        "核电",
        "信创",
        "算力",
        "锂电",
        "种业",
        "石化",
        "钢铁",
    }
)
_INDUSTRY_AFTER = re.compile(r"^(?:等)?(?:战略性新兴产业|新兴产业|产业|行业|领域|产业链|集群|板块|经济|方面)")
_NAMED_INDUSTRY = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:产业链|产业集群|产业)(?![园区基地化])")
_PRIORITY = re.compile(
    r"重点发展|大力发展|加快发展|做大做强|做优做强|培育壮大|发展壮大|重点培育|聚焦|主导产业|支柱产业|优势产业|"
    r"战略性新兴产业|打造[^，。；]{0,12}(?:产业集群|产业链|千亿|百亿)|重点突破|围绕[^，。；]{0,20}(?:产业|领域)"
)
_NOT_INDUSTRY = re.compile(
    r"^(?:高新技术|新兴|传统|主导|支柱|优势|特色|相关|重点|上下游|配套|民生|现代|未来|"
    r"各类|文化|战略性新兴|创新型|产业化|工业|整个|本地|新|该|本|其|全)"
)


def concept_mention(name: str, start: int, end: int, block, priority: bool) -> Mention | None:
    concept = industries().lookup(name)
    attrs: dict[str, object] = {"priority": priority}
    if concept is not None:
        attrs.update(kind=concept.kind, notation=concept.notation)
        return Mention("Industry", concept.name, start, end, block, attrs, key=concept.id)
    return None


class SectorFinder:
    """Industry rules; section headings mark the industry their content belongs to."""

    def find(self, text: str, base: int, block, heading: bool = False) -> list[Mention]:
        index = industries()
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        priority_text = bool(_PRIORITY.search(text)) or heading
        for match in index.pattern.finditer(text):
            s, e = match.span()
            label = match.group()
            after = text[e : e + 6]
            if len(label) <= 2 and label not in _STRONG_SHORT and not heading:
                listed = text[e : e + 1] in "、和" or text[s - 1 : s] in "、和"
                if not (_INDUSTRY_AFTER.match(after) or (listed and self._list_of_industries(text, s, e))):
                    continue
            if text[e : e + 1] in ("园", "局") or re.match(r"^(?:企业|公司|集团|股份)", after):
                continue
            mention = concept_mention(label, base + s, base + e, block, priority_text)
            if mention is not None:
                found.append(mention)
                taken.append((s, e))
        for match in _NAMED_INDUSTRY.finditer(text):
            s, e = match.span(1)
            left = left_edge(text, clause_start(text, s), e)
            if left > s:
                s = left
            s += leading_function_words(text[s:e])
            name = text[s:e]
            if any(ts <= s < te or ts < e <= te for ts, te in taken) or han_count(name) < 2:
                continue
            if _NOT_INDUSTRY.match(name) or is_generic(name) or re.search(r"\d|[、，]", name):
                continue
            name = re.sub(r"^(?:发展|培育|打造|壮大|提升|推动|加快)", "", name)
            s = e - len(name)
            if len(name) > 8 or not _industry_vocabulary().search(name) or _is_place_name(name):
                continue
            if han_count(name) < 2 or re.search(r"为|相关|迎来|传统|特色|新兴|改造|^业|小巨人|发展", name):
                continue
            found.append(
                Mention(
                    "Industry",
                    clean_name(name),
                    base + s,
                    base + e,
                    block,
                    {"priority": priority_text, "kind": "industry"},
                    key="",
                )
            )
        return found

    @staticmethod
    def _list_of_industries(text: str, s: int, e: int) -> bool:
        """True when a neighbouring list item is itself an industry label."""
        index = industries()
        before = re.split(r"[，,。；;：:]", text[:s])[-1]
        after = re.split(r"[，,。；;：:]", text[e:])[0]
        items = [p for p in re.split(r"[、和]", before + "|" + after) if p and p != "|"]
        hits = sum(1 for item in items if index.lookup(item.strip("|")) is not None)
        return hits >= 1 and bool(re.search(r"等(?:产业|领域|行业)|产业|领域|行业", after))


@cache
def _industry_vocabulary() -> re.Pattern[str]:
    """Two-character words of the scheme's labels (材料, 装备, 医药 …): a plan-named industry uses them."""
    words = set()
    for concept in industries().concepts.values():
        for label in (concept.name, *concept.aliases):
            key = industry_key(label)
            words.update(key[i : i + 2] for i in range(len(key) - 1) if is_common_word(key[i : i + 2]))
    return re.compile(trie_regex(words))


def _is_place_name(name: str) -> bool:
    from loaders.gazetteer import regions

    table = regions()
    return bool(table.full_pattern.match(name)) or any(name.startswith(s) for s in table.by_short if len(s) >= 2)


def nearest_concept(name: str) -> str | None:
    """The scheme concept whose label is the longest part of a plan-named industry (动力储能电池 -> 动力电池)."""
    key = industry_key(name)
    best = None
    for label_key, concept in industries().by_key.items():
        if len(label_key) >= 2 and label_key in key and (best is None or len(label_key) > len(best[0])):
            best = (label_key, concept.id)
    return best[1] if best else None
