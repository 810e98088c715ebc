"""Word ``.docx`` -> plan text with python-docx: paragraphs with their numbering, tables as rows, in body order.

Word keeps automatic list numbers (一、 （一） 1. set by a numbering definition, not typed) out of the
paragraph's text; the reader writes them back from ``numbering.xml`` (the level's format and its text, e.g.
chineseCounting with "%1、" or "（%1）", decimal with "%1."), counting per list and restarting lower levels,
unless the text already starts with a typed number. Headers, footers, comments and text boxes are not the plan's
body and are not read. A merged cell's text is repeated in every row and column it covers (python-docx's
reading of a merge), so each row keeps its columns in place.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from kg.errors import InputError
from loaders.formats import Derived, join_lines, need, table_lines, tidy_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A number typed at the start of the text (一、 （一） 1. 1、 （1） ① 第一章): Word's own number is not added to it.
_TYPED_NUMBER = re.compile(
    rf"^\s*(?:第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|"
    rf"\d{{1,3}}\s*[、.．](?!\d)|[{_CIRCLED}])"
)


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (Word's chineseCounting)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        ""
        if not rest
        else (
            "零" + _CN_DIGITS[rest]
            if rest < 10
            else chinese_number(rest)
            if rest >= 20
            else "一" + chinese_number(rest)
        )
    )
    return _CN_DIGITS[n // 100] + "百" + tail


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def format_number(n: int, fmt: str) -> str:
    """A list counter in one of Word's number formats (the common ones in Chinese documents)."""
    if fmt.startswith(("chineseCounting", "ideograph", "japaneseCounting", "taiwaneseCounting", "chineseLegal")):
        return chinese_number(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Counters of the document's lists, turning a paragraph's (numId, ilvl) into its label."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (fmt, lvlText, start)
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}  # per abstract list: lists sharing one continue its count
        self.restarts: dict[str, set[int]] = {}  # levels a list restarts (startOverride) when first used
        self.seen: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(f"{_W}abstractNum"):
            abstract[node.get(f"{_W}abstractNumId")] = {
                int(lvl.get(f"{_W}ilvl")): self._level(lvl) for lvl in node.findall(f"{_W}lvl")
            }
        for num in root.findall(f"{_W}num"):
            num_id = num.get(f"{_W}numId")
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{_W}val"), {})) if ref is not None else {}
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl"))
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
                start = override.find(f"{_W}startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(f"{_W}val")))
                    self.restarts.setdefault(num_id, set()).add(ilvl)
            for ilvl, level in levels.items():
                self.levels[(num_id, ilvl)] = level
            self.abstract_of[num_id] = ref.get(f"{_W}val") if ref is not None else num_id

    @staticmethod
    def _level(lvl) -> tuple[str, str, int]:
        def val(tag: str, default: str) -> str:
            node = lvl.find(f"{_W}{tag}")
            return node.get(f"{_W}val") if node is not None and node.get(f"{_W}val") is not None else default

        return val("numFmt", "decimal"), val("lvlText", ""), int(val("start", "1"))

    def label(self, num_id: str, ilvl: int) -> str:
        if (num_id, ilvl) not in self.levels or num_id == "0":
            return ""
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for level in self.restarts.get(num_id, ()):
                counters.pop(level, None)
        _, text, start = self.levels[(num_id, ilvl)]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_fmt, _, level_start = self.levels.get((num_id, level), ("decimal", "", 1))
            return format_number(counters.get(level, level_start), level_fmt)

        return re.sub(r"%(\d)", number, text)


def _num_pr(paragraph) -> tuple[str, int] | None:
    """The paragraph's list (numId, ilvl), from its own properties or its style's."""
    p_pr = paragraph._p.pPr
    style = paragraph.style
    for holder in (p_pr, *(s.element.pPr for s in _style_chain(style))):
        num_pr = holder.find(f"{_W}numPr") if holder is not None else None
        if num_pr is not None:
            num_id = num_pr.find(f"{_W}numId")
            ilvl = num_pr.find(f"{_W}ilvl")
            if num_id is not None:
                return num_id.get(f"{_W}val"), int(ilvl.get(f"{_W}val")) if ilvl is not None else 0
    return None


def _style_chain(style) -> list:
    chain = []
    while style is not None and len(chain) < 10:
        chain.append(style)
        style = style.base_style
    return chain


def _paragraph_line(paragraph, numbering: _Numbering) -> str:
    text = tidy_line(paragraph.text)
    found = _num_pr(paragraph)
    if not found or not text:
        return text
    label = tidy_line(numbering.label(*found))  # counted even when not written, so the next one follows on
    if label and not text.startswith(label) and not _TYPED_NUMBER.match(text):
        return label + text
    return text


def _body(document, numbering: _Numbering):
    """Paragraph and table lines in body order (content controls opened)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(container):
        for child in container.iterchildren():
            if child.tag == f"{_W}p":
                yield _paragraph_line(Paragraph(child, document), numbering)
            elif child.tag == f"{_W}tbl":
                table = Table(child, document)
                rows = []
                for row in table.rows:
                    rows.append([" ".join(p.text for p in cell.paragraphs) for cell in row.cells])
                yield from table_lines(rows)
            elif child.tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    yield from walk(content)

    yield from walk(document.element.body)


def read_docx(path: Path, raw: bytes) -> Derived:
    docx = need("docx", path, "Word files")
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise InputError(f"{path}: not a Word .docx file (not a zip package)")
    try:
        document = docx.Document(io.BytesIO(raw))  # type: ignore[attr-defined]
        numbering = _Numbering(document)
        text = join_lines(_body(document, numbering))
        title = document.core_properties.title or ""
    except InputError:
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors … for a broken package
        reason = str(exc).strip() or type(exc).__name__
        raise InputError(f"{path}: not a readable Word .docx file ({reason[:80]})") from None
    return Derived(text, "docx", {"title": tidy_line(title)} if title.strip() else {})
