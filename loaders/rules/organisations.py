"""Enterprises, platforms and universities: suffix-anchored names with a careful left edge.

Each class has its suffixes (…有限公司, …重点实验室, …大学). A name is the suffix plus the body to its left,
cut by :func:`left_edge`; it is kept only if the body names one thing rather than a level or a kind (省级工程
技术研究中心 counts a kind; 湖北省泥鳅繁育工程技术研究中心 names one). Enterprises also appear as short forms
(天门纺机, 亿纬动力). Those are found three ways, each checked against jieba's lexicon so that ordinary
phrases (远程医疗, 加速科技) are not taken for brands: a business word (纺机, 药业, 动力 …) after a brand where
plans introduce firms; cues only firms take (以…为龙头, …等企业, 支持…建设…实验室); and short forms derived
from full names found in the corpus (湖北万度光能有限责任公司 -> 万度光能).
"""

from __future__ import annotations

import re
from typing import Any

from loaders.gazetteer import countries, industries, regions, short_region_name, university_seats
from loaders.lexicon import is_common_word, is_ordinary_phrase, is_word_chain, word_tag
from loaders.normalize import clean_name, han_count
from loaders.rules.common import (
    CUT_WORDS,
    DECLARED_ASIDE,
    ENTRY_FIELD,
    MIDDLE_DOTS,
    PARK_SUFFIXES,
    SPEAKER_HEADING,
    Mention,
    clause_end,
    clause_start,
    left_edge,
    occurrences,
    place_before_dash,
)
from loaders.segment import ITEM_MARK, Block
from loaders.terms import read_map, read_terms
from loaders.trie import trie_regex

# Longest first matters only for readers: the trie regex always prefers the longest suffix.
ENTERPRISE_SUFFIXES = read_terms("enterprise_suffixes.txt")
# fmt: off
# Platform suffix -> kind (the platform type recorded on the node).
PLATFORM_SUFFIXES = read_map("platform_suffixes.tsv")
_DESIGNATIONS = frozenset(read_terms("designation_kinds.txt"))
_FIRM_END = re.compile(r"(?:公司|集团|厂)$")
_JOINED_DISCIPLINE = re.compile(r"[\u4e00-\u9fff]{1,6}[与和及]")
_LISTED_SCHOOL = re.compile(r"学院、[\u4e00-\u9fff]{1,6}[与和及]$")
_OWNER_IN_BRACKETS = re.compile(r"[^，,。；;：:（(]{2,40}[（(][^）)]{2,30}(?:公司|集团|大学|学院|研究院|研究所)[）)]")
UNIVERSITY_SUFFIXES = read_map("university_suffixes.tsv")
# A bare 省/市 before these means the plan's own province or city (省农科院 = 湖北省农科院).
LEVEL_QUALIFIED = ("农科院", "科学院", "社科院", "农业科学院", "社会科学院", "医学科学院")
# fmt: on
# Short forms of firms end in a business word; the brand before it must be a proper name.
BUSINESS_WORDS = read_terms("business_words.txt")
# 信创现代产业学院, 卓越工程师学院, 某某大学某某智能装备产业学院: a university's programme, not a university
PROGRAMME_COLLEGE = re.compile(r"(?:产业|工程师)学院$")
# Words that make a body a kind rather than a name (level, category, function words).
_GENERIC_WORDS = read_terms("generic_words.txt")
_GENERIC_TAILS = sorted((w for w in _GENERIC_WORDS if len(w) >= 2), key=len, reverse=True)
_GENERIC = re.compile(f"^(?:{trie_regex(_GENERIC_WORDS)})+$")
_GENERIC_STRIP = re.compile(f"^(?:{trie_regex(w for w in _GENERIC_WORDS if len(w) >= 2)})+")
# Words that, alone beside a place, make a class of a city's platforms (常德市重点中试基地), not one of them.
_CATEGORY_ONLY = re.compile(r"(?:重点|骨干|龙头|优势|特色|相关|各类|各级|已建|在建|新建|拟建|现有)+")
_FIELD_ONLY_SUFFIX = re.compile(r"(?:实验室|研发中心|研究中心|创新中心|工业互联网平台)$")
# What an industrial internet platform's name never holds: a list joined to it, a verb of using one, a firm's legal
# name (the platform of a firm named in full is the firm's, not a name)
_NOT_AN_INTERNET_PLATFORM = re.compile(r"[和与及、]|接入|上线|具有|应用|公司$|集团$")


def _field_only(body: str) -> bool:
    """Is a platform's body a field of work alone (氢能联合, 药物制剂), with no place or proper name in it?"""
    table = regions()
    if table.full_pattern.search(body) or table.short_pattern.search(body):
        return False
    core = body
    while True:
        tail = next((w for w in _GENERIC_TAILS if core.endswith(w) and len(core) > len(w)), None)
        if tail is None:
            break
        core = core[: -len(tail)]
    if industries().lookup(core) is not None or is_ordinary_phrase(core):
        return True
    # 差别化锦纶纤维研发中心 spells out a field; 国家汽车轻量化重点实验室 is a designation, named by its level
    return not _LEVEL_WORDS.search(body) and is_word_chain(core)


# (某某企业技术中心和某某工程技术研究中心: 工程 opens the next platform's kind, it ends no project)
_PROJECT_AFTER = re.compile(
    r"(?:(?:及|和)[^，。；、\s]{1,12}?)?(?:建设|扩建|新建|升级|改造|提升)?(?:项目|工程(?!技术|研究|中心|实验室))"
)
_KINDS_JOINED = re.compile(
    r"(?:总部|机构|联合体|产能|基地|平台|中心|厂房|实验室|病房|空间|飞地|经济圈|公寓|联盟|设施|公司|车间|产线|"
    r"辅导)(?:和|及|与)|^概念验证(?:和|及|与)|技术和|"
    r"^(?:和|及|与)|领域|^一.{1,3}一$"  # 一产业一研究院, 一链一实验室: a slogan's pattern, no platform
)
# What a region aims to become (东北亚科技创新中心, 南安高新区科技创新中心): a macro region, zone or nothing
# after the place, then at most 国际/区域 and 科技 or an industry before 创新中心.
_AIMED_HUB = re.compile(
    r"(?:[\u4e00-\u9fff]{0,5}(?:大湾区|地区|经济圈|城市群|经济带|高新区|开发区|新区)|"
    + trie_regex(read_terms("macro_regions.txt"))
    + r"|[粤湘苏皖豫鄂川][东南西北]|[东南西北中]部)(?:国际|全国|区域性|区域)?(?:科技)?|国际科技"
)
_LINKING_VERB = re.compile(
    r"改造为|改建为|转型为|转为|升级为|创建为|建设为|联系|投向|入驻|运营|服务于|制定|^除|^各类|^为"
)
# A body that is a region and no more: macro regions (粤港澳大湾区), or a quarter of one (皖北地区, 东北区域).
_REGION_ONLY = re.compile(
    "(?:" + trie_regex(read_terms("macro_regions.txt")) + r"|[、和与及])+|[\u4e00-\u9fff]{1,3}(?:地区|区域)"
)
_COMPANY_KIND = re.compile(f"(?:{trie_regex(read_terms('company_kinds.txt'))})$")
_OWNING_ZONE = re.compile(r"^(?:高新区|经开区|开发区|新区|园区|[省市县区])(?=..)")
_ACADEMY_BEFORE = re.compile(
    r"(?:中国[\u4e00-\u9fff]{0,6}?科学院|中科院)(?:[\u4e00-\u9fff]{0,4}?分院)?([\u4e00-\u9fff]{2,12})$"
)
_NOT_IN_INSTITUTE = re.compile(r"[等在的]|设立|建设|共建|合作")  # 中国科学院等高校院所在新区设立研究院
_COUNT_LEAD = re.compile(r"(?:[二三四五六七八九十两]|\d+)大")
# 园区与某某实验室共建: who builds with the platform, not a word of its name (智能制造与机器人研究院 keeps its 与)
_GENERIC_PARTNER = re.compile(
    r"(?:园区|企业|高校|院所|科研院所|高等院校|院校|学校|医院|机构|平台|政府|管委会)(?:与|和)"
)
_KIND_WORD = re.compile(r"(?:市级|省级|县级|区级|国际科技$|区域性|楼宇型|任务型|校地合作)")
_LEVEL_WORDS = re.compile(r"国家级|国家|省部级|省部|部省|省级|市级|县级|区级|中国|全国|省|市|县|区|部|级")
_LEVELS = tuple(
    zip(
        "国家 部 中国 省 市 区 县".split(),
        "national national national provincial municipal municipal municipal".split(),
        strict=True,
    )
)

