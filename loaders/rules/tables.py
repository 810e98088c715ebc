"""Chain and project tables: a cell's column says what it holds, the row says how its things relate.

Plans list a chain's firms, platforms and places in tables (产业链 / 链主企业 / 配套企业 / 创新平台 / 所在地 /
目标) and their projects in others (项目名称 / 建设单位 / 所在地). Once flattened from PDF or Word, a row is one
line of cells; the header (loaders/data/table_columns.tsv) types each column, so a short firm name that no
sentence rule would risk (卓锂新能源) is a firm here, and each thing in a row is on the row's chain, in the
row's single place, and a project is carried out by the row's firm.
"""

from __future__ import annotations

import re

from loaders.gazetteer import apart, code_prefix, industries, regions
from loaders.normalize import clean_name, han_count
from loaders.numbers import tidy
from loaders.rules.common import PARK_SUFFIXES, Link, Mention, occurrences
from loaders.rules.incentives import IncentiveFinder
from loaders.rules.organisations import PLATFORM_SUFFIXES, glued_place, is_generic
from loaders.rules.places import outside_parks
from loaders.rules.relations import link, named_elsewhere
from loaders.rules.sectors import UMBRELLA, concept_mention, ends_in_industry_word
from loaders.rules.targets import SO_FAR, THIS_YEAR, fund_record, normalise_indicator
from loaders.segment import Block, Cell, Grid
from loaders.terms import read_rows, read_terms

_TASK_HEADS = tuple(read_terms("task_heads.txt"))

# A stage of a value chain, not an industry: 上游, 中下游, 下游环节.
_STAGE = re.compile(r"(?:上|中|下|上中|中下|上下)游(?:环节|段)?")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# 年份 | …: a table whose rows are years; 全球, 日本申请人: a scope other than the region's
_YEAR_HEAD = re.compile(r"\s*(?:年份|年度|年)\s*")
_OTHER_SCOPE = re.compile(r"全球|全国|世界|国外|境外|中国|日本|美国|韩国|欧洲|德国")
_NAMED_PLACE_END = re.compile(r"(?:园|园区|城|谷|基地|新区|开发区|高新区|示范区)$")
_PLACE_END = re.compile(r"(?:镇|乡|街道|开发区|高新区|经开区|园区|工业园|产业园|新区|集聚区)$")
# A carrier cell item ending like a place (南港工业区, 生态城, 滨海—中关村科技园) and in no platform suffix is a place.
# A cell of where a firm went (毕业后去向): the verb of moving or staying before the place
_MOVED_TO = re.compile(r"\s*(?:继续)?(?:留在|留驻|迁入|迁往|迁至|搬迁至|搬入|转入|入驻|落户)")
_CARRIER_PLACE = re.compile(r"(?:区|园|城|谷|港|镇|乡|街道)$")
ROLE_TYPES = {
    "enterprise": "Enterprise",
    "courted": "Enterprise",
    "partner": "Enterprise",
    "investor": "Enterprise",  # 投资方 of a signed project: at home, the project where it lands
    "platform": "Platform",
    "carrier": "Platform",  # an incubator housing the row's firm, not built by it
    "university": "University",
    "project": "Project",
}
_ITEM_SPLIT = re.compile(
    r"[、，,；;]|(?<![A-Za-z0-9])/(?![A-Za-z0-9])|(?<=[\u4e00-\u9fff）)])(?:和|及)(?=[\u4e00-\u9fff])"
    # (和 opening a word or a place's name joins nothing: 芷江和平工业园, 和田地区, 和林格尔县)
    r"(?<!和(?=[平谐美顺睦田林县龙静硕政布]))"
    # a dash between a signing's two parties (东河区人民政府—江苏申稀新材料有限公司)
    r"|(?<=人民政府)—+|(?<=管委会)—+|(?<=管理委员会)—+"
    # a host and its partner (某某科技有限公司与东南大学共建: the first named hosts, kg's X与Y共建 rule)
    r"|(?:(?<=公司)|(?<=集团)|(?<=大学)|(?<=学院))与(?=[^（(]*共建$)"
)
# A cell of the organisations that build or run a platform written as a clause (依托北京邮电大学建设, 察哈尔科创运营,
# 市创投集团建设，京蒙科创、创域星空运营, A与B共建): the verbs are no part of a name, and those named after a lead as
# taking part (京蒙科创牵头，察哈尔云谷、云岭智算等参与) host nothing.
_HOST_LEAD = re.compile(r"^(?:依托|由)")
_HOST_ACT = re.compile(r"等?(?:共同|联合|负责)?(?:建设运营|运营管理|建设|运营|牵头|承建|参与|共建|合建)$")
# (a column of builders, 建设单位, beside platforms: only a cell that reads so; a firm's short name may end in 建设)
_HOST_CLAUSE = re.compile(r"^(?:依托|由)|(?:运营|牵头|参与|共建|合建)(?:[，,；;]|$)")
_BUILDER_HEAD = re.compile(r"建设|依托|运营|承建|共建")
_HOST_PARTNER = re.compile(r"(?<=[\u4e00-\u9fff）)])与(?=[\u4e00-\u9fff])")
# A column of parties matched or signed in pairs (签约双方 峰岚铜业—澜屹电缆, 意向对接企业 熠辰电机—佛山市某某有限公司):
# the dash between two firms' names parts them.
_PAIRED_HEAD = re.compile(r"双方|对接")
_PAIR_SPLIT = re.compile(_ITEM_SPLIT.pattern + r"|(?<=[\u4e00-\u9fff）)])—+(?=[\u4e00-\u9fff])")
# What a cell of hosts says after the last partner (…与东南大学共建): the act, no part of a name.
_JOINT_ACT = re.compile(r"(?:联合|共同)?(?:共建|合建|建设)$")
# Chains listed in one cell; a bracket keeps its own list (新能源（光伏、氢能） is one item with two sub-chains).
_CHAIN_ITEM = re.compile(r"(?:[^、，,；;/（(]|[（(][^）)]*[）)])+")
_ASIDE = re.compile(r"[（(]([^）)]*)[）)]")
# An aside naming partners (（共建：鲁东大学）), a status (（筹）, （培育）, （对标）, （应用端对接）), a site (（华北
# 基地）) or a level (（省级）, a column of levels folded into the name's cell): none is part of the name.
_ASIDE_CUE = re.compile(
    r"(?:共建|合作|联合|协同|参与|牵头|依托|支撑|合建)|.*[：:]|(?:筹|筹建|筹备|培育|试点|在建|拟建|新建|续建|扩建|提质|提升|升级)$"
    r"|.*(?:对标|对接|招引|引进|基地|采购商|供应商|客户)$|^与.*(?:共建|合建)$"
    r"|(?:国家级|省级|市级|区级|县级)(?:[，,、].*)?$"  # （省级，依托某某建设）: a level, then what else is said
    r"|^(?:国家|省|市|区|县)级$"
)
_LEGAL_END = re.compile(r"(?:公司|集团)$")
# A measure of money a goals-by-county table reads only when it is money attracted (签约金额, 实际到位省外资金):
# an investment, a fund granted or a subsidy paid (总投资, 下达资金, 兑付金额, 补助资金) is no goal.
_NOT_A_GOAL = re.compile(r"投资|资金|金额|补助|补贴|资助|兑付|奖励|下达|拨付")
_ATTRACTED = re.compile(r"签约|到位|引进|引资|招商")
# 拟立项项目分县统计表, 拟立项项目数（项）, 拟兑现汇总表: the counts and sums of the document's own batch (what it
# approves or pays), no goals
_OWN_BATCH = re.compile(r"拟立项|拟认定|拟支持|拟资助|拟兑现|拟拨付|拟补助|拟奖励|拟补贴|拟下达|本批")
# A government, a park's committee or a public body named in a row (建设单位) is not where the row's town says.
_PUBLIC_BODY = re.compile(r"(?:人民政府|政府|管理委员会|管委会|办事处|医院|疾病预防控制中心|学校|科学研究院)$")
# A project cell names one undertaking: 及 and 和 join its objects (高温合金及特种不锈钢扩能项目).
_PROJECT_SPLIT = re.compile(r"[、，,；;]")
# what an investment estimate (项目 | 金额 | 占比) lists under 项目: its costs and their sums, no undertaking
_COST_LINE = re.compile(r"(?:费|费用|利息|流动资金|合计|小计|总计)$")
# …重点实验室（2026年新建）, …项目（在谈）: a row's status note after a name, not part of it
_STATUS_NOTE = re.compile(
    r"\s*[（(](?:(?:20\d\d年)?(?:新建|在建|拟建|筹建|续建|在谈|洽谈中|已签约|签约|谋划|储备|待建|改扩建|已投产)"
    # …有限公司（运营单位）, 河南大学（某某公司参与共建）: the row's role of the body, or its partner, after the name
    r"|[^（）()]{0,20}?(?:单位|参与共建|参与|共建|牵头|运营|承建|负责|组建)"
    # 某某工业互联网平台（省级工业互联网平台）, 某某中心（升级为省级）: the row's level of the platform
    r"|(?:国家|省|市|县|州|自治区)级[^（）()]{0,10}|升级为[^（）()]{0,8})[）)]\s*$"
)
# A header that says where the row's thing is (所在地, 注册地, 在庆落户地, 建设地点), not which places the row is about
_LOCATION_HEADER = re.compile(r"所在|落户|落地|注册地|地点|地$")
# Where a row's project is built, as against where its firm is (企业总部所在地, 注册地)
_LANDING_HEADER = re.compile(r"落户|落地|建设地|实施地|项目所在|选址")
# Where the row's firm is, said as the firm's (投资方所在地, 企业总部所在地, 注册地, 来源地): beside it, every other
# place column of a project's row (所在县（市、区）, 落地园区) is the project's
_FIRM_PLACE_HEADER = re.compile(
    r"(?:投资方|投资主体|投资企业|企业|公司|总部|签约方)[^园区县市]{0,4}?所在地|注册地|来源地"
)
# 完成年度目标（%）, 目标完成率, 完成进度: the share of a goal done, a figure reached
_COMPLETION_HEAD = re.compile(r"完成(?:年度|全年)?目标|目标完成|完成进度|完成率")
# 合计 | 612.4: a table's total row, no chain
_TOTAL_ROW = re.compile(r"\s*(?:合计|总计|小计|全市|全县|全区)\s*")


