"""Projects: named projects, programmes, special projects and engineering works, nothing generic.

Names come from where plans put them: quoted names ending in 工程/计划/行动/专项 (“科技人才集聚工程”, “春晓”行动),
headings and box items that name one (4.天门纺机智慧工厂建设项目。), 实施/推进 … 计划/工程 in prose, and
suffix-anchored …项目/…工程 with a distinctive body. A counted kind (5个智慧农业科技示范项目) is a figure, not
a name; a discipline (基因工程, 工程塑料) is not an undertaking.
"""

from __future__ import annotations

import re

from loaders.gazetteer import regions
from loaders.lexicon import is_common_word
from loaders.normalize import clean_name, han_count
from loaders.rules.common import DECLARED_ASIDE, Mention, clause_start, leading_function_words, left_edge
from loaders.rules.organisations import BUSINESS_WORDS, glued_district, is_generic
from loaders.segment import HEADING_MARK, ITEM_MARK

_KINDS = (("行动计划", "programme"), ("项目", "project"), ("工程", "engineering"), ("计划", "programme"),
          ("行动", "programme"), ("专项", "special"))  # fmt: skip
_QUOTED = re.compile(r"“([^“”]{2,24}?)(?:\s*\d+(?:\.\d+)?)?”(工程|计划|行动|专项|项目)?")
_SUFFIX = re.compile(r"(?:重大专项|专项|重大工程|工程|计划|项目|行动)$")
_IMPLEMENT = re.compile(
    r"(?:深入实施|组织实施|实施|推进|启动|开展)([\u4e00-\u9fff“”]{2,14}?(?:计划|工程|行动))(?=[，,。；;、:：]|$)"
)
# A verb of undertaking, then a project's name whose first part ends in 及/与/和 (实施坚果油及|植物蛋白肽精深加工项目)
_JOINED_NAME = re.compile(r"(?:实施|推进|启动)([\u4e00-\u9fff]{2,16}[及与和])$")
# 工程 as an undertaking ends a phrase; one continuing into a noun is a discipline or material (工程塑料).
# (or into the date or the news of its works: …改造工程于2022年底完成, …示范工程2023年建成, …示范工程完成首期建设)
_PROJECT_IN_TEXT = re.compile(
    r"项目|工程(?=[，,。；;、:：”）)和及等与为的]|$|建设|实施|试点|[一二三四五六七八九十]期|于\d|\d{4}年|"
    r"(?:已|已经|顺利|如期|全面|基本)?(?:完成|建成|竣工|投产|投运|开工|通过))"
)
# What may follow 项目 when it ends a name (not 项目库, 项目制, 项目管理 …).
_NOT_AFTER = set("库制化部区组单经资管申立实的落路招谋前储评验审包")
# …项目投资 is a sum (…项目投产 a named one starting up); 具备项目入驻条件 speaks of projects moving in, names none
# (会同项目所在县: where projects are; 重点产业链项目调度会: a meeting on projects)
_NOT_AFTER_WORD = re.compile(r"投资|投入|投融|投放|投向|入驻|所在|所需|调度|推进会|观摩|督办")
_GENERIC_PROJECT = re.compile(
    r"^(?:重大|重点|科技|研发|示范|产业化|建设|招商|合作|各类|国家|省级|市级|国家级|省|市|县|区|科研|创新|攻关|"
    r"转化|成果|专项|试点|应用|基础|前沿|产业|工业|农业|技术|关键|核心|共性|引进|新建|在建|续建|拟建|储备|实施|"
    r"计划|工程|民生|公益|社会|投资|融资|平台|人才|团队|高新技术|研究|开发|改造|升级|提升|推广|培育|孵化|服务|"
    r"示范性|标志性|引领性|带动性|优质|优秀|好|大|小|新|一批|若干|以上|相关|有关|其他|全部|部分|年度|十三五|"
    r"十四五|十二五|智能化|数字化|网络化|绿色化|技术改造|技改|扩能|扩产|配套|携带|严格|团队|参赛|揭榜|挂帅|政府|跨园区|"
    r"跨区域|海外|入库|签约|落地|招引|储备库|龙头|单个|产业链|园区间|亿元以上|和|与|及|“|”)+$"
)
# A body that ends in a modifier or a discipline names a kind (中科院重大项目, 动物基因工程).
_GENERIC_END = re.compile(
    r"(?:重大|重点|合作|科研|科技|示范|创新|研发|国际|服务业|基因|软件|系统|生物|化学|土木|水利|攻关|科技计划"
    # 重大科技成果转化项目 is a kind; 华锐数控五轴联动数控系统成果转化项目 (owner and object first) is one
    r"|(?<![\u4e00-\u9fffA-Za-z0-9]{5})成果转化|(?:科技|重大|重点|院所|高校)成果转化"
    # 市生态环境局负责项目, 市发改局要做好项目, 科研人员带项目, 停留在项目: a verb's bare object, no name
    r"|负责|做好|停留在|人员带"
    # 区市场监管局为签约项目, 区投资促进服务中心报送项目, 自己的项目: a body's verb or 的 before the bare word;
    # 集成电路产业链项目, 产业链上下游项目: a chain's projects, none named
    r"|为|签约|报送|的|产业链(?:上下游)?"
    # 市科技局将该项目, 鄂托克前旗在项目, 芷蘅香料已完成项目, 投资一般不超过项目: the word spoken of after a
    # pronoun, a preposition or a verb, no name
    r"|该|在|已完成|不超过"
    # 省科学技术奖一等奖项目, 获奖项目: results named by the prize they won
    r"|奖"
    # 技术改造类项目, 资金等项目, 市级预算项目, 大学生创业项目, 氢能示范应用场景项目: a class, a list's tail, a
    # budget line, a kind of venture, a kind of use, no one undertaking
    r"|类|等|预算|创业|场景"
    # 某某新材依托项目, 校地合作向项目, 产业链要加强项目, 实验室同期入驻项目: a verb or preposition before the word
    r"|依托|向|加强|分析|入驻)$"
)
# Words that make a body a class of projects (what a plan counts or selects), not one undertaking.
_CATEGORY = re.compile(
    r"累计|签约|招商|引进|以上|以下|范围内|近[一二三两五]年|优先|逾期|报送|储备|重点建设|各类|一批|个别|部分|[两三四五]大"
    # 沭阳县新开工项目, 宿城区红黄灯项目, 高新区列统项目, 投产项目中达产达效项目: projects by their stage or signal
    r"|新开工|竣工|投产|列统|红黄灯|[红黄绿]灯|达产|今年|本年|明年|[一二三四]季度"
)
# Verbs of seeking: what follows is a kind of project wanted, not one undertaking (引进, 承接, 招引 …).
_SOUGHT = re.compile(r"(?:引进|承接|招引|吸引|谋划|对接|招商|争取|储备|包装|承载)$")
_SEEKING = re.compile(_SOUGHT.pattern.removesuffix("$"))
# A body that ends in a verb or a quantifier of projects (恒磷科技加快|项目建设, 产业园区建立|项目推荐, 行动计划确定的各
# |项目, 研究院建设多|项目): the projects are spoken of, none is named.
_SPOKEN_OF = re.compile(r"(?:加快|建立|确定的各|的各|各|单个|多|招引|引进)$")
# (严格控制…项目, 杜绝…项目: a kind of project the plan forbids, none named)
_NOT_NAME_START = re.compile(
    r"^(?:的|和|与|及|等|为|以|在|对|了|着|[0-9]|个|家(?![电居具纺])|项|就(?!业)|严格|杜绝|禁止|严禁|限制)"
)
# A box (专栏) of projects: its lines are items even without a number.
_PROJECT_BOX = re.compile(r"专栏[^>]*项目")
_ITEM = re.compile(ITEM_MARK.pattern + r"([^。；;：:]{4,60}?(?:项目|工程|专项|计划))(?:[。；;：:]|$)")
# In a box of projects (专栏… 实施项目) an item opens with its project's name, punctuated or not.
_BOX_ITEM = re.compile(ITEM_MARK.pattern + r"([^。；;：:，,]{4,50}?项目)")
_LEGAL_NAME_END = re.compile(r"(?:公司|集团)的?$")
# A group named by its brand alone (泓源集团, 榆通集团), not a legal name (某某控股集团, 某某市某某集团有限公司)
_SHORT_GROUP = re.compile(r"[\u4e00-\u9fff]{2,4}集团")
# (与X洽谈Y项目: a project in talks is named without the talk)
_OWNER_VERB = re.compile(
    r"建设|实施|推进|新建|扩建|投资|开工|加快|启动|谋划|引进|落地|开展|推动|打造|实现|完成|洽谈|对接|签约|签订|签署|的"
)
# 鹤创集团已建成运营某某二期工程: what the group has built and runs is named after these words (read right after the
# owner only: 运营 inside a name, 某某公共数据授权运营平台建设工程, is the name's)
_DONE_VERB = re.compile(r"(?:已经?)?(?:建成|运营)|已经?")
# 与瑞诺康就华东生产基地项目达成意向, 与启衡动力签订…项目合作协议: after the firm, what the talks or the contract are
# about (a project in talks, named where the plan names it)
_TALKS_ON = re.compile(r"就(?!业)|签订|签署")
_HEADING = re.compile(r"^([^，,。；;]{2,30}?(?:专项|重大工程|工程|计划|行动))$")


