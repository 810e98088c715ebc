"""A decoded plan -> its layout: front matter, title, section tree, paragraphs, sentences and tables.

Plans arrive as web-page text: navigation lines and the issuing notice above the title, a table of
contents, headings in several numbering styles (第一部分, 一、, （一）, 1、, 1., （1）, 专栏), and tables flattened
to one cell per line. This module undoes that, keeping character offsets into the original text throughout.

Headings are recognised by their numbering, and placed by a stack of numbering styles in the order the
document introduces them, so one document may nest 1. under （一） and another （1） under 1、. A numbered
line only counts as a heading when its number continues its level (the next sibling) or starts a new level
at one; otherwise it is a list item inside a paragraph. Inside a 专栏 box, numbered items are the box's own
list, not headings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from loaders.corpus import Document
from loaders.normalize import fold
from loaders.numbers import cn_int

# Heading and list numbering, written once: the layout reads headings with these, and the rules strip them from
# titles and list items (HEADING_MARK, ITEM_MARK) instead of keeping their own copies.
_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUMBERING: dict[str, str] = {  # style -> its marker; the one group is the number
    "part": rf"第([{_CN}]+)(?:部分|章|篇)",
    "cn、": rf"([{_CN}]+)\s*[、.]",
    "(cn)": rf"\(([{_CN}]+)\)",
    "n、": r"(\d{1,2})\s*、",
    "n.": r"(\d{1,2})\.(?!\d)",
    "(n)": r"\((\d{1,2})\)",
    "circled": rf"([{_CIRCLED}])",
    "article": rf"第([{_CN}]+)条",  # 第四条 共建创新平台: an agreement's or rules' article
}
HEADING_STYLES: list[tuple[str, re.Pattern[str]]] = [
    (style, re.compile(rf"^{marker}\s*")) for style, marker in _NUMBERING.items()
]
BOX = re.compile(r"^专栏\s*(\d{1,2})?")
# The subject line of a proposal or motion (案由：关于…的提案): the title of all that follows, up to the next one.
_SUBJECT = re.compile(r"^(?:案\s*由|议\s*题)\s*[：:]\s*(关于.{4,})$")


def _markers(*styles: str) -> str:
    """The markers of ``styles`` as one alternation, their number groups made non-capturing."""
    return "|".join(re.sub(r"(?<!\\)\((?!\?)", "(?:", _NUMBERING[s]) for s in styles)


# A heading's number or a box's label at the start of a title (第三章, 一、, (二), 1., 专栏3), set aside
# before the rules read the title's words.
HEADING_MARK = re.compile(rf"^(?:{_markers(*_NUMBERING)}|第[{_CN}]+节|专栏\s*\d*)\s*")
# A list item's number (1、 1. (1)) at the start of a line inside a paragraph.
ITEM_MARK = re.compile(rf"^\s*(?:{_markers('n、', 'n.', '(n)')})\s*")
_TITLE_END = re.compile(r"[。；;:：!！?？]")
# one whole sentence with a comma (or a list's 、) and a figure in it (到2025年，高新技术企业达到300家。)
_FIGURED_SENTENCE = re.compile(r"(?=[^。；;:：]*[，,、])(?=[^。；;:：]*\d)[^。；;:：]+[。；;]")
_SENTENCE_END = re.compile(r"[。！？；!?;]+|\n")

# Front matter: lines of the web page and of the issuing notice, never part of the plan body.
_NAV = re.compile(
    r"当前位置|首页\s*[/>]|发布时间|信息来源|来源\s*:|字号|分享|索引号|主题分类|发布机构|生成日期|效力状态|"
    r"^文\s*号|语音\s*:|打印本页|关闭窗口|扫一扫|浏览次数|【\s*[大中小]\s*】|^\[?\s*[大中小]\s*\]?$|"
    r"友情链接|版权所有|主办单位|便民热线|网站标识码|ICP备|公网安备|技术支持|网站地图|联系我们|^\[?打印\]?|^\[?关闭\]?"
)
_TOC_LINE = re.compile(r"(…{2,}|\.{4,}|·{4,})\s*\(?\d*\)?\s*$")
# The leaders one of which a contents line holds (what _TOC_LINE needs before its end).
_TOC_LEADERS = ("……", "....", "····")
_TOC_HEAD = re.compile(r"^目\s*录$")
_TITLE_WORDS = re.compile(r"规划|方案|计划|纲要|意见|办法|行动|报告|要点|措施|指南")
_NOTICE = re.compile(r"关于印发(.+?)的通知")
DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _issuing_notice(text: str) -> re.Match[str] | None:
    """The notice a line issues the plan with (某某市人民政府关于印发《…》的通知), not one it cites: a list's
    item or a title in 《》 (（一）《某某市人民政府关于印发…的通知》（…〔2024〕18号）；) names a document the text
    rests on."""
    match = _NOTICE.search(text)
    if match is None or "《" in text[: match.start()] or HEADING_MARK.match(text) or ITEM_MARK.match(text):
        return None
    return match


@dataclass(frozen=True)
class Line:
    """A non-empty line: span of its stripped text in the document, and the folded text."""

    start: int
    end: int
    text: str
    tabs: int = 0  # TABs before the text: the blank cells a table row opens with


@dataclass(frozen=True)
class Heading:
    style: str
    number: int
    title: str
    start: int
    end: int
    path: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """A paragraph (or a run-in heading's line): span, folded text, and the section path it sits in."""

    start: int
    end: int
    text: str
    path: tuple[str, ...]

    @cached_property
    def section(self) -> str:  # asked for every piece of evidence a block's mentions give
        return " > ".join(self.path)

    def sentences(self) -> Iterator[tuple[int, int, str]]:
        """``(start, end, text)`` of each sentence, split at 。！？； with offsets in the document."""
        pos = 0
        for match in _SENTENCE_END.finditer(self.text):
            if match.end() > pos and self.text[pos : match.end()].strip():
                yield self.start + pos, self.start + match.end(), self.text[pos : match.end()]
            pos = match.end()
        if self.text[pos:].strip():
            yield self.start + pos, self.end, self.text[pos:]


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass
class TableRow:
    serial: int
    name: Cell
    cells: list[Cell]
    category: str = ""


@dataclass
class Table:
    """A flattened table rebuilt into rows: title, header cells, and numbered rows."""

    title: str
    start: int
    end: int
    path: tuple[str, ...]
    header: list[Cell]
    rows: list[TableRow] = field(default_factory=list)

    @property
    def section(self) -> str:
        return " > ".join(self.path)


@dataclass
class Grid:
    """A table flattened from PDF or Word with its cells on one line each row (tabs or runs of spaces between).

    ``header`` is the first row when it reads as column names (产业链, 链主企业, 所在地, 指标 …), else empty.
    """

    title: str
    start: int
    end: int
    path: tuple[str, ...]
    header: list[Cell]
    rows: list[list[Cell]] = field(default_factory=list)
    # the group label over each row (（一）稀土新材料产业链（18个）, a line of its own between the rows), or None
    groups: list[Cell | None] = field(default_factory=list)
    # the label a row's group sits under when labels nest (一、振兴区 over （一）续建项目), or None
    outers: list[Cell | None] = field(default_factory=list)

    @property
    def section(self) -> str:
        return " > ".join(self.path)


@dataclass
class Layout:
    """Everything segmentation found in one document."""

    doc: Document
    folded: str
    front: list[Line]
    title: Line | None
    notice_title: str | None
    headings: list[Heading]
    blocks: list[Block]
    tables: list[Table]
    tail: list[Line] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    annex_start: int | None = None  # where an attachment's headings restarted (一、 after 附件2), if one did
    _starts: list[int] = field(default_factory=list, repr=False)

    def section_at(self, offset: int) -> str:
        """The section path of the heading that governs ``offset``."""
        if not self._starts:
            self._starts = [h.start for h in self.headings]
        i = bisect.bisect_right(self._starts, offset) - 1
        return " > ".join(self.headings[i].path) if i >= 0 else ""


def split_lines(folded: str) -> list[Line]:
    """Non-empty lines with the span of their stripped text."""
    lines = []
    pos = 0
    for raw in folded.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            tabs = len(raw) - len(raw.lstrip("\t"))
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped, tabs))
        pos += len(raw) + 1
    return lines


