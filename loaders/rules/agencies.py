"""Agencies: government departments, above all those named responsible (责任单位：…).

A department is a government prefix (市, 省, 区, 县, 国家, 国务院, a region name, 市委 …) followed by a
department word from the reference list below (科技局, 发改委, 经信局 …). 市科技局 in a city plan is that
city's: the name is qualified with the plan's region (荆门市科技局) and the bare form kept as an alias.
"""

from __future__ import annotations

import re

from loaders.gazetteer import RegionRef, regions
from loaders.rules.common import GOVERNED_DISTRICT, Mention
from loaders.terms import read_rows, read_terms
from loaders.trie import last_characters, trie_regex

# Department names: loaders/data/departments.txt (general public-administration vocabulary).
# A province names its departments 厅 where a city names them 局 (省应急管理厅, 市应急管理局): each 局 of the
# list stands for its 厅 too.
_LISTED = read_terms("departments.txt")
_AS_HALL = (d[:-1] + "厅" for d in _LISTED if d.endswith("局") and not d.endswith("分局"))
DEPARTMENTS = _LISTED + tuple(d for d in dict.fromkeys(_AS_HALL) if d not in _LISTED)
# A department the list lacks still ends as departments do (市通信管理局, 区经济促进局, 市海洋发展局): a few
# characters of its field, then a word of administration and 局.
# Read only at the start of a list item or after 由, with a bare level before it, so that it never swallows a
# listed department's start (由市营商环境建设局, 市市场监督管理局).
_SHAPED = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=由))(?P<prefix>[市区县])(?P<dept>[\u4e00-\u9fff]{2,6}?(?:管理|发展|促进|建设|服务)局)"
    r"(?![\u4e00-\u9fff]{0,2}(?:面|长|分局))"
)
_DEPT = trie_regex(DEPARTMENTS)
# A prefix ends as a division (…省, …市, …区, …县), a town (…镇, …乡, …街道) or a zone (…新城, …汽车城) does.
_PREFIX = (
    r"(?:国务院|国家|中共[\u4e00-\u9fff]{2,6}委|[\u4e00-\u9fff]{2,14}?(?:开发区|经开区|高新区|新区)"
    rf"(?:{GOVERNED_DISTRICT})?(?=管委会|管理委员会)"
    r"|[\u4e00-\u9fff]{2,9}?(?:[省市区县旗盟镇乡城]|街道)|[省市区县]|(?<![\u4e00-\u9fff])[州盟旗])?(?:委|政府|人民政府)?"
)
_DEPT_ALONE = re.compile(_DEPT)
_DEPT_BUT_COMMITTEE = trie_regex(tuple(d for d in DEPARTMENTS if d != "管理委员会"))
_DEPT_ENDS = last_characters(DEPARTMENTS)  # a sentence holding none (six in ten) names no department


def _agency_pattern(departments: str) -> re.Pattern[str]:
    """A prefix, then one of ``departments``. 改革办法, 科技办公会议, 文联合作: a department word ending in 办 or 联
    that runs on into an ordinary word is not one."""
    return re.compile(
        rf"(?P<prefix>{_PREFIX})(?P<dept>{departments})(?!门|分(?!别)|长|属|务|级|际)(?!(?<=办)[公法学])(?!(?<=联)合)"
    )


_AGENCY = _agency_pattern(_DEPT)
_AGENCY_BUT_COMMITTEE = _agency_pattern(_DEPT_BUT_COMMITTEE)
# A national body's branch in a place: the central bank's (中国人民银行某某市分行) and the financial regulator's
# (国家金融监督管理总局某某监管分局) are named whole, place and all.
_BRANCH = re.compile(
    r"人行[\u4e00-\u9fff]{2,8}?分行|(?:中国)?人民银行[\u4e00-\u9fff]{2,8}?(?:分行|中心支行)"
    r"|国家金融监督管理总局[\u4e00-\u9fff]{2,8}?监管(?:分局|局)"
)
# A city bureau's branch in a district (某某市自然资源局某某分局): the branch is the agency named.
_DISTRICT_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}分局")
_RESPONSIBLE = re.compile(r"[(（]\s*(?:牵头|责任|主要责任|配合)?(?:单位|部门)\s*[:：]([^)）]{2,300})[)）]")
_SPLIT = re.compile(r"[、，,；;]")
_JOINERS = re.compile(r"会同|联合|配合|与|和|及")


