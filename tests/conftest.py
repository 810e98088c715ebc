"""Shared fixtures: the ontology, the sample corpus (skipped with a message where absent), embedded stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.ontology import Ontology, load_ontology
from kg.store.falkordb import EmbeddedServer, FalkorStore

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
