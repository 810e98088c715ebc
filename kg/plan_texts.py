"""The plans a graph was built from, kept beside it: each plan's text as kg derived it, and what kg knew of it.

Why keep them: entities are resolved across plans (short forms, aliases, places), so one plan's facts depend
on the others. Adding, replacing or removing a plan re-resolves the whole kept corpus (:mod:`kg.update`),
which needs every plan's text, not only the new one's; and every evidence span (plan, start, end) can be
shown and checked against the text it points into (``kg plans PLAN``).

The folder (``plans/`` in the embedded database folder; a per-user folder for Neo4j, see
:func:`kg.store.neo4j.default_plans_dir`; ``--plans-dir`` anywhere) holds::

    index.json           {"format": 1, "plans": [{"id", "title", "file", "sha256", "chars", "encoding", "manifest"}]}
    texts/<sha256>.txt   each text, UTF-8, named by the SHA-256 of its UTF-8 bytes (written once, checked on read)
    lock                 held by the command changing the folder

A text is written before the index names it and the index is replaced whole (write and rename), so a crash
leaves either the old index or the new one, each naming texts that exist. Texts no index names are deleted at
the end of a successful update.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.atomic import atomic_output
from kg.errors import InputError, StoreError
from loaders.corpus import Document

INDEX = "index.json"
TEXTS = "texts"
FORMAT = 1


def text_hash(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes: the name it is kept under, and how a changed plan is told apart."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class KeptPlan:
    """One kept plan: its id and title in the graph, the file it was read from, and its text's hash."""

    id: str
    title: str
    file: str
    sha256: str
    chars: int
    encoding: str = "utf-8"
    manifest: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, plan_id: str, title: str, doc: Document) -> KeptPlan:
        return cls(plan_id, title, doc.name, text_hash(doc.text), len(doc.text), doc.encoding, dict(doc.manifest))


class PlanTexts:
    """The kept plans of one graph, in one folder."""

    def __init__(self, directory: Path | None) -> None:
        if directory is None:
            raise StoreError("this store keeps no plan texts", "give --plans-dir")
        self.directory = Path(directory)
        self.index_path = self.directory / INDEX
        self.text_dir = self.directory / TEXTS

    @contextlib.contextmanager
    def lock(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the folder for one command (a second one waits), so two updates never interleave."""
        from kg.store.falkordb import file_lock

        with file_lock(self.directory / "lock", on_wait=on_wait):
            yield

    def index_bytes(self) -> bytes | None:
        """The index as it is on disk (None when there is none), to put back if an update fails."""
        try:
            return self.index_path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {self.index_path}: {exc.strerror}") from None

    def plans(self) -> list[KeptPlan]:
        """The kept plans in the index's order; none when the folder or its index does not exist yet."""
        raw = self.index_bytes()
        if raw is None:
            return []
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            return [KeptPlan(**item) for item in data["plans"]]
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise StoreError(
                f"{self.index_path} is damaged ({exc})", "rebuild with --clear, giving every plan with --corpus"
            ) from None

    def text(self, plan: KeptPlan) -> str:
        """A kept plan's text, checked against its hash (a changed or missing file is an error, not a guess)."""
        path = self.text_dir / f"{plan.sha256}.txt"
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(
                f"the kept text of plan {plan.title!r} is missing or unreadable ({path}: {exc})",
                "rebuild with --clear, giving every plan with --corpus",
            ) from None
        if text_hash(text) != plan.sha256:
            raise StoreError(f"the kept text of plan {plan.title!r} was changed ({path})", "rebuild with --clear")
        return text

    def document(self, plan: KeptPlan) -> Document:
        """The kept plan as the document extraction reads, equal to the one first read from its file."""
        text = self.text(plan)
        return Document(path=Path(plan.file), text=text, encoding=plan.encoding, manifest=dict(plan.manifest))

    def save_texts(self, documents: Iterable[Document]) -> None:
        """Write the texts not kept yet (each under its hash; one already there is the same text)."""
        try:
            self.text_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.text_dir}: {exc.strerror}") from None
        for doc in documents:
            path = self.text_dir / f"{text_hash(doc.text)}.txt"
            if not path.exists():
                with atomic_output(path, "wb") as out:
                    out.write(doc.text.encode("utf-8"))

    def save_index(self, plans: Iterable[KeptPlan]) -> None:
        """Replace the index whole with ``plans``."""
        self.directory.mkdir(parents=True, exist_ok=True)
        data = {"format": FORMAT, "plans": [asdict(plan) for plan in plans]}
        with atomic_output(self.index_path, "wb") as out:
            out.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")

    def restore_index(self, raw: bytes | None) -> None:
        """Put back an index read with :meth:`index_bytes` (None: there was none)."""
        if raw is None:
            self.index_path.unlink(missing_ok=True)
            return
        with atomic_output(self.index_path, "wb") as out:
            out.write(raw)

    def forget(self) -> None:
        """Keep no plans: the graph is about to hold facts kg has no text of (a facts file, an RDF import)."""
        if self.index_path.exists() or self.text_dir.exists():
            with self.lock():
                self.save_index([])
                self.collect()

    def collect(self) -> int:
        """Delete the texts the index no longer names; returns how many."""
        named = {plan.sha256 for plan in self.plans()}
        removed = 0
        if self.text_dir.is_dir():
            for path in self.text_dir.glob("*.txt"):
                if path.stem not in named:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed

    def find(self, ref: str, plans: list[KeptPlan] | None = None) -> KeptPlan:
        """The kept plan ``ref`` names: its id (with or without the class prefix), file name, or title."""
        plans = self.plans() if plans is None else plans
        ref = ref.strip()
        for matches in (
            [p for p in plans if ref in (p.id, p.file, p.title)],
            [p for p in plans if p.id.partition(":")[2] == ref or Path(p.file).stem == ref],
        ):
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                names = ", ".join(sorted(p.file for p in matches))
                raise InputError(f"{ref!r} names more than one kept plan ({names})", "give the plan id")
        raise InputError(f"no plan {ref!r} in {self.directory}", "kg plans lists the kept plans")


def describe(plan: KeptPlan) -> dict[str, Any]:
    """A kept plan as a row of ``kg plans``."""
    return {"id": plan.id, "title": plan.title, "file": plan.file, "chars": plan.chars, "sha256": plan.sha256[:12]}
