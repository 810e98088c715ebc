"""Relations read inside one sentence: where a thing is, which chain it is on, who hosts a platform, who
carries out a project, who cooperates with whom, and which firms the plan only courts.

Each rule has a name (the ``rule`` of the evidence it writes) and a confidence; the names are listed in
``loaders/data/rules.tsv`` with what each reads, so ``kg review`` can say which rule to blame.
Document-wide defaults (a firm with no place named is in the plan's region) are left to :mod:`loaders.resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from loaders.gazetteer import RegionRef, apart, code_prefix, countries, firm_words, regions
from loaders.rules.common import DECLARED_ASIDE, Link, Mention, clause_start, entry_part
from loaders.rules.organisations import ENTERPRISE_SUFFIXES, is_known_firm
from loaders.rules.places import COURT_VERBS, region_attrs
from loaders.rules.sectors import UMBRELLA, nearest_concept
from loaders.terms import read_terms, rule_confidence
from loaders.trie import trie_regex

if TYPE_CHECKING:
    from loaders.segment import Block

ORGS = ("Enterprise", "Platform", "University")
HOSTS = ("Enterprise", "University", "Region")
# The rules that place a thing by the place its own name opens with: what a paragraph's park or town may narrow.
NAME_PLACES = ("located.name-place", "located.legal-name")

# 团风县：…, 黄冈高新区：…: a paragraph labelled with a place (RelationRules.lead_place)
# (1．孝感高新区。功能定位为…: a numbered item run in under the place's name)
_PLACE_LEAD = re.compile(
    r"\s*(?:(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*([\u4e00-\u9fff]{2,14}?)[：:。]"
    r"|([\u4e00-\u9fff]{2,14}?)[：:])(?=.)"
)
# 马口园区位于马口镇，重点发展纺织服装，…支持某某有限公司…: a sentence whose subject is a park or town, saying what
# it holds or grows
_SUBJECT_PLACE = re.compile(
    r"\s*(?:(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*)?([\u4e00-\u9fff]{2,16}?)"
    r"(?=位于|地处|重点发展|主要发展|着力发展|聚焦发展|现有|已集聚|集聚了?)"
)
# 2.杭州某某科技有限公司（以下简称“某某”）。该公司位于余杭区未来科技城，…: the one firm (or platform) the sentence
# before introduced is where the next one says "it" is
_THAT_ONE_AT = re.compile(
    r"\s*(?:该|这家|此)(公司|企业|集团|平台|中心|基地|研究院|实验室|孵化器|加速器|机构)(?:总部|厂区|生产基地)?"
    r"(?:位于|坐落于|坐落在|地处|设在|落户(?:于|在)?)"
)
# An item's mark before what it is about (2．, （三）, ——), and the close of a platform's name that leads it (its
# level or declared short form in brackets, then the full stop): RelationRules.item_lead_hosts
_ITEM_LEAD = re.compile(r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|——|—)\s*")
_LEAD_CLOSE = re.compile(r"(?:[（(][^（）()。]{1,30}[）)])?[。：:]")
_ITEM_HOST_CUE = re.compile(r"\s*(?:主要)?(?:由|依托)(?:其(?:全资|控股)?子公司)?")  # (由其全资子公司X运营)
# what the organisation after 由/依托 does for the platform (由X牵头，联合…组建; 由X与Y共建; 依托X建设)
_ITEM_HOST_VERB = re.compile(
    r"(?:负责|牵头|共同)?(?:建设运营|运营管理|投资建设|运营|运行|管理|建设|组建|共建|承建|发起)?(?:[和及并](?:运营|管理|建设))?$"
    r"|(?:与|和|联合)[^，,]{2,30}?(?:共建|共同(?:建设|组建|运营|发起)|合作建设|联合(?:建设|组建))$"  # (X与Y共建: X)
)
_RUNNER = re.compile(r"(?:管委会|管理委员会)$")
# 锡北镇这边，也有一批…企业。比如X…; 另外，宜兴官林镇的线缆产业，我们也在…: a speaker's paragraph about one place
_SPOKEN_PLACE_LEAD = re.compile(
    r"\s*(?:另外|此外|还有)?[，,]?([\u4e00-\u9fff]{2,14}?)(?:这边|这里|那边|这几年|这一块|这块|的[\u4e00-\u9fff]{2,8}产业)[，,]"
)
_HOST_VERBS = trie_regex(read_terms("host_verbs.txt"))
# Organisation, then (with a partner: 与/和/联合 Y) a building verb, then the platform: 支持X(与Y)建设Z.
_HOST_BETWEEN = re.compile(
    # (X牵头，联合Y等18家单位组建Z: the leader, past the comma after 牵头)
    rf"^(?:牵头[，,](?=联合|携手|会同))?(?:(?:牵头|联合|携手|与|和|会同)[^，,。；;]{{0,30}}?)?(?:在[^，,。；;]{{2,14}}?)?"
    rf"(?:投资)?(?!运营的)(?:{_HOST_VERBS})"  # (X运营的Z: _RUNS, the one platform right after it)
    rf"(?![^，,。；;]*[）)]、)[^，,。；;]{{0,24}}$"  # (（由X运营）、Z: an aside's runner, then the next item)
)
# A park's ending after a place word (昌吉|高新区): the place word is the park's name, not a place of its own.
_PARK_AFTER = re.compile(
    r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|经开区|工业园区|工业园|产业园区|产业园|工业集中区|产业集聚区)"
)
# X依托Z开展…: the organisation that relies on a platform owns it.
_RELIES_ON = re.compile(r"^(?:主要)?依托$")
_RELIES_ON_LIST = re.compile(r"^(?:主要)?依托[^，,。；;]{2,40}[和及、]$")
_SUPPORT_LEAD = re.compile(r"(?:支持|鼓励|推动|引导)(?:[\u4e00-\u9fff]{2,10}?(?:区|县|市|镇|园|街道))?$")
# (支持X实施…项目，与Y共建Z / …，牵头组建Z: the supported X leads, the partner after 与 joins)
_SUPPORTED_BUILDS = re.compile(
    rf"^[^。；;：:]{{2,60}}[，,](?:牵头|(?:与|联合|携手)[^，,。；;]{{2,30}}?)?(?:{_HOST_VERBS})$"
)
# 由X牵头，联合…组建Z: the organisation that leads the building, even past a comma.
# (公司牵头搭建并运营的某某平台: what it built and runs)
_RUN_BEFORE = re.compile(
    r"^(?:负责|牵头)?(?:(?:搭建|建设|组建|打造)(?:并|和|及))?(?:运营|运行|管理|建设|投资建设|共建|承建|组建|搭建)的$"
)
_LEADS = re.compile(rf"^(?:牵头|负责)[^。；;]{{0,40}}?(?:{_HOST_VERBS}|运营|运行|管理)[^。；;，,]{{0,20}}$")
_RUNS = re.compile(r"^(?:负责|牵头)?(?:(?:搭建|建设|组建|打造)(?:并|和|及))?(?:运营|运行|管理)的$")
# X（…）是…链主企业，建有A和B: what a firm has built is its own, past the comma that closes its description.
# (or straight after the firm: 恒锂新能源建有A和B)
# (研究院按照“一链一中心”布局设置5个专业研究中心：A、B…: an institute's own centres, a manner said before the verb)
_HAS_BUILT = re.compile(
    r"^(?:(?:是|位于)[^。；;：:，,等]{0,25}[，,])?(?:[^，,。；;：:]{0,16}?布局)?(?:已|现已|目前)?(?:建有|设有|设置|下设)"
    r"[^，,。；;等]{0,40}$"
)
_BUILDER_CUE = re.compile(r"(?:依托|支持|鼓励|推动|引导|推进|由)$")
# What a platform has built or set up (研究院下设…, 研究院设置5个专业研究中心：…), not what it merely sets aside
# (设置了某某专项资金)
_SETS_UP = re.compile(r"建有|设有|下设|设置了?(?:\d+|[一二三四五六七八九十两]+)个")
# 由X…, 由某某经开区平台公司X…: the runner after 由, said with what kind of company it is
_BY_LEAD = re.compile(r"由(?:[^，,。；;由]{0,12}?(?:平台公司|国有企业|国企|公司|集团))?$")
# Z由X负责运营, 建设Z，由X负责运营, Z（由X运营）; 由高新区国有平台公司X负责运营: X said with what kind it is
# Z由X牵头，联合Y等32家单位组建: X leads the building, the others join
_LEADS_WITH = re.compile(r"^牵头[，,]?(?:联合|携手|会同)[^。；;]{0,40}?(?:组建|共建|建设|成立)")
_RUN_BY = re.compile(
    r"^[，,（(]?(?:由|依托|是由|是)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:国有|国资)[\u4e00-\u9fff]{0,4}?(?:公司|企业|集团))?$"
)
# Z…，由X负责运营 said of the platform opening the sentence: one clause about it, then its runner
# (a status said of it: 被认定为…, 获批…, 入选…; not 内设某实验室，由X负责运营, where X runs the lab)
_RUN_BY_LATER = re.compile(
    r"^(?:(?:19|20)\d\d年\d{0,2}月?)?(?:(?:被|已|先后|成功)?(?:认定|评为|获批|批准|入选|列入|晋升|升级|挂牌|授牌|备案)"
    r"|(?:为|是)(?:国家|省|市|县|州|自治区)级)[^。；;！!？?，,：:（(]{0,30}[，,]由$"
)
# X，简称…，是做…的，依托它建了Z: the firm the sentence is about, named again by a pronoun, builds Z;
# 依托X，我们认定了Z: after 依托X and a comma, the speaker's verb of founding or accrediting
# (X依托项目建设的Z, X依托该项目建设A，并在项目内配套建设Z, X是…龙头企业，依托该企业建设的Z: the firm's own project
# or the firm itself, named by a pronoun)
_RELIES_ON_IT = re.compile(
    rf"^(?:[^。；;]*[，,])?依托(?:它|其|该项目|项目|该企业|该公司)(?:{_HOST_VERBS}|建)了?的?"
    rf"(?:[^，,。；;]{{0,20}}|[^。；;]{{0,40}}[，,]并(?:在[^，,。；;]{{1,8}})?(?:配套)?(?:{_HOST_VERBS}))$"
)
_RELIED_ON_THEN = re.compile(
    rf"^[，,](?:我们|市里|我市|全市|区里)?(?:{_HOST_VERBS}|认定|建)了?[^，,。；;、()（）]{{0,10}}$"
)
# Z（依托X）, Z（依托单位：X）: who builds or runs a platform, said in an aside right after its name
_HOST_ASIDE = re.compile(r"^[（(](?:依托|(?:依托|建设|承建|运营|牵头)单位[：:为]?)$")
_RUN_VERB = re.compile(r"^(?:负责|牵头|承担)?(?:运营|建设|组建|承建|管理|运行|牵头建设|牵头组建)")
_COURT = re.compile("|".join(COURT_VERBS))
_LOCAL_VERB = re.compile("|".join(read_terms("local_verbs.txt")))
_COOPERATE = re.compile(
    r"与(.{2,80}?)(?:等)?(?:高校院所|高校|院所|科研院所|大学)?(?:签署|签订|开展|合作|共建|联合|对接|深化|建立)"
)
_BUILT_IN = re.compile(
    rf"(?:(?:注册|投资)?(?:{_HOST_VERBS})|布局|实施|推进|开工|启动)[^，,。；;：:]{{0,20}}?(?:[、和及][^，,。；;：:]{{0,30}})?"
)
# Central state-owned groups are named 中国… or 中 + a one- or two-character brand + 集团 (中粮集团, 中建集团).
_NATIONAL_GROUP = re.compile(
    r"^(?:中国[\u4e00-\u9fff]{2,10}(?:集团|总公司)(?:有限公司|股份有限公司)?$|中[\u4e00-\u9fff]{1,2}集团$)"
)


# What may stand between a place and the name it places (某某园的, 某某园台资企业): nothing, 的, or a kind of firm.
# (宿州经开区本地龙头企业X: the zone's own firm)
_GLUE = re.compile(
    r"(?:的|内的|内|里的|里面的)?(?:本地|当地)?(?:(?:台资|外资|港资|侨资|民营|龙头|骨干|重点|入园|规上|领军)?企业)?"
)


def _run_end(first: Mention, regions: list[Mention]) -> Mention:
    """The last of the places written one after another from ``first`` (烟台开发区大季家街道): a plan names the
    wider place first, so the last is where the thing is."""
    last = first
    # (东胜区鄂尔多斯装备制造基地: the park named after the city, not the city's name it opens with)
    while (after := max((r for r in regions if r.start == last.end), key=lambda r: r.end, default=None)) is not None:
        last = after
    return last


def _list_head(thing: Mention, things: list[Mention], text: str, base: int) -> Mention:
    """The first item of the list ``thing`` closes (位于潍坊高新区的A（以下简称…）、B和C: A for B and C), or ``thing``
    itself: items of its type joined by 、/和/及, each perhaps with its declared short form."""
    head = thing
    while True:
        lead = DECLARED_ASIDE.sub("", text[max(0, head.start - base - 24) : head.start - base])
        if not lead.endswith(("、", "和", "及")):
            return head
        before = next(
            (
                t
                for t in things
                if t.type == thing.type
                and t.end <= head.start
                and DECLARED_ASIDE.sub("", text[t.end - base : head.start - base]) in ("、", "和", "及")
            ),
            None,
        )
        if before is None:
            return head
        head = before


# 北京, 天津, 上海, 重庆: a province that is one city, so a legal name opening with it says where the firm is at home
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


def named_elsewhere(name: str, plan_code: str, municipal: bool = False) -> bool:
    """Does a legal name open with a city or county outside the plan's region (深圳市某某有限公司 in 龙岩's plan)?
    Such a firm is at home there; a row or a project that lands in the plan's region does not move it. A province
    (江苏某某有限公司) is only where the firm is registered: it may be the one that settles in the plan's park, as a
    municipality's (北京某某有限公司) may; ``municipal`` counts a municipality as the city it is, for a firm that
    nothing in the plan places (the dev golds place municipal firms that settle in a park in the park)."""
    ref = legal_home(name)
    municipality = municipal and ref is not None and ref.level == "province" and ref.code[:2] in _MUNICIPALITIES
    if ref is None or (ref.level == "province" and not municipality):
        return False
    return apart(code_prefix(ref.code), code_prefix(plan_code or ""))


def legal_home(name: str, near: RegionRef | None = None) -> RegionRef | None:
    """The place a legal name opens with, its home (深圳市某某有限公司, 焦作某某有限公司), resolved near ``near``.
    A county's short form opens many a brand (天元, 永安, 和平), so only a city's or a province's short form counts."""
    full = regions().full.match(name)
    short = None if full else regions().shorts.match(name)
    ref = regions().resolve((full or short).group(), near) if full or short else None
    if ref is None or (short is not None and ref.level not in ("city", "province")):
        return None
    return ref