# What a figure column's header says besides its measure: the year, 目标, the unit in brackets, 规划.
_GOAL_HEAD = re.compile(r"目标|预期")
_UNDATED_GOALS = re.compile(r"目标|预期|任务|计划|力争|规划|分解|考核|新增|培育|建设")
# A column named only by which figure it holds (基数, 现状, 完成值): the measure is the table's.
_BARE_COLUMN = frozenset("基数 基数值 基期 基期值 现状 现状值 实际 实际值 完成 完成值 预期 预期值".split()) | {""}
_TITLE_PLACES = re.compile(
    r"^(?:各|分)?(?:县（市、区）|县\(市、区\)|县市区|县区|区县|市县|区（县）|区\(县\)|地区|区域|乡镇|镇街)|^各[县区市镇]"
)
_TITLE_END = re.compile(r"(?:培育|发展|建设|主要)?(?:目标|任务|指标|分解|情况|一览表|一览|表)+$")


def _title_measure(title: str) -> str:
    """The measure a table of goals by place names in its title (表2　各县市区省级以上专精特新企业培育目标)."""
    text = _TITLE_END.sub("", _TITLE_PLACES.sub("", re.sub(r"^表\s*\d+\s*", "", title).strip()))
    text = _MEASURE_NOISE.sub("", text).strip()
    return text if han_count(text) >= 3 else ""


# (到2028年新增上市公司: the year with the 到 that dates it. 2025年底 keeps its 底: stripping 底 and 末 too cost a
# held-out plan 18 of its table figures, found from per-plan totals, its items unread)
_MEASURE_NOISE = re.compile(r"到?(?:19|20)\d{2}年?|目标值?|[（(][^）)]*[）)]|规划")


def column_roles(header: list[Cell]) -> list[str]:
    """The role of each column, from the first keyword of loaders/data/table_columns.tsv its header holds."""
    rules = [r for r in read_rows("table_columns.tsv") if len(r) >= 2]
    roles = []
    for cell in header:
        # The longest keyword the header holds decides (建设单位 is the enterprise column, 单位 alone the unit's).
        # An aside inside a header (依托（运营）单位) qualifies it; the header read without it names the column.
        text = re.sub(r"[（(][^）)]*[）)]", "", cell.text)
        held = [
            (len(r[0]), -i, r[1])
            for i, r in enumerate(rules)
            if (r[0][1:] == text.strip() if r[0].startswith("=") else r[0] in text or r[0] in cell.text)
        ]
        if _VALUE_CELL.search(text):
            held = []  # 项目贷款7000万元: a value of a card's row (融资方式 | 项目贷款…) read as a header, no column
        # 中试基地名称, 实验室名称: a header naming its things' kind with no keyword of the list, read as 名称 is
        roles.append(max(held)[2] if held else "name" if text.strip().endswith("名称") else "skip")
    if any(_AWARD_HEAD.search(cell.text) for cell in header):
        # 项目名称 | 第一完成单位 | 奖种: a list of prize-winning results, not undertakings (and their units are
        # the results' authors, named in their own right)
        roles = ["skip" if role == "project" else role for role in roles]
    if any(_NAMED_BODY.search(cell.text) and regions().leading_place(cell.text.strip()) for cell in header):
        # 主管部门 | 九江市科学技术局 | 实施单位 | …: a form's labels beside their values (a performance form's
        # first line), not a header; the rows below are the form's (一级指标 | 二级指标 | 三级指标 | …), no names
        return ["skip"] * len(header)
    if any(_GROUPING_HEAD.search(cell.text) for cell in header):
        # 联合体名称 | 牵头单位 | 主要成员 | 产业链: a list of innovation consortia. Its lead body builds
        # and runs the row's consortium (no department, as 牵头单位 is in a task table), its members join from
        # wherever they are: on the row's chain, not at the row's place.
        roles = [
            "host" if _LEAD_HEAD.search(cell.text) else "partner" if _MEMBER_HEAD.search(cell.text) else role
            for role, cell in zip(roles, header, strict=True)
        ]
    keyed = next((role for role in roles if role != "skip"), None)
    if keyed in ("industry", "segment"):
        # 产业链 | 链主企业 | 签约项目数（个） | 完成率（%）: in a table of chains, a column of counts or rates holds
        # each chain's figures, whatever things it counts (走访链上企业（家）: a count, where a column of firms' names
        # has no unit; not in a table of projects or firms, whose rows are theirs); so does any column of a chain's
        # measure and its unit (2025年产值（亿元）, 规上企业（家）, 同比增长（%）)
        known = False  # the last measure column's is an indicator the ontology knows (a rate after it is its)
        for i, cell in enumerate(header):
            measure = _MEASURE_NOISE.sub("", cell.text).strip()
            if _MEASURE_HEAD.search(cell.text) and not _RATE_OF_BEFORE.match(measure):
                unit = re.search(r"[（(]([^）)]+)[）)]$", cell.text)
                known = normalise_indicator("产业" + measure, unit.group(1) if unit else "")[0] is not None
            # (填报企业（家）, 推介产品（项）: what a directory or survey holds, no measure of the chain)
            figure = _FIGURE_HEAD.search(cell.text) or (_MEASURE_HEAD.search(cell.text) and known)
            if roles[i] in ("skip", "project", "enterprise") and figure:
                roles[i] = "target"
    return roles


# A measure and its unit in brackets (营业收入（亿元）, 2027年规上企业（家）, 占比（%）): a column of figures
_MEASURE_HEAD = re.compile(r"[\u4e00-\u9fff][（(](?:个|家|项|件|人|万人|名|%|％|亿元|万元|元|平方米|万平方米)[）)]$")
# 同比增长（%）, 占全市比重（%）, 占比（%）: a rate of the measure in the column before it, which names it
_RATE_OF_BEFORE = re.compile(
    r"^(?:(?:同比|比上年|较上年)?(?:增长|增速|增幅)(?:率)?|占[\u4e00-\u9fff]{0,6}?(?:比重|比例)|占比)$"
)


def rate_measure(measure: str, before: str) -> tuple[str, str]:
    """同比增长 after 营业收入 is 营业收入增速, 占全市比重 is 营业收入占全市比重: a rate column names no measure of its
    own (the words alone read as a fragment); the column before it does. Returns the column's measure and the measure
    a rate column after it would be of (a rate's column passes on the one before it)."""
    if not _RATE_OF_BEFORE.match(measure):
        return measure, measure
    if not before or _not_a_goal(before, None):
        return measure, before  # (完成投资（亿元） | 同比增长（%）: an investment's growth is no target either)
    return before + ("增速" if measure.startswith(("同比", "比上年", "较上年", "增")) else measure), before


