"""Opening an empty store of either backend, for test modules that run the same checks on both."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from kg.ontology import Ontology
from kg.store.base import GraphStore
from kg.store.falkordb import EmbeddedServer, FalkorStore
from kg.store.neo4j import Neo4jStore


def store_opener(
    request: pytest.FixtureRequest, ontology: Ontology
) -> Callable[[Path], AbstractContextManager[GraphStore]]:
    """For a fixture parametrised by backend: opens an empty store with its kept plans in ``tmp`` (Neo4j: the
    one test database, cleared), so each module chooses its own scope and marks but not its own copy of this."""
    if request.param == "embedded":

        @contextmanager
        def embedded(tmp: Path) -> Iterator[GraphStore]:
            try:
                with FalkorStore(ontology, tmp / "db") as store:
                    yield store
            finally:
                EmbeddedServer(tmp / "db").stop()

        return embedded
    settings = request.getfixturevalue("neo4j_settings")

    @contextmanager
    def neo4j(tmp: Path) -> Iterator[GraphStore]:
        with Neo4jStore(ontology, settings) as store:
            store.clear()
            store.plans_dir = tmp / "plans"
            yield store

    return neo4j


def four_and_one(corpus_dir: Path, tmp: Path) -> tuple[list[Path], Path, Path]:
    """The sample plans (sorted), and two corpora of them, all but the first and the first alone: a build of four
    plans and then an update that adds the fifth, for the tests that check what a write keeps."""
    import shutil

    four, one = tmp / "four", tmp / "one"
    files = sorted(corpus_dir.glob("*.txt"))
    four.mkdir()
    one.mkdir()
    for path in files[1:]:
        shutil.copy(path, four / path.name)
    shutil.copy(files[0], one / files[0].name)
    return files, four, one


def assert_kept_values_stay_out(store: GraphStore, tmp: Path) -> None:
    """The RDF export and the update's comparison leave every kept value (``kg_…``) out: bookkeeping, not facts."""
    import kg
    from kg.store.difference import stored_graph

    out = tmp / "graph.nt"
    kg.export_rdf(store, out, "nt")
    assert "kg_" not in out.read_text(encoding="utf-8")
    stored = stored_graph(store)
    assert not any(key.startswith("kg_") for props in stored.nodes.values() for key in props)
