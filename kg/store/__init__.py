"""Graph store backends behind one interface, chosen by name.

``open_store("embedded", db=...)`` or ``open_store("neo4j", uri=..., ...)``. Backends register here by name
with a lazy import, so using one never imports the other's driver.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.ontology import Ontology, load_ontology
from kg.store.base import Counts, GraphStore, QueryResult

__all__ = ["BACKENDS", "Counts", "GraphStore", "QueryResult", "default_db_path", "open_store"]


def default_db_path() -> Path:
    """``$KG_DB`` if set, else the per-user data folder (``~/.local/share/kg/db`` on Linux)."""
    if os.environ.get("KG_DB"):
        return Path(os.environ["KG_DB"])
    from platformdirs import user_data_path

    return user_data_path("kg") / "db"


def _embedded(ontology: Ontology, db: str | Path | None = None, **_: Any) -> GraphStore:
    from kg.store.falkordb import FalkorStore

    return FalkorStore(ontology, Path(db) if db else default_db_path())


def _neo4j(
    ontology: Ontology,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    **_: Any,
) -> GraphStore:
    from kg.store.neo4j import Neo4jSettings, Neo4jStore

    return Neo4jStore(ontology, Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database))


BACKENDS: dict[str, Callable[..., GraphStore]] = {"embedded": _embedded, "neo4j": _neo4j}


def open_store(
    backend: str = "embedded",
    ontology: Ontology | None = None,
    plans_dir: str | Path | None = None,
    **options: Any,
) -> GraphStore:
    """Open a store by backend name; options are the backend's (``db`` or ``uri/user/password/database``).

    ``plans_dir`` (else ``$KG_PLANS_DIR``) is where kg keeps the texts of the plans the graph was built from
    (:mod:`kg.plan_texts`); by default ``plans/`` in the embedded database folder, a per-user folder for Neo4j.
    """
    try:
        factory = BACKENDS[backend]
    except KeyError:
        raise StoreError(f"unknown backend {backend!r}", f"choose one of {', '.join(BACKENDS)}") from None
    store = factory(ontology or load_ontology(), **options)
    chosen = plans_dir or os.environ.get("KG_PLANS_DIR")
    if chosen:
        store.plans_dir = Path(chosen).expanduser()
    return store
