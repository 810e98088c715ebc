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


def extract_documents(documents: Iterable[Document]) -> list[Fact]:
    """Facts of several plans, resolved together so shared entities are one node."""
    return resolve([extract_document(doc) for doc in documents])


def extract_paths(paths: Iterable[Path]) -> list[Fact]:
    """Facts of the plans at ``paths`` (files, or folders of ``*.txt`` with an optional MANIFEST.tsv)."""
    return extract_documents(read_documents(paths))
