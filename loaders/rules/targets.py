"""Targets: every quantitative goal and reported figure, in prose and in indicator tables.

A figure is a number with a unit (:mod:`loaders.numbers`). Its indicator is the noun phrase before it, back
to the previous figure or punctuation, with time phrases, subjects (全市, 我市) and verbs (达到, 突破, 增至)
trimmed; when that phrase is empty or ends in a verb (培育1-2家科技领军企业) it is the noun phrase after.
Its year is the nearest time cue before it in the sentence (到2025年, 2020年底, “十二五”末); its status is
``baseline`` when that year is before the plan period, ``target`` when within it, and otherwise follows the
section (发展基础 reports, 发展目标 sets). Indicators are normalised against ``ontology/indicators.ttl``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from kg.ontology import Ontology
from loaders.gazetteer import apart, code_prefix, countries, current_ontology, regions
from loaders.normalize import clean_name, han_count, name_key
from loaders.numbers import UNITS, Quantity, find_quantities, parse_number, tidy
from loaders.rules.common import CUT_WORDS, DECLARED_ASIDE, SPEAKER_HEADING, Mention, clause_start, entry_part
from loaders.segment import GROWTH_HEAD, Block, Cell, Table
from loaders.terms import read_terms
from loaders.trie import trie_regex

_FIVE = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020, "十五五": 2025}
# 1—4月, 一至九月: the months of this year up to the text
_MONTHS_SO_FAR = r"(?:1|一)\s*[—\-－~至到]\s*(?:1[012]|[2-9]|十[一二]|[二三四五六七八九十])\s*月"
_YEAR_CUE = re.compile(
    r"(?P<to>到|至|截至|截止|截止到|力争到|预计到|争取到)?\s*(?P<y>(?:19|20)\d{2})\s*年(?P<end>底|末|年底)?(?P<ysince>以来)?"
    rf"(?P<ymonths>{_MONTHS_SO_FAR}|上半年|前三季度)?"  # 2026年1-5月: that year up to May, reached
    r"|“?(?P<five>十[一二三四五]五)”?(?P<fend>末|期末|时期末|期间|时期)"
    # 去年, 今年以来, 明年; 1—4月, 上半年 with no year before them: years counted from the day the text was issued,
    # as speeches, reports and press conferences count them
    r"|(?P<rel>去年|今年|明年)(?P<since>以来)?"
    rf"|(?<!\d年)(?<!\d)(?P<ytd>{_MONTHS_SO_FAR}|上半年|前三季度)"
)
_DISTANCE_BEFORE = re.compile(r"距|相距|离[\u4e00-\u9fff]{2,12}(?:约|仅|不到|不足)?$")
_PAST_SECTION = re.compile(r"基础|现状|成效|回顾|成就|形势|情况|进展|总体发展|概况|区情|市情|县情")
# A review heading (发展基础, 主要成效) rules its paragraphs unless a goal heading sits under it.
_REVIEW_SECTION = re.compile(r"^(?!.*(?:夯实|筑牢|加强|强化|提升|打牢)).*(?:发展基础|基础与|现状|成效|回顾|成就|进展)")
_GOAL_SECTION = re.compile(r"目标|任务|举措|思路|展望|方向")
_TARGET_SECTION = re.compile(
    r"目标|任务|措施|行动|举措|布局|重点|建设|发展方向|项目|下一?步|工作要求|工作建议|工作打算"
)
_FUTURE = re.compile(r"力争|争取|确保|到20\d\d年|预计|将|目标|计划|新增|培育|打造|建设|建成|引进|实现|突破|达到")
_LEAD_TRIM = re.compile(
    r"^(?:[，,、；;：:\s]|其中|同时|另外|此外|并|且|及|以及|和|与|在(?!孵|校|岗|建|研|库|线|全省|全国|全市|全区)|全市|我市|全省|全区|全州|全县|全旗|全盟|我州|我县|本市|共有|共|"
    r"合计|总计|年均|全年|我们|虽然|尽管|但是|而且|"  # 全年新增…312家: the year is the figure's, not its name
    r"到\s*\d{4}\s*年(?:底|末)?|\d{4}\s*年(?:底|末)?|“?十[一二三四五]五”?(?:末|期间|时期|期末)?|的|将|力争|争取|"
    r"确保|预计|实现|使|让|推动|推进|支持|加快|每年|年度|重点|主要|全社会|累计达到|较|拥有|共有|培育|引进|培养|建设|"
    r"建成|打造|实施|组织|布局|做大做强|扶持|设立|创建|争创|选派|推广|签订|制定实施|协调|举办|开展|收集|对接|建立|认定)+"
)
_TAIL_VERB = re.compile(
    r"(?:达到|达|突破|超过|增至|增长到|增加到|提高到|提升到|提高至|提升至|上升至|上升到|增长至|增长|提高|提升|上升|"
    r"下降|降至|降低到|控制在|保持在|稳定在|不低于|不少于|不超过|为|是|约|近|有|拥有|共有|实现|完成|获得|获|"
    r"累计|新增加|共计|总计|合计|年均增速|年均增长|由|从|在|以上|的|之|中|已|共|分别|可|超|可达|将|力争|缩短到|缩短至|"
    r"缩短|降低|减少到|减少)+$"
)
_VERB_BEFORE_COUNT = re.compile(
    r"(?:培育|引进|培养|建设|建成|打造|实施|组织|布局|新建|支持|做大做强|扶持|设立|创建|争创|选派|推广|征求收集|"
    r"签订|制定实施|协调|推动|举办|开展|转化|收集|对接|设立规模|总规模|规划|新增|完成|获批|认定|发展|培训|服务|"
    r"达成|吸引|带动|入库|孵化|聘请|招引|落地|申报|获得|承担|牵头|参与|突破|拥有|有)$"
)
_PLAN_STRUCTURE = re.compile(
    r"(?:左右)?(?:个|大)?(?:重点)?(?:方向|方面|领域|板块|大类|部分|篇章)(?![的]?(?:企业|平台|项目))"
)
# 重点抓好四件事, 他们最关心的是两个问题, 做好“三个一批”: the points a speaker or a plan makes, counted
_SPEAKER_POINTS = re.compile(r"[”\"]?(?:事(?![业务项])|问题|一批|例子)")
_POINT_UNITS = frozenset({"件", "个", "点", "条"})
_CAPACITY_UNITS = frozenset(
    unit + per for unit in "吨 万吨 套 万套 台 万台 件 万件 辆 万辆 千瓦 兆瓦".split() for per in ("", "/年")
)
_EQUIPMENT_AFTER = re.compile(r"[^，,。；;、]{0,10}(?:生产线|装置|产线|项目|车间|基地)")
_RIGHT_NOUN = re.compile(r"^[^，,。；;：:（(]{2,24}")
_RIGHT_STOP = re.compile(r"[、和及与以上左右，,。；;：:]|以上|左右|以内|等")
# What makes 个 a span of time (6个月, 2个季度, 5个工作日)
_DURATION_AFTER = re.compile(r"月|季度|工作日|自然日|小时|星期|周(?!期)")
_SKIP_UNITS = frozenset({"批", "种", "条", "款", "位", "处", "栋", "只", "株", "头", "支"})
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}$")
_GROWTH = re.compile(r"年均(?:增速|增长|增长率)")
# (近期（2026—2027年）：到2027年，…: a stage's label may carry its span in brackets)
_RUN_IN_LABEL = re.compile(r"\s*[\u4e00-\u9fff]{2,8}(?:[（(][^）)]{1,16}[）)])?[：:]\s*")
# A figure right after a fall (下降1.8%), and the measures whose fall is the goal (energy per unit, emissions, costs,
# accidents, shares): a fall of the rest is a negative growth
_FELL = re.compile(r"(?:下降|回落|下滑)了?$")
_WANTED_DOWN = re.compile(
    r"耗|排放|浓度|污染|成本|费用|三公|事故|亏损|负债|库存|缺工|不良|时间|周期|天数|次数|投诉|诉求|信访|率|比重|占比|比例"
)
_COMPARED = re.compile(r"(?:同比|比上年|较上年|环比)+$")
# A column of rates that does not say 增长（%）: its cells do (同比增长 | 18.6%)
_RATE_HEAD = re.compile(r"\s*(?:比上年|同比|较上年)?(?:增长|增速|增幅)率?\s*")
_UNIT_ONLY = re.compile(rf"[万亿千百]*(?:{'|'.join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))})")
# A column (or a table's title) of what the year has reached so far (上半年完成, 1—9月, 2026年上半年各县…增速):
# figures reached, of the year the text was issued, unless the column says it holds goals.
SO_FAR = re.compile(rf"上半年|前三季度|第[一二三]季度|一季度|{_MONTHS_SO_FAR}")
_PROGRESS_TITLE = re.compile(r"简报|快报|专报|工作动态|督查通报|情况通报")
# 2026年…科技成果路演暨产学研对接发布会成果汇编: what an event of the year the title names brought, reported after it
_EVENT_REPORT = re.compile(r"(?:会|赛|活动)(?:成果|项目|情况)?(?:汇编|总结|综述|通报|报告)")
# A goal of the rest of the year a report is on (第四季度新签约项目不少于90个, 全年到位资金1120亿元, 年底前开工)
THIS_YEAR = re.compile(r"第?四季度|全年|年底|年内|今年|本年度")
# Subjects whose figures are a backdrop, not the plan's region's (TargetFinder._of_elsewhere): foreign countries,
# the world or the nation's applicants (全球申请量, 中国申请人申请量占全球58%)
_COUNTRY = countries()
_WORLD_SUBJECT = re.compile(r"(?:近\S{1,3}年)?(?:全球|(?:中国|国内|国外|境外)申请人)")
# what follows a place that is the subject of a figure (日本占, 包头市排名, 宁波市以, 包头市): a share, a rank, a lead
_SUBJECT_REST = re.compile(r"(?:占|以|排名|位列|居|列|的)?.{0,2}")
# how a patent study searched (查全率, IPC分类号, not 三大检索系统收录的论文) and an office's mail (留言, 来信)
_STUDY_METHOD = re.compile(r"查全率|查准率|检索式|分类号")
_CORRESPONDENCE = re.compile(r"留言|来信|来电|信件|信箱|来访")
# the lead of a list of goals (主要预期目标是：, 绩效目标为：), whose clauses after semicolons are goals too
_GOALS_LEAD = re.compile(r"目标(?:任务)?(?:是|为|如下)?[：:]")
_NEXT_STEPS = re.compile(r"下一?步|工作要求|工作安排|工作建议|目标|任务|举措|打算")
_GOAL_COLUMN = re.compile(r"目标|预期|力争|计划")
# between a count and its net gain: 1086家，净增186家; 2350家，较2020年净增518家; 781家，比上年净增79家
_NET_GAIN = re.compile(
    r"\s*[，,、]\s*(?:同比|(?:较|比)(?:上年度?|上一年|(?:19|20)\d\d年(?:底|末)?))?净增(?:加)?\s*"
)
_COUNT_UNITS = frozenset("家个项件人户名所座台套张条")
_ELIDED_MEASURE = re.compile(r"(?:分别|均|也|同比|增长|增速|下降|提高|为|、)+$")
# 年度目标为, 绩效目标值: the figure after it is the measure's goal (the words say so, not the measure)
_GOAL_SAID = re.compile(r"(?:年度|全年|绩效)*目标(?:值)?(?:为|是|设定为)?$")
# 实际达到, 截至2025年末达到, 实际新增, 较2024年的: what follows a stated goal is the same measure reached
_REACHED_AFTER_GOAL = re.compile(
    r"[，,；;]?(?:实际|截至[^，,；;]{0,10}|全年)?(?:达到|达|完成|实现|新增|为)?|[，,；;]?较(?:19|20)\d\d年(?:的|末)?"
)
_PLACE_VERB = re.compile(r"(?:分别|均|也|为|达到|达|实现|完成|有|共有|拥有)+$")  # (常宁市达到446.3亿元)
_ZONE_WORD = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|新区)"
)  # (a zone opening a measure: 渤海新区规上工业增加值)
# Words that stand before a figure without saying what it measures.
_NOT_INDICATORS = frozenset("同比增长 同比 比上年 较上年 累计 其中 合计 共计 总计 分别 增长 提高 下降 平均水平".split())
# 较2015年, 比2010年, 是2010年的: a year compared with, not the year of the figure.
_COMPARISON = re.compile(r"[较比是与][\s“]*$")
_FROM = re.compile(r"[由从][\s“]*$")
_FIGURE_BETWEEN = re.compile(r"\d")
_PROJECT_CONTEXT = re.compile(r"项目|建成后|投产后|建成投产|年产(?![量能值])|生产线|厂房")  # 年产量 is an output
_PROJECT_BOX = re.compile(r"专栏[^>]*(?:项目|工程)")
# Capacities and floor areas of a project (年产1500吨, 新建厂房5000平方米) describe the project, not a goal.
_PROJECT_SPEC = re.compile(
    r"年产|产能|购置|购进|厂房|车间|征地|占地|建筑面积|生产线|设备|仓库|锅炉|反应釜|年处理|"
    r"年开发|年生产|新建|扩建|改建|改造|规划面积|面积|投资|产值|税收|就业岗位"
)

# 全市378个省市重点项目累计完成投资1035.6亿元, 动力装备产业链重点项目完成投资186.2亿元: what the region's projects
# together have done, a figure of the region, not one project's specification
_PROJECTS_OF_REGION = re.compile(
    r"全[市区县州省盟旗]|省市重点|产业链(?:重点|重大)?项目|\d+个(?:省市|省|市)?(?:重点|重大)项目"
)

# 规划面积12平方公里, 占地面积300亩: how big a park or site is drawn, which says where, not how far the region
# has come or means to go (新增孵化面积 is counted: it grows)
_PROPOSED = re.compile(r"(?:提出|确定了?|设定了?|明确了?)(?:了)?(?:到|至)\s*20\d\d\s*年")
_REACHED_SINCE = re.compile(r"实际|已经?|完成|提高到|增加到|增长到|提升到|由")
_OWN_PAPERS = re.compile(r"指标|佐证|(?:证明|申报|纸质)材料|汇总表|附件|一式|^(?:已|均已)?(?:完成|完成或超额完成)$")
_EXTENT = re.compile(r"(?:规划|占地|总占地|规划建设|规划总)面积$|^占地$")


@dataclass
class IndicatorIndex:
    """Normalised indicator labels -> indicator id, plus one regex to find known wordings in a phrase."""

    by_key: dict[str, str]
    pattern: re.Pattern[str]


def indicator_key(text: str) -> str:
    """Compare indicator wordings: units, brackets, fillers and R&D variants removed or unified."""
    key = name_key(text)
    key = re.sub(r"\([^)]*\)?$|\((?:%|亿元|万元|件/万人|人/万人|个|家|件|人|项)\)?", "", key)
    key = key.replace("研究与试验发展(R&D)", "研发").replace("研究与试验发展", "研发").replace("R&D", "研发")
    key = key.replace("(研发)", "").replace("()", "").replace("研发研发", "研发")
    key = re.sub(r"地区生产总值|生产总值", "GDP", key)
    key = key.replace("工程技术研发中心", "工程技术研究中心")
    key = re.sub(r"本级|当年|全市|全社会|我市|全省|全区|地方|年度|的|同期", "", key)
    key = re.sub(r"^(?:市|省|区|县)(?!级)", "", key)  # 市科技局's 市 says whose; 省级 says which level
    key = re.sub(r"(?:数量|总数|数)$", "", key)
    return key


def indicator_index(ontology: Ontology | None = None) -> IndicatorIndex:
    """The indicators of ``ontology`` (default: the extraction's) by normalised wording, indexed once per ontology."""
    return _indicator_index(ontology or current_ontology())


@cache
def _indicator_index(ontology: Ontology) -> IndicatorIndex:
    by_key: dict[str, str] = {}
    for concept in ontology.indicators.values():
        for label in (concept.name, *concept.aliases):
            by_key.setdefault(indicator_key(label), concept.id)
    return IndicatorIndex(by_key, re.compile(trie_regex(by_key)))


def normalise_indicator(text: str, unit: str = "") -> tuple[str | None, str]:
    """``(indicator id or None, cleaned wording)``: an exact key match, else the longest known wording inside,
    else what the wording measures once the industry it names is set aside (规模以上生物企业 counts 规模以上企业
    of one industry; 新能源产业 563亿元 is that industry's size)."""
    found, key = _known_wording(text)
    if found is None:
        found = _without_industry(key, unit)
    if found is not None and unit == "%" and re.search(r"(?:增长|增速|增幅)率?$", key):
        # 财政科技支出增长率 8.6%: the growth of an amount is not the amount; only a measure of growth (年均增长)
        # or a share takes a percentage
        measured = current_ontology().indicators[found].unit or ""
        if measured not in ("%", "个百分点"):
            found = None
    return found, key


_SIZE_UNITS = frozenset({"亿元", "万元", "亿", "万亿元"})


def _without_industry(key: str, unit: str) -> str | None:
    from loaders.gazetteer import industries

    index = indicator_index()
    named = [m for m in industries().pattern.finditer(key) if len(m.group()) >= 2]
    if not named:
        return None
    widest = max(named, key=lambda m: len(m.group()))
    rest = key[: widest.start()] + key[widest.end() :]
    rest = re.sub(r"^(?:产业|行业|领域)(?=.)", "", rest)
    if rest in ("", "产业", "行业", "产业链", "产业集群", "集群", "领域") and unit in _SIZE_UNITS:
        return index.by_key.get(indicator_key("产业规模"))
    if len(rest) >= 3 and rest in index.by_key:
        return index.by_key[rest]
    return None


def _known_wording(text: str) -> tuple[str | None, str]:
    index = indicator_index()
    key = indicator_key(text)
    if key in index.by_key:
        return index.by_key[key], key
    best = None
    for match in index.pattern.finditer(key):
        if len(match.group()) >= 4 and (best is None or len(match.group()) > len(best)):
            best = match.group()
    level = _LEVEL_PREFIX.match(key)
    if best is not None and level is not None and not key.startswith(best) and level.group() not in best:
        return None, key  # 省级高新技术企业 counts a level the all-levels concept does not
    if best is not None and len(best) >= 0.6 * len(key):
        return index.by_key[best], key
    # The head noun decides what is counted (累计选派省级科技特派员 counts 省级科技特派员): the longest known
    # wording the phrase ends with, if it says more than a bare 企业 or 平台.
    tail = next((key[i:] for i in range(len(key) - 2) if key[i:] in index.by_key and len(key) - i >= 3), None)
    if tail is not None and tail not in _GENERIC_HEADS:
        return index.by_key[tail], key
    # 省级工程技术研究中心或企业技术中心, 国家大院大所和科研机构落户天津, 示范工程实现高效利用: a known wording opens
    # the phrase and a conjunction or a verb follows it — the first thing named is what is counted.
    head = max((m.group() for m in index.pattern.finditer(key) if m.start() == 0), key=len, default=None)
    if head is not None and len(head) >= 4 and _opens_a_clause(key[len(head) :]):
        return index.by_key[head], key
    threshold = _FIRM_THRESHOLD.search(key)
    if threshold is not None and key.endswith("企业"):
        label = _THRESHOLD_LABELS.get(parse_number((threshold.group(1) or "1").replace("百", "一百")) or 1)
        if label is not None and indicator_key(label) in index.by_key:
            return index.by_key[indicator_key(label)], key
    return None, key


def _opens_a_clause(rest: str) -> bool:
    from loaders.lexicon import word_tag

    if rest[:1] in ("或", "和", "及", "与", "、", "向", "在"):
        return True
    return any((word_tag(rest[:n], 1) or "") in ("v", "vd", "d") for n in (2, 3) if len(rest) >= n)


# A paragraph describing one undertaking under a run-in label (考核指标：…, 已有基础：…): its figures are that
# undertaking's specification, base or expected benefit.
_SPEC_LABEL = re.compile(
    r"\s*(?:\d+[.．、]|[（(]\d+[)）])?\s*(?:" + "|".join(read_terms("spec_labels.txt")) + r")\s*[：:]"
)
# 本批榜单…征集企业技术需求126项, 本次集中签约项目24个, 拟立项26项: counts of the document's own batch or event,
# no goal
_THIS_BATCH = re.compile(r"\s*(?:本批|本次|本轮|本期|此次|拟立项|拟资助|拟认定)")
_CAPTION = re.compile(r"[^，。；,;：:\t]{0,16}?[（(]?((?:19|20)\d\d)年[度末底]?[)）]?[^，。；,;：:\t\d]{0,10}")


def _caption_year(line: str) -> tuple[int, bool] | None:
    """The year of a caption over rows of figures (科技创新（2025年）, 2026年主要目标), and whether it looks ahead."""
    match = _CAPTION.fullmatch(line.strip()) if len(line) <= 48 else None  # a paragraph is no caption
    if match is None:
        return None
    return int(match.group(1)), bool(re.search(r"目标|预期|计划|力争", line))


# A section of eligibility criteria (认定条件, 申报条件, 认定与管理要求, 评价标准, a consortium's 组建条件): its
# figures are conditions.
# A review's findings (审计发现的主要问题, 存在的问题, 问题和不足): the shortfalls it found, with their counts and sums
_FINDINGS_SECTION = re.compile(r"问题|不足|审计发现")
# 三、起草过程 (走访企业42家, 发放调查问卷260份, 征求14个市级部门意见), 关于资金测算 (低情景下1.6亿元): how a draft
# was written and what it may cost, no figure of the region
# 三、坚持从严治党，认真履行管党治党责任（述责）, 四、严守纪律规矩（述廉）: a head's account of party discipline
# (廉政谈话32人次, 签订责任书21份) counts no figure of the region's innovation
# (not 以党建引领科技工作, 党的建设和干部队伍建设, 巡察整改推动创新: headings that go on to the work itself)
_PARTY_SECTION = re.compile(r"从严治党|党风廉政|述责|述廉|清正廉洁")
_DRAFTING_SECTION = re.compile(r"起草过程|起草经过|资金测算|征求意见")
# 四、投资估算与资金筹措, 五、项目收益与融资平衡测算, （六）项目单位基本情况, （五）偿债风险: a financed project's
# costs, revenue assumptions, debt service and its owner's balance sheet (工程费用54400万元, 出租率第1年按60%, 注册资本
# 10亿元), no aim of the region; its aims are in 绩效目标
# (not 拓宽资金筹措渠道, a task of any plan: 资金筹措 only as a heading of its own)
_FINANCING_SECTION = re.compile(
    r"投资估算|资金使用计划|融资平衡|收益(?:来源|测算|预测)|还本付息|偿债(?:能力|风险|计划|资金|保障|来源|安排)"
    r"|(?:项目|建设)单位(?:基本)?情况"
    r"|(?:^|>\s*|[、）)．.]\s*)(?:项目)?资金筹措(?:[及与和][\u4e00-\u9fff]{0,6}|方案|计划|情况)?\s*(?:>|$)"
)
_YEAR_IN = re.compile(r"(?:19|20)\d{2}")  # a year a table header names
_CRITERIA_SECTION = re.compile(
    r"(?:认定|申报|遴选|入库|备案|组建)(?:条件|标准|要求|与管理)|(?:基本|申报|认定)条件|评价标准"
)
# A paragraph led by what it is about, conditions (一是关于认定条件。, 申报条件：, 关于补贴标准，): its figures are
# thresholds, not aims
_CRITERIA_LEAD = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）])?\s*(?:关于)?"
    r"[\u4e00-\u9fff]{0,6}?(?:条件|标准|门槛)[。：:，,]"
)
# A paragraph's list of conditions (具备以下条件：, 须满足下列条件：): what follows is what an applicant must have.
_CONDITIONS_LISTED = re.compile(r"(?:具备|满足|符合|达到)(?:以下|下列|如下)?(?:条件|要求|标准)[：:]")


