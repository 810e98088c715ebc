"""What every rule set shares: the Mention and Link records, and where a name's left edge is.

Chinese plans put names right after verbs and prepositions (依托…建设…, 支持…创建…, 推动…与…共建…) with no
space between, so a suffix-anchored rule finds the right edge (…实验室, …有限公司) easily and the left edge is
where extraction fails. :func:`left_edge` walks left from the suffix over name characters and cuts after the
rightmost joining word, after a count (3家), or at a known entity that precedes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from loaders.segment import Block

MAX_NAME = 32

# Verbs, prepositions and conjunctions that end the text before a name. Words that also occur inside names
# (为 in 华为, 有 in 有研, 发展 in …机械发展股份有限公司, 服务 in …公共服务平台) are left out; their longer
# uses (作为, 成为, 拥有) are listed instead.
CUT_WORDS = tuple(
    sorted(
        {
            "依托",
            "支持",
            "推动",
            "推进",
            "引导",
            "鼓励",
            "加快",
            "加强",
            "建设",
            "建立",
            "建成",
            "建强",
            "组建",
            "共建",
            "创建",
            "申建",
            "争创",
            "打造",
            "培育",
            "引进",
            "引入",
            "吸引",
            "发挥",
            "提升",
            "做大做强",
            "做强",
            "做实",
            "做优",
            "围绕",
            "对接",
            "携手",
            "整合",
            "成立",
            "设立",
            "新建",
            "筹建",
            "获批",
            "认定",
            "入选",
            "挂牌",
            "落户",
            "入驻",
            "依靠",
            "借助",
            "通过",
            "利用",
            "以及",
            "和",
            "与",
            "及",
            "的",
            "在",
            "于",
            "对",
            "向",
            "从",
            "将",
            "把",
            "被",
            "是",
            "由",
            "如",
            "等",
            "各",
            "赴",
            "打造成",
            "建设成",
            "建成为",
            "做好",
            "抓好",
            "办好",
            "作为",
            "成为",
            "获得",
            "拥有",
            "包括",
            "其中",
            "例如",
            "实施",
            "开展",
            "推广",
            "承担",
            "牵头",
            "参与",
            "面向",
            "瞄准",
            "聚焦",
            "形成",
            "构建",
            "完善",
            "优化",
            "深化",
            "加大",
            "扩大",
            "全面",
            "积极",
            "大力",
            "着力",
            "主动",
            "继续",
            "进一步",
            "力争",
            "争取",
            "确保",
            "实现",
            "支撑",
            "带动",
            "助推",
            "用好",
            "建好",
            "搭建",
            "组织",
            "签订",
            "签署",
            "先后",
            "已经",
            "正在",
            "拟",
            "首批",
            "一批",
            "现有",
            "原有",
            "达到",
            "运行",
            "提档升级",
            "高质量发展",
            "以",
            "获",
            "到",
            "至",
            "全市",
            "我市",
            "全省",
            "我省",
            "市内",
            "省内",
            "国内",
            "推荐",
            "扶持",
            "培养",
            "集聚",
            "聚集",
            "承接",
            "布局",
            "谋划",
            "探索",
            "领衔",
            "突出",
            "壮大",
            "申报",
            "申请",
            "加入",
            "融入",
            "促进",
            "助力",
            "推行",
            "鼓励和引导",
            "了",
            "企业",
            "国内外",
            "海内外",
            "境内外",
            "知名",
            "另外",
            "此外",
            "同时",
            "还",
            "均",
            "都",
            "即",
            "或",
            "新增",
            "建有",
            "设有",
            "创办",
            "接收",
            "调动",
            "升级",
            "一大批",
            "大批",
            "集中",
            "不断",
            "逐步",
            "加快推进",
            "建设成为",
            "争取到",
            "以上",
            "开设",
            "开展",
            "设置",
            "落地",
        },
        key=len,
        reverse=True,
    )
)
_CUT_SET = frozenset(CUT_WORDS)
_CUT_LENGTHS = sorted({len(w) for w in CUT_WORDS}, reverse=True)
# Words that start a name's text only as a verb: cut at them when they open the body, keep them inside
# (联合华中科技大学 vs 光谷联合科技城).
START_ONLY_CUTS = ("联合", "共同", "合作")
# Conjunctions that also start names (和沐电气): cut only when a conjunct stands before them.
CONJUNCTIONS = frozenset({"和"})
# Parts of speech that never start a name: verbs, adverbs, prepositions, conjunctions, particles, pronouns.
_FUNCTION_TAGS = frozenset({"v", "vd", "d", "p", "c", "u", "ad", "r", "uj", "ul", "f", "t"})
# Characters that never belong to a name; the walk stops at them.
_STOP_CHARS = set('，,。；;：:！!？?、\n\t“”"《》<>【】[]|/\\…—～~　 ')  # not ·: 光谷·天门科技城
_COUNT = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千几数]+)\s*(?:余|多)?(?:家|个|所|项|名|座|批|类|支|位|处|只)"
)
_LEADING_JUNK = re.compile(r"^(?:该|本|其|此|以上|上述|相关|有关|各级|各类|各|了|着|过)+")


@dataclass(eq=False)
class Mention:
    """One occurrence of an entity in a document, before ids are assigned."""

    type: str
    name: str
    start: int
    end: int
    block: Block | None
    attrs: dict[str, Any] = field(default_factory=dict)
    key: str = ""  # set by the rule (code, concept id) or by resolution (normalised name)
    rule: str = ""  # the rule that read it (loaders/data/rules.tsv); set by the extractor when a finder leaves it
    confidence: float = 0.0  # 0 = the rule's default from loaders/data/rules.tsv

    @property
    def section(self) -> str:
        return self.block.section if self.block is not None else ""


@dataclass(eq=False)
class Link:
    """A relation between two mentions, with the span of text that states it."""

    type: str
    source: Mention
    target: Mention
    start: int
    end: int
    rule: str = ""
    confidence: float = 0.8


def _is_place(text: str) -> bool:
    from loaders.gazetteer import regions

    table = regions()
    return bool(table.full_pattern.fullmatch(text)) or text in table.by_short


def is_name_char(char: str) -> bool:
    return char not in _STOP_CHARS and (char.isalnum() or char in "()（）&-·")


def left_edge(
    text: str, body_start: int, suffix_start: int, known: list[tuple[int, int]] | None = None, min_body: int = 0
) -> int:
    """Index in ``text`` where a name ending with the suffix at ``suffix_start`` begins.

    ``body_start`` is the leftmost index the walk may reach (a clause start). ``known`` are spans of
    entities already found; a name never starts inside one, and a known span right before the body ends it.
    """
    left = suffix_start
    while left > body_start and suffix_start - left < MAX_NAME and is_name_char(text[left - 1]):
        left -= 1
    body = text[left:suffix_start]
    # Cut after the rightmost joining word or count in the body.
    cut = 0
    for i in range(len(body), 0, -1):
        head = body[:i]
        word = next((head[-n:] for n in _CUT_LENGTHS if head[-n:] in _CUT_SET), None)
        if word is None or len(body) - i < min_body:
            continue  # for projects, a verb right before the suffix belongs to the name (…提升工程, …建设项目)
        if word in CONJUNCTIONS:
            conjunct = head[: -len(word)]
            if sum(1 for c in conjunct if "\u4e00" <= c <= "\u9fff") < 2 or _is_place(conjunct):
                continue  # 和沐电气…, 武汉和沐电气…: no left conjunct, the character is part of the name
        cut = i
        break
    for match in _COUNT.finditer(body):
        cut = max(cut, match.end())
    for word in START_ONLY_CUTS:
        if body[cut:].startswith(word):
            cut += len(word)
    left += cut
    for start, end in known or ():
        if start < left < end:
            left = end
        elif start >= left and end <= suffix_start and end > left:
            pass  # a known entity inside the body: the caller decides (nesting vs host)
    body = text[left:suffix_start]
    junk = _LEADING_JUNK.match(body)
    if junk:
        left += junk.end()
    left += leading_function_words(text[left:suffix_start])
    # Brackets must balance: an opening bracket left open before the suffix belongs to the text before
    # (天门高新园（省级高新技术产业园区）), and a closing one at the start to the text before that.
    depth = 0
    for i in range(suffix_start - 1, left - 1, -1):
        if text[i] in ")）":
            depth += 1
        elif text[i] in "(（":
            if depth == 0:
                left = i + 1
                break
            depth -= 1
    while left < suffix_start and text[left] in ")）":
        left += 1
    return left


def leading_function_words(body: str) -> int:
    """Length of the verbs, adverbs and particles that open ``body`` (吸收上海自贸区 -> 2), per jieba's lexicon."""
    from loaders.lexicon import word_tag

    cut = 0
    while True:
        # The longest dictionary word at this point decides: 孵化器 is a noun even though 孵化 is a verb.
        word = next(
            (body[cut : cut + n] for n in (4, 3, 2) if len(body) - cut >= n and word_tag(body[cut : cut + n], 1)), None
        )
        if word is None or word_tag(word, 1) not in _FUNCTION_TAGS or word_tag(word) is None:
            return cut
        if len(body) - cut - len(word) < 2:
            return cut
        cut += len(word)


def clause_start(text: str, pos: int) -> int:
    """Start of the clause containing ``pos`` (after the previous punctuation mark)."""
    i = pos
    while i > 0 and text[i - 1] not in "，,。；;：:！!？?\n":
        i -= 1
    return i


def window(text: str, start: int, end: int, lo: int, hi: int, width: int = 24) -> tuple[int, int]:
    """A short evidence span around ``start:end``, clipped to ``lo:hi`` (the sentence)."""
    return max(lo, start - width), min(hi, end + width)
