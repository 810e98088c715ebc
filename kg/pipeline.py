"""The one-way pipe: plan files (or a facts file) -> validated facts -> a graph store.

``build`` is what ``kg build`` runs: extract the plans (or read bundled facts), validate every fact against
the ontology before writing anything, create the schema, load in batches, persist. A fact that fails
validation stops the build with its position, so a graph is never half-loaded from bad input.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.corrections import CorrectionReport, apply_corrections, read_corrections
from kg.errors import InputError, KgError, StoreError
from kg.facts import Fact, ValidatedFile, read_jsonl
from kg.ontology import Ontology, load_ontology
from kg.resources import resource_dir
from kg.store.base import Counts, GraphStore
from kg.store.cypher import LoadReport, load_facts
from kg.validate import OutOfOrder, numbered, validate, validate_file

if TYPE_CHECKING:
    from kg.update import UpdateReport

BUNDLED_FACTS = "facts.jsonl"
BUNDLED_CORRECTIONS = "corrections.tsv"


def bundled_facts_path() -> Path:
    """``data/facts.jsonl``: the facts of the sample corpus, shipped so a clone without it can build."""
    return resource_dir("data") / BUNDLED_FACTS


def bundled_corrections_path() -> Path | None:
    """``data/corrections.tsv``, the analysts' corrections applied by default, if present."""
    path = resource_dir("data") / BUNDLED_CORRECTIONS
    return path if path.is_file() else None


def extract(paths: Iterable[Path], workers: int = 1, ontology: Ontology | None = None) -> list[Fact]:
    """Facts of the plans at ``paths`` (files or folders), resolved across documents, read with ``ontology``."""
    from loaders import extract_paths

    return extract_paths(list(paths), workers, ontology or load_ontology())


def extract_facts(paths: Iterable[Path], workers: int = 1, ontology: Ontology | None = None) -> list[Fact]:
    """What ``kg extract`` prints and ``kg build --corpus`` loads: the plans' facts, extracted with and validated
    against one ontology (a fact the extractor got wrong stops here, naming its position, before anything is
    written)."""
    ontology = ontology or load_ontology()
    return validate(numbered(extract(paths, workers, ontology), "extracted"), ontology)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise InputError(f"{path}: no such facts file")
    return path


def _some(path: Path, count: int) -> int:
    if not count:
        raise InputError(f"{path}: no facts in the file (empty)")
    return count


def read_facts(path: Path, ontology: Ontology | None = None) -> list[Fact]:
    """Facts from a JSON Lines file, validated against ``ontology`` (errors name the line)."""
    facts = validate(read_jsonl(_existing(path)), ontology or load_ontology())
    _some(path, len(facts))
    return facts


@dataclass
class BuildReport:
    """What ``kg build`` did, for the command line and for tests."""

    facts: int
    load: LoadReport
    counts: Counts
    sources: list[str] = field(default_factory=list)
    corrections: CorrectionReport | None = None
    update: UpdateReport | None = None  # a --corpus build: what happened to the kept plans and the graph


def build(
    store: GraphStore,
    corpus: Iterable[Path] | None = None,
    facts_file: Path | None = None,
    clear: bool = False,
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    corrections: Path | None = None,
    on_wait: Callable[[str], None] | None = None,
    workers: int = 1,
    bulk: bool | None = None,
) -> BuildReport:
    """Extract (or read) facts, apply corrections, validate them all, then load them into ``store``.

    ``corrections`` is a corrections file; by default the bundled ``data/corrections.tsv`` is applied.
    Plans (``corpus``) are kept beside the graph and added to the ones it was built from (:func:`kg.update.update`:
    re-resolved together, only the difference written), unless ``clear``, which starts the graph and the kept
    plans afresh. A graph built from facts with ``clear`` keeps no plans: it holds facts kg has no text of.
    A first load (``clear`` or an empty graph) goes through the engine's bulk path (``bulk``: None lets kg
    choose by size, True insists, False keeps UNWIND batches; see :func:`first_load`).
    """
    if corpus is not None:
        from kg.update import update

        paths = list(corpus)
        done = update(
            store, paths, clear=clear, corrections=corrections, workers=workers, batch_size=batch_size,
            progress=progress, on_wait=on_wait, bulk=bulk,
        )  # fmt: skip
        sources = [str(p) for p in paths]
        counts = done.counts or store.counts()
        load_report = done.load or LoadReport()
        return BuildReport(done.facts, load_report, counts, sources, done.corrections, update=done)
    if facts_file is not None and corrections is None:
        if _checks_beside(store, clear, bulk):
            done = _load_checked_beside(store, _existing(facts_file), clear, progress, on_wait)
            if done is not None:
                count, report = done
                return BuildReport(facts=count, load=report, counts=store.counts(), sources=[str(facts_file)])
        count, facts_again = _stream_facts_file(facts_file, store.ontology)
        report = load(
            store, facts_again(), clear, batch_size, progress, on_wait, pipelined=True, bulk=bulk, count=count
        )
        return BuildReport(facts=count, load=report, counts=store.counts(), sources=[str(facts_file)])
    path = facts_file or bundled_facts_path()
    facts = read_facts(path, store.ontology)
    sources = [str(path)]
    # The bundled corrections are about the sample plans: they apply to them (extracted or bundled), and to
    # another facts file only when asked for with --corrections.
    correction_file = corrections or (bundled_corrections_path() if facts_file is None else None)
    report_corrections = None
    if correction_file is not None:
        facts, report_corrections = apply_corrections(facts, read_corrections(correction_file), store.ontology)
        facts = validate(numbered(facts, f"after {correction_file.name}"), store.ontology)
    report = load(store, facts, clear=clear, batch_size=batch_size, progress=progress, on_wait=on_wait, bulk=bulk)
    return BuildReport(
        facts=len(facts), load=report, counts=store.counts(), sources=sources, corrections=report_corrections
    )


