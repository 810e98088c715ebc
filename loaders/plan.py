"""The plan itself: title, issuer, document number, date, governed region, period and genre.

Read from the document (title line, issuing notice, signature block, 十三五/十四五 or a year span in the
title); a ``MANIFEST.tsv`` row beside the corpus overrides what it states, since a curator wrote it. What a
web page, PDF or Word file said in its structure and its reader dropped from the text (``<title>``/``<h1>``,
the 成文日期/发布日期/发文字号 lines of a page's metadata block) fills what the text leaves open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.gazetteer import RegionRef, regions
from loaders.segment import DATE_CN, Layout

_FIVE_YEAR = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[(]\s*(\d{4})\s*[〕\])]\s*\d{1,4}\s*号")
_ISO_DATE = re.compile(r"(?:成文日期|生成日期|发布日期|日期|发布时间)\s*:?\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# 发布时间：2026年6月9日上午10:00, under a press conference's or a notice's title
_LABELLED_DATE = re.compile(
    r"(?:成文日期|发布日期|发布时间|印发日期|会议时间)\s*[:：]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
_YEAR_SPAN = re.compile(r"(20\d{2})\s*(?:-|—{1,2}|–|～|~|至)\s*(20\d{2})\s*年")
_ISSUER_TAIL = re.compile(r"(人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|办公厅|局|厅|委)$")
_NOTICE_ISSUER = re.compile(r"^(.{0,20}?(?:人民政府办公室|人民政府办公厅|人民政府|委员会|局|厅))关于印发")


@dataclass
class PlanMeta:
    title: str
    issuer: str | None
    number: str | None
    date: str | None
    region: RegionRef | None
    period_start: int | None
    period_end: int | None
    genre: str
    start: int  # offset of the title line (evidence for the plan)
    end: int
    park: str | None = None  # a park's own plan (株洲高新技术产业开发区…行动计划): the park governs it
    town: str | None = None  # a town government's own report (某某镇人民政府关于…工作总结): the town governs it


def _region_from_title(title: str) -> RegionRef | None:
    table = regions()
    match = table.full.match(title)
    if match:
        return table.resolve(match.group())
    for short, candidates in table.by_short.items():
        if title.startswith(short) and len(candidates) == 1:
            return candidates[0]
    return None


def _period(title: str, text: str, date_year: int | None) -> tuple[int | None, int | None]:
    for name, start in _FIVE_YEAR.items():
        if name in title:
            return start, start + 4
    span = _YEAR_SPAN.search(title) or _YEAR_SPAN.search(text[:3000])
    if span:
        return int(span.group(1)), int(span.group(2))
    years = {"三年": 2, "两年": 1, "五年": 4}
    for word, extra in years.items():
        if word in title and date_year:
            return date_year, date_year + extra
    return (date_year, date_year) if date_year else (None, None)


_PARK_TITLE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}?[省市县区])?([\u4e00-\u9fff]{2,12}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|"
    r"经济开发区|开发区|工业园区|产业园区|新区))"
)


# A town's own government opening the title (钟山县珠塘镇人民政府关于…, 凤溪镇人民政府2025年工作总结)
_TOWN_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}?[市县区])?([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:人民政府|办事处)")


def _town(title: str) -> str | None:
    """The town whose government writes the document: its own things are in the town, not just the county."""
    match = _TOWN_TITLE.match(title)
    return match.group(1) if match else None


def _park(title: str) -> str | None:
    """The park a title opens with (株洲高新技术产业开发区创新驱动…): a park's own plan."""
    match = _PARK_TITLE.match(title)
    return match.group(1) if match else None


_ANY_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")


def _any_date(text: str) -> str | None:
    """2022-09-09 from 2022-09-09, 2022年9月9日, 2022/9/9 or 2022.09.09 (a page's metadata value)."""
    match = _ANY_DATE.search(text)
    if not match:
        return None
    y, m, d = (int(g) for g in match.groups())
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None


def _genre(title: str) -> str:
    if "五" in title and "规划" in title:
        return "five-year-plan"
    if re.search(r"行动方案|行动计划|实施方案", title):
        return "action-plan"
    if "规划" in title or "纲要" in title:
        return "plan"
    return "other"


def read_plan_meta(layout: Layout) -> PlanMeta:
    """Document-level facts from the front matter; the manifest row, when present, wins."""
    doc = layout.doc
    structure = doc.file_meta
    front_text = "\n".join(line.text for line in layout.front)
    title = layout.title.text if layout.title else (layout.notice_title or structure.get("title") or doc.path.stem)
    start, end = (layout.title.start, layout.title.end) if layout.title else (0, 0)

    number = None
    match = _DOC_NUMBER.search(front_text)
    if match:
        number = re.sub(r"\s+", "", match.group()).replace("[", "〔").replace("]", "〕")

    date = issuer = None
    for i, line in enumerate(layout.front):
        found = DATE_CN.fullmatch(line.text.replace(" ", ""))
        if found:
            y, m, d = (int(g) for g in found.groups())
            date = f"{y:04d}-{m:02d}-{d:02d}"
            if i and _ISSUER_TAIL.search(layout.front[i - 1].text) and len(layout.front[i - 1].text) <= 30:
                issuer = layout.front[i - 1].text.replace(" ", "")
    if date is None:
        iso = _ISO_DATE.search(front_text)
        if iso:
            y, m, d = (int(g) for g in iso.groups())
            date = f"{y:04d}-{m:02d}-{d:02d}"
    if date is None:
        # the lines under the title (a press conference's 发布时间) are body to segmentation, but still the plan's
        below = layout.folded[end : end + 400] if layout.title else ""
        labelled = _LABELLED_DATE.search(front_text) or _LABELLED_DATE.search(below)
        if labelled:
            y, m, d = (int(g) for g in labelled.groups())
            date = f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else None
    if date is None:
        date = next((d for key in ("written", "published") if (d := _any_date(structure.get(key, "")))), None)
    if number is None and structure.get("doc_number"):
        match = _DOC_NUMBER.search(structure["doc_number"])
        number = re.sub(r"\s+", "", match.group()).replace("[", "〔").replace("]", "〕") if match else None

    region = _region_from_title(title)
    if issuer is None and structure.get("issuer") and _ISSUER_TAIL.search(structure["issuer"]):
        issuer = structure["issuer"]
    if issuer is None:
        for line in layout.front:
            notice = _NOTICE_ISSUER.match(line.text)
            if notice:
                issuer = notice.group(1)
                if issuer.startswith(("市", "区", "县", "省")) and region is not None:
                    issuer = region.name + issuer[1:]
                break
    period_start, period_end = _period(title, layout.folded, int(date[:4]) if date else None)

    manifest = doc.manifest
    if manifest.get("title"):
        title = manifest["title"]
    issuer = manifest.get("issuer", issuer)
    number = manifest.get("doc_number", number)
    date = manifest.get("issued", date)
    if manifest.get("region_code"):
        region = regions().by_code.get(manifest["region_code"], region)
    if manifest.get("period_start", "").isdigit():
        period_start = int(manifest["period_start"])
    if manifest.get("period_end", "").isdigit():
        period_end = int(manifest["period_end"])
    genre = manifest.get("genre") or _genre(title)
    return PlanMeta(
        title=title,
        issuer=issuer,
        number=number,
        date=date,
        region=region,
        period_start=period_start,
        period_end=period_end,
        genre=genre,
        start=start,
        end=end,
        park=_park(title),
        town=_town(title),
    )
