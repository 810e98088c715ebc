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
from collections.abc import Iterator
from functools import cache

from loaders.gazetteer import industries, industry_key, regions
from loaders.lexicon import is_common_word, word_tag
from loaders.normalize import clean_name, han_count
from loaders.rules.common import (
    CUT_WORDS,
    Mention,
    clause_end,
    clause_start,
    leading_function_words,
    left_edge,
    occurrences,
)
from loaders.rules.organisations import is_generic
from loaders.segment import GROUP_COUNT, HEADING_MARK, STAGE_LEAD
from loaders.terms import read_terms
from loaders.trie import trie_regex

UMBRELLA = frozenset(read_terms("umbrella_industries.txt"))
_CHAIN_STAGES = frozenset(read_terms("chain_stages.txt"))
_MACRO_REGIONS = frozenset(read_terms("macro_regions.txt"))
# 核心零部件, 关键材料: what matters in a chain, a class of products, not an industry (a whole chain's name that says
# 产业链 may still hold it: 智能汽车关键零部件产业链).
KEY_PARTS = re.compile(r"^(?:核心|关键|整机)")
# What an umbrella word puts before 产业 (首位, 优势, 高新技术 …): a name ending in one is a class, not a chain.
_UMBRELLA_MODIFIERS = tuple(
    sorted({u[: -len("产业")] for u in UMBRELLA if u.endswith("产业") and len(u) > 3}, key=len, reverse=True)
)
_CHAIN_AFTER = re.compile(r"(?:等)?(?:产业链|产业集群|产业|集群)(?!园|基地|化|集聚|示范|孵化)")
_CHAIN_VERB = re.compile(
    r"^(?:做大做强|做优做强|做强做优|培育壮大|发展壮大|加快发展|大力发展|重点发展|提升发展|优化提升|聚力推进|聚力发展|做强|做大|做优|做精|"
    r"做实|做活|做深|做新|做特|做专|做旺|做靓|做响|补强|延伸|"
    r"壮大|培育|发展|提升|打造|延伸|布局|巩固|突破|升级|振兴)"
)
# A heading with these is a task or a review item, not a chain's name.
_NOT_CHAIN = re.compile(
    r"^(?:[一二三四五六七八九十]是|坚持|"  # 四是坚持服务产业链: a speech's point, no chain
    r"建强|筑强|育强|做强|做大|做优|壮大|精准|突破|补强|补齐|补链|强链|延链|布局|丰富|大力|引进|招引|提升|推动|加快|培育|强化|拓展|"
    r"开展|延伸|聚焦|围绕|加强|优化|完善|构建|深化|建设|推进|实施|打造|发展|促进|支持|鼓励|引导|扩大|提高)|"
    r"发展|建设|创新|体系|机制|能力|工程(?!机械|塑料|材料|装备|车辆)|行动|计划|方向|攻关|关键|重点|群体|增长|转化|招商|(?<![及与和])配套|产出|"
    r"评价|申报|报送|佐证|验收|备案|"  # 四、评价材料: the papers a notice asks for, no material
    r"不断|快速|明显|显著|持续|着力|优化|提升|增加|壮大|补齐|重塑|营商|环境|队伍|成效|成果|实施项目|专项|亿级|鲜明|突出|保障|"
    r"上游|下游|研究|^末|服务升级|共性|"
    r"[一二三四五六七八九十两]+[条大个项]|"
    # 九、县域产业链招商重点, 本目录按照产业链分类编排: a scope or a way of sorting before 产业链, no chain named
    r"^(?:县域|区域|市域|镇域|本(?!草)|该|各)|按照|依照|根据"
)

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
# A heading that wraps one industry in a campaign (实施X产业能级跃升行动, 推动X产业高质量发展, X产业链强链行动).
_ACTION_WRAP = re.compile(
    r"(?:实施|推动|推进|促进|加快|加速|支持|聚焦|开展|深化)?"
    r"([\u4e00-\u9fff]{2,14}?(?:产业链|产业集群|产业))(?!化)"  # 重大产业化项目推进工程 names no industry
    r"(?:[\u4e00-\u9fff]{0,8}?(?:行动|工程|计划)|(?:高质量|创新|集聚|集群|特色|融合)?发展"
    r"|(?:科技|技术)?服务)"  # （一）苹果产业科技服务: the section serves that industry
)
_DOUBLE_VERB = re.compile(
    r"^(?:做大做强|做优做强|做强做优|做优做精|做精做优|做精做强|做特做专|做专做精|做强做大|做实做强)"
)
# A heading that makes a field into something (打造医药健康创新高地, 培育壮大数字经济新动能, 推动先进制造智能化发展).
_AIM_HEADING = re.compile(
    r"(?:打造|建设|构建|培育壮大|培育|壮大|推动|推进|促进|加快|做强|做大|发展)"
    r"([\u4e00-\u9fff]{2,8}?)"
    r"(?:(?:技术|科技)?创新(?:高地|中心|策源地)|(?:产业)?高地|新动能|新引擎|增长极|新优势|(?:[\u4e00-\u9fff]{1,2}化){1,3}发展)"
)
# A heading clause that moves one industry somewhere (推动泵与电机产业向系统集成跃升, 加快推动鞋业向时尚化转型,
# 全力推动汽摩配产业迈向世界级): the section is that industry's.
_TOWARDS = re.compile(
    r"(?:全力|加快|大力|着力|持续|加速|积极|坚定)?(?:推动|推进|促进|引导|带动)"
    r"([\u4e00-\u9fff]{2,10}?(?:产业链|产业集群|产业)|[\u4e00-\u9fff]{1,8}?(?<![企行就创物作职专商事产工农造务])业)"
    r"(?:向|迈向|成为|加快向|整体向)[\u4e00-\u9fff“”、]{1,16}"
)
# 做强炼化一体化子链 (not 汽车电子链, whose 子 is the name's), 提升汽车电子链
_FOCUS_FIRST = re.compile(r"(?:聚焦|深耕|突出|发展壮大|做大做强|做优做强)([\u4e00-\u9fff]{2,8})")
_NAMES_CHAIN_END = re.compile(r"(?:产业链|产业集群|产业|(?<![电量分原粒离光])子链|细分(?:产业)?链条?|(?<=[^业])链)$")
_INDUSTRY_AFTER = re.compile(r"^(?:等)?(?:战略性新兴产业|新兴产业|产业|行业|领域|产业链|集群|板块|经济|方面)")
_NAMED_INDUSTRY = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?<!生)(?:细分)?(?:产业链|产业集群|产业)"  # 定制生产业务: 生产, not 产业
    r"(?![园区基地化孵带]|加速|联盟|研究|技术|创新|开发区|学院|社区|(?:投资|引导|发展|专项)?基金|工人|人才|走廊)"
)


# Words no industry's name holds (…为, 传统, 相关, 服务该产业链: a demonstrative refers to a chain named before)
_NOT_A_NAMED_INDUSTRY = re.compile(r"为|是|决定|相关|迎来|传统|特色|新兴|改造|^业|小巨人|发展|型|该")