def _kind(name: str) -> str:
    return next((kind for suffix, kind in _KINDS if name.endswith(suffix)), "project")


# What makes an undertaking concrete: a capacity or figure, a place, an organisation, or a physical object.
_CONCRETE = re.compile(
    r"\d|年产|[一二三四五六七八九十百千万]+(?:吨|台|套|辆|件|亩|平方米)|公司|集团|大学|学院|研究院|园区?|开发区|"
    r"高新区|新区|镇|港|机场|码头|基地|工厂|车间|产线|生产线|中试线|站|线$|路|桥|厂|馆|楼|城|谷|"
    # works on a physical thing (供热管网, 景区, 度假区, 历史街区, 水库, 医院)
    r"管网|景区|度假区|街区|水库|医院|隧道|管廊"
)
# A work whose object is people or capacity (人才, 队伍, 载体) is a programme, whatever its ending.
_PEOPLE_WORKS = re.compile(r"人才|队伍|工匠|企业家|领军|团队|强市|强县|强区|载体")
# (unless it builds for them or adds room: 人才社区建设工程, 人才公寓, 科创载体扩容工程, a figure)
_BUILT_FOR_PEOPLE = re.compile(r"\d|社区|公寓|大楼|楼宇|扩容|扩建|新建")
# Programme words: a plan's campaigns and slogans end in these, or count themselves (四大工程, 双百工程).
_PROGRAMME_END = re.compile(r"(?:行动计划|计划|行动|专项|重大专项)$")
_SLOGAN = re.compile(r"^[一二三四五六七八九十双百千万]+[大百千万项]|[“”]")