# Where plans introduce a firm: clause or item start, or after one of these words.
_INTRODUCERS = tuple(
    "的 如 以 支持 推动 推进 鼓励 引导 依托 与 和 及 、 另外 其中 由 对 例如 包括 培育 做强 做大 扶持 联合 携手".split()
) + read_terms("court_verbs.txt")
# What follows a firm's name (and not a category's): punctuation, a verb firms take, a platform of its own.
_FIRM_NEXT = re.compile(
    r"^(?:[、，,。；;：:（(等为获取已成是均在将牵承实开入被作以及和与的]|生产|研发|研制|新建|年产|建设|建成|组建|"
    r"创建|申建|争创|打造|投资|成功|拥有|具有|荣获|入选|通过|参与|联合|开发|形成|实现|引进|推出|主导|技术中心|"
    r"拓展|扩大|扩建|加快|加大|提升|完成|开拓|推进|实施|"
    r"院士|研究院|企业技术|工程技术|重点实验室|负责|牵头|依托)"
)
# What follows only a firm: then the name's left edge may follow any ordinary word (高端泵阀天门泵业为重点).
_FIRM_AFTER = re.compile(r"^(?:为龙头|为重点|等企业|等龙头|等重点企业|牵头|新建|年产|公司)")
# Words that never occur in a brand (the part of a short name before its business word).
_COMMON_IN_BRAND = re.compile("|".join(read_terms("brand_stop_words.txt")))
_ENTERPRISE_CUES = (
    re.compile(r"以([^，,。；;：:、“”\s]{2,8}?)为(?:龙头|引领)"),
    re.compile(r"(?:^|[，,。；;：:\s])([^，,。；;：:、“”\s以]{2,8}?)为(?:龙头|重点)(?:企业)?[，,]"),
)
_LIST_BEFORE_FIRMS = re.compile(
    r"([^，,。；;：:“”\s]{2,40}?)等(?:\d+家|一批)?(?:有条件的)?"
    # 等行业龙头企业, 等国内装备龙头企业, 等国际领先企业: a few words of field or reach before the kind of firm; not
    # 产业 or 领域 (纺织鞋服、集成电路等重点产业链链主企业: the items are the chains the firms lead)
    r"(?:(?:(?!产业|领域)[^，,。；;：:、“”\s等]){0,6}?(?:龙头|骨干|重点|领军|领先|头部|知名|链主))?(?:科技|高新技术|本土)?(?:企业|公司|央企|国企(?!业)|外企(?!业))"
)
_COURT_VERB = "|".join(read_terms("court_verbs.txt"))
# 对标格兰富、威乐等国际泵业巨头, 对接比亚迪、吉利汽车等整车企业: a list a verb of courting opens and a kind of firm
# of some reach or rank (its giants, brands, makers) closes holds firms, however the words between describe them.
_COURTED_LIST = re.compile(
    rf"(?:{_COURT_VERB})([^，,。；;：:“”\s]{{2,40}}?)等"
    # the kind says reach or rank (国际…巨头, 国内知名…品牌, 整车企业); 等辅材企业 makes the items products
    r"(?=[^，,。；;：:、“”\s等]{0,12}?(?:巨头|龙头|领军|领先|头部|知名|国际|国内|全球|世界|整车|车企))"
    r"[^，,。；;：:、“”\s等]{0,12}?(?:企业|公司|集团|巨头|品牌|厂商|车企)"
)
# 瞄准宁德时代、比亚迪等动力电池企业: a verb of courting, then names, then the trade of the firms they are; the
# items are firms when none is a product or a field spelt out in ordinary words (对接光伏玻璃、胶膜等辅材企业 lists
# what the firms make).
_COURTED_TRADE_LIST = re.compile(
    rf"(?:{_COURT_VERB})([^，,。；;：:“”\s]{{2,40}}?)等"
    r"[\u4e00-\u9fff]{2,6}?(?:企业|厂商|车企)"
)
_VERB_CUE = re.compile(
    r"(?:支持|推动|推进|鼓励|引导)([^，,。；;：:、“”\s]{2,8}?)"
    r"(?=(?:建设|创建|申建|组建|争创|建立)[^，,。；;]{0,16}(?:实验室|中心|研究院|工作站|孵化器|基地))"
)
# Business words that end product and technology phrases as often as firm names (含硅新材料, 联网通信).
_WEAK_BUSINESS = re.compile("|".join(read_terms("weak_business_words.txt")))
_FIRM_VERB_NEXT = re.compile(
    r"^(?:为龙头|为代表|为重点|牵头|新建|年产|建设|建成|组建|创建|申建|投资|获|荣获|入选|成功|研发|研制|开发|生产|"
    r"拥有|已|公司|集团|股份|有限|通过|实施|承担|主导|参与|联合|与|和|在)"
)
_FIRM_LIST_TAIL = re.compile(
    # (等业务向本地中小企业…: the list's kind is 业务; the firms come after a verb)
    r"^(?:为(?:龙头|主导|代表|引领|重点|核心|骨干)|[^，,。；;：:、向为与和在对把将]{0,10}?(?:企业|公司|集团|龙头|骨干|单位|厂商|链主|"
    r"中介机构|投资机构|金融机构|服务机构|创投机构))"
)


def _facility(name: str) -> bool:
    """Is a platform-suffixed name in a project's fields a facility of the project: its words before the suffix
    ordinary (种苗检测中心, 组培实验室) or joined to the buildings listed with it (低温冷库及检测研发中心)?"""
    suffix = _PLATFORM_RE.search(name)
    body = name[: suffix.start()] if suffix is not None else name
    return not body or is_word_chain(body) or han_count(body) <= 2 or re.search(r"[及和与、\d]", body) is not None


def _trades_listed(items: str) -> bool:
    """Do most items of a list before 等企业 spell a trade in ordinary words (冶炼分离、永磁材料、抛光材料等企业: the
    kinds of firm meant)? A brand may be a word too (小米), so one such item among names does not make it a list of
    trades."""
    parts = [p for p in re.split(r"[、和及]", items) if p]
    trades = sum(1 for p in parts if is_word_chain(p) or industries().pattern.fullmatch(p))
    return len(parts) >= 2 and 2 * trades > len(parts)


def _products_beside(text: str, s: int, e: int) -> bool:
    """Does the 、-list the name at ``s:e`` stands in hold a product, a process or an industry spelt in ordinary
    words (数控机床、木工机械、注塑装备、液压传动)? Brands (华为、中兴) are proper nouns, never that. The list's first
    item may carry the words before the list, so it counts only when short; its last ends at 和, 及 or 等."""
    lo = max(text.rfind(c, 0, s) for c in "，,。；;：:（(“”\n") + 1
    hi = min((i for i in (text.find(c, e) for c in "，,。；;：:）)“”\n") if i >= 0), default=len(text))
    items = text[lo:hi].split("、")
    if len(items) < 3:
        return False
    items[-1] = re.split(r"[和及与等]", items[-1])[0]
    for index, item in enumerate(items):
        if not 2 <= han_count(item) <= 8 or han_count(item) != len(item) or item == text[s:e]:
            continue
        # (two characters may be a brand that is also a word: 格力, 小米, 联想; and a brand of words may stand
        # before its business word: 吉利汽车)
        if index == 0 and han_count(item) > 4:
            continue
        if industries().pattern.fullmatch(item):
            return True
        if han_count(item) >= 3 and is_word_chain(item) and not _BUSINESS_RE.search(item[-2:]):
            return True
    return False


_CATEGORY_NEXT = re.compile(r"^(?:生产企业|制造企业|企业|产业|行业|领域|产品|集群|基地|园区)")


def list_tail(text: str, end: int) -> str | None:
    """What follows the 等 that closes the enumeration a name at ``end`` stands in, or None when no 等 closes it."""
    i = end
    limit = min(len(text), end + 80)
    while i < limit:
        char = text[i]
        if char == "等":
            return text[i + 1 : i + 13]
        if char == "为" and text[i - 1] not in "成作":
            return text[i : i + 3]
        if char in "，,。；;：:！？!?\n（(“”":
            return None
        i += 1
    return None


def straddles_cut(text: str, start: int) -> bool:
    """True when a verb or preposition of :data:`CUT_WORDS` begins before ``start`` and ends after it (对|接深)."""
    for n in (2, 3, 4):
        for k in range(1, n):
            lo = start - k
            if lo >= 0 and text[lo : lo + n] in _CUT_WORD_SET:
                return True
    return False


_CUT_WORD_SET = frozenset(w for w in CUT_WORDS if len(w) >= 2)


def _verb_inside(words: str) -> bool:
    """Does a verb of two or more characters of :data:`CUT_WORDS` stand in ``words`` (认定为, 建设)?"""
    return any(w in words for w in _CUT_WORD_SET)


_LEGAL_RE = re.compile(trie_regex(ENTERPRISE_SUFFIXES))
_FIRM_FINAL_RE = re.compile("药业|制药|集团|股份|实业|控股")
_BUSINESS_TAIL = re.compile(f"(?:{trie_regex(BUSINESS_WORDS)})+$")
_PLATFORM_RE = re.compile(trie_regex(PLATFORM_SUFFIXES))
_UNIVERSITY_RE = re.compile(trie_regex(UNIVERSITY_SUFFIXES))
_BUSINESS_RE = re.compile(trie_regex(BUSINESS_WORDS))
_AFFIX = re.compile(r"^(?:中国|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,3}市)")


def _without_place_names(text: str) -> tuple[str, list[str]]:
    """``text`` without region names, and the names removed (full names first, then short forms)."""
    table = regions()
    found = [m.group() for m in table.full.finditer(text)]
    rest = table.full_pattern.sub("", text)
    found += [m.group() for m in table.shorts.finditer(rest)]
    return table.short_pattern.sub("", rest), found


# An aside may stand between the name and its declaration (乌鲁木齐甘泉堡经济技术开发区（工业区）（以下简称…）).
DECLARED_SHORT = re.compile(
    r"\s*(?:[（(][^（()）简]{1,10}[）)])?"
    r"\s*[（(]\s*(?:以下|下文|下同|整合后|合并后)?\s*(?:简称|称)\s*[：:]?\s*[“\"]?([^“”\"）)，,、]{2,12}?)[”\"]?"
    r"(?:\s*(?:或|或者|、|，|,)\s*[“\"]([^“”\"）)，,、]{2,12}?)[”\"])?\s*[）)]"  # （以下简称“研究院”或“榕江研究院”）
)


def declared_shorts(text: str, end: int) -> list[str]:
    """The short forms a plan declares for the name that ends at ``end``: one, or two offered as alternatives
    (（以下简称“研究院”或“榕江研究院”）), each of which the plan then uses for it."""
    match = DECLARED_SHORT.match(text, end)
    return [clean_name(short) for short in match.groups() if short] if match is not None else []


# A park, zone or town written before a firm's legal name (支持长兴经济技术开发区浙江某某股份有限公司): legal names
# hold at most province, city and county, so such a place is the firm's location, not part of its name.
_GLUED_PLACE = re.compile(
    rf"^(?:.{{2,14}}?(?:{trie_regex((*PARK_SUFFIXES, '园区'))})"
    r"|(?:[\u4e00-\u9fff]{1,4}?[区县市])?[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))(?=.{4})"  # 郊区大通镇安徽某某…
)