def _named_industry_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NAMED_INDUSTRY.finditer(text)``, each searched for from where one can start.

    The pattern opens with a lazy run of 2 to 12 characters, so ``re`` tried that run at every position; a match
    needs 产业 2 to 14 characters after its start (the run, then 细分 if written), so none starts more than 14
    characters before the next 产业 a match from there could use, and the search begins at that point.
    """
    pos = 0
    while (next_word := text.find("产业", pos + 2)) >= 0:
        match = _NAMED_INDUSTRY.search(text, max(pos, next_word - 14))
        if match is None:
            return
        yield match
        pos = match.end()


_PRIORITY = re.compile(
    r"重点发展|大力发展|加快发展|做大做强|做优做强|培育壮大|发展壮大|重点培育|聚焦|主导产业|支柱产业|优势产业|"
    r"战略性新兴产业|打造[^，。；]{0,12}(?:产业集群|产业链|千亿|百亿)|重点突破|围绕[^，。；]{0,20}(?:产业|领域)"
)
# The words of a programme's procedure, which a guide's headings name beside 领域 or 服务
_PROCEDURE = re.compile(r"方式|方法|程序|流程|条件|要求|对象|期限|额度|材料报送")
_NOT_INDUSTRY = re.compile(
    r"^(?:高新技术|新兴|传统|主导|支柱|优势|特色|相关|重点|上下游|配套|民生|现代(?![\u4e00-\u9fff]{2})|未来|"
    r"各类|文化|战略性新兴|创新型|产业化|工业|整个|本地|新|该|本|其|全)"
)


def concept_mention(name: str, start: int, end: int, block, priority: bool) -> Mention | None:
    concept = industries().lookup(name)
    attrs: dict[str, object] = {"priority": priority}
    if concept is not None:
        attrs.update(kind=concept.kind, notation=concept.notation)
        return Mention("Industry", concept.name, start, end, block, attrs, key=concept.id)
    return None


# The umbrella words a list closes with before 产业 (…、节能环保等传统优势产业), two at most.
_LIST_MODIFIERS = r"(?:重点|主导|优势|特色|新兴|战略性新兴|高新技术|相关|新型|传统|未来|支柱|先导){0,2}"
_LIST_END = re.compile(
    r"^(?!等?(?:重点)?(?:高)?(?:耗能|排放|用能|用水)|等?重点行业)"  # 石材、建材等重点耗能行业: sectors to clean up
    rf"(?:等)?{_LIST_MODIFIERS}(?:产业|(?<!等)行业|产业链|集群|产业集群|板块)"
    r"(?!园|基地|化|集聚|示范|孵化)"  # …产业园, …产业基地 are places; …产业化 an activity
)
_FOCUS_BEFORE = re.compile(
    r"(?:重点发展|大力发展|积极发展|加快发展|发展壮大|做大做强|做优做强|培育壮大|重点培育|聚焦|围绕|布局|发展)$"
)
_SEPARATORS = "、和及与"
_LIST_TAIL = re.compile(
    r"^(?![^、和及与]{0,10}?等?(?:重点)?(?:高)?(?:耗能|排放|用能|用水|重点行业))"
    rf"[^、和及与]{{0,10}}?(?:等)?{_LIST_MODIFIERS}"
    r"(?:产业|(?<!等)行业|产业链|集群|产业集群|板块)"
)


_CLASS_TAIL = re.compile(r"(?:万亿|千亿|五百亿|百亿|十亿|亿)级$")
_LEAD_VERB = re.compile(
    r"^(?:前瞻布局|谋划布局|超前布局|科学界定|界定|科技赋能|赋能|筑牢|夯实|提质|但|而|并|且|研究|补齐|补强|发展|培育|打造|壮大|提升|推动|"
    r"加快|布局|延伸|聚焦|引进|突破|做强|做大|做优|做精|做活|攻克|研发|开发|落实|改革)"
)
# 制造业网络化, 汽车轻量化: a process a chain goes through, not an industry (石化, 文化 are names).
_PROCESS_END = re.compile(
    r"(?:网络|智能|数字|信息|自动|轻量|高端|绿色|服务|国际|集约|规模|品牌|标准|专业|柔性|模块|平台|融合|一体|低碳)化$"
)
_TAIL_VERB = re.compile(
    r"(?:重塑|提升|升级|转型|突破|发展|建设|改造|攻关|赋能|相比|未来|识别|绘制|夯实|本地|当地|方式|核心|引领|贯穿|带动|驱动|支撑|联合)$"
)
# 源产业链重点发展光伏, 拟在集宁区设立分公司, 专项资金重点投向光电, 县（市、区）主攻, 地新能源 (of 落地新能源): a
# piece of a clause, a verb or a cut word inside, not a name the plan gave an industry
_CLAUSE_INSIDE = re.compile(
    r"产业链(?=[\u4e00-\u9fff]{2})|重点发展|设立|投向|分公司|首站|结果应用|^[地源各]|(?:主攻|主导)$"
)
_NOT_AN_INDUSTRY_HEAD = re.compile(
    r"(?:孵化器|实验室|中心|地区|基地|园区|平台|高新区|开发区|新区|城区|城市|经济区|经济带|科技城|(?:基础|公共|配套)设施)$"
)
# 化工新材料占化工产业比重, 省实验室服务地方产业能力, 首批次新材料投保: a measure, a facility or a policy
# category holds the words, not an industry's name
_NOT_AN_INDUSTRY_INSIDE = re.compile(r"^(?:首批次|首台套?|首版次)|占|(?:实验室|中心)服务")
_LEAD_WORDS = re.compile(r"^(?:把|将|暨(?!阳)|世界(?!级)|国家(?!级)|(?:沿海|东部|中部|西部|中西部|东北|发达)地区)+")
# A review heading reports how a chain is doing (电子信息产业链加速成势, 硅基新材料产业链初具规模): the chain is
# what comes before 产业链; what follows is a status, not part of the name.
# Where in a chain a link sits, or what kind it is, not which it is (上游环节, 薄弱环节, 核心环节).
_STAGE_WORD = re.compile(r"^(?:上游|中游|下游|前端|后端|终端|薄弱|短板|核心|关键|重点|主要|高端|低端|高附加值|招商)")
_STAGED_LINK = re.compile(r"([\u4e00-\u9fff]{2,10})[（(](?:产业链)?(?:上游|中游|下游|前端|中端|后端)(?:环节)?[）)]")
# A chain's innovation consortium named as a heading (坚果产业创新联合体; an alliance's, 金刚石产业技术创新联盟, is the
# alliance's section, where its gold has no chain)
_GROUPING_WRAP = re.compile(r"(?:[市省县区]级)?([\u4e00-\u9fff]{2,12}?(?:产业链|产业)?)(?:科技|技术)?创新联合体")
_CONTAINS = re.compile(r"(.{2,16}?(?:产业链|产业集群|产业))[（(](?:含|包括|包含)([^）)]{2,20})[）)]")
_STATUS_AFTER_CHAIN = re.compile(r"(.{2,12}?(?:产业链|产业集群))([\u4e00-\u9fff]{2,8})")


def strip_umbrella_modifier(name: str) -> str:
    """``name`` without an umbrella word's modifier at its end (现代家居首位 -> 现代家居, 中高新技术 -> 中):
    现代家居首位产业 calls 现代家居 the leading industry. Repeated, since plans stack them (其他优势)."""
    changed = True
    while changed:
        changed = False
        for modifier in _UMBRELLA_MODIFIERS:
            if name.endswith(modifier):
                name = name[: -len(modifier)]
                changed = True
                break
    return name


def _measures(name: str) -> bool:
    """Is ``name`` an indicator the scheme knows (技术合同成交额), or a measure's wording (…产值占, …强度)?"""
    from loaders.rules.targets import indicator_index, indicator_key

    known = indicator_key(name) in indicator_index().by_key
    return known or re.search(r"(?:占|强度|比重|成交额|入库数)$", name) is not None