def entity_type(name: str) -> str:
    """Project for a concrete undertaking, Programme for a campaign, plan or slogan (issue: programmes are not
    Projects). A …工程 is concrete only with an owner or an object: a figure, a place, an organisation, a plant."""
    if _PROGRAMME_END.search(name):
        return "Programme"
    if name.endswith("工程") and _PEOPLE_WORKS.search(name) and not _BUILT_FOR_PEOPLE.search(name):
        return "Programme"  # 工程师队伍建设工程, 人才兴平工程, 重大创新载体建设工程: building people or capacity
    if name.endswith(("重大工程", "示范工程", "建设工程", "改造工程")) and not _SLOGAN.search(name):
        return "Project"  # a major or demonstration work names its object
    if name.endswith("工程"):
        place = regions().full.pattern.search(name) or regions().shorts.pattern.search(name)
        body = name[2:-2] if name.startswith("园区") else name[:-2]  # 园区供水工程: any park, none named
        if _SLOGAN.search(name) or not (_CONCRETE.search(body) or place):
            return "Programme"
    return "Project"


# 福州大学机械工程, 福州大学在电气工程: a university's discipline, no undertaking
_DISCIPLINE = re.compile(r"(?:大学|学院)在?[\u4e00-\u9fff]{2,4}$")


def _ok(body: str) -> bool:
    core = body.strip("“”")
    # 岩拓装备智能快速掘进成套装备示范工程: a long body names its demonstration; 科技示范工程 names a kind
    named_demo = core.endswith("示范") and han_count(core) >= 8
    return (
        han_count(core) >= 2
        and not _GENERIC_PROJECT.match(core)
        and not is_generic(core)
        and (named_demo or not _GENERIC_END.search(core))
    )


def _short_firm(name: str) -> bool:
    """A firm's short name ends in its business word (晶拓硅业, 恒润石化); a legal name is not one."""
    return name.endswith(BUSINESS_WORDS) and not _LEGAL_NAME_END.search(name)


_LEADING_VERBS = re.compile(r"^(?:深入实施|组织实施|实施|推进|启动|开展|加快)")


def _trim(name: str) -> str:
    """Drop the verb a name follows (实施创新型企业成长路线图计划 -> 创新型企业成长路线图计划)."""
    name = _LEADING_VERBS.sub("", name)
    return name[leading_function_words(name) :]


