"""Plan files in, decoded documents out: encoding, empty and binary checks, and the optional MANIFEST.tsv.

Everything that can be wrong with an input file is decided here, once, with a one-line message naming the
file; nothing downstream touches bytes. Offsets used everywhere else are character offsets into
``Document.text``, the decoded file exactly as it is (line endings included), so ``text[start:end]`` is the
evidence span. A web page, PDF or Word file is first turned into plan text by its reader
(:mod:`loaders.formats`); that derived text is then ``Document.text`` and what every offset points into
(:func:`derived_text` gives it, ``kg extract --text-dir`` writes it).
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from loaders.formats import SUFFIXES, reader_for

MANIFEST = "MANIFEST.tsv"
# A plan is 50 kB to a few MB; a file far larger is a wrong file (a dump, an archive renamed .txt) or many
# plans pasted together, and extracting it would take minutes and a lot of memory before anyone noticed.
MAX_MB_DEFAULT = 32


def max_bytes() -> int:
    """The size limit for one plan file: 32 MB, or ``KG_MAX_PLAN_MB``."""
    raw = os.environ.get("KG_MAX_PLAN_MB", "")
    try:
        return int(float(raw) * 10**6) if raw else MAX_MB_DEFAULT * 10**6
    except ValueError:
        raise InputError(f"KG_MAX_PLAN_MB={raw!r} is not a number of megabytes") from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Document:
    """One plan's text and what is known about it before extraction."""

    path: Path
    text: str
    encoding: str  # how the file was read: a text encoding, or the format and how (pdf, html:gb18030, docx)
    manifest: dict[str, str] = field(default_factory=dict)
    file_meta: dict[str, str] = field(default_factory=dict)  # title, dates, 文号 from the file's structure

    @property
    def name(self) -> str:
        return self.path.name

    def __str__(self) -> str:  # a document stands for its file wherever sources are listed
        return str(self.path)


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    """Decode by BOM, else strict UTF-8, else strict GB18030 when the result reads as Chinese."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}: starts with a {encoding} byte-order mark but is not valid {encoding} (byte {exc.start})"
                ) from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary file (NUL bytes), not a plan text", "convert it to UTF-8 text first")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(
            f"{path}: not UTF-8 (invalid byte at offset {utf8_error.start}) and not GB18030 either",
            "convert it to UTF-8, e.g. iconv -f <encoding> -t utf-8",
        ) from None
    if len(_HAN.findall(text[:20000])) < 0.2 * len(text[:20000].strip()):
        raise InputError(
            f"{path}: not UTF-8, and as GB18030 it does not read as Chinese text", "convert it to UTF-8 first"
        )
    return text, "gb18030"


def read_document(path: Path, manifest: dict[str, str] | None = None) -> Document:
    """Read one plan file; raise :class:`InputError` with a one-line reason if it cannot be a plan."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    limit = max_bytes()
    if size > limit:
        raise InputError(
            f"{path}: {size / 1e6:.0f} MB is larger than a plan text can be (limit {limit / 1e6:.0f} MB)",
            "split it into one file per plan, or raise the limit with KG_MAX_PLAN_MB",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    reader = reader_for(path)
    if reader is not None:
        derived = reader(path, raw)
        if not derived.text.strip():
            raise InputError(f"{path}: no text in it ({derived.kind})")
        return Document(path, derived.text, derived.kind, manifest or {}, derived.meta)
    text, encoding = _decode(path, raw)
    if not text.strip():
        raise InputError(f"{path}: empty file")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(16, 0.01 * min(len(text), 65536)):  # a stray escape or two is noise, not a binary file
        raise InputError(f"{path}: binary file ({controls} control characters), not a plan text")
    return Document(path=path, text=text, encoding=encoding, manifest=manifest or {})


def read_manifest(directory: Path) -> dict[str, dict[str, str]]:
    """``MANIFEST.tsv`` beside the plans, by file name; ``null`` cells are dropped. Missing file: empty."""
    path = directory / MANIFEST
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read the manifest ({exc})") from None
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        name = (row.get("file") or "").strip()
        if name:
            out[name] = {k: v.strip() for k, v in row.items() if k and v and v.strip() and v.strip() != "null"}
    return out


def derived_text(path: Path) -> str:
    """The text kg reads from the file at ``path`` (a ``.txt`` decoded; a page, PDF or Word file converted):
    every evidence span of that plan is an offset into it."""
    return read_document(path).text


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their plan files of every supported format (sorted); keep files as given.

    Missing paths are an error."""
    found: list[Path] = []
    paths = list(paths)
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    if not found:
        kinds = ", ".join(f"*{s}" for s in SUFFIXES)
        raise InputError(f"no plan files ({kinds}) found in " + ", ".join(str(p) for p in paths))
    return found


@dataclass
class Corpus:
    """The plans read from some files and folders, and the files that could not be read, each with its reason."""

    documents: list[Document]
    failures: list[InputError] = field(default_factory=list)


def read_corpus(paths: Iterable[Path | Document], progress: Callable[[Path], None] | None = None) -> Corpus:
    """Read every plan, each with its MANIFEST.tsv row; a file that fails is set aside, the others are read.

    ``progress`` is called with each file's path once it is read (or failed). Documents already read are kept.
    """
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    given = list(paths)
    corpus = Corpus([p for p in given if isinstance(p, Document)])
    files = [p for p in given if not isinstance(p, Document)]
    for path in find_documents(files) if files else []:
        folder = path.parent
        if folder not in manifests:
            manifests[folder] = read_manifest(folder)
        try:
            corpus.documents.append(read_document(path, manifests[folder].get(path.name)))
        except InputError as exc:
            corpus.failures.append(exc)
        if progress is not None:
            progress(path)
    return corpus


def read_documents(paths: Iterable[Path | Document]) -> list[Document]:
    """Read every plan, each with its MANIFEST.tsv row when the folder has one; the first bad file is an error."""
    corpus = read_corpus(paths)
    if corpus.failures:
        raise corpus.failures[0]
    return corpus.documents