_PHYSICS_ACCELERATOR = re.compile(r"高能|电子伏|兆|离子|粒子|质子|直线|回旋|辐照")
_BRANCH_SUFFIXES = frozenset({"分中心", "中试基地", "中试研究基地"})
_PARENT_END = re.compile(r"(?:实验室|研究院|研究所|中心|大学|学院)$")
# A standing research institute of a discipline, of a place or of the country (常德市农林科学研究院, 中国水产科学研究院,
# 标准化研究院, 有色金属研究院; not a new-type one, 量子信息科学研究院):
# the gold counts it with universities and academies. Not a joint or themed one (数字文化与数据科学研究院), and not
# a university's local institute or an industrial one (…产业技术研究院, …创新研究院), which are platforms.
_ESTABLISHED_INSTITUTE = re.compile(
    r"^(?!.*(?:大学|学院|[与和]|创新|产业|技术|智能|先进|材料|数字|经济|信息|能源|湾区|高新区))"
    r"(?:[\u4e00-\u9fff]{0,8}?[省市县区]|中国)"
    r"[\u4e00-\u9fff]{2,8}?科学研究院$"  # (农业, 农业机械化, 水利, 中医药 …: a discipline's standing academy)
    r"|^(?!.*(?:大学|学院|[与和]|创新|产业|技术|智能|先进|传感))[\u4e00-\u9fff]{2,10}?(?:标准化|计量|有色金属)研究院$"
)
_UNIVERSITY_BRANCH = re.compile(r"(.{2,16}?(?:大学|学院))(.{2,8}?)(?:研究院|研究所)")
_BARE_PARK = re.compile(rf"^(?:{trie_regex(PARK_SUFFIXES)})(?:[东西南北中]区|[东西南北]片区)?")
_PARTNER_END = re.compile(r"(?:大学|学院|研究院|研究所|科学院|公司|集团)$")
_TOWN_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")


# A zone by a short or bracketed name (火炬园, 火炬（翔安）产业区, 软件园三期): no legal name opens so.
_ZONE_BEFORE_PLACE = re.compile(
    r"[\u4e00-\u9fff（）()]{1,10}?(?:园|园区|产业区|片区|基地|港|管理区|食品区)(?:[一二三四五六七八九十]期)?"
)


_ADDRESSED = re.compile(r"(?:贵|您|你)(?:公司|单位|企业|集团|团队)")
_ADVERB_BEFORE = re.compile(r"(?:[已将可再也还都均并曾即]|直接|提前|主动|及时|尽快|共同|积极)$")


def glued_place(body: str) -> int:
    """Length of a park, town or district written before a firm's name in ``body`` (0 if none).

    A legal name opens with at most its province, city and county, in that order; so a county or district
    followed (after an optional town) by a province or city (武进区礼嘉镇常州循源…, 高要区广东砚溪…) is the
    firm's location glued before its name, and so is any park or town.
    """
    table = regions()
    county = table.full.match(body)
    if county is not None:
        refs = table.by_name.get(county.group(), [])
        if refs and all(r.level == "county" for r in refs):
            pos = county.end()
            town = _TOWN_PREFIX.match(body, pos)
            if town is not None:
                pos = town.end()
            nxt = table.full.match(body, pos) or table.shorts.match(body, pos)
            if nxt is not None:
                higher = table.by_name.get(nxt.group(), []) + table.by_short.get(nxt.group(), [])
                if any(r.level in ("province", "city") for r in higher) and han_count(body[pos:]) >= 6:
                    return pos
    # 上海市上海某某半导体, 江苏省常州市常州某某, 湖南省长沙市湖南某某: a province and city, then a legal name opening
    # with one of them again
    pos, written = 0, []
    # (河北省廊坊市固安县固安某某: the county too, where the province or city comes first)
    while (higher := table.full.match(body, pos)) is not None and (
        higher.group().endswith(("省", "市", "自治区")) or (written and higher.group().endswith(("县", "区", "旗")))
    ):
        written.append(higher.group())
        pos = higher.end()
    if written and any(body.startswith(short_region_name(w), pos) for w in written) and han_count(body[pos:]) >= 6:
        return pos
    # 宣城市宁国市安徽某某…: a city and a county of it, then a legal name opening with the province
    after = table.full.match(body, pos) or table.shorts.match(body, pos)
    refs = (table.by_name.get(after.group(), []) + table.by_short.get(after.group(), [])) if after else []
    if len(written) >= 2 and any(r.level == "province" for r in refs) and han_count(body[pos:]) >= 6:
        return pos
    bare = _BARE_PARK.match(body)
    if bare is not None and table.leading_place(body[bare.end() :]) and han_count(body[bare.end() :]) >= 6:
        return bare.end()  # 经开区天津某某科技有限公司, 保税区西区天津…: the plan's own park, named by its kind
    region = table.shorts.match(body) or table.full.match(body)
    if region is not None and body.startswith("地区", region.end()) and han_count(body) - region.end() >= 6:
        return region.end() + 2  # 台湾地区沛昇光电股份有限公司: a region written as 地区 is not a legal name's start
    zone = _ZONE_BEFORE_PLACE.match(body)
    if zone is not None and han_count(body[zone.end() :]) >= 6:
        higher = table.full.match(body, zone.end()) or table.shorts.match(body, zone.end())
        refs = (table.by_name.get(higher.group(), []) + table.by_short.get(higher.group(), [])) if higher else []
        if any(r.level in ("province", "city") for r in refs):
            return zone.end()  # 火炬园厦门澜芯…, 火炬（翔安）产业区厦门天熠…: a zone's short name, then a legal name
    match = _GLUED_PLACE.match(body)
    if match is None:
        return 0
    rest = body[match.end() :]
    if _PARK_COMPANY.fullmatch(rest):
        return 0  # 绍兴滨海新区科创投资有限公司: a zone's own company, named after the zone
    brand, _ = _without_place_names(rest)
    return match.end() if han_count(rest) >= 4 and han_count(brand) >= 2 and not is_generic(brand) else 0


# Parts of speech of a word that may stand before a firm's province in the running text but never opens a legal
# name: prepositions, verbs, adverbs, pronouns and common nouns (为, 当地, 主体, 子公司, 评估机构), not place names.
_BEFORE_PROVINCE_TAGS = frozenset({"p", "v", "vn", "d", "r", "n", "f", "s", "c"})


# The end of a zone's name (PARK_SUFFIXES, and the pilot zones 先行区, 示范区, 试验区 that name no park alone)
_ZONE_WORDS = sorted({*PARK_SUFFIXES, "先行区", "示范区", "试验区"}, key=len, reverse=True)
_PARK_END = re.compile("(?:" + "|".join(_ZONE_WORDS) + ")")


def _province_opens(body: str, at: int, levels: tuple[str, ...] = ("province",)) -> bool:
    """Does a province (or another of ``levels``) open ``body[at:]``, with at least four characters of a name after
    it (海南某某医学…)?"""
    table = regions()
    place = table.leading_place(body[at:])
    refs = table.by_name.get(place, []) + table.by_short.get(place, []) if place else []
    return any(r.level in levels for r in refs) and han_count(body[at + len(place) :]) >= 4


# The writer's university, named by a word before one of its colleges or centres (学校计算机学院, 我校某某中心)
_OWN_SCHOOL = ("学校", "我校", "本校", "该校")
# One character that is a verb or preposition before a name, never the first character of a legal name whose city
# follows it (为杭州…, 由宁波…; not 和 or 向, which open names: 和林格尔, 向阳)
_LEAD_PREPOSITIONS = frozenset("为是由对把被将给让从在")


def _word_before_province(body: str) -> int:
    """Length of a word written before a legal name that opens with its province or city (为河北某某…, 当地安徽某某…,
    达茂旗内蒙古某某…, 第三方评估机构河北某某…, 委员单位珠海某某…, 某某先行区海南某某…), or 0: a legal name opens with
    its province or city, so one inside the body is where the name starts when what stands before it is an ordinary
    word, a place or a zone (not when it is part of the place that opens the body: 马鞍山某某)."""
    table = regions()
    if body[:1] in _LEAD_PREPOSITIONS and _province_opens(body, 1, ("province", "city", "county")):
        return 1  # 服务商为杭州某某有限公司, 由宁波某某…: a verb or preposition before a name opening with its city
    verb = word_tag(body[:2]) in ("v", "vn") and not table.leading_place(body)
    if verb and _province_opens(body, 2, ("province", "city", "county")):
        return 2  # 服务扬中某某阀门有限公司: a verb before a name opening with its county
    for park in _PARK_END.finditer(body, 0, 30):
        # 博鳌乐城国际医疗旅游先行区海南某某…: a zone (of any length) before the name, its location
        if _province_opens(body, park.end()):
            return park.end()
    opening = table.leading_place(body)
    for k in range(1, min(10, len(body) - 5)):
        if (opening and k < len(opening)) or not _province_opens(body, k, ("province", "city")):
            continue  # 马鞍山某某…: 鞍山 inside the place that opens the name starts nothing
        before = body[:k]
        if before in table.full or before in table.by_short or glued_place(body) == k:
            return k
        last = next((before[-n:] for n in (3, 2, 1) if n <= len(before) and word_tag(before[-n:])), "")
        if last and word_tag(last) in _BEFORE_PROVINCE_TAGS and not table.leading_place(before):
            return k
        return 0
    return 0


def _kind_of_firm(body: str) -> bool:
    """Ordinary words alone before 公司 (芯片设计, 检验检测和供应链服务) say what kind of firm, not which; a central
    state-owned firm is named so after 国家 or 中国 (国家电网公司), and a place opens a name."""
    words = re.sub(r"[和与及、]", "", body)
    return is_word_chain(words) and not body.startswith(("国家", "中国")) and not regions().leading_place(body)


# What a zone's own companies do (投资, 建设, 开发, 运营 …): with nothing else after the zone, the zone is the name.
_PARK_COMPANY = re.compile(r"(?:科创|科技|创新|投资|建设|发展|开发|运营|管理|控股|资产|城投|产业|实业|服务|集团)+")


_DESIGNATION = re.compile(
    r"高水平|一流|知名|重点|研究型|应用型|相关|合作|国内外|海内外|省内|市内|本地|各类|各级|驻|共建|联合|新型|地方|"
    r"高等|普通|职业|理工科|综合性|其他|有关|部属|省属|市属"
)


def university_proper(body: str) -> bool:
    """A university's own name: a province or city alone (四川, 山东) or a short run of ordinary words that is
    not a designation (电子科技, 中国农业), as long as no verb or level word is mixed in."""
    table = regions()
    if body in table.full or body in table.by_short:
        return True
    if len(body) == 2 and word_tag(body) in ("v", "vn", "a", "ad", "d"):
        return False  # 举办大学, 优秀大学: an act or a praise, not a name
    return 2 <= han_count(body) <= 6 and not _DESIGNATION.search(body) and not is_ordinary_phrase(body[:2] + "的")