class ProjectFinder:
    """Project rules over headings, box items and sentences."""

    def in_heading(self, title: str, start: int, block) -> list[Mention]:
        text = re.sub(r"^(?:专栏\s*\d*\s*)?实施", "", re.sub(r"^专栏\s*\d*\s*", "", HEADING_MARK.sub("", title)))
        text = text.strip("。 ")
        match = _HEADING.match(text)
        if match and _ok(_SUFFIX.sub("", match.group(1))) and "“" not in match.group(1):
            name = clean_name(match.group(1))
            return [Mention(entity_type(name), name, start, start + len(title), block, {"kind": _kind(name)})]
        return []

    def in_sentence(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        found: list[Mention] = []
        projects: list[tuple[int, int]] = []

        def add(start: int, end: int, name: str) -> None:
            # A project name may contain an organisation (天门纺机智慧工厂建设项目); it may not cut through one,
            # and two projects never overlap.
            if any(s < end and start < e and not (start <= s and e <= end) for s, e in spans):
                return
            if any(s < end and start < e for s, e in projects):
                return
            name = clean_name(name)
            found.append(Mention(entity_type(name), name, base + start, base + end, block, {"kind": _kind(name)}))
            spans.append((start, end))
            projects.append((start, end))

        item = _ITEM.match(text)
        if item is None and block is not None and _PROJECT_BOX.search(block.section):
            item = _BOX_ITEM.match(text)
        if item and _ok(_SUFFIX.sub("", item.group(1))):
            name = _trim(re.split(r"[，,]", item.group(1))[-1])
            start = item.end(1) - len(name)
            body = _SUFFIX.sub("", name)
            # 1.加快推进在建项目, 3.精准招引电芯和储能项目: a task about projects, not one project's name
            sought = _SEEKING.search(body) is not None and not re.search(r"\d", body)
            if han_count(body) >= 2 and _ok(body) and not sought:
                add(start, item.end(1), name)
        for match in _QUOTED.finditer(text):
            inner, suffix = match.group(1), match.group(2) or ""
            name = inner + suffix
            if not _SUFFIX.search(name) or len(name) > 26:
                continue
            if not _ok(_SUFFIX.sub("", inner)):
                continue  # “揭榜挂帅”项目: a way of running projects, not one
            if suffix and han_count(inner) < 2 and not re.search(r"\d", inner):
                continue
            labelled = suffix == "项目" and han_count(inner) <= 4 and not re.search(r"\d", inner)
            if labelled or re.search(r"[+＋]", inner) or (not suffix and "、" in inner):
                continue  # “两高”项目: a class of projects; “平台+基金+项目”, “建体系、定标准、起项目”: slogans
            add(match.start(), match.end(), "“" + inner + "”" + suffix if suffix else inner)
        for match in _IMPLEMENT.finditer(text):
            name = match.group(1)
            if "“" not in name and _ok(_SUFFIX.sub("", name)):
                add(match.start(1), match.end(1), name)
        for match in _PROJECT_IN_TEXT.finditer(text):
            s, e = match.span()
            if text[e : e + 1] in _NOT_AFTER or _NOT_AFTER_WORD.match(text, e):
                continue
            left = left_edge(text, clause_start(text, s), s, spans, min_body=2)
            left += leading_function_words(text[left:s])
            if text.startswith(("公司", "本公司", "该公司"), left) and han_count(text[left:s]) >= 8:
                left = text.index("公司", left) + 2  # 介绍了公司中药配方颗粒…项目: the speaker's firm, no name
            # 某某食品股份有限公司预制菜中央厨房项目, 某某开发区某某股份有限公司年产5万吨…项目: the project's name
            # opens right after its owner's legal name (where no verb comes between)
            legal = max(
                (b for a, b in spans if left - 2 <= b < s and b - a >= 6 and _LEGAL_NAME_END.search(text[a:b])),
                default=None,
            )
            after_owner = legal is not None and legal != left and han_count(text[legal:s]) >= 2
            if after_owner and not _OWNER_VERB.match(text, legal) and not _DONE_VERB.match(text, legal):
                left = legal
            # 实施晶拓硅业年产20万吨有机硅单体及下游材料项目: the edge stopped at a word inside the name (下游, 及);
            # a firm's short name a few characters before, with no verb or stop between, opens the project's name
            near = [(a, b) for a, b in spans if a < b < left and left - b <= 20 and b - a <= 8]
            if near:
                a, b = max(near, key=lambda span: span[1])
                named, between = text[a:b], text[b:left]
                short_group = _SHORT_GROUP.fullmatch(named) is not None
                # a firm's short name ends in its business word (晶拓硅业); a group may be named by its brand
                firm = short_group or _short_firm(named)
                if (
                    firm  # (市商务局要做好…项目, 外冈镇重点承接…项目: a department or a town, no owner)
                    and not re.search(r"[，,。；;：:、“”（）()]", between)
                    and not _OWNER_VERB.search(between)
                    and not _DONE_VERB.match(between)
                    and not re.match(r"与|和|及|联合|牵头|依托|在|为|对|向|等", between)
                    and han_count(text[b:s]) >= 4
                ):
                    left = b
            # 链长专题会议研究恒润石化年产20万吨α-烯烃项目: a firm's short name inside what the edge took opens the
            # project's name; the words before it are the sentence's
            inside = [
                a
                for a, b in spans
                if left < a < b <= s
                and b - a <= 8
                and han_count(text[b:s]) >= 4
                and _short_firm(text[a:b])
                and not _TALKS_ON.match(text, b)
            ]
            if inside:
                left = max(inside)
            owner = next((a for a, b in spans if (b == left or (b == left - 1 and text[b] == "的")) and a < b), None)
            legal_owner = owner is not None and _LEGAL_NAME_END.search(text[owner:left]) is not None
            if legal_owner and _SHORT_GROUP.fullmatch(text[owner:left]):
                legal_owner = False  # 泓源集团煤制…项目: a group's short name opens its project's name like any brand
            if owner is not None and han_count(text[left:s]) >= 2 and not legal_owner:
                left = owner  # 华晟动力年产5万台…项目: the owner's short name opens the project's name
            # (江苏恒昊锂电材料有限公司年产5万吨负极材料项目: a legal name is the owner, before the project's name.)
            if any(a == left and b < s and _TALKS_ON.match(text, b) for a, b in spans):
                continue
            joined = _JOINED_NAME.search(text, max(0, left - 20), left) if text[left - 1 : left] in "及与和" else None
            first = joined.group(1)[:-1] if joined is not None else ""
            if joined is not None and not (is_generic(first) or is_common_word(first)):
                # 实施茶叶功能成分提取及高值化利用项目: the edge stopped at 及 inside the name
                # (推进技术改造及设备更新项目 names two kinds of work, no project)
                left = joined.start(1)
            aside = DECLARED_ASIDE.search(text, left, s)
            if aside is not None:
                left = aside.end()  # （以下简称鸿达线路板）高密度互连板项目: the name comes after the aside
            county = glued_district(text[left:s])
            if county and any(a == left + county for a, _ in spans):
                left += county  # 衡南县恒力绝缘新型绝缘纸板项目: the county is where the firm's project is
            while left < s and text[left] in "，,、；;：: ":
                left += 1  # 深圳市某某科技有限公司，就…项目: the owner's name ended at the comma
            body = text[left:s]
            if left > 0 and any(
                is_common_word(text[left - k : left + j]) for k in (1, 2) for j in (1, 2) if left - k >= 0
            ):
                continue  # 本地|新能源汽车配套项目, 预制|菜智能工厂项目: the edge fell inside a word, no name is whole
            if body.endswith(("的", "和", "与", "及", "等", "或")) or text[s - 1 : s] == "等":
                continue  # 揭榜成功的项目, 铝液直供深加工等项目: a description or a list of kinds, not a name
            if _IN_HAND.search(body) and (_AGENCY_END.search(body[:-2]) or _PROJECT_MATTER.match(text, e)):
                continue  # 市自然资源局保障项目建设用地, 可能影响项目融资: the project in hand (not 城乡供水保障项目)
            if _BEFORE_ANY_PROJECT.search(body) or _places_only(body):
                continue  # 安丘市将项目, 市统计局根据项目, 并建设本项目, 的大项目; 潍坊高新区项目: no project named
            if _SPOKEN_OF.search(body) or re.search(r"[+＋]", body):
                continue
            if owner is None and _CATEGORY.search(body):
                continue  # 累计新签约产业链项目, 投资10亿元以上项目: a count or class of projects
            if han_count(body) < 4 or _NOT_NAME_START.search(body[:2]) or not _ok(body) or len(body) > 40:
                continue
            if text.startswith("工程", s) and _DISCIPLINE.search(body):
                continue
            if re.search(r"(?:\d+|[一二三四五六七八九十两])(?:个|项|批)", text[max(0, left - 4) : left]):
                continue  # 5个智慧农业科技示范项目 counts a kind
            owned = owner is not None or any(a <= left < b or left <= a < e for a, b in spans if b - a >= 2)
            place = regions().full.pattern.search(body) or regions().shorts.pattern.search(body)
            if not (owned or place or re.search(r"\d", body)) and _SOUGHT.search(text[max(0, left - 6) : left]):
                continue  # 引进电容器生产项目, 重点承接铝基精深加工项目: a kind of project the plan seeks, none named
            if owner is None and not re.search(r"\d", body):
                sought = _SEEKING.search(text, clause_start(text, left), left)
                if text[left - 1 : left] == "等" or (sought is not None and "、" in text[sought.end() : left]):
                    continue  # 招引铁铬液流、锌溴液流等…技术路线项目, 重点引进A、B和C项目: kinds in a list sought
                if re.match(r"\d+(?:个|项)", text[e : e + 6]):
                    continue  # 累计参与新能源领域股权投资项目23个: a count of a kind
            made = han_count(body) >= 5 and re.search(r"(?:生产|产业化|制造|深加工|发电)$", body) is not None
            if not (owned or place or made or _CONCRETE.search(body) or han_count(body) >= 9):
                continue  # 电源侧储能项目, 湿法冶金项目: a kind of project, no owner, place or figure names one
            add(left, e, text[left:e])
        return found


# what stands before 项目 when the text speaks of projects in general (将项目纳入, 根据项目开工, 抓项目, 本项目, 大项目)
# (…归垫至项目, 团队开展项目, 期限内完成项目, 即开工项目, 占项目, 上半年项目, 省外项目: a verb or a time or place
# that takes 项目 as its object or its kind, no name before it; 新材料领域项目, 高新区承接项目, 合作区落地项目:
# a field's, a park's or a landing's projects)
_BEFORE_ANY_PROJECT = re.compile(
    r"(?:将|把|根据|按照|依据|对|抓|本|该|其|各|大|不含|含|至|占|带|完成|开展|开工|观摩|具体|入园|跨年度|领域|承接|落地"
    r"|上半年|下半年|全年|省外|市外|县外|区外)$|^不含"
)
# 保障项目…, 影响项目…: a verb whose object is the project in hand, when a department does it or the project's own
# matters follow (建设用地, 融资, 收益)
_IN_HAND = re.compile(r"(?:保障|影响)$")
_AGENCY_END = re.compile(r"(?:局|委|办|政府|管委会|^)$")
_PROJECT_MATTER = re.compile(r"建设用地|用地|融资|收益|运营|进度|实施")
_PLACE_WORDS = re.compile(r"(?:市属|县属|区属)?(?:开发区|高新区|经开区|园区|新区)$")


def _places_only(body: str) -> bool:
    """潍坊高新区, 市属开发区: a place or a kind of zone before 项目 names whose projects, not one project."""
    rest = regions().after_places(body)
    if rest and rest != body and _GENERIC_PROJECT.match(rest):
        return True  # 宿迁市重大产业项目: a place's projects of a kind
    return not rest or _PLACE_WORDS.fullmatch(rest) is not None


def fold_project_heads(mentions: list[Mention], links: list) -> tuple[list[Mention], list]:
    """A firm's short form read from a project name's head (凯沣动力 in 凯沣动力电池系统结构件项目) where the plan
    names a firm of that trade name in full (合肥凯沣新能源科技有限公司, short 凯沣新能源) is that firm's project, not
    a second firm: the head is 字号 + the project's product, and its links go to the firm named in full.

    Done over the whole document because the project's heading comes before the paragraph that names its firm."""
    projects = {m.start: m for m in mentions if m.type == "Project"}
    full = [m for m in mentions if m.type == "Enterprise" and not m.rule.startswith("enterprise.short")]
    fold: dict[int, Mention] = {}
    for m in mentions:
        if m.rule != "enterprise.short:business-word" or len(m.name) < 4:
            continue
        project = projects.get(m.start)
        if project is None or not project.name.startswith(m.name):
            continue
        trade = m.name[:2]
        owners = {f.name: f for f in full if 0 <= f.name.find(trade) <= 4 and not f.name.startswith(m.name)}
        if len(owners) == 1:
            fold[id(m)] = next(iter(owners.values()))
    if not fold:
        return mentions, links
    for k in links:
        k.source = fold.get(id(k.source), k.source)
        k.target = fold.get(id(k.target), k.target)
    return [m for m in mentions if id(m) not in fold], links
