"""Agencies: government departments, above all those named responsible (责任单位：…).

A department is a government prefix (市, 省, 区, 县, 国家, 国务院, a region name, 市委 …) followed by a
department word from the reference list below (科技局, 发改委, 经信局 …). 市科技局 in a city plan is that
city's: the name is qualified with the plan's region (荆门市科技局) and the bare form kept as an alias.
"""

from __future__ import annotations

import re

from loaders.gazetteer import RegionRef, regions
from loaders.rules.common import Mention
from loaders.trie import trie_regex

# Reference list of department names (general public-administration vocabulary, not taken from plans).
DEPARTMENTS = (
    "科技局",
    "科学技术局",
    "科技厅",
    "科学技术厅",
    "科技部",
    "科学技术部",
    "发改委",
    "发展改革委",
    "发展和改革委员会",
    "经信局",
    "经济和信息化局",
    "经信厅",
    "工信部",
    "工业和信息化部",
    "工信局",
    "财政局",
    "财政厅",
    "财政部",
    "教育局",
    "教育厅",
    "教育部",
    "人社局",
    "人力资源和社会保障局",
    "人社厅",
    "农业农村局",
    "农业农村厅",
    "农业农村部",
    "卫健委",
    "卫生健康委",
    "卫生健康委员会",
    "生态环境局",
    "生态环境厅",
    "生态环境部",
    "市场监管局",
    "市场监督管理局",
    "商务局",
    "商务厅",
    "商务部",
    "自然资源和规划局",
    "自然资源局",
    "住建局",
    "住房和城乡建设局",
    "住房和城市更新局",
    "交通运输局",
    "水利局",
    "水利和湖泊局",
    "统计局",
    "税务局",
    "科协",
    "科学技术协会",
    "国资委",
    "政府国资委",
    "药监局",
    "药监总局",
    "药品监督管理局",
    "知识产权局",
    "组织部",
    "宣传部",
    "统战部",
    "编办",
    "机构编制委员会办公室",
    "数据局",
    "大数据局",
    "招商局",
    "文旅局",
    "文化和旅游局",
    "应急管理局",
    "应急局",
    "公安局",
    "民政局",
    "审计局",
    "金融办",
    "地方金融监管局",
    "金融工作局",
    "政府办",
    "政府办公室",
    "政府办公厅",
    "人民政府办公室",
    "外办",
    "司法局",
    "林业局",
    "粮食局",
    "气象局",
    "地震局",
    "档案局",
    "国防科工办",
    "台办",
    "侨办",
    "妇联",
    "团委",
    "总工会",
    "经济和信息化委员会",
    "科学技术委员会",
    "科委",
    "经委",
    "发展和改革局",
    "发改局",
    "行政审批局",
    "城管局",
    "城市管理局",
    "退役军人事务局",
    "医保局",
    "医疗保障局",
    "体育局",
    "新闻出版局",
    "广电局",
)
_DEPT = trie_regex(DEPARTMENTS)
_PREFIX = r"(?:国务院|国家|中共[\u4e00-\u9fff]{2,6}委|[\u4e00-\u9fff]{2,6}?[省市区县]|[省市区县])?(?:委|政府)?"
_AGENCY = re.compile(rf"(?P<prefix>{_PREFIX})(?P<dept>{_DEPT})(?!门|分|长|属|务|级|际)")
_BRANCH = re.compile(r"人行[\u4e00-\u9fff]{2,6}分行|人民银行[\u4e00-\u9fff]{2,6}(?:分行|中心支行)")
_RESPONSIBLE = re.compile(r"[(（]\s*(?:牵头|责任|主要责任|配合)?(?:单位|部门)\s*[:：]([^)）]{2,300})[)）]")
_SPLIT = re.compile(r"[、，,；;]")


def qualify(prefix: str, dept: str, plan_region: RegionRef | None) -> tuple[str, list[str]]:
    """``市`` + ``科技局`` in a 荆门 plan -> (``荆门市科技局``, [``市科技局``])."""
    bare = prefix + dept
    if plan_region is None or not prefix or prefix[0] not in "市省区县":
        return bare, []
    table = regions()
    target = plan_region
    if prefix[0] == "省":
        target = table.by_code.get(plan_region.province, plan_region)
    elif prefix[0] == "市" and plan_region.level == "county" and plan_region.parent in table.by_code:
        # A county-level city (天门) calls itself 市; a district's plan (区) refers to its own level.
        target = plan_region
    return target.name + prefix[1:] + dept, [bare]


class AgencyFinder:
    """Department rules for one plan."""

    def __init__(self, plan_region: RegionRef | None) -> None:
        self.plan_region = plan_region

    def find(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        found = []
        for match in _AGENCY.finditer(text):
            s, e = match.span()
            prefix = match.group("prefix") or ""
            if not prefix and match.group("dept") not in (
                "科技部",
                "工信部",
                "财政部",
                "教育部",
                "商务部",
                "农业农村部",
                "生态环境部",
                "科学技术部",
                "科协",
            ):
                continue
            if any(a < e and s < b for a, b in spans):
                continue
            name, aliases = qualify(prefix, match.group("dept"), self.plan_region)
            if prefix and prefix[0] not in "市省区县国中" and regions().resolve(prefix.rstrip("委政府")) is None:
                name, aliases = match.group("dept"), []
                s = match.start("dept")
            found.append(Mention("Agency", name, base + s, base + e, block, {"aliases": aliases}))
            spans.append((s, e))
        for match in _BRANCH.finditer(text):
            found.append(Mention("Agency", match.group(), base + match.start(), base + match.end(), block, {}))
        return found

    @staticmethod
    def responsible_spans(text: str) -> list[tuple[int, int]]:
        """Spans of 责任单位 lists in a paragraph."""
        return [m.span(1) for m in _RESPONSIBLE.finditer(text)]