_GOVERNMENT_AS_WORD = re.compile(
    r"工作|投资|债|采购|引导|购买|补贴|资金|规章|部门|各|性|主导|专项|信息|职能|网站|门户|令|文件|主要领导|督查|民生|团结|驻|常务|领导|决策"
)
_NATIONAL = re.compile(r"^(?:国家|国务院|中央|中共中央|全国)|^[^省市区县]{1,8}(?:部(?:[^省市区县]{1,4}司)?|总局)$")


# Departments a plan names without a prefix that are still one body: the national ministries.
_NATIONAL_BARE = frozenset(
    {"科技部", "工信部", "财政部", "教育部", "商务部", "农业农村部", "生态环境部", "科学技术部", "科协", "海关总署"}
)
# A town's government or office (安亭镇人民政府): a name of two to four characters before 镇, 乡 or 街道.
_TOWN_BODY = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)$")
_CLAUSE_CHARS = re.compile(r"[在报由向于是为的后和与及、各]")

# A zone's name between a list's separator (or a line's start) and 管委会.
_LISTED_ZONE = re.compile(r"(?:^|[、，,；;：:（(\t 。])([\u4e00-\u9fff][\u4e00-\u9fff—－-]{1,14})$")
_ZONE_LEAD = re.compile(r"经|由")  # (a preposition before a zone's name: 经某某管委会审核, 由某某管委会受理)
_ZONE_END = frozenset("区园港城湖谷岛湾山江洲州地村")  # …基地, 中关村: a zone's name ends as a place's does
# Where the plan's own division is an autonomous prefecture, a league or a banner, its departments are 州科技局,
# 盟发改委, 旗工信局: the level word alone, as 市 is elsewhere.
_OWN_LEVEL = ("州", "盟", "旗")
_VAGUE = re.compile(r"^(?:各|有关|相关|其他|所在|园区|开发区|高新区|各类|属地|当地|驻地|本地|基地|片区)")
# Words of a clause that never sit inside a zone's name (经 only where no 经济/经开 follows)
_BEFORE_ZONE = re.compile(r"其中|给予|并入|划入|职能|企业|经(?![济开])")
_VERB_INSIDE = re.compile(r"对接|代表|支持|推动|依托|鼓励|引导")
_LEAD_VERB = re.compile(
    r"^(?:依托|由|支持|推动|会同|联合|鼓励|引导|协调|组织|指导|督促|(?:积极|主动)?对接|(?:我)?代表)"
)


# A customs office is named after its city's short name, with no 市 (宜昌海关); 海关总署 is the national body.
_CUSTOMS = re.compile(r"([\u4e00-\u9fff]{2,3})海关(?!总署)")
_PARK_BODY = re.compile(
    rf"(?:新区|高新区|开发区|经开区|园区|度假区|示范区|保税区|综保区|工业区|城)(?:{GOVERNED_DISTRICT})?$"
)  # (黄石经开区·铁山区: a zone and the district it governs as one)


# Party departments a plan names bare (组织部) are no national ministries.
_PARTY_DEPARTMENTS = frozenset({"组织部", "宣传部", "统战部", "组织人事部"})


def _national_bare(dept: str) -> bool:
    """A department named without a prefix that is still one body: a national ministry (工业和信息化部)."""
    return dept in _NATIONAL_BARE or (dept.endswith("部") and dept not in _PARTY_DEPARTMENTS)


def _one_city(short: str) -> bool:
    return len([r for r in regions().by_short.get(short, []) if r.level == "city"]) == 1


def _in_division_name(text: str, start: int, end: int) -> bool:
    """Is the joiner at ``text[start:end]`` inside a division's full name, after its first character (兴和县, 永和县)?
    与兴和县人民政府共建 read with 和 blanked was 和县's government, a county of another province. A name the joiner
    opens (会同县, 和县) is read as the joiner: 县科技局会同县统计局."""
    by_name = regions().by_name
    return any(
        text[a:b] in by_name
        for a in range(max(0, start - 3), start)
        for b in range(end + 1, min(len(text), end + 4) + 1)
    )


def _is_county(name: str) -> bool:
    ref = regions().resolve(name)
    return ref is not None and ref.level == "county" and ref.name == name


