"""Shared fixtures: the ontology, the sample corpus (skipped with a message where absent), embedded stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.ontology import Ontology, load_ontology
from kg.store.base import GraphStore
from kg.store.falkordb import EmbeddedServer, FalkorStore
from kg.store.neo4j import Neo4jSettings, Neo4jStore

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        pytest.skip(f"sample corpus not found at {CORPUS} (CI provides ../shared/corpus)")
    return CORPUS


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    """A fresh embedded database folder; its server is stopped afterwards."""
    path = tmp_path / "db"
    yield path
    EmbeddedServer(path).stop()


@pytest.fixture
def store(ontology: Ontology, db_path: Path) -> Iterator[FalkorStore]:
    with FalkorStore(ontology, db_path) as s:
        yield s


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory, ontology: Ontology) -> Iterator[Path]:
    """One embedded database built from the bundled facts, shared by read-only tests."""
    from kg.pipeline import build

    path = tmp_path_factory.mktemp("built") / "db"
    with FalkorStore(ontology, path) as s:
        build(s)
    yield path
    EmbeddedServer(path).stop()


@pytest.fixture
def built_store(ontology: Ontology, built_db: Path) -> Iterator[FalkorStore]:
    with FalkorStore(ontology, built_db) as s:
        yield s


@pytest.fixture(scope="session")
def neo4j_settings(ontology: Ontology) -> Neo4jSettings:
    """The test Neo4j (scripts/neo4j-local, started by scripts/test); its absence fails where it is required.

    scripts/test and CI set KG_REQUIRE_NEO4J=1 after starting the server, so there a missing server is a
    failure, not a skip. Run by hand without it, the Neo4j tests skip and say how to start one.
    """
    settings = Neo4jSettings.from_env()
    try:
        Neo4jStore(ontology, settings).close()
    except StoreError as exc:
        if os.environ.get("KG_REQUIRE_NEO4J"):
            pytest.fail(f"Neo4j is required here but unavailable: {exc}")
        pytest.skip(f"Neo4j not available ({exc}); start one with scripts/neo4j-local start")
    return settings


@pytest.fixture
def neo4j_store(ontology: Ontology, neo4j_settings: Neo4jSettings) -> Iterator[Neo4jStore]:
    with Neo4jStore(ontology, neo4j_settings) as s:
        s.clear()
        yield s


@pytest.fixture(scope="session")
def built_graphs(request: pytest.FixtureRequest, ontology: Ontology, built_db: Path) -> dict[str, GraphStore]:
    """The bundled graph in both backends (Neo4j built once per session), for parity tests."""
    from kg.pipeline import build

    neo4j = Neo4jStore(ontology, request.getfixturevalue("neo4j_settings"))
    neo4j.clear()
    build(neo4j)
    embedded = FalkorStore(ontology, built_db)
    request.addfinalizer(neo4j.close)
    request.addfinalizer(embedded.close)
    return {"embedded": embedded, "neo4j": neo4j}


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium driven by selenium, shared by the browser tests.

    scripts/test sets KG_REQUIRE_BROWSER=1 where Chromium is installed (CI installs it), so there a missing
    browser fails; run by hand without one, the browser tests skip and say what to install.
    """
    from kg.view import headless

    missing = headless.available()
    if missing:
        if os.environ.get("KG_REQUIRE_BROWSER"):
            pytest.fail(f"headless Chromium is required here but unavailable: {missing}")
        pytest.skip(f"headless Chromium not available: {missing}")
    with headless.chromium() as driver:
        yield driver


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests leave files for people to look at (screenshots); CI keeps the folder."""
    path = Path(os.environ.get("KG_ARTIFACTS", ROOT / "test-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path