def _conditions_listed(paragraph: str, at: int, length: int) -> bool:
    """Is the sentence at ``at`` inside a list of conditions its paragraph opened (up to the 。 that ends it)?"""
    cues = list(_CONDITIONS_LISTED.finditer(paragraph, 0, max(0, at + length)))
    return bool(cues) and "。" not in paragraph[cues[-1].end() : max(cues[-1].end(), at)]


# 产值过亿元的大型企业, 年营业收入过10亿元的服务企业: firms over a size threshold, one indicator per threshold.
_FIRM_THRESHOLD = re.compile(
    r"(?:产值|营业收入|营收|主营业务收入|销售收入)(?:过|超过|超|突破|达到|达)(\d+|[十百千])?亿元"
)
_THRESHOLD_LABELS = {1: "产值超亿元企业", 10: "产值超十亿元企业", 100: "营业收入超百亿元企业"}


_DONE = re.compile(r"(?:完成|实现)(?=工业总产值|总产值|产值|营业收入|增加值)")
_LEVEL_ONLY = re.compile(r"^(?:国家级|省级|市级|县级|区级|[^级，,、]{1,2}级)(?=$|[^别])")
_LEVEL_PREFIX = re.compile(r"^(?:省级以上|国家级以上|市级以上|国家级|省级|市级|县级|省市级)")
_GENERIC_HEADS = frozenset({"企业", "平台", "项目", "人才", "机构", "产值", "收入", "规模", "数量", "基地"})