def _is_body(prefix: str) -> bool:
    """Can ``prefix`` open a department's name: a bare level (省, 市委), a region, or a park?"""
    core = prefix.rstrip("委政府")
    if core in ("省", "市", "区", "县", "自治区", *_OWN_LEVEL):
        return True
    if _TOWN_BODY.match(core) and not _CLAUSE_CHARS.search(core):
        return True
    park = _PARK_BODY.search(prefix)
    if park is not None:
        # 高新区, 狮子山高新区; not 小组办公室设在高新区, whose words before the park are a clause
        head = prefix[: park.start()]
        return not head or regions().resolve(head) is not None or not re.search(r"[在报由向于是为的后]", head)
    return regions().resolve(core) is not None


def _opens_with_town(text: str, start: int, a: int, b: int, prefix: int) -> bool:
    """Is ``a:b`` a town that opens the department's prefix (新丰镇人民政府: the town's own government)?"""
    return a == start and b <= start + prefix and text[a:b].endswith(("镇", "乡", "街道"))


def is_national(name: str) -> bool:
    """科技部, 国家药监总局, 国务院: a national body, in no city a plan names (its plan region is not its place)."""
    if branch_place(name):
        return False  # 国家金融监督管理总局鹤壁监管分局: the branch is in its place
    return bool(_NATIONAL.search(name)) and not regions().leading_place(name) and name[0] not in "省市区县"


_BRANCH_PLACE = re.compile(
    r"^(?:国家金融监督管理总局|(?:中国)?人民银行|人行)(.{2,8}?)(?:监管分局|监管局|分行|中心支行)$"
)


def branch_place(name: str) -> str:
    """The place a national body's branch is named after (国家金融监督管理总局鹤壁监管分局 -> 鹤壁), or ""."""
    match = _BRANCH_PLACE.match(name)
    return regions().leading_place(match.group(1)) if match else ""


# 经济技术开发区 -> 经开区 …, the longest full ending first
_PARK_SHORTENED = sorted(
    ((full, short) for short, full in read_rows("park_abbreviations.tsv")), key=lambda row: -len(row[0])
)


def _zone_committee(prefix: str) -> bool:
    """Is 管理委员会 after ``prefix`` a zone's committee (…开发区, …新区, or a zone a list names: the prefix empty)?"""
    return not prefix or prefix in ("区", "市", "县") or _PARK_BODY.search(prefix) is not None


def _committee_name(name: str, aliases: list[str]) -> tuple[str, list[str]]:
    """One name for a zone's committee however it is written: 赣州经济技术开发区管理委员会, 赣州经开区管委会 and
    赣州经济技术开发区管委会 are one body. The short form plans mostly use is the name, the others its aliases."""
    zone = name[: -len("管理委员会")] if name.endswith("管理委员会") else name[: -len("管委会")]
    for full, short in _PARK_SHORTENED:
        if zone.endswith(full) and len(zone) > len(full):
            zone = zone[: -len(full)] + short
            break
    short_name = zone + "管委会"
    return short_name, [a for a in dict.fromkeys([*aliases, name]) if a != short_name]


def qualify(prefix: str, dept: str, plan_region: RegionRef | None) -> tuple[str, list[str]]:
    """``市`` + ``科技局`` in a 荆门 plan -> (``荆门市科技局``, [``市科技局``])."""
    bare = prefix + dept
    if plan_region is not None and prefix.startswith("自治区"):
        prefix = "省" + prefix[3:]  # 自治区科技厅: an autonomous region's department, as a province's
    if plan_region is None or not prefix or prefix[0] not in "市省区县州盟旗":
        return bare, []
    table = regions()
    target = plan_region
    if prefix[0] in "州盟" and plan_region.level == "county" and plan_region.parent in table.by_code:
        target = table.by_code[plan_region.parent]  # 州科技局 in a county's plan: the prefecture's
    if prefix[0] == "省":
        target = table.by_code.get(plan_region.province, plan_region)
    elif prefix[0] == "市" and plan_region.level == "county" and plan_region.parent in table.by_code:
        # A county-level city (天门) calls itself 市; a district's or a county's plan (大兴区, 长兴县) means the city
        # above it (市科委 in 大兴区's plan is 北京市's)
        target = plan_region if plan_region.name.endswith("市") else table.by_code[plan_region.parent]
    return target.name + prefix[1:] + dept, [bare]


