"""Projects: named projects, programmes, special projects and engineering works, nothing generic.

Names come from four places plans put them: quoted names ending in 工程/计划/行动/专项 (“科技人才集聚工程”,
“春晓”行动), headings and box items that name one (4.天门纺机智慧工厂建设项目。), ``实施…计划/工程`` in a
heading, and suffix-anchored …项目 in prose with a distinctive body. A counted kind (5个智慧农业科技示范项目)
is a figure, not a name.
"""

from __future__ import annotations

import re

from loaders.normalize import clean_name, han_count
from loaders.rules.common import Mention, clause_start, left_edge
from loaders.rules.organisations import is_generic

_KIND = {
    "项目": "project",
    "工程": "engineering",
    "计划": "programme",
    "行动": "programme",
    "专项": "special",
    "行动计划": "programme",
}
_QUOTED = re.compile(r"“([^“”]{2,24})”(工程|计划|行动|专项|项目)?")
_SUFFIX = re.compile(r"(?:重大专项|专项|重大工程|工程|计划|项目|行动)$")
_IMPLEMENT = re.compile(r"实施([\u4e00-\u9fff“”]{2,14}?(?:计划|工程|行动))(?=[，,。；;、:：]|$)")
_PROJECT_IN_TEXT = re.compile(r"项目")
_GENERIC_PROJECT = re.compile(
    r"^(?:重大|重点|科技|研发|示范|产业化|建设|招商|合作|各类|国家|省级|市级|国家级|省|市|县|区|科研|创新|攻关|"
    r"转化|成果|专项|试点|应用|基础|前沿|产业|工业|农业|技术|关键|核心|共性|引进|新建|在建|续建|拟建|储备|实施|"
    r"计划|工程|民生|公益|社会|投资|融资|平台|人才|团队|高新技术|研究|开发|改造|升级|提升|推广|培育|孵化|服务|"
    r"示范性|标志性|引领性|带动性|优质|优秀|好|大|小|新|一批|若干|以上|相关|有关|其他|全部|部分|年度|十三五|"
    r"十四五|十二五|“|”)+$"
)
_NOT_NAME = re.compile(r"^(?:的|和|与|及|等|为|以|在|对)|[0-9]|个|家|项")
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、]|\(\d{1,2}\))\s*([^。；;：:]{4,60}?(?:项目|工程|专项|计划))(?:[。；;：:]|$)")


def _kind(name: str) -> str:
    for suffix, kind in sorted(_KIND.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(suffix):
            return kind
    return "project"


def _ok(body: str) -> bool:
    core = body.strip("“”")
    return han_count(core) >= 2 and not _GENERIC_PROJECT.match(core) and not is_generic(core)


class ProjectFinder:
    """Project rules over headings, box items and sentences."""

    def in_heading(self, title: str, start: int, block) -> list[Mention]:
        text = re.sub(
            r"^(?:第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+[、.]|\(?\d+\)?[.、]?"
            r"|\([一二三四五六七八九十]+\))\s*",
            "",
            title,
        )
        text = re.sub(r"^实施", "", text).strip("。 ")
        match = re.match(r"^([^，,。；;]{2,30}?(?:专项|重大工程|工程|计划|行动))$", text)
        if match and _ok(_SUFFIX.sub("", match.group(1))) and "“" not in match.group(1):
            name = clean_name(match.group(1))
            return [Mention("Project", name, start, start + len(title), block, {"kind": _kind(name)})]
        return []

    def in_sentence(self, text: str, base: int, block, spans: list[tuple[int, int]]) -> list[Mention]:
        found: list[Mention] = []

        def add(start: int, end: int, name: str) -> None:
            if any(s < end and start < e for s, e in spans):
                return
            found.append(Mention("Project", clean_name(name), base + start, base + end, block, {"kind": _kind(name)}))
            spans.append((start, end))

        item = _ITEM.match(text)
        if item and _ok(_SUFFIX.sub("", item.group(1))):
            name = item.group(1)
            name = re.split(r"[，,]", name)[-1]
            start = text.index(name)
            add(start, start + len(name), name)
        for match in _QUOTED.finditer(text):
            inner, suffix = match.group(1), match.group(2) or ""
            name = inner + suffix
            if not _SUFFIX.search(name) or len(name) > 26:
                continue
            if not suffix and not _ok(_SUFFIX.sub("", inner)):
                continue
            if suffix and han_count(inner) < 2 and not re.search(r"\d", inner):
                continue
            add(match.start(), match.end(), "“" + inner + "”" + suffix if suffix else inner)
        for match in _IMPLEMENT.finditer(text):
            name = match.group(1)
            if "“" in name or not _ok(_SUFFIX.sub("", name)):
                continue
            add(match.start(1), match.end(1), name)
        for match in _PROJECT_IN_TEXT.finditer(text):
            s, e = match.span()
            if text[e : e + 1] in (
                "库",
                "制",
                "化",
                "部",
                "区",
                "组",
                "单",
                "经",
                "资",
                "建",
                "管",
                "申",
                "立",
                "实",
                "的",
                "落",
                "路",
                "招",
                "谋",
                "前",
                "投",
                "储",
                "评",
                "验",
                "审",
                "包",
            ):
                continue
            left = left_edge(text, clause_start(text, s), s, spans)
            body = text[left:s]
            if han_count(body) < 4 or _NOT_NAME.search(body[:1]) or not _ok(body) or len(body) > 40:
                continue
            if re.search(r"(?:\d+|[一二三四五六七八九十两])(?:个|项|批)", text[max(0, left - 4) : left]):
                continue
            add(left, e, text[left:e])
        return found