def tidy_named(mention: Mention) -> Mention | None:
    """A name the plan gave an industry, without what clings to it: a class (医疗器械五百亿级), a level, place or
    time before it (葛店省级…, 末…), a verb before it (研究有机硅, 补齐智能制造装备). None when what is left is
    a facility (国家级科技企业孵化器), a verb phrase (科技创新重塑) or an umbrella word."""
    if mention.key:
        return mention
    name = re.sub(r"(?<![安健齐完])全$", "", _CLASS_TAIL.sub("", mention.name))  # 服装全产业链, not 数据安全
    name = re.sub(r"(?<=..)[上中下]游$", "", name)  # 半导体照明上游产业: the chain, then which end of it
    name = strip_umbrella_modifier(name)
    # a preposition, 世界, 国家 or a macro region before the name (坚持把化工产业…, …暨世界家电产业大会,
    # 沿海地区电子信息产业转移) is not part of it, and what is left is checked as the name it is (把新能源汽车)
    words = _LEAD_WORDS.match(name)
    if words is not None and han_count(name) - words.end() >= 2:
        name = name[words.end() :]
    unled = name
    lead = re.match(
        r"^(?:末|系列|省级|国家级|市级|县级|地区|区域|全市|全省|全区|全县|全州|本地|当地|园区|[我本][市区县州省])+",
        name,
    )
    name = name[lead.end() :] if lead else name
    place = _leading_place(name) or _leading_local_place(name)
    if place and len(name) - len(place) >= 2:
        name = name[len(place) :]
    name = re.sub(r"^(?:省级|国家级|市级)", "", name)
    verb = _LEAD_VERB.match(name)
    if verb is not None and len(name) - verb.end() >= 2:
        name = name[verb.end() :]
    # (茶 of a heading （一）茶产业链 or a counted list 茶、咖啡…五条产业链: a one-character chain the plan names)
    single = name == mention.name and (mention.attrs.get("heading_chain") or mention.attrs.get("counted"))
    if (
        (han_count(name) < 2 and not (single and _an_item(name)))
        or _measures(name)
        or _NOT_AN_INDUSTRY_HEAD.search(name)
        or _NOT_AN_INDUSTRY_INSIDE.search(name)
        or _TAIL_VERB.search(name)
        or _CLAUSE_INSIDE.search(name)
        or (_PROCESS_END.search(name) and not mention.attrs.get("called_chain"))
        or (name != unled and _NOT_INDUSTRY.match(name))
        or name in UMBRELLA
        or name in _CHAIN_STAGES
        or name in _MACRO_REGIONS
    ):
        return None
    # 三江新区动力电池, 讲好宜宾动力电池, 世界级动力电池: a place, verb or class before a chain the scheme knows
    tail = [m for m in industries().pattern.finditer(name) if m.end() == len(name) and m.start() >= 1]
    if tail and industries().lookup(tail[0].group()) is not None:
        head = name[: tail[0].start()]
        material = re.search(r"[基系质]$", head) is not None  # 铜基新材料, 硅基负极: a chain of its own
        # what clings is a place, a verb or a class; a noun before the label (晶硅光伏, 钙钛矿光伏) narrows it
        clinging = bool(
            _leading_place(head) or _leading_local_place(head) or _LEAD_VERB.match(head) or head.endswith("级")
        ) or word_tag(head[:2]) in ("v", "vn", "ns", "a", "ad", "d")
        known_head = _industry_vocabulary().search(head) or industries().pattern.search(head)
        if clinging and not material and not known_head:
            name = tail[0].group()
    if name == mention.name:
        return mention
    start = mention.start + mention.name.find(name)
    known = concept_mention(name, start, start + len(name), mention.block, bool(mention.attrs.get("priority")))
    if known is not None:
        known.attrs.update({k: v for k, v in mention.attrs.items() if k not in ("kind", "notation")})
        return known
    return Mention("Industry", name, start, start + len(name), mention.block, dict(mention.attrs), key="")


# A town or park the gazetteer does not list, before an industry (磁灶镇建筑陶瓷, 稀土高新区稀土产业).
_LOCAL_PLACE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:镇|乡|街道|高新区|经开区|开发区|新区|园区|生态城|工业园|产业园|科技城|科学城)"
)


def _leading_local_place(name: str) -> str:
    match = _LOCAL_PLACE.match(name)
    if match is None or not ends_in_industry_word(name[match.end() :]):
        return ""
    return match.group()


def _leading_place(name: str) -> str:
    return regions().leading_place(name)


