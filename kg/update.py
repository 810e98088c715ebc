"""Keep a graph current: add plans, replace a re-extracted plan, remove a withdrawn one.

A plan's facts depend on the other plans in the graph (entities are resolved across plans: a short form in
one plan is the full name in another, one node per real thing), so no plan can be added or taken out alone.
Every change here recomputes the facts of the whole kept corpus (the plans' texts kept by
:mod:`kg.plan_texts`, with the new ones in and the removed ones out) exactly as a clean build of that corpus
would (same document order, same resolution, same corrections, same validation), and writes only the
difference between that graph and the stored one (:mod:`kg.store.difference`). The result is equal to a clean
build by construction.

All or nothing: the difference is written inside the store's build scope and transaction (the embedded store
loads a copy and swaps it in; Neo4j commits one transaction), and the kept plans' index is replaced inside
that scope, put back if anything fails. A crash between the index and the swap leaves the new index and the
old graph: the next update, which always diffs against what the store holds, brings the graph to the index.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.corrections import CorrectionReport
from kg.errors import InputError, StoreError
from kg.facts import Fact
from kg.plan_texts import KeptPlan, PlanTexts
from kg.store.base import Counts, GraphStore, LoadReport
from kg.store.difference import Difference, apply, difference, planned_graph, stored_graph
from kg.store.read import plan_ids


@dataclass
class UpdateReport:
    """What an update did to the kept plans and to the graph."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: int = 0
    facts: int = 0
    difference: Difference | None = None  # None after a --clear build, which loads everything
    load: LoadReport | None = None
    corrections: CorrectionReport | None = None
    counts: Counts | None = None
    extract_seconds: float = 0.0
    write_seconds: float = 0.0

    def summary(self) -> str:
        """One line: what happened to the plans, and to the graph."""
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced", f"{len(self.removed)} removed"]
        plans = f"plans: {', '.join(parts)}, {self.kept} kept in all"
        if self.difference is not None:
            graph = "graph unchanged" if self.difference.empty else f"graph: {self.difference.summary()}"
        else:
            graph = f"graph rebuilt: {self.load.items if self.load else 0} items"
        return f"{plans}; {graph} (extract {self.extract_seconds:.1f} s, write {self.write_seconds:.1f} s)"


def _order(pairs: list[tuple[KeptPlan, object]]) -> list[tuple[KeptPlan, object]]:
    """The document order of every build: by file name, then plan id.

    Resolution depends on document order (the first plan to name a firm names its node), so a clean build
    and an update must see the plans in one order that does not depend on when each was added.
    """
    return sorted(pairs, key=lambda pair: (pair[0].file, pair[0].id))


def _corrected(
    facts: list[Fact], store: GraphStore, corrections: Path | None
) -> tuple[list[Fact], CorrectionReport | None]:
    from kg.corrections import apply_corrections, read_corrections
    from kg.pipeline import bundled_corrections_path
    from kg.validate import numbered, validate

    correction_file = corrections or bundled_corrections_path()
    if correction_file is None:
        return facts, None
    facts, report = apply_corrections(facts, read_corrections(correction_file), store.ontology)
    return validate(numbered(facts, f"after {correction_file.name}"), store.ontology), report