def _is_toc_line(text: str) -> bool:
    """``_TOC_LINE.search(text)``, asked only of lines holding a leader: every body line is asked, and the
    pattern alone was tried at each position of long paragraphs (a third of segmentation's time)."""
    return any(leader in text for leader in _TOC_LEADERS) and _TOC_LINE.search(text) is not None


def _is_nav(text: str) -> bool:
    """Web-page furniture (navigation, share buttons, metadata) is short; body sentences are not."""
    return len(text) <= 60 and bool(_NAV.search(text))


def _toc_headings(lines: list[Line]) -> dict[str, str]:
    """Titles listed in a table of contents, mapped to their numbering marker (``发展目标`` -> ``(三)``).

    Some plans print a heading without its number in the body; the contents still number it.
    """
    out: dict[str, str] = {}
    for line in lines:
        if not _is_toc_line(line.text):
            continue
        entry = _TOC_LINE.sub("", line.text).strip()
        found = _match_heading(entry)
        if found:
            out[entry[found[2] :].strip()] = entry[: found[2]].strip()
    return out


def _is_title(text: str) -> bool:
    return (
        len(text) <= 60
        and bool(_TITLE_WORDS.search(text))
        and not text.startswith(("关于", "各", "现将", "为", "根据", "《", "(", "附件"))
        and "通知" not in text
        and not text.endswith(("。", "：", ":", "，"))
        and not re.search(r"[。？?！!]", text)  # a reporter's question (…企业。请问…？) is a sentence, not a title
        and not _is_nav(text)
        and "/" not in text
        and not any(p.match(text) for _, p in HEADING_STYLES)
    )