# After a university or academy name, more name characters ending in an institute's suffix: one longer name.
_LEVEL_WORD = re.compile(r"(?:国家级|省级|市级|自治区级|区级|县级)")
_CONTINUES = re.compile(r"(?![和与及])[\u4e00-\u9fff]{2,16}?(?:研究所|研究院|分院|研究中心)")  # (和: a second name)
# A conjunct that is itself a thing (科技园, 孵化器, 生产线, 工作站 …) joins two names; it does not open one.
_THING_END = re.compile(r"(?:园|器|线|站|中心|基地|空间|实验室|平台|车间|工厂|院|所|大学|装置|设施|基金|机构)$")
# A platform's suffix inside a document's title (《某市重点实验室管理办法》) or before a firm's legal ending
# (某某孵化器管理有限公司): the words name a rule book or a company, not the platform.
_FIRM_ENDING_NEXT = re.compile(r"(?:运营|管理|服务|投资|发展|科技)*(?:有限责任公司|股份有限公司|有限公司)")
_COUNTED_NEXT = re.compile(
    r"(?:数量|总数)?(?:达到|达|超过|突破|新增|增至|增加到|累计)?\d+(?:\.\d+)?(?:家|个|所)"
    r"(?=$|[^\u4e00-\u9fff]|以上|左右|和|、)"  # (华为鲲鹏创新中心3个子平台 counts something else)
)
_MONEY_IN_BODY = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?元|给予|奖励|补助|资助|补贴")


def _in_book_title(text: str, start: int, end: int) -> bool:
    """Is ``start:end`` inside a 《…》 title that goes on after it (《某市重点实验室管理办法》)?"""
    opened = text.rfind("《", 0, start + 1)
    return opened >= 0 and text.find("》", opened) > end and "》" not in text[opened:start]


def _after_same_suffix(text: str, left: int, suffix_start: int, suffix: str) -> int:
    """A name never contains an earlier name with the same ending (孵化器潍坊蓝海科技企业孵化器): start after it."""
    tail = suffix[-3:]  # 科技企业孵化器 ends as 孵化器 does
    earlier = text.rfind(tail, left, suffix_start)
    return earlier + len(tail) if earlier >= 0 and suffix_start - (earlier + len(tail)) >= 2 else left


def glued_district(body: str, keep_city: bool = False) -> int:
    """Length of a county-level division or a town opening a platform's name (奎文区鸢飞众创空间 -> 奎文区):
    the platform is located there and named without it, as plans name it elsewhere. With ``keep_city`` a
    county-level city stays (a platform's official name opens with it; a project's does not)."""
    table = regions()
    match = table.full.match(body)
    refs = table.by_name.get(match.group(), []) if match else []
    if keep_city and match is not None and match.group().endswith("市") and refs:
        return 0  # 温岭市环保鞋材工程技术研究中心: a county-level city names its own platforms as a city does
    if match is None or not refs or not all(r.level == "county" for r in refs):
        town = _TOWN_PREFIX.match(body)
        if town is None:
            return 0
        end = town.end()
    else:
        end = match.end()
    rest = body[end:]
    return end if han_count(rest) >= 2 and not table.leading_place(rest) and is_named(rest) else 0


def _after_unopened_bracket(body: str) -> int:
    """Where a body starts again after a closing bracket it never opened (0 when every closer is matched)."""
    depth, cut = 0, 0
    for i, ch in enumerate(body):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth:
                depth -= 1
            else:
                cut = i + 1
    return cut


def is_generic(body: str) -> bool:
    """A body made only of level, category and function words (no place, no proper name) names nothing."""
    core = re.sub(r"[（）()]", "", body)
    return not core or bool(_GENERIC.match(core))


# 设置5个专业研究中心：先进金属材料研究中心、石化新材料研究中心…: a list the plan counts out names its items, each
# one unit, though its name is only a field and a kind (which 建设先进金属材料研究中心 alone would not make a name).
_COUNTED_BEFORE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)(?:个|家|所)[^，,。；;：:]{0,12}(?:中心|实验室|平台|基地|研究所)[：:]"
    r"(?:[^，,。；;：:、]{2,24}?[、和及])*$"
)


def is_named(body: str) -> bool:
    """A platform, university or park body that names one thing.

    A city or county in it names one (天门市生产力促进中心, 武汉纺织大学); a province or a level alone is a
    designation (湖北省重点实验室, 国家企业技术中心); with no place, the words left must not be ordinary
    ones (模具检测中心, 独立研发中心 say what kind, not which).
    """
    core = re.sub(r"[（）()]", "", body)
    if is_generic(core):
        return False
    rest, places = _without_place_names(core)
    rest = _LEVEL_WORDS.sub("", rest)
    if places:
        if rest and not _CATEGORY_ONLY.fullmatch(rest):
            return True
        if rest:
            return False  # 常德市重点中试基地: the city's key ones, a category
        table = regions()  # 吉林 is a province and a city: a park of 吉林 is named by the city
        refs = [r for p in places for r in table.by_name.get(p, []) + table.by_short.get(p, [])]
        return any(r.level in ("city", "county") for r in refs)
    rest = _GENERIC_STRIP.sub("", rest)
    return bool(rest) and not is_ordinary_phrase(rest) and not _GENERIC.match(rest)


def platform_level(name: str) -> str | None:
    """national / provincial / municipal, from the level word or the region a platform's name opens with."""
    for word, level in _LEVELS:
        if word in name[:8]:
            return level
    province = regions().full.match(name)
    if province:
        ref = regions().resolve(province.group())
        if ref is not None:
            return "provincial" if ref.level == "province" else "municipal"
    return None


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


_CAMPUS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
_BRANCH_AFTER = re.compile(r"分中心|分院|分所|分部|分基地|基地|研究院|实验室|中心")
# 香港科技大学 is named after its place, which the country list holds too
_CHINESE_SAR = re.compile(r"香港|澳门|台湾")
# What follows a country in a university's name that is no name of its own (印度理工学院, 澳大利亚国立大学).
_GENERIC_ABROAD = re.compile(r"国立|理工|联邦|皇家|科技大学|大学|学院")
_COMPASS_AREA = re.compile(r"^(?:华|东|西|南|北)(?:东|西|南|北|中)$")


def _seated_tail(name: str) -> int:
    """Where a listed university that ends ``name`` starts, when what stands before it is no place
    (并聘请|哈尔滨工业大学, 宜宾科创城内|四川轻化工大学, 骁途汽车和|龙岩学院): verbs, parks and partners the left walk
    kept are not the name's.
    A national academy opens its institutes' names the same way (好|中国科学院某某研究所). A place before it stays
    (广东|电子科技大学 may be a university of its own), and so does a listed whole name (杭州电子科技大学 holds
    电子科技大学)."""
    seats = university_seats()
    if name in seats:
        return 0
    for at in range(1, len(name) - 3):
        if name[at:] in seats or _ACADEMY_OPENS.match(name, at):
            before = name[:at]
            return 0 if before in ("中国", "国立") or regions().after_places(before) == "" else at
    return 0


# 甲方：某某市人民政府 / 乙方：某某大学, a party of an agreement named on a line of its own
_PARTY_LINE = re.compile(
    r"^[ \t\u3000]*([甲乙丙丁]方)[ \t\u3000]*[：:][ \t\u3000]*([^\s，,。；;：:]{4,40})[ \t\u3000]*$", re.M
)
_ACADEMY_OPENS = re.compile(r"中国[\u4e00-\u9fff]{0,6}?科学院|中科院")  # 为|中国科学院某某研究所


def _is_campus(word: str) -> bool:
    """Does a bracket after a university name a campus (华东, 北京, 东莞) rather than say something of it?"""
    return bool(_COMPASS_AREA.match(word)) or regions().resolve(word) is not None


# 国外高水平大学, 世界一流大学, 国家大学 (科技园): where or how good universities are, no one university
_RANK_ONLY = re.compile(r"(?:^|[和与及、])(?:国外|国内|境外|海外|世界|国际|国家|知名|一流|高水平|重点|双一流)+$")


# The rest of a list of chains a name stands in, up to what the list is (…及烟草配套、生物医药六条重点产业链)
_CHAIN_LIST_REST = re.compile(
    r"[^。；;，,：:]{0,30}?(?:[一二三四五六七八九十两\d]+[条个大])?(?:重点|主导|优势|特色)?(?:产业链|产业集群)"
)


# The rest of a numbered item that names a technology, with no verb a firm would be the subject of
_TECH_ITEM = re.compile(
    r"(?![^，,。；;]*(?:开展|突破|攻克|研发|实施|建设|牵头|联合|承担|完成|建成|实现|推进|新建))"
    r"[\u4e00-\u9fff、与和及]{1,30}?(?:技术|工艺)(?:研究|开发)?"
)


