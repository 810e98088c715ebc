"""kg: a knowledge graph of innovation entities from Chinese science-and-technology plans.

The public API is the same functions the ``kg`` command calls (README, "Python API")::

    import kg
    with kg.open_store("embedded", db="/tmp/kgdb") as store:
        kg.build(store)                                       # the bundled facts
        rows = kg.run_query(store, "firms_on_chain", {"industry": "生物医药"})
        frame = rows.to_dataframe()                           # needs the pandas extra
        leaders = kg.analyze(store, "leaders", top=3)         # a table too
        graph = kg.networkx_graph(store, "firms_on_chain", {"industry": "生物医药"})

Names whose modules pull in large libraries (networkx, pyvis, pyoxigraph) are imported on first use, so
``import kg`` and every ``kg`` command stay quick.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from kg.errors import FactError, InputError, KgError, OntologyError, QueryError, StoreError
from kg.facts import Entity, Evidence, Fact, Relation, read_jsonl, write_jsonl
from kg.ontology import Ontology, load_ontology
from kg.pipeline import build, extract, extract_facts
from kg.queries import catalogue, run_query
from kg.store import GraphStore, QueryResult, open_store

if TYPE_CHECKING:
    from kg.analytics import Analysis, analyze
    from kg.api import networkx_graph
    from kg.rdf import export as export_rdf
    from kg.rdf import import_rdf, validate_rdf
    from kg.review import review as review_facts
    from kg.update import kept_plans, remove_plans
    from kg.view import Selection, View, make_view
    from kg.view import draw as draw_view

# public name -> (module, name there), imported on first use
_LAZY = {
    "Analysis": ("kg.analytics", "Analysis"),
    "analyze": ("kg.analytics", "analyze"),
    "networkx_graph": ("kg.api", "networkx_graph"),
    "export_rdf": ("kg.rdf", "export"),
    "import_rdf": ("kg.rdf", "import_rdf"),
    "validate_rdf": ("kg.rdf", "validate_rdf"),
    "review_facts": ("kg.review", "review"),
    "Selection": ("kg.view", "Selection"),
    "View": ("kg.view", "View"),
    "make_view": ("kg.view", "make_view"),
    "draw_view": ("kg.view", "draw"),
    "kept_plans": ("kg.update", "kept_plans"),
    "remove_plans": ("kg.update", "remove_plans"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attribute = _LAZY[name]
        value = getattr(import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = [
    "Analysis",
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
    "Selection",
    "StoreError",
    "View",
    "analyze",
    "build",
    "catalogue",
    "draw_view",
    "export_rdf",
    "extract",
    "extract_facts",
    "import_rdf",
    "kept_plans",
    "load_ontology",
    "make_view",
    "networkx_graph",
    "open_store",
    "read_jsonl",
    "remove_plans",
    "review_facts",
    "run_query",
    "validate_rdf",
    "write_jsonl",
]