class SectorFinder:
    """Industry rules; section headings mark the industry their content belongs to."""

    def __init__(self) -> None:
        # Chains this plan named in its headings that the scheme does not know (电池及新能源汽车, 现代食品),
        # longest first. In the plan's sentences they are that chain, not the scheme labels inside them.
        self.plan_chains: tuple[str, ...] = ()

    def know_chains(self, names: set[str]) -> None:
        """Chains named in the plan's headings: later sentences name them whole (医疗器械及卫生材料两大产业链)."""
        self.plan_chains = tuple(sorted((n for n in names if han_count(n) >= 3), key=len, reverse=True))

    def subject_chains(self, text: str, base: int, block) -> list[Mention]:
        """The chain a proposal's subject is about: the first industry it names with 产业 or 产业链, cut after the verbs
        and places before it (以科技创新推动安化黑茶产业提质升级 -> 黑茶; 推进竹产业精深加工 -> 竹产业; 推动船舶制造与
        工程机械配套产业协同创新 -> both). Subjects are clauses, not the short names chain headings are, so the
        heading rules' shapes do not fit them."""
        for match in _named_industry_runs(text):
            opens = clause_start(text, match.start(1))
            left = left_edge(text, opens, match.start(1) + len(match.group(1)), particles=False)
            if text[left - 1 : left] in ("与", "和", "及") and han_count(text[opens : left - 1]) >= 2:
                left = left_edge(text, opens, left - 1, particles=False)  # 船舶制造与工程机械配套产业: two chains
            core = regions().after_places(text[left : match.end(1)]).removesuffix("全")  # 南县稻虾全产业链
            core = core[leading_function_words(core) :]
            while verb := next((w for w in (*CUT_WORDS, "发展", "壮大") if len(w) >= 2 and core.startswith(w)), ""):
                core = core[len(verb) :]  # 加快发展生物医药产业
            if not core or _NOT_INDUSTRY.match(core) or core + "产业" in UMBRELLA:
                continue
            names = re.split(r"[与和及]", core) if re.search(r"\w{2}[与和及]\w{2}", core) else [core]
            out = []
            for name in names:
                name = name if han_count(name) >= 2 else name + "产业"  # 竹产业: one character names no industry
                at = base + text.find(name[:2], left)
                mention = concept_mention(name, at, at + len(name), block, True) or Mention(
                    "Industry", clean_name(name), at, at + len(name), block, {"priority": True, "kind": "chain"}
                )
                mention.attrs["heading_chain"] = True
                out.append(mention)
            return out
        return []

    def find(self, text: str, base: int, block, heading: bool = False, in_chain: bool = False) -> list[Mention]:
        return [m for m in map(tidy_named, self._find(text, base, block, heading, in_chain)) if m is not None]

    def _find(self, text: str, base: int, block, heading: bool = False, in_chain: bool = False) -> list[Mention]:
        """Industries in ``text``. ``in_chain``: the text sits in a chain's section, where scheme labels in a
        sentence are that chain's product and technology directions unless named with 产业/产业链 after them."""
        index = industries()
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        priority_text = bool(_PRIORITY.search(text)) or heading
        topic = HEADING_MARK.sub("", text).rstrip("。 ") if heading else ""
        topic = GROUP_COUNT.sub("", topic)  # （一）藏药产业链（6家）: the chain, then how many firms its list holds
        topic = STAGE_LEAD.sub("", topic)  # （二）中游：新型显示: where in the chain, then the link the section is on
        if topic:
            # （一）高端装备产业链（含汽车零部件）: the chain, then the sub-chains its section takes in
            contains = _CONTAINS.fullmatch(topic)
            chain = self._heading_chain(contains.group(1) if contains else topic)
            if chain is not None and contains is not None and "（" not in chain:
                chain = f"{chain}（{contains.group(2)}）"
            first = re.split(r"[，,；;]", topic, maxsplit=1)[0]
            if chain is None and first != topic and _CHAIN_VERB.match(first) and _NAMES_CHAIN_END.search(first):
                chain = self._heading_chain(first)  # （一）做强装备制造产业链，打造…基地: the chain, then the aim
            focus = _FOCUS_FIRST.fullmatch(first) if chain is None and first != topic else None
            if focus is not None and industries().lookup(focus.group(1)) is not None:
                # （四）聚焦数字经济，建设…高地: the field the section focuses on, then what the plan makes of it
                chain = focus.group(1)
            double = _DOUBLE_VERB.match(first)
            if chain is None and double is not None and ends_in_industry_word(first[double.end() :]):
                # （二）做大做强稀土永磁材料，建设…基地: a doubled verb of growth takes a chain as its object
                chain = self._heading_chain(first[double.end() :])
            aimed = _AIM_HEADING.fullmatch(first) if chain is None else None
            if aimed is not None and _field_name(aimed.group(1)):
                # （二）打造医药健康创新高地, （三）建设先进能源技术创新中心: a field, then what the plan makes of it
                chain = aimed.group(1)
            else:
                aimed = None
            last = re.split(r"[，,；;]", topic)[-1]
            if chain is None and last != topic and _CHAIN_VERB.match(last) and _NAMES_CHAIN_END.search(last):
                chain = self._heading_chain(last)  # （一）实施提质行动，做强精品钢材产业链: a campaign, then the chain
            for clause in re.split(r"[，,；;]", topic) if chain is None else ():
                towards = _TOWARDS.fullmatch(clause)
                moved = towards.group(1) if towards is not None else ""
                if moved and moved not in UMBRELLA and not _NOT_INDUSTRY.match(moved):
                    chain = self._heading_chain(moved) or moved  # （一）聚焦“强链延链”，推动X产业向…跃升
                    break
            if chain is not None:
                # （二）金属新材料（特钢）, 新能源（光伏、氢能）: the chain and the sub-chains the section is on
                nested = re.fullmatch(r"(.{2,12}?)[（(]([^）)]{2,20})[）)]", chain)
                names = [nested.group(1), *re.split(r"[、，,和及]", nested.group(2))] if nested else [chain]
                # (生物医药产业链（含四大怀药）: the count before a group's name is no part of it)
                names = [re.sub(r"^[一二三四五六七八九十两]大(?=[\u4e00-\u9fff]{2})", "", n) for n in names]
                # （三）有色金属和新材料: 和 joins two industries the scheme knows, each the section's; 与 names one
                # field (新能源与节能环保, 生物医药与大健康).
                # 磷化工—新能源电池材料: a dash joins the two industries one chain links, each the section's
                pair = re.split(r"(?<=[\u4e00-\u9fff])[和—](?=[\u4e00-\u9fff])", chain) if not nested else []
                if (
                    len(pair) == 2
                    and industries().lookup(chain) is None
                    and all(han_count(n) >= 2 and (industries().lookup(n) or ends_in_industry_word(n)) for n in pair)
                ):
                    names = pair
                out = []
                for name in (n for n in names if han_count(n) >= 2 or n == chain):
                    s = text.find(name)
                    known = concept_mention(name, base + s, base + s + len(name), block, True)
                    attrs = {"priority": True, "kind": "chain"}
                    span = (base + s, base + s + len(name))
                    mention = known or Mention("Industry", clean_name(name), *span, block, attrs)
                    mention.attrs["heading_chain"] = True  # the section is this chain's
                    if re.search(r"链条?$", first):
                        mention.attrs["called_chain"] = True  # 做强炼化一体化子链: the plan calls it a chain
                    if aimed is not None:
                        mention.attrs["aimed"] = True
                    if nested and name != nested.group(1):
                        mention.attrs["written"] = name  # 新能源（光伏、氢能）: on 光伏 where a sentence says so
                    out.append(mention)
                return out
        # Chains the plan names itself (高端化工产业链, 动力装备产业链) come first: the scheme label inside one
        # (化工, 装备) is its broader concept, linked by the resolver, not the chain the plan means.
        named = self._plan_named(text)
        counted = set(_counted_list(text))
        named += [(s, e) for s, e in sorted(counted) if not any(ns < e and s < ne for ns, ne in named)]
        named += [(s, e) for s, e in _listed_items(text) if not any(ns < e and s < ne for ns, ne in named)]
        named += [(s, e) for s, e in _park_focus(text) if not any(ns < e and s < ne for ns, ne in named)]
        # (a counted list's items are the plan's chains, however often it names them: counted=True)
        for s, e, mention in self._plan_chain_mentions(text, base, block, priority_text):
            found.append(mention)
            taken.append((s, e))
            named = [(ns, ne) for ns, ne in named if ne <= s or ns >= e] + [(s, e)]
        for match in index.pattern.finditer(text):
            s, e = match.span()
            if any(ns <= s and e <= ne and (ns, ne) != (s, e) for ns, ne in named) or (s, e) in taken:
                continue
            if not self._industry_context(text, s, e, topic):
                continue
            if in_chain and not _CHAIN_AFTER.match(text, e):
                continue
            mention = concept_mention(match.group(), base + s, base + e, block, priority_text)
            if mention is not None:
                if (s, e) in counted:
                    mention.attrs["counted"] = True  # 围绕数控机床、重型装备…四条子链: the first item too
                found.append(mention)
                taken.append((s, e))
        for s, e in named:
            if any(ts <= s < te or ts < e <= te for ts, te in taken):
                continue
            name = text[s:e]
            known = concept_mention(name, base + s, base + e, block, priority_text)
            if known is not None and (s, e) in counted:
                known.attrs["counted"] = True
            found.append(
                known
                or Mention(
                    "Industry",
                    clean_name(name),
                    base + s,
                    base + e,
                    block,
                    {
                        "priority": priority_text,
                        "kind": "chain" if text.startswith("产业链", e) or (s, e) in counted else "industry",
                        **({"counted": True} if (s, e) in counted else {}),
                    },
                    key="",
                )
            )
        return found

    def _plan_chain_mentions(self, text: str, base: int, block, priority: bool) -> list[tuple[int, int, Mention]]:
        """Where ``text`` names one of the plan's own chains whole (longest first, not overlapping)."""
        out: list[tuple[int, int, Mention]] = []
        for name in self.plan_chains:
            for s, e in occurrences(name, text):
                if any(os < e and s < oe for os, oe, _ in out):
                    continue
                attrs = {"priority": priority, "kind": "chain"}
                out.append((s, e, Mention("Industry", name, base + s, base + e, block, attrs, key="")))
        return out

    @staticmethod
    def _heading_chain(topic: str) -> str | None:
        """A heading that is just a chain's name (1.电池及新能源汽车产业链, (二)生物与新医药) names it whole.

        Conjunctions inside chain names (及, 与) do not split it, and the scheme label inside is its broader concept.
        """
        # （一）整车环节。（三）电驱电控环节。: a link of the chain named bare is the sub-chain its section is on
        # (补齐负极材料环节, 关键环节 are tasks and kinds of link)
        link = re.fullmatch(r"([\u4e00-\u9fff]{2,6})环节", topic)
        bare = link is not None and not (_CHAIN_VERB.match(link.group(1)) or _NOT_CHAIN.search(link.group(1)))
        if bare and word_tag(link.group(1)[:2]) not in ("v", "vd", "d", "ad", "a") and not _STAGE_WORD.search(topic):
            return link.group(1)
        # （一）铜冶炼及再生铜（上游）, （二）铜板带箔（中游）: a link of the chain, its stage in brackets after it, is
        # the sub-chain its section is on, whatever the scheme knows of it
        staged = _STAGED_LINK.fullmatch(topic)
        staged_link = staged.group(1) if staged is not None else ""
        if (
            staged_link
            and not (_CHAIN_VERB.match(staged_link) or _STAGE_WORD.match(staged_link) or _NOT_CHAIN.search(staged_link))
            and word_tag(staged_link[:2]) not in ("v", "vd", "d", "ad", "a")
        ):
            return staged_link
        topic = re.sub(r"^关于(?=[\u4e00-\u9fff]{2})", "", topic)  # 二、关于工程机械产业链招商路径: the chain
        wrapped = _ACTION_WRAP.fullmatch(topic)
        if wrapped is not None:
            topic = wrapped.group(1)  # 实施新一代信息技术产业创新提升行动: the section is that industry's
        grouped = _GROUPING_WRAP.fullmatch(topic)
        if (
            grouped is not None
            and word_tag(grouped.group(1)[:2]) not in ("v", "vd", "vn", "d", "ad", "a")
            and not _CHAIN_VERB.match(grouped.group(1))  # （六）培育储备创新联合体: a task, no chain
        ):
            # （二）坚果产业创新联合体, （四）绿色能源创新联合体: a section on the consortium of a chain is that chain's
            topic = grouped.group(1) if grouped.group(1).endswith(("产业", "产业链")) else grouped.group(1) + "产业"
        status = _STATUS_AFTER_CHAIN.fullmatch(topic)
        if status is not None and not re.match(r"[园区基地联盟]", status.group(2)):
            topic = status.group(1)
        # 做大做强新能源汽车产业, 培育新型储能产业: a policy verb before a name the heading calls an industry.
        verb = _CHAIN_VERB.match(topic)
        named_chain = verb is not None and re.search(r"[^业]链$", topic) is not None  # 做强正极材料链
        # （二）正极材料链条: a heading that is a chain's part called 链条 names that sub-chain
        named_chain = named_chain or re.search(r"[^业]链条$", topic) is not None
        if named_chain and re.search(
            r"(?:服务|创新|价值|资金|人才|供应|数据|技术|政策|品牌|产品|标准|市场|生态|信息|要素|责任|金融|安全|质量|品质)链条?$",
            topic,
        ):
            return None  # 延伸服务链, 创新链: the four chains of policy talk, not an industry
        if verb is not None and re.search(r"(?:产业链|产业集群|产业|[^业]链)$", topic):
            topic = topic[verb.end() :]  # 做强正极材料链: the chain 正极材料
            # 做强以核电和海上风电为主的新能源产业: what the chain is mainly made of, then the chain
            topic = re.sub(r"^以[\u4e00-\u9fff、]{2,16}?为(?:主|重点|核心|引领|主体|龙头)的", "", topic)
        # 做强炼化一体化子链, 厨卫电器细分产业链: a chain's part named as such is that sub-chain
        core = re.sub(
            r"(?:产业链|产业集群|产业|行业|领域|板块|(?<![电量分原粒离光])子链|细分(?:产业)?链条?|(?<=[^业])链条?)$",
            "",
            topic,
        )
        core = re.sub(r"等(?:未来|新兴|前沿|战略性新兴|重点|优势|特色)?$", "", core)  # 低空经济等未来产业
        modified = False
        if topic.endswith(("产业", "产业链", "产业集群")):
            plain = strip_umbrella_modifier(core)  # 实施特色产业集群提质行动, 提质升级其他优势产业: no chain named
            modified, core = plain != core, plain
        # （一）茶产业链: a one-character product the heading calls a chain outright is one (茶, 酒, 竹)
        single = han_count(core) == 1 and _an_item(core) and topic == core + "产业链" and verb is None
        if not (single or 2 <= han_count(core) <= 12) or re.search(r"[，,：:；;。\d]", core) or core in UMBRELLA:
            return None
        if core + "产业" in UMBRELLA and not ends_in_industry_word(core):
            return None  # （一）部分产业链增长乏力: some of the chains, none named
        if core in _MACRO_REGIONS or core in _CHAIN_STAGES:
            return None  # 长三角产业协同行动: cooperation in a region, no chain
        plain = re.sub(r"(?:科技|技术)$", "", core)
        if plain != core and industries().lookup(core) is None and industries().lookup(plain) is not None:
            core = plain  # 6.现代农业科技: the science of an industry the scheme knows is that industry's section
        index = industries()
        # 新能源汽车…, 节能环保; a label that opens a status or task (农机装备产业链基础扎实, 科技服务机构支持) does not
        # make the heading a chain's: what follows the label must itself end as an industry's name does.
        opening = index.pattern.match(core)
        rest = re.sub(r"[（(][^）)]*[）)]$", "", core[opening.end() :]) if opening else ""  # 新能源（光伏、氢能）
        labelled = index.lookup(core) is not None or (opening is not None and (not rest or ends_in_industry_word(rest)))
        labelled = labelled or topic.endswith(("产业链", "产业集群")) or named_chain  # 4.现代食品产业链 names one
        # 1.新型材料产业, 4.葡萄酒产业: a short heading that is just "X产业" names the industry X
        # (前瞻布局未来产业 names none: what is left once an umbrella's modifier is cut is a task, not a name)
        industry_heading = topic.endswith("产业") and han_count(core) <= 8 and core + "产业" not in UMBRELLA
        industry_heading = industry_heading and not modified
        named_chain = named_chain or (industry_heading and not _NOT_CHAIN.search(core))
        labelled = labelled or named_chain
        if not labelled and (leading_function_words(core) or _NOT_INDUSTRY.match(core) or _is_place_name(core)):
            return None
        whole_chain = topic.endswith(("产业链", "产业集群")) and core[-2:] in _industry_heads()
        whole_chain = whole_chain and verb is None and _NOT_CHAIN.match(core) is None  # not 推进稀土与光伏产业链
        if (not labelled and word_tag(core[:2]) in ("v", "vd", "d", "ad", "a", "ns")) or (
            _NOT_CHAIN.search(core) and not whole_chain  # 智能汽车关键零部件产业链 names a chain, 关键 or not
        ):
            return None
        if _measures(core):
            return None  # 5. 科技型中小企业评价入库数：指…: a glossary of indicators, not a chain
        if _PROCEDURE.search(core):
            return None  # （一）选派方式和服务领域, 支持方式和标准: how a programme runs, not a chain
        if KEY_PARTS.match(core) and not topic.endswith(("产业链", "产业集群")):
            return None  # ——核心零部件。, （4）核心材料：: a link of the section's chain, no chain of its own
        vocabulary = index.pattern.search(core) or _industry_vocabulary().search(core)
        # 1.苹果产业链。, 3.小杂粮产业链: a heading that is nothing but a noun and 产业链 names that chain, whatever
        # the scheme knows of it
        bare_chain = topic == core + "产业链" and verb is None and (single or 2 <= han_count(core) <= 6)
        # (天然饮用水产业链: a modifier the dictionary tags as distinguishing, then the noun it qualifies)
        first_tag = word_tag(core[:2])
        noun_led = first_tag in ("n", "nz", "ng", None) or (first_tag == "b" and han_count(core) >= 4)
        bare_chain = bare_chain and noun_led and not _NOT_CHAIN.search(core)
        if index.lookup(core) is None and not vocabulary and not named_chain and not bare_chain:
            return None
        if not labelled and not ends_in_industry_word(core):
            return None  # 守牢安全环保底线, 外贸物流支持: an industry word inside a task heading, not its head
        parts = re.split(r"[和与及、]", core) if han_count(core) > 8 else [core]
        if not labelled and not all(2 <= han_count(p) <= 8 and p[-2:] in _industry_heads() for p in parts):
            # 谋划布局重大科研设施, 区域布局初具特色: a task or a status that ends in a word the scheme uses inside its
            # labels; an industry the scheme does not know still ends as its labels end (…材料, …部件, …食品), and a
            # long one joins such names (绿色石化和海洋装备).
            return None
        return core

    @staticmethod
    def _plan_named(text: str) -> list[tuple[int, int]]:
        """Spans of industries the plan names with 产业/产业链/产业集群 after them, checked to be industries."""
        spans: list[tuple[int, int]] = []
        if "产业" not in text:
            return spans  # the pattern needs 产业; a lazy run tried at every position of three sentences in four
        vocabulary = _industry_vocabulary()
        for match in _named_industry_runs(text):
            s, e = match.span(1)
            if not vocabulary.search(text, s, e):
                # The name kept is the end of this run (the edge and the cuts below only move its start right) and
                # must hold a word of the scheme's labels: with none in the whole run (three candidates in four:
                # 推动产业, 相关产业) it is dropped below whatever the edge; left_edge is not walked for it.
                continue
            left = left_edge(text, clause_start(text, s), e, particles=False)
            if left > s:
                s = left
            s += leading_function_words(text[s:e])
            if text.startswith("于", s):
                s += 1  # 集中于动力电池产业链: the verb's 于 (kept as a 字号's end by the edge) opens no industry
            name = text[s:e]
            if han_count(name) < 2:
                continue
            generic = is_generic(name) and not (name.startswith("现代") and ends_in_industry_word(name))
            if _NOT_INDUSTRY.match(name) or generic or re.search(r"\d|[、，]", name):
                continue
            name = re.sub(r"^(?:发展|培育|打造|壮大|提升|推动|加快|重要)", "", name)
            s = e - len(name)
            if len(name) > 8 or not _industry_vocabulary().search(name) or _is_place_name(name):
                continue
            if _ends_in_place(name):
                continue  # 服务庆阳产业一线: a verb and a place before 产业, no industry's name
            if han_count(name) < 2 or _NOT_A_NAMED_INDUSTRY.search(name):
                continue
            if KEY_PARTS.match(name):
                continue  # 关键零部件配套产业: a class of products the chain needs
            if re.search(r"[一二三四五六七八九十两]+[条大个项]|重点$|细分$|领域$|链$", name):
                continue  # 节能环保五条重点产业链 counts chains; it names none
            spans.append((s, e))
        return spans

    @staticmethod
    def _industry_context(text: str, s: int, e: int, topic: str) -> bool:
        """Is the label at ``s:e`` used as an industry here (not a product, a technology, a facility)?"""
        label = text[s:e]
        after = text[e : e + 8]
        if topic and re.fullmatch(
            rf"(?:[^，。；]{{0,6}}){re.escape(label)}(?:产业|行业|领域|产业链|集群)?(?:及[^，。；]{{0,8}})?", topic
        ):
            return True
        if _LIST_END.match(after) or after.startswith("方面"):
            return True
        if _FOCUS_BEFORE.search(text[max(0, s - 6) : s]) and (
            not after or after[0] in "，,。；;、和及等" or _LIST_END.match(after)
        ):
            return True
        # A whole item of a list that ends in an industry word: 围绕纺织服装、生物医药化工、装备制造等重点产业链.
        whole = (
            s == 0 or text[s - 1] in _SEPARATORS + "，,：:（(" or _FOCUS_BEFORE.search(text[max(0, s - 6) : s])
        ) and (text[e : e + 1] in _SEPARATORS + "等")
        if whole:
            rest = text[e : clause_end(text, e)]
            # the list ends at its 等 (…节能环保等传统优势产业技术改造和产品迭代: not at the clause's last 和)
            listed = rest
            if "等" in rest:
                closing = rest.index("等") + 1
                listed = rest[:closing] + re.split(r"[、和及与，]", rest[closing:])[0]
            tail = re.split(r"[、和及与]", listed)[-1]
            if _LIST_TAIL.match(tail):
                return True
        return _focus_list_item(text, s, e)


