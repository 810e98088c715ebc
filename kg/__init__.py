"""kg: a knowledge graph of innovation entities from Chinese science-and-technology plans.

The public API is the same functions the ``kg`` command calls::

    from kg import open_store, build, run_query
    with open_store("embedded", db="/tmp/kgdb") as store:
        build(store)                                   # the bundled facts
        rows = run_query(store, "firms_on_chain", {"industry": "生物医药"})
"""

from __future__ import annotations

from kg.errors import FactError, InputError, KgError, OntologyError, QueryError, StoreError
from kg.facts import Entity, Evidence, Fact, Relation, read_jsonl, write_jsonl
from kg.ontology import Ontology, load_ontology
from kg.pipeline import build, extract
from kg.queries import catalogue, run_query
from kg.store import GraphStore, QueryResult, open_store

__all__ = [
    "Entity",
    "Evidence",
    "Fact",
    "FactError",
    "GraphStore",
    "InputError",
    "KgError",
    "Ontology",
    "OntologyError",
    "QueryError",
    "QueryResult",
    "Relation",
    "StoreError",
    "build",
    "catalogue",
    "extract",
    "load_ontology",
    "open_store",
    "read_jsonl",
    "run_query",
    "write_jsonl",
]
