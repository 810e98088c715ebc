"""Keeping a graph current (kg.update): adding, replacing and removing plans equals a clean build, on both backends.

The corpora are made at run time in tmp from ../shared/corpus: the four plans without 001, 001 alone, and a
copy with one plan cut in half. Each comparison is within one backend: the same ``kg stats`` and the same
sorted N-Triples (``kg export --format nt``) as a clean build (``--clear``) of the corpus the graph should
now hold. The clean builds are made once per backend and compared as data.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.ontology import Ontology
from kg.plan_texts import PlanTexts
from kg.store.base import GraphStore
from kg.store.difference import stored_graph
from kg.store.falkordb import FalkorStore
from tests.stores import store_opener

ADDED = "001"  # 天门市科技创新“十四五”规划: its firms are the 十三五 plan's too
SHRUNK = "003"  # 鄂州's plan, cut in half


@dataclass
class Corpora:
    all: Path
    four: Path  # without ADDED
    one: Path  # ADDED alone
    shrunk: Path  # all, with SHRUNK cut in half
    shrunk_four: Path  # shrunk, without ADDED
    added_file: str
    shrunk_file: str


def _copy(source: Path, target: Path, keep: Callable[[str], bool]) -> Path:
    target.mkdir(parents=True)
    header, *rows = (source / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    kept = [row for row in rows if keep(row.split("\t", 1)[0])]
    (target / "MANIFEST.tsv").write_text("\n".join([header, *kept]) + "\n", encoding="utf-8")
    for row in kept:
        name = row.split("\t", 1)[0]
        shutil.copy(source / name, target / name)
    return target


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Corpora:
    base = tmp_path_factory.mktemp("corpora")
    added = next(p.name for p in corpus_dir.glob(f"{ADDED}_*.txt"))
    shrunk_file = next(p.name for p in corpus_dir.glob(f"{SHRUNK}_*.txt"))
    shrunk = _copy(corpus_dir, base / "shrunk", lambda name: True)
    text = (shrunk / shrunk_file).read_text(encoding="utf-8")
    (shrunk / shrunk_file).write_text(text[: text.index("\n", len(text) // 2) + 1], encoding="utf-8")
    return Corpora(
        all=_copy(corpus_dir, base / "all", lambda name: True),
        four=_copy(corpus_dir, base / "four", lambda name: name != added),
        one=_copy(corpus_dir, base / "one", lambda name: name == added),
        shrunk=shrunk,
        shrunk_four=_copy(shrunk, base / "shrunk-four", lambda name: name != added),
        added_file=added,
        shrunk_file=shrunk_file,
    )


Snapshot = tuple[dict[str, int], dict[str, int], bytes]


def snapshot(store: GraphStore, tmp: Path) -> Snapshot:
    """``kg stats`` and the sorted N-Triples of ``kg export``."""
    counts = store.counts()
    path = tmp / "graph.nt"
    kg.export_rdf(store, path, "nt")
    return counts.labels, counts.types, path.read_bytes()


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def opener(request: pytest.FixtureRequest, ontology: Ontology) -> Callable[[Path], object]:
    return store_opener(request, ontology)


@pytest.fixture(scope="module")
def clean(
    opener: Callable[[Path], object], corpora: Corpora, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Snapshot]:
    """Snapshots of clean builds (``--clear``) of each corpus, on this backend."""
    out = {}
    for name in ("all", "four", "shrunk", "shrunk_four"):
        tmp = tmp_path_factory.mktemp(f"clean-{name}")
        with opener(tmp) as store:  # type: ignore[attr-defined]
            kg.build(store, corpus=[getattr(corpora, name)], clear=True)
            out[name] = snapshot(store, tmp)
    return out


def test_adding_a_plan_equals_building_all_at_once(
    opener: Callable[[Path], object], corpora: Corpora, clean: dict[str, Snapshot], tmp_path: Path
) -> None:
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, corpus=[corpora.four], clear=True)
        assert snapshot(store, tmp_path) == clean["four"]
        report = kg.build(store, corpus=[corpora.one]).update
        assert report is not None and report.added == ["天门市科技创新“十四五”规划"]
        assert (report.replaced, report.removed, report.kept) == ([], [], 5)
        # Re-resolution reached into the other plans: nodes of the four-plan graph were merged away.
        assert report.difference is not None and report.difference.delete_nodes
        assert snapshot(store, tmp_path) == clean["all"]
        assert [p.file for p in kg.kept_plans(store)] == sorted(p.name for p in corpora.all.glob("*.txt"))


def test_rebuilding_after_a_plan_shrank_equals_a_clean_build_of_the_shrunk_corpus(
    opener: Callable[[Path], object], corpora: Corpora, clean: dict[str, Snapshot], tmp_path: Path
) -> None:
    assert clean["shrunk"] != clean["all"]
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, corpus=[corpora.all], clear=True)
        report = kg.build(store, corpus=[corpora.shrunk]).update
        assert report is not None and len(report.replaced) == 1 and len(report.unchanged) == 4
        assert report.difference is not None and report.difference.delete_relationships
        assert snapshot(store, tmp_path) == clean["shrunk"]
        # Only the changed file, given alone, replaces its plan just the same.
        kg.build(store, corpus=[corpora.all / corpora.shrunk_file])
        assert snapshot(store, tmp_path) == clean["all"]
        kg.build(store, corpus=[corpora.shrunk / corpora.shrunk_file])
        assert snapshot(store, tmp_path) == clean["shrunk"]


def test_removing_a_plan_equals_a_clean_build_without_it(
    opener: Callable[[Path], object], corpora: Corpora, clean: dict[str, Snapshot], tmp_path: Path
) -> None:
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, corpus=[corpora.shrunk], clear=True)
        report = kg.remove_plans(store, [corpora.added_file])
        assert report.removed == ["天门市科技创新“十四五”规划"] and report.kept == 4
        assert snapshot(store, tmp_path) == clean["shrunk_four"]
        before = snapshot(store, tmp_path)
        index = PlanTexts(store.plans_dir).index_bytes()
        with pytest.raises(kg.InputError, match="no plan 'no-such-plan'"):
            kg.remove_plans(store, ["no-such-plan"])
        assert snapshot(store, tmp_path) == before and PlanTexts(store.plans_dir).index_bytes() == index


def test_building_the_same_corpus_twice_changes_nothing(
    opener: Callable[[Path], object], corpora: Corpora, clean: dict[str, Snapshot], tmp_path: Path
) -> None:
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, corpus=[corpora.all], clear=True)
        report = kg.build(store, corpus=[corpora.all]).update
        assert report is not None and report.difference is not None and report.difference.empty
        assert len(report.unchanged) == 5 and not (report.added or report.replaced)
        assert snapshot(store, tmp_path) == clean["all"]


def test_a_failed_update_leaves_the_graph_and_the_kept_plans_as_they_were(
    opener: Callable[[Path], object], corpora: Corpora, clean: dict[str, Snapshot], tmp_path: Path, monkeypatch
) -> None:
    """Every write of the difference done, then a failure before the end: nothing of it may stay."""
    import kg.update

    real_apply = kg.update.apply

    def apply_then_fail(store: GraphStore, diff: object, batch_size: int | None = None) -> None:
        real_apply(store, diff, batch_size)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store, corpus=[corpora.four], clear=True)
        index = PlanTexts(store.plans_dir).index_bytes()
        monkeypatch.setattr(kg.update, "apply", apply_then_fail)
        with pytest.raises(KeyboardInterrupt):
            kg.build(store, corpus=[corpora.one])
        assert snapshot(store, tmp_path) == clean["four"]
        assert PlanTexts(store.plans_dir).index_bytes() == index
        monkeypatch.setattr(kg.update, "apply", real_apply)
        kg.build(store, corpus=[corpora.one])
        assert snapshot(store, tmp_path) == clean["all"]


def test_a_graph_with_plans_kg_has_no_text_of_is_not_updated(
    opener: Callable[[Path], object], corpora: Corpora, tmp_path: Path
) -> None:
    """The bundled facts (five plans, no texts) and then one plan without --clear: a clear error, no change."""
    with opener(tmp_path) as store:  # type: ignore[attr-defined]
        kg.build(store)
        before = store.counts()
        with pytest.raises(kg.StoreError, match=r"the graph holds 4 plan\(s\) kg keeps no text of"):
            kg.build(store, corpus=[corpora.one])
        assert store.counts() == before and kg.kept_plans(store) == []
        kg.build(store, corpus=[corpora.all])  # every plan given: the graph is re-derived from their texts
        assert len(kg.kept_plans(store)) == 5


def test_the_kept_texts_are_the_plans_and_every_evidence_span_points_into_them(
    store: FalkorStore, corpora: Corpora
) -> None:
    kg.build(store, corpus=[corpora.all], clear=True)
    texts = PlanTexts(store.plans_dir)
    plans = {plan.id: plan for plan in texts.plans()}
    assert store.plans_dir == store.server.directory / "plans"
    for plan in plans.values():
        assert texts.text(plan) == (corpora.all / plan.file).read_text(encoding="utf-8")
    keys = store.ontology.evidence_properties
    checked = 0
    for props in stored_graph(store).relationships.values():
        for item in zip(*(props[k] for k in keys), strict=True):
            evidence = dict(zip(keys, item, strict=True))
            text = texts.text(plans[evidence["document"]])
            assert text[evidence["start"] : evidence["end"]].replace("\n", " ") == evidence["text"]
            checked += 1
    assert checked > 3000  # every evidence item of every relationship


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_commands(db_path: Path, corpora: Corpora) -> None:
    db = ["--db", str(db_path)]
    code, _, err = run("build", "--corpus", str(corpora.four), "--clear", "--yes", *db)
    assert code == 0, err
    code, _, err = run("build", "--corpus", str(corpora.one), *db)
    assert code == 0 and "plans: 1 added, 0 replaced, 0 removed, 5 kept in all; graph: nodes +" in err, err
    code, out, _ = run("plans", *db)
    assert code == 0 and out.count(".txt") == 5 and "天门市科技创新“十四五”规划" in out
    code, out, _ = run("plans", "天门市科技创新“十四五”规划", *db)
    assert code == 0 and out == (corpora.one / corpora.added_file).read_text(encoding="utf-8")
    code, out, err = run("remove", "nonsense", *db)
    assert code == 1 and err.count("\n") == 1 and err.startswith("Error: no plan 'nonsense' in ")
    code, out, err = run("remove", corpora.added_file, "--format", "json", *db)
    assert code == 0 and "plans: 0 added, 0 replaced, 1 removed, 4 kept in all" in err, err
    code, out, _ = run("plans", "--format", "json", *db)
    assert code == 0 and corpora.added_file not in out and out.count('"file"') == 4