# The name column of a list of innovation consortia (联合体名称), its lead body and its members (an alliance's list
# is not read so: no plan of ours has one to check it on)
_GROUPING_HEAD = re.compile(r"联合体(?:名称)?$")
_LEAD_HEAD = re.compile(r"^牵头(?:单位|企业|主体)$")
_MEMBER_HEAD = re.compile(r"^(?:主要)?成员(?:单位|企业)?$")
# A named body (九江市科学技术局, 永修县人民政府): in a header it is a value of a form, not a column's name
_NAMED_BODY = re.compile(r"(?:局|委员会|人民政府|管委会|办公室|有限公司|股份公司|集团)\s*$")
# A cell stating an amount (项目贷款7000万元, 3.4%以下) is a value, whatever word it holds, never a column's name
_VALUE_CELL = re.compile(r"\d(?:[\d.,]*)\s*(?:万元|亿元|元|%|％)")
# A value, then in brackets the named thing it belongs to (3.5微米（惠州某某有限公司）)
_NAME_ASIDE = re.compile(r"\s*([^（()）]+?)[（(]([^（()）]{4,40})[）)]\s*")
# A label of a firm's card (成立时间, 员工人数, 2025年营业收入), a grade of firms (瞪羚企业, 省级专精特新企业) or a
# benchmark's level (国际先进水平): words that never end a firm's name
_NOT_FIRM_CELL = re.compile(
    r"^(?:\d{4}年)?[\u4e00-\u9fff]{0,6}(?:时间|人数|资本|收入|投入|金额|期限|方式)$|[^公]企业$|(?:先进|领先)水平$"
)
# Columns of a list of awards: who completed the result, which prize or grade it won
_AWARD_HEAD = re.compile(r"完成单位|完成人|奖种|奖项|获奖等级|奖励等级|获奖类别")
# A header naming a count or rate of what was done (签约项目数, 完成率, 走访链上企业（家）, 办结率), then its unit: a
# column of figures
_FIGURE_HEAD = re.compile(
    r"(?:签约|开工|投产|竣工|完成|新增|实现|落地|引进|走访|收集|受理|办结|办理|解决)[\u4e00-\u9fff]{0,6}?"
    r"(?:数|率|数量)?\s*[（(](?:个|家|项|件|%|％)[）)]$"
)


def _not_a_goal(measure: str, unit: str | None) -> bool:
    """Investments, funds granted and subsidies are no targets (signed and arrived funds are); a rate of one is a
    measure (投资完成率（%）)."""
    return _NOT_A_GOAL.search(measure) is not None and not _ATTRACTED.search(measure) and unit != "%"


def _industry_word(name: str) -> bool:
    from loaders.rules.sectors import _industry_vocabulary

    return _industry_vocabulary().search(name) is not None


def trade_concepts(name: str) -> set[str]:
    """Industry concepts the trade words in a name say (澄康生物医药 -> 生物医药)."""
    from loaders.gazetteer import firm_words, industries

    pattern, table = firm_words()
    found = {table[m.group()].id for m in pattern.finditer(name)}
    found |= {c.id for m in industries().pattern.finditer(name) if (c := industries().lookup(m.group())) is not None}
    return found


# 三校, 两校, 各高校: a column of partner universities may name them together.
_COLLECTIVE_SCHOOLS = re.compile(r"(?:[两三四五六七八九十]|多|各)(?:校|所高校|高校)|高校|高校院所")
_TEAM_END = re.compile(r"(?:团队|课题组|研究组)$")
_TEAM_OR_SCHOOL = re.compile(r"(?:团队|课题组|研究组|学院)$")


def _school_of(name: str) -> str | None:
    """The university a cell names through one of its schools or teams (华侨大学化工学院食品工程团队, 福州大学机电
    及自动化学院 -> 华侨大学, 福州大学), or None. A college named by its place after the university (厦门大学嘉庚学院,
    北京科技大学顺德创新学院) is one of its own."""
    from loaders.rules.organisations import _UNIVERSITY_RE

    first = next(_UNIVERSITY_RE.finditer(name), None)
    if first is None or not first.group().endswith("大学") or first.start() < 2 or first.end() == len(name):
        return None
    rest = name[first.end() :]
    if _TEAM_END.search(rest) or (rest.endswith("学院") and not regions().leading_place(rest)):
        return name[: first.end()]
    return None


def _without_aside(text: str) -> str:
    """常德某某中试基地（提质） -> the name without a closing aside that says no part of it (:data:`_ASIDE_CUE`)."""
    aside = _ASIDE.search(text)
    if aside is not None and aside.end() == len(text.rstrip()) and _ASIDE_CUE.match(aside.group(1)):
        return text[: aside.start()]
    return text


_COUNT_TAIL = re.compile(r"等\d+[家个所]\s*$")


def items(cell: Cell, split: re.Pattern[str] = _ITEM_SPLIT) -> list[Cell]:
    """The names listed in one cell (卓锂新能源、蓝岸锂电 -> two), with their offsets."""
    tail = _COUNT_TAIL.search(cell.text)
    if tail is not None:  # 某某有限公司等5家: the first of several, and how many; the count names nothing
        cell = Cell(cell.start, cell.start + tail.start(), cell.text[: tail.start()])
    out = []
    pos = 0
    brackets = [m.span() for m in _ASIDE.finditer(cell.text)]
    seps = [m for m in split.finditer(cell.text) if not any(a < m.start() < b for a, b in brackets)]
    # 保定瑞和生物制药有限公司: 和 inside a 字号 (瑞和, 永和, 天和) joins nothing when what stands before it is
    # too short to be a name and what follows ends as a legal name; 阳和工业新区: nor after a single character.
    # 常德米粉及预制菜中试基地: 及 inside one name, whose first part ends as no name of the cell's kind does
    joined = any(s.group() in ("和", "及") for s in seps)
    kind = TableRules._suffix_type(clean_name(_without_aside(cell.text))) if joined else None
    if kind in ("Platform", "Enterprise", "University"):
        # (福州大学机械工程及自动化学院: one school, whose 及 joins two disciplines)
        school = kind == "University" and _school_of(clean_name(_without_aside(cell.text))) is not None
        seps = [
            sep
            for i, sep in enumerate(seps)
            if sep.group() not in ("和", "及")
            or (
                not school
                and TableRules._suffix_type(clean_name(cell.text[seps[i - 1].end() if i else 0 : sep.start()]))
            )
        ]
    seps = [
        sep
        for i, sep in enumerate(seps)
        if sep.group() not in ("和", "及")
        or han_count(before := cell.text[seps[i - 1].end() if i else 0 : sep.start()]) >= 4
        or (
            han_count(before) >= 2
            and not _LEGAL_END.search(
                cell.text[sep.end() : seps[i + 1].start() if i + 1 < len(seps) else len(cell.text)]
            )
        )
    ]
    for sep in [*seps, None]:
        end = sep.start() if sep else len(cell.text)
        piece = cell.text[pos:end]
        piece = _without_aside(piece)  # 蓝海牧场（共建：鲁东大学）: the host, and a partner aside
        if sep is None and pos:
            piece = _JOINT_ACT.sub("", piece)
        text = piece.strip(" 等")
        if han_count(text) >= 2:
            lead = piece.index(text)
            out.append(Cell(cell.start + pos + lead, cell.start + pos + lead + len(text), text))
        pos = sep.end() if sep else pos
    return out


def _host_parts(cell: Cell) -> list[Cell]:
    """The parts of a host cell that name hosts, in order: each clause without its verbs (_HOST_ACT), a joint
    builder's partner after it (A与B共建: A, then B), a clause of those taking part after the first left out."""
    out: list[Cell] = []
    for clause in re.finditer(r"[^，,；;]+", cell.text):
        text, at = clause.group(), cell.start + clause.start()
        act = _HOST_ACT.search(text)
        if act is not None and act.group().endswith("参与") and out:
            continue
        lead = _HOST_LEAD.match(text)
        begin, end = (lead.end() if lead else 0), (act.start() if act else len(text))
        joint = act is not None and act.group().endswith(("共建", "合建"))
        cuts = list(_HOST_PARTNER.finditer(text, begin, end)) if joint else []
        for a, b in zip([begin, *(m.end() for m in cuts)], [*(m.start() for m in cuts), end], strict=True):
            if han_count(text[a:b]) >= 2:
                out.append(Cell(at + a, at + b, text[a:b]))
    return out


# A group label that calls itself a chain (稀土新材料产业链, 新能源装备产业集群); 续建项目, 医药食品 group otherwise.
_CHAIN_LABEL = re.compile(r"(?:产业链|产业集群|产业|链条|子链)$")
# A chain cell that ends in one space and a figure: the next column's figure, glued on by a converter
_GLUED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff）)]) [\d.]+$")


