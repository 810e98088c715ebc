"""Loaders: plan text in, ontology-conformant facts out.

The pipeline is small replaceable steps, each a module: :mod:`~loaders.corpus` reads files,
:mod:`~loaders.segment` lays a document out, :mod:`~loaders.rules` (one module per ontology class) finds
mentions, :mod:`~loaders.extract` runs them over a document, :mod:`~loaders.resolve` makes one entity per
real thing across documents and emits :mod:`kg.facts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.facts import Fact
from loaders.corpus import Document, read_document, read_documents
from loaders.extract import DocumentExtraction, extract_document
from loaders.resolve import resolve

__all__ = [
    "Document",
    "DocumentExtraction",
    "extract_document",
    "extract_documents",
    "extract_paths",
    "read_document",
    "read_documents",
    "resolve",
]


def extract_documents(documents: Iterable[Document], workers: int = 1) -> list[Fact]:
    """Facts of several plans, resolved together so shared entities are one node.

    ``workers`` > 1 extracts the documents in that many processes (each plan is independent until
    resolution, which runs here, once, in document order, so the facts are the same for any ``workers``).
    """
    documents = list(documents)
    if workers <= 1 or len(documents) < 2:
        return resolve([extract_document(doc) for doc in documents])
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, len(documents) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return resolve(list(pool.map(extract_document, documents, chunksize=chunk)))


def extract_paths(paths: Iterable[Path], workers: int = 1) -> list[Fact]:
    """Facts of the plans at ``paths`` (files, or folders of ``*.txt`` with an optional MANIFEST.tsv)."""
    return extract_documents(read_documents(paths), workers)