def _drop_contents(lines: list[Line]) -> list[Line]:
    """Drop 目录 and the contents listed after it without page numbers: the short lines up to where the body
    repeats the first of them (目录 / 前言 / 一、… / … / 前言 again). Contents the body never repeats stay."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if not _TOC_HEAD.match(lines[i].text):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        first = lines[j].text.replace(" ", "") if j < len(lines) else None
        while j < len(lines) and len(lines[j].text) <= 40 and not lines[j].text.endswith("。"):
            if j > i + 1 and lines[j].text.replace(" ", "") == first:
                break  # the body begins: its first heading repeats the contents' first entry
            j += 1
        repeated = j > i + 1 and j < len(lines) and lines[j].text.replace(" ", "") == first
        i = j if repeated else i + 1
    return out


# A note set between a table's caption and its header (说明：…, 注：…)
_TABLE_NOTE = re.compile(r"^\s*(?:说明|注|备注)\s*[0-9.]*\s*[：:]")
# 达市经信[2027]21号: the document number under a notice's title, the last line of its letterhead
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[\[〔(（]\s*(?:19|20)\d\d\s*[\]〕)）]\s*\d{1,4}\s*号$")
# 第一条 合作宗旨: an article of rules or of an agreement, which opens a body as a chapter does
_ARTICLE = re.compile(rf"^第[{_CN}]+条(?:\s|$)")


def _front_matter(lines: list[Line]) -> tuple[int, Line | None, str | None]:
    """Index of the first body line, the title line, and the title named in an issuing notice."""
    notice = None
    for line in lines[:80]:
        match = _issuing_notice(line.text)
        if match:
            notice = match.group(1).strip('《》“”" ')
            break
    # The title is the last title-like line before the first heading of the body (TOC lines excluded).
    title_index = None
    for i, line in enumerate(lines[:120]):
        if _is_toc_line(line.text) or _TOC_HEAD.match(line.text.replace(" ", "")):
            continue
        if any(p.match(line.text) for _, p in HEADING_STYLES[:2]) or _ARTICLE.match(line.text):
            break  # the body has begun; a title-like line further on is a caption or a heading's words
        if _is_title(line.text):
            title_index = i
    if title_index is not None:
        return _table_before(lines, title_index), lines[title_index], notice
    # No title line: the body starts after the last navigation or notice line near the top.
    start = 0
    for i, line in enumerate(lines[:40]):
        if (any(p.match(line.text) for _, p in HEADING_STYLES[:2]) or _ARTICLE.match(line.text)) and (
            len(line.text) <= 20 and not re.search(r"[。；;]", line.text)
        ):
            # a notice with sections of its own (一、总体情况 over paragraphs): its signature's date further on ends no
            # front matter, where a notice of numbered requests (一、本年度…。二、项目申报…) covers its attachment
            break
        if len(line.text) > 60 and line.text.endswith("。") and not any("通知" in x.text for x in lines[:i]):
            # a paragraph of a text that is no notice covering its attachments (…的决定): the text is the body, and
            # a date further on is its signature's, not the page's
            break
        if (
            _is_nav(line.text)
            or _issuing_notice(line.text)
            or DATE_CN.fullmatch(line.text)
            or _DOC_NUMBER.match(line.text)
        ):
            start = i + 1
    return start, None, notice


def _table_before(lines: list[Line], title_index: int) -> int:
    """Where the body starts for a plan titled at ``title_index``: after the title, unless a flattened table
    comes before it. A notice that publishes a roster (…认定名单的公示, 附件1 the firms, 附件2 the plan) puts
    its title late; a page's furniture and an issuing notice hold no table, so the roster and its caption are
    body, not front matter."""
    for i in range(title_index):
        end = _grid_end(lines, i)
        if end > i and not any(_NAV.search(line.text) for line in lines[i:end]):  # 发布时间 … 来源 … is the page's
            caption = i > 0 and len(lines[i - 1].text) <= 60 and not _NOTICE.search(lines[i - 1].text)
            return i - 1 if caption else i
    return title_index + 1


def _heading_title(rest: str) -> str:
    match = _TITLE_END.search(rest)
    title = rest[: match.start()] if match and match.start() <= 40 else rest[:40]
    if match and _STAGE_TITLE.fullmatch(title.strip()) and match.group().strip() in ("：", ":"):
        # （二）中游：新型显示: where in the chain, then the link the section is on; the title holds both
        after = _TITLE_END.search(rest, match.end())
        whole = rest[: after.start()] if after else rest
        if len(whole) <= 24:
            title = whole
    return title.strip()


_STAGE = r"(?:上游|中游|下游|前端|中端|后端)(?:环节)?"
_STAGE_TITLE = re.compile(_STAGE)
# （二）中游：新型显示 read as a heading: the stage and colon before the link the section is on (the rules strip it)
STAGE_LEAD = re.compile(rf"^{_STAGE}[：:]\s*(?=[\u4e00-\u9fff]{{2}})")


def _match_heading(text: str) -> tuple[str, int, int] | None:
    """``(style, number, marker_length)`` when the line starts with a heading number."""
    for style, pattern in HEADING_STYLES:
        match = pattern.match(text)
        if match:
            token = match.group(1)
            number = _CIRCLED.index(token) + 1 if style == "circled" else cn_int(token)
            if match.end() >= len(text):  # a bare number is a table cell, not a heading
                return None
            return style, number, match.end()
    return None


_GRID_GAP = re.compile(r" *\t *| {2,}| *[|｜] *")  # (a converter's pipes: 序号|项目名称|承担单位)
_ONE_CELL_GAP = re.compile(r"[\t|｜]")  # a TAB or a pipe closes one cell: two in a row hold an empty one
# Some tables set their cells apart by one (full-width) space (序号　企业名称　所在功能区): read so only from a
# header row of column names on, since a single space also stands between words of a title.
_SPACE_GAP = re.compile(r" +")
_HEADER_WORDS = re.compile(
    r"序号|名称|指标|单位|产业链|链主|企业|平台|地点|属地|目标|项目|类别|领域|环节|基期|现状|属性|备注|责任|载体|建设|"
    r"牵头|部门|事项|高校|主体|时限|^县市区$|^区县$|^县区$|^县[（(]市[、，]?区?[）)]区?$|增速$|所在|"
    r"岗位|人数|学历|薪酬|专业|数量$|年份$|金额|"  # a demand directory's columns (岗位 | 人数 | 学历 | 薪酬)
    r"^园区$|^行业$|方向$|[（(](?:家|个|项|件|人|%|亿元|万元)(?:/[^）)]{1,4})?[）)]$"  # a column of figures: its unit
    r"|^(?:乡)?镇(?:[（(]街道[）)])?$|^镇街$"  # (镇（街道）: a table of towns, as 县（市、区） one of counties)
    r"|^(?:19|20)\d{2}年(?:度)?$"  # 指标 | 单位 | 2021年 | … | 2025年: a year's column
)


def grid_cells(line: Line, gaps: re.Pattern[str] = _GRID_GAP) -> list[Cell]:
    """The cells of a grid row: the line split at tabs, pipes or runs of two or more spaces, with offsets.

    Each TAB (or pipe) separates two cells, so two in a row hold an empty cell between them and the cells after it
    stay under their columns (a PDF or Word table's blank cell); runs of spaces are one gap. A table whose
    header row is split by single spaces is read with ``gaps`` = :data:`_SPACE_GAP`.
    """
    cells = []
    pos = 0
    after_tab = False  # the gap before this cell was a TAB
    # Every gap of _GRID_GAP holds a TAB, two spaces or a pipe. Most lines (whole paragraphs) hold none and are not
    # scanned: the pattern may start with spaces, so ``re`` tried it at every position of every body line.
    none = gaps is _GRID_GAP and "\t" not in line.text and "  " not in line.text and "|" not in line.text
    none = none and "｜" not in line.text
    for gap in [*(() if none else gaps.finditer(line.text)), None]:
        end = gap.start() if gap else len(line.text)
        text = line.text[pos:end].strip()
        if text or (after_tab and gap is not None and _ONE_CELL_GAP.search(gap.group())):
            lead = len(line.text[pos:end]) - len(line.text[pos:end].lstrip())
            cells.append(Cell(line.start + pos + lead, line.start + pos + lead + len(text), text))
        after_tab = gap is not None and _ONE_CELL_GAP.search(gap.group()) is not None
        pos = gap.end() if gap else pos
    return cells


def _grid_gaps(line: Line) -> re.Pattern[str]:
    """How the grid that may start at ``line`` sets its cells apart: runs of spaces or TABs, or single spaces
    when the line is a header of three or more column names so set (序号 企业名称 所属产业链 所在功能区)."""
    if " " not in line.text or len(line.text) > 80 or len(grid_cells(line)) >= 3:
        return _GRID_GAP  # most lines hold no space: nothing to split twice
    cells = grid_cells(line, _SPACE_GAP)
    named = sum(bool(_HEADER_WORDS.search(c.text)) for c in cells)
    if len(cells) >= 3 and named >= max(3, (len(cells) + 1) // 2) and all(len(c.text) <= 12 for c in cells):
        return _SPACE_GAP
    return _GRID_GAP


def _grid_end(lines: list[Line], i: int, gaps: re.Pattern[str] = _GRID_GAP) -> int:
    """End index (exclusive) of a grid starting at ``i`` (two or more rows of three or more cells), else ``i``."""
    j = i
    first = grid_cells(lines[i], gaps) if i < len(lines) else []
    width = len(first)
    # 行业 | 比上年增长（%）: a communique's two columns, a sector and its growth, under a header that says so
    narrow = width == 2 and GROWTH_HEAD.fullmatch(first[1].text) is not None
    if width < 3 and not narrow:
        return i  # the first row has fewer than three cells (most lines: one): no grid starts here
    while j < len(lines):
        count = len(grid_cells(lines[j], gaps))
        if j > i and not narrow:
            # 		新认定高新技术企业数量	≥50家: a row under a tier left blank, its empty cells written as TABs
            count += lines[j].tabs
        if count == 2 if narrow else count >= 3:
            j += 1
        elif j > i and j + 1 < len(lines) and _is_group_row(lines[j].text, grid_cells(lines[j + 1], gaps), width):
            j += 1  # 一、实验室 between the rows: a group of the same table, not a heading of the plan
        elif j > i and _TOTAL_ROW.match(lines[j].text):
            j += 1  # 小计    2060: a group's subtotal, its empty cells gone with the spaces that set them apart
        else:
            break
    return j if j - i >= 2 else i


# A column of growth rates: 增长（%）, 比上年增长（%）, 同比增速（%） (read by the table target rule too).
GROWTH_HEAD = re.compile(r"(?:比上年|同比)?(?:增长|增速)(?:率)?\s*[(（]%[)）]")


def _is_group_row(text: str, following: list[Cell], width: int) -> bool:
    """A short label between a table's rows, the rows after it as wide and no new header (表2 … starts a table)."""
    # 一	创新投入: the group's number in the serial column, its label in the next, is a numbered label
    text = _TABBED_GROUP.sub(r"\1、", text)
    # A numbered group label may be longer (二、新能源与智能电网装备产业链（6个）); a plain one is a few words.
    limit = 28 if _GROUP_NUMBER.match(text) else 16
    # (二、特色农产品展馆汉中展区（参展企业26家，列出重点企业）: an aside after the label, a count or a note, is not
    # measured with it)
    core = re.sub(r"[（(][^（）()\t]{1,20}[）)]$", "", text)
    if len(core) > limit or "\t" in text or re.search(r"[。；，,：:]$", text) or _TABLE_TITLE.match(text):
        return False
    header_like = sum(bool(_HEADER_WORDS.search(c.text)) for c in following) >= max(2, len(following) // 2)
    return len(following) == width and not header_like


_GROUP_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_GROUP_TOP = re.compile(r"^[一二三四五六七八九十]+、")
_TABBED_GROUP = re.compile(r"^\s*([一二三四五六七八九十]+)\t+(?=\S)")
_TOTAL_ROW = re.compile(r"\s*(?:小计|合计|总计|共计)(?:[\s|｜]|$)")
# （18个）, （6家）after a group's or a heading's name: how many things its list holds
GROUP_COUNT = re.compile(r"[（(]\s*(?:共|计)?\s*\d+\s*[个项家条所户]\s*[）)]\s*$")
_ANNEX = re.compile(r"附件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?")
_TABLE_TITLE = re.compile(r"^(?:附表|附件|表|专栏)\s*[\d一二三四五六七八九十]")


def _group_label(line: Line | Cell) -> Cell | None:
    """The group a label line between rows names (二、重点研发计划（36项） -> 重点研发计划), with its offsets."""
    text = GROUP_COUNT.sub("", _GROUP_NUMBER.sub("", _TABBED_GROUP.sub("", line.text).strip()))
    if not text:
        return None
    lead = line.start + line.text.index(text)
    return Cell(lead, lead + len(text), text)


def _build_grid(lines: list[Line], title: str, path: tuple[str, ...], gaps: re.Pattern[str] = _GRID_GAP) -> Grid:
    rows: list[list[Cell]] = []
    labels: list[Cell | None] = []
    outers: list[Cell | None] = []
    label: Cell | None = None
    outer: Cell | None = None  # a first-level label (一、振兴区) over second-level ones (（一）续建项目)
    narrow = bool(lines) and len(grid_cells(lines[0], gaps)) == 2  # a sector and its growth (_grid_end)
    for line in lines:
        cells = grid_cells(line, gaps)
        if line.tabs and len(rows) >= 2 and not narrow and len(cells) + line.tabs <= len(rows[-1]):
            # A row under cells merged down (产业链 | 链长 | 链主企业 over several firms), its blanks written as
            # TABs before 某某有限公司 | 市市场监管局, is the row above's in those columns
            cells = rows[-1][: line.tabs] + cells
        if (len(cells) == 2 if narrow else len(cells) >= 3) and not _label_row(cells):
            rows.append(cells)
            labels.append(label)
            outers.append(outer if outer is not label else None)
        elif line.text.strip() and not _TOTAL_ROW.match(line.text):  # 一、实验室: the group of the rows after it
            labelled = cells[0] if cells and _label_row(cells) else line
            label = _group_label(labelled)
            if _GROUP_TOP.match(labelled.text.strip()):
                outer = label
            elif not _GROUP_NUMBER.match(labelled.text.strip()):
                outer = None
    first = rows[0]
    # A bare number in the first row is a serial (a data row), unless it is a year column's head (2020, 2025).
    is_header = sum(bool(_HEADER_WORDS.search(c.text)) for c in first) >= max(2, len(first) // 2) and not any(
        re.fullmatch(r"\d+", c.text) and not re.fullmatch(r"(?:19|20)\d{2}", c.text) for c in first
    )
    header = first if is_header else []
    body = rows[1:] if is_header else rows
    groups = labels[1:] if is_header else labels
    outers = outers[1:] if is_header else outers
    if header and body:
        header = _split_header(header, body)
        body = [_split_row(row, len(header)) for row in body]
    return Grid(title, lines[0].start, lines[-1].end, path, header, body, groups, outers)


def _label_row(cells: list[Cell]) -> bool:
    """一、振兴区（9个）| 130600 | 51700: a group's label in the serial column with the group's totals after it is the
    label of the rows under it, no row of its own."""
    return (
        len(cells) >= 2
        and _GROUP_NUMBER.match(cells[0].text) is not None
        and _GROUP_NUMBER.match(cells[0].text).end() < len(cells[0].text)
        and all(not c.text or _is_number(c.text) for c in cells[1:])
    )


# 项目名称：某某关键技术研究；承担单位：某某有限公司；所在县（市、区）：顺庆区: a row written as labelled fields
_FIELD = re.compile(r"([^：:；;，,。\s]{2,12})[：:]([^；;]+?)(?=[；;]|。?$)")


def _record(line: Line) -> tuple[list[Cell], list[Cell]] | None:
    """The labels and values of a line of three or more labelled fields, most labels column names, else None."""
    if "；" not in line.text and ";" not in line.text:
        return None  # most lines: no list of fields
    fields = list(_FIELD.finditer(line.text))
    covered = sum(len(m.group()) for m in fields)
    named = sum(bool(_HEADER_WORDS.search(m.group(1))) for m in fields)
    if len(fields) < 3 or named < max(2, (len(fields) + 1) // 2) or covered < 0.8 * len(line.text.rstrip("。")):
        return None
    labels = [Cell(line.start + m.start(1), line.start + m.end(1), m.group(1)) for m in fields]
    values = [Cell(line.start + m.start(2), line.start + m.end(2), m.group(2).strip()) for m in fields]
    return labels, values


def _record_grid(lines: list[Line], i: int, title: str, path: tuple[str, ...]) -> tuple[Grid, int] | None:
    """Lines of labelled fields with the same labels (a list a converter wrote record by record) as a grid: the
    labels of the first are its header, and group labels between them (一、重点研发计划) group the rows."""
    first = _record(lines[i])
    if first is None:
        return None
    labels = [c.text for c in first[0]]
    rows, groups, label, j = [first[1]], [None], None, i + 1
    while j < len(lines):
        record = _record(lines[j])
        if record is not None and [c.text for c in record[0]] == labels:
            rows.append(record[1])
            groups.append(label)
        elif len(lines[j].text) <= 28 and not re.search(r"[：:；;。]", lines[j].text) and j + 1 < len(lines):
            label = _group_label(lines[j])
        else:
            break
        j += 1
    while j > i + 1 and _record(lines[j - 1]) is None:
        j -= 1  # a group label after the last record is the text's
    if len(rows) < 2:
        return None
    return Grid(title, lines[i].start, lines[j - 1].end, path, first[0], rows, groups), j


def _column_grid(lines: list[Line], i: int, title: str, path: tuple[str, ...]) -> tuple[Grid, int] | None:
    """A table a PDF reader wrote one cell a line (序号, 项目名称, 承担单位, … then 1, its cells, 2, …) as a grid: the
    column names up to the first serial are the header, and each row runs from its serial to the next. A row that
    lost a blank cell (its width short of the header's) is left out, as are subtotals (小计 and its figures);
    a short line before a serial (二、重点研发计划) labels the rows after it."""
    if lines[i].text != "序号":
        return None
    h = i + 1
    while h < len(lines) and len(lines[h].text) <= 16 and _HEADER_WORDS.search(lines[h].text):
        h += 1  # (a column name holds no digit: 资助金额（万元）, 县（市、区）)
    width = h - i
    if width < 3 or "1" not in (line.text for line in lines[h : h + 2]):
        return None  # the first row (or a group label, then it) right under the column names
    header = [Cell(line.start, line.end, line.text) for line in lines[i:h]]
    rows: list[list[Cell]] = []
    groups: list[Cell | None] = []
    label: Cell | None = None
    k, expected = h, 1
    while k < len(lines):
        if lines[k].text == str(expected):
            nxt = str(expected + 1)
            end = k + width
            serials = [j for j in range(k + 1, min(len(lines), end + width)) if lines[j].text == nxt]
            # the row is whole when the next row, a subtotal or a group label follows it, or no next row does (the
            # table ends); a serial inside it means a blank cell was lost (a cell may read as the serial: 30万元)
            follows = end >= len(lines) or lines[end].text == nxt or _TOTAL_ROW.match(lines[end].text) is not None
            labelled = end + 1 < len(lines) and lines[end + 1].text == nxt and not _is_number(lines[end].text)
            if end <= len(lines) and (follows or labelled or not serials):
                rows.append([Cell(line.start, line.end, line.text) for line in lines[k:end]])
                groups.append(label)
            else:
                end = serials[0] if serials else len(lines)  # the row is left out
            k, expected = end, expected + 1
            continue
        if _TOTAL_ROW.match(lines[k].text):
            k += 1
            while k < len(lines) and _is_number(lines[k].text):
                k += 1  # 小计, 2060: the group's total
            continue
        following = lines[k + 1].text if k + 1 < len(lines) else ""
        if len(lines[k].text) <= 28 and not _is_number(lines[k].text) and following == str(expected):
            label = _group_label(lines[k])
            k += 1
            continue
        break
    if len(rows) < 2:
        return None
    return Grid(title, lines[i].start, lines[k - 1].end, path, header, rows, groups), k


def _split_row(row: list[Cell], width: int) -> list[Cell]:
    """经济规模　地区生产总值增速 as one cell of a row narrower than its header: the words on either side of a
    single space, both Chinese, are two cells (only when that makes the row exactly as wide as the header)."""
    missing = width - len(row)
    if missing <= 0:
        return row
    out: list[Cell] = []
    for cell in row:
        part = re.fullmatch(r"([\u4e00-\u9fff]+) ([\u4e00-\u9fff（）()]+)", cell.text) if missing else None
        if part is None:
            out.append(cell)
            continue
        out += [
            Cell(cell.start, cell.start + part.end(1), part.group(1)),
            Cell(cell.start + part.start(2), cell.end, part.group(2)),
        ]
        missing -= 1
    return out if missing == 0 else row


def _split_header(header: list[Cell], rows: list[list[Cell]]) -> list[Cell]:
    """序号　指标名称 as one header cell over two columns (a full-width space where the rows have a run): when
    every row is as much wider than the header as single spaces split its cells into column names, split them."""
    widths = {len(r) for r in rows}
    if len(widths) != 1 or (width := widths.pop()) <= len(header):
        return header
    split: list[Cell] = []
    for cell in header:
        parts = list(re.finditer(r"\S+", cell.text))
        if len(parts) > 1 and all(_HEADER_WORDS.search(p.group()) for p in parts):
            split += [Cell(cell.start + p.start(), cell.start + p.end(), p.group()) for p in parts]
        else:
            split.append(cell)
    return split if len(split) == width else header


_MEASURED_ROWS = re.compile(r"行业|行业名称|产品|产品名称|主要产品")
_GROWTH_OR_AMOUNT = re.compile(r"比上年|增长|增速|产量")


def grid_as_table(grid: Grid) -> Table | None:
    """An indicator grid (a 指标 column and figures) as a :class:`Table`, so the table target rule reads it."""
    names = [c.text for c in grid.header]
    # The indicator names' column: 指标名称 first, else a 指标 column that is not the indicators' kind or group.
    col = next((k for k, n in enumerate(names) if "指标" in n and "名称" in n), None)
    if col is None:
        col = next((k for k, n in enumerate(names) if "指标" in n and not re.search("属性|分类|类别", n)), None)
    figures = ("年", "目标", "基期", "现状")
    if col is None:
        # 行业 | 比上年增长（%）, 产品名称 | 单位 | 产量 | 比上年增长（%）: a communique's table of sectors or products,
        # each row a measure of its own, with a growth or amount column
        col = next((k for k, n in enumerate(names) if _MEASURED_ROWS.fullmatch(n)), None)
        if col is not None and any(_GROWTH_OR_AMOUNT.search(n) for n in names[col + 1 :]):
            figures = ()
        else:
            col = None
    if col is None or (
        figures and not any(any(w in n for w in figures) or re.fullmatch(r"(?:19|20)\d{2}", n) for n in names)
    ):
        return None
    rows = []
    for index, row in enumerate(grid.rows, 1):
        if len(row) <= col:
            continue
        serial = int(row[0].text) if col > 0 and row[0].text.isdigit() else index
        rows.append(TableRow(serial=serial, name=row[col], cells=row[col + 1 :]))
    return Table(grid.title, grid.start, grid.end, grid.path, grid.header[col + 1 :], rows)


UNIT_WORDS = frozenset({"%", "万元", "亿元", "元", "家", "个", "件", "项", "人", "名", "篇", "所", "座", "倍"})
_NUMERIC = re.compile(r"^[<>≥≤约近超]*[-+]?\d+(?:\.\d+)?\s*%?$")
_YEARISH = re.compile(r"\d{4}")


def _is_cell(line: Line) -> bool:
    return len(line.text) <= 40 and not line.text.endswith(("。", "；")) and "，" not in line.text[:-1]


def _is_number(text: str) -> bool:
    return bool(_NUMERIC.match(text.replace(",", "").strip()))


def _table_end(lines: list[Line], i: int) -> int:
    """End index (exclusive) of a flattened table starting at ``i``, or ``i`` if none starts there."""
    j = i
    numeric = 0
    while j < len(lines) and _is_cell(lines[j]) and (j == i or not _match_heading(lines[j].text)):
        numeric += _is_number(lines[j].text)
        j += 1
    if j - i < 8 or numeric < 4:
        return i
    # A table needs row serials: a "1" cell followed later by "2".
    texts = [line.text for line in lines[i:j]]
    if "1" not in texts or "2" not in texts[texts.index("1") :]:
        return i
    return j


def _rebuild_rows(cells: list[Line]) -> tuple[list[Cell], list[TableRow]]:
    """Split a table's cells into header cells and numbered rows (serial, name, value cells)."""
    as_cells = [Cell(c.start, c.end, c.text) for c in cells]

    def is_row_start(k: int, expected: int) -> bool:
        """A serial (the next one, or one after it: plans skip numbers) followed by a name cell."""
        return (
            k + 1 < len(as_cells)
            and as_cells[k].text in (str(expected), str(expected + 1))
            and not _is_number(as_cells[k + 1].text)
            and not re.search(r"\d", as_cells[k + 1].text[:1])
        )

    first = next((k for k in range(len(as_cells)) if is_row_start(k, 1)), None)
    if first is None:
        return as_cells, []
    header = as_cells[:first]
    rows: list[TableRow] = []
    expected = 1
    category = ""
    # A category cell directly before the first row belongs to the header's tail.
    if header and not _YEARISH.search(header[-1].text) and len(header) >= 2:
        hdr_names = ("序号", "指标", "单位", "类别", "分类", "名称", "目标", "现状", "属性", "备注")
        if not any(w in header[-1].text for w in hdr_names):
            category = header.pop().text
    k = first
    while k < len(as_cells):
        if is_row_start(k, expected):
            serial = int(as_cells[k].text)
            rows.append(TableRow(serial=serial, name=as_cells[k + 1], cells=[], category=category))
            expected = serial + 1
            k += 2
            continue
        cell = as_cells[k]
        if (
            not re.search(r"\d", cell.text)
            and is_row_start(k + 1, expected)
            and rows
            and rows[-1].cells
            and cell.text not in UNIT_WORDS
        ):
            category = cell.text  # a new group label before the next row
            k += 1
            continue
        if rows:
            rows[-1].cells.append(cell)
        k += 1
    return header, rows


_PLAIN_WORDS = frozenset("重点 建设 产业 创新 领域 发展 工程 专栏 行动 项目 任务 推进 实施 加快".split())


def _shares_words(heading: str, box: str) -> bool:
    """Do a heading and a box title share a word of content (轨道交通装备产业 / 轨道交通装备产业链创新重点)?"""
    pairs = {heading[i : i + 2] for i in range(len(heading) - 1)} - _PLAIN_WORDS
    return any(box[i : i + 2] in pairs for i in range(len(box) - 1))


class _Sections:
    """The heading stack: styles in the order the document introduced them, with each level's last number."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, int, str]] = []  # (style, number, title)
        self.box: tuple[str, int] | None = None  # the open box's item style and last item number
        self.last: dict[str, int] = {}  # last number each style reached anywhere (action plans count on)
        self.child_of: dict[str, str] = {}  # the style a document numbers the sections under each style with
        self.box_text = 0  # lines of unnumbered text the open box has held
        self.run_in = False  # the last heading ran on into its text (10.数字创意领域。聚焦…)
        self.annex = False  # an attachment began (附件2) and its headings have not yet restarted

    def text_line(self) -> None:
        if self.box is not None and self.box[0] == "":
            self.box_text += 1

    def _push(self, style: str, number: int, title: str) -> None:
        parent = next((s for s, _, _ in reversed(self.stack) if s != "box"), None)
        if parent is not None:
            self.child_of.setdefault(parent, style)
        self.stack.append((style, number, title))
        self.box = None
        self.last[style] = number

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(title for _, _, title in self.stack)

    def offer(self, style: str, number: int, title: str, short: bool = False, runs_in: bool = False) -> bool:
        """Try a numbered line as a heading; True if it became one (and the stack moved).

        A box's items and the headings around it often share a numbering style: after 专栏 items 1-4, a
        short bare line "5.电子信息" that continues the enclosing heading's count is that heading, not item 5.
        """
        if self.box is not None:
            item_style, last = self.box
            sibling = short and any(s == style and number == n + 1 for s, n, _ in self.stack)
            parent = next((s for s, _, _ in reversed(self.stack) if s != "box"), None)
            # A box of prose lines, then a short "（一）高端纺织服装" in the style this document numbers the
            # enclosing section's parts with: the box has ended and the section's first part begins.
            closes = item_style == "" and number == 1 and short and self.box_text > 0
            closes = closes and parent is not None and self.child_of.get(parent) == style
            # The same with a run-in "1.新一代信息技术领域。聚焦…" where the document has not yet numbered the parts
            # of such a section: a box's own items follow its title, not lines of its prose.
            closes = closes or (
                item_style == ""
                and number == 1
                and runs_in
                and self.box_text > 0
                and parent is not None
                and self.child_of.get(parent) in (None, style)
            )
            if closes:
                self.stack = [entry for entry in self.stack if entry[0] != "box"]
                self.box = None
            elif not sibling and ((item_style == style and number == last + 1) or (item_style == "" and number == 1)):
                self.box = (style, number)
                return False
        top = self.stack[0][0] if self.stack else ""
        fresh = top == style or (top == "article" and style == "cn、")
        if self.annex and number == 1 and fresh and self.stack[0][1] > 1:
            # 一、智能网联汽车产业链 after the notice's 九、联系方式 (or after an agreement's 第十三条 其他): an
            # attachment numbers its parts afresh
            self.stack, self.box, self.annex = [], None, False
        for depth, (s, n, _) in enumerate(self.stack):
            if s == style:
                if number != n + 1:
                    return False
                del self.stack[depth:]
                self._push(style, number, title)
                return True
        if number != 1 and number != self.last.get(style, -1) + 1:
            return False
        self._push(style, number, title)
        return True

    def open_box(self, title: str) -> None:
        if self.stack and self.stack[-1][0] == "box":
            self.stack.pop()
        elif self.run_in and self.stack and not _shares_words(self.stack[-1][2], title):
            # A box after a run-in item (10.数字创意与工业设计领域。聚焦…) about something else (专栏4 重点实验室和
            # 工程技术研究中心建设重点) sums up the enclosing section, its lines naming each field in turn.
            self.stack.pop()
        self.run_in = False
        self.stack.append(("box", 0, title))
        self.box = ("", 0)
        self.box_text = 0


def segment(doc: Document) -> Layout:
    """Lay out one document: drop front matter and contents, find headings, boxes, tables, paragraphs."""
    folded = fold(doc.text)
    lines = split_lines(folded)
    body_start, title, notice = _front_matter(lines)
    front = lines[:body_start]
    body = _drop_contents([ln for ln in lines[body_start:] if not _is_toc_line(ln.text)])
    tail = [ln for ln in body if _is_nav(ln.text)]
    body = [ln for ln in body if not _is_nav(ln.text)]
    toc = _toc_headings(lines[: body_start + 200])

    sections = _Sections()
    headings: list[Heading] = []
    blocks: list[Block] = []
    tables: list[Table] = []
    i = 0
    grids: list[Grid] = []
    annex_start: int | None = None
    while i < len(body):
        line = body[i]
        previous = body[i - 1].text if i else ""
        if i > 1 and _TABLE_NOTE.match(previous) and len(body[i - 2].text) <= 60:
            previous = body[i - 2].text  # 说明：表中数据为…最低目标任务。 between a caption and its table
        caption = previous if len(previous) <= 60 else ""
        gaps = _grid_gaps(line)
        end = _grid_end(body, i, gaps)
        grid = _build_grid(body[i:end], caption, sections.path, gaps) if end > i else None
        if grid is None:  # a list written record by record, or one cell a line, is a grid too
            found = _record_grid(body, i, caption, sections.path) or _column_grid(body, i, caption, sections.path)
            grid, end = found if found is not None else (None, end)
        if grid is not None:
            grids.append(grid)
            table = grid_as_table(grid)
            if table is not None:
                tables.append(table)
            sections.text_line()  # a box that holds a table has content: a short （一） after it opens a section
            i = end
            continue
        end = _table_end(body, i)
        if end > i:
            header, rows = _rebuild_rows(body[i:end])
            previous = body[i - 1].text if i else ""
            tables.append(
                Table(
                    title=previous if len(previous) <= 60 else "",
                    start=line.start,
                    end=body[end - 1].end,
                    path=sections.path,
                    header=header,
                    rows=rows,
                )
            )
            i = end
            continue
        text = line.text
        if _ANNEX.fullmatch(text):
            sections.annex = True  # 附件2 on a line of its own: its first 一、 starts the headings afresh
        box = BOX.match(text)
        if box and len(text) <= 60:
            sections.open_box(text)
            headings.append(Heading("box", int(box.group(1) or 0), text, line.start, line.end, sections.path))
            i += 1
            continue
        subject = _SUBJECT.match(text)
        if subject is not None and len(text) <= 80:
            # 案由：关于做强电子元器件产业链…的提案: a proposal's subject heads the proposal (its 一、基本情况 …)
            topic = subject.group(1).rstrip("。")
            sections.offer("subject", sections.last.get("subject", 0) + 1, topic)
            headings.append(Heading("subject", sections.last["subject"], topic, line.start, line.end, sections.path))
            i += 1
            continue
        found = _match_heading(text)
        bare = text.rstrip("。.:： ")
        if not found and bare in toc:
            text = toc[bare] + bare
            found = _match_heading(text)
        if found:
            style, number, marker = found
            heading = text[:marker].strip() + _heading_title(text[marker:])
            short = len(text) <= 20 and not re.search(r"[。；;，,]", text)
            rest = text[marker + len(_heading_title(text[marker:])) :].lstrip("。；;:： ")
            restarts = sections.annex
            if sections.offer(style, number, heading, short, len(rest) >= 8):
                if restarts and not sections.annex and annex_start is None:
                    annex_start = line.start
                headings.append(Heading(style, number, heading, line.start, line.end, sections.path))
                sections.run_in = len(rest) >= 8
                # 1．入驻企业开展中试的，给予最高50万元补助。 / 2．到2025年，高新技术企业达到300家。: a numbered item
                # that is one whole sentence with a figure is the section's text too, not its title alone
                said = not rest and text == line.text and _FIGURED_SENTENCE.fullmatch(text[marker:].strip())
                if sections.run_in:
                    blocks.append(Block(line.start, line.end, text, sections.path))
                elif said:  # (the sentence without its number, which no figure of it is)
                    blocks.append(Block(line.start + marker, line.end, text[marker:], sections.path))
                i += 1
                continue
        sections.text_line()
        blocks.append(Block(line.start, line.end, text, sections.path))
        i += 1
    return Layout(
        doc=doc,
        folded=folded,
        front=front,
        title=title,
        notice_title=notice,
        headings=headings,
        blocks=blocks,
        tables=tables,
        tail=tail,
        grids=grids,
        annex_start=annex_start,
    )
