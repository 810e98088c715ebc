"""The RDF formats kg reads and writes: one table, for the CLI's choices, the writers, the reader and names.

Each format has kg's short name (what ``--format`` takes), pyoxigraph's format (by attribute name, so this
module imports nothing heavy and the CLI can build its choices from it), rdflib's plugin name (for
``--engine rdflib``), the file extensions that imply it, and whether kg writes it (N-Quads is read only).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class RdfFormat:
    name: str
    oxigraph: str  # attribute of pyoxigraph.RdfFormat
    rdflib: str
    extensions: tuple[str, ...]
    writable: bool = True

    @property
    def ox(self) -> Any:
        import pyoxigraph

        return getattr(pyoxigraph.RdfFormat, self.oxigraph)


FORMATS: dict[str, RdfFormat] = {
    f.name: f
    for f in (
        RdfFormat("ttl", "TURTLE", "turtle", (".ttl",)),
        RdfFormat("nt", "N_TRIPLES", "nt", (".nt",)),
        RdfFormat("xml", "RDF_XML", "xml", (".rdf", ".xml", ".owl")),
        RdfFormat("trig", "TRIG", "trig", (".trig",)),
        RdfFormat("jsonld", "JSON_LD", "json-ld", (".jsonld", ".json")),
        RdfFormat("nq", "N_QUADS", "nquads", (".nq",), writable=False),
    )
}
WRITE_FORMATS: tuple[str, ...] = tuple(name for name, f in FORMATS.items() if f.writable)
READ_FORMATS: tuple[str, ...] = tuple(FORMATS)
EXTENSIONS: dict[str, str] = {ext: f.name for f in FORMATS.values() for ext in f.extensions}


def format_of(path: Path | None, fmt: str | None) -> str:
    """The format asked for, or the one a file name's extension names (Turtle when neither says)."""
    if fmt:
        return fmt
    if path is not None and path.suffix:
        return EXTENSIONS.get(path.suffix.lower(), path.suffix.lower().lstrip("."))
    return "ttl"
