"""Which PDF library kg reads plans with: pdfplumber or pypdfium2, measured on PDFs printed from the corpus.

Each corpus plan is dressed as a web page (tests/formats_make.py) and printed by headless Chromium, then read
two ways: kg's reader (pdfplumber: line boxes, ruled tables rebuilt as rows, running headers and footers
dropped, wrapped lines joined) and pypdfium2's text per page (the fastest text layer in Python; it gives no
table structure, so a table comes out one cell per line, and each page's printed header and footer stay).
For each: seconds to read, and the share of the entities (type, name) and targets (indicator, year, value)
the plan's ``.txt`` yields.

    .venv/bin/python bench/pdf_readers.py [--corpus ../shared/corpus]

Results (bench/RESULTS.notes.md has the table): pdfplumber 9-20 s per plan with 100% of the entities and
targets on all five; pypdfium2 0.25-1.8 s with 81-90% of the entities and 40-72% of the targets. kg uses
pdfplumber.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loaders.corpus import Document, read_document, read_manifest
from loaders.formats import join_lines, tidy_line
from tests.formats_make import page_html, print_pdf, recall, yields


def read_pdfium(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    lines = []
    for page in pdf:
        text = page.get_textpage().get_text_range()
        lines.extend(tidy_line(line) for line in text.splitlines())
    pdf.close()
    return join_lines(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared/corpus")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    manifest = read_manifest(args.corpus)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for plan in sorted(args.corpus.glob("*.txt")):
            text = read_document(plan).text
            page = Path(work) / f"{plan.stem}.html"
            page.write_bytes(page_html(text, manifest.get(plan.name, {}).get("title", plan.stem)))
            pdf = print_pdf(page, Path(work) / f"{plan.stem}.pdf")
            e0, t0 = yields(read_document(plan))
            start = time.perf_counter()
            plumber = read_document(pdf)
            t_plumber = time.perf_counter() - start
            start = time.perf_counter()
            pdfium = Document(pdf, read_pdfium(pdf), "pdf")
            t_pdfium = time.perf_counter() - start
            e1, t1 = yields(plumber)
            e2, t2 = yields(pdfium)
            rows.append((plan.stem[:3], len(e0), len(t0), t_plumber, recall(e1, e0), recall(t1, t0),
                         t_pdfium, recall(e2, e0), recall(t2, t0)))  # fmt: skip
            print(*(f"{v:.3f}" if isinstance(v, float) else v for v in rows[-1]), sep="\t", flush=True)
    print("plan\tentities\ttargets\tpdfplumber s\tentities\ttargets\tpypdfium2 s\tentities\ttargets")
    for row in rows:
        print(*(f"{v:.3f}" if isinstance(v, float) else v for v in row), sep="\t")


if __name__ == "__main__":
    main()