# An event a year dates (2022年获批, 2021年揭牌), and a later clause that reports the state now (已集聚, 目前, 累计).
_EVENT_AFTER = re.compile(r"(?:底|末)?(?:获批|获评|成立|揭牌|挂牌|建成|启动|开工|落户|入选|被认定|认定|组建)")
# A figure stated as already there (已集聚, 现有, 仅为): a baseline, unless the sentence looks ahead.
_ACHIEVED = re.compile(
    r"已(?:经)?(?:集聚|聚集|建成|达到|拥有|入驻|形成|累计|培育|引进|落地|汇聚|组建|成长为|建立|获批|完成|孵化|设立)"
    r"|现有|目前|发展基础方面|仅为|仅有"
)
# (not a programme's name, 倍增计划，/ 科技计划项目, nor funds won from above, 积极向上争取，)
_AHEAD = re.compile(r"到\s*20\d\d|力争|(?<!向上)争取(?![，,])|确保|预计|将|计划(?=[\u4e00-\u9fff])(?!项目)|目标")
_STATE_NOW = re.compile(r"[，,；;]\s*(?:现已|已经|已|目前|截至目前|累计|现有)")


_RELATIVE = {"去年": -1, "今年": 0, "明年": 1}


def _year_of(cue: re.Match[str], issued: int | None = None) -> tuple[int | None, bool]:
    """The year a cue names, and whether it looks forward (到2025年). A year counted from the text's date (去年,
    今年, 1—4月) is None when the date is not known."""
    if cue.group("rel") or cue.group("ytd"):
        if issued is None:
            return None, False
        if cue.group("ytd"):
            return issued, False
        return issued + _RELATIVE[cue.group("rel")], cue.group("rel") == "明年"
    if cue.group("y"):
        year = int(cue.group("y"))
        if cue.group("to") in ("截至", "截止", "截止到") and issued is not None and year <= issued:
            return year, False  # 截至2026年8月底 in a text of September 2026: as of a day gone by, reached
        return year, bool(cue.group("to")) and not cue.group("end")
    five = _FIVE[cue.group("five")]
    end = five + 5
    return end, False


# A paragraph that opens with a year and a colon (2025年：全面推进…) is that year's part of a yearly schedule.
# (2026年，校地合作机制更加完善…。全年新增…: so is a paragraph a year opens with a comma, where the sentence it
# opens states no figure: a sentence of figures after the year speaks for itself, and the next starts afresh)
# 2025年：…, ——2024年为“夯基蓄势年”。…: a paragraph that opens with its year (a stage of a plan named as a year)
_YEAR_LABEL = re.compile(r"\s*(?:—+\s*)?(?:到|至)?(20\d\d)年(?:度)?(?:目标|任务|安排)?(?:[：:，,]|(?=为))")
_FIGURELESS_LEAD = re.compile(r"[^。；;\d]*。")
# 3.2025年兑现情况。, （四）2026年工作目标： a numbered title run into its paragraph, naming a year
_RUN_IN_YEAR = re.compile(
    r"\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*(20\d\d)年度?([^。，,；;：:\d]{2,12})[。：:]"
)
# Between an amount and a rate: 同比增长 (，同比增长8.6%) or a bare 增长 after a comma (，增长23.5%).
_GROWTH_AFTER_FIGURE = re.compile(
    # (，按不变价格计算，比上年增长5.9%: how the rate is computed may come between)
    r"^(?:[，,]\s*按(?:不变|可比)价格计算)?"
    r"(?:[，,、]?\s*(?:同比|比上年|较上年)(?:增长|增加|提高)|[，,、]\s*(?:增长|增加))\s*$"
)
_SECTION_YEAR = re.compile(r"(?<![\d—\-至~])(20\d\d)年(?![\d—\-至~])")


def _section_year(section: str) -> int | None:
    """The one year the nearest dated heading names (2024年工作安排), as work reports head their parts."""
    for part in reversed(section.split(" > ") if section else []):
        years = set(_SECTION_YEAR.findall(part))
        if len(years) == 1 and not re.search(r"20\d\d\s*[—\-至~]", part):
            return int(years.pop())
    return None


def _under_heading(kind: re.Pattern[str], section: str) -> bool:
    """Is the paragraph under a heading of ``kind`` with no goal heading under that one? 发展基础 > 4．科技创新
    体系建设持续优化 is a review paragraph whatever its own heading says; 存在的主要问题 > （四）… states a lack."""
    parts = section.split(" > ") if section else []
    at = next((i for i, part in enumerate(parts) if kind.search(part)), None)
    return at is not None and not any(_GOAL_SECTION.search(part) for part in parts[at:])


def _in_review(section: str) -> bool:
    return _under_heading(_REVIEW_SECTION, section)


# 二、存在的主要问题, 问题与不足, 短板和差距: where a plan or a proposal says what is lacking, by today's
# figures (narrower than _FINDINGS_SECTION, which drops a year review's findings whole)
_PROBLEM_SECTION = re.compile(r"存在的(?:主要)?问题|问题(?:和|与|及)不足|短板|差距|面临的(?:困难|挑战)")
# 由38%提高到50%, 三年内引进20个: where a figure is headed, a goal even among the problems
_TOWARD = re.compile(r"(?:提高|提升|增加|增长)(?:到|至)|[一二两三五]年内")


def _status(year: int | None, forward: bool, section: str, sentence: str, start: int | None) -> str:
    if year is not None and start is not None:
        # A year the plan's period has begun is ahead of it, unless the figure is reported as reached: a work
        # report for 2024-2025 reviews 2024 (2024年工作总结 > 主要工作成效: 新增高新技术企业186家).
        if year < start or (not forward and _in_review(section)):
            return "baseline"
        return "target"
    if forward:
        return "target"
    if _in_review(section):
        return "baseline"
    if _PAST_SECTION.search(section.split(" > ")[-1] if section else "") or (
        _PAST_SECTION.search(section) and not _TARGET_SECTION.search(section.split(" > ")[-1] if section else "")
    ):
        return "baseline"
    return "target" if _FUTURE.search(sentence) or _TARGET_SECTION.search(section) else "baseline"


# 由2024年的137家, 从2023年底的: the year a from-to's first figure is written with (searched up to that figure)
_FROM_YEAR = re.compile(r"[由从]((?:19|20)\d\d)年(?:底|末)?的?$")
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|—|－|-|～)\s*((?:19|20)\d\d)\s*年")
_FROM_TO = re.compile(
    r"^\s*(?:增至|增长到|增长至|增加到|增加至|提高到|提高至|提升到|提升至|上升到|上升至|达到|扩大到|降至|"
    r"下降到|下降至|降低到|降低至|减少到|减少至|缩短到|缩短至)"
)
# Verbs only: nouns and quantifiers that also end the text before a name (企业, 全市, 以上) are part of indicators
# (规模以上工业企业从业人员比重).
_NOT_ACTIONS = frozenset(
    "以上 开设 设置 落地 企业 全市 我市 全省 我省 市内 省内 国内 国内外 海内外 境内外 知名 一批 首批 现有 原有 "
    "一大批 大批 完成 不含".split()
)
_MULTI_CUTS = frozenset(w for w in CUT_WORDS if len(w) >= 2 and w not in _NOT_ACTIONS)
_CUT_LENGTHS = sorted({len(w) for w in _MULTI_CUTS})


def _cut_actions(phrase: str) -> str:
    """Drop what precedes the last action verb (…实施“我选湖北”计划累计认定实习实训基地 -> 实习实训基地)."""
    for i in range(len(phrase) - 4, 0, -1):  # the rest must still say something (培育企业 is not enough)
        if any(n <= i and phrase[i - n : i] in _MULTI_CUTS for n in _CUT_LENGTHS):
            return phrase[i:]
    return phrase


def _indicator_left(text: str, lo: int, q: Quantity) -> str:
    phrase = DECLARED_ASIDE.sub("", text[lo : q.start])  # （以下简称“新乡高新区”） says nothing measured
    phrase = re.split(r"[，,。；;：:、]", phrase)[-1]
    phrase = re.split(r"[由从](?!业|事)(?=[“\d十]|[^，,。；;]{0,8}(?:增|提|上升|达|降))", phrase)[0]
    phrase = _LEAD_TRIM.sub("", phrase)
    phrase = _cut_actions(phrase) if len(phrase) > 12 else phrase
    phrase = _LEAD_TRIM.sub("", phrase)
    phrase = re.sub(r"[由从]?[“”]?十[一二三四五]五[”]?(?:末|期末)?(?:的)?$", "", phrase)
    phrase = re.sub(r"\d{4}\s*年(?:底|末)?(?:的)?$", "", phrase)
    phrase = _TAIL_VERB.sub("", phrase)
    return phrase.strip("“”\"'")


def _last_known_wording(text: str) -> str:
    """The last scheme wording (four characters or more) in ``text``, as written, or ``""``."""
    index = indicator_index()
    known = [m.group() for m in index.pattern.finditer(text) if len(m.group()) >= 4]
    return known[-1] if known else ""


def _only_a_verb(phrase: str) -> bool:
    """开发出, 攻克: the phrase before the figure is the action, so what is counted follows the figure."""
    from loaders.lexicon import word_tag

    return (word_tag(re.sub(r"[出了]$", "", phrase), 1) or "") in ("v", "vn")


def _indicator_right(text: str, q: Quantity) -> str:
    rest = re.sub(r"^(?:左右|以上|余|多)", "", text[q.end :])
    clause = re.match(r"[^，,。；;：:（(]{2,60}", rest)
    if clause and "的" in clause.group() and "、" in clause.group()[: clause.group().rfind("的")]:
        # 20个技术水平高、运营机制新的产业研发转化服务平台: the head noun follows the last 的
        rest = clause.group()[clause.group().rfind("的") + 1 :]
    match = _RIGHT_NOUN.match(rest)
    if not match:
        return ""
    noun = _RIGHT_STOP.split(match.group())[0]
    figure = _FIGURE_IN_NOUN.search(noun)
    done = _DONE_IN_NOUN.search(noun, 0, figure.start()) if figure is not None else None
    if done is not None and han_count(noun[: done.start()]) >= 2:
        # 378个省市重点项目累计完成投资1035.6亿元: the count's noun, not what its things did and the next figure
        # (产值超10亿元企业 keeps its figure: a class of firms)
        noun = noun[: done.start()]
    if noun.endswith("级"):
        # 1个千亿级、5个五百亿级、7个百亿级产业集群: every class in the list counts the noun after the last
        head = re.match(r"[^，,。；;]*?级([^、，,。；;\d级]{2,12})", rest[len(noun) :])
        if head:
            noun += _RIGHT_STOP.split(head.group(1))[0]
    joined = re.match(r"[^，,。；;：:、（(]{2,30}", rest)
    one_thing = joined and not re.search(r"\d|等|以上|左右", joined.group())
    if one_thing and re.search(r"[和与及]", rest[len(noun) : len(noun) + 1]):
        noun = joined.group()  # 20项基础研究与前沿技术: one thing counted, not a list of two figures
    return noun.strip("“”\"'")


