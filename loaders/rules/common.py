"""What every rule set shares: the Mention and Link records, and where a name's left edge is.

Chinese plans put names right after verbs and prepositions (依托…建设…, 支持…创建…, 推动…与…共建…) with no
space between, so a suffix-anchored rule finds the right edge (…实验室, …有限公司) easily and the left edge is
where extraction fails. :func:`left_edge` walks left from the suffix over name characters and cuts after the
rightmost joining word, after a count (3家), or at a known entity that precedes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from loaders.gazetteer import countries, regions
from loaders.lexicon import is_common_word, is_word_chain, word_tag
from loaders.normalize import han_count
from loaders.segment import Block
from loaders.terms import read_terms
from loaders.trie import trie_regex

MAX_NAME = 32

# Endings of parks, zones and science cities (loaders/data/park_suffixes.txt): read once for the place rules
# and for the places glued before a firm's legal name.
PARK_SUFFIXES = read_terms("park_suffixes.txt")
# The dots that join a zone and the district it governs as one place (黄石经开区·铁山区), and that district as a
# pattern written after the zone's name
MIDDLE_DOTS = ("·", "・", "•")
GOVERNED_DISTRICT = r"[·・•][\u4e00-\u9fff]{1,6}?[区县旗]"
# Verbs, prepositions and conjunctions that end the text before a name. Words that also occur inside names
# (为 in 华为, 有 in 有研, 发展 in …机械发展股份有限公司, 服务 in …公共服务平台) are left out; their longer
# uses (作为, 成为, 拥有) are listed instead.
CUT_WORDS = tuple(sorted(read_terms("cut_words.txt"), key=len, reverse=True))
_CUT_SET = frozenset(CUT_WORDS)
_CUT_LENGTHS = sorted({len(w) for w in CUT_WORDS}, reverse=True)
# Where no cut word can end (the character is the last of none): most of a body, skipped with one set lookup.
_CUT_LAST = frozenset(w[-1] for w in CUT_WORDS)
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
    r"|(?:19|20)\d\d\s*年(?:底|末|前|度)?"  # 到2025年研究院集聚…, 2026年度某市…: a year opens no name
)
_PLACE_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)")
# A declared short form written after a name: （以下简称“新乡高新区”）. It says what to call the thing, nothing more.
DECLARED_ASIDE = re.compile(r"[（(](?:以下|下文)?简称[^）)]{0,16}[）)]")
_ORG_THEN_JOIN = re.compile(
    r"(?:股份|集团|公司|大学|学院|研究院|研究所|药业|科技)(?:联合|携手|会同|与|和|及)"
    # 琼链数据联合海南大学, 市科技局联合湖南大学: a short firm name or a department, then a joining verb
    r"|(?:数据|智能|电子|新材|能源|生物|医药|材料|技术|信息|装备|重工|机械|化学|化工|制药|局|委|厅|办|会)(?:联合|携手|会同)"
)
_ITEM_MARKER = re.compile(r"[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]")
_OPENING_PARTICLES = frozenset(read_terms("opening_particles.txt"))
_PARK_ENDING = re.compile(trie_regex(PARK_SUFFIXES))
_PARK_AHEAD = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?:{trie_regex(PARK_SUFFIXES)})")  # 有|苍洱高新区孵化器
# 包括由光电研究院负责运营的…: after a verb word, 由 and a runner's verb ahead make 由 a preposition, no 字号's end
_RUNNER_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:负责|牵头|运营|承建|建设)")
_LEADING_JUNK = re.compile(r"^(?:本人|该|本|其|此|以上|上述|相关|有关|各级|各类|各|了|着|过)+")


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


def occurrences(word: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands in ``text``, left to right and not overlapping, as ``re.finditer`` of it escaped
    would say. Names met in a plan (a firm's short form, a chain) are looked for this way: each escaped name
    was a pattern of its own, and hundreds of them pushed the rules' own patterns out of ``re``'s cache."""
    size = len(word)
    if not size:
        return
    i = text.find(word)
    while i >= 0:
        yield i, i + size
        i = text.find(word, i + size)


def _leading_place(text: str) -> str:
    from loaders.gazetteer import regions

    return regions().leading_place(text)