class TableRules:
    """Reads the grids of one plan with the plan's own finders (places, sectors, organisation suffixes)."""

    def __init__(self, places, sectors, orgs, targets, agencies) -> None:
        self.agencies = agencies
        self.places = places
        self.sectors = sectors
        self.orgs = orgs
        self.targets = targets
        self.incentives = IncentiveFinder()

    def learn_park_parts(self, grid: Grid, text: str) -> None:
        """The parts of a park a place column names (东嘎片区, 柳梧片区) are places in the prose too: a work report
        writes 位于东嘎片区的某公司 with no park word the finders would trust, and the table says what it is. Not
        one the plan writes after its park's name (陆良工业园区召夸片区): the park finder reads it there, under that
        park."""
        roles = column_roles(grid.header) if grid.header else []
        plan = self.places.plan_region.code if self.places.plan_region else ""
        for row in grid.rows:
            for role, cell in zip(roles, row, strict=False):
                if role != "place":
                    continue
                for item in items(cell):
                    part = _PARK_PART.fullmatch(item.text.strip())
                    if part is None or is_generic(part.group()[:-2]):
                        continue
                    if not any(text.endswith(PARK_SUFFIXES, 0, i) for i, _ in occurrences(part.group(), text)):
                        self.places.sub_parks.setdefault(part.group(), (part.group(), plan))

    def grid(self, grid: Grid) -> tuple[list[Mention], list[Link]]:
        roles = self._places_as_units(grid, column_roles(grid.header) if grid.header else [])
        # 年份 | 申请量（件） | …: the region's figures year by year (its other columns, if they name things, still do)
        by_year = self._year_rows(grid) if grid.header and _YEAR_HEAD.fullmatch(grid.header[0].text) else []
        keyed_role = next((role for role in roles if role != "skip"), None)
        # (产业链 | 2025年产值（亿元） | 规上企业（家）: a table of chains' figures names no thing, but its
        # figures count)
        figured = keyed_role in ("industry", "segment") and "target" in roles
        if not figured and not any(
            role in ROLE_TYPES or role in ("place", "agency", "name", "incentive", "cap") for role in roles
        ):
            return by_year, []
        mentions: list[Mention] = by_year
        links: list[Link] = []
        path = grid.path + ((grid.title,) if grid.title else ())
        # 载体名称 | 主导产业 | 已落户企业: a table keyed by its carriers, with no place column, is a table of parks
        # where its cells are places; the firms of a row are in its park.
        keyed = next((i for i, role in enumerate(roles) if role != "skip"), None)
        carriers = keyed if keyed is not None and roles[keyed] == "platform" and "place" not in roles else None
        for number, row in enumerate(grid.rows):
            row = _unglued(row, roles, len(grid.header))
            found: dict[str, list[Mention]] = {}
            place_cells: list[tuple[str, list[Mention]]] = []  # (header, places) of each place column
            group = grid.groups[number] if number < len(grid.groups) else None
            outer = grid.outers[number] if number < len(grid.outers) else None
            labels = ([group] if _CHAIN_LABEL.search(group.text) else self._industry_label(group)) if group else []
            # 一、振兴区（9个）over its rows (and its （一）续建项目): the rows' county, beside a row's own park or town
            grouped = [m for label in (group, outer) if label is not None for m in self._label_place(label, path)]
            if labels and "industry" not in roles:
                # （一）稀土新材料产业链（18个） over a project table's rows: the chain of the rows under it
                chains = [m for c in labels for m in self._cell("industry", c, Block(c.start, c.end, c.text, path))]
                if len(chains) > 1:
                    # 三、装备制造及电子信息（7个）: a group of two chains' rows, each row on the one its own name says
                    for m in chains:
                        m.attrs.setdefault("listed", len(chains))
                if chains:
                    found["industry"] = chains
            for index, (role, cell, head) in enumerate(zip(roles, row, grid.header, strict=False)):
                block = Block(cell.start, cell.end, cell.text, path)
                if role in ("name", "investor"):
                    # 名称: a list of platforms, firms or projects together, each of the kind its suffix says
                    # (某某有限公司等5家: the first of a row's several, the count after it no part of a name)
                    named = _COUNT_TAIL.sub("", clean_name(_without_aside(cell.text)))
                    kind = self._suffix_type(named)
                    if role != "investor" or kind != "Enterprise":
                        role = next(
                            (r for r, t in ROLE_TYPES.items() if t == kind and r not in ("courted", "investor")), "skip"
                        )
                    if kind is None and self._whole_agency(cell, block):
                        role = "agency"  # 单位名称 | 萨尔图区科技局: a department, named in full
                    elif kind is None and self._is_place(cell.text, cell.start, block):
                        role = "place"  # 名称 | 孝感临空经济区: a park's row (its figures are the park's)
                if index == carriers and self._carrier(cell, block):
                    role = "place"
                if (
                    role == "enterprise"
                    and "platform" in roles
                    and _BUILDER_HEAD.search(head.text)
                    and _HOST_CLAUSE.search(cell.text)
                ):
                    role = "host"  # 平台名称 | 建设单位: 依托北京邮电大学建设, A与B共建 — who builds the row's platform
                paired = _PAIRED_HEAD.search(head.text) is not None
                if role == "field":  # 主要服务领域: the chains the scheme knows, of a row's fields of service
                    role = "industry"
                    cell_mentions = [m for m in self._cell(role, cell, block) if m.key]
                    for m in cell_mentions:
                        m.attrs.pop("listed", None)  # (the row's body serves each chain it lists)
                elif role == "cap":  # the row's item is what the cap is paid for: its first cell of words
                    label = next((clean_name(c.text) for c in row if c is not cell and han_count(c.text) >= 2), "")
                    cell_mentions = self.incentives.caps(cell.text, cell.start, block, label)
                    for m in cell_mentions:
                        m.rule = "incentive.table"
                else:
                    cell_mentions = self._cell("place" if role == "landing" else role, cell, block, pairs=paired)
                header_year = re.fullmatch(r"((?:19|20)\d{2})年(?:度)?(?:目标|预期目标|发展目标)", head.text.strip())
                if role == "target" and header_year is not None and not re.search(r"(?:19|20)\d{2}", cell.text):
                    # 2026年目标 | 电芯产能达到20GWh: the column's year dates a goal the cell writes without one
                    for m in cell_mentions:
                        if m.attrs.get("status") == "target":
                            m.attrs["year"] = int(header_year.group(1))
                found.setdefault(role, []).extend(cell_mentions)
                if role == "place" and cell_mentions:
                    place_cells.append((head.text, cell_mentions))
            for ms in found.values():
                mentions += ms
            figures = self._figure_cells(roles, row, grid, found, path)
            mentions += figures + self._place_figures(roles, row, grid, found, path)
            links += [link("IN_INDUSTRY", f, f.attrs.pop("industry_mention"), "table.row", 0.85) for f in figures]
            plan_code = self.places.plan_region.code if self.places.plan_region else ""
            links += self._row_links(found, place_cells, plan_code, grouped)
            mentions += grouped
        return mentions, links

    def _label_place(self, label: Cell, path: tuple[str, ...]) -> list[Mention]:
        """The one place a group label is, whole (振兴区, 丹东边境经济合作区); 续建项目, 稀土新材料产业链 are none."""
        places = self._cell("place", label, Block(label.start, label.end, label.text, path))
        if len(places) != 1 or places[0].type != "Region":
            return []
        return places if places[0].end - places[0].start == len(label.text.strip()) else []

    def _industry_label(self, group: Cell) -> list[Cell]:
        """一、电池材料 over a member list's rows: a group label that is an industry names the rows' chain as …产业链
        does: the label whole where the lexicon knows it, else the items it joins that the lexicon knows (储能电池及
        系统集成 -> 储能电池), else the label if it ends as an industry's name does; 五、高校院所及服务机构: none."""
        label = group.text.strip()  # (its count, （18家）, cut when the label was read)
        if han_count(label) < 2:
            return []
        whole = [Cell(group.start, group.start + len(label), label)]
        if industries().lookup(label) or label in self.sectors.plan_chains:
            return whole  # (新能源汽车及智能网联汽车, a chain the plan's headings name whole)
        known = [
            Cell(group.start + m.start(), group.start + m.end(), m.group())
            for m in re.finditer(r"[^及和与、]+", label)
            if industries().lookup(m.group())
        ]
        return known or (whole if ends_in_industry_word(label) else [])

    def _figure_cells(
        self, roles: list[str], row: list[Cell], grid: Grid, found: dict[str, list[Mention]], path: tuple[str, ...]
    ) -> list[Mention]:
        """A bare number under a header like 2026年产值目标(亿元) is the row chain's target: 高端装备产值 260亿元."""
        chains = [m for m in found.get("industry", []) if not m.attrs.get("segment")]
        # 环节 | 细分领域 | 营业收入（亿元）: a table of a chain's links, each row's figures its link's
        chains = chains or [m for m in found.get("segment", []) if m.type == "Industry"]
        out = []
        before = last = last_unit = ""
        for role, cell, head in zip(roles, row, grid.header, strict=False):
            if role != "target" or not _BARE_NUMBER.fullmatch(cell.text) or not chains:
                continue
            # (表3　2025年电子信息产业链各环节发展情况: the caption's year, when the column names none)
            year = re.search(r"(?:19|20)\d{2}", head.text) or re.search(r"(?:19|20)\d{2}(?=年)", grid.title or "")
            unit = re.search(r"[（(]([^）)]{1,6})[）)]", head.text)
            measure = _MEASURE_NOISE.sub("", head.text).strip()
            if not measure and last and re.search(r"目标|预期", head.text) and unit and unit.group(1) == last_unit:
                measure = last  # 2024年产值（亿元） | 2027年目标（亿元）: the same measure, its goal (in its unit)
            if measure and unit:
                last, last_unit = measure, unit.group(1)
            measure, before = rate_measure(measure, before)
            if not measure or not unit:
                continue
            if _not_a_goal(measure, unit.group(1)) or _OWN_BATCH.search(measure + (grid.title or "")):
                continue  # 完成投资（亿元）: an investment is no target (nor 拟立项项目数: the notice's own batch)
            chain = chains[0].name
            indicator = chain + ("" if chain.endswith("产业") else "产业") + measure
            mention = self._column_figure(cell, indicator, unit.group(1), year, path, head.text, grid.title or "")
            if mention is not None:
                mention.attrs["industry_mention"] = chains[0]
                out.append(mention)
        return out

    def _place_figures(
        self, roles: list[str], row: list[Cell], grid: Grid, found: dict[str, list[Mention]], path: tuple[str, ...]
    ) -> list[Mention]:
        """A table of goals by county (区、县（市） | 省级以上创新平台（家） | …): a bare number under a measure with
        its unit is that county's target, for the year the header or the title names, else the plan's last."""
        places = [m for m in found.get("place", []) if m.attrs.get("level")]  # regions, not words of the cell
        keyed = next((i for i, role in enumerate(roles) if role != "skip"), None)
        if keyed is not None and keyed < len(row) and roles[keyed] in ("place", "name"):
            # 名称 | 所在地 | … | 规上工业总产值（亿元）: a row of a park, its county beside it, is the park's
            key = row[keyed]
            own = [m for m in places if key.start <= m.start and m.end <= key.end]
            if roles[keyed] == "name" or len(own) == 1:
                places = own  # (名称 | 所在地 with a firm's row: no place's row at all)
        if len(places) != 1 or keyed is None or roles[keyed] not in ("place", "name"):
            return []  # the rows are places only when the place is what each row is about (its first column)
        if _OWN_BATCH.search(grid.title or ""):
            return []
        # 申请人 | 所在地 | 申请量（件）: a row opened by a firm or a university holds its own record, its place
        # beside it (not 区、县 | 平台（家） | 重点支撑平台, a county's goals naming its platforms after them)
        organisations = any(
            m.type in ("Enterprise", "University", "Platform") and m.start < places[0].start
            for ms in found.values()
            for m in ms
        )
        # 县（市、区） | 企业名称 | 2025年度研发费用（万元）: figures right of a column of firms' names are the row's
        # firm's, its county first (a column of firms after the figures names a county's leading firms)
        firms_from = next(
            (
                i
                for i, (role, cell) in enumerate(zip(roles, row, strict=False))
                if role == "enterprise" and han_count(cell.text) >= 4 and not _BARE_NUMBER.fullmatch(cell.text)
            ),
            len(roles),
        )
        goals = any(_GOAL_HEAD.search(h.text) for h in grid.header) or _GOAL_HEAD.search(grid.title or "")
        if organisations and not goals:
            return []
        plan = self.places.plan_region
        if plan is not None and places[0].attrs.get("level") != "park" and _outside(places[0], plan.code):
            return []  # 宁波市 | 申请量 11286 in 赣州's report: another city's figures, benchmarks, not goals
        out = []
        last_measure = ""
        quantity = ""  # the last column's measure that is no rate (营业收入 before 同比增长)
        # 表1 各县（区）上市后备企业培育目标分解表（单位：家）: the caption gives the unit of every column
        caption_unit = re.search(r"单位[：:]\s*([^）)，,\s]{1,6})", grid.title or "")
        for index, (cell, head) in enumerate(zip(row, grid.header, strict=False)):
            unit_match = re.search(r"[（(]([^）)]{1,6})[）)]$", head.text)
            unit = unit_match.group(1) if unit_match else caption_unit.group(1) if caption_unit else None
            per_cent = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%", cell.text)
            if per_cent is not None and unit in (None, "%"):
                # 地区生产总值增速 | 5.5%: a rate column whose cells carry their unit
                unit, cell = "%", Cell(cell.start, cell.start + len(per_cent.group(1)), per_cent.group(1))
            if index == keyed or index > firms_from or unit is None or not _BARE_NUMBER.fullmatch(cell.text):
                continue  # (省级以上开发区（个）: a count of parks, whatever the column's words)
            # 招商任务分解（2024—2026年累计）: a span's goals are due at its end
            title_years = list(re.finditer(r"(?:19|20)\d{2}", grid.title or ""))
            year = re.search(r"(?:19|20)\d{2}", head.text) or (title_years[-1] if title_years else None)
            measure = _MEASURE_NOISE.sub("", head.text).strip()
            if not measure and last_measure and re.search(r"目标|预期", head.text):
                measure = last_measure  # 2023年市级以上平台数（个） | 2026年目标（个）: the same measure, its goal
            if measure in _BARE_COLUMN:
                # 表2 各县市区省级以上专精特新企业培育目标 | 2025年基数（家） | 2028年目标（家）: the title names it
                measure = _title_measure(grid.title or "")
            measure, quantity = rate_measure(measure, quantity)
            last_measure = measure or last_measure
            if han_count(measure) < 2 or _OWN_BATCH.search(measure):
                continue
            if _not_a_goal(measure, unit):
                continue
            if self.targets.year_review and fund_record(measure, unit):
                continue  # 镇（街道） | 支持项目（个） in a review of a fund's year: what it paid for in each town
            mention = self._column_figure(cell, measure, unit, year, path, head.text, grid.title or "")
            if mention is not None:
                mention.attrs["region_mention"] = places[0]
                mention.attrs["per_place"] = True  # one goal per county, however many share the value
                out.append(mention)
        return out

    def _year_rows(self, grid: Grid) -> list[Mention]:
        """年份 | 申请量（件） | 其中发明专利（件） with a row a year (2021 | 712 | 418): the region's figures of
        those years, each column a measure; a level's column (国家级（项）) counts what the title names
        (首台（套）重大技术装备认定情况). Tables of the world or other countries (全球申请量, 日本申请人) are
        benchmarks, not the region's."""
        if _OTHER_SCOPE.search(grid.title or ""):
            return []
        path = grid.path + ((grid.title,) if grid.title else ())
        title = _title_measure(grid.title or "").lstrip("—-－~～至 ")
        title = title[len(regions().leading_place(title) or "") :]
        title_unit = re.search(r"[（(]([^）)]{1,6})[）)]\s*$", grid.title or "")
        out = []
        for row in grid.rows:
            if not row or not re.fullmatch(r"\s*(?:19|20)\d{2}\s*年?\s*", row[0].text):
                continue
            year = re.search(r"(?:19|20)\d{2}", row[0].text)
            for cell, head in zip(row[1:], grid.header[1:], strict=False):
                unit_match = re.search(r"[（(]([^）)]{1,6})[）)]\s*$", head.text) or title_unit
                if unit_match is None or _OTHER_SCOPE.search(head.text):
                    continue
                if not _BARE_NUMBER.fullmatch(cell.text.strip()):
                    continue
                unit = unit_match.group(1)
                measure = re.sub(r"^其中[:：]?", "", _MEASURE_NOISE.sub("", head.text).strip())
                if re.fullmatch(r"(?:国家|省|市|县|区)级", measure) and han_count(title) >= 3:
                    measure += title  # 国家级（项） under 首台（套）重大技术装备认定情况
                if han_count(measure) < 2 or _not_a_goal(measure, unit):
                    continue
                figure = Cell(cell.start, cell.end, cell.text.strip())
                mention = self._column_figure(figure, measure, unit, year, path, head.text, grid.title or "")
                if mention is not None:
                    out.append(mention)
        return out

    def _column_figure(
        self,
        cell: Cell,
        indicator: str,
        unit: str,
        year: re.Match[str] | None,
        path: tuple[str, ...],
        heading: str,
        title: str = "",
    ) -> Mention | None:
        """A bare number under a header naming its measure and unit, as a target of the table."""
        block = Block(cell.start, cell.end, cell.text, path)
        year_value = int(year.group()) if year else None
        # (完成年度目标（%）: how much of the year's goal is done, a figure reached, not a goal)
        goal_head = _GOAL_HEAD.search(heading) and not _COMPLETION_HEAD.search(heading)
        # A column of a year already over when the plan was issued reports it (a mid-term review's 2023年 column),
        # unless it says it holds goals.
        start = self.targets.start if goal_head else self.targets.open_from
        status = "baseline" if year_value is not None and start is not None and year_value < start else "target"
        reviewed = self.targets.reviewed
        so_far = SO_FAR.search(heading) or SO_FAR.search(title)
        # (a report on its year that sets goals in a table titled so: 2026年科技创新主要目标任务分解表)
        so_far = so_far or (self.targets.so_far and year_value in (None, reviewed) and not _GOAL_HEAD.search(title))
        if year_value is None and not _UNDATED_GOALS.search(heading + title):
            # 表3-4 各县（市、区）专利申请量 | 申请量（件）: a table of counts that names neither a year nor a goal
            # reports what is there
            status, year_value = "baseline", reviewed
        if not goal_head and so_far:
            # 表1 2026年上半年各县…增速, or any column of a report on the year so far (上半年督查通报's 新开工率):
            # what the year has reached so far
            status = "baseline"
            year_value = year_value or self.targets.issued
        if status == "target" and year_value is None and self.targets.part_year and THIS_YEAR.search(heading + title):
            year_value = reviewed  # 第四季度新签约项目（个） in a report on the third quarter: this year's last
        mention = self.targets._make(
            indicator,
            tidy(float(cell.text)),
            None,
            unit,
            "=",
            year_value,
            status,
            cell.start,
            cell.end,
            block,
            indicator,
        )
        if mention is not None:
            mention.rule = "target.table"
        return mention

    def _cell(self, role: str, cell: Cell, block: Block, pairs: bool = False) -> list[Mention]:
        glued = _GLUED_FIGURE.search(cell.text) if role in ("industry", "segment") else None
        if glued is not None:
            # 绿色铝及有色金属 536: a long name fills its column and the converter left one space before the next
            # column's figure; the chain is the name alone
            cell = Cell(cell.start, cell.start + glued.start(), cell.text[: glued.start()])
        if role in ("industry", "segment") and _TOTAL_ROW.fullmatch(cell.text):
            return []
        if role in ("industry", "segment") and _STAGE.fullmatch(cell.text.strip()):
            return []  # 上游, 中游（关键系统及部件）: where in a chain, not which chain
        if role in ("industry", "segment"):
            listed = [
                Cell(cell.start + m.start(), cell.start + m.end(), m.group().strip())
                for m in _CHAIN_ITEM.finditer(cell.text)
                if m.group().strip()
            ]
            if len(listed) > 1:  # 航空动力、低空经济: the row is on each (电池及新能源汽车 stays one)
                # A list of a park's directions (铜冶炼、再生铜、稀贵金属回收) names industries only where the
                # scheme knows them; the rest are products and processes.
                found = [m for item in listed for m in self._cell(role, item, block) if m.key]
                # how many chains the cell lists, known to the scheme or not (新能源电池材料、现代物流: two; 动力电池、
                # 电解液、隔膜: one, and two of its products)
                chains = sum(1 for item in listed if ends_in_industry_word(item.text) or industries().lookup(item.text))
                for m in found:
                    m.attrs["listed"] = max(chains, len(found))
                return found
            nested = re.fullmatch(r"(.{2,12}?)[（(]([^）)]{2,16})[）)]", cell.text)
            if nested is not None:  # 装备制造（振动机械）: the chain and the sub-chain the row is on
                inner = Cell(cell.start + nested.start(2), cell.start + nested.end(2), nested.group(2))
                outer = Cell(cell.start, cell.start + nested.end(1), nested.group(1))
                inner_found = [m for m in self._cell(role, inner, block) if m.key or _industry_word(m.name)]
                return self._cell(role, outer, block) + inner_found  # 光伏、氢能 split next; 半导体（关联） not
            # The cell names the chain as the plan calls it; a scheme label only when it is the whole cell.
            name = re.sub(r"(?:产业链|产业|子链)$", "", cell.text) or cell.text
            name = re.sub(r"(?<=..)(?:及|和|与)?其[他它]$", "", name)  # 社会发展及其他: the field, and the rest
            if name in UMBRELLA or cell.text in UMBRELLA:
                return []  # 社会发展, 战略性新兴产业: no chain
            known = concept_mention(name, cell.start, cell.end, block, False)
            found = [known] if known is not None else []
            # 汽车电子: everyday words, but a chain's name where the column is the chain's and it ends as one does
            named = not is_generic(name) or (han_count(name) >= 4 and ends_in_industry_word(name))
            named = named and not re.match(r"其[他它余]|配套", name)  # 其他装备, 配套服务: the rest, not a chain
            if not found and 2 <= han_count(name) <= 12 and named and not _task_name(name):
                found = [Mention("Industry", clean_name(name), cell.start, cell.end, block, {"kind": "chain"})]
            for m in found:
                m.rule = "table.column"
                m.attrs["segment"] = role == "segment"
            return found
        if role == "place":
            found = []
            for item in items(cell):
                if moved := _MOVED_TO.match(item.text):  # 毕业后去向: 迁入王江泾镇, 留在园区
                    item = Cell(item.start + moved.end(), item.end, item.text[moved.end() :])
                spans: list[tuple[int, int]] = []
                parks = self.places.parks(item.text, item.start, block, spans, zones=False)
                divisions = outside_parks(self.places.divisions(item.text, item.start, block), parks, inside=True)
                here = divisions + parks
                whole = item.text.strip()
                if (
                    len(here) == 1
                    and here[0] is (divisions[0] if divisions else None)
                    and here[0].start == item.start
                    and here[0].end - here[0].start < len(whole)
                    and re.fullmatch(r"[\u4e00-\u9fff]{3,14}", whole)
                    and _NAMED_PLACE_END.search(whole)
                ):
                    # 浑南数字软件园 in a place column: a park named after its district, not the district itself.
                    parent = here[0].key or (self.places.plan_region.code if self.places.plan_region else "")
                    here = [
                        Mention(
                            "Region",
                            whole,
                            item.start,
                            item.start + len(whole),
                            block,
                            {"level": "park", "parent": parent},
                        )
                    ]
                if (
                    not here
                    and (_PLACE_END.search(item.text) or _CARRIER_PLACE.search(item.text))
                    and (3 <= han_count(item.text) == len(item.text.strip()))
                ):
                    # The column says place: a town or park the finders would not risk in prose (煤山镇).
                    level = "town" if re.search(r"(?:镇|乡|街道)$", item.text) else "park"
                    parent = self.places.plan_region.code if self.places.plan_region else ""
                    here = [
                        Mention(
                            "Region",
                            clean_name(item.text),
                            item.start,
                            item.end,
                            block,
                            {"level": level, "parent": parent},
                        )
                    ]
                # 东昌区滨江医药园: a district written before a park of it; the park is where the row is
                glued = [d for d in divisions if any(d.end == p.start for p in parks)]
                for d in glued:
                    park = next(p for p in parks if p.start == d.end)
                    if d.key and park.attrs.get("parent") in ("", d.attrs.get("parent")):
                        park.attrs["parent"] = d.key
                here = [m for m in here if m not in glued]
                last = max(parks, key=lambda m: m.end, default=None)
                part = _PARK_PART.fullmatch(item.text.rstrip(), last.end - item.start) if last is not None else None
                if part is not None and last is not None:
                    # 陆良工业园区西桥片区: the part of the park the row is in, the most specific place the cell gives
                    span = (item.start + part.start(), item.start + part.end())
                    attrs = {"level": "park", "parent": last.attrs.get("parent", "")}
                    here = [m for m in here if m is not last] + [Mention("Region", part.group(), *span, block, attrs)]
                found += here
            for m in found:
                m.rule = "table.column"
            return found
        if role == "agency":  # 牵头单位, 责任单位: the departments a task table makes responsible
            # split at list marks only: 和 is inside department names (自然资源和规划局)
            found = [
                a for item in items(cell, _PROJECT_SPLIT) for a in self.agencies.find(item.text, item.start, block, [])
            ]
            for m in found:
                m.rule = "agency.name"
            return found
        if role == "target":
            found = self.targets.in_sentence(cell.text, cell.start, block, [])
            for m in found:
                m.rule = "target.table"
            return found
        if role == "incentive":
            found = self.incentives.in_sentence(cell.text, cell.start, block)[0]
            for m in found:
                m.rule = "incentive.table"
            return found
        etype = ROLE_TYPES.get(role) or ("Enterprise" if role == "host" else None)
        if etype is None:
            return []
        out = []
        schools_of = ""  # the university whose school or team the cell named last
        listed = (
            [item for part in _host_parts(cell) for item in items(part)]
            if role == "host"
            else items(cell, _PROJECT_SPLIT if role == "project" else _PAIR_SPLIT if pairs else _ITEM_SPLIT)
        )
        for item in listed:
            item = _without_place_of(item)
            cut = glued_place(item.text) if etype == "Enterprise" else 0
            parked = cut and re.search(r"开发区|园区|工业园|产业园|高新区|经开区", item.text[:cut])
            if parked and regions().leading_place(item.text[cut:]):
                # 三山经济开发区芜湖某某有限公司: the park written before a legal name opening with its city
                item = Cell(item.start + cut, item.end, item.text[cut:])
            if (note := _STATUS_NOTE.search(item.text)) is not None and note.start() > 0:
                item = Cell(item.start, item.start + note.start(), item.text[: note.start()])
            short = re.fullmatch(r"(.{4,}?)[（(]([^（）()]{2,10})[）)]", item.text)
            if short is not None and short.group(2) in self.orgs.declared:
                # 某某工业互联网平台（五金云）: the short form the plan declared for it, after its name
                item = Cell(item.start, item.start + len(short.group(1)), short.group(1))
            aside = _NAME_ASIDE.fullmatch(item.text)
            if aside is not None and self._suffix_type(aside.group(2)) and not self._suffix_type(aside.group(1)):
                # 国内先进水平（对标企业） | 3.5微米（惠州某某电子材料有限公司）: a figure, then whose it is
                item = Cell(item.start + aside.start(2), item.start + aside.end(2), aside.group(2))
            name = clean_name(item.text)
            if _VALUE_CELL.search(name) and han_count(name) < 4:
                continue  # 3.6%以下, 5000万元: a card's value under a column read as one of names
            if etype == "Enterprise" and _NOT_FIRM_CELL.search(name):
                continue  # 成立时间, 员工人数, 瞪羚企业: a card's label or a firm's grade, under a column of firms
            if etype == "Project" and _COST_LINE.search(name):
                continue  # 工程费用, 预备费, 建设期利息: an investment estimate's costs under its 项目 column
            if etype == "University" and role == "university":
                if _COLLECTIVE_SCHOOLS.fullmatch(name):
                    continue  # 三校, 各高校: the plan's partners together, no one of them
                if (school := _school_of(name)) is not None:
                    # 华侨大学化工学院食品工程团队: the university whose school or team it is
                    at = item.text.find(school)
                    item = Cell(item.start + at, item.start + at + len(school), school)
                    name, schools_of = school, school
                    if schools_of in (m.name for m in out):
                        continue
                elif (
                    schools_of
                    and _TEAM_OR_SCHOOL.search(name)
                    and "大学" not in name
                    and not regions().leading_place(name)
                ):
                    continue  # 陕西科技大学轻工学院、材料科学与工程学院: the next school of the same university
            if self._is_place(item.text, item.start, block) or (
                _CARRIER_PLACE.search(name) and self._suffix_type(name) is None
            ):
                continue  # 承接载体: 贵安新区 — a column of carriers may list places, which are not platforms
            found = self.agencies.find(item.text, item.start, block, [])
            agency = [a for a in found if a.end == item.end and _places_only(item.text[: a.start - item.start])]
            if agency:  # 建设单位: 柳南区人民政府 — a government builds it, not a firm
                agency[0].rule = "agency.name"
                out += agency
                continue
            kind = self.orgs.known.get(name) or self._suffix_type(name) or etype
            if name in PLATFORM_SUFFIXES:
                continue  # 重点实验室 alone: a kind, in a column of kinds
            if is_generic(name) or (kind == "Enterprise" and etype not in ("Enterprise",) and role != "host"):
                continue
            attrs: dict = {"cue": "table"} if kind == "Enterprise" else {}
            if role == "courted" and kind == "Enterprise":
                attrs["courted"] = True  # 目标企业: a firm the plan wants to attract, not one it has
            if name in self.orgs.declared:  # a short form the plan declared (以下简称) for a full name
                kind, full = self.orgs.declared[name]
                attrs["alias_of"] = full
            mention = Mention(kind, name, item.start, item.end, block, attrs, rule="table.column")
            mention.attrs["role"] = role
            out.append(mention)
            self.orgs.known.setdefault(name, kind)
        return out

    def _carrier(self, cell: Cell, block) -> bool:
        """Is a cell of a carriers' column (载体) one place, a park or town rather than a platform?"""
        name = clean_name(cell.text)
        if len(items(cell)) != 1 or han_count(name) < 3:
            return False
        return self._is_place(cell.text, cell.start, block) or bool(
            _CARRIER_PLACE.search(name) and self._suffix_type(name) is None and han_count(name) == len(name)
        )

    def _whole_agency(self, cell: Cell, block) -> bool:
        """Is a cell, as a whole, one department's name (萨尔图区科技局, 大庆高新区科技创新局)?"""
        text = cell.text.strip()
        return any(a.end - a.start == len(text) for a in self.agencies.find(text, 0, block, []))

    def _places_as_units(self, grid: Grid, roles: list[str]) -> list[str]:
        """单位 | 新签约项目（个） | …, rows 梁园区, 睢阳区, 民权高新技术产业开发区: a column headed 单位 (a unit of
        measure in a table of indicators) that holds a place in four rows of five or more (a total row aside) is the
        rows' places, its figures theirs."""
        roles = list(roles)
        for i, (role, head) in enumerate(zip(roles, grid.header, strict=False)):
            cells = [row[i] for row in grid.rows if i < len(row) and row[i].text.strip()]
            cells = [c for c in cells if not _TOTAL_ROW.match(c.text)]  # (全市合计)
            if role != "skip" or head.text.strip() != "单位" or len(cells) < 3:
                continue
            path = grid.path + ((grid.title,) if grid.title else ())
            placed = sum(self._is_place(c.text, c.start, Block(c.start, c.end, c.text, path)) for c in cells)
            if placed >= 0.8 * len(cells):  # (a park the gazetteer does not know, 市城乡一体化示范区, among them)
                roles[i] = "place"
        return roles

    def _is_place(self, text: str, start: int, block) -> bool:
        """Is a cell item, as a whole, a division or a park (修文县, 贵阳高新区)?"""
        whole = len(text.strip())
        found = self.places.divisions(text, start, block) + self.places.parks(text, start, block, [])
        return any(m.end - m.start == whole for m in found)

    @staticmethod
    def _suffix_type(name: str) -> str | None:
        from loaders.rules.organisations import _LEGAL_RE, _PLATFORM_RE, _UNIVERSITY_RE, PROGRAMME_COLLEGE

        for etype, pattern in (("Platform", _PLATFORM_RE), ("University", _UNIVERSITY_RE), ("Enterprise", _LEGAL_RE)):
            match = None
            for match in pattern.finditer(name):  # noqa: B007 - the last suffix decides
                pass
            if (
                match is not None
                and match.end() == len(name)
                and not (etype == "University" and PROGRAMME_COLLEGE.search(name))
            ):
                return etype
        if re.search(r"(?:项目|工程)$", name):
            return "Project"
        return None  # (…产业学院 says no kind: a university's programme with a firm, a platform where listed as one)

    @staticmethod
    def _row_links(
        found: dict[str, list[Mention]],
        place_cells: list[tuple[str, list[Mention]]],
        plan_code: str,
        grouped: list[Mention] | None = None,
    ) -> list[Link]:
        links = []
        things = [
            m
            for role in ("enterprise", "courted", "partner", "investor", "platform", "university", "project", "host")
            for m in found.get(role, [])
        ]
        # The row's chain and its segment (环节: 工业硅及多晶硅 on 硅基新材料): a firm in the row is on both.
        chains = found.get("industry", []) + found.get("segment", [])
        listed = [c for c in chains if c.attrs.get("listed")]
        # Columns that each say where the row's firm is (天津母公司所在地 天津市滨海新区 | 在庆落户地 庆城县): it is in
        # each. Otherwise the row has one place or none: a cell listing several (庆城县、环县) does not say which is
        # whose, and a county's row listing its key parks (县（市、区） | 重点园区) does not put each firm in them.
        cells = [_innermost(c) for _, c in place_cells]
        landing = _innermost(found.get("landing", []))  # 拟落户地点: where the row's project is to be built
        landing = landing if len(landing) == 1 else []
        if (
            len(cells) > 1
            and all(_LOCATION_HEADER.search(h) for h, _ in place_cells)
            and all(len(c) == 1 for c in cells)
        ):
            places = _innermost([c[0] for c in cells])
            # 企业总部所在地 安徽省合肥市 | 落户园区 中北高新区 in a row of a project: the firm is at home, its
            # project where it lands (a row of firms alone keeps both for the firm, as above)
            if found.get("project") and any(not _LANDING_HEADER.search(h) for h, _ in place_cells):
                lands = [bool(_LANDING_HEADER.search(h)) for h, _ in place_cells]
                if any(_FIRM_PLACE_HEADER.search(h) for h, _ in place_cells):
                    lands = [not _FIRM_PLACE_HEADER.search(h) for h, _ in place_cells]
                # (with a landing column's park beside a county column of the project: 所在县 | 落地园区, both)
                lands_in = [c[0] for c, lands_here in zip(cells, lands, strict=True) if lands_here]
                landing = _innermost(landing + lands_in) if lands_in else []
                if landing:
                    places = _innermost([c[0] for c, lands_here in zip(cells, lands, strict=True) if not lands_here])
        else:
            places = _innermost(found.get("place", []))
            places = places if len(places) == 1 else []
        # the group's place holds the row's own (振兴区 over 汤池镇): both are said, neither narrows the other
        places = places + [g for g in grouped or [] if all(g.name != p.name for p in places)]
        # 本地重点企业 | 所在园区 | 目标招引企业 | 企业所在地: two firm columns, each with its own place column after
        # it; a firm is in the place cells between its column and the next firm column, not in the other's
        firms = sorted(found.get("enterprise", []) + found.get("courted", []), key=lambda m: m.start)
        seated: dict[int, list[Mention]] = {}
        if found.get("enterprise") and found.get("courted") and len(cells) > 1:
            for firm in firms:
                stop = min((o.start for o in firms if o.start > firm.start), default=None)
                seated[id(firm)] = [
                    c[0] for c in cells if c and c[0].start > firm.start and (stop is None or c[0].start < stop)
                ]
        firms_placed = bool(place_cells) and all(_FIRM_PLACE_HEADER.search(h) for h, _ in place_cells)
        for thing in things:
            if thing.type != "University":
                # A row listing chains (集成电路、生物医药、新能源) does not say which firm is on which: only a chain
                # its own name's trade word names (澄康生物 -> 生物医药) is the firm's.
                own = [c for c in listed if c.key and c.key in trade_concepts(thing.name)]
                # (新能源电池材料、现代物流 lists two though the scheme knows only 现代物流)
                many = any(c.attrs["listed"] > 1 for c in listed)
                for chain in [c for c in chains if not c.attrs.get("listed")] + (own if many else listed):
                    links.append(link("IN_INDUSTRY", thing, chain, "table.row", 0.85))
            # The row's place is where its firm, platform or project is; a university or a host named in the row
            # is a partner from elsewhere (东南大学 in a row placed at 江阴高新区), and a government (某某县人民政府,
            # 承担单位) governs its own county, not the row's town. A courted firm's row place is its
            # own only outside the plan's region (目标企业 宁德时代 | 所在地 宁德市).
            if landing and thing.type == "Project":
                links += [link("LOCATED_IN", thing, place, "table.row", 0.85) for place in landing]
                continue
            if firms_placed and thing.type == "Project":
                continue  # 投资方所在地 alone: where the investor is, not where its project is to be built
            if thing.attrs.get("role") == "investor" and not (landing or firms_placed):
                continue  # 投资方 | 承接园区: the park is where the project lands, the investor stays at home
            if (
                not places
                or thing.type in ("University", "Agency")
                or thing.attrs.get("role") in ("host", "partner")
                or _PUBLIC_BODY.search(thing.name)
            ):
                continue
            if (
                thing.type == "Enterprise"
                and named_elsewhere(thing.name, plan_code)
                and not any(_outside(p, plan_code) for p in places)
            ):
                continue  # 签约双方 某某铜箔—深圳市某某电池科技有限公司 | 建设地点 上杭县: the outside firm stays home
            for place in seated.get(id(thing), places):
                if not thing.attrs.get("courted") or _outside(place, plan_code):
                    links.append(link("LOCATED_IN", thing, place, "table.row", 0.85))
        for project in (m for m in things if m.type == "Project"):
            # (a partner the row's firm signed with, 合作方, takes part; the row's own firm carries the project out)
            signers = (m for m in things if m.type in ("Enterprise", "University") and m.attrs.get("role") != "partner")
            for org in signers:
                links.append(link("UNDERTAKES", org, project, "table.row", 0.85))
        # 依托单位 A、B: built together, hosted by the first named (X与Y共建Z -> X)
        host = next((h for h in found.get("host", []) if h.type in ("Enterprise", "University")), None)
        hosts = {id(m) for m in found.get("host", [])}  # (a partner of the host cell named as a platform hosts nothing)
        for platform in (m for m in things if m.type == "Platform" and host is not None and id(m) not in hosts):
            links.append(link("HOSTED_BY", platform, host, "table.row", 0.85))
        # 企业 | 所在镇街 | 产业链 | 平台: a table of firms (its one firm before the row's chain) lists each firm's own
        # platform; a table of chains (产业链 | 链主企业 | 创新平台) lists the chain's, whoever runs them
        firms = [m for m in found.get("enterprise", []) if m.type == "Enterprise"]
        # 企业名称 | 毕业载体: the row's firm grew in the incubator (no thing of the row: neither where the firm went
        # nor on its chain), which says where the firm is when the row does not
        # (kept on the firm's mention for the resolver, which reads it for the firm's place: no relation of the graph)
        for carrier in (m for m in found.get("carrier", []) if m.type == "Platform" and len(firms) == 1 and not places):
            firms[0].attrs["housed_in"] = carrier
        if host is None and len(firms) == 1 and all(firms[0].start < c.start for c in chains):
            for platform in (m for m in found.get("platform", []) if m.type == "Platform"):
                links.append(link("HOSTED_BY", platform, firms[0], "table.row", 0.8))
        return links


