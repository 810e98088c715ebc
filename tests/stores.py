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