def _is_place(text: str) -> bool:
    from loaders.gazetteer import regions

    table = regions()
    return text in table.full or text in table.by_short


def _not_inside_place(body: str, cut: int) -> int:
    """A cut that falls inside a place name (获|嘉县: 获 is a verb, 获嘉县 a county) moves to the place's start."""
    if cut <= 0:
        return cut
    from loaders.gazetteer import regions

    for match in regions().full.finditer(body[max(0, cut - 4) : cut + 6]):
        start = max(0, cut - 4) + match.start()
        if start < cut < start + len(match.group()):
            return start
    # A short form too (运营|商丘经开区, 呼和|浩特分中心), unless what follows the cut is a word or a place of its
    # own (建成|都市农业: 都市, not 成都; 共建|湖南省: not 建湖)
    if is_common_word(body[cut : cut + 2]) or regions().leading_place(body[cut:]):
        return cut
    # Only a city's or a province's: a district's short form straddles verbs too often (共建|华中: 建华区)
    # and only where what stands before the place is a word of its own (运营|商丘: 运营; 认定西电: 认 is none)
    table = regions()
    for start in range(max(0, cut - 3), cut):
        place = table.leading_place(body[start:])
        refs = table.by_name.get(place) or table.by_short.get(place) or []
        if len(place) > cut - start and any(r.level in ("city", "province") for r in refs):
            before = body[:start]
            if not before or before.endswith(CUT_WORDS) or (len(before) >= 2 and is_common_word(before[-2:])):
                return start
    return cut


def is_name_char(char: str) -> bool:
    return char not in _STOP_CHARS and (char.isalnum() or char in "()（）&-·")


_VERB_CHARS = frozenset("拟获驻赴")
_NOUN_TAGS = frozenset({"n", "ns", "nz", "nt"})
_NAME_GOES_ON = re.compile(r"(?:产业化|应用|推广|示范|运营|储能|配套)")
# What a firm does (铝业, 科技, 新材料): a legal name needs a 字号 before it, so a cut that leaves only these
# took the 字号's last character for a function word (楚都铝业有限公司: 都 is no adverb there).
_TRADE_WORDS = trie_regex(read_terms("business_words.txt"))
_TRADE_ONLY = re.compile(f"(?:{_TRADE_WORDS})+")
_TRADE_END = re.compile(f"(?:{_TRADE_WORDS})$")


# What is done with a resource (回收利用, 综合利用): 利用 ends a noun there, it opens no name (利用X建设…).
_UTILISATION = re.compile(r"(?:回收|梯次|再生|资源化)$")  # (综合利用, 开发利用 are verbs before names too)


# Where a name before ends (an aside's closing bracket, a firm's or a school's last word): a character after it
# starts something new, and cannot close a 字号 (…有限公司由石化新材料研究中心: 由 is the preposition).
_NAME_CLOSED = re.compile(r"(?:[）)]|公司|集团|大学|学院)$")


# （一）某某科技股份有限公司董事长　某某: a heading that says who speaks, a firm's head by title and name (not
# （一）压实国有企业集团负责人创新责任, a task about heads); its group is the firm
SPEAKER_HEADING = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])?\s*"
    r"([\u4e00-\u9fff（）()]{4,36}?(?:有限公司|有限责任公司|股份公司|集团))[\s　]*"
    r"(?:副?董事长|副?总经理|副?总裁|负责人|总工程师|厂长|创始人|党委书记)(?:兼(?:总经理|总裁|党委书记))?"
    r"(?:[\s　]+[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,3})\s*"  # (the name, set apart or short)
)


# A trade alone before a legal form (…运营|管理有限公司, …建设|投资有限公司): what a cut word before it leaves names
# no firm, so the word is the firm's trade, not a verb before its name
_BARE_TRADES = frozenset(
    ("管理", "服务", "投资", "发展", "开发", "咨询", "管理服务", "投资发展", "投资管理", "开发建设")
)
_LEGAL_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "集团")
# (组建投资集团, 设立投资管理有限公司: a verb before a bare trade is a verb, and no firm is named)
_TRADE_WORDS = frozenset(("运营", "建设", "开发", "投资", "管理", "服务"))