def _unglued(row: list[Cell], roles: list[str], width: int) -> list[Cell]:
    """智能传感器及物联网 536 | 27 | 睿驰电子 under four columns: a long chain name filled its column and the converter
    left one space before the next column's figure; the row is read with that figure in its own cell, so the cells
    after it stay under their columns."""
    if len(row) >= width:
        return row
    for i, (cell, role) in enumerate(zip(row, roles, strict=False)):
        glued = _GLUED_FIGURE.search(cell.text) if role in ("industry", "segment") else None
        if glued is not None:
            name = Cell(cell.start, cell.start + glued.start(), cell.text[: glued.start()])
            figure = Cell(cell.start + glued.start() + 1, cell.end, glued.group().strip())
            return [*row[:i], name, figure, *row[i + 1 :]]
    return row


def _places_only(text: str) -> bool:
    """Is a text nothing but places (嘉兴市 before 秀洲区人民政府), or nothing at all?"""
    return not regions().after_places(text).strip()


def _without_place_of(item: Cell) -> Cell:
    """北京的泽钧智算科技有限公司, 江苏无锡的某某公司: a cell that says whose place a firm is names the firm after
    的; the place is the row's (its 所在地 column) or the sentence's to give."""
    rest = regions().after_places(item.text, keep=1)
    if len(rest) == len(item.text) or not rest.startswith("的") or han_count(rest) < 5:
        return item
    return Cell(item.start + len(item.text) - len(rest) + 1, item.end, rest[1:])


