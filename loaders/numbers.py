"""Figures in plan prose: a number (Arabic or Chinese), an optional range, a unit, and how it bounds.

``达到110家`` -> 110 家 (=); ``15%以上`` -> 15 % (>=); ``5—8个`` -> 5..8 个 (range); ``十余家`` -> 10 家 (>=);
``1.35亿元`` keeps its decimals whole. Chinese numerals go through ``cn2an``, which knows 两, 万 and 亿.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from loaders.terms import read_terms

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN_DIGITS}]{{1,8}}(?:点[零一二三四五六七八九]+)?)"
UNITS = read_terms("units.txt")
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_BEFORE = {
    "超过": ">=",
    "突破": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "高于": ">=",
    "大于": ">=",
    "不超过": "<=",
    "控制在": "<=",
    "低于": "<=",
    "少于": "<=",
    "不高于": "<=",
}
_PER = "(?:年|日|天|亩|人|吨标准煤|吨|千瓦时|平方公里)"  # what a rate is per (its unit divided by it)
_AFTER = {"以上": ">=", "左右": "=", "以内": "<=", "以下": "<=", "之内": "<="}
QUANTITY = re.compile(
    rf"(?P<pre>{'|'.join(sorted(_BEFORE, key=len, reverse=True))})?"
    rf"(?P<v1>{NUMBER})(?:\s*(?:-|—{{1,2}}|–|～|~|至|到)\s*(?P<v2>{NUMBER}))?"
    rf"\s*(?P<approx>余|多)?\s*(?P<mult>万|亿|千|百)?(?P<unit>{_UNIT})(?P<per>/{_PER})?"  # 58万吨/年: a rate
    rf"(?P<post>{'|'.join(_AFTER)})?"
)
_SMALL_CN = re.compile(rf"^[{_CN_DIGITS}]+$")
# 表1, 附表2, 见图3, 附件1, 专栏4 (not 代表200人, 批件10个, 出栏650万头): a caption's or a reference's number
_CAPTION = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[附见如]))[表图]$|附件$|专栏$")


def parse_number(text: str) -> float | None:
    """``"1,200"`` -> 1200.0, ``"15.2"`` -> 15.2, ``"二十三"`` -> 23.0; None if it is not a number."""
    text = text.replace(",", "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return float(value)


@lru_cache(maxsize=1024)  # every line is asked whether it opens with a heading's number: 一, 二 … again and again
def cn_int(text: str) -> int:
    """A heading's number (一, 十二, 二十三, or digits) -> int; 0 when it is no well-formed numeral (一一, 十十),
    which continues no level. Strict cn2an, the same reading as :func:`parse_number`'s."""
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text, "strict"))
    except (ValueError, KeyError, IndexError, TypeError):
        return 0


def tidy(value: float) -> int | float:
    """Whole numbers as int (so 110 prints as 110, not 110.0); decimals kept as written."""
    return int(value) if float(value).is_integer() else round(value, 6)


@dataclass(frozen=True)
class Quantity:
    """One figure found in a text, with offsets relative to the text searched."""

    value: int | float
    value_max: int | float | None
    unit: str
    comparator: str
    start: int
    end: int


def find_quantities(text: str) -> list[Quantity]:
    """Every figure with a unit in ``text``. Chinese numerals count only with a unit (so 一批 is not 1 批)."""
    return list(_quantities(text))


@lru_cache(maxsize=64)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """:func:`find_quantities`, read once for the incentive and the target rules, which both ask of each sentence."""
    found = []
    for match in QUANTITY.finditer(text):
        raw1, raw2 = match.group("v1"), match.group("v2")
        if _SMALL_CN.match(raw1) and (match.group("unit") in ("批", "种", "条", "款", "位", "处") or raw1 in "一"):
            continue  # 一批, 一种, 两条: counts of kinds, not targets
        if raw1 in ("零", "〇"):
            continue  # 零件, 零部件: 零 alone before a measure word is a word's first character, not zero
        if _SMALL_CN.match(raw1) and text[match.end() : match.end() + 1] in ("“", '"', "「"):
            continue  # 两个“毫不动摇”, 四个“一批”: a count of slogans
        if raw1.isdigit() and _CAPTION.search(text, 0, match.start()):
            continue  # 表1 台州市…: a caption's number before a name that opens with a measure word (台 of 台州)
        if (
            match.group("unit") == "元"
            and not match.group("mult")
            and len(raw1) == 1
            and not raw1.isdigit()
            and re.match(r"[\u4e00-\u9fff]", text[match.end() : match.end() + 1])
            and not re.match(r"[的及和、以左钱整]", text[match.end() : match.end() + 1])
        ):
            continue  # 三元正极材料, 二元醇: a chemistry word, not three yuan
        v1 = parse_number(raw1)
        if v1 is None:
            continue
        v2 = parse_number(raw2) if raw2 else None
        comparator = "="
        if match.group("pre"):
            comparator = _BEFORE[match.group("pre")]
        if match.group("post"):
            comparator = _AFTER[match.group("post")]
        if match.group("approx"):
            comparator = ">="
        if v2 is not None:
            if v2 < v1:
                v2 = None
            else:
                comparator = "range"
        unit = (match.group("mult") or "") + match.group("unit") + (match.group("per") or "")
        if not match.group("mult") and raw1[-1:] in ("亿", "万") and _SMALL_CN.match(raw1[:-1] or "x"):
            # 十亿元 is 10 亿元, as plans mean it, not 1,000,000,000 元
            v1 = parse_number(raw1[:-1]) or 1.0
            v2 = None
            unit = raw1[-1] + unit
        quantity = Quantity(
            tidy(v1), tidy(v2) if v2 is not None else None, unit, comparator, match.start(), match.end()
        )
        last = found[-1] if found else None
        if (
            last is not None
            and last.value_max is None
            and last.unit == unit
            and v2 is None
            and v1 >= last.value
            and _RANGE_JOIN.fullmatch(text[last.end : match.start()])
        ):
            # 2.5%-3%, 20万元—100万元: a range written with its unit on both ends
            post = match.group("post")
            found[-1] = Quantity(last.value, tidy(v1), unit, _AFTER[post] if post else "range", last.start, match.end())
            continue
        found.append(quantity)
    return tuple(found)


_RANGE_JOIN = re.compile(r"\s*(?:-|—{1,2}|–|～|~|至|到)\s*")
