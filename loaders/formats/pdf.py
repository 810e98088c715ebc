"""PDF with a text layer -> plan text, with pdfplumber (chosen over pypdfium2 by bench/pdf_readers.py).

Reading order is the page's lines top to bottom with ruled tables put where they stand; a table's cells
become one TAB-separated row per line, a merged cell's text repeated in every row and column it covers.
Running headers and footers (a line in the top or bottom band that repeats on most pages once its digits are
ignored, like a browser's date/title header and URL/page footer) and bare page numbers (3, - 3 -, 第3页, 3/12)
go. Lines wrapped by the page width are joined back into their paragraph: a line that reaches the right edge
continues on the next when that one starts at the left edge without a paragraph gap.

A PDF without a text layer (a scan) is one clear error; kg does not OCR (run ocrmypdf -l chi_sim first).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from loaders.formats import Derived, join_lines, need, table_lines, tidy_line

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4}|"
    r"page\s*\d+(?:\s*of\s*\d+)?)$",
    re.I,
)
_BAND = 0.09  # the top and bottom share of a page where running headers and footers sit
_UNBREAKABLE = re.compile(r"[(（\[【“‘\"'A-Za-z0-9&.%/+\-]+")
_ASCII_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9]")


@dataclass
class _Item:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    text: str = ""
    rows: list[list[str]] | None = None  # a table's rows of cells

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _table_rows(table) -> list[list[str]]:
    """The table's rows, each slot a merged cell left empty filled with the text of the cell covering it."""
    texts = table.extract()
    covering: list[tuple[tuple[float, float, float, float], str]] = []
    columns: dict[int, float] = {}
    for row, values in zip(table.rows, texts, strict=False):
        for j, (box, value) in enumerate(zip(row.cells, values, strict=False)):
            if box is not None:
                covering.append((box, value or ""))
                columns.setdefault(j, (box[0] + box[2]) / 2)
    out = []
    for row, values in zip(table.rows, texts, strict=False):
        filled = []
        y = (row.bbox[1] + row.bbox[3]) / 2
        for j, (box, value) in enumerate(zip(row.cells, values, strict=False)):
            if box is not None or j not in columns:
                filled.append(value or "")
                continue
            x = columns[j]
            filled.append(next((t for (x0, t0, x1, b0), t in covering if x0 <= x <= x1 and t0 <= y <= b0), ""))
        out.append(filled)
    return out


def _page_items(page, number: int) -> list[_Item]:
    tables = page.find_tables() if page.rects or page.lines else []  # a ruled table is drawn with them
    boxes = [t.bbox for t in tables]
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else page
    items = [
        _Item(number, line["top"], line["bottom"], line["x0"], line["x1"], tidy_line(line["text"]))
        for line in outside.extract_text_lines(strip=True, return_chars=False)
    ]
    for table in tables:
        x0, top, x1, bottom = table.bbox
        rows = [[tidy_line(cell) for cell in row] for row in _table_rows(table)]
        items.append(_Item(number, top, bottom, x0, x1, rows=[row for row in rows if any(row)]))
    return sorted((i for i in items if i.text or i.rows), key=lambda i: (i.top, i.x0))


def _furniture(pages: list[list[_Item]], heights: list[float]) -> set[int]:
    """ids of running headers, footers and page numbers: band lines repeated on most pages, or bare numbers."""

    def in_band(item: _Item, height: float) -> bool:
        return item.rows is None and (item.bottom <= height * _BAND or item.top >= height * (1 - _BAND))

    shapes: Counter[str] = Counter()
    for items, height in zip(pages, heights, strict=True):
        shapes.update({re.sub(r"\d+", "#", i.text) for i in items if in_band(i, height)})
    repeated = {s for s, n in shapes.items() if n >= 2 and n >= 0.5 * len(pages)}
    out = set()
    for items, height in zip(pages, heights, strict=True):
        for item in items:
            if in_band(item, height) and (re.sub(r"\d+", "#", item.text) in repeated or _PAGE_NUMBER.match(item.text)):
                out.add(id(item))
    return out


def _reflow(items: list[_Item]) -> list[str]:
    """Lines of text with page-wrapped lines joined back into paragraphs; tables as their rows."""
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    for item in items:
        if item.rows is None:
            lefts[item.page] = min(lefts.get(item.page, item.x0), item.x0)
            rights[item.page] = max(rights.get(item.page, item.x1), item.x1)
    out: list[str] = []
    previous: _Item | None = None
    last: _Item | None = None  # the item before this one, text or table
    head: list[list[str]] = []  # the first rows (the header) of the table being read
    above: list[str] = []  # the table's row above
    for item in items:
        if item.rows is not None:
            rows = item.rows
            width = len(rows[0]) if rows else 0
            continued = last is not None and last.rows is not None and last.page < item.page and above
            if continued and len(above) == width:
                while rows and rows[0] in head:  # the header a browser repeats on each page
                    rows = rows[1:]
            else:
                head, above = rows[:2], []
            for row in rows:
                if not row[0] and above and len(above) == len(row):
                    row[0] = above[0]  # a merged first-column cell, cut by the page break or not read
                above = row
            out.extend(table_lines(rows))
            previous, last = None, item
            continue
        last = item
        if previous is not None and out:
            size = previous.height
            # Line breaking keeps an opening bracket, a number or a Latin word whole on the next line, so a
            # wrapped line may stop short of the edge by two characters or by that word.
            word = _UNBREAKABLE.match(item.text)
            allowance = (2.5 + 0.6 * (len(word.group()) if word else 0)) * size
            full = rights[previous.page] - previous.x1 <= allowance
            flush_left = item.x0 - lefts[item.page] <= 0.5 * size
            near = item.page != previous.page or item.top - previous.bottom <= 0.8 * size
            if full and flush_left and near:
                glue = " " if _ASCII_END.search(out[-1]) and _ASCII_START.search(item.text) else ""
                out[-1] += glue + item.text
                previous = item
                continue
        out.append(item.text)
        previous = item
    return out


def read_pdf(path: Path, raw: bytes) -> Derived:
    pdfplumber = need("pdfplumber", path, "PDF files")
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-descriptor chatter about browser-made PDFs
    try:
        pdf = pdfplumber.open(io.BytesIO(raw))  # type: ignore[attr-defined]
        pages = list(pdf.pages)
    except Exception as exc:  # pdfminer raises many kinds (PDFSyntaxError, PSEOF, …) for a broken file
        reason = str(exc).strip() or type(exc).__name__
        raise InputError(f"{path}: not a readable PDF ({reason[:80]})") from None
    with pdf:
        try:
            if not any(page.chars for page in pages):
                raise InputError(
                    f"{path}: PDF without a text layer (a scanned image?), kg reads only PDFs with text",
                    "OCR it first, e.g. ocrmypdf -l chi_sim in.pdf out.pdf",
                )
            per_page = [_page_items(page, n) for n, page in enumerate(pages)]
            heights = [float(page.height) for page in pages]
            meta = {k.lower(): str(v) for k, v in (pdf.metadata or {}).items() if k in ("Title",) and v}
        except InputError:
            raise
        except Exception as exc:
            reason = str(exc).strip() or type(exc).__name__
            raise InputError(f"{path}: not a readable PDF ({reason[:80]})") from None
    drop = _furniture(per_page, heights)
    items = [i for page in per_page for i in page if id(i) not in drop]
    return Derived(join_lines(_reflow(items)), "pdf", meta)