# 聚焦生物医药、新型储能和数字经济，…: a list a focus verb takes whole, closed by the clause's end (no 等X产业
# after it).
_FOCUS_LIST = re.compile(r"(?:重点发展|大力发展|积极发展|加快发展|发展壮大|做大做强|做优做强|培育壮大|重点培育|聚焦)")


def _focus_list_item(text: str, s: int, e: int) -> bool:
    """Is ``s:e`` an item of a list right after a focus verb whose items the industry scheme all knows?

    Such a list names the fields the plan develops even when no 产业 closes it; one item the scheme lacks
    (稀土永磁、稀土功能材料) makes it a list of products, which is left to the other rules."""
    head = re.search(r"[^，,。；;：:（(]*$", text[:s])
    tail = re.match(r"[^，,。；;：:）)]*", text[e:])
    assert head is not None and tail is not None
    verbs = list(_FOCUS_LIST.finditer(head.group()))
    if not verbs:
        return False
    verb = verbs[-1]
    items_text = head.group()[verb.end() :] + text[s:e] + tail.group()
    if "等" in items_text:
        return False
    items = re.split(r"[、和及]", items_text)
    return len(items) >= 2 and all(han_count(i) >= 2 and industries().lookup(i) is not None for i in items)


# 甘蔗糖业、茉莉花茶两条特色产业链: a list the plan counts as its chains names each of them.
_COUNTED_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}?(?:[和及][\u4e00-\u9fff]{2,8}?)?|[\u4e00-\u9fff]{2,8}[和及][\u4e00-\u9fff]{2,8}?)"
    r"(?:这|那)?(?:[两二三四五六七八九十]|\d+)(?:[条大]|个(?=细分|子链))"  # 光机电和半导体这两条产业链
    r"(?:特色|重点|主导|优势|新兴|支柱|农业|工业|细分)?(?:产业链|产业集群|(?<=[条个])子链|(?<=细分)领域)"
)


