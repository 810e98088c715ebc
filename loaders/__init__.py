"""Loaders: plan text in, ontology-conformant facts out.

The pipeline is small replaceable steps, each a module: :mod:`~loaders.corpus` reads files,
:mod:`~loaders.segment` lays a document out, :mod:`~loaders.rules` (one module per ontology class) finds
mentions, :mod:`~loaders.extract` runs them over a document, :mod:`~loaders.resolve` makes one entity per
real thing across documents and emits :mod:`kg.facts`.

The ontology comes from the caller (a store opened with another ontology extracts with that one): the entry
points below take it, default :func:`kg.ontology.load_ontology`, and hand it down to each document's extractor
and to the resolver.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from kg.cycles import no_cycle_collection
from kg.facts import Fact
from kg.ontology import Ontology, load_ontology
from loaders.corpus import Corpus, Document, derived_text, read_corpus, read_document, read_documents
from loaders.extract import DocumentExtraction, extract_document
from loaders.resolve import resolve

__all__ = [
    "Corpus",
    "Document",
    "DocumentExtraction",
    "derived_text",
    "extract_document",
    "extract_documents",
    "extract_each",
    "extract_paths",
    "read_corpus",
    "read_document",
    "read_documents",
    "resolve",
]


def extract_documents(documents: Iterable[Document], workers: int = 1, ontology: Ontology | None = None) -> list[Fact]:
    """Facts of several plans, resolved together so shared entities are one node, typed by ``ontology``.

    ``workers`` > 1 extracts the documents in that many processes (each plan is independent until
    resolution, which runs here, once, in document order, so the facts are the same for any ``workers``).
    """
    ontology = ontology or load_ontology()
    return resolve(extract_each(documents, workers, ontology), ontology)


def extract_each(
    documents: Iterable[Document], workers: int = 1, ontology: Ontology | None = None
) -> list[DocumentExtraction]:
    """Each plan's mentions and links before resolution, in the documents' order (``workers`` processes).

    Apart from :func:`extract_documents` for callers that choose which extractions to resolve together, as
    :mod:`kg.update` does when it adds a plan to the ones a graph was built from.
    """
    ontology = ontology or load_ontology()
    documents = list(documents)
    if workers <= 1 or len(documents) < 2:
        return [extract_document(doc, ontology=ontology) for doc in documents]
    from concurrent.futures import ProcessPoolExecutor

    _load_tables(ontology)  # forked workers inherit them, and resolution here needs them anyway
    # Small chunks: plans are sent in order, so with big ones one worker sat idle while the other finished the
    # last chunk (a sixteenth of the corpus); a chunk's overhead is one message.
    chunk = max(1, min(4, len(documents) // (workers * 8)))
    # A worker loads the default ontology itself; another one is sent once per worker, not once per plan.
    own = None if ontology is load_ontology() else ontology
    # The tables are read once and kept: frozen, neither the workers' cycle collections nor the parent's walk
    # them again. The parent only unpickles the workers' results, making objects by the million and no cycles.
    gc.freeze()
    try:
        with (
            no_cycle_collection(),
            ProcessPoolExecutor(max_workers=workers, initializer=_set_worker_ontology, initargs=(own,)) as pool,
        ):
            return list(pool.map(_extract_in_worker, documents, chunksize=chunk))
    finally:
        gc.unfreeze()


def _load_tables(ontology: Ontology) -> None:
    """Read the word lists, gazetteers and indexes every plan needs (each cached once per process) before the
    workers start: forked, they share the parent's copies instead of each reading them again."""
    from loaders.gazetteer import _towns, countries, firm_words, industries, reading_with, regions, university_seats
    from loaders.lexicon import is_common_word
    from loaders.rules.targets import indicator_index

    with reading_with(ontology):
        regions(), _towns(), industries(), firm_words(), indicator_index(), countries(), university_seats()
        is_common_word("规划")


_worker_ontology: Ontology | None = None


def _set_worker_ontology(ontology: Ontology | None) -> None:
    global _worker_ontology
    _worker_ontology = ontology
    gc.enable()  # forked while the parent had the collector paused


def _extract_in_worker(doc: Document) -> DocumentExtraction:
    return extract_document(doc, ontology=_worker_ontology)


def extract_paths(paths: Iterable[Path | Document], workers: int = 1, ontology: Ontology | None = None) -> list[Fact]:
    """Facts of the plans at ``paths`` (files, or folders of plan files with an optional MANIFEST.tsv; documents
    already read are taken as they are)."""
    return extract_documents(read_documents(paths), workers, ontology)