def _second_plates(found: list[Mention], text: str, base: int) -> list[Mention]:
    """市市场监管局（市知识产权局）: one body with two plates (一个机构两块牌子); the bracketed name is the first's
    alias."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and text[last.end - base : m.start - base] in ("（", "(")
            and text[m.end - base : m.end - base + 1] in ("）", ")")
        ):
            last.attrs["aliases"] = [*last.attrs.get("aliases", []), m.name, *m.attrs.get("aliases", [])]
            last.attrs["plates"] = [*last.attrs.get("plates", []), m.name]  # the resolver maps it to the first
            continue
        out.append(m)
    return out


class AgencyFinder:
    """Department rules for one plan."""

    def __init__(self, plan_region: RegionRef | None) -> None:
        self.plan_region = plan_region

    def _own_level(self, level: str) -> bool:
        """Is ``level`` (州, 盟, 旗) the plan's own division's, or for 州 and 盟 its city's?"""
        region = self.plan_region
        if region is None:
            return False
        names = [region.name]
        if level != "旗" and region.level == "county" and region.parent in regions().by_code:
            names.append(regions().by_code[region.parent].name)
        return any(n.endswith("自治州" if level == "州" else level) for n in names)

    def find(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        found = []
        # 市工信局会同市财政局: 会同 joins two departments (and 会同 is also a county's name).
        # (but not the 和 inside a department's own name: 工业和信息化局, 人力资源和社会保障局).
        inside = [m.span() for m in _DEPT_ALONE.finditer(text)] if _DEPT_ENDS.search(text) else []
        # No department word in the sentence, none after the joiners are blanked either (no word holds 、): most
        # sentences, spared the prefix pattern, which tries a lazy run of characters at every position.
        text_for_match = (
            _JOINERS.sub(
                lambda m: m.group()
                if any(a <= m.start() < b for a, b in inside) or _in_division_name(text, m.start(), m.end())
                else "、" * len(m.group()),
                text,
            )
            if inside
            else ""
        )
        for match in _AGENCY.finditer(text_for_match):
            if match.group("dept") == "管理委员会" and not _zone_committee(match.group("prefix") or ""):
                # 区城市管理委员会: a committee of the city's administration, not of a zone; read as before the
                # zone committees' long form was a department word
                match = _AGENCY_BUT_COMMITTEE.match(text_for_match, match.start())
                if match is None:
                    continue
            s, e = match.span()
            prefix = match.group("prefix") or ""
            verb = _LEAD_VERB.match(prefix)
            if verb is not None and len(prefix) > verb.end():  # 依托江阴高新区管委会: the verb is not the name's
                s += verb.end()
                prefix = prefix[verb.end() :]
            if prefix.startswith(("各", "有关", "相关")):
                continue  # 各园区管委会: a kind of body, not one
            if prefix and prefix[0] not in "国中" and not _is_body(prefix):
                # 积极争取省科技厅: the match opened too early; the prefix is what follows the words before it
                shorter = next((prefix[i:] for i in range(1, len(prefix)) if _is_body(prefix[i:])), "")
                s += len(prefix) - len(shorter)
                prefix = shorter
            inner = max((m.end() for m in _VERB_INSIDE.finditer(prefix)), default=0)
            if inner and len(prefix) - inner >= 2:  # 积极对接中关村科技园区管理委员会: the verb opens no name
                s, prefix = s + inner, prefix[inner:]
            if match.group("dept") in ("管委会", "管理委员会"):
                # 其中…企业经开发区管委会, 其经济管理职能并入孝感高新区管委会: a clause's words before a zone
                cut = max((m.end() for m in _BEFORE_ZONE.finditer(prefix)), default=0)
                if cut:
                    s, prefix = s + cut, prefix[cut:]
                if prefix.startswith(("个", "省级", "市级", "国家级", "县级")):
                    continue  # 个省级开发区管委会: a kind of body, whose is not said
            either = prefix.rfind("或") + 1
            if either and len(prefix) - either >= 2:  # 县（区）工信部门或中卫工业园区管委会: 或 joins two bodies
                s, prefix = s + either, prefix[either:]
            if prefix in ("县", "区") and s > 0 and _is_county(text[s - 1] + prefix):
                s -= 1  # 攸县人民政府: a county of one character before 县
                prefix = text[s] + prefix
            named_zone = False
            if match.group("dept") in ("管委会", "管理委员会") and (not prefix or prefix in ("区", "市", "县")):
                # 、松山湖管委会, 、甬江科创区管委会 in a list of units: the committee of a zone whose name ends in no
                # division or park word; the list's separator opens the name.
                run = _LISTED_ZONE.search(text, 0, match.start("dept"))
                zone_at, zone = (run.start(1), run.group(1)) if run is not None else (0, "")
                lead = _ZONE_LEAD.match(zone)
                if lead is not None and len(zone) - lead.end() >= 2:
                    zone_at, zone = zone_at + lead.end(), zone[lead.end() :]  # 经临空区管委会, 由临空区管委会受理
                if (
                    zone
                    and zone[-1] in _ZONE_END  # 松山湖, 甬江科创区; not 建立管委会, 发挥管委会
                    and not _CLAUSE_CHARS.search(zone)
                    and not _VAGUE.match(zone)
                ):
                    s, prefix, named_zone = zone_at, zone, True
                    verb = _LEAD_VERB.match(prefix)
                    if verb is not None and len(prefix) - verb.end() >= 2:  # 支持西安航天基地管委会
                        s, prefix = s + verb.end(), prefix[verb.end() :]
            if not prefix and not _national_bare(match.group("dept")):
                continue  # 人民政府, 管委会 alone: whose is not said
            if match.group("dept") == "政府" and (
                _GOVERNMENT_AS_WORD.match(text, e)
                or prefix in ("县", "区")
                or text[max(0, s - 1) : s] == "各"
                or re.search(r"委[、，]?$", text[max(0, s - 2) : s])
                or "委" in prefix
            ):
                # 市政府工作报告, 市政府各部门, 各县政府: the word or a kind, not one government; 省委、省政府 is
                # the Party-and-government pair of policy talk, not a body given work
                continue
            if any(a < e and s < b and not _opens_with_town(text, s, a, b, len(prefix)) for a, b in spans):
                continue  # (checked once the start is right: …工程研究中心通过省发改委认定 names both)
            if prefix.rstrip("委政府") in _OWN_LEVEL and not self._own_level(prefix[0]):
                continue  # 州科技局 outside an autonomous prefecture's plan: whose is not said
            name, aliases = qualify(prefix, match.group("dept"), self.plan_region)
            # A park's 管委会 is one body, and so is each department of a park's administration (高新区财政局).
            park = _PARK_BODY.search(prefix) is not None or _TOWN_BODY.match(prefix.rstrip("委政府")) is not None
            if (
                prefix
                and not named_zone
                and prefix[0] not in "市省区县国中"
                and prefix.rstrip("委政府") not in _OWN_LEVEL
                and not prefix.startswith("自治区")
                and not park
                and regions().resolve(prefix.rstrip("委政府")) is None
            ):
                continue  # 各县区科技局, 有关科技局: a kind of department, not one (a park's 管委会 is one)
            if name.endswith(("管理委员会", "管委会")):
                name, aliases = _committee_name(name, aliases)
            found.append(Mention("Agency", name, base + s, base + e, block, {"aliases": aliases}))
            spans.append((s, e))
        shaped = text_for_match or text
        for match in _SHAPED.finditer(shaped) if "局" in shaped else ():  # every shaped name ends in 局
            s, e = match.span()
            if any(a < e and s < b for a, b in spans) or _CLAUSE_CHARS.search(match.group("dept")):
                continue
            name, aliases = qualify(match.group("prefix"), match.group("dept"), self.plan_region)
            found.append(Mention("Agency", name, base + s, base + e, block, {"aliases": aliases}))
            spans.append((s, e))
        for m in found:
            branch = _DISTRICT_BRANCH.match(text, m.end - base) if m.name.endswith("局") else None
            if branch is not None and not _CLAUSE_CHARS.search(branch.group()):
                # 沈阳市自然资源局浑南分局: the district's branch is the body named
                m.end += len(branch.group())
                m.name += branch.group()
                m.attrs["aliases"] = [a + branch.group() for a in m.attrs.get("aliases", [])]
        for match in _BRANCH.finditer(text):
            s, e = match.span()
            found = [m for m in found if not (m.start - base < e and s < m.end - base)]  # the whole branch, not a part
            found.append(Mention("Agency", match.group(), base + s, base + e, block, {}))
        found = _second_plates(found, text, base)
        for match in _CUSTOMS.finditer(text) if "海关" in text else ():
            before = match.group(1)  # the city's short name is its last two or three characters
            city = next((c for c in (before[-3:], before[-2:]) if _one_city(c)), None)
            s, e = match.end(1) - len(city or ""), match.end()
            if city is not None and not any(a < e and s < b for a, b in spans):
                found.append(Mention("Agency", city + "海关", base + s, base + e, block, {}))
                spans.append((s, e))
        return found

    @staticmethod
    def responsible_spans(text: str) -> list[tuple[int, int]]:
        """Spans of 责任单位 lists in a paragraph."""
        return [m.span(1) for m in _RESPONSIBLE.finditer(text)]