def _stream_facts_file(path: Path, ontology: Ontology) -> tuple[int, Callable[[], Iterator[Fact]]]:
    """Validate a facts file and return its count and a way to stream its facts in load order.

    This is what keeps ``kg build --facts`` of a million-node file within a few hundred MB: in kg's own order
    (plans, entities, relations) one streaming pass validates, a second loads, and the facts are never all
    held. A file in another order is read into memory and validated there instead.
    """
    try:
        count = _some(path, validate_file(_existing(path), ontology))
    except OutOfOrder:
        facts = read_facts(path, ontology)
        return len(facts), lambda: iter(facts)
    return count, lambda: ValidatedFile(path)


def _checks_beside(store: GraphStore, clear: bool, bulk: bool | None) -> bool:
    """Whether a facts file can be checked while it loads (:func:`_load_checked_beside`): a first load into
    the embedded store, whose bulk path builds a new graph that is only swapped in at the end."""
    return store.backend == "embedded" and bulk is not False and (clear or store.is_empty())


class _Checker:
    """A facts file's validation running in a second process beside its load (see :func:`_load_checked_beside`
    and :mod:`kg.check_file`)."""

    def __init__(self, path: Path, ontology: Ontology) -> None:
        import pickle
        import subprocess
        import sys
        import threading

        self._process = subprocess.Popen(
            [sys.executable, "-m", "kg.check_file"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        request = pickle.dumps((path, ontology))
        # written by a thread: the pipe holds 64 kB, and the process reads only once Python has started
        self._writer = threading.Thread(target=self._send, args=(request,), name="kg-check-file", daemon=True)
        self._writer.start()
        self._result: tuple[Any, ...] | None = None

    def _send(self, request: bytes) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        with contextlib.suppress(OSError):  # the process is gone: its answer (none) says so
            stdin.write(request)
            stdin.close()

    def done(self) -> bool:
        """Whether the answer is there to read (the process writes it, a few bytes, then ends)."""
        return self._result is not None or self._process.poll() is not None

    def result(self) -> int:
        """The number of facts, once the whole file has passed; raises the first fault found."""
        if self._result is None:
            import pickle

            stdout = self._process.stdout
            assert stdout is not None
            answer = stdout.read()
            code = self._process.wait()
            try:
                self._result = pickle.loads(answer)
            except Exception:  # no answer: the process died (its error went to stderr)
                message = f"the validation of the facts file ended without an answer (exit status {code})"
                self._result = ("error", "InputError", message, None)
        kind, *rest = self._result
        if kind == "ok":
            return int(rest[0])
        if kind == "out of order":
            raise OutOfOrder(rest[0])
        from kg import errors

        name, message, hint = rest
        raise getattr(errors, name, errors.InputError)(message, hint)

    def fault(self) -> BaseException | None:
        """What the validation found wrong (waiting for it), or None if the file passed."""
        try:
            self.result()
        except (KgError, OutOfOrder) as exc:
            return exc
        return None

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
        self._process.wait()
        self._writer.join()
        if self._process.stdout is not None:
            self._process.stdout.close()


class _CheckedFile(ValidatedFile):
    """A facts file read by the bulk load while :class:`_Checker` validates it: every 65,536 lines the load
    looks whether validation has stopped at a fault, so a bad file is given up early."""

    def __init__(self, path: Path, checker: _Checker) -> None:
        super().__init__(path)
        self.checker = checker

    def objects(self) -> Iterator[dict[str, Any]]:
        checker = self.checker
        for number, obj in enumerate(super().objects()):
            if not number & 0xFFFF and checker.done():
                checker.result()  # raises the fault, if that is why it is done
            yield obj


def _load_checked_beside(
    store: GraphStore,
    path: Path,
    clear: bool,
    progress: Callable[[int], None] | None,
    on_wait: Callable[[str], None] | None,
) -> tuple[int, LoadReport] | None:
    """Load a facts file through the bulk path while a second process validates it; (facts, report), or None
    when the file is not in kg's order (then it is to be read whole and validated first, as before).

    Validation was a pass of its own before the load, about a third of ``kg build --facts`` at 10^6 nodes,
    on one core while the other sat idle. Here it runs beside the load, and the new graph is swapped in only
    once the whole file has passed (``before_swap``): a fault anywhere, found before or after the load's walk
    reaches it, drops the new graph and leaves the old graph, and the kept plans, as they were. An error met
    by the load itself (a line it cannot read) gives way to the validation's message for the same file.
    """
    checker = _Checker(path, store.ontology)
    facts = _CheckedFile(path, checker)

    def before_swap() -> None:
        checker.result()
        if clear and store.plans_dir is not None:
            from kg.plan_texts import PlanTexts

            PlanTexts(store.plans_dir).forget()

    try:
        report = first_load(store, facts, clear, True, None, progress, on_wait, before_swap)
    except OutOfOrder:
        return None
    except Exception:
        fault = checker.fault()
        if isinstance(fault, OutOfOrder):
            return None
        if fault is not None:
            raise fault from None
        raise
    finally:
        checker.stop()
    assert report is not None
    return checker.result(), report


def load(
    store: GraphStore,
    facts: Iterable[Fact],
    clear: bool = False,
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    pipelined: bool | None = None,
    bulk: bool | None = None,
    count: int | None = None,
) -> LoadReport:
    """Write validated facts: a first load through the engine's import path, others inside the store's build
    scope (see :meth:`GraphStore.building`) in UNWIND batches.

    With ``clear`` the graph no longer comes from the kept plans (:mod:`kg.plan_texts`), so they are forgotten
    first: adding a plan later then says the graph holds plans kg has no text of, rather than silently
    re-deriving the graph from texts it no longer matches.
    """
    if clear and store.plans_dir is not None:
        from kg.plan_texts import PlanTexts

        PlanTexts(store.plans_dir).forget()
    report = first_load(store, facts, clear, bulk, count, progress, on_wait)
    if report is not None:
        return report
    with store.building(clear=clear, on_wait=on_wait):
        report = load_facts(store, facts, batch_size=batch_size, progress=progress, pipelined=pipelined)
    report.note = store.bulk_note
    return report


def first_load(
    store: GraphStore,
    facts: Iterable[Fact],
    clear: bool,
    bulk: bool | None,
    count: int | None,
    progress: Callable[[int], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    before_swap: Callable[[], None] | None = None,
) -> LoadReport | None:
    """Load through the engine's bulk path (:meth:`GraphStore.bulk_load`) when this is a first load (``clear``
    or an empty graph) and ``bulk`` asks for it, or, left to kg (None), when there are enough facts for it to
    pay (:data:`kg.store.bulk.BULK_THRESHOLD`). None when the UNWIND path is to load them instead."""
    from kg.store.bulk import BULK_THRESHOLD

    if bulk is False:
        return None
    if count is None and isinstance(facts, Sized):
        count = len(facts)
    if bulk is None and (count or 0) < BULK_THRESHOLD.get(store.backend, 0):
        return None
    if not (clear or store.is_empty()):
        if bulk:
            raise InputError(
                f"{store.location} already holds a graph: a bulk load makes a new one", "add --clear, or drop --bulk"
            )
        return None
    store.bulk_note = ""
    report = store.bulk_load(facts, progress=progress, on_wait=on_wait, before_swap=before_swap)
    if report is None and bulk:
        raise StoreError(
            f"{store.location} has no bulk load path kg can use ({store.bulk_note or 'not a local server'})",
            "drop --bulk to load through UNWIND batches",
        )
    return report