def elsewhere(name: str) -> bool:
    """A national group, a foreign firm or a well-known brand (华为, 宁德时代): named in a city's plan for a project it
    runs there, or one the city courts, not based there."""
    return bool(_NATIONAL_GROUP.match(name) or countries().match(name) or is_known_firm(name))


# 某某公司负责建设, 具体负责实施, 承建: the firm that builds a project another signed for
_BUILDS = re.compile(r"(?:（[^）]{1,12}）)?(?:具体)?(?:负责(?:项目)?(?:建设|实施|运营)|承建)")
_CHAIN_NAMED = re.compile(r"(?:产业链|产业集群)")
# 本部园区重点发展高端装备制造，…: a sentence whose subject (a park, a town) grows one chain
_PLACE_DEVELOPS = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,16}?(?:园区|园|区|镇|街道|基地|集聚区))(?:位于[^，,。；;]{2,16}[，,])?"
    r"(?:重点|主要|着力|聚焦|集中)发展"
)
_LEAD_FOCUS = re.compile(r"做大做强|做优做强|壮大|培育|发展|推动|布局|打造|聚焦|围绕|提升|延伸")
# Where an organisation's name ends inside a platform's or project's name (…大学…研究院, …有限公司…项目).
_OWNER_END = re.compile(r"大学|学院|科学院|有限公司|股份公司|集团")
_SETTLES_AT = re.compile(r"(?:将|拟)?(?:在|于)")
_BUILT_BY_AT = re.compile(r"[：:]由[^，,。；;：:]{2,24}?(?:在|于)")
# The verb may follow a site the place holds (在水西镇有色冶金基地扩大…); a firm makes things where it is
# (在余江区生产…).
_SETTLE_VERB = re.compile(
    r"(?:[^，,。；;：:、]{0,8}?(?:基地|园区|园|片区|厂区))?"
    r"(?:为[^，,。；;]{2,16}?配套)?"  # 在鹰潭高新区为通信设备配套生产…
    r"(?:发展|设立|建设|布局|投资|落户|新建|扩建|建成|打造|实施|开展|扩大|扩产|提升|组建|建立|生产|制造|研发|经营)"
)
# 某某有限公司（以下简称“某某”）位于某某经济开发区: where a thing is, said outright.
# A legal name's ending (…有限公司, …集团); a bare …公司 is as often a short form (某某公司) as a legal name.
_LEGAL_ENDINGS = tuple(s for s in ENTERPRISE_SUFFIXES if s != "公司")
# (成立于2012年，位于…: the founding clause a firm's introduction opens with, before where it is; 某某孵化器由某某
# 公司运营，位于…, 某某研究院由X与Y共同发起建设，落户…: the operator's or builders' clause a platform's opens with)
_STATED_AT = re.compile(
    r"(?:[，,]?(?:(?:成立|始建|创建|创立|组建|注册成立|建)于[^，,。；;（(]{2,14}[，,]"
    r"|由[^，,。；;]{2,30}?(?:负责)?(?:建设运营|运营管理|运营|运行|管理|共建|(?:共同)?(?:发起)?(?:建设|组建|设立))[，,])?"
    r"(?:已?于\d{4}年(?:\d{1,2}月)?)?"  # (某某研究院于2021年落户…: when it settled, then where)
    r"(?:总部|厂区|基地)?(?:位于|坐落于|坐落在|地处|(?:签约)?落户(?:于|在|到)?|设在|设于|[，,]总部就?在))$"
)
# The rest of a list of partners that ends in champions from elsewhere (…、腾讯等头部企业合作).
_PARTNER_LIST_END = re.compile(
    r"[^，,。；;：:]{0,40}?等(?:国内外|国际|国内|全球|行业)?(?:头部|知名|领军|领先|龙头)(?:企业|公司)"
)
# 在孵企业X, 入驻的X, 毕业企业X: a firm an incubator houses (or housed), named right after the cue
_HOUSED_CUE = re.compile(r"(?:在孵|入孵|入驻|毕业)(?:的)?(?:企业|团队|项目)?$")
_INCUBATOR_KIND = re.compile(r"(?:孵化器|众创空间|星创天地|加速器|孵化基地|孵化中心|大学科技园)$")
_LEVEL_ORDER = {"park": 0, "town": 0, "county": 1, "city": 2}


