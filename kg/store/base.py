"""The small interface every graph store implements, and the result type queries return.

A backend knows how to reach its server, run one statement in a read or a write transaction, create the
schema the ontology asks for, and empty itself. Everything else (turning facts into batched ``UNWIND``
statements, counting, query catalogues) is written once above this interface, so Neo4j and the embedded
FalkorDB cannot drift apart.
"""

from __future__ import annotations

import contextlib
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.ontology import Ontology

if TYPE_CHECKING:
    import pandas

    from kg.facts import Fact


@dataclass
class QueryResult:
    """Columns and rows of plain Python values (nodes, relationships and paths already turned into dicts).

    ``notes`` are what the caller should be told besides (a parameter that named nothing, and the closest
    names): the CLI prints them on stderr, one line each; the rows stand as they are.
    """

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_dataframe(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame with the query's columns (needs the ``pandas`` extra).

        pandas is optional because nothing else in kg needs it, and it is large; a notebook has it anyway.
        """
        try:
            import pandas
        except ImportError:
            raise KgError("pandas is not installed", "pip install 'kg[pandas]' (or pip install pandas)") from None
        return pandas.DataFrame(self.rows, columns=self.columns)


@dataclass
class Counts:
    """Nodes per label and relationships per type, as ``kg stats`` prints them."""

    labels: dict[str, int]
    types: dict[str, int]

    @property
    def nodes(self) -> int:
        return sum(self.labels.values())

    @property
    def relationships(self) -> int:
        return sum(self.types.values())


@dataclass
class LoadReport:
    """What a load wrote: nodes per label, relationships per type, and how long it took."""

    nodes: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    method: str = "UNWIND batches"  # or the engine's import path a first load went through
    note: str = ""  # why a first load large enough for the import path did not take it
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step of an import path, for bench/
    _mark: float = field(default_factory=time.perf_counter, repr=False, compare=False)

    def lap(self, phase: str) -> None:
        """Record the seconds since the report was made or the last phase ended as ``phase``'s: both import paths
        time their steps this way for bench/."""
        now = time.perf_counter()
        self.phases[phase] = now - self._mark
        self._mark = now

    @property
    def items(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())


class GraphStore(ABC):
    """A graph database kg can load facts into and query. Use it as a context manager."""

    backend: str = "abstract"
    # Whether sending batches from a writer thread while the next is built pays off: yes when the client's
    # work happens outside Python's lock (Neo4j's Rust encoder, waiting on the socket), no when it is Python.
    pipelined_writes: bool = False
    # Rows per UNWIND batch when the caller does not say; each backend's best in bench/load.py.
    default_batch_size: int = 5000
    # Why the last :meth:`bulk_load` found no import path (a remote Neo4j), said once beside the load.
    bulk_note: str = ""
    # Whether ``MATCH (n:A|B {id: id})`` is a seek in each label's id index (Neo4j 5 plans a union of them),
    # so that one statement can look up nodes of several labels. Neo4j plans each statement text the first
    # time it sees it (about 50-250 ms each on a server just started), so the view's reads are one statement
    # per step there, not one per label (bench/RESULTS.notes.md, "the first view after a restart").
    # FalkorDB takes no label disjunction in MATCH: one statement per label.
    label_union: bool = False

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        # Where kg keeps the text of each plan the graph was built from (kg.plan_texts); each backend sets its
        # default, ``open_store(plans_dir=…)`` (``--plans-dir``, ``KG_PLANS_DIR``) another.
        self.plans_dir: Path | None = None

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the data lives (a folder, a URI and database), for messages and ``kg stats``."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the uniqueness constraint and index on ``id`` for every node label; safe to repeat."""

    @abstractmethod
    def write(self, statement: str, params: dict[str, Any] | None = None) -> None:
        """Run one statement in one write transaction (retried on transient errors where the driver can)."""

    @abstractmethod
    def read(self, statement: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run one statement in a read-only transaction; a write clause is refused by the server."""

    def read_values(self, match: str, expressions: list[str], params: dict[str, Any] | None = None) -> list[list[Any]]:
        """Rows of plain values (strings, numbers, lists, maps; no nodes) for ``match`` RETURN ``expressions``.

        For bulk reads (export, view): a backend may fetch them faster than :meth:`read` can, as the
        embedded store does by having the server encode each row as JSON.
        """
        return self.read(f"{match} RETURN {', '.join(expressions)}", params).rows

    def read_small(
        self, match: str, expressions: list[str], params: dict[str, Any] | None = None, bulk: bool = False
    ) -> list[list[Any]]:
        """Rows for ``match`` RETURN ``expressions``, of a read known to return few (a view's thousands, not a
        graph's millions): as :meth:`read`, or with ``bulk`` as :meth:`read_values`.

        A backend may send them in one record: Neo4j's Python driver costs about 60-100 µs per record it
        receives (socket reads and decoding of its own), more than the server takes to find the row.
        """
        if bulk:
            return self.read_values(match, expressions, params)
        return self.read(f"{match} RETURN {', '.join(expressions)}", params).rows

    def ids_with_item(self, labels: Iterable[str], prop: str, value: str) -> list[str]:
        """Ids of the nodes of ``labels`` whose list property ``prop`` holds ``value``, sorted.

        One statement for all the labels. Here each label's index on ``prop`` answers (FalkorDB indexes list
        items); a backend whose indexes take no list items looks the value up another way.
        """
        from kg.store.names import quote_name, quote_property

        key = quote_property(self.ontology, prop)
        statement = " UNION ".join(
            f"MATCH (n:{quote_name(self.ontology, label)}) WHERE $value IN n.{key} RETURN n.id AS id"
            for label in sorted(labels)
        )
        if not statement:
            return []
        return sorted(row[0] for row in self.read(statement, {"value": value}).rows)

    def degree_count(self, var: str, types: Sequence[str]) -> str | None:
        """A Cypher expression for how many relationships of ``types`` (quoted) ``var`` has, either way, when
        the backend counts them cheaper than by matching each one; None here: FalkorDB's degree functions and
        pattern counts cost more per node than an OPTIONAL MATCH and count() (bench/RESULTS.notes.md)."""
        return None

    @abstractmethod
    def run(self, statement: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run one statement that may write (only for ``kg query --write``)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""

    @contextlib.contextmanager
    def building(self, clear: bool = False, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """The scope a load writes in: schema first, then (after an optional clear) the batches, then persist.

        By default the load writes straight into the live graph: Neo4j Community has one graph per database
        and no cheap copy, so an interrupted load leaves what it wrote, readers may see a load half done, and
        a re-run converges because every batch is an idempotent MERGE. The embedded store overrides this to
        load a copy and swap it in, so its readers see the old graph or the new one, never a mixture.
        ``on_wait`` is told (once) when the load has to wait for another one.
        """
        self.ensure_schema()
        if clear:
            self.clear()
        yield
        self.persist()

    def bulk_load(
        self,
        facts: Iterable[Fact],
        progress: Callable[[int], None] | None = None,
        on_wait: Callable[[str], None] | None = None,
        before_swap: Callable[[], None] | None = None,
    ) -> LoadReport | None:
        """Replace the graph with ``facts`` through the engine's own import path (:mod:`kg.store.bulk`).

        For a first load only: whatever the graph held is gone afterwards. Returns None, without reading
        ``facts``, when this store has no such path (a remote Neo4j, Aura), and the caller loads through
        UNWIND batches. ``before_swap`` runs once the new graph is complete, before it replaces the old one.
        """
        return None

    def is_empty(self) -> bool:
        """True when the graph holds no node (a first build)."""
        return not self.read("MATCH (n) RETURN 1 LIMIT 1").rows

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Run every statement of the block in one transaction: committed at the end, rolled back on failure.

        The default runs them as they come: the embedded store needs no more, because its build scope
        (:meth:`building`) already loads a copy and swaps it in whole. Neo4j overrides it, so an update of a
        graph (:mod:`kg.update`) is all or nothing there too.
        """
        yield

    def persist(self) -> None:  # noqa: B027 - optional hook, most backends need nothing
        """Make the last load durable on disk where the backend needs telling (the embedded store)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections; the data stays."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_node_properties(
        self, rows_by_label: dict[str, list[dict[str, Any]]], keys: Sequence[str], batch_size: int = 5000
    ) -> int:
        """Write computed values onto existing nodes (rows ``{"id": …, key: value}`` per label); returns the count.

        A door to the writer (:mod:`kg.store.cypher`) for code that computes over what it read, such as
        ``kg analyze --write``, so that code needs neither Cypher nor the writer's internals.
        """
        from kg.store.cypher import set_node_properties

        return set_node_properties(self, rows_by_label, keys, batch_size)

    def counts(self) -> Counts:
        """Count nodes per label and relationships per type (one query each, read-only)."""
        labels = self.read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(n) AS n")
        types = self.read("MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n")
        return Counts(
            labels={row[0]: int(row[1]) for row in labels.rows},
            types={row[0]: int(row[1]) for row in types.rows},
        )


def plain_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], convert: Any) -> QueryResult:
    """Build a :class:`QueryResult`, mapping each value through the backend's ``convert``."""
    return QueryResult(list(columns), [[convert(v) for v in row] for row in rows])