def _division_prefix(place: Mention) -> str:
    """A division's code without its trailing zero pairs (四川省 510000 -> 51), so containment is a prefix test.
    A town or park has no code of its own: its parent's code and a mark past it (杜集区朔里镇: the town is inside
    the district, so the cell's place is the town)."""
    code = place.key if re.fullmatch(r"\d{6}", place.key or "") else ""
    if not code and re.fullmatch(r"\d{6}", place.attrs.get("parent") or ""):
        return code_prefix(place.attrs["parent"]) + "/" + place.name
    return code_prefix(code)


_PARK_PART = re.compile(r"[\u4e00-\u9fff]{2,6}片区")


def _innermost(places: list[Mention]) -> list[Mention]:
    """A cell's places without those that contain another of them (四川省成都市: 成都市, one place; 商丘高新区锂电
    新能源产业园: a park written straight before another park holds it, the one place the cell says)."""
    prefixes = [_division_prefix(p) for p in places]
    return [
        p
        for p, a in zip(places, prefixes, strict=True)
        if not (a and any(b != a and b.startswith(a) for b in prefixes))
        and not (_park(p) and any(q.start == p.end and _park(q) for q in places))
    ]


def _park(place: Mention) -> bool:
    """Is the place a park written as its name (a span that swallowed the 、 after it is no adjacency evidence)?"""
    return place.attrs.get("level") == "park" and han_count(place.name) == place.end - place.start


def _outside(place: Mention, plan_code: str) -> bool:
    """Is a division neither within the plan's region nor above it (宁德市 for 铜陵's plan; not 安徽省, 义安区)?"""
    return apart(_division_prefix(place), code_prefix(plan_code or ""))


def _task_name(name: str) -> bool:
    """企业培育, 招商引资, 金融支持: a task's heading in a 产业链或领域 column, which ends in a word of policy work."""
    return name.endswith(_TASK_HEADS)
