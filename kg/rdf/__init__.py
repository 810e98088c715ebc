"""RDF: export the graph with the ontology's IRIs, read an export back, validate one with SHACL.

store -> triples.py (PROV-O provenance, reified relationships) -> write.py (ttl, nt, xml, trig, jsonld)
file  -> read.py -> facts -> kg.validate -> store
file or store -> shapes.py (SHACL from the ontology) -> pyshacl report
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.rdf.formats import FORMATS, format_of
from kg.rdf.terms import DEFAULT_BASE, IriScheme
from kg.rdf.triples import graph_lines, ontology_lines
from kg.rdf.write import Counter, write
from kg.store.base import GraphStore, LoadReport

if TYPE_CHECKING:
    from kg.rdf.shapes import ShaclReport

__all__ = [
    "DEFAULT_BASE",
    "FORMATS",
    "ExportReport",
    "export",
    "export_lines",
    "format_of",
    "import_rdf",
    "validate_rdf",
]


@dataclass
class ExportReport:
    triples: int
    path: Path | None
    fmt: str


def export_lines(store: GraphStore, base: str = DEFAULT_BASE, ids: set[str] | None = None) -> Iterator[str]:
    """The data triples of the graph (or of ``ids``) as N-Triples lines, streamed."""
    return graph_lines(store, IriScheme(store.ontology, base), ids)


def query_subgraph(store: GraphStore, query: str, params: dict[str, str] | None = None) -> set[str]:
    """The entities a canned query (or script) names in its answer, plus every plan, so the evidence the
    export writes for them cites plans the export itself describes."""
    from kg.queries import query_ids
    from kg.store import read

    return query_ids(store, query, params or {}) | read.plan_ids(store)


def export(
    store: GraphStore,
    path: Path | None,
    fmt: str,
    base: str = DEFAULT_BASE,
    with_ontology: bool = False,
    ids: set[str] | None = None,
    engine: str = "oxigraph",
    query: str | None = None,
    params: dict[str, str] | None = None,
) -> ExportReport:
    """Write the graph (or the entities ``ids``, or those ``query`` names, and what joins them) as RDF to
    ``path`` (stdout if None)."""
    if query:
        ids = (ids or set()) | query_subgraph(store, query, params)
    data = Counter(export_lines(store, base, ids))
    onto = Counter(ontology_lines(store.ontology) if with_ontology else iter(()))
    write(data, path, fmt, base, onto, engine)
    return ExportReport(data.count + onto.count, path, fmt)


def import_rdf(
    store: GraphStore,
    path: Path,
    fmt: str,
    base: str = DEFAULT_BASE,
    clear: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> tuple[int, LoadReport]:
    """Load an export into ``store``: read, validate every fact against the ontology, then load; returns the
    number of facts and what the load wrote."""
    from kg.pipeline import load
    from kg.rdf.read import read_rdf
    from kg.validate import numbered, validate

    facts = validate(numbered(read_rdf(path, fmt, store.ontology, base), str(path)), store.ontology)
    if not facts:
        raise InputError(
            f"{path}: no kg entities in the file",
            f"kg reads subjects typed with a kg class and labelled, IRIs under {base}",
        )
    return len(facts), load(store, facts, clear=clear, on_wait=on_wait)


def validate_rdf(source: GraphStore | Path, fmt: str | None = None, base: str = DEFAULT_BASE) -> ShaclReport:
    """Check an RDF file, or the graph of a store exported in memory, against kg's SHACL shapes."""
    from kg.rdf.read import parse_graph
    from kg.rdf.shapes import validate_graph
    from kg.rdf.triples import rdflib_graph

    if isinstance(source, GraphStore):
        data = rdflib_graph(export_lines(source, base))
    else:
        data = parse_graph(source, format_of(source, fmt))
    return validate_graph(data, base=base)