def left_edge(
    text: str,
    body_start: int,
    suffix_start: int,
    known: list[tuple[int, int]] | None = None,
    min_body: int = 0,
    particles: bool = True,
) -> int:
    """Index in ``text`` where a name ending with the suffix at ``suffix_start`` begins.

    ``body_start`` is the leftmost index the walk may reach (a clause start). ``known`` are spans of
    entities already found; a name never starts inside one, and a known span right before the body ends it.
    ``particles=False`` keeps one-character particles (把, 将) for the industry rules, which strip them with
    their own lead words once the run is checked as an industry's name.
    """
    left = suffix_start
    while left > body_start and suffix_start - left < MAX_NAME and is_name_char(text[left - 1]):
        left -= 1
    body = text[left:suffix_start]
    # Cut after the rightmost joining word or count in the body.
    cut = 0
    for i in range(len(body), 0, -1):
        if body[i - 1] not in _CUT_LAST:
            continue
        head = body[:i]
        word = next((head[-n:] for n in _CUT_LENGTHS if head[-n:] in _CUT_SET), None)
        if word is None or len(body) - i < min_body:
            continue  # for projects, a verb right before the suffix belongs to the name (…提升工程, …建设项目)
        if len(word) == 2 and len(head) >= 3 and head[-3:-1] in _CUT_SET and is_common_word(body[i - 1 : i + 1]):
            continue  # 发展现代纺织: 发展|现代, not 展现; the cut word before (发展) is taken next
        if (
            len(word) == 2
            and word_tag(body[i - 1 : i + 1], 1)
            and _place_ends_at(head, len(head) - 1)
            and not _leading_place(body[i - 1 :])  # (鄂尔多斯市内蒙古某集团: 内蒙古 opens the name)
        ):
            continue  # 湖南省内河…中心: 省 closes the province, 内 opens 内河; no 省内 before a name
        if word == "利用" and _UTILISATION.search(head[:-2]):
            continue  # 动力电池回收利用工程研究中心: 回收利用 is what the centre works on, no verb before a name
        if word in _VERB_CHARS and len(head) >= 2 and is_common_word(head[-2:]):
            continue  # 视界虚拟现实科技: 拟 (拟建) closes the word 虚拟, it does not open the name
        if word in _TRADE_WORDS and body[i:] in _BARE_TRADES and text.startswith(_LEGAL_FORMS, suffix_start):
            continue  # 某某科技园运营管理有限公司: 运营 is the firm's trade, 管理有限公司 alone names nobody
        if word == "都" and han_count(head[:-1].rsplit("的", 1)[-1]) == 1:
            continue  # 建设的泉都创客众创空间: one character before 都 is no subject of an adverb, 泉都 is the name's
        if len(word) == 1 and len(head) >= 2 and word_tag(head[-2:]) in (*_NOUN_TAGS, "a"):
            continue  # 河北药都本草制药: 都 closes the noun 药都 (海南自由贸易港: 由 the word 自由), no adverb
        if len(word) == 1 and len(head) >= 3 and word_tag(body[i - 1 : i + 1]) in ("n", "nz"):
            continue  # 南美白对虾遗传育种重点实验室: 对 opens the noun 对虾, it is no preposition
        if (
            len(word) == 1
            and word not in "和与及或等的了"
            and len(head) >= 2
            and not _NAME_CLOSED.search(head, 0, len(head) - 1)  # （…）由石化新材料研究中心: no 字号 goes on there
            and not (
                particles and word == "由" and is_common_word(head[-3:-1]) and _RUNNER_AFTER.match(text, suffix_start)
            )
            and not text.startswith(("大学", "学院"), suffix_start)  # 榜单由电子科技大学: a university, no 字号
            and not _leading_place(body[i:])  # 陵川医疗在陵城区医疗器械产业园: a place opens what follows
            and (
                _TRADE_ONLY.fullmatch(body, i)
                or (len(body) - i >= 3 and is_word_chain(body[i + 1 :]) and _TRADE_END.search(body) is not None)
                or (word == "都" and len(body) - i >= 4 and is_word_chain(body[i:]))  # 桃都科技服务有限公司
            )
        ):
            continue  # 宜城市楚都铝业有限公司: 都 ends the 字号 楚都; 铝业 (or 锦服饰: one character) names no firm
        if word == "等" and any(word_tag(body[i - 1 : i - 1 + n]) == "n" for n in (3, 4)):
            continue  # 等离子体射频电源…中心: 等 opens the noun 等离子(体), it ends no list
        opened = body[i - 1 : i + 1]
        if len(word) == 1 and word in CONJUNCTIONS and is_common_word(opened) and opened not in _CUT_SET:
            continue  # 及时协调解决…: 及 opens the word 及时, it joins nothing
        if min_body and word in ("及", "和", "与") and _NAME_GOES_ON.match(body, i):
            continue  # 某某平台研发及产业化项目: one undertaking in two stages
        # （以下简称“甲”）和乙公司: after a closing bracket the conjunction joins two names
        after_aside = head[: -len(word)].endswith(("）", ")"))
        joins = word in CONJUNCTIONS or word in ("与", "及")
        if joins and not after_aside and _PLACE_AHEAD.match(body, i - len(word)):
            continue  # 和平镇, 及家乡: the character opens a place name
        if word in CONJUNCTIONS and not after_aside:
            conjunct = head[: -len(word)]
            if sum(1 for c in conjunct if "\u4e00" <= c <= "\u9fff") < 2 or _is_place(conjunct):
                continue  # 和沐电气…, 武汉和沐电气…: no left conjunct, the character is part of the name
        cut = i
        break
    for match in _COUNT.finditer(body):
        cut = max(cut, match.end())
    if particles:
        cut = _particle_then_verb(body, cut)
    cut = _not_inside_place(body, cut)
    joined = None
    for joined in _ORG_THEN_JOIN.finditer(body):  # noqa: B007 - the last one decides
        pass
    if joined is not None and joined.end() > cut and len(body) - joined.end() >= 2:
        cut = joined.end()  # 砚峰股份联合广东工业大学: a firm, a joining verb, then the name
    for word in START_ONLY_CUTS:
        if body[cut:].startswith(word):
            cut += len(word)
    left += cut
    for start, end in known or ():
        if start <= left < end < suffix_start:
            left = end  # a name never starts inside (or at the start of) an entity already found
            for word in START_ONLY_CUTS:
                if text.startswith(word, left):
                    left += len(word)  # 绵阳工研院联合西南科技大学
        elif start >= left and end <= suffix_start and end > left:
            pass  # a known entity inside the body: the caller decides (nesting vs host)
    body = text[left:suffix_start]
    junk = _LEADING_JUNK.match(body)
    if junk and not (junk.end() == 1 and word_tag(body[:2]) in _NOUN_TAGS):
        left += junk.end()  # (本草源…中心: 本 opens the noun 本草, no demonstrative)
    marker = _ITEM_MARKER.match(text, left)
    if marker is not None and marker.end() < suffix_start:
        left = marker.end()  # （1）东钱湖生命健康实验室。: the item's number opens the line, not the name
    left += leading_function_words(text[left:suffix_start])
    if particles:
        left += _opening_particle(text[left:suffix_start])
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