# 电线电缆、新材料、智能家电、节能环保等传统优势产业: a list the plan closes by calling its items industries.
_LISTED_END = re.compile(
    # (the list modifiers but 高新技术, 相关, 新型: after those the items were not read as the plan's own)
    r"等(?:(?:重点|主导|优势|特色|新兴|战略性新兴|传统|未来|支柱|先导){0,2}(?:产业集群|产业链|产业)|子链)"
    r"(?![园区基地化孵带]|加速|联盟|研究|技术(?:研究|创新中心)|创新(?:中心|联合体)|开发区|学院|基金|工人|人才)"
)
_LIST_OPENER = re.compile(
    r"^.*?(?:重点发展|大力发展|积极发展|加快发展|发展壮大|做大做强|做优做强|培育壮大|重点培育|聚焦|围绕|推动|推进|培育|"
    r"发展|布局|形成了|形成|涵盖|包括|覆盖|在|以|对)"
)


def _listed_items(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a list closed by 等…产业 that the scheme does not know, when one item it does know
    shows the list is of industries (电线电缆、新材料、智能家电等: 新材料 vouches for the rest).

    An item that a place opens (定兴县电线电缆) is the industry after the place."""
    spans: list[tuple[int, int]] = []
    if "等" not in text or "、" not in text or not ("产业" in text or "子链" in text):
        return spans
    for end in _LISTED_END.finditer(text):
        start = clause_start(text, end.start())
        body = text[start : end.start()]
        opener = _LIST_OPENER.match(body)
        cut = opener.end() if opener is not None and "、" in body[opener.end() :] else 0
        items: list[tuple[int, int]] = []
        pos = start + cut
        for part in body[cut:].split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        if len(items) < 2:
            continue
        names = [text[s:e] for s, e in items]
        places = [_leading_place(n) or _leading_local_place(n) for n in names]
        if not any(industries().lookup(n[len(p) :]) for n, p in zip(names, places, strict=True)):
            continue
        if any(
            not 2 <= han_count(n) <= 10 or re.search(r"[^\u4e00-\u9fffA-Za-z0-9]", n) or _CLAUSE_WORDS.search(n)
            for n in names
        ):
            continue  # a clause, a bracket or a figure inside: not a bare list of names
        for (s, e), name, place in zip(items, names, places, strict=True):
            if industries().lookup(name) is not None:
                continue  # the scheme's rule finds it
            s += len(place)
            name = text[s:e]
            if han_count(name) < 2 or name in UMBRELLA or is_generic(name) or industries().lookup(name):
                continue
            if _NOT_INDUSTRY.match(name) and not ends_in_industry_word(name):
                continue  # 新业态, 相关配套: no name; 新能源汽车零部件 opens with 新 and ends as an industry does
            spans.append((s, e))
    return spans


# 分水园区位于分水镇，重点发展金属制品，…: what a park is set to grow, one item closing its clause, is an industry
# the plan gives that park, whether the scheme knows it or not (a list joined by 和 is left to the other rules).
_PARK_FOCUS = re.compile(
    r"(?:园区?|开发区|经开区|高新区|工业园|产业园|化工园|集聚区|片区)(?:位于[^，,。；;]{2,14}[，,])?"
    r"(?:重点|主要|着力|优先|主导)?发展([\u4e00-\u9fff]{2,10})(?=[，,。；;]|$)"
)


def _park_focus(text: str) -> list[tuple[int, int]]:
    """Spans of an industry a park's clause says it develops (本部园区重点发展绿色建材，…)."""
    spans: list[tuple[int, int]] = []
    if "发展" not in text:
        return spans
    for match in _PARK_FOCUS.finditer(text):
        name = match.group(1)
        if industries().lookup(name) is not None or re.search(r"[的和及与]|动力$|产品$|壮大", name):
            continue  # the scheme's rule finds it; 园区发展的第一动力, 内生动力, 高附加值产品 name no industry
        if name in UMBRELLA or is_generic(name) or not ends_in_industry_word(name):
            continue
        if _NOT_INDUSTRY.match(name) or leading_function_words(name) or _is_place_name(name):
            continue
        spans.append(match.span(1))
    return spans


_CLAUSE_WORDS = re.compile(r"[为以的由在将把]|负责|担任|确定|等")
_FIRST_ITEM_CUT = re.compile(
    r"以服务|服务于|^服务|围绕|聚焦|负责|担任|确定|产业链和|产业和|包括|包含|涵盖|下设|分为|形成|着力|打造|规划|建设|[了为以的由在将把要]|"
    r"牵头|推进|实施|^是?指|^即"  # 领导牵头推进绿色食品、…八条, 实施黑木耳、…四大, 指绿色食品、…八条
)
_FOCUS_BEFORE_ITEM = re.compile(r"(?:重点发展|大力发展|做大做强|做优做强|培育壮大|聚焦|围绕|发展|培育|打造)")


def _counts(count: str, items: int) -> bool:
    """Does the written count (3, 三, 两) say ``items``?"""
    return str(items) == count or "一二三四五六七八九十".find(count) + 1 == items or (count == "两" and items == 2)


def _counted_list(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a counted list of chains (甘蔗糖业、茉莉花茶两条特色产业链), when the count is theirs."""
    spans: list[tuple[int, int]] = []
    if not ("、" in text or "和" in text or "及" in text) or not ("产业" in text or "子链" in text or "领域" in text):
        return spans  # the pattern needs both: most sentences are spared its runs of characters
    for match in _COUNTED_LIST.finditer(text):
        count = text[match.end(1) : match.end(1) + 2].lstrip("这那")[:1]
        listed = match.group(1)
        items = [m.span() for m in re.finditer(r"[^、]+", listed)]
        if not _counts(count, len(items)):
            # 厨卫电器、生活电器、暖通空调和家电核心零部件四条: the last two joined by 和, when the count says so
            # (软件和信息服务 stays one item where the count is that of the 、-separated items; only the last 和 or
            # 及 joins: 汽车及零部件、电子信息和新材料三大)
            lo, hi = items[-1]
            join = max(listed.rfind("和", lo, hi), listed.rfind("及", lo, hi))
            if join > lo:
                items = [*items[:-1], (lo, join), (join + 1, hi)]
        if any(_CLAUSE_WORDS.search(listed[lo:hi]) for lo, hi in items[1:]):
            continue  # 由某某牵头负责电子元器件: a clause, not a list of names
        if not _counts(count, len(items)):
            continue  # the list's first item took words before it (聚焦X、Y): the count says how many
        for index, (lo, hi) in enumerate(items):
            start = match.start(1) + lo
            if index == 0:
                # 由某局牵头负责电子元器件、…, 四大产业链和智能装备、…, 已形成了电子信息、…: the first item starts after
                # the clause's words
                first = listed[lo:hi]
                cuts = [m.end() for m in _FIRST_ITEM_CUT.finditer(first) if _an_item(first[m.end() :])]
                start += max(cuts, default=0)
            verb = _LEAD_VERB.match(text[start:]) or _FOCUS_BEFORE_ITEM.match(text[start:])
            if verb is not None and _an_item(text[start + verb.end() : match.start(1) + hi]):
                start += verb.end()  # 聚焦甘蔗糖业, 聚焦茶、咖啡…五条: the verb before the list is not the first item's
            name = text[start : match.start(1) + hi]
            unknown = industries().lookup(name) is None  # 新材料 is one, though 新 opens names that are none
            if (
                not _an_item(name)
                or name in UMBRELLA
                or _is_place_name(name)
                or (unknown and _NOT_INDUSTRY.match(name))
            ):
                continue
            spans.append((start, start + len(name)))
    return spans


def _an_item(name: str) -> bool:
    """Is ``name`` long enough to be a counted list's item: two characters, or one noun (茶 of 茶、咖啡…五条产业链)."""
    return han_count(name) >= 2 or (han_count(name) == 1 and word_tag(name) == "n")


# 宜宾市动力电池产业链高质量发展…, 滨州邹平轻量化铝材创新型产业集群认定申报书, 北海市电子信息产业发展白皮书: a
# title naming the one chain (or cluster, or industry) the whole plan is about.
_TITLE_CHAIN = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9]{2,14}?)(?:创新型|特色|先进制造业)?"
    r"(?:产业链|产业集群|产业(?=发展|高质量|转型|招商|创新|技术|专利|链))"
)
_TITLE_LEAD = re.compile(r"^(?:关于|印发|推进|推动|加快|促进|支持|做强|做大|发展|培育|壮大|全市|全区|全县|全州|我市)+")