_FIGURE_IN_NOUN = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:元|个|家|项|件|人|%)")
_DONE_IN_NOUN = re.compile(r"累计|完成|实现|达到|共计")


_QUALIFIER_AFTER = re.compile(
    r"(?:以上)?(?:的)?(?:企业|级|强企|工业企业|规上企业)"
    r"|(?:以上)?的[\u4e00-\u9fff]{1,8}?(?:企业|集团|公司)"  # 营业收入超过50亿元的科技型领军企业3家: a class of firms
    r"|(?:之内|以内)?的?(?:经济|交通|生活|通勤|物流)圈"  # 距南京在3小时经济圈之内: a reach, no figure to meet
)
# 10亿元以上项目97个, 50亿元以上的重大项目: a sum that sizes the projects counted is part of the indicator.
_SIZED_PROJECT = re.compile(r"(?:以上)?的?(?:产业|工业|制造业|重大|重点|招商|外资|内资)?项目")
_RECURRING = re.compile(r"每年|年均|每季度|逐年")
_INCREMENT = re.compile(r"新增|累计新增|新认定|新培育|新引进|新建|新组建|新创建|增加(?!值)|新获批|培育引进|引进培育")
_SHARE = re.compile(r"占比|比重|强度|比例|覆盖率|贡献率|转化率|[^增]率$|占.{0,20}(?:的)?比")
_RANK = re.compile(r"排名|位次|排位|第\d+位|前\d+(?:位|名)")
_GROWTH_KIND = re.compile(r"年均增长|年均增速|增速|增长率|增幅|翻一番|翻番|同比增长|增长$")


_RANK_TAIL = re.compile(
    r"(?:在|其)?(?P<a>全省|全国|全市|全区)?(?:的|中的|中)?(?:排名|位次|排位)?"
    r"(?:居|位居|位列|进入|保持|提升至|上升至|跃升至|跃居|升至|提升到|上升到)?(?P<b>全省|全国|全市|全区)?$"
)


def _rank_indicator(indicator: str, previous: str) -> str:
    """在全省的排名上升至第12位 after 研发经费投入强度…: the rank of the measure before (研发经费投入强度全省排名);
    区域创新能力综合评价居全省第12位 -> 区域创新能力综合评价全省排名."""
    tail = _RANK_TAIL.search(indicator)
    head = re.sub(r"^在", "", indicator[: tail.start()] if tail else indicator)  # 在全国…评价中排名第25位
    scope = (tail.group("a") or tail.group("b") or "") if tail else ""
    head = head or previous
    if not head:
        return indicator
    return head if head.endswith(("排名", "位次", "排位")) else head + scope + "排名"


def target_kind(indicator: str, context: str, unit: str) -> str:
    """What a figure counts: total, increment (新增), share (占比, 强度), rank (全省第N位) or growth (年均增长)."""
    if _GROWTH_KIND.search(indicator) or (unit == "%" and _GROWTH_KIND.search(context[-12:])):
        return "growth"
    if _RANK.search(indicator) or unit == "位" or re.search(r"(?:第|前)\s*\d+\s*(?:位|名)$", context):
        return "rank"
    if _SHARE.search(indicator) or (unit == "%" and not _INCREMENT.search(indicator)):
        return "share"
    if _INCREMENT.search(indicator) or _INCREMENT.search(context[-16:]):
        return "increment"
    return "total"


# What an indicator never is: a phrase that opens or closes with a function word, a bracket or a verb, holds
# sentence punctuation, or points back into the text (这是, 以下, 方面的) — a fragment of the sentence.
_FRAGMENT_START = re.compile(r"^(?:[的和及或在为是对把被将从由向于、，,)）]|其中|以及|这|该|上述|以下)")
_FRAGMENT_END = re.compile(
    r"(?:[和与及或在为是对把被将从由向于的了等过超达、(（]|方面的?|为代表|之一|以上|以下|有以下"
    # 每条产业链组建 1个, 要坚持 4个, 纳入督查 142个, 覆盖全市 11个: a verb or a place the
    # count runs on into, not the noun that says what is counted
    r"|坚持|组建|督查|压缩至|缩至|推迟|覆盖全[市区县省]|在全[市区县省])$"
)
_FRAGMENT_ANY = re.compile(
    r"[，,。；;：:]|这是|以下|方面的工作|为代表|分别为|[)）][和与及]|[较比]\d{4}|^(?:低于|高于|较|比|基于|占全)|了|牢固|树立"
    # 评为优秀 3家, 评价结果为合格 22家, 不合格 6家: an evaluation's grade, said of the things graded, measures nothing
    r"|评为|评价结果为|评定为|^(?:不合格|基本合格|合格|优秀|良好)$"
    # 空压机比传统产品节能30%, 重量比传统鞋底减轻30%: a product's claim against the usual one, no region's figure
    r"|[比较](?:传统|常规|普通|同类)"
)


_CAP_BEFORE = re.compile(r"最高(?:可(?:申领|获得|享受|给予)?|不超过|补助|奖励|资助)?\s*$")
# 合同金额在500万元以上的，按…奖励; 年销售收入2000万元以上、研发费用占比不低于3%的420家企业: the bar a firm or a
# purchase must clear (a condition closed by 的), or a share that sorts the firms counted next, is no figure to reach
_THRESHOLD_AFTER = re.compile(
    r"(?:[（(]含[)）])?(?:的[，,]|且|、[^，,。；;\d]{0,16}\d+(?:\.\d+)?\s*(?:%|万元|亿元|元|人|家|项)?(?:及?以上)?"
    r"的(?=\d|[^，,。；;]{0,6}(?:企业|单位|机构)))|的\d+(?:\.\d+)?(?:家|个|户|项)"
)


# A clause naming a firm that still speaks of the region (全市, 带动A、B等企业, 其中): its figure is not the firm's.
_REGION_WIDE = re.compile(r"全市|全区|全县|全省|全州|全旗|带动|其中|累计|以上|等")
# 在 opening a state, not a place (在孵企业, 在建项目, 在校学生): a word the dictionary may lack.
_STATE_WORD = re.compile(r"在(?:孵|校|岗|建|库|读|职)")  # not 在研(发), 在线(上)


def is_fragment(indicator: str) -> bool:
    """A wording that is a piece of the sentence, not a noun phrase naming what is measured."""
    from loaders.lexicon import word_tag

    if indicator.count("(") != indicator.count(")") or indicator.count("“") != indicator.count("”"):
        return True  # 集团)和: a bracket or quote opened or closed outside the phrase
    if _FRAGMENT_START.search(indicator) and not word_tag(indicator[:2], 1) and not _STATE_WORD.match(indicator):
        return True  # 在孵企业, 对接成功案例: a word, not a preposition, opens them
    if _FRAGMENT_END.search(indicator) or _FRAGMENT_ANY.search(indicator):
        return True
    if re.fullmatch(r".{0,4}全覆盖|[^级]{1,3}级", indicator) or re.search(r"呈现$|获(?:国家|省)?$", indicator):
        return True  # 实现5个区全覆盖, 亮点呈现, 项目获国家: a verb phrase; 高能级: a level of nothing named
    opens_with_function_word = word_tag(indicator[:1]) in ("p", "c", "u", "r") and word_tag(indicator[:2]) is None
    return opens_with_function_word and not _STATE_WORD.match(indicator)


# 按县（市、区）分：, 按所属产业链分：: a count split up by place or chain; its parts name a measure of their own only
# with a measure's word (按产业链分：新材料产业产值增长12.5%)
_BREAKDOWN = re.compile(r"按(?:所属|所在)?[^，,。；;：:]{1,10}分[：:，,]")
_MEASURE_WORD = re.compile(r"企业|机构|平台|项目|数|量|额|率|值|人|收入|产值|投入|专利|成果")
_RESPECTIVELY = re.compile(
    r"([^，,。；;：:]{2,50}?)(?:(?:位居|居|位列)[^，,。；;]{0,10}[，,])?分别(?:达到|为|增长到|增至|提高到|增长|达|是)?"
)  # (A、B和C亩均税收位居全市前三，分别为…: the ranking between the items and their figures)
_SHARED_TAIL = re.compile(r"产业|行业|领域|企业|的")
# 国家级高新区, 省级开发区: a kind of zone counted, not a zone named
_LEVEL_ZONE = re.compile(r"^(?:国家|省|市|县|区)级|^(?:国家|省)(?:高新|经济|经开|开发)")


def _names_places(text: str) -> bool:
    """Whether ``text`` is only region or zone names (衡南县, 长治高新区, 蔡家坡经济技术开发区), naming no measure."""
    text = text.strip('“”"（）() ')
    if not text or _LEVEL_ZONE.match(text):
        return False
    if re.fullmatch(r"(?!城镇|乡镇|村镇)[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)", text):
        return True  # 泽国镇, 横峰街道: a town, below the gazetteer's counties
    rest = regions().after_places(text)
    return not _ZONE_WORD.sub("", rest) and (rest != text or _ZONE_WORD.match(text) is not None)


_RANKED_AFTER = re.compile(r"(?:位居|位列|排名|排在|居)(?:全[国省市区县]|第|前|首)[^，,]*$")


def _respectively(text: str, quantities: list[Quantity]) -> dict[int, tuple[str, int | None]]:
    """A、B产业营业收入分别达到800亿元、600亿元: each figure measures its own item with the shared tail
    (先进材料产业营业收入 800, 高端装备产业营业收入 600). 衡南县、祁东县分别新增规模以上工业企业36家、28家: the places
    share the measure after 分别, each figure its place's. Returns (indicator, the place's offset or None) by figure
    start; the place alone when places share a measure said before (衡南县、衡阳县分别达到…)."""
    out: dict[int, tuple[str, int | None]] = {}
    for match in _RESPECTIVELY.finditer(text) if "分别" in text else ():  # the lazy run before it tries everywhere
        run = match.group(1).split("，")[-1]
        items = [i for i in re.split(r"[、和及与]", run) if i]
        following = [q for q in quantities if q.start >= match.end()][: len(items)]
        if len(items) < 2 or len(following) != len(items):
            continue
        if any(re.search(r"[，,。；;]", text[a.end : b.start]) for a, b in itertools.pairwise(following)):
            continue
        zone = _ZONE_WORD.match(items[-1])
        last_place = regions().leading_place(items[-1]) or (zone.group() if zone else "")
        last_measure = _RANKED_AFTER.sub("", _ZONE_WORD.sub("", items[-1][len(last_place) :]) if last_place else "")
        if all(_names_places(_LEAD_TRIM.sub("", item)) for item in items[:-1]) and han_count(last_measure) >= 3:
            # 泽国镇、大溪镇和东部新区规上工业亩均税收位居全市前三，分别为…: the last place carries the measure
            items[-1] = items[-1][: len(last_place)]
            measure = last_measure
        else:
            measure = ""
        if all(_names_places(_LEAD_TRIM.sub("", item)) for item in items):
            measure = measure or _LEAD_TRIM.sub("", text[match.end() : following[0].start])
            offsets, at = [], match.end(1) - len(run)
            for item in items:
                at = text.index(item, at)
                offsets.append(at + len(item) - len(_LEAD_TRIM.sub("", item)))
                at += len(item)
            for q, offset, item in zip(following, offsets, items, strict=True):
                out[q.start] = (measure if han_count(measure) >= 2 else _LEAD_TRIM.sub("", item), offset)
            continue
        last = items[-1]
        cut = _SHARED_TAIL.search(last)
        tail = last[cut.start() :] if cut is not None and cut.start() >= 2 else ""
        heads = [*items[:-1], last[: len(last) - len(tail)] if tail else last]
        for q, head in zip(following, heads, strict=True):
            out[q.start] = (_LEAD_TRIM.sub("", head) + tail, None)
    return out


# A count of the names listed just before it (A、B、C三个园区, 金城镇、儒林镇…6个镇): how many the text names, not a
# figure to reach or one reached
_LISTED_RUN = re.compile(r"([^，,。；;：:、\d]{2,24}(?:[、和及与][^，,。；;：:、\d]{2,24})+)$")