_BRAND_DIRECTIONS = frozenset({"东方", "西方", "南方", "北方"})


def _place_ends_at(text: str, end: int) -> bool:
    """Whether a full place name ends at ``end`` in ``text`` (湖南省 in 创建湖南省|内河)."""
    return any(text[j:end] in regions().full for j in range(max(0, end - 9), end - 1))


def _particle_then_verb(body: str, cut: int) -> int:
    """Past the rightmost one-character particle and the verb after it (宜州区要统筹|某某中试基地, 企业可登录|某某
    科技大市场) at or after ``cut``: the cut words hold no single characters that also open or close words."""
    for i in range(len(body) - 5, max(cut, 1) - 1, -1):
        if body[i] not in _OPENING_PARTICLES or is_common_word(body[i - 1 : i + 1]):
            continue
        if any(is_common_word(body[i : i + n]) for n in (2, 3, 4)):
            continue
        verb = leading_function_words(body[i + 1 :])
        if verb and _leading_place(body[i + 1 + verb :]):  # a place opens the name (可降解材料, 再制造 go on)
            return i + 1 + verb
    return cut


def _park_ahead(text: str) -> bool:
    """Whether ``text`` opens with a park's name of two to four characters and its ending (苍洱高新区): not when the
    name would be one character and a longer ending (门|经济开发区: 可门 is the name) or a town's (宅镇工业园)."""
    match = _PARK_AHEAD.match(text)
    if match is None or re.search(r"[镇乡]|街道", match.group(1)):
        return False
    first = min((m.start() for m in _PARK_ENDING.finditer(text, 0, match.end())), default=len(text))
    return first >= 2


