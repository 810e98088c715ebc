"""The RDF formats kg reads and writes: one table, for the CLI's choices, the writers, the reader and names.

Each format has kg's short name (what ``--format`` takes), its media type (which names pyoxigraph's format,
looked up on use, so this module imports nothing heavy and the CLI can build its choices from it), rdflib's
plugin name (for
``--engine rdflib``), the file extensions that imply it, and whether kg writes it (N-Quads is read only).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class RdfFormat:
    name: str
    media_type: str
    rdflib: str
    extensions: tuple[str, ...]
    writable: bool = True

    @property
    def ox(self) -> Any:
        import pyoxigraph

        return pyoxigraph.RdfFormat.from_media_type(self.media_type)


FORMATS: dict[str, RdfFormat] = {
    f.name: f
    for f in (
        RdfFormat("ttl", "text/turtle", "turtle", (".ttl",)),
        RdfFormat("nt", "application/n-triples", "nt", (".nt",)),
        RdfFormat("xml", "application/rdf+xml", "xml", (".rdf", ".xml", ".owl")),
        RdfFormat("trig", "application/trig", "trig", (".trig",)),
        RdfFormat("jsonld", "application/ld+json", "json-ld", (".jsonld", ".json")),
        RdfFormat("nq", "application/n-quads", "nquads", (".nq",), writable=False),
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