_LISTED_UNITS = frozenset("个 家 所 座 大 类 条 支 区 县 镇".split())


def _counts_listed(text: str, q: Quantity) -> bool:
    if q.unit not in _LISTED_UNITS or q.value_max is not None:
        return False
    run = _LISTED_RUN.search(text, 0, q.start)
    if run is None:
        return False
    items = re.split(r"[、和及与]", run.group(1))
    # (新建A、B、C等新型研发机构3家以上: kinds given as examples of a goal, not names counted)
    return len(items) >= 2 and q.value == len(items) and q.comparator == "=" and "等" not in run.group(1)


# A fund's own record in an evaluation of it: sums it allotted, paid or carried over (安排资金3160万元, 实际支出,
# 结转资金, 代偿损失), and counts of what it supported or the evaluators checked (支持项目142家次, 抽查项目14个,
# 回收有效问卷398份).
_FUND_SUM = re.compile(r"(?:资金|预算|支出|安排|兑现|拨付|代偿损失|额度)[仅约共]?$")
_FUND_COUNT = re.compile(r"支持|资助|受支持|资金|抽查|核查|自查|抽取|抽样|问卷|座谈|评审|兑现|指标|审计|延伸调查|走访")
_MONEY = frozenset("元 万元 亿元".split())
_FUND_RATE = re.compile(r"执行率|到位率|立项率|完成(?:年度)?目标|支出进度|拨付率")
# A bureau's own accounts in its final accounts (部门决算): what it spent and kept (支出决算, 年中追加, 人员经费,
# 本年收入, 结转和结余, 无形资产原值), how its spending went (完成年初预算的98.32%, 其他收入占比重), its cars and staff
_OWN_ACCOUNTS = re.compile(
    r"(?:决算|执行数|预算数|年初预算|追加|(?:人员|公用|运行)经费|维护费|购置费|接待费|全年执行|预算调整|"
    r"(?:本年|其他|事业|经营|财政拨款|年?度)收入(?:合计)?|结转|结余|资产(?:总额)?|原值|授予[^，,]{0,8}合同金额|"
    r"(?:收入|支出)(?:总计|合计)?各?增加|预算增加)[仅约共]?$|政府采购"
)
# (授予中小企业合同金额占政府采购支出总额的84.89%: a share of what the bureau bought)
_OWN_ACCOUNT_RATE = re.compile(
    r"完成(?:年初)?预算|收入占比重|占本年支出|自评覆盖率|(?:收入|支出)(?:总计|合计)各?增加|财政拨款[^，,]{0,8}(?:支出|收入)增加"
    r"|政府采购"
)
_OWN_STAFF = re.compile(r"用车|车辆|退休|离休|编制|在职|实有人数|内设|下属|事业单位")


def fund_record(indicator: str, unit: str) -> bool:
    """Whether a figure of a fund's evaluation is the fund's own record (how it spent, whom it paid, what its
    evaluators checked) rather than a figure of the region. Public because the table rules ask it of cells too."""
    if unit == "%":
        # 预算执行率97.31%, 完成年度目标的113.3%: how the fund went
        return _FUND_RATE.search(indicator) is not None or _OWN_ACCOUNT_RATE.search(indicator) is not None
    if unit in _MONEY:
        return _FUND_SUM.search(indicator) is not None or _OWN_ACCOUNTS.search(indicator) is not None
    if unit in ("辆", "人", "个", "台(套)", "台") and _OWN_STAFF.search(indicator):
        return True  # 公务用车3辆, 退休人员23人, 机关内设8个, 下属事业单位2个: the bureau's own cars, staff and offices
    if unit in ("家次", "人次", "份", "场"):
        return True
    return unit in ("个", "项", "家") and _FUND_COUNT.search(indicator) is not None


_TIMES_CELL = re.compile(r"(≥|≤)?\s*(\d+(?:\.\d+)?)\s*倍")
# 2025年目标 | 2025年完成: a table with a column of goals and one of what was reached, both of one year
_DONE_COLUMN = re.compile(r"完成|实际|实现|达到|现状")
# the columns of a tiered performance table that hold a measure's figures (年度指标值, 2027年指标值, 实际完成值),
# not its weight or score (分值, 得分)
_TIER_VALUE = re.compile(r"指标值|目标值|完成值|实际值|实际完成")
_TIER_SCORE = re.compile(r"分值|得分|权重")
# 2024年完成进度 | 完成率（%） | 目标完成比例 beside an indicator's own columns: how far the figure is towards its goal,
# a ratio of two cells of the row, not a value of the indicator.
_PROGRESS_COLUMN = re.compile(r"(?:完成|序时)?进度|完成(?:率|比例|百分比|程度)")


def _cell_quantity(text: str) -> Quantity | None:
    """The one figure a table cell holds with its unit (30亿元, ≥1.5倍, 4支), the cell nothing else."""
    times = _TIMES_CELL.fullmatch(text.strip())
    if times is not None:  # 倍 is no unit in prose (增长2倍); a cell of a multiple is one
        comparator = {"≥": ">=", "≤": "<="}.get(times.group(1) or "", "=")
        return Quantity(tidy(float(times.group(2))), None, "倍", comparator, times.start(2), times.end())
    found = find_quantities(text)
    if len(found) != 1 or han_count(text) > 4:
        return None
    q = found[0]
    rest = (text[: q.start] + text[q.end :]).strip()
    return q if not rest or rest in ("≥", "≤", ">", "<", "约") else None


# The one year a title is about (2026年…白皮书, 2026年度…报告), not a span's first year (2026—2028年)
_TITLE_YEAR = re.compile(r"(?<![—\-－～~至\d])((?:19|20)\d\d)年度?(?![—\-－～~至\d])")


# 公司, 集团 or 该企业 opening a measure: the firm a profile speaks of, its own figure
_FIRM_SUBJECT = re.compile(r"(?:该|本)?(?:公司|集团)(?!级)|该企业")
# A section headed by a firm's legal name (（六）某某有限公司: its card of labelled values, 注册资本 | 5000万元, or its
# profile): its figures are the firm's own (staff, capital, patents, the loan it seeks), not the region's
# （六）某某装备股份有限公司, 1.某某集团有限公司（涧西区，矿山机械）: a heading that names one firm (where and on
# which chain in brackets after it); 5.高速列车轴箱轴承台架试验技术（科学技术进步奖三等奖）: one award-winning
# achievement. The figures under either are the firm's or the achievement's own.
_FIRM_HEADING = re.compile(
    r"(?:有限责任公司|有限公司|股份公司|集团公司)(?:[（(][^（()）]{0,20}[)）])?$|[（(][^（()）]{0,16}奖[^（()）]{0,6}[)）]$"
)
# A yearbook's entry headed by an organisation (【河北科技大学】 2026年，…获批国家级科研项目86项): the figures are that
# university's, institute's or firm's, as in a firm's card; an entry headed by a topic (【学术交流】) is the region's
# (sentences reach the rules folded: 【】 as []); a sentence of the entry opening 全市 is still the region's
_ORG_ENTRY = re.compile(r"\s*\[[^\]]{2,40}?(?:有限(?:责任)?公司|股份公司|集团公司|大学|学院|研究[所院]|科学院)\]")
_WHOLE_REGION = re.compile(r"\s*全(?:市|区|县|州|省|盟|旗)")