class OrganisationFinder:
    """Runs the organisation rules over one sentence at a time, remembering names across the document."""

    def __init__(self) -> None:
        self.short_forms: dict[str, str] = {}  # short form -> canonical full name (Enterprise)
        self._short_index: dict[str, list[str]] = {}  # first two characters -> short forms (see _shorts_in)
        self._short_index_size = -1
        self.known: dict[str, str] = {}  # name -> type, for later cues and boundaries
        self.declared: dict[str, tuple[str, str]] = {}  # （以下简称“X”）: X -> (type, full name)

    def declare_parties(self, text: str) -> None:
        """甲方：某某市人民政府 / 乙方：太原理工大学 heading an agreement: wherever the agreement then says 乙方
        (依托乙方某某重点实验室) it means that university or firm, as a declared short form does."""
        for match in _PARTY_LINE.finditer(text):
            name = clean_name(match.group(2))
            for etype, pattern in (("University", _UNIVERSITY_RE), ("Enterprise", _LEGAL_RE)):
                suffix = next((m for m in pattern.finditer(name) if m.end() == len(name)), None)
                if suffix is not None and suffix.start() >= 2:
                    self.declared.setdefault(match.group(1), (etype, name))
                    break

    # -- full names ----------------------------------------------------------------------------------------
    def _named(
        self, text: str, base: int, pattern: re.Pattern[str], etype: str, spans: list[tuple[int, int]], block
    ) -> list[Mention]:
        found = []
        for match in pattern.finditer(text):
            s, e = match.span()
            suffix = match.group()
            if _covered(spans, s, e):
                continue
            after = text[e : e + 2]
            bracketed = after[:1] in (")", "）") and text[s - 1 : s] in ("(", "（")
            kind_word = after[:1] in ("化", "制", "债")
            if etype == "Enterprise" and (kind_word or bracketed or re.match(r"有限|股份", after)):
                continue  # 公司化, 公司制; 集团 inside 实业（集团）有限公司 (a name before a closing bracket is one)
            left = left_edge(text, clause_start(text, s), s, spans)
            left = _after_same_suffix(text, left, s, suffix)
            if etype in ("Platform", "University") and suffix.endswith(("研究所", "研究院")):
                # 中国地质科学院矿产综合利用研究所: an academy's institute is named whole, cut words (利用) and all
                academy = _ACADEMY_BEFORE.search(text, clause_start(text, s), s)
                if academy is not None and academy.start() < left and not _NOT_IN_INSTITUTE.search(academy.group(1)):
                    left = academy.start()
            district = 0  # a county opening a platform's name, cut from it (glued_district)
            if etype == "Platform" and suffix in _BRANCH_SUFFIXES:
                # 粤西…广东省实验室徐闻分中心: a branch is named after its parent, found just before it.
                parent = next((a for a, b in spans if b == left and _PARENT_END.search(text[a:b])), None)
                if parent is not None and han_count(text[left:s]) <= 10:
                    left = parent
            if etype == "Enterprise":
                # a run of places (某某高新区白洋工业园浙江某某…): each glued before the next, then the name; a word
                # before the places (为海盐县浙江某某…) is cut first
                before_places = _word_before_province(text[left:s])
                if before_places and glued_place(text[left + before_places : s]):
                    left += before_places
                while glued := glued_place(text[left:s]):
                    left += glued
                    if text[left : left + 1] in MIDDLE_DOTS and glued_place(text[left + 1 : s]):
                        left += 1  # 黄石经开区·铁山区湖北某某: a zone and its district, written as one place
                left += _word_before_province(text[left:s])
                inner_mongolia = regions().leading_place(text[left:s]).startswith("内")  # 内蒙古某某: a province
                inside = text[left : left + 1] in ("内", "里") and not inner_mongolia
                if inside and regions().leading_place(text[left + 1 : s]):
                    left += 1  # 东海岛石化产业园区内广东某某石化有限公司: 内 says where, the name opens with 广东
                # 对接哈尔滨市哈药集团: a group named without its legal form is named by its brand; a full division
                # written before it is where it is (a legal name may open with its city, a brand not)
                place = regions().full.match(text, left) if text[s:e] == "集团" else None
                brand = text[place.end() : s] if place is not None else ""
                if han_count(brand) >= 2 and not regions().leading_place(brand):
                    left = place.end()
            elif etype == "Platform":
                district = glued_district(text[left:s], keep_city=True)
                left += district
            body = text[left:s]
            # (参与中试基地建设: 与 ends the verb 参与, it joins nothing)
            joined = text[left - 1 : left] in ("与", "和", "及") and text[left - 2 : left] not in CUT_WORDS
            inner_and = etype == "Platform" and text[left - 1 : left] == "与"  # 安全与热管理重点实验室
            # 宁波甬和压铸科技有限公司: a body of trade words only (压铸科技) has no 字号, so the 和 is inside the name
            tradeless = (
                etype == "Enterprise"
                and joined
                and is_word_chain(body)
                and self._one_character_before(text, clause_start(text, s), left - 1, spans)
            )
            # (可直接与研究院联系, 提前与概念验证中心对接: after an adverb, 与 and the kind alone stand for one named
            # before; no name runs on to the left of it, as it does in 中国科学院…技术创新与育成中心)
            adverb = not body and _ADVERB_BEFORE.search(text, max(0, left - 4), left - 1) is not None
            if joined and not adverb and (inner_and or tradeless or not self._body_ok(etype, body, suffix)):
                # 储能材料与器件重点实验室: a conjunction inside the name, not before it (but 科技园和孵化器,
                # 生产线及研发中心 join two things).
                wider = left_edge(text, clause_start(text, s), left - 1, spans)
                conjunct = text[wider : left - 1]
                if han_count(conjunct) < 2:
                    conjunct = ""  # ，与西工大兴平研究院 / 参与…联合体: 与 opens the clause, a preposition, not a joint
                # (依托乙方轻合金成形与加工…中心: a party opening the conjunct names the host, not a partner)
                own = conjunct[2:] if conjunct[:2] in self.declared else conjunct
                named = any(k in own for k in (*self.known, *self.short_forms) if len(k) >= 2)
                named = named or _BUSINESS_RE.search(conjunct[-2:]) is not None  # 京山轻机和格林美…中心: two firms'
                place_partner = conjunct in regions().full  # 雷州市与X共建: partners
                if (
                    conjunct
                    and self._body_ok(etype, text[wider:s], suffix)
                    and not _THING_END.search(conjunct)
                    and not named
                    and not place_partner
                ):
                    left, body = wider, text[wider:s]
                    if etype == "Enterprise":  # 支持某某高新区某某瑞和生物…: the widened name may open with a place too
                        glued = glued_place(body)
                        left, body = left + glued, body[glued:]
            if etype in ("Platform", "University"):
                # 某某海洋科技有限公司（以下简称某某海洋）与某某实验室共建…: a closing bracket with no opening one
                # ends what came before; 园区与某某实验室共建: a generic partner before 与 is no part of the name
                cut = _after_unopened_bracket(body)
                # (温岭市人民政府与, 本地院校和: the partner may be named with its place or a word before it)
                joint = max(_GENERIC_PARTNER.finditer(body, cut), key=lambda m: m.end(), default=None)
                if joint is not None:
                    cut = joint.end()
                elif cut and body[cut : cut + 1] in ("与", "和", "及"):
                    cut += 1
                left, body = left + cut, body[cut:]
            if etype == "Platform" and body[:2] in self.declared and self.declared[body[:2]][0] != "Platform":
                left, body = left + 2, body[2:]  # 依托乙方某某重点实验室: the party (a university) is its own
            if etype == "Platform":
                # 闲置楼宇改造为众创空间, 市科技局联系省实验室: a verb inside the span ends what came before the name
                verb = max(_LINKING_VERB.finditer(body), key=lambda m: m.end(), default=None)
                if verb is not None:
                    left, body = left + verb.end(), body[verb.end() :]
                # 运营于都纺织服装众创空间: the 于 the left edge stopped at opens a place (于都), not a preposition
                place = regions().leading_place(text[left - 1 : s]) if text[left - 1 : left] == "于" else ""
                if len(place) >= 2 and not regions().leading_place(body):
                    left, body = left - 1, text[left - 1 : s]
            if (etype == "Platform" or suffix in ("研究院", "研究所")) and _PROJECT_AFTER.match(text, e):
                continue  # 实施某某研发中心建设项目: the project's name, not a platform of its own
            if etype == "Platform" and (_FIRM_ENDING_NEXT.match(text, e) or _in_book_title(text, left, e)):
                continue
            if etype == "University" and (
                _FIRM_ENDING_NEXT.match(text, e)
                or (text[e : e + 1] == "生" and not is_common_word(text[e : e + 2]))  # (西北大学生命科学学院)
            ):
                continue  # 某某船舶设计研究院有限公司 is a firm; 大学生 are students
            if etype == "Platform" and _COUNTED_NEXT.match(text, e):
                continue  # 武鸣区中试基地达到5家, 公共中试平台2个以上: a kind counted, not one platform named
            if etype in ("Platform", "University", "Enterprise"):
                partner = self._partner_end(body)
                if etype == "Enterprise" and partner and not regions().leading_place(body[partner:]):
                    partner = 0  # 禾森联合重工有限公司 is one name; 星穹卫星联合西安星航测控…: a partner, then a name
                left, body = left + partner, body[partner:]
            if etype == "Platform" and left >= 3 and text[left - 1] in "—－–":
                # 南开大学—瑞禾生物创新药物联合研究中心: the dash joins the two partners inside one name
                wider = left_edge(text, clause_start(text, s), left - 1, spans)
                if han_count(text[wider : left - 1]) >= 3 and _PARTNER_END.search(text[wider : left - 1]):
                    left, body = wider, text[wider:s]
                elif place := place_before_dash(text, left):
                    # 南宁—曼谷科技创新离岸孵化器: two cities joined by the dash name the platform
                    left -= len(place) + 1
                    body = text[left:s]
            longer = _CONTINUES.match(text, e) if etype in ("University", "Platform") else None
            if longer is not None and (_verb_inside(text[e : longer.end()]) or text[e : e + 1] in ("是", "系")):
                longer = None  # 某某工程技术研究中心今年认定为市级工程技术研究中心: a sentence goes on, no longer name
                # (某某工程技术研究中心是市级工程技术研究中心: the copula says what it is)
            if longer is not None and not any(e <= ts < longer.end() for ts, _ in spans):
                continue  # 中国科学院|宁波材料技术与工程研究所: the longer name ends later (unless a name found
                # already starts in between: 支持浙江大学建设|嘉兴材料研究院)
            if etype == "Enterprise" and re.search(r"公司(?:和|与|及|、)", body):
                continue  # 三级子公司和专业化平台公司: two kinds of company, no name
            branch = etype == "Enterprise" and text[max(0, left - 2) : left] == "公司" and body.endswith("分")
            if branch and regions().leading_place(body) == body[:-1]:
                # 某某有限公司嘉兴分公司: a branch named by its place alone; the firm before it is who acts, so its
                # mention reaches over the branch (a platform the branch builds is the firm's)
                parent = next((m for m in found if m.end == base + left and m.type == "Enterprise"), None)
                if parent is not None:
                    parent.end = base + e
                    spans.append((left, e))
                continue
            # 高新区国有平台公司: whose the company is (the zone, the city) does not make a kind a name
            kind_body = _OWNING_ZONE.sub("", body)
            if (
                etype == "Enterprise"
                and suffix in ("公司", "集团", "集团公司")
                and _COMPANY_KIND.search(body)
                and (is_word_chain(kind_body) or is_word_chain(kind_body[:-1]) or han_count(kind_body) == 1)
                and not regions().leading_place(body)
            ):
                # 国有平台公司, 大型发电集团, 融资租赁公司, 子公司: a kind of company, no 字号; a legal name written
                # after it (国有平台公司某某集团有限公司) opens after it
                spans.append((left, e))
                continue
            if etype == "Enterprise" and body.endswith("上市"):
                continue  # 本地上市公司, 拟上市公司: a kind of company, no name
            if (
                etype == "Enterprise"
                and suffix in ("公司", "集团")
                and (
                    (len(body) == 2 and word_tag(body) in ("p", "d", "c", "r"))  # (联想集团: a verb may be a brand)
                    or word_tag(body[-2:]) in ("p", "c")  # (研发投入按照集团…: a preposition ends no name)
                    or _BOUND_IN_BODY.search(body)
                )
            ):
                continue  # 按照集团合并报表, 该公司; 获授股票不超过公司总股本: the company spoken of, no name
            spoken = _COMPANY_SPOKEN_OF.search(body) if etype == "Enterprise" and suffix == "公司" else None
            if spoken is not None:
                spans.append((left + spoken.start(), e))  # (联合中国中车相关子公司: the group before is named)
                continue  # 3个月内完成公司注册, 某某计算全资子公司: a company spoken of, not named
            level_word = _LEVEL_WORD.match(text[left:s]) if etype == "Platform" else None
            if level_word is not None and self._body_ok(etype, text[left + level_word.end() : s], suffix):
                level_text = level_word.group()
                left += level_word.end()  # 省级岷江动力院士专家工作站: the level is the platform's, not its name
                body = text[left:s]
            else:
                level_text = ""
            if etype == "University" and text[left] == "环" and text[left + 1 : e] in university_seats():
                left += 1  # 环中北大学创新生态圈: around the university, which is the name
                body = text[left:s]
            colleges = body.rfind("高校") if etype == "University" else -1
            if colleges >= 0 and han_count(body[colleges + 2 :]) >= 2:
                if suffix == "学院" and not regions().leading_place(body[colleges + 2 :]):
                    continue  # 高校人工智能学院: the colleges' schools of a field, no one college
                left += colleges + 2  # 驻区高校甘肃林业职业技术学院, 在银高校宁夏大学: the word for colleges, then one
                body = text[left:s]
            campus = _CAMPUS.match(text, e) if etype in ("University", "Platform") else None
            if etype == "Platform" and campus is not None and _BRANCH_AFTER.match(text, campus.end()):
                campus = None  # 陕西省…创新中心（榆林）分中心: the bracket is inside a longer name, found on its own
            if campus is not None and _is_campus(campus.group(1)):
                # 中国石油大学（华东）, 香港城市大学（东莞）: the campus is part of the name; so is a national
                # platform's branch (国家…检验检测中心（重庆）), which a table names whole
                e = campus.end()
            abroad = countries().match(text, left) if etype == "University" else None
            proper = abroad is not None and s - abroad.end() >= 2 and not _GENERIC_ABROAD.match(text, abroad.end())
            if abroad is not None and proper and not _CHINESE_SAR.match(abroad.group()):
                left = abroad.end()  # 泰国朱拉隆功大学: the country is where it is, not part of its name
                body = text[left:s]
            if etype in ("University", "Platform"):
                seated = _seated_tail(text[left:e])
                left, body = left + seated, text[left + seated : s]
            if etype in ("Platform", "University") and text.startswith(_OWN_SCHOOL, left) and s - left >= 4:
                left, body = left + 2, body[2:]  # 学校材料科学与工程学院: the writer's university, then its college
            name = clean_name(text[left:e])
            qualified = etype == "University" and body in ("省", "市") and suffix in LEVEL_QUALIFIED
            # (an item of a counted list is one unit even when its name is a field and a kind)
            counted = (
                etype == "Platform"
                and _COUNTED_BEFORE.search(text, max(0, left - 80), left) is not None
                and (han_count(body) >= 4 or (han_count(body) == 3 and not is_generic(body)))
                and not body.startswith(("企业", "高校", "院所", "新型", "公共"))  # 高校新型研发中心: a kind of owner
            )
            if not qualified and not counted and not self._body_ok(etype, body, suffix):
                continue
            kind = etype
            if etype == "Platform" and re.search(r"科学院|中科院", body) and suffix.endswith(("研究所", "研究院")):
                kind = "University"  # an academy's institute
            elif etype == "Platform" and suffix == "研究院" and _ESTABLISHED_INSTITUTE.search(name):
                kind = "University"  # 常德市农林科学研究院: a discipline's standing institute, not a platform
            if (
                etype == "University"
                and suffix in ("研究所", "研究院")
                and han_count(body) < 4
                and not re.search(r"科学院|中科院|大学|学院", body)
            ):
                continue
            attrs: dict[str, Any] = {}
            if kind == "University":
                attrs["kind"] = UNIVERSITY_SUFFIXES.get(suffix, "institute")
            elif kind == "Platform":
                attrs["kind"] = PLATFORM_SUFFIXES[suffix]
                if district:
                    # 杜尔伯特县肉牛精深加工产业技术研究院: named without its county, the written form kept as an alias
                    attrs["aliases"] = [clean_name(text[left - district : e])]
                level = platform_level(level_text + name)
                if level:
                    attrs["level"] = level
            # 中国地质科学院 read before 中国地质科学院矿产综合利用研究所: the academy is part of its institute's name
            found = [
                m for m in found if not (m.type == kind == "University" and base + left <= m.start < m.end <= base + e)
            ]
            found.append(Mention(kind, name, base + left, base + e, block, attrs))
            spans.append((left, e))
            self.known[name] = kind
        return found

    @staticmethod
    def _one_character_before(text: str, clause: int, at: int, spans: list[tuple[int, int]]) -> bool:
        """Is what stands before a 和 (places aside) one character, the first of a 字号 (宁波甬和压铸科技)? 比亚迪和,
        嘉兴禾森与, a park and 和 name something of their own."""
        conjunct = regions().after_places(text[left_edge(text, clause, at, spans) : at], keep=1)
        return han_count(conjunct) == 1 and not regions().leading_place(conjunct)

    def _partner_end(self, body: str) -> int:
        """Where a partner named before 联合 ends (晋鸿集成联合|芯谷研究院, 鸿步体育联合|四川大学): the firm works with
        the platform or university, it is no part of its name. 固态储氢联合实验室 keeps its 联合: nothing follows it."""
        at = body.rfind("联合")
        if at < 2 or han_count(body[at + 2 :]) < 2:
            return 0
        partner = body[:at]
        named = any(partner.endswith(k) for k in (*self.known, *self.short_forms) if len(k) >= 2)
        return at + 2 if named or _BUSINESS_RE.search(partner[-2:]) else 0

    @staticmethod
    def _body_ok(etype: str, body: str, suffix: str) -> bool:
        """Does the text before the suffix name one organisation (not a kind, a level or a designation)?"""
        if han_count(body) + sum(c.isalnum() for c in body if c.isascii()) < 2:
            return False
        if etype == "University" and PROGRAMME_COLLEGE.search(body + suffix):
            return False  # 信创现代产业学院, 卓越工程师学院: a university's programme, not a university
        if etype == "University" and suffix == "大学" and (body.endswith("环") or _RANK_ONLY.search(body)):
            return False  # 雁塔区环大学创新带: around the universities; 国外高水平大学: a rank of universities
        if (
            etype == "University"
            and suffix in ("大学", "学院", "科学院", "农业大学")
            and university_proper(body)
            and (han_count(body) >= 4 or not is_generic(body))
        ):
            return True  # 四川大学, 电子科技大学: a university's name may be a province or ordinary words
        if is_generic(body):
            return False
        if etype == "Enterprise" and suffix in ("公司", "企业", "集团") and body[-1] in "贵您你我们本该此":
            return False  # 建议贵公司, 感谢您公司, 我们公司: the firm a reply is written to or a speaker's, not named
        if etype == "Enterprise" and suffix == "公司" and _kind_of_firm(body):
            return False  # 一家芯片设计公司, 检验检测和供应链服务公司: a kind of firm, none named
        if _ADDRESSED.search(body):
            return False  # 可为贵公司研发中心提供配套: the addressee's own centre, named by no one
        if etype == "Enterprise" and suffix == "集团" and (_TECH_LEAD.search(body) or industries().lookup(body)):
            return False  # 打造有机硅和硅基新材料集团: a kind of group the plan wants, no firm named
        if etype == "Platform" and _MONEY_IN_BODY.search(body):
            return False  # 按每家5万元给予孵化器奖励: a reward, no name
        if etype in ("Platform", "University") and _KINDS_JOINED.search(body):
            return False  # 区域总部和研发中心, 创新联合体和产业技术创新联盟: two kinds of thing, no name
        if etype == "Platform" and suffix == "工业互联网平台" and _NOT_AN_INTERNET_PLATFORM.search(body):
            return False  # 仓储管理系统和工业互联网平台, 接入煤矿工业互联网平台, 某某有限公司工业互联网平台
        if etype == "Platform" and _FIELD_ONLY_SUFFIX.search(suffix) and _field_only(body):
            return False  # 氢能联合实验室, 光伏技术研发中心: a field and a kind, no place, owner or brand
        if etype == "Platform" and suffix == "加速器" and _PHYSICS_ACCELERATOR.search(body):
            return False  # 高能电子加速器, 离子源与加速器: a machine, not a start-up accelerator
        rest = body[len(regions().leading_place(body)) :]
        if etype == "Platform" and suffix.endswith("创新中心") and rest and _AIMED_HUB.fullmatch(rest):
            return False  # 粤港澳大湾区国际科技创新中心, 湘南地区科技创新中心: what a region aims to be, not a platform
        if etype == "Platform" and not suffix.endswith(("研究院", "研究所")) and _REGION_ONLY.fullmatch(body):
            return False  # 粤港澳大湾区中试平台, 皖北地区中试平台, 东北区域研发中心: a region's kind, no one platform
        if (
            etype == "Platform"
            and _COUNT_LEAD.match(body)
            and not suffix.endswith(("研究院", "研究所"))
            and not regions().leading_place(body)
        ):
            return False  # 十大新兴产业中试基地: a count of kinds (五大连池 is a place)
        kinds = etype == "Platform" or suffix in ("研究院", "研究所")
        if etype == "Platform" and suffix == "技术中心" and not _FIRM_END.search(body):
            return False  # 某某股份有限公司技术中心 is a firm's centre; 市信息技术中心 is an office
        if etype == "Platform" and PLATFORM_SUFFIXES[suffix] in _DESIGNATIONS:
            left, places = _without_place_names(body)
            if places and not _LEVEL_WORDS.sub("", left):
                return False  # 射阳县企业技术中心: the title a county's platforms hold, not one of them
        if kinds and re.fullmatch(r"[市省县区]?级", rest):
            return False  # 泉州市级工程技术研究中心: the place's level, then the kind
        designation = _KIND_WORD.match(rest) if kinds else None
        if designation is not None and (designation.end() == len(rest) or is_generic(rest[designation.end() :])):
            return False  # 泉州市级工程技术研究中心 counts a kind; 北京国际科技创新中心 is a city's designation
        if etype == "University" and re.search(r"(?:科学院|中科院|大学|学院)[\u4e00-\u9fff]{2,}$", body):
            return True  # 中国科学院电工研究所: an academy's or university's institute names itself
        if suffix == "研究院" and _ESTABLISHED_INSTITUTE.search(body + suffix):
            return True  # 中国水产科学研究院: a national standing institute, named by its discipline after 中国
        return etype not in ("Platform", "University") or is_named(body)

    def full_names(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        """Platforms first (their suffixes contain university words), then universities, then firms."""
        # A declared short form inside its aside (（以下简称钢铁新材料研究院）) is read with its full name, not alone.
        spans.extend(m.span() for m in DECLARED_ASIDE.finditer(text))
        out = self._named(text, base, _PLATFORM_RE, "Platform", spans, block)
        if block is not None and ENTRY_FIELD.match(block.text.lstrip()):
            # 建设内容：建设智能化育苗温室、组培实验室及种苗检测中心: a project's facilities, in ordinary words or
            # listed with its buildings, are no platforms of their own
            out = [m for m in out if not _facility(m.name)]
        for m in out:
            branch = _UNIVERSITY_BRANCH.fullmatch(m.name)
            if branch is not None and regions().leading_place(branch.group(2)) == branch.group(2):
                m.type = "University"  # 哈尔滨工程大学烟台研究院: a university's institute in a city, no field named
                m.attrs = {"kind": "institute"}  # a platform's kind and level are no university's properties
        universities = self._named(text, base, _UNIVERSITY_RE, "University", spans, block)
        ends = {m.end for m in universities if m.name.endswith(("大学", "学院"))}
        # 重庆大学光电工程学院: a university's school of a discipline is a part of it, no institution of its own (a
        # branch named by its place, 北京科技大学顺德创新学院, is one)
        # (湖北文理学院汽车与交通工程学院: the school's two disciplines joined by 与, which cut its name short)
        school_at = ends | {
            m.start
            for m in universities
            for e in ends
            if 0 < m.start - e <= 8 and _JOINED_DISCIPLINE.fullmatch(text, e - base, m.start - base)
        }
        # …机械工程及自动化学院、电气工程与自动化学院等院系: the next school of a list, its disciplines joined too
        school_at |= {
            m.start
            for m in universities
            if han_count(m.name) <= 5 and _LISTED_SCHOOL.search(text, max(0, m.start - base - 8), m.start - base)
        }
        out += [
            m
            for m in universities
            if not (m.start in school_at and m.name.endswith("学院") and not regions().leading_place(m.name))
        ]
        firms = self._named(text, base, _LEGAL_RE, "Enterprise", spans, block)
        for firm in firms:
            for short in derived_short_forms(firm.name):
                self.short_forms.setdefault(short, firm.name)
        for mention in out + firms:
            if mention.name in self.declared:  # 华拓集团, declared before as the short form of a full name
                mention.attrs["alias_of"] = self.declared[mention.name][1]
                continue
            for short in declared_shorts(text, mention.end - base):
                self.declared[short] = (mention.type, mention.name)
                mention.attrs.setdefault("aliases", []).append(short)
                if mention.type == "Enterprise":
                    self.short_forms[short] = mention.name
        return out + firms

    # -- short forms ---------------------------------------------------------------------------------------
    @staticmethod
    def _brand_ok(brand: str) -> bool:
        """The part of a short name before its business word: a proper name, not ordinary words."""
        if not 2 <= len(brand) <= 4 or han_count(brand) != len(brand) or is_generic(brand) or brand[0] in CUT_WORDS:
            return False
        if _COMMON_IN_BRAND.search(brand) or _verb_inside(brand):
            return False
        return not is_ordinary_phrase(brand) and not (len(brand) >= 3 and is_common_word(brand[:2]))

    @staticmethod
    def _introduced(text: str, start: int) -> bool:
        before = text[:start]
        if not before or before[-1] in "，,。；;：:（(“\n 、" or ITEM_MARK.fullmatch(before):
            return True
        return any(before.endswith(w) for w in _INTRODUCERS)

    def _business_word_names(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """天门纺机, 益泰药业, 深紫科技: a brand and a business word, where plans introduce firms."""
        item = ITEM_MARK.match(text)
        found = []
        for match in _BUSINESS_RE.finditer(text):
            s, e = match.span()
            while (more := _FIRM_FINAL_RE.match(text, e)) is not None:
                e = more.end()  # 科苑生物药业: a firm's own ending after a business word
            opens_item = item is not None and s - item.end() <= 4  # 4.科苑生物药业新建…: anything may follow
            if opens_item and re.match(r"^(?:城|园|中心|基地|产业|区|平台)", text[e:]):
                opens_item = False  # 天园光谷科技城: a park, not a firm
            if opens_item and _OWNER_IN_BRACKETS.match(text, e):
                continue  # 30. 钠离子电池…研究（湖北某某科技股份有限公司）: a project's title, its owner after it
            if opens_item and _TECH_ITEM.fullmatch(text, e, clause_end(text, e)):
                continue  # 3．废杂铜智能分选与杂质元素深度脱除技术；: an item of a list of technologies, no firm
            firm_after = _FIRM_AFTER.match(text[e : e + 5]) is not None
            if not (_FIRM_NEXT.match(text[e : e + 4]) or e == len(text) or opens_item):
                continue
            if not opens_item and _CATEGORY_NEXT.match(text[e : e + 6]):
                continue  # 天门农机生产企业: the trade of a place's firms, not one firm
            if not opens_item and not firm_after and not self._firm_context(text, s, e):
                continue  # 含硅新材料；, 灌封新材料等电子化学品, 联网通信、…: products, not firms
            place_start = next(
                (s - n for n in (4, 3, 2) if s - n >= 0 and len(regions().leading_place(text[s - n : s])) == n), None
            )
            for length in (4, 3, 2):
                start = s - length
                if start < 0 or not self._brand_ok(text[start:s]):
                    continue
                if place_start is not None and start < place_start:
                    continue  # 高端泵阀|天门泵业: a brand that is a place starts the name
                if straddles_cut(text, start):
                    continue  # 对接深创投: 接深 is no brand, 对接 is a verb
                introduced = (
                    self._introduced(text, start)
                    or (opens_item and start == item.end())
                    or (firm_after and start >= 2 and is_common_word(text[start - 2 : start]))
                )
                if introduced and not industries().lookup(text[start:e]) and not _overlaps(spans, start, e):
                    found.append((start, e))
                break
        return found

    @staticmethod
    def _firm_context(text: str, s: int, e: int) -> bool:
        """Does the text around a business-word name say firm? Needed because product phrases end in the same words.

        A strong business word (药业, 纺机, 股份) says firm by itself unless the list it stands in ends in a
        non-firm noun (…等产品). A weak one (新材料, 电子, 通信, 精密), which ends product phrases as often as firm
        names, needs a list that ends in 等企业 or a firm's verb right after it (新建, 年产, 牵头 …).
        """
        tail = list_tail(text, e)
        if tail is not None:
            return bool(_FIRM_LIST_TAIL.match(tail))
        if _products_beside(text, s, e):
            return False  # 数控机床、木工机械、注塑装备: an item among products is a product
        weak = _WEAK_BUSINESS.fullmatch(text[s:e]) is not None
        if not weak:
            return True
        verb = _FIRM_VERB_NEXT.match(text[e : e + 4])
        if verb is not None and verb.group() in ("与", "和"):
            # 澜沣电池和北航共建…: a partner; 钠离子电池和电池包结构…技术: the next item of a list of products
            return re.search(r"共建|合作|联合|共同|签署|签约|携手", text[e : e + 24]) is not None
        return verb is not None

    def _cue_names(self, text: str) -> list[tuple[int, int]]:
        """以…为龙头, …等企业, 支持…建设…实验室: cues only firms take."""
        candidates: list[tuple[int, int]] = []
        # The cues hold 为 and the lists 等; without them the lazy name patterns need not try every position.
        for pattern in _ENTERPRISE_CUES if "为" in text else ():
            candidates += [m.span(1) for m in pattern.finditer(text)]
        candidates += [m.span(1) for m in _VERB_CUE.finditer(text)]
        lists = (
            (
                *(m for m in _LIST_BEFORE_FIRMS.finditer(text) if not _trades_listed(m.group(1))),
                *_COURTED_LIST.finditer(text),
            )
            if "等" in text
            else ()
        )
        trade_lists = _COURTED_TRADE_LIST.finditer(text) if "等" in text else ()
        for match in trade_lists:
            parts = re.split(r"[、和及]", match.group(1))
            if len(parts) >= 2 and not any(is_word_chain(p) or industries().pattern.search(p) for p in parts):
                lists = (*lists, match)
        for match in lists:
            offset = 0
            for part in re.split(r"[、和及]", match.group(1)):
                pos = match.group(1).index(part, offset)
                offset = pos + len(part)
                candidates.append((match.start(1) + pos, match.start(1) + pos + len(part)))
        out = []
        for s, e in candidates:
            s = max(s, left_edge(text, s, e))
            if self._cue_ok(text[s:e]):
                out.append((s, e))
        return out

    def _shorts_in(self, text: str) -> list[str]:
        """The known short forms ``text`` may hold, longest first: those whose first two characters it holds (an
        index rebuilt when forms are added), so a sentence is not searched for each of a plan's many forms."""
        if self._short_index_size != len(self.short_forms):
            self._short_index = {}
            for short in self.short_forms:
                self._short_index.setdefault(short[:2], []).append(short)
            self._short_index_size = len(self.short_forms)
        if len(self._short_index) < len(text):  # few forms: ask the text for each form's first pair
            found = [s for pair, shorts in self._short_index.items() if len(pair) == 2 and pair in text for s in shorts]
        else:
            pairs = {text[i : i + 2] for i in range(len(text) - 1)}
            found = [short for pair in pairs & self._short_index.keys() for short in self._short_index[pair]]
        return sorted((short for short in found if short in text), key=lambda short: (-len(short), short))

    def short_names(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        found: list[Mention] = []

        def add(start: int, end: int, cue: str) -> None:
            if _overlaps(spans, start, end):
                return
            name = clean_name(text[start:end])
            if self.known.get(name, "Enterprise") != "Enterprise":
                return
            if cue != "alias" and _not_a_short_form(name):
                return
            found.append(Mention("Enterprise", name, base + start, base + end, block, {"cue": cue}))
            spans.append((start, end))
            self.known[name] = "Enterprise"

        # Short forms the plan declared (（以下简称“中物院”）) for platforms and universities.
        for short, (etype, full) in self.declared.items():
            if etype == "Enterprise":
                continue
            for s, e in occurrences(short, text):
                if not _overlaps(spans, s, e) and text[e : e + 1] != "”":
                    found.append(
                        Mention(etype, short, base + s, base + e, block, {"alias_of": full}, rule="name.declared-short")
                    )
                    spans.append((s, e))
        # Known short forms (derived from full names, declared, or confirmed by a cue earlier in the corpus).
        for short in self._shorts_in(text):
            for s, e in occurrences(short, text):
                declared = short in self.declared
                if _FIRM_NEXT.match(text[e : e + 4]) or e == len(text) or (declared and text[e : e + 1] != "”"):
                    add(s, e, "alias")
                    if declared and found and found[-1].name == short:
                        found[-1].attrs["alias_of"] = self.declared[short][1]
        for start, end in self._business_word_names(text, spans):
            if _BARE_PARK.match(text[end : end + 8]):
                continue  # 北湖科技开发区, 光谷生物城: a park named after the words, not a firm
            if _CHAIN_LIST_REST.match(text, end):
                continue  # 围绕…、高原特色农业及烟草配套、生物医药六条重点产业链: an item of a list of chains
            add(start, end, "business-word")
        for start, end in self._cue_names(text):
            add(start, end, "cue")
        for start, end in known_firms_in(text):
            add(start, end, "known")
        for mention in found:
            self.short_forms.setdefault(mention.name, mention.name)
        return found

    def _cue_ok(self, name: str) -> bool:
        if not 2 <= len(name) <= 8 or han_count(name) < 2 or is_generic(name):
            return False
        if industries().lookup(name) is not None or regions().resolve(name) is not None:
            return False
        if re.search(r"\d|[一二三四五六七八九十]个", name) or _PLATFORM_RE.search(name) or _UNIVERSITY_RE.search(name):
            return False
        if re.search(r"高校|院所|^[美欧日韩英法德俄中亚非]+$", name) or _REGION_ONLY.fullmatch(name):
            return False  # 驻并高校院所, 欧美日韩, 长三角、珠三角等: institutions in general, countries, regions
        core = _BUSINESS_RE.sub("", name) or name
        if _COMMON_IN_BRAND.search(core[:2]) or re.search(
            r"产业|领域|企业|体系|机制|环节|方面|链|团队|资金|资本|生产力|品牌", name
        ):
            return False
        if is_ordinary_phrase(name) or is_ordinary_phrase(core):
            return False
        return not re.search(r"[区县市省镇乡园城局委部厅办州谷]$", name)


# A heading's verb of growth (1.做大电子元器件产业, 3.补齐装备与材料短板): what follows is a chain or a task.
_GROWTH_VERB = re.compile(r"^(?:做大|做强|做精|做优|做实|补齐|筑牢|壮大|培育|推进|推动|加快|提升)")


# A body ending in a verb of setting one up, or in a subsidiary's kind, before 公司: a company spoken of
_BOUND_IN_BODY = re.compile(r"不超过|不低于|不少于|不高于|超过|低于")  # a limit is said, no name
_COMPANY_SPOKEN_OF = re.compile(r"(?:完成|成立|设立|注册|组建|(?:全资|控股|相关|有关|下属|所属|旗下|参股)子)$")


# 首版次软件, 车规级芯片, 硅基新材料: a policy category, a grade or a material base opens a product's name, no brand
_TECH_LEAD = re.compile(
    r"(?:^|^综合性|和)(?:首版次|首批次|首台套?|车规级|工业级|电子级|医药级|食品级|[碳硅铝磷镁钛铁锂钠氟]基)"
)


KNOWN_FIRMS = frozenset(read_terms("known_firms.txt"))
_KNOWN_FIRM_RE = re.compile(trie_regex(KNOWN_FIRMS))
_KNOWN_FIRM_AFTER = re.compile(r"集团(?:公司)?|股份公司|公司")
_KNOWN_FIRM_FORM = re.compile(r"(?:集团(?:公司)?|股份公司|公司)$")


def is_known_firm(name: str) -> bool:
    """Is ``name`` a firm of the reference list, by itself or with its group's word (美的集团)?"""
    return name in KNOWN_FIRMS or _KNOWN_FIRM_FORM.sub("", name) in KNOWN_FIRMS


def known_firms_in(text: str) -> list[tuple[int, int]]:
    """Spans of the well-known firms of ``loaders/data/known_firms.txt`` (对接华为、比亚迪): a brand the reference list
    knows is a firm with no legal form after it. Not where a word runs into it on either side (优美的 is no 美的, 北京东
    no 京东) or a longer name goes on (比亚迪汽车工业有限公司 is read whole by its suffix)."""
    found = []
    for match in _KNOWN_FIRM_RE.finditer(text):
        s, e = match.span()
        before, after = text[s - 1 : s], text[e : e + 1]
        if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
            continue  # TCL inside a longer Latin word
        if before and is_common_word(before + text[s]):
            continue
        group = _KNOWN_FIRM_AFTER.match(text, e)
        if group is not None:
            e = group.end()  # 美的集团, 海尔集团公司: the group's own word is part of the name
        elif after and len(match.group()) <= 2 and is_common_word(text[e - 1] + after):
            continue
        found.append((s, e))
    return found


def _not_a_short_form(name: str) -> bool:
    """A word a business-word or cue reading took for a firm's short form that cannot be one: a growth verb
    before a product (做大电子), a city or county written in full before a word (宜宾市动力, 太原市科技: short
    forms drop 市), a label of the industry scheme (稀土永磁), or a product: a grade or a category before its
    word (车规级芯片), an industry the scheme knows before a business word (光伏玻璃, 储能电缆, 氢能装备)."""
    if _GROWTH_VERB.match(name) or industries().lookup(name) is not None or _TECH_LEAD.match(name):
        return True
    ending = next((m for m in _BUSINESS_RE.finditer(name) if m.end() == len(name) and m.start() >= 2), None)
    if ending is not None and (
        industries().lookup(name[: ending.start()]) is not None or _REGION_ONLY.fullmatch(name[: ending.start()])
    ):
        return True  # 光伏玻璃: an industry's product; 京津医药: a region's trade
    place = regions().full.match(name)
    return place is not None and place.group()[-1] in "省市县区" and han_count(name) - len(place.group()) <= 3


def derived_short_forms(full_name: str) -> list[str]:
    """Short forms plans use after a firm's full name: 湖北万度光能有限责任公司 -> 万度光能, 湖北锐世…."""
    core = full_name
    for suffix in ENTERPRISE_SUFFIXES:
        if full_name.endswith(suffix):
            core = full_name[: -len(suffix)]
            break
    table = regions()
    prefix = table.leading_place(core)
    if not prefix:
        affix = _AFFIX.match(core)
        prefix = affix.group() if affix else ""
    brand = re.sub(r"[（(][^）)]*[）)]", "", core[len(prefix) :])  # 庄品健实业（集团） -> 庄品健实业
    forms = []
    if len(brand) >= 2 and not is_generic(brand) and not is_generic(core):
        forms.append(brand)
        trimmed = re.sub(r"(科技|技术|发展|实业|股份|控股|工程|有限|责任)+$", "", brand)
        if trimmed != brand and len(trimmed) >= 2 and not is_generic(trimmed) and industries().lookup(trimmed) is None:
            forms.append(trimmed)  # (嘉兴市芯片技术有限公司: 芯片 alone is the industry, no short form)
        # (包头市稀土新城建设开发有限公司: 稀土 is an industry the brand opens with, no 字号 of its own: 包头稀土 and
        # 稀土开发 would name the city's industry, not the firm)
        own_word = not _COMMON_IN_BRAND.search(brand[:2]) and industries().lookup(brand[:2]) is None
        if prefix and len(brand) >= 4 and not table.leading_place(brand) and own_word:
            forms.append(short_region_name(prefix) + brand[:2])
        if len(trimmed) >= 6 and not _COMMON_IN_BRAND.search(trimmed[:2]) and own_word:
            forms.append(trimmed[:2] + trimmed[-2:])  # 砺锋超硬刀具 -> 砺锋刀具, 恒储动力电池 -> 恒储电池
            if is_common_word(trimmed[2:4]) and not is_common_word(trimmed[:2]):
                forms.append(trimmed[:4])  # 融达摩擦材料 -> 融达摩擦, 恒拓底盘系统 -> 恒拓底盘: brand and product
        for long, short in (("新材料", "新材"), ("电子科技", "电子"), ("生物科技", "生物"), ("医药科技", "医药")):
            if brand.endswith(long):
                forms.append(brand[: -len(long)] + short)  # 青云新材料 -> 青云新材, as plans abbreviate
        plain = _BUSINESS_TAIL.sub("", brand)  # 人福成田药业 -> 人福成田, and 湖北人福成田 with its place
        if plain != brand and len(plain) >= 3 and not is_generic(plain) and not is_ordinary_phrase(plain):
            forms.append(plain)
            if prefix:
                forms.append(short_region_name(prefix) + plain)
    return [f for f in forms if f != full_name and len(f) >= 2]


# how a firm's head calls the firm: 我们公司, 我公司, 本公司; 公司 after 依托 or opening a clause before what it does
_SPEAKER_SELF = re.compile(
    r"我们公司|我公司|本公司|(?<=依托)公司|(?:^|(?<=[，,。；;]))公司(?=牵头|与|在|位于|自主|联合|投资|建设|建成|已|正在)"
)


def speakers_firm(text: str, base: int, block: Block, spans: list[tuple[int, int]]) -> list[Mention]:
    """我们公司, 依托公司建设的…, 公司与某大学共建的… in the remarks of a firm's head (a symposium's （一）某某有限
    公司董事长　某某): the speaker's firm, which the heading names and the remarks only call 公司. Read as
    that firm, its places, platforms and partners are the firm's as if it were named."""
    # (the innermost heading that names a speaker: 1．关于平台建设。 under it is still the speaker's)
    speaker = next((m for h in reversed(block.path) if (m := SPEAKER_HEADING.fullmatch(h)) is not None), None)
    if speaker is None:
        return []
    firm = speaker.group(1)
    found = []
    for match in _SPEAKER_SELF.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in spans):
            continue
        found.append(Mention("Enterprise", firm, base + start, base + end, block, {"speaker": True}))
        spans.append((start, end))
    return found
