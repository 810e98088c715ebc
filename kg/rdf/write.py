"""Serialise a stream of triples in each format, without holding the graph in memory where the format allows.

- N-Triples are byte-sorted (and deduplicated), so two exports of one graph diff line by line; the sort is
  an external merge sort over chunks, so memory stays bounded however large the graph.
- Turtle, RDF/XML and TriG are streamed through pyoxigraph's serialisers (Rust), which abbreviate runs of
  one subject as the stream delivers them grouped. rdflib's serialisers build the whole graph first and
  its Turtle writer slows down superlinearly on large graphs (RDFLib/rdflib#2135); ``engine="rdflib"``
  still uses them, for comparison (bench/export.py) and as a reference.
- JSON-LD is written here, one node object per subject, compacted with kg's context
  (``ontology/context.jsonld``), which the file embeds so it reads offline.
"""

from __future__ import annotations

import errno
import heapq
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import chain, groupby
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.atomic import atomic_output
from kg.batching import batched
from kg.rdf import terms as t
from kg.rdf.context import jsonld_context
from kg.rdf.formats import FORMATS
from kg.rdf.triples import ox_triples, rdflib_graph

SORT_CHUNK_LINES = 500_000


class Counter:
    """Counts the lines (triples) that pass through it (for the report and the benchmark)."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = lines
        self.count = 0

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.count += 1
            yield line


def _sorted_ntriples(lines: Iterable[str], out: IO[bytes]) -> None:
    """Write N-Triples sorted byte-wise and without duplicates.

    Where the system has a ``sort`` command (every Unix), lines are piped into ``LC_ALL=C sort -u``: it
    sorts on the other core while Python is still producing lines, and merges in C. Elsewhere the sort
    is done here; both give the same bytes.
    """
    command = shutil.which("sort") if os.name == "posix" else None
    try:
        out.fileno()
    except (AttributeError, OSError, ValueError):
        command = None  # an in-memory buffer: sort here
    if command is None:
        _sort_here(lines, out)
        return
    out.flush()
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as scratch:
        process = subprocess.Popen(
            [command, "-u", "-S", "256M", "-T", scratch],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=subprocess.PIPE,
            env={**os.environ, "LC_ALL": "C"},
        )
        assert process.stdin is not None
        try:
            for block in batched(lines, 50_000):
                process.stdin.write(("\n".join(block) + "\n").encode("utf-8"))
            process.stdin.close()
        except BaseException:
            process.kill()
            process.wait()
            raise
        error = process.stderr.read().decode("utf-8", "replace").strip() if process.stderr else ""
        if process.wait() != 0:
            first = error.splitlines()[0] if error else f"sort exited with {process.returncode}"
            raise OSError(errno.ENOSPC if "space" in first else errno.EIO, first)


def _sort_here(lines: Iterable[str], out: IO[bytes]) -> None:
    """Sort in Python (by code point, which is UTF-8 byte order), without duplicates.

    Chunks of SORT_CHUNK_LINES are sorted in memory and spilled to temporary files, then merged, so memory
    stays bounded however large the graph. Lines move in large blocks: per-line writes cost more than the
    sort itself.
    """
    with ExitStack() as stack:
        runs: list[IO[bytes]] = []
        for batch in batched(lines, SORT_CHUNK_LINES):
            block = ("\n".join(sorted(set(batch))) + "\n").encode("utf-8")
            if not runs and len(batch) < SORT_CHUNK_LINES:  # all of it fitted in one chunk
                out.write(block)
                return
            run = stack.enter_context(tempfile.TemporaryFile())
            run.write(block)
            run.seek(0)
            runs.append(run)
        previous = None
        pending: list[bytes] = []
        for line in heapq.merge(*runs):
            if line != previous:
                pending.append(line)
                previous = line
                if len(pending) >= 50_000:
                    out.write(b"".join(pending))
                    pending.clear()
        out.write(b"".join(pending))


def _compact(iri: str, prefixes: list[tuple[str, str]]) -> str:
    for prefix, namespace in prefixes:
        if iri.startswith(namespace) and len(iri) > len(namespace) and not iri[len(namespace) :].startswith("/"):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _jsonld(triples: Iterable[Any], out: IO[bytes], base: str) -> None:
    """One node object per run of a subject, compacted with the context (CURIEs), written as they come."""
    context = jsonld_context(base)
    prefixes = sorted(
        ((k, v) for k, v in context["@context"].items() if isinstance(v, str) and not k.startswith("@")),
        key=lambda kv: -len(kv[1]),
    )
    out.write(b'{"@context": ' + json.dumps(context["@context"], ensure_ascii=False).encode() + b',\n"@graph": [')
    first = True
    for subject, group in groupby(triples, key=lambda tr: tr.subject):
        obj: dict[str, Any] = {"@id": _subject(subject, prefixes)}
        for triple in group:
            predicate, value = triple.predicate.value, triple.object
            if predicate == t.RDF + "type" and isinstance(value, ox.NamedNode):
                obj.setdefault("@type", []).append(_compact(value.value, prefixes))
                continue
            key = _compact(predicate, prefixes)
            obj.setdefault(key, []).append(_value(value, prefixes))
        out.write((b"\n" if first else b",\n") + json.dumps(obj, ensure_ascii=False).encode())
        first = False
    out.write(b"\n]}\n")


def _subject(term: Any, prefixes: list[tuple[str, str]]) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact(term.value, prefixes)


def _value(term: Any, prefixes: list[tuple[str, str]]) -> Any:
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return {"@id": _subject(term, prefixes)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value != t.XSD + "string":
        return {"@value": term.value, "@type": _compact(term.datatype.value, prefixes)}
    return term.value


def _as_quads(triples: Iterable[Any], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    for triple in triples:
        yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)


def serialize(
    data: Iterable[str],
    out: IO[bytes],
    fmt: str,
    base: str = t.DEFAULT_BASE,
    ontology: Iterable[str] = (),
    engine: str = "oxigraph",
) -> None:
    """Write ``data`` (then ``ontology``, in TriG as its own named graph), N-Triples lines, to ``out``."""
    prefixes = {**t.PREFIXES, "kg": base}
    if engine == "rdflib":
        _rdflib(data, ontology, out, fmt, prefixes)
        return
    if fmt == "nt":
        _sorted_ntriples(chain(data, ontology), out)
    elif fmt == "jsonld":
        _jsonld(ox_triples(chain(data, ontology)), out, base)
    elif fmt == "trig":
        quads = chain(
            _as_quads(ox_triples(data), ox.NamedNode(base + "graph")),
            _as_quads(ox_triples(ontology), ox.NamedNode(t.KGO.rstrip("#"))),
        )
        ox.serialize(quads, out, ox.RdfFormat.TRIG, prefixes=prefixes)
    else:
        ox.serialize(ox_triples(chain(data, ontology)), out, FORMATS[fmt].ox, prefixes=prefixes)


def _rdflib(data: Iterable[str], ontology: Iterable[str], out: IO[bytes], fmt: str, prefixes: dict[str, str]) -> None:
    from rdflib import Dataset, URIRef

    if fmt == "trig":
        dataset = Dataset()
        for name, stream in ((prefixes["kg"] + "graph", data), (t.KGO.rstrip("#"), ontology)):
            graph = dataset.graph(URIRef(name))
            for triple in rdflib_graph(stream):
                graph.add(triple)
        for prefix, namespace in prefixes.items():
            dataset.bind(prefix, namespace)
        out.write(dataset.serialize(format="trig").encode("utf-8"))
        return
    graph = rdflib_graph(chain(data, ontology))
    graph.bind("kg", prefixes["kg"])
    if fmt == "jsonld":
        text = graph.serialize(format="json-ld", context=jsonld_context(prefixes["kg"])["@context"])
    else:
        text = graph.serialize(format=FORMATS[fmt].rdflib)
    out.write(text.encode("utf-8") if isinstance(text, str) else text)


def write(
    data: Iterable[str],
    path: Path | None,
    fmt: str,
    base: str = t.DEFAULT_BASE,
    ontology: Iterable[str] = (),
    engine: str = "oxigraph",
) -> None:
    """Serialise to ``path`` atomically (never half a file), or to stdout when ``path`` is None."""
    if path is None:
        serialize(data, sys.stdout.buffer, fmt, base, ontology, engine)
        sys.stdout.flush()
        return
    with atomic_output(path, "wb") as out:
        serialize(data, out, fmt, base, ontology, engine)
        out.flush()
        os.fsync(out.fileno())