def update(
    store: GraphStore,
    add: Iterable[Path] = (),
    remove: Sequence[str] = (),
    clear: bool = False,
    corrections: Path | None = None,
    workers: int = 1,
    batch_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    bulk: bool | None = None,
) -> UpdateReport:
    """Add the plans at ``add`` (files or folders), drop the kept plans ``remove`` names, and bring the graph to
    the facts of the resulting corpus. With ``clear`` the kept plans are forgotten first and the graph is
    emptied and loaded from scratch (the reference a changed graph is compared with).

    A new plan replaces a kept one with the same plan id (its title) or the same file name.
    """
    from kg.validate import numbered, validate
    from loaders import extract_each, read_documents
    from loaders.resolve import plan_id, resolve

    texts = PlanTexts(store.plans_dir)
    report = UpdateReport()
    paths = list(add)
    with texts.lock(on_wait):
        started = time.perf_counter()
        kept = [] if clear else texts.plans()
        known = {plan.id for plan in kept}  # the plans the graph may hold, removed ones included
        for ref in remove:
            plan = texts.find(ref, kept)
            kept.remove(plan)
            report.removed.append(plan.title)
        documents = read_documents(paths) if paths else []
        onto = store.ontology
        new = [
            (KeptPlan.of(plan_id(ex.meta.title, onto), ex.meta.title, ex.doc), ex)
            for ex in extract_each(documents, workers, onto)
        ]
        seen: dict[str, str] = {}
        for plan, _ in new:
            if plan.id in seen:
                raise InputError(
                    f"{seen[plan.id]} and {plan.file} are the same plan ({plan.title})", "give only one of them"
                )
            seen[plan.id] = plan.file
        new_files = {plan.file for plan, _ in new}
        before = {plan.id: plan for plan in kept}
        staying = [plan for plan in kept if plan.id not in seen and plan.file not in new_files]
        for plan, _ in new:
            old = before.get(plan.id) or next((p for p in kept if p.file == plan.file), None)
            if old is None:
                report.added.append(plan.title)
            elif old == plan:
                report.unchanged.append(plan.title)
            else:
                report.replaced.append(plan.title)
        staying_ex = extract_each([texts.document(plan) for plan in staying], workers, onto)
        corpus = _order(new + list(zip(staying, staying_ex, strict=True)))
        report.kept = len(corpus)
        facts = validate(numbered(resolve([ex for _, ex in corpus], onto), "extracted"), onto) if corpus else []
        facts, report.corrections = _corrected(facts, store, corrections) if facts else (facts, None)
        report.facts = len(facts)
        report.extract_seconds = time.perf_counter() - started
        index = [plan for plan, _ in corpus]
        texts.save_texts(ex.doc for _, ex in new)
        previous = texts.index_bytes()
        started = time.perf_counter()
        try:
            if clear:
                report.load = _load(store, facts, batch_size, progress, on_wait, texts, index, bulk)
            else:
                report.difference = _change(store, facts, batch_size, on_wait, texts, index, known | set(seen))
                report.load = _written(report.difference)
        except BaseException:
            texts.restore_index(previous)
            raise
        report.write_seconds = report.load.seconds = time.perf_counter() - started
        texts.collect()
    report.counts = store.counts()
    return report


def _written(diff: Difference) -> LoadReport:
    """The nodes per label and relationships per type an update wrote (new or changed), as a load reports them."""
    nodes = Counter(label for label, _ in diff.write_nodes)
    relationships = Counter(key[0] for key in diff.write_relationships)
    return LoadReport(nodes=dict(nodes), relationships=dict(relationships))


def _load(
    store: GraphStore,
    facts: list[Fact],
    batch_size: int | None,
    progress: Callable[[int], None] | None,
    on_wait: Callable[[str], None] | None,
    texts: PlanTexts,
    index: list[KeptPlan],
    bulk: bool | None = None,
) -> LoadReport:
    """A clean build: empty the graph, load every fact (:func:`kg.pipeline.load`'s scope), keep the index."""
    from kg.pipeline import first_load
    from kg.store.cypher import load_facts

    loaded = first_load(store, facts, True, bulk, len(facts), progress, on_wait, lambda: texts.save_index(index))
    if loaded is not None:
        return loaded
    with store.building(clear=True, on_wait=on_wait):
        loaded = load_facts(store, facts, batch_size=batch_size, progress=progress)
        texts.save_index(index)
    loaded.note = store.bulk_note
    return loaded


def _change(
    store: GraphStore,
    facts: list[Fact],
    batch_size: int | None,
    on_wait: Callable[[str], None] | None,
    texts: PlanTexts,
    index: list[KeptPlan],
    known: set[str],
) -> Difference:
    """Write the difference between the stored graph and the one ``facts`` make, in one scope and transaction."""
    planned = planned_graph(store.ontology, facts)
    with store.building(on_wait=on_wait), store.transaction():
        foreign = sorted(plan_ids(store) - known)
        if foreign:
            raise StoreError(
                f"the graph holds {len(foreign)} plan(s) kg keeps no text of ({', '.join(foreign[:3])}"
                f"{', …' if len(foreign) > 3 else ''}; loaded from a facts file or an RDF import, or by another "
                f"machine keeping its texts elsewhere)",
                "rebuild with --clear, giving every plan with --corpus (or point --plans-dir at the kept texts)",
            )
        diff = difference(stored_graph(store), planned)
        apply(store, diff, batch_size)
        texts.save_index(index)
    return diff


def remove_plans(
    store: GraphStore,
    plans: Sequence[str],
    corrections: Path | None = None,
    workers: int = 1,
    on_wait: Callable[[str], None] | None = None,
) -> UpdateReport:
    """``kg remove``: drop kept plans (by id, file name or title) and bring the graph to a clean build of the rest."""
    return update(store, remove=plans, corrections=corrections, workers=workers, on_wait=on_wait)


def kept_plans(store: GraphStore) -> list[KeptPlan]:
    """``kg plans``: the plans the graph was built from, as kept beside it (their texts: :class:`PlanTexts`)."""
    return PlanTexts(store.plans_dir).plans()