def _opening_particle(body: str) -> int:
    """Length of a one-character particle (要, 因, 有 …) and the function words after it that open ``body``
    before a place or a park's own name (有|苍洱高新区…): jieba's lexicon leaves single characters untagged, so
    :func:`leading_function_words` cannot see them."""
    if len(body) < 3 or body[0] not in _OPENING_PARTICLES or is_common_word(body[:2]) or _leading_place(body):
        return 0
    rest = body[1:]
    verb = leading_function_words(rest)
    if _leading_place(rest[verb:]) or _park_ahead(rest[verb:]):  # (可降解材料, 再制造: a word goes on)
        return 1 + verb
    return 0


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
        if word in _BRAND_DIRECTIONS or word == "现代":
            return cut  # 北方华创, 东方电气: a compass word opens many brands; 现代 (纺织, 汽车) is no time word
        if len(_leading_place(body[cut:])) >= len(word):
            return cut  # 包头 (a verb to jieba) and 通化 are cities before they are words; 永年区 a district
        if len(body) - cut - len(word) < 2:
            return cut
        cut += len(word)


def _leading_place(text: str) -> str:
    from loaders.gazetteer import regions

    return regions().leading_place(text)


_CLAUSE_MARKS = "，,。；;：:！!？?\n"


def clause_start(text: str, pos: int) -> int:
    """Start of the clause containing ``pos`` (after the previous punctuation mark)."""
    i = pos
    while i > 0 and text[i - 1] not in _CLAUSE_MARKS:
        i -= 1
    return i


def clause_end(text: str, pos: int) -> int:
    """End of the clause containing ``pos`` (at the next punctuation mark), the twin of :func:`clause_start`."""
    i = pos
    while i < len(text) and text[i] not in _CLAUSE_MARKS:
        i += 1
    return i


def window(text: str, start: int, end: int, lo: int, hi: int, width: int = 24) -> tuple[int, int]:
    """A short evidence span around ``start:end``, clipped to ``lo:hi`` (the sentence)."""
    return max(lo, start - width), min(hi, end + width)


def place_before_dash(text: str, left: int) -> str:
    """The place written before a dash that ends at ``left`` (广西— of 广西—东盟经济技术开发区), or ""."""
    if left < 1 or text[left - 1] not in "—－–-":
        return ""
    table = regions()
    for n in (4, 3, 2):  # the longest: 内蒙古—, not 蒙古—
        word = text[max(0, left - 1 - n) : left - 1]
        if word == "中国" or word in table.by_name or word in table.by_short or countries().fullmatch(word):
            return word
    return ""


# 点位1：青州市某某产业化项目, 观摩点3：… : the line opening one project's entry; its labelled fields follow
ENTRY_OPENS = re.compile(r"(?:点位|观摩点位?|第[一二三四五六七八九十\d]+站)\s*\d*\s*[：:][^。；;]{2,60}(?:项目|工程)")
ENTRY_FIELD = re.compile(
    r"(?:观摩时间|项目地点|建设地点|建设单位|项目业主|总投资|建设内容|建设规模|建设期限|进展情况|推进情况|要素保障"
    r"|预期效益|经济效益|下步打算|存在问题|项目亮点|创新亮点)\s*[：:]"
)


def entry_part(text: str, inside: bool) -> str | None:
    """Which part of a project's entry a paragraph is: "opens" (点位1：…项目), "field" (a labelled field of the entry
    the paragraph before was in), or None (no part of one: an entry ends there). The target and relation rules read
    entries alike through it."""
    text = text.lstrip()
    if ENTRY_OPENS.match(text):
        return "opens"
    return "field" if inside and ENTRY_FIELD.match(text) else None