def inside(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner is not outer


def _names_of(
    mentions: list[Mention], types: tuple[str, ...], min_len: int, short_forms: bool = False
) -> dict[str, Mention]:
    """The names (and, with ``short_forms``, the declared short forms) of the mentioned things of ``types``."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.type in types:
            for name in (m.name, *(m.attrs.get("aliases", ()) if short_forms else ())):
                if len(name) >= min_len:
                    names.setdefault(name, m)
    return names


def _opened_by(things: list[Mention], names: dict[str, Mention], min_rest: int) -> Iterator[tuple[Mention, Mention]]:
    """(thing, named) for each thing whose name opens with one of ``names`` and goes on for ``min_rest`` or more."""
    if not names:
        return
    # The longest of ``names`` the thing's name opens with, as a trie regex of them would match: looked up by
    # prefix, since compiling that pattern for each plan's names cost more than the lookups.
    longest = max(map(len, names))
    for thing in things:
        name = thing.name
        for size in range(min(len(name), longest), 0, -1):
            named = names.get(name[:size])
            if named is not None:
                if len(name) - size >= min_rest:
                    yield thing, named
                break


_CLAUSE_END = re.compile(r"[，,；;：:]")


def link(rel: str, source: Mention, target: Mention, rule: str, confidence: float) -> Link:
    return Link(rel, source, target, min(source.start, target.start), max(source.end, target.end), rule, confidence)


_BUILDS_PARK = re.compile(r"(?:建设)?(?:项目|工程)")


# A firm after 联合 or 携手 that follows an organisation in its clause is that organisation's partner (支持A联合B、C
# 开展…). Read on the clause with every organisation's name blanked to ○, so that a name's own 联合 (某某联合软件) is
# not the verb and the subject stands before it.
_PARTNER_BEFORE = re.compile(r"○[^，,。；;○]{0,6}?(?:联合|携手)[^，,。；;]{0,20}$")
# 在钛瑞新材、华锐数控等企业的数字化车间应用 in another chain's section: the firms use the chain's products (their
# names blanked as ○), they are not on it
_USER_BEFORE = re.compile(r"在(?:○+[、和及])*$")
_USER_AFTER = re.compile(r"(?:[、和及]○+)*等?[\u4e00-\u9fff]{0,4}?(?:企业|公司)?(?:的|中|推广|应用|使用)")


_ENTRY_PLACE = re.compile(r"(?:项目地点|建设地点|项目位置|落户地点)\s*[：:]")
_ENTRY_OWNER = re.compile(r"(?:建设单位|项目业主|业主单位|建设主体)\s*[：:]")


def _later_partner(text: str, base: int, lead: str, org: Mention, before: list[Mention]) -> bool:
    """Is ``org`` a later item of a list of partners (联合Y、Z, 与Y和Z) with a builder named before the list?

    The list must be nothing but organisations' names and their separators: 推进A组建企校联合创新中心、B组建…
    names B as the next builder, not as a partner of A's."""
    partner = re.search(r"(?:与|和|会同|联合|携手)([^，,。；;]{2,40}[、和及])$", lead)
    if partner is None:
        return False
    lo, hi = org.start - len(lead) + partner.start(1), org.start
    listed = [o for o in before if lo <= o.start and o.end <= hi]
    if not listed or any(o.type in ("Platform", "Region") for o in listed):
        return False
    rest = text[lo - base : hi - base]
    for o in sorted(listed, key=lambda o: -o.start):
        rest = rest[: o.start - lo] + rest[o.end - lo :]
    return bool(re.fullmatch(r"[、和及]+", DECLARED_ASIDE.sub("", rest))) and any(o.end <= lo for o in before)


class RelationRules:
    """The sentence-level relation rules of one plan."""

    def __init__(self, plan_region) -> None:
        self.plan_region = plan_region
        self.own_chains: dict[str, Mention] = {}  # scheme concept -> the plan's own chain that narrows it
        # the project entry the paragraphs are in (点位1：…项目, then its fields): its projects, owners and places
        self._entry: dict[str, list[Mention]] | None = None

    def know_chains(self, chains: list[Mention]) -> None:
        """The plan's own chains (智能汽车关键零部件, 微电子) by the scheme concept each narrows: a firm whose name
        states that concept's trade is on the plan's chain, not on the scheme's broader label. A concept two of
        the plan's chains narrow says nothing about which."""
        by_concept: dict[str, list[Mention]] = {}
        for chain in chains:
            concept = nearest_concept(chain.name)
            if concept and all(c.name != chain.name for c in by_concept.get(concept, [])):
                by_concept.setdefault(concept, []).append(chain)
        self.own_chains = {concept: found[0] for concept, found in by_concept.items() if len(found) == 1}

    def project_entry(self, block: Block, mentions: list[Mention]) -> list[Link]:
        """A project's entry in a tour's text: 点位1：某某项目 opens it, and its fields follow, 项目地点：青州经济开发区
        placing the project and the firm that 建设单位： names (the firm builds there). A paragraph that is no field
        of an entry closes it."""
        entry = self._entry
        part = entry_part(block.text, entry is not None)
        if part == "opens":
            self._entry = {"projects": [m for m in mentions if m.type == "Project"], "owners": [], "places": []}
            return []
        if part is None or entry is None:  # (a field is only ever of an open entry)
            self._entry = None
            return []
        text, pairs = block.text.lstrip(), []
        if _ENTRY_PLACE.match(text):
            entry["places"] = [m for m in mentions if m.type == "Region" and not m.attrs.get("self")]
            pairs = [(s, p) for s in entry["projects"] + entry["owners"] for p in entry["places"]]
        elif _ENTRY_OWNER.match(text):
            owners = [m for m in mentions if m.type == "Enterprise"]
            entry["owners"] += owners
            pairs = [(o, p) for o in owners for p in entry["places"]]
        return [link("LOCATED_IN", s, p, "place.entry", 0.85) for s, p in pairs]

    def sentence(self, text: str, base: int, mentions: list[Mention], section_industries: list[Mention]) -> list[Link]:
        """Links stated in one sentence."""
        orgs = [m for m in mentions if m.type in ORGS]
        regions = [m for m in mentions if m.type == "Region" and not m.attrs.get("self")]
        industries = [m for m in mentions if m.type == "Industry" and m.name not in UMBRELLA]
        section_industries = [m for m in section_industries if m.name not in UMBRELLA]
        projects = [m for m in mentions if m.type == "Project"]
        platforms = [m for m in mentions if m.type == "Platform"]
        targets = [m for m in mentions if m.type == "Target"]
        links: list[Link] = []
        self._courted(text, base, orgs)
        links += self._located(text, base, orgs + projects, regions)
        links += self._industries(text, base, orgs, projects, targets, industries, section_industries)
        # A park's administration (…管委会) builds and runs incubators and pilot bases as a firm would.
        runners = [m for m in mentions if m.type == "Agency" and m.name.endswith(("管委会", "管理委员会"))]
        links += self._hosts(text, base, orgs + runners, platforms, regions)
        links += self._undertakers(orgs, projects)
        links += self._project_companies(text, base, orgs, projects)
        links += self._cooperation(text, base, orgs)
        self._incubated(text, base, orgs, platforms)
        self._target_regions(text, base, targets, regions)
        return links

    @staticmethod
    def _incubated(text: str, base: int, orgs: list[Mention], platforms: list[Mention]) -> None:
        """某某孵化器…，在孵企业X / 入驻的X: a firm an incubator named before it in the sentence houses. Kept on the
        firm's mention (housed_in), no relation of the graph: the resolver reads it for the firm's place."""
        for firm in (m for m in orgs if m.type == "Enterprise"):
            lead = text[clause_start(text, firm.start - base) : firm.start - base]
            if not _HOUSED_CUE.search(lead):
                continue
            before = [p for p in platforms if p.end <= firm.start and _INCUBATOR_KIND.search(p.name)]
            if before:
                firm.attrs["housed_in"] = before[-1]

    @staticmethod
    def lead_place(block: Block, mentions: list[Mention], links: list[Link]) -> list[Link]:
        """团风县：某某有限公司…, 1．孝感高新区。…: a paragraph a county, town or park opens as its label (a bulletin's
        county news, a zone plan's item) is about that place; a firm it names and places nowhere else is there, and
        so is a firm in a sentence whose subject is a park or town (马口园区位于马口镇，…支持X…). Both are guesses the
        resolver drops where the plan places the firm in so many words. (Projects are often in a park the paragraph
        does not name, so they keep no place rather than a guess.)"""
        # (a place read from a legal name, 大悟县某某有限公司, leaves room for the park or town inside it that the
        # paragraph is about: the resolver keeps such a guess only where it lies within that place)
        placed = {id(k.source) for k in links if k.type == "LOCATED_IN" and k.rule not in NAME_PLACES}
        out: list[Link] = []

        def place_at(start: int, end: int, levels: tuple[str, ...]) -> Mention | None:
            return next(
                (
                    m
                    for m in mentions
                    if m.type == "Region" and start <= m.start and m.end == end and m.attrs.get("level") in levels
                ),
                None,
            )

        def firms(start: int, end: int) -> list[Mention]:
            return [
                m
                for m in mentions
                if m.type == "Enterprise"
                and start <= m.start < end
                and id(m) not in placed
                and not m.attrs.get("courted")
            ]

        regions = [m for m in mentions if m.type == "Region"]
        before: tuple[int, int] | None = None
        for start, end, sentence in block.sentences():
            that = _THAT_ONE_AT.match(sentence)
            if that is not None and before is not None:
                out += RelationRules._that_one_at(block, regions, mentions, before, start + that.end(), that.group(1))
            before = (start, end)
            subject = _SUBJECT_PLACE.match(sentence)
            if subject is None:
                continue
            place = place_at(start + subject.start(1), start + subject.end(1), ("town", "park"))
            for m in firms(start, end) if place is not None else ():
                out.append(link("LOCATED_IN", m, place, "located.subject", rule_confidence("located.subject")))
                placed.add(id(m))
        lead = _PLACE_LEAD.match(block.text) or _SPOKEN_PLACE_LEAD.match(block.text)
        if lead is None:
            return out
        group = lead.lastindex or 1
        start, end = block.start + lead.start(group), block.start + lead.end(group)
        place = place_at(start, end, ("county", "town", "park"))
        if place is None:
            return out
        return out + [
            link("LOCATED_IN", m, place, "located.lead", rule_confidence("located.lead")) for m in firms(end, block.end)
        ]

    @staticmethod
    def item_lead_hosts(block: Block, mentions: list[Mention], links: list[Link]) -> list[Link]:
        """2．某某孵化器。由X运营，…, ——某某工程技术研究中心（市级）。依托X建设，…, 1．某某中试基地（以下简称…）。依托
        X建设，由Y运营: an item that opens with a platform's name alone says next, with no subject, who builds or
        runs it; each clause of that sentence opening 由 or 依托 an organisation, before its verb, names a host."""
        lead = _ITEM_LEAD.match(block.text)
        at = block.start + (lead.end() if lead else 0)
        platform = next((m for m in mentions if m.type == "Platform" and m.start == at), None)
        if platform is None or any(k.type == "HOSTED_BY" and k.source is platform for k in links):
            return []
        closed = _LEAD_CLOSE.match(block.text, platform.end - block.start)
        if closed is None:
            return []
        begin = closed.end()
        stop = re.search(r"[。；;]", block.text[begin:])
        sentence_end = begin + (stop.start() if stop else len(block.text) - begin)
        out = []
        hosts = [m for m in mentions if m.type in ("Enterprise", "University") or _RUNNER.search(m.name)]
        for clause in re.finditer(r"[^，,]+", block.text[begin:sentence_end]):
            cue = _ITEM_HOST_CUE.match(clause.group())
            if cue is None:
                continue
            org_at = block.start + begin + clause.start() + cue.end()
            org = next((m for m in hosts if m.start == org_at), None)
            if org is None:
                continue
            after = block.text[org.end - block.start : begin + clause.end()]
            if not _ITEM_HOST_VERB.match(DECLARED_ASIDE.sub("", after)):
                continue
            out.append(link("HOSTED_BY", platform, org, "host.item-lead", rule_confidence("host.item-lead")))
        return out

    @staticmethod
    def _that_one_at(
        block: Block, regions: list[Mention], mentions: list[Mention], before: tuple[int, int], at: int, word: str
    ) -> list[Link]:
        """该公司位于P (``word`` 公司, at ``at``): the one firm the sentence ``before`` names, its short form declared
        beside it, is in P (the last of a run of places, the most specific); a sentence naming two is no answer.
        A courted firm too: a study tour's 该公司位于南山区 says where the firm it visited is."""
        kind = "Enterprise" if word in ("公司", "企业", "集团") else "Platform"
        place = next((r for r in regions if r.start == at and r.attrs.get("level") in _LEVEL_ORDER), None)
        named = [m for m in mentions if m.type == kind and before[0] <= m.start < before[1]]
        if place is None or not named:
            return []
        first = named[0]
        if any(
            m.name != first.name and "简称" not in block.text[first.end - block.start : m.start - block.start]
            for m in named[1:]
        ):
            return []
        stated = rule_confidence("located.stated")
        return [link("LOCATED_IN", first, _run_end(place, regions), "located.stated", stated)]

    # -- rules ---------------------------------------------------------------------------------------------
    @staticmethod
    def _courted(text: str, base: int, orgs: list[Mention]) -> None:
        """Firms the plan courts or learns from (积极对接A、B等龙头企业) are not placed in the plan's region; nor are
        national groups (中粮集团, 中国某某集团) and foreign firms (美国某某公司), which a city hosts projects of."""
        for org in orgs:
            if org.type != "Enterprise":
                continue
            if elsewhere(org.name):
                org.attrs["courted"] = True
                continue
            lead = text[clause_start(text, org.start - base) : org.start - base]
            cue = max(_COURT.finditer(lead), key=lambda m: m.start(), default=None)
            if cue is not None and not _LOCAL_VERB.search(lead[cue.end() :]):
                org.attrs["courted"] = True
            elif "与" in lead and _PARTNER_LIST_END.match(text, org.end - base):
                org.attrs["courted"] = True  # 与华为、腾讯等头部企业合作: partners from elsewhere

    def _located(self, text: str, base: int, things: list[Mention], regions: list[Mention]) -> list[Link]:
        """A place inside a name (天门纺机 is in 天门) or glued before it (某某开发区湖北某某有限公司)."""
        links = []
        plan = self.plan_region
        for thing in things:
            # A province in a name says little (湖北益泰药业 is in the plan's city; 浙江大学's city is not stated).
            inner = [
                r
                for r in regions
                if inside(r, thing)
                and not (
                    r.attrs.get("level") == "province"
                    and (thing.type == "University" or (plan is not None and r.key == plan.province))
                )
                and not (plan is not None and r.key == plan.code and thing.type != "University")  # the default says it
            ]
            # 昌吉高新区新能源科技企业孵化器: a place word that opens a park's name inside the thing's is the park's
            # (the park says where, not the county or city it is named after)
            inner = [r for r in inner if not _PARK_AFTER.match(text, r.end - base, thing.end - base)]
            if plan is not None and plan.level == "county" and thing.type != "University":
                # 天水麦积科技企业孵化器, 天水市电工电器产业创新联合体 in 麦积区's plan: the city a county plan's
                # thing is named after contains the county; the plan's own region says more
                inner = [r for r in inner if r.key not in (plan.parent, plan.province)]
            if thing.type in ("Platform", "Project"):
                # 湖南大学柳州汽车轻量化研究院: the places of the organisation that opens the name are its own; the
                # platform is where the name goes on to say (柳州), or unstated.
                owner = max(_OWNER_END.finditer(thing.name), key=lambda m: m.end(), default=None)
                if owner is not None and owner.end() < len(thing.name):
                    inner = [r for r in inner if r.start - thing.start >= owner.end()]
            if thing.type == "Project":
                # 某某五金水暖产业园项目 builds the park it names: the project is where the park is, not in it (a
                # later phase, 某某产业园三期工程, is built inside the park that stands).
                inner = [
                    r
                    for r in inner
                    if r.attrs.get("level") != "park" or not _BUILDS_PARK.fullmatch(thing.name, r.end - thing.start)
                ]
            # Places written right before the name, as a run (武进区礼嘉镇常州循源…: the town and the district).
            glued: list[Mention] = []
            edge = thing.start
            head = _list_head(thing, things, text, base) if thing.type in ("Enterprise", "Platform") else thing
            if head is not thing:
                # 位于潍坊高新区的A、B: the place and its 的 are said of the whole list
                glued = [
                    r
                    for r in regions
                    if r.attrs.get("level") in ("park", "town", "county")
                    and text[r.end - base : head.start - base] == "的"
                ]
            for r in sorted(regions, key=lambda r: -r.end) if not glued else ():
                between = text[r.end - base : edge - base]
                # A province glued on is mostly part of a legal name (湖北某某有限公司); with 的 it is the firm's
                # stated place (对接北京的某某公司, 上海的某某集团).
                if (
                    r.end <= edge
                    and _GLUE.fullmatch(between)
                    and (
                        r.attrs.get("level") in ("park", "town", "county", "city")
                        or (r.attrs.get("level") == "province" and between.startswith("的") and not glued)
                    )
                ):
                    glued.append(r)
                    edge = r.start
            # 在科技城新区建设Z, 于X布局Z: the place where the thing is built; of a run of places (在烟台开发区
            # 大季家街道建设Z), the last and most specific.
            built_in = [
                last
                for r in regions
                if r.end <= thing.start
                and r.attrs.get("level") in ("park", "town", "county", "city")
                and re.search(r"(?:在|于|落户|落地)$", text[max(0, r.start - base - 2) : r.start - base])
                and (last := _run_end(r, regions)).end <= thing.start
                and _BUILT_IN.fullmatch(text[last.end - base : thing.start - base])
                and text[thing.start - base - 1 : thing.start - base] not in ("“", '"', "《")
            ]
            # (在湖口高新区投资建设“砚池储能年产…项目”: a firm's short form opening a quoted project's name is not
            # what is built there)
            # 推动X（以下简称Y）在贺兰县发展…, 支持X在章贡区水西镇有色冶金基地扩大…: where a firm is said to grow or
            # settle.
            settled = [
                last
                for r in regions
                if r.start > thing.end
                and r.attrs.get("level") in ("park", "town", "county", "city")
                and (
                    (
                        thing.type == "Enterprise"
                        and _SETTLES_AT.fullmatch(DECLARED_ASIDE.sub("", text[thing.end - base : r.start - base]))
                    )
                    # 某某项目：由冠岳制冷在德城区中央空调产业园建设: the project a run-in lead names is built there
                    or (thing.type == "Project" and _BUILT_BY_AT.fullmatch(text, thing.end - base, r.start - base))
                )
                and _SETTLE_VERB.match(text, (last := _run_end(r, regions)).end - base)
            ]
            stated = [
                r
                for r in regions
                if r.start > thing.end
                and r.attrs.get("level") in ("park", "town", "county", "city")
                and _STATED_AT.fullmatch(DECLARED_ASIDE.sub("", text[thing.end - base : r.start - base]))
            ]
            # 我们公司（以下简称“某某”）在来宾高新区，主要做…: a firm 在 a place that ends the clause is there (not
            # 在P建设…, where it settles something new; a firm at home elsewhere is left to the resolver)
            at_clause_end = [
                r
                for r in regions
                if thing.type == "Enterprise"
                and r.start > thing.end
                and r.attrs.get("level") in ("park", "town", "county")
                and DECLARED_ASIDE.sub("", text[thing.end - base : r.start - base]) == "在"
                and text[(last := _run_end(r, regions)).end - base : last.end - base + 1] in ("，", ",", "。")
            ]

            # 湖北某某食品有限公司（随县厉山镇）: an aside of places alone says where the thing is
            stated += [
                r
                for r in regions
                if r.start == thing.end + 1
                and text[thing.end - base] in "（("
                and r.attrs.get("level") in ("park", "town", "county", "city")
                and text[(last := _run_end(r, regions)).end - base : last.end - base + 1] in ("）", ")")
            ]
            # 支持溧阳经济开发区建设溧阳储能材料中试基地: the park that builds a thing is where it is.
            builder = [
                r
                for r in regions
                if r.end <= thing.start
                and r.attrs.get("level") == "park"
                and _BUILT_IN.fullmatch(text[r.end - base : thing.start - base])
                and re.search(r"(?:支持|推动|鼓励|由|依托|^|，|,)$", text[max(0, r.start - base - 2) : r.start - base])
            ]
            # 支持黄山市建设Z, 支持柯桥区华舍街道建设Z: the place whose government is backed to build it (the last of
            # a run); 支持某大学与襄阳高新区共建Z: the park or town that builds it with a partner (a city or county
            # that co-builds may host it elsewhere: 与深圳市共建 a plan's enclave).
            builder += [
                last
                for r in regions
                if r.attrs.get("level") in ("town", "county", "city", "park")
                and (last := _run_end(r, regions)).end <= thing.start
                and (
                    (
                        re.search(r"(?:支持|推动|鼓励)$", text[max(0, r.start - base - 2) : r.start - base])
                        and _BUILT_IN.fullmatch(text[last.end - base : thing.start - base])
                    )
                    or (
                        last.attrs.get("level") in ("park", "town")
                        and re.search(r"[与和]$", text[max(0, r.start - base - 1) : r.start - base])
                        and re.fullmatch(r"共建的?", text[last.end - base : thing.start - base])
                    )
                )
            ]
            # 位于丰县经济开发区: the park, not the county its name opens with; 位于秀洲区王江泾镇: the last of the
            # places written one after another, the most specific
            # (位于保康县马桥镇的保康马桥磷化工产业园: the park the run of places is said of)
            stated_at = _run_end(max(stated, key=lambda r: (-r.start, r.end)), regions) if stated else None
            if stated_at is not None:
                stated_at = next(
                    (
                        r
                        for r in regions
                        if r.start == stated_at.end + 1
                        and text[stated_at.end - base] == "的"
                        and r.attrs.get("level") == "park"
                    ),
                    stated_at,
                )
            if glued:
                for place in glued:
                    links.append(link("LOCATED_IN", thing, place, "located.place-before", 0.85))
                if stated_at is not None and stated_at.attrs.get("level") in ("park", "town"):
                    # 东台市某某有限公司（以下简称…）位于东台光能产业园: said outright, inside the place before
                    links.append(link("LOCATED_IN", thing, stated_at, "located.stated", 0.9))
            elif stated_at is not None:
                links.append(link("LOCATED_IN", thing, stated_at, "located.stated", 0.9))
            elif at_clause_end and not (elsewhere(thing.name) or (plan and named_elsewhere(thing.name, plan.code))):
                # (深圳市某某有限公司在嘉善县，投资…建设基地: a firm at home elsewhere keeps its name's place)
                links.append(link("LOCATED_IN", thing, _run_end(at_clause_end[0], regions), "located.at", 0.8))
            elif settled and not (thing.attrs.get("courted") and inner):
                # 招引东莞市某某有限公司在黄岩区设立基地: a courted firm's new site is not where the firm is; the place
                # its name opens with is (below)
                # (在德城区中央空调产业园建设: the park whose name opens with its district, the longer of the two)
                place = min(settled, key=lambda r: (r.start, -r.end))
                links.append(link("LOCATED_IN", thing, place, "located.settles-in", 0.75))
            elif builder and thing.type in ("Platform", "Project"):
                links.append(link("LOCATED_IN", thing, builder[-1], "located.built-in", 0.85))
            elif built_in:
                links.append(link("LOCATED_IN", thing, built_in[-1], "located.built-in", 0.85))
            elif inner:
                best = min(inner, key=lambda r: _LEVEL_ORDER.get(r.attrs.get("level", ""), 3))
                if best.attrs.get("level") == "province":
                    # 赴江苏省连云港市学习…，对标江苏恒岳制药…: a firm of another province named with the one city of
                    # that province its sentence goes to is in that city
                    cities = {
                        r.key: r
                        for r in regions
                        if r.attrs.get("level") == "city" and r.attrs.get("parent") == best.key and not inside(r, thing)
                    }
                    best = next(iter(cities.values())) if len(cities) == 1 else best
                links.append(link("LOCATED_IN", thing, best, "located.name-place", 0.9))
            elif (home := self._legal_name_home(thing)) is not None:
                links.append(link("LOCATED_IN", thing, home, "located.legal-name", 0.85))
        return links

    def _legal_name_home(self, thing: Mention) -> Mention | None:
        """The place a firm's legal name opens with, as an implied mention: a city or county outside the plan's
        (合肥某某汽车科技有限公司 is in 合肥, whichever plan courts it; the plan's own places are read from its text),
        or one of the plan's own autonomous counties by its bare place name (宁洱茗泉茶业有限公司 in 普洱's plan is in
        宁洱哈尼族彝族自治县, which plans write 宁洱县: the bare name is matched nowhere else, as a word's part it is
        too common, 新平 in 创新平台, but a legal name opens with its place)."""
        plan = self.plan_region
        if thing.type != "Enterprise" or plan is None or not thing.name.endswith(_LEGAL_ENDINGS):
            return None
        found = _elsewhere_lead(thing.name, plan) or _autonomous_lead(thing.name, plan)
        if found is None:
            return None
        ref, size = found
        attrs = {**region_attrs(ref), "implied": True}
        return Mention("Region", ref.name, thing.start, thing.start + size, thing.block, attrs, key=ref.code)

    def _industries(
        self,
        text: str,
        base: int,
        orgs: list[Mention],
        projects: list[Mention],
        targets: list[Mention],
        industries: list[Mention],
        section_industries: list[Mention],
    ) -> list[Link]:
        links: list[Link] = []
        # A firm the plan puts on no chain, whose name says its trade (…药业, …化工, …机械), is in that trade's
        # industry. An inference, not the plan's word: on the dev plans the gold agreed a third of the time, so it
        # carries that confidence (kg review lists it); without it no chain of the sample plans spans two cities.
        for firm in (o for o in orgs if o.type == "Enterprise"):
            if section_industries or any(
                i.start - base >= clause_start(text, firm.start - base) and abs(i.start - firm.start) < 40
                for i in industries
            ):
                continue
            words, concepts = firm_words()
            found = list(words.finditer(firm.name))
            if found:
                concept = concepts[max(found, key=lambda m: (len(m.group()), m.start())).group()]
                own = self.own_chains.get(concept.id)
                name, key = (own.name, "") if own is not None else (concept.name, concept.id)
                attrs = dict(own.attrs) if own is not None else {"kind": concept.kind, "notation": concept.notation}
                attrs["implied"] = True
                mention = Mention("Industry", name, firm.start, firm.end, firm.block, attrs, key=key)
                links.append(link("IN_INDUSTRY", firm, mention, "industry.firm-name", 0.35))
        # Industry: the section's, else (a target) the only one in its clause, else the ones a sentence opens with
        # (做大做强竹产业，支持X…; 壮大数字经济，依托…推进Y…).
        lead_end = _CLAUSE_END.search(text)
        lead = [
            i
            for i in industries
            if lead_end is not None
            and i.end - base <= lead_end.start()
            and _LEAD_FOCUS.search(text[: lead_end.start()])
        ]
        named_chains = [i for i in industries if _CHAIN_NAMED.match(text, i.end - base)]
        focus = _PLACE_DEVELOPS.match(text)  # (马口园区位于马口镇，重点发展纺织服装，…: the chains it grows)
        focus_stop = _CLAUSE_END.search(text, focus.end()) if focus is not None else None
        focus_end = focus_stop.start() if focus_stop is not None else len(text)
        focused = [i for i in industries if focus is not None and focus.end() <= i.start - base < focus_end]
        blanked = text  # the partner rule's view of the sentence; only a chain's section needs it
        for o in orgs if section_industries else ():
            lo, hi = max(0, o.start - base), max(0, o.end - base)
            blanked = blanked[:lo] + "○" * (hi - lo) + blanked[hi:]
        for thing in orgs + projects + targets:
            chosen, rule = section_industries, "industry.section"
            if not chosen and thing.type == "Target":
                # 某产业链产值达到…: a figure about the one chain its clause names. (For firms the clause rule was
                # right a quarter of the time on the dev plans, and a firm's trade word a third: neither is used.)
                clause_lo = clause_start(text, thing.start - base)
                near = [i for i in industries if i.start - base >= clause_lo and abs(i.start - thing.start) < 40]
                chosen, rule = (near if len(near) == 1 else []), "industry.clause"
            if (
                not chosen
                and len(focused) == 1
                and thing.type in ("Enterprise", "Platform", "Project")
                and thing.start - base > focus_end
            ):
                # 马口园区位于马口镇，重点发展纺织服装，…支持X…: what a park's sentence says it grows, the one chain,
                # is what the firms, platforms and projects it then names are on
                chosen, rule = focused, "industry.place-focus"
            if not chosen and len(lead) == 1 and thing.start - base > lead_end.start() and thing.type == "Target":
                # 做大做强竹产业，到2025年产值达到…: a figure after the one chain its sentence opens with. For firms,
                # platforms and projects the sentence's lead chain was right one time in five on the dev plans
                # (聚焦装备制造、新材料…四大产业链，遴选A、B、C… says nothing of who is on which): not used.
                chosen, rule = lead, "industry.sentence-lead"
            if (
                rule == "industry.section"
                and thing.type == "Enterprise"
                and _PARTNER_BEFORE.search(blanked, clause_start(text, thing.start - base), thing.start - base)
            ):
                # 支持A、B联合C、D打造…标杆 in another chain's section: C and D are partners there, on their own chains
                rule = "industry.section-partner"
            user = (
                rule == "industry.section"
                and thing.type == "Enterprise"
                and _USER_BEFORE.search(blanked, clause_start(text, thing.start - base), thing.start - base)
                and _USER_AFTER.match(blanked, thing.end - base)
            )
            for industry in chosen if not user else ():
                links.append(link("IN_INDUSTRY", thing, industry, rule, rule_confidence(rule)))
            if thing.type in ("Enterprise", "Project", "Platform"):
                # 融入新能源汽车产业链, 打造氢能产业链: a chain the sentence names outright is the thing's too; of
                # several (A产业链由甲牵头，B产业链由乙牵头), the last named before it
                own_chains = named_chains
                if len(named_chains) > 1:
                    before = [i for i in named_chains if i.end <= thing.start]
                    own_chains = [max(before, key=lambda i: i.start)] if before else []
                for industry in own_chains:
                    if industry not in chosen:
                        links.append(link("IN_INDUSTRY", thing, industry, "industry.sentence-chain", 0.7))
        return links

    @staticmethod
    def _hosts(
        text: str, base: int, orgs: list[Mention], platforms: list[Mention], regions: list[Mention]
    ) -> list[Link]:
        """Who builds, hosts or runs a platform.

        依托X建设Z, 支持X(与Y)创建Z, X牵头组建Z -> X; Z由X负责运营 -> X; an organisation named inside the
        platform's name (华中科技大学鄂州工业技术研究院 -> 华中科技大学); a park that builds one -> the park.
        """
        links = []
        candidates = [o for o in orgs if o.type in ("Enterprise", "University", "Agency", "Platform")] + [
            r for r in regions if r.attrs.get("level") == "park"
        ]
        for platform in platforms:
            named = [o for o in candidates if o.type != "Region" and o is not platform and inside(o, platform)]
            if named:
                links.append(link("HOSTED_BY", platform, named[0], "host.in-name", 0.9))
                continue
            # Builders before the platform, nearest first; a list of platforms after one builder shares it.
            before = sorted((o for o in candidates if o.end <= platform.start), key=lambda o: -o.end)
            for org in before:
                between = DECLARED_ASIDE.sub("", text[org.end - base : platform.start - base])
                lead = text[clause_start(text, org.start - base) : org.start - base]
                inbetween = [o for o in before if org.end <= o.start and o.end <= platform.start]
                relied = (
                    lead.rstrip().endswith("依托")
                    and _RELIED_ON_THEN.match(between)
                    and org.type in ("Enterprise", "University")
                )
                pronoun = (
                    _RELIES_ON_IT.match(between)
                    and org.type in ("Enterprise", "University")
                    and not any(o.type in ("Enterprise", "University") for o in inbetween)
                )
                # 依托乙方某某重点实验室, 依托某某大学的某某实验室: the platform the plan relies on is the named party's
                owned = between in ("", "的") and org.type in ("Enterprise", "University") and lead.endswith("依托")
                if relied or pronoun or owned:
                    links.append(link("HOSTED_BY", platform, org, "host.relies-on", 0.8))
                    break
                if _RELIES_ON.match(between) or (
                    # X依托A和B开展…: each platform of the list X relies on is X's
                    _RELIES_ON_LIST.match(between) and inbetween and all(o.type == "Platform" for o in inbetween)
                ):
                    links.append(link("HOSTED_BY", platform, org, "host.relies-on", 0.8))
                    break
                if _BY_LEAD.search(lead) and (
                    _LEADS.match(between) or _RUN_BEFORE.match(between)
                ):  # 由X牵头组建Z; 由X运营的Z; 由某经开区平台公司X负责运营Z
                    links.append(link("HOSTED_BY", platform, org, "host.leads", 0.85))
                    break
                if _RUNS.match(between):  # X运营的Z (no 由): the runner (X建设的Z says too little: a park builds)
                    links.append(link("HOSTED_BY", platform, org, "host.run-by", 0.85))
                    break
                if (
                    _HAS_BUILT.match(between)
                    and (
                        org.type in ("Enterprise", "University")
                        # (a platform sets up its own centres, counted: 研究院设置5个专业研究中心：A、B…)
                        or (org.type == "Platform" and _SETS_UP.search(between) is not None)
                    )
                    and not lead.strip("支持推动鼓励引导")
                    and not any(
                        org.end <= o.start and o.end <= platform.start and o.type not in ("Platform", "Region")
                        for o in before
                    )
                ):  # 衡联电子是链主企业，建有A和B; 某某（…）位于某某产业园，已建有Z: the sentence's subject has them
                    links.append(link("HOSTED_BY", platform, org, "host.has", 0.8))
                    break
                # 支持X开展…，建设Z: the firm the plan supports builds what the clause after it builds, no other
                # organisation named between
                supported = (
                    _SUPPORTED_BUILDS.match(between)
                    and _SUPPORT_LEAD.search(lead)
                    and org.type in ("Enterprise", "University")
                )
                if not _HOST_BETWEEN.match(between) and not supported:
                    continue
                # (a platform listed before this one is built beside it: 依托X建设A和B; X在某高新区建设Z: where)
                partners = [
                    o
                    for o in inbetween
                    if o.type != "Platform"
                    and not (o.type == "Region" and text[o.start - base - 1 : o.start - base] == "在")
                ]
                # (支持X实施…，与Y共建Z: Y, after the clause's 与, is the partner of the supported X)
                joins_later = _SUPPORTED_BUILDS.match(between) and _SUPPORT_LEAD.search(lead)
                last_comma = max(between.rfind("，"), between.rfind(","))
                joins_later = joins_later and all(
                    (o.start - org.end > last_comma or o.name == org.name)  # (its own project names it again)
                    and org.type in ("Enterprise", "University")
                    for o in partners
                )
                if partners and not joins_later and not re.match(r"^(?:牵头[，,]?)?(?:与|和|联合|携手|会同)", between):
                    continue  # another organisation stands between: it is the nearer builder
                if org.type == "Platform" and not lead.endswith(("依托", "由")) and not between.startswith("牵头"):
                    # 依托某研究院建设中试基地, 由研究院与某学院共建的Z, 某研究院牵头组建Z: a platform hosts another
                    # only when the plan relies on it or says it leads the building
                    continue
                if org.type == "Region" and not _BUILDER_CUE.search(lead) and lead.strip():
                    continue
                if re.search(r"(?:与|和|会同|联合|携手)$", lead) and any(o.end <= org.start for o in before):
                    continue  # X与Y共建Z: the first named builder hosts
                if _later_partner(text, base, lead, org, before):
                    continue  # X牵头，联合Y、Z组建W: Z is a partner too, the leader hosts
                links.append(link("HOSTED_BY", platform, org, "host.builder-verb", 0.85))
                break
            else:
                # Z由X负责运营, Z依托X运行: the organisation after the platform.
                for org in candidates:
                    if org.start < platform.end:
                        continue
                    # (Z（以下简称“某某”）由X…: the short form declared after the platform is no gap)
                    gap = DECLARED_ASIDE.sub("", text[platform.end - base : org.start - base])
                    after = DECLARED_ASIDE.sub("", text[org.end - base : org.end - base + 30])
                    partner = re.match(r"^(?:与|和|联合)[^，,。；;]{2,24}?(?=共建|建设|运营|负责)", after)
                    if partner is not None:
                        after = after[partner.end() :]  # Z由X与Y共建: X, the first named
                    if _RUN_BY.match(gap) and (
                        _RUN_VERB.match(after) or after.startswith(("共建", "投资建设")) or _LEADS_WITH.match(after)
                    ):
                        links.append(link("HOSTED_BY", platform, org, "host.run-by", 0.85))
                        break
                    # Z2022年被认定为省级孵化器，由X负责运营: the platform opens the sentence, one clause said of it,
                    # then who runs it (not 由X负责运营的Y: that runner's is Y)
                    verb = _RUN_VERB.match(after)
                    if (
                        verb is not None
                        and _RUN_BY_LATER.match(gap)
                        and not after.startswith("的", verb.end())
                        and not text[clause_start(text, platform.start - base) : platform.start - base].strip()
                        and not any(platform.end <= o.start and o.end <= org.start for o in candidates)
                    ):
                        links.append(link("HOSTED_BY", platform, org, "host.run-by", 0.8))
                        break
                    # Z（依托鼎城区某某有限公司）, Z（依托单位：X）: the host in an aside, a place before it said
                    places = sorted(
                        (r for r in regions if platform.end <= r.start and r.end <= org.start), key=lambda r: r.start
                    )
                    bare = gap[: places[0].start - platform.end] if places else gap
                    # Z（某某有限公司）: a list of platforms gives each one's firm in brackets after its name
                    # (not the platform's own registered company: 某某研究院（某某研究院有限公司）)
                    bracketed = (
                        gap in ("（", "(")
                        and org.type == "Enterprise"
                        and org.name.endswith(_LEGAL_ENDINGS)
                        and not org.name.startswith(platform.name)
                    )
                    if (
                        (_HOST_ASIDE.match(bare) or bracketed)
                        and all(b.end == a.start for a, b in zip(places[1:], places, strict=False))
                        and (not places or places[-1].end == org.start)
                        and after[:1] in ("）", ")")
                    ):
                        links.append(link("HOSTED_BY", platform, org, "host.aside", 0.85))
                        break
        return links

    @staticmethod
    def section_table(mentions: list[Mention], links: list[Link], chains: list[Mention]) -> list[Link]:
        """A table inside a chain's section (三、机械装备产业链 > （二）产品推介目录) lists that chain's firms,
        platforms and projects: each is on the section's chain as well as on any chain or sub-chain its row
        names (工程机械子链 over the rows). Not a table that names its rows' chains itself (产业链 | 链主企业),
        whose rows may be on other chains, nor a row's partner from elsewhere."""
        if not chains:
            return []
        on = {(id(k.source), id(k.target)) for k in links if k.type == "IN_INDUSTRY"}
        out = []
        for m in mentions:
            if m.type not in ("Enterprise", "Platform", "Project") or m.attrs.get("role") == "partner":
                continue
            out += [
                link("IN_INDUSTRY", m, c, "industry.section-table", 0.7) for c in chains if (id(m), id(c)) not in on
            ]
        return out

    @staticmethod
    def hosts_in_names(mentions: list[Mention], links: list[Link]) -> list[Link]:
        """A platform whose name opens with an organisation the plan names elsewhere is hosted by it.

        格林美国家企业技术中心 -> 格林美 when the plan names 格林美; 华中科技大学鄂州工业技术研究院 -> 华中科技大学.
        """
        hosted = {id(k.source) for k in links if k.type == "HOSTED_BY"}
        platforms = [m for m in mentions if m.type == "Platform" and id(m) not in hosted]
        orgs = _names_of(mentions, ("Enterprise", "University"), min_len=2)
        return [
            link("HOSTED_BY", platform, org, "host.in-name", 0.9)
            for platform, org in _opened_by(platforms, orgs, min_rest=2)
        ]

    @staticmethod
    def undertakers_in_names(mentions: list[Mention], links: list[Link]) -> list[Link]:
        """A project whose name opens with a firm the plan names elsewhere is that firm's (风驰装备大兆瓦…项目 ->
        风驰装备, named in another section), as a platform's name names its host (:meth:`hosts_in_names`)."""
        owned = {id(k.target) for k in links if k.type == "UNDERTAKES"}
        projects = [m for m in mentions if m.type == "Project" and id(m) not in owned]
        firms = _names_of(mentions, ("Enterprise",), min_len=4, short_forms=True)
        return [
            link("UNDERTAKES", firm, project, "undertakes.in-name", 0.85)
            for project, firm in _opened_by(projects, firms, min_rest=3)
        ]

    @staticmethod
    def _undertakers(orgs: list[Mention], projects: list[Mention]) -> list[Link]:
        """Projects carried out by a named organisation (in the project name, or right before it)."""
        links = []
        for project in projects:
            for org in orgs:
                if inside(org, project) or (0 <= project.start - org.end <= 1):
                    links.append(link("UNDERTAKES", org, project, "undertakes.adjacent", 0.85))
        return links

    @staticmethod
    def _project_companies(text: str, base: int, orgs: list[Mention], projects: list[Mention]) -> list[Link]:
        """The company set up to carry out a sentence's one project (项目公司X已注册; 由其控股设立的X负责建设; X负责
        建设的…项目): the investor from elsewhere signs, X builds it, where the project lands."""
        if len(projects) != 1:
            return []
        links = []
        for org in orgs:
            if org.type != "Enterprise" or inside(org, projects[0]):
                continue
            before, after = text[: org.start - base], text[org.end - base :]
            if before.endswith("项目公司") or _BUILDS.match(after):
                links.append(link("UNDERTAKES", org, projects[0], "undertakes.project-company", 0.8))
        return links

    @staticmethod
    def _cooperation(text: str, base: int, orgs: list[Mention]) -> list[Link]:
        """与A、B等高校院所合作/签署…: the subject before 与 cooperates with each partner."""
        links = []
        for match in _COOPERATE.finditer(text):
            partners = [
                o
                for o in orgs
                if o.type in ("University", "Enterprise")
                and match.start(1) <= o.start - base
                and o.end - base <= match.end(1)
            ]
            if not partners:
                continue
            subject = [o for o in orgs if o.end - base <= match.start() and match.start() - (o.end - base) <= 4]
            for partner in partners:
                for source in subject:
                    if source is not partner:
                        links.append(link("COOPERATES_WITH", source, partner, "cooperates.with", 0.75))
                if not subject:
                    partner.attrs["cooperates_with_plan_region"] = True
        return links

    @staticmethod
    def _target_regions(text: str, base: int, targets: list[Mention], regions: list[Mention]) -> None:
        """A target applies to a region named in its clause (鄂城区高新技术企业增至35家), else the plan's."""
        for target in targets:
            if "place_at" in target.attrs:  # 衡南县、祁东县分别新增…36家、28家: the place paired with the figure
                paired = [r for r in regions if r.start == target.attrs["place_at"]]
                if paired:
                    target.attrs["region_mention"] = paired[0]
                    continue
            clause_lo = clause_start(text, target.start - base)
            local = [
                r
                for r in regions
                if clause_lo <= r.start - base < target.start - base
                and r.attrs.get("level") in ("county", "city", "province", "park")
            ]
            if local:
                target.attrs["region_mention"] = local[-1]


def _elsewhere_lead(name: str, plan: RegionRef) -> tuple[RegionRef, int] | None:
    """The city or county outside the plan a legal name opens with, and the length of its written name."""
    lead = regions().leading_place(name)
    ref = regions().resolve(lead, plan) if lead else None
    if ref is None or ref.level not in ("city", "county") or (ref.level == "county" and lead != ref.name):
        return None  # a county by its short name is too often a brand's word (吉利控股集团 is no 吉利区)
    if plan.code in (ref.code, ref.parent) or ref.code == plan.parent or ref.parent == plan.parent:
        return None  # the plan's own city, a county of it, or a neighbour the plan's text would name itself
    return ref, len(lead)


def _autonomous_lead(name: str, plan: RegionRef) -> tuple[RegionRef, int] | None:
    """The plan's own autonomous county a legal name opens with by its bare place name (宁洱 of 宁洱县), and that
    length."""
    table = regions()
    for size in (2, 3):
        bare = name[:size]
        for ref in table.by_name.get(bare + "县", []):
            if ref.name != bare + "县" and ref.level == "county" and plan.code in (ref.code, ref.parent):
                return ref, size
    return None
