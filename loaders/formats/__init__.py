"""Plan files in other formats (web pages, PDF, Word) -> the plain text every other step reads.

A reader per format turns a file's bytes into text laid out the way :mod:`loaders.segment` already reads a
``.txt`` plan: headings and paragraphs one per line, a table one row per line with its cells separated by a
TAB. What a reader learns from the file's structure rather than its text (a page's ``<title>``, the 成文日期
line of a page's metadata block it drops) comes back beside the text as :attr:`Derived.meta`, for
:mod:`loaders.plan` to fall back on.

The table ``READERS`` maps a suffix to its reader; the readers import their libraries (pdfplumber,
python-docx, lxml) only when called, so a ``.txt``-only user needs none of them, and a missing one is one
line naming the extra to install.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError


@dataclass
class Derived:
    """A file read into plan text: the text, what it was read as, and metadata from the file's structure."""

    text: str
    kind: str
    meta: dict[str, str] = field(default_factory=dict)


Reader = Callable[[Path, bytes], Derived]

# suffix -> "module:function", imported on first use (the PDF and Word libraries are an optional extra).
_READERS = {
    ".html": "loaders.formats.html:read_html",
    ".htm": "loaders.formats.html:read_html",
    ".xhtml": "loaders.formats.html:read_html",
    ".shtml": "loaders.formats.html:read_html",
    ".pdf": "loaders.formats.pdf:read_pdf",
    ".docx": "loaders.formats.docx:read_docx",
    ".doc": "loaders.formats.office:read_office",
    ".wps": "loaders.formats.office:read_office",
    ".rtf": "loaders.formats.office:read_office",
    ".odt": "loaders.formats.office:read_office",
}
TEXT_SUFFIXES = (".txt",)
SUFFIXES = TEXT_SUFFIXES + tuple(_READERS)


def reader_for(path: Path) -> Reader | None:
    """The reader of ``path``'s format, or None for plain text (``.txt`` and anything unknown is read as text)."""
    spec = _READERS.get(path.suffix.lower())
    if spec is None:
        return None
    module, function = spec.split(":")
    return getattr(importlib.import_module(module), function)


def need(module: str, path: Path, what: str) -> object:
    """Import an optional library, or fail with one line naming the extra that brings it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(
            f"{path}: reading {what} needs the Python package {module.split('.')[0]}",
            "pip install 'kg[formats]'",
        ) from None


_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0\u2002-\u200b\u3000]+")


def _radicals() -> dict[int, str]:
    """Kangxi and simplified radicals -> the ideographs they look like (⼀ -> 一, ⾼ -> 高, ⻓ -> 长).

    PDF printers (Chromium among them) map a glyph back to the first code point the font gives it, which for
    many common characters is the radical, so a printed 一、 comes back as ⼀、 and no rule reads it.
    """
    table = {}
    for code in range(0x2F00, 0x2FE0):
        normal = unicodedata.normalize("NFKC", chr(code))
        if normal != chr(code):
            table[code] = normal
    simplified = (
        "⻓长⻚页⺠民⻋车⻘青⻮齿⻜飞⻛风⻰龙⻥鱼⻄西⻬齐⻅见⻦鸟⻙韦⻢马⻩黄⻨麦⻉贝⻔门⻆角⻳龟⻣骨⺟母⻤鬼⻧卤⻏阝"
    )
    simplified += "㬵胶"  # an Extension A code point sharing the glyph of a common character
    table.update({ord(simplified[i]): simplified[i + 1] for i in range(0, len(simplified), 2)})
    return table


_RADICALS = _radicals()


def tidy_line(text: str) -> str:
    """One line of text as a reader emits it: radicals read as their ideographs, wrapping spaces between
    Chinese characters gone, runs of spaces one.

    A space between two Chinese characters is an artefact of the source's line wrapping (HTML source, a PDF
    line, a Word cell's paragraphs), never a word boundary; two spaces would read as a table gap.
    """
    text = _SPACE_BETWEEN_CJK.sub("", text.translate(_RADICALS))
    return _SPACE_RUN.sub(" ", text).strip()


def table_lines(rows: Iterable[Iterable[str | None]]) -> list[str]:
    """Table rows as lines of TAB-separated cells (what :func:`loaders.segment.grid_cells` reads); blank rows go."""
    out = []
    for row in rows:
        cells = [tidy_line(cell or "") for cell in row]
        if any(cells):
            out.append("\t".join(cells).strip("\t"))
    return out


def join_lines(lines: Iterable[str]) -> str:
    """Lines (paragraphs, headings, table rows) as one text, blank lines gone, ending with a newline."""
    kept = [line for line in lines if line.strip()]
    return "\n".join(kept) + "\n" if kept else ""