def plan_chain(title: str) -> tuple[int, int] | None:
    """The span in ``title`` of the one chain the plan is about, or None when it names none or more than one
    (…和…产业链, 光机电产业链和半导体产业链): the plan's own chain, an industry of it whether or not a sentence says so.
    (Putting on it everything the plan leaves on no chain was tried: on the dev plans three false links for a true.)"""
    found = list(_TITLE_CHAIN.finditer(title))
    if len(found) != 1:
        return None
    s, e = found[0].span(1)
    # 某某市人大常委会关于全市医药健康产业…, 某某市人民政府关于印发某某市动力电池产业链…的通知, 某某市2026年石化新材料
    # 产业链…: the chain's name comes after them, then after the places and lead words before it
    s = max([s] + [m.end() for m in re.finditer(r"关于|《|\d{4}年度?", title[:e])])
    while True:
        place = regions().leading_place(title[s:e])
        lead = _TITLE_LEAD.match(title[s:e])
        step = len(place) if place and e - s - len(place) >= 2 else (lead.end() if lead is not None else 0)
        if not step:
            break
        s += step
    name = title[s:e]
    if han_count(name) < 2 or re.search(r"[和与及、]|\d|大学|学院|研究", name) or name in UMBRELLA:
        return None
    known = (
        any(industries().lookup(name + tail) is not None for tail in ("", "产业"))
        or ends_in_industry_word(name)
        or name[-2:] in _industry_heads()
    )
    return (s, e) if known and not _is_place_name(name) else None