class TargetFinder:
    """Target rules for one plan (its period decides baseline vs target)."""

    def __init__(
        self,
        period_start: int | None,
        period_end: int | None,
        issued: str | None = None,
        title: str = "",
        plan_region=None,
    ) -> None:
        self.start = period_start
        self.end = period_end
        self.plan_region = plan_region  # the plan's own division, to tell its figures from others' (_of_elsewhere)
        # The first year not over when the plan was issued: a report issued in January 2027 on 2026 and 2027
        # states 2026's figures as reached, whatever period its manifest gives (a plan cannot set a goal for a
        # year that has ended).
        year = int(issued[:4]) if issued and re.match(r"(?:19|20)\d\d", issued) else None
        self.issued = year
        self.open_from = max(period_start, year) if period_start is not None and year is not None else period_start
        # The year a review's undated figures reached: the period's base year (a 十四五 plan reports the end of
        # 十三五), or, for a report issued well into its period (a mid-term review of 2021-2025 issued in 2024),
        # the year before the report. A date years after the period is a web page's (the plan put online again),
        # not the plan's.
        self.reviewed = period_start - 1 if period_start is not None else None
        end = period_end if period_end is not None else period_start
        if period_start is not None and end is not None and year is not None and period_start < year - 1 <= end:
            self.reviewed = year - 1
        # 2026年知识产权发展状况白皮书, issued in 2027 with a period of 2026-2027: the year its title names, over
        # when it was issued, is the year its undated figures report (全年企业发明专利授权量1,768件), not 2025.
        # Its undated figures outside a section of goals are reached ones, as in a text on that year alone.
        named = _TITLE_YEAR.search(title)
        named_year = int(named.group(1)) if named else 0
        self.named_past = year == named_year + 1 and (period_start or 9999) <= named_year <= (end or 0)
        if self.named_past:
            self.reviewed = named_year
        # A report on its own year so far (2026年上半年工业经济运行分析, 前三季度…) states that year's figures, where
        # other texts of one year (工作要点 in February) review the year before.
        # (so_far: such a report, whose figures of its year are reached ones unless said to be ahead)
        # A bulletin of the year's work (工作简报, 督查通报) reports likewise, issue by issue.
        # So does a text on its year issued in the year's last two months (a year's posts collected on 31
        # December): its figures of the year are what the year reached.
        late = re.match(r"\d{4}-(\d\d)", issued or "")
        late_in_year = late is not None and int(late.group(1)) >= 11
        # The same holds for a summary of the year its title names, issued in that year, whatever later years its
        # manifest adds for the plans it closes with (2026年东西部协作工作总结 of December 2026, period 2026-2027),
        # and for a report on part of the year its title names (关于2026年第三季度…情况的通报, period 2026-2027).
        self.so_far = bool(
            period_start == end == year and (SO_FAR.search(title) or _PROGRESS_TITLE.search(title) or late_in_year)
        ) or (
            period_start == named_year == year
            and (late_in_year or "总结" in title or SO_FAR.search(title) or _EVENT_REPORT.search(title))
        )
        # 宜宾市2025年度区县创新驱动发展工作目标考核情况通报, issued in March 2026 with a period of 2026 (the goals it
        # sets next): a circular on the year its title names, over when issued, reports that year, not 2026 so far
        # (figures outside its goal sections are reached ones, as in a text on that year alone: named_past)
        if self.so_far and named_year == year - 1 and period_start == year:
            self.so_far, self.named_past = False, True
            self.reviewed = named_year
        if self.so_far:
            self.reviewed = year
        # (a report on part of its year, 第三季度…通报: what it sets for 第四季度, 全年, 年底 is that year's)
        self.part_year = bool(self.so_far and SO_FAR.search(title))
        # A text on one year that has ended (2026年度专项资金绩效评价报告, issued in 2027) reports that year's
        # figures, where a plan of one year issued before or in it reviews the year before.
        past_year = period_start == end and end is not None and year is not None and year > end
        if past_year:
            self.reviewed = end
        # 2026年国民经济和社会发展统计公报, issued in 2027: a communique reports the year it names and sets no goal
        self.communique = past_year and "统计公报" in title
        # Any other text on one year that has ended (a special fund's evaluation): its sums and counts of what
        # the fund paid for, checked or asked are the fund's own record (fund_record), not the region's figures
        # (a fund's report titled by the year it reviews, issued the year after, whatever period it gives itself
        # for the goals it sets next: 2026年度科技创新专项资金绩效自评报告 with a period of 2026-2027)
        # An audit of years that have ended (2024—2025年度科技专项资金…审计调查结果的报告, issued in 2026) is such a
        # record too: what it found checked, paid or misused is no figure the region set or reached.
        audited = "审计" in title and end is not None and year is not None and year > end
        self.year_review = (past_year or audited or (self.named_past and "资金" in title)) and not self.communique
        # 2026年，全区产值突破1600亿元；整车产量达到36万辆；…: the year that opens a sentence dates the clauses after
        # its semicolons too, which reach in_sentence as sentences of their own. (document offset where the next
        # clause starts, year, forward)
        # (the fourth: the year is this year so far, 1—4月，…；…)
        self._carried: tuple[int, int | None, bool, bool] | None = None
        # where a run of clauses after 目标是： goes on, and the year its lead named (2026年度…绩效目标为：)
        self._goals_listed: tuple[int, int | None] | None = None
        # 科技创新（2025年） / 2026年主要目标 over lines of 指标<tab>数值: the caption's year dates the rows below it
        # (year, forward), until a line that is neither a row nor a caption
        self._caption: tuple[int, bool] | None = None
        # 渤海新区规上工业增加值增长12.6%…；沧州高新区增长11.8%: a place's rate with its measure left out is of the
        # measure last named; (document offset where the next clause starts, that measure)
        self._measure: tuple[int, str] | None = None
        # 点位1：某某项目 / 建设内容：… / 进展情况：… / 预期效益：…: the paragraphs of one project's entry in a tour's
        # or a list's text; (the block last asked about, whether it is in such an entry)
        self._entry: tuple[int, bool] = (-1, False)

    def _make(
        self,
        indicator: str,
        q_value,
        q_max,
        unit: str,
        comparator: str,
        year: int | None,
        status: str,
        start: int,
        end: int,
        block,
        context: str = "",
    ) -> Mention | None:
        indicator = clean_name(indicator).replace("（", "(").replace("）", ")").lstrip("()")
        if indicator.count("(") < indicator.count(")") or not indicator.endswith(")") or "(" not in indicator:
            indicator = indicator.rstrip("()")  # a bracket cut open; 新型储能装机(功率) keeps its own
        # 研发经费投入(R&D), 地区生产总值(GDP)比重: a Latin abbreviation in brackets is an aside
        indicator = re.sub(r"\([^()\u4e00-\u9fff]*\)(?=[\u4e00-\u9fff]*$)", "", indicator)
        indicator = re.sub(r"^(?:.*\()?其中", "", indicator)  # 建筑面积5000平方米(其中科学实验用房3500平方米
        # 研发经费投入强度（2024年度）达到1.86%: the aside dates the figure (its year read from it), not the measure
        indicator = re.sub(r"\((?:19|20)\d\d年度?\)$", "", indicator)
        if han_count(indicator) < 3 or len(indicator) > 40 or indicator in _NOT_INDICATORS:
            return None
        if is_fragment(indicator) or _FIRM_SUBJECT.match(indicator):
            return None  # (公司实现营业收入3.6亿元, 集团营业收入增长9.7%: a firm's own figure, said of it)
        if re.search(r"\d(?:个|家|项|件|名|座|所)$", indicator):
            return None  # 5个计划新开工项目仅开工3个: the words after a figure end in one of their own, no measure
        if _CORRESPONDENCE.search(indicator):
            return None  # 区长信箱受理的留言217件, 企业经营者留言占68.4%: the office's mail, no figure of innovation
        if _STUDY_METHOD.search(indicator):
            return None  # 总库查全率93.6%, 检索中共使用IPC分类号42个: how a patent study searched, not what it found
        recurring = bool(_RECURRING.search(context))
        if status == "target" and year is None and not recurring:
            year = self.end
        if status == "baseline" and year is None and self.start is not None and _PAST_SECTION.search(block.section):
            year = self.reviewed
        indicator_id, _ = normalise_indicator(indicator, unit)
        if not unit and indicator_id:
            unit = current_ontology().indicators[indicator_id].unit or ""
        attrs = {
            "indicator": indicator,
            "indicator_id": indicator_id,
            "value": q_value,
            "value_max": q_max,
            "unit": unit,
            "comparator": "range" if q_max is not None and comparator == "=" else comparator,
            "year": year,
            "status": status,
            "kind": target_kind(indicator, context, unit),
        }
        return Mention("Target", indicator, start, end, block, attrs)

    def _in_project_entry(self, block: Block) -> bool:
        """Is the paragraph one of a project's entry: the line that opens it (点位1：…项目) or a labelled field
        after it (总投资：, 建设内容：, 进展情况：, 预期效益：)? A paragraph of neither ends the entry."""
        if self._entry[0] == block.start:
            return self._entry[1]
        inside = entry_part(block.text, self._entry[1]) is not None
        self._entry = (block.start, inside)
        return inside

    def in_sentence(
        self,
        text: str,
        base: int,
        block: Block,
        entity_spans: list[tuple[int, int]],
        names: frozenset[str] = frozenset(),
        firms: frozenset[str] = frozenset(),
    ) -> list[Mention]:
        """Figures of one sentence (``text`` starts at document offset ``base``). ``names``: organisations named in
        the sentence; a figure whose indicator is one of them (诚鑫化工 5万吨) is a project's capacity, not a goal."""
        found: list[Mention] = []
        if block is not None and self.year_review and _FINDINGS_SECTION.search(block.section):
            return found  # 三、审计发现的主要问题 in a review of a year over: what went wrong, no figure of the region
        if block is not None and _DRAFTING_SECTION.search(block.section):
            return found  # 三、起草过程: 走访企业42家, 发放调查问卷260份 tell how a draft was written
        if block is not None and _PARTY_SECTION.search(block.section):
            return found  # （述责）: party-discipline counts, no figure of innovation
        if block is not None and any(SPEAKER_HEADING.fullmatch(h) for h in block.path):
            return found  # （一）某某有限公司董事长　某某: a firm's head speaking of the firm
        if block is not None and _FINANCING_SECTION.search(block.section):
            return found  # 四、投资估算与资金筹措: a financed project's costs and revenues, no aim
        if block is not None and self._in_project_entry(block):
            return found  # 点位3：某某项目 … 预期效益：年销售收入60亿元: the project's own figures
        if block is not None and _CRITERIA_SECTION.search(block.section):
            return found  # 平台认定与管理要求: what an applicant must have (研发人员不少于20人), no aim
        if block is not None and _conditions_listed(block.text, base - block.start, len(text)):
            return found  # 申报单位应具备以下条件：一是…不少于10人；二是…: the paragraph lists what an applicant has
        if block is not None and _CRITERIA_LEAD.match(block.text):
            return found  # 一是关于认定条件。…科技人员占…比例不低于10%: a reply's paragraph on what an applicant needs
        caption = None
        if block is not None:
            if "\t" in block.text:
                caption = self._caption
            else:
                self._caption = _caption_year(block.text)
        if _THIS_BATCH.match(text):
            return found
        if block is not None and _SPEC_LABEL.match(block.text):
            return found  # 考核指标：冗余切换时间≤20ms…: one challenge's specification, not the region's goal
        if block is not None and _FIRM_HEADING.search(block.section.rsplit(" > ", 1)[-1]):
            # （六）某某装备股份有限公司 over 知识产权 | 发明专利89件: one firm's card, its own figures (and
            # 8.盾构机主轴承…技术（科学技术进步奖一等奖）: one achievement's account)
            return found
        if block is not None and _ORG_ENTRY.match(block.text) and not _WHOLE_REGION.match(text):
            return found  # 【某某大学】 2026年，…获批国家级科研项目86项: a yearbook's entry on one university
        # A cue needs 年 (2025年) or 五 (十四五); most sentences have neither and are spared the scan.
        cues = list(_YEAR_CUE.finditer(text)) if "年" in text or "五" in text or "月" in text or "季度" in text else []
        previous_end = 0
        previous_indicator = previous_rate = previous_unit = stated_goal = ""
        section = block.section
        if _PROJECT_BOX.search(section):
            return found
        carried = self._carried if self._carried and 0 <= base - self._carried[0] <= 2 else None
        self._carried = None
        # 主要预期目标是：A；B；C。: every clause of the list is a goal, though only the first says so
        listed = self._goals_listed if self._goals_listed and 0 <= base - self._goals_listed[0] <= 2 else None
        goals_listed = listed is not None
        self._goals_listed = None
        list_lead = _GOALS_LEAD.search(text)
        if text.rstrip()[-1:] in ("；", ";") and (listed is not None or list_lead is not None):
            if listed is not None:
                self._goals_listed = (base + len(text), listed[1])
            else:
                named = [c for c in cues if c.end() <= list_lead.start()]
                self._goals_listed = (base + len(text), _year_of(named[-1], self.issued)[0] if named else None)
        measure_before = self._measure[1] if self._measure and 0 <= base - self._measure[0] <= 2 else ""
        self._measure = None
        # (产业现状：2022年，…；…: a run-in label before the year that opens the sentence)
        opening = next(
            (
                c
                for c in cues
                if (c.start() <= 3 or _RUN_IN_LABEL.fullmatch(text, 0, c.start()))
                and text[c.end() : c.end() + 1] in "，,"
            ),
            None,
        )
        if text.rstrip()[-1:] in ("；", ";") and (opening is not None or carried is not None):
            if opening is not None:
                so_far = bool(opening.group("ytd") or opening.group("since") or opening.group("ymonths"))
                carry = (*_year_of(opening, self.issued), so_far)
            else:
                carry = carried[1:]
            if carry[0] is not None:
                self._carried = (base + len(text), *carry)
        quantities = find_quantities(text)
        respectively = _respectively(text, quantities)
        for q in quantities:
            rank = q.unit in ("位", "名") and text[max(0, q.start - 1) : q.start] in ("第", "前")
            if (q.unit in _SKIP_UNITS and not rank) or any(s <= q.start < e for s, e in entity_spans):
                previous_end = q.end
                continue
            if _QUALIFIER_AFTER.match(text, q.end) or (q.unit.endswith("元") and _SIZED_PROJECT.match(text, q.end)):
                continue  # 超十亿元企业, 百亿级: a class of firms (part of the next figure's indicator), not a figure
            digits = text[q.start : q.end]
            if (
                re.match(r"^\d{4}", digits)
                and _YEAR_ONLY.match(str(q.value))
                and q.unit not in ("家", "个", "项", "件", "人", "名", "万元", "亿元", "元", "台", "套", "场", "吨")
            ):
                continue
            if text[q.end : q.end + 1] in ("级", "型", "强", "期") or text[q.end : q.end + 2] in ("年度",):
                previous_end = q.end
                continue  # 百万吨级, 千亿级: a class, not a figure
            if text[max(0, q.start - 1) : q.start] == "第" and not rank:
                previous_end = q.end
                continue  # 第十四个五年规划: an ordinal, not a count
            if q.unit == "个" and _DURATION_AFTER.match(text, q.end):
                continue  # 签约满6个月仍未开工, 连续2个季度: a span of time, no count of anything
            if q.unit in _CAPACITY_UNITS and _EQUIPMENT_AFTER.match(text, q.end):
                previous_end = q.end
                continue  # 扶持某化工5万吨油酸生产线: the size of a line, not a goal of the region
            if q.unit in ("公里", "千米", "km") and _DISTANCE_BEFORE.search(
                text, max(text.rfind(mark, 0, q.start) for mark in "，,。；;") + 1, q.start
            ):
                previous_end = q.end
                continue  # 距A机场40公里、B机场70公里: where a place lies, no measure of anything
            if q.comparator == ">=" and _THRESHOLD_AFTER.match(text, q.end):
                previous_end = q.end
                continue
            if q.unit.endswith("元") and _CAP_BEFORE.search(text[max(0, q.start - 12) : q.start]):
                previous_end = q.end
                continue  # 单个企业每年最高200万元, 每家企业最高可申领20万元: a subsidy's cap, never a goal
            if (
                _PLAN_STRUCTURE.match(text, q.end)
                or (q.unit in _POINT_UNITS and _SPEAKER_POINTS.match(text, q.end))
                or _counts_listed(text, q)
            ):
                previous_end = q.end
                continue  # 重点在A、B、C 3个方向: how the plan is organised, not a figure to reach
            left = _indicator_left(text, previous_end, q)
            raw_left = text[previous_end : q.start]
            if previous_indicator and previous_end and _FROM_TO.match(raw_left):
                left = previous_indicator  # 由A增至B: B measures what A does
            # 突破A、B等80项关键技术, A等领域的23个项目: A, B are examples; what is counted follows the figure
            examples = bool(re.search(r"等(?:[^，,。；;、\d]{0,8}的)?[”\s]*$", raw_left))
            verb_only = _only_a_verb(left) or _VERB_BEFORE_COUNT.search(re.sub(r"[“”\s]", "", raw_left))
            if han_count(left) < 2 or examples or verb_only:
                right = _indicator_right(text, q)
                indicator = right if han_count(right) >= 2 else left
                again = re.search(r"(?:达到|达|突破|超过|力争)\s*$", raw_left)
                if han_count(indicator) < 2 and previous_indicator and again:
                    indicator = previous_indicator  # 2024年达到2300亿元，到2025年达到3000亿元: the same measure
            else:
                indicator = left
            indicator, place_at = respectively.get(q.start, (indicator, None))
            # 技术合同成交额年度目标为180亿元，实际达到196.3亿元，较2024年的…: a goal stated, then what was reached
            goal_said = _GOAL_SAID.search(indicator)
            reached_after = stated_goal and _REACHED_AFTER_GOAL.fullmatch(re.sub(r"\s", "", raw_left))
            if goal_said is not None and han_count(indicator[: goal_said.start()]) >= 2:
                indicator = indicator[: goal_said.start()]
            elif reached_after:
                indicator = stated_goal
            place_only = _ELIDED_MEASURE.sub("", indicator)
            measure = _ZONE_WORD.sub("", regions().after_places(previous_rate or measure_before))
            if (
                q.unit == "%"
                and place_only
                and not _ZONE_WORD.sub("", regions().after_places(place_only))
                and han_count(measure) >= 4
            ):
                indicator = place_only + measure  # 沧州高新区增长11.8% after 渤海新区规上工业增加值增长12.6%
            elif q.unit != "%" and q.unit == previous_unit and _names_places(place := _PLACE_VERB.sub("", indicator)):
                # 亭湖区新认定14家，盐都区8家: each place's figure of the measure named first
                measure = _ZONE_WORD.sub("", regions().after_places(_PLACE_VERB.sub("", previous_indicator)))
                if han_count(measure) >= 2:
                    indicator = place + measure
            if _LEVEL_ONLY.fullmatch(indicator.lstrip("（(")):
                # 企业技术中心14家（国家级1家、省级13家）: a level of what was just counted, or of the known
                # measure the sentence spoke of (实行科技企业孵化器分级管理，培育基础级5个)
                counted = previous_indicator or _last_known_wording(text[: q.start])
                if counted:
                    indicator = indicator.lstrip("（(") + _LEVEL_PREFIX.sub("", _LEVEL_ONLY.sub("", counted))
            if indicator.startswith("占") and previous_indicator and not previous_indicator.startswith("占"):
                # 高新技术产业增加值32.6亿元，占GDP比重8.11%: the share is of the figure before
                subject = _DONE.sub("", previous_indicator.split("占")[0])
                indicator = subject + indicator + ("" if re.search(r"比重|比例|比$", indicator) else "比重")
            if (
                q.unit == "%"
                and previous_indicator
                and re.fullmatch(r"(?:同比|比上年|较上年)?(?:增长|增加|提高)?", indicator)
                and _GROWTH_AFTER_FIGURE.search(raw_left)
            ):
                # 实际到位资金1320亿元，同比增长8.6%; 产业产值达到418亿元，增长23.5%: the growth of the figure before
                indicator = _DONE.sub("", previous_indicator) + "增长率"
            counted_before = ""  # the count a net gain is of, which the next figure (a share, a growth) is of too
            if q.unit != "%" and q.unit == previous_unit and previous_indicator and _NET_GAIN.fullmatch(raw_left):
                # 高新技术企业达到1086家，净增186家; …2350家，较2020年净增518家: the net gain of the count before
                counted_before = previous_indicator
                measure = re.sub(r"数量$", "", _DONE.sub("", previous_indicator))
                indicator = measure + ("净增数量" if q.unit in _COUNT_UNITS else "净增")
            if any(name in indicator for name in names) or self._of_elsewhere(indicator):
                previous_end = q.end
                continue
            if _BREAKDOWN.search(text, 0, q.start) and not _MEASURE_WORD.search(indicator):
                # 按县（市、区）分：镜湖区11家、…；按所属产业链分：新材料23家: the count just given, split by place or
                # chain, each part naming no measure of its own
                previous_end = q.end
                continue
            clause = text[clause_start(text, q.start) : q.start] if firms else ""
            if clause and any(firm in clause for firm in firms) and not _REGION_WIDE.search(clause):
                # 沃川泵业2025年产值48.6亿元: the firm's own output, not the region's figure
                previous_end = q.end
                continue
            lead = _GOALS_LEAD.search(text, 0, q.start)  # (主要绩效目标为：… before the figure: a goal)
            if (
                self.year_review
                and fund_record(indicator, q.unit)
                and not goals_listed
                and not lead
                and (
                    q.unit == "%"  # (完成年度目标的113.3%: the goal it names is the fund's own)
                    or (not _AHEAD.search(text[: q.start]) and not _GOAL_SECTION.search(section.rsplit(" > ", 1)[-1]))
                )
            ):
                previous_end = q.end
                continue
            if _EXTENT.search(indicator) and not _INCREMENT.search(indicator):
                previous_end = q.end
                continue
            if q.unit in ("项", "份", "条", "类") and _OWN_PAPERS.search(indicator):
                # 考核指标15项, 情况汇总表及佐证材料27项, 一式3份: the report's own indicators and papers, counted
                previous_end = q.end
                continue
            counts_projects = q.unit in ("个", "项") and indicator.endswith("项目")  # 引进央企投资项目30个
            if (
                _PROJECT_SPEC.search(indicator)
                and _PROJECT_CONTEXT.search(text)
                and not normalise_indicator(indicator)[0]
                and not counts_projects
                and not _PROJECTS_OF_REGION.search(text, 0, q.start)
            ):
                previous_end = q.end
                continue
            unit = q.unit
            growth = _GROWTH.search(text[max(0, q.start - 6) : q.start])
            if growth and growth.group() not in indicator:
                indicator = indicator + growth.group()
            year = None
            cue_at = -1
            forward = False
            this_year_done = False
            for cue in cues:
                before = text[max(0, cue.start() - 2) : cue.start()]
                if cue.end() > q.start or _COMPARISON.search(before):
                    continue
                if _FROM.search(before) and _FIGURE_BETWEEN.search(text[cue.end() : q.start]):
                    continue  # 由“十三五”末的3.5件增至8件: 十三五末 dates 3.5, not 8
                cue_year, cue_forward = _year_of(cue, self.issued)
                if cue_year is None:
                    continue
                backward = not cue_forward  # 到2023年建成…，累计培育…: a goal's year dates all its figures
                if backward and _EVENT_AFTER.match(text, cue.end()) and _STATE_NOW.search(text[cue.end() : q.start]):
                    continue  # 于2022年获批…，已集聚科研人员420人: the year dates the approval, not today's count
                if cue.group("ysince") and self.reviewed is not None and cue_year < self.reviewed:
                    cue_year = self.reviewed  # 2024年以来，累计发布榜单46项: the count up to the plan, not in 2024
                year, forward, cue_at = cue_year, cue_forward, cue.start()
                # 今年以来, 1—4月, 2026年1-5月: the year up to the day it speaks
                so_far = cue.group("ytd") or cue.group("since") or cue.group("ymonths")
                reached = so_far or _ACHIEVED.search(text[cue.end() : q.start]) or "已" in text[cue.end() : q.start]
                this_year_done = cue.group("rel") == "今年" and reached and not _AHEAD.search(text[cue.end() : q.start])
                this_year_done = this_year_done or cue.group("ytd") is not None or cue.group("ymonths") is not None
            if year is None and caption is not None:
                year, forward = caption
            if year is None and listed is not None and listed[1] is not None:
                year, forward = listed[1], True  # 2026年度…主要绩效目标为：A；B；C: the lead's year dates B and C
            if year is None and carried is not None:
                # the clause before this one's semicolon opened with its year
                year, forward, this_year_done = carried[1:]
            if (
                year is None
                and (label := _YEAR_LABEL.match(block.text)) is not None
                and (label.group().endswith(("：", ":")) or _FIGURELESS_LEAD.match(block.text, label.end()))
            ):
                # 2025年：…: a yearly plan's paragraph, all its figures (2027年，本部门将…。 under a heading of the
                # year reported, 2026年度部门决算情况说明: the paragraph's own year comes first)
                year, forward = int(label.group(1)), True
            if year is None and block is not None and (run_in := _RUN_IN_YEAR.match(block.text)) is not None:
                # 3.2025年兑现情况。…全市…占比达到52.3%: a paragraph's own run-in title dates its figures, as a
                # heading would; 4.2026年工作目标。… sets that year's goals
                year, forward = int(run_in.group(1)), _GOAL_SECTION.search(run_in.group(2)) is not None
            if year is None:
                year = _section_year(section)  # 二、2024年工作安排 / 一、2023年工作回顾: the heading dates its figures
                if year is not None and self.part_year and year > self.reviewed and THIS_YEAR.search(text[: q.start]):
                    # 七、第四季度及2027年重点工作安排 in a report on 2026 so far: 确保全年…, 第四季度… are 2026's goals
                    year = self.reviewed
            if year is None and self.issued is not None and SO_FAR.search(section) and not forward:
                # 一、上半年全市重点产业链运行情况 in minutes of July: what the year of the text has reached so far
                year, this_year_done = self.issued, True
            status = _status(year, forward, section, text, self.open_from)
            listed_goal = goals_listed and (forward or cue_at < 0)  # (由2023年的17个 in the list: reached)
            if status == "baseline" and (listed_goal or (lead and (forward or cue_at < lead.start()))):
                # 2026年度…绩效目标为：… in a review issued in 2027: goals set for a year now over (not 由2022年的55%
                # after 发展目标：, a figure reached)
                status = "target"
            proposed = _PROPOSED.search(text, 0, q.start)
            if (
                status == "baseline"
                and proposed is not None
                and not _REACHED_SINCE.search(text, proposed.end(), q.start)
            ):
                # 《建设方案》提出到2025年研发经费投入强度达到0.8%: in a review, the goal the plan set (not what the
                # review reports reached after it: 实际达到0.83%)
                status = "target"
            if (
                (self.so_far or self.year_review or self.named_past)
                and status == "target"
                and year in (None, self.reviewed)
                and not forward
                and not _AHEAD.search(text[: q.start])
                and not _NEXT_STEPS.search(section)
                and not goals_listed
            ):
                # 上半年督查通报: 新开工率91.7%, reached so far; 2025年科技成果转化工作报告 issued in 2026: 全市技术转移
                # 服务机构达到38家, reached in the year it reports; where 下步工作要求 set goals (undated: of its year)
                status, year = "baseline", self.reviewed
            if self.communique and (year is None or year <= self.reviewed):
                status, year = "baseline", year or self.reviewed  # 全年粮食总产量154.2亿斤: the year reported
            if this_year_done:
                status = "baseline"  # 今年1—4月实现营业收入142亿元: reached this year so far, not a goal for it
            if (
                status == "target"
                and year is None
                and self.start is not None
                and _ACHIEVED.search(text[max(0, q.start - 30) : q.start])
                and not _AHEAD.search(text)
            ):
                # 发展基础方面，科技城已集聚种业企业412家 in a task section: what is there now, the period's baseline
                status, year = "baseline", self.reviewed
            if (
                status == "target"
                and year is None
                and not forward
                and _under_heading(_PROBLEM_SECTION, section)
                and not _AHEAD.search(text)
                and not _TOWARD.search(text)
            ):
                # 二、存在的主要问题 > （四）…: 省级以上新型研发机构仅4家 is the state the problem is stated from
                status, year = "baseline", self.reviewed
            if goal_said is not None:
                status = "target"
            elif reached_after:
                earlier = re.search(r"((?:19|20)\d\d)年", raw_left)
                status, year = "baseline", int(earlier.group(1)) if earlier else year or self.reviewed
            comparator = q.comparator
            value = q.value
            if (
                unit == "%"
                and status == "baseline"
                and q.value_max is None
                and _FELL.search(text, max(0, q.start - 4), q.start)
                and not _WANTED_DOWN.search(indicator)
            ):
                # 规上工业增加值下降1.8%, 出口额同比下降8.4%: a measure meant to grow fell, a growth of -1.8% (能耗下降
                # 2.4%, 事故起数下降14.6%: a fall that is wanted, its rate of decrease, stays positive)
                value = -value
                indicator = _COMPARED.sub("", indicator) + "增速"
            if rank:
                indicator = _rank_indicator(re.sub(r"(?:[由从]?(?:第|前)?)+$", "", indicator), previous_indicator)
                comparator = "<=" if text[q.start - 1] == "前" else "="
                unit = "位"
            mention = self._make(
                indicator,
                value,
                q.value_max,
                unit,
                comparator,
                year,
                status,
                base + q.start,
                base + q.end,
                block,
                text[max(0, q.start - 40) : q.end],
            )
            if mention is not None:
                before = found[-1] if found else None
                if (
                    before is not None
                    and _FROM_TO.match(raw_left)
                    and before.attrs["indicator"] == mention.attrs["indicator"]
                    and before.attrs["year"] == mention.attrs["year"]
                    and before.attrs["status"] == mention.attrs["status"] == "baseline"
                    and mention.attrs["year"] is not None
                ):
                    # 由9%提高到24% in a review, no years written: from the previous period's start to its end;
                    # 2023年至2025年，…由98家增加到146家: from the start of the span the sentence gives
                    span = _YEAR_SPAN.search(text, 0, q.start)
                    later = mention.attrs["year"]
                    lead = _FROM_YEAR.search(text, 0, before.start - base)
                    if lead is not None and int(lead.group(1)) == later:
                        # 2025年，…由2024年的137家增加到168家: the year written dates the first figure; the second is
                        # of a later year the sentence opened with, else of the year reviewed
                        opened = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", text[: lead.start()])]
                        after = [y for y in [*opened, self.reviewed or 0] if y > later]
                        if after:
                            mention.attrs["year"] = after[0]
                    else:
                        since = int(span.group(1)) if span is not None and int(span.group(2)) == later else later - 5
                        before.attrs["year"] = since
                if place_at is not None:
                    mention.attrs["place_at"] = base + place_at  # (衡南县、祁东县分别…: each figure its own place)
                found.append(mention)
                previous_indicator, previous_unit = counted_before or indicator, q.unit
                stated_goal = indicator if goal_said is not None else stated_goal if reached_after else ""
                if q.unit == "%" and not rank:
                    previous_rate = indicator
            previous_end = q.end
        if previous_rate or measure_before:
            self._measure = (base + len(text), previous_rate or measure_before)
        return found

    def _of_elsewhere(self, indicator: str) -> bool:
        """Does the measure open with another country or a division outside the plan's (日本占21.4%, 包头市排名4位,
        宁波市以11286件 in 赣州's report)? Those are benchmarks, not figures of the plan's region."""
        if self.plan_region is None:
            return False
        if _WORLD_SUBJECT.match(indicator):
            return True  # 全球申请量年均增长14.8%, 中国申请人申请量占全球58%: the world's or the nation's, a backdrop
        country = _COUNTRY.match(indicator)
        lead = country.group() if country else regions().leading_place(indicator)
        if not lead or not _SUBJECT_REST.fullmatch(indicator[len(lead) :]):
            return False  # (在上海市闵行区布局科创飞地, 通过美国等国际认证的品种: a place qualifying the measure)
        if country:
            return True
        ref = regions().resolve(lead, self.plan_region)
        if ref is None or ref.level not in ("city", "province") or lead != ref.name:
            return False  # (a county's short name is too often a word; a full city name is said on purpose)
        return apart(code_prefix(ref.code), code_prefix(self.plan_region.code))

    def _tiered_table(self, table: Table, document_text: str) -> list[Mention] | None:
        """A performance table in the national template (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值
        | 得分 | 偏差原因): the third tier names what is measured, the goal and reached columns hold its figures, and
        the tiers above (产出指标, 数量指标) and the scores are no measures. Rows under a tier left blank open with
        empty cells, so each line is read by its tabs, not by its first cell."""
        if not table.header or not any(c.text.strip() == "三级指标" for c in table.header):
            return None
        line_start = document_text.rfind("\n", 0, table.header[0].start) + 1
        at = document_text.find("\n", table.header[-1].end)
        names = [c.strip() for c in document_text[line_start:at].split("\t")]  # the whole header line, by tabs
        if "三级指标" not in names:
            return None
        measure_at = names.index("三级指标")
        columns = [(k, h) for k, h in enumerate(names) if _TIER_VALUE.search(h) and not _TIER_SCORE.search(h)]
        title_year = _SECTION_YEAR.search(table.title or "")
        found: list[Mention] = []
        block = Block(table.start, table.end, "", table.path + ((table.title,) if table.title else ()))
        while 0 <= at < table.end:
            start = at + 1
            at = document_text.find("\n", start)
            end = at if at >= 0 else len(document_text)
            cells = document_text[start:end].split("\t")
            if len(cells) <= measure_at:
                continue
            offsets = list(itertools.accumulate((len(c) + 1 for c in cells), initial=start))
            indicator = re.sub(r"^其中[：:]", "", cells[measure_at].strip())
            for k, head in columns:
                if k >= len(cells) or (q := _cell_quantity(cells[k])) is None:
                    continue
                done = _DONE_COLUMN.search(head) is not None
                year_match = _SECTION_YEAR.search(head) or title_year
                year = int(year_match.group(1)) if year_match else self.reviewed
                status = "baseline" if done else "target"
                mention = self._make(
                    indicator, q.value, q.value_max, q.unit, q.comparator, year, status,
                    offsets[measure_at], offsets[k] + len(cells[k]), block, indicator,
                )  # fmt: skip
                if mention is not None:
                    mention.attrs["table"] = True
                    found.append(mention)
        return found

    def in_table(self, table: Table, document_text: str) -> list[Mention]:
        """Rows of an indicator table: one target per value cell, years and status from the header."""
        tiered = self._tiered_table(table, document_text)
        if tiered is not None:
            return tiered
        header_years = [int(y) for c in table.header for y in re.findall(r"(?:19|20)\d{2}", c.text)]
        header_text = " ".join(c.text for c in table.header)
        goal_and_done = any(
            _GOAL_COLUMN.search(c.text) and not _DONE_COLUMN.search(c.text) for c in table.header
        ) and any(_DONE_COLUMN.search(c.text) and not _GOAL_COLUMN.search(c.text) for c in table.header)
        found: list[Mention] = []
        block = Block(table.start, table.end, "", table.path + ((table.title,) if table.title else ()))
        for row in table.rows:
            # 其中：民营企业 under 民营经营主体: a part of the row before, named by its own words (其中：发明专利 under
            # 专利授权量 is named 发明专利 too, the row before's measure not carried over: the dev golds take the part)
            name = re.sub(r"^\s*其中[：:]\s*", "", row.name.text)
            unit = ""
            growth_row: list[tuple[Cell, int | float, str]] = []
            bracket = re.search(r"[(（]([^)）]{1,8})[)）]?$", name)
            # 新型储能装机（功率）, 改造容量（当年）: a bracket that says which measure, not its unit, stays in the name
            # when the row has a unit cell
            says_unit = bracket is not None and (
                _UNIT_ONLY.fullmatch(bracket.group(1)) is not None
                or not any(re.search(r"[\u4e00-\u9fff%]", c.text) and len(c.text) <= 8 for c in row.cells)
            )
            if bracket and says_unit and not re.search(r"R&D|研发", bracket.group(1)):
                unit = bracket.group(1)
                name = name[: bracket.start()]
            values = []
            for k, cell in enumerate(row.cells):
                number = parse_number(cell.text.replace("%", ""))
                head = table.header[k].text if len(table.header) == len(row.cells) else ""
                if _PROGRESS_COLUMN.search(head) and not _GOAL_COLUMN.search(head) and k:
                    continue
                if number is not None and (
                    GROWTH_HEAD.fullmatch(head) or (_RATE_HEAD.fullmatch(head) and "%" in cell.text)
                ):
                    # 增长（%）after 2024年 and 2025年: the latest year's growth, in per cent whatever the row's unit
                    # (同比增长 over cells of 18.6%: the cell says it is per cent, not 件 as the row)
                    growth_word = "增速" if "增速" in head else "增长"
                    growth_row.append((cell, tidy(number), growth_word))
                    continue
                if number is not None and not re.search(r"[\u4e00-\u9fff]", cell.text):
                    own = _cell_quantity(cell.text) if "%" in cell.text and not unit else None  # 20%: per cent
                    values.append((cell, tidy(number), None, head, own))
                elif _GROWTH.search(cell.text):
                    growth = re.search(r"(\d+(?:\.\d+)?)\s*%", cell.text)
                    if growth:
                        values.append(
                            (cell, tidy(float(growth.group(1))), _GROWTH.search(cell.text).group(), head, None)
                        )
                elif (own := _cell_quantity(cell.text)) is not None:
                    values.append((cell, own.value, None, head, own))  # 30亿元, ≥1.5倍: the cell says its unit
                elif not values and len(cell.text) <= 8:
                    unit = unit or cell.text
            for index, (cell, value, growth, head, own) in enumerate(values):
                if len(header_years) == len(table.header) and len(own_year := _YEAR_IN.findall(head)) == 1:
                    # 2025年（基数） | 2026年 | … over — | 5 | 8: each figure is its own column's year (a blank base
                    # year written — is no figure, and the figures after it do not move one year back)
                    year = int(own_year[0])
                elif index < len(header_years):
                    year = header_years[index]
                elif header_years:
                    year = header_years[-1]
                else:
                    year = None
                if year is not None and self.open_from is not None:
                    status = "baseline" if year < self.open_from else "target"
                else:
                    status = "baseline" if index == 0 and len(values) > 1 else "target"
                if "目标" not in header_text and "现状" not in header_text and year is None:
                    status = "target"
                if self.communique and (year is None or year <= self.reviewed):
                    status, year = "baseline", year or self.reviewed  # a communique's table: the year it reports
                if SO_FAR.search(head) and not _GOAL_COLUMN.search(head) and self.issued is not None:
                    status, year = "baseline", year or self.issued  # 全年目标 | 上半年完成: 7.3 reached by June
                elif goal_and_done and year is None and (dated := _TITLE_YEAR.search(table.title or "")):
                    # 目标值 | 完成值 under a caption of 2025年度 (年度目标 | 完成 under 某镇2025年主要指标完成情况):
                    # that year, each column its status
                    year = int(dated.group(1))
                    status = "target" if _GOAL_COLUMN.search(head) else "baseline"
                elif _GOAL_COLUMN.search(head) and year is None and len(values) > 1:
                    status = "target"  # 全年目标 before 上半年完成: the year's goal, whatever column it comes in
                elif goal_and_done and year is not None and self.issued is not None and year <= self.issued:
                    # 2025年目标 | 2025年完成 in a review of 2025, 2026年完成值 | 2027年目标值 in a summary of December
                    # 2026: the column says which is the goal
                    status = "target" if _GOAL_COLUMN.search(head) else "baseline"
                indicator = name + growth if growth else name
                mention = self._make(
                    indicator,
                    value,
                    own.value_max if own else None,
                    "%" if growth else own.unit if own else unit,
                    own.comparator if own else "=",
                    year,
                    status,
                    row.name.start,
                    cell.end,
                    block,
                    name,
                )
                if mention is not None:
                    mention.attrs["table"] = True
                    found.append(mention)
            dated = bool(header_years) or self.communique  # (a communique's growth column: the year it reports)
            for cell, value, word in growth_row if dated and not re.search(r"增[长速]|同比", name) else ():
                year = max(header_years) if header_years else self.reviewed
                status = "baseline" if self.open_from is not None and year < self.open_from else "target"
                mention = self._make(
                    name + word, value, None, "%", "=", year, status, row.name.start, cell.end, block, name
                )
                if mention is not None:
                    mention.attrs["table"] = True
                    found.append(mention)
        return found