@cache
def _industry_heads() -> frozenset[str]:
    """The last two characters of the scheme's labels (材料, 装备, 部件, 食品 …): the head of an industry's name."""
    labels = (label for concept in industries().concepts.values() for label in (concept.name, *concept.aliases))
    heads = {industry_key(label)[-2:] for label in labels if len(industry_key(label)) >= 2}
    return frozenset(heads | {term[-2:] for term in read_terms("industry_heads.txt")})


@cache
def _industry_vocabulary() -> re.Pattern[str]:
    """Two-character words of the scheme's labels (材料, 装备, 医药 …): a plan-named industry uses them."""
    words = set()
    for concept in industries().concepts.values():
        for label in (concept.name, *concept.aliases):
            key = industry_key(label)
            words.update(key[i : i + 2] for i in range(len(key) - 1) if is_common_word(key[i : i + 2]))
    return re.compile(trie_regex(words))


def _field_name(name: str) -> bool:
    """Is ``name`` a field of industry, as the scheme or its words name one (医药健康, 先进能源), and no umbrella?"""
    if re.search(r"^[省市县]|技术$|科技$", name):
        return False  # 做强省技术创新中心: a kind of centre, no field
    if name in UMBRELLA or _NOT_INDUSTRY.match(name) or _is_place_name(name):
        return False
    return industries().lookup(name) is not None or (han_count(name) >= 3 and ends_in_industry_word(name))


def ends_in_industry_word(name: str) -> bool:
    """Chinese names are head-final: an industry's name ends in a scheme label or one of its words (…材料,
    …装备, …医药), where a task heading that merely mentions one ends in something else (…底线, …支持)."""
    patterns = (industries().pattern, _industry_vocabulary())
    return any(pattern.fullmatch(name, i) for i in range(len(name) - 1) for pattern in patterns)


def _is_place_name(name: str) -> bool:
    from loaders.gazetteer import regions

    return bool(regions().leading_place(name))


def _ends_in_place(name: str) -> bool:
    """Does ``name`` end in a region's name, with words before it (服务庆阳)?"""
    from loaders.gazetteer import regions

    table = regions()
    return any(name[-n:] in table.by_short or name[-n:] in table.by_name for n in (2, 3) if len(name) > n)


def nearest_concept(name: str) -> str | None:
    """The scheme concept whose label is the longest part of a plan-named industry (动力储能电池 -> 动力电池)."""
    key = industry_key(name)
    best = None
    for label_key, concept in industries().by_key.items():
        if len(label_key) >= 2 and label_key in key and (best is None or len(label_key) > len(best[0])):
            best = (label_key, concept.id)
    return best[1] if best else None
