"""Neo4j over Bolt with the official driver: the backend for real deployments.

Managed transactions (``execute_read`` / ``execute_write``) retry transient errors such as leader switches,
so ``neo4j://`` URIs work against a cluster or Aura unchanged; the database is always named, so no call
depends on a server-side default. Reads run in READ access mode, which the server enforces: a write clause in
a read fails there, not in a check of ours that could be fooled. Driver errors become one-line
:class:`StoreError` / :class:`QueryError` messages saying what to check.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError, QueryError, StoreError
from kg.ontology import Ontology
from kg.store.base import GraphStore, LoadReport, QueryResult, plain_rows
from kg.store.kept import public

if TYPE_CHECKING:
    from kg.facts import Fact

# Bolt, direct or routed (a cluster or Aura), with or without TLS; the driver's HTTP preview is not used.
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class Neo4jSettings:
    """Connection settings; each falls back to its NEO4J_* environment variable, then the default."""

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: str = "kgpassword"
    database: str = "neo4j"
    # How long managed transactions retry transient errors (a cluster electing a leader, a restart).
    retry_seconds: float = 30.0

    @classmethod
    def from_env(cls, **given: str | None) -> Neo4jSettings:
        values = {}
        for key in ("uri", "user", "password", "database"):
            value = given.get(key) or os.environ.get(f"NEO4J_{key.upper()}")
            if value:
                values[key] = value
        return cls(**values)


def default_plans_dir(settings: Neo4jSettings) -> Path:
    """Where kg keeps the plans' texts for a Neo4j graph: a per-user folder named after the server and
    database (``~/.local/share/kg/neo4j/127.0.0.1-7687-neo4j/plans`` on Linux). The texts stay on the machine
    that builds; another machine updating the same database needs this folder (``--plans-dir``)."""
    from platformdirs import user_data_path

    server = settings.uri.partition("://")[2] or settings.uri
    slug = re.sub(r"[^A-Za-z0-9.]+", "-", f"{server}-{settings.database}").strip("-")
    return user_data_path("kg") / "neo4j" / slug / "plans"


_SCALARS = (str, int, float, bool, type(None))
_GRAPH_TYPES: tuple[type, ...] = ()  # Node, Relationship, Path, Date, DateTime: imported on first use


def _graph_types() -> tuple[type, ...]:
    global _GRAPH_TYPES
    if not _GRAPH_TYPES:
        from neo4j.graph import Node, Path, Relationship
        from neo4j.time import Date, DateTime

        _GRAPH_TYPES = (Node, Relationship, Path, Date, DateTime)
    return _GRAPH_TYPES


def _plain(value: Any) -> Any:
    """A driver value as plain Python: nodes, relationships and paths as dicts, dates as ISO text.

    Called on every value a read returns, so strings, numbers and lists of them return at once (importing
    the driver's types on every call was a third of a view's client time at 10^5 nodes)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    node, relationship, path, date, date_time = _graph_types()
    if isinstance(value, node):
        return {"labels": sorted(value.labels), **public(dict(value))}
    if isinstance(value, relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, path):
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, date | date_time):
        return value.iso_format()
    return value


def _item_index(label: str, prop: str) -> str:
    """The name of the full-text index on the items of list property ``prop`` of ``label``'s nodes."""
    return f"kg_{label.lower()}_{prop}_items"


class Neo4jStore(GraphStore):
    """GraphStore over one Neo4j database."""

    backend = "neo4j"
    pipelined_writes = True
    default_batch_size = 10000
    label_union = True

    def __init__(self, ontology: Ontology, settings: Neo4jSettings) -> None:
        super().__init__(ontology)
        self.settings = settings
        self._tx: Any = None  # the open transaction of a transaction() block
        self._item_indexes: set[str] | None = None  # online full-text indexes, see ids_with_item
        self.plans_dir = default_plans_dir(settings)
        scheme = settings.uri.partition("://")[0]
        if scheme not in URI_SCHEMES:
            raise StoreError(f"bad Neo4j URI {settings.uri!r}", "use bolt://host:7687 or neo4j://host:7687 (+s, +ssc)")
        self._connect()

    def _connect(self) -> None:
        import neo4j

        settings = self.settings
        try:
            self._driver = neo4j.GraphDatabase.driver(
                settings.uri,
                auth=(settings.user, settings.password),
                connection_timeout=10,
                max_transaction_retry_time=settings.retry_seconds,
                # Neo4j warns about labels, types and properties no node has yet (an empty or partial graph);
                # for canned queries that is expected, and the warnings would bury kg's own output.
                notifications_min_severity="OFF",
            )
            self._driver.verify_connectivity()
            self._driver.execute_query("RETURN 1", database_=settings.database)
        except Exception as exc:
            self._fail(exc)

    @property
    def location(self) -> str:
        return f"{self.settings.uri} (database {self.settings.database})"

    def _fail(self, exc: BaseException) -> None:
        """Translate a driver error into the one line a user can act on."""
        import neo4j.exceptions as nx

        s = self.settings
        if isinstance(exc, nx.AuthError):
            raise StoreError(
                f"Neo4j at {s.uri} refused user {s.user!r}: wrong user or password",
                "check --user/--password or NEO4J_USER/NEO4J_PASSWORD",
            ) from None
        if isinstance(exc, nx.ServiceUnavailable | OSError):
            raise StoreError(
                f"cannot reach Neo4j at {s.uri}",
                "is it running? try scripts/neo4j-local start or docker compose up -d",
            ) from None
        if isinstance(exc, nx.ConfigurationError | ValueError):
            raise StoreError(f"bad Neo4j URI {s.uri!r}: {exc}", "use bolt://host:7687 or neo4j://host:7687") from None
        if isinstance(exc, nx.ClientError):
            code = exc.code or ""
            if code.endswith("DatabaseNotFound"):
                raise StoreError(
                    f"Neo4j at {s.uri} has no database {s.database!r}",
                    "check --database or NEO4J_DATABASE (Community has only 'neo4j')",
                ) from None
            message = (exc.message or "").lower()
            if "accessmode" in code.lower() or ("write" in message and "read" in message):
                raise QueryError("the query writes to the graph", "pass --write to allow it") from None
            raise QueryError(f"Neo4j rejected the query: {exc.message}") from None
        if isinstance(exc, nx.Neo4jError):
            raise StoreError(f"Neo4j error at {s.uri}: {exc.message}") from None
        if isinstance(exc, nx.DriverError):
            raise StoreError(f"Neo4j connection to {s.uri} failed: {exc}", "run the command again") from None
        raise exc

    def _session(self, access: str) -> Any:
        return self._driver.session(database=self.settings.database, default_access_mode=access)

    def _execute(self, mode: str, statement: str, params: dict[str, Any] | None) -> QueryResult:
        import neo4j

        def work(tx: Any) -> QueryResult:
            result = tx.run(statement, params or {})
            keys = list(result.keys())
            return plain_rows(keys, [list(record.values()) for record in result], _plain)

        access = neo4j.READ_ACCESS if mode == "read" else neo4j.WRITE_ACCESS
        try:
            if self._tx is not None:
                return work(self._tx)
            with self._session(access) as session:
                if mode == "read":
                    return session.execute_read(work)
                return session.execute_write(work)
        except Exception as exc:
            self._fail(exc)
            raise  # unreachable: _fail always raises

    def write(self, statement: str, params: dict[str, Any] | None = None) -> None:
        self._execute("write", statement, params)

    def read(self, statement: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._execute("read", statement, params)

    def run(self, statement: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._execute("write", statement, params)

    def read_small(
        self, match: str, expressions: list[str], params: dict[str, Any] | None = None, bulk: bool = False
    ) -> list[list[Any]]:
        """The rows collected into one list in one record: the driver's cost is per record, not per value (a
        view's 68,000 rows at 10^5 nodes: see bench/RESULTS.notes.md, "View at 10^6, fifth pass")."""
        rows = self.read(f"{match} WITH [{', '.join(expressions)}] AS row RETURN collect(row) AS rows", params).rows
        return rows[0][0] if rows else []

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One explicit write transaction for the block: Neo4j commits it whole or, on any failure (an error,
        Ctrl-C, a lost connection, a killed client), not at all. Not retried: the caller runs it again."""
        import neo4j

        if self._tx is not None:  # already inside one
            yield
            return
        try:
            session = self._session(neo4j.WRITE_ACCESS)
            self._tx = session.begin_transaction()
        except Exception as exc:
            self._fail(exc)
        try:
            yield
            self._tx.commit()
        except BaseException as exc:
            with contextlib.suppress(Exception):
                self._tx.rollback()
            if isinstance(exc, Exception) and not isinstance(exc, KgError):
                self._fail(exc)
            raise
        finally:
            self._tx = None
            with contextlib.suppress(Exception):
                session.close()

    def ensure_schema(self) -> None:
        from kg.store.names import quote_name, quote_property

        for label in self.ontology.node_labels:
            node = f"(n:{quote_name(self.ontology, label)})"
            self.write(f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS FOR {node} REQUIRE n.id IS UNIQUE")
            for prop in self.ontology.indexed_properties:
                key = quote_property(self.ontology, prop)
                if self.ontology.properties[prop].functional:
                    self.write(f"CREATE INDEX kg_{label.lower()}_{prop} IF NOT EXISTS FOR {node} ON (n.{key})")
                else:
                    # Neo4j's range and text indexes take no list items; a full-text index does, and with the
                    # keyword analyzer it keeps each item whole, so it answers "which node has this alias".
                    self.write(
                        f"CREATE FULLTEXT INDEX {_item_index(label, prop)} IF NOT EXISTS FOR {node} ON EACH [n.{key}] "
                        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}"
                    )
        # A new index fills in the background; wait, so the load that follows and the reads after it use it.
        self.write("CALL db.awaitIndexes(600)")
        self._item_indexes = None

    def degree_count(self, var: str, types: Sequence[str]) -> str | None:
        """``COUNT { (n)-[:A|B]->() } + COUNT { (n)<-[:A|B]-() }``: Neo4j reads a node's degree per type and
        direction from its record (no relationship is visited), where matching them visits every firm of a hub
        city. Out and in apart, so a relationship from a node to itself counts twice, as everywhere in kg."""
        joined = "|".join(types)
        return f"COUNT {{ ({var})-[:{joined}]->() }} + COUNT {{ ({var})<-[:{joined}]-() }}"

    def _online_item_indexes(self) -> set[str]:
        """Names of the full-text indexes that are online (asked once per store; a build asks again)."""
        if self._item_indexes is None:
            rows = self.read("SHOW FULLTEXT INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name").rows
            self._item_indexes = {row[0] for row in rows}
        return self._item_indexes

    def ids_with_item(self, labels: Iterable[str], prop: str, value: str) -> list[str]:
        """Through each label's full-text index on ``prop`` (:meth:`ensure_schema`): the value, as one quoted
        term, finds the nodes that have it as a whole item, and ``IN`` keeps exactly those (the index ignores
        nothing, but the check costs nothing and keeps the answer the scan's). A graph built before the index
        existed, or an empty value, is looked up by the scan."""
        labels = sorted(labels)
        online = self._online_item_indexes()
        if not value or any(_item_index(label, prop) not in online for label in labels):
            return super().ids_with_item(labels, prop, value)
        from kg.store.names import quote_property

        key = quote_property(self.ontology, prop)
        params: dict[str, Any] = {"value": value, "term": '"' + re.sub(r'(["\\])', r"\\\1", value) + '"'}
        parts = []
        for i, label in enumerate(labels):
            params[f"index{i}"] = _item_index(label, prop)
            parts.append(
                f"CALL db.index.fulltext.queryNodes($index{i}, $term) YIELD node "
                f"WHERE $value IN node.{key} RETURN node.id AS id"
            )
        if not parts:
            return []
        return sorted(row[0] for row in self.read(" UNION ".join(parts), params).rows)

    def write_in_transactions(self, statement: str, params: dict[str, Any] | None = None) -> None:
        """Run a ``CALL { … } IN TRANSACTIONS`` statement: it must run in an auto-commit transaction, which
        the managed transactions of :meth:`write` are not (and it is not retried)."""
        try:
            with self._session("WRITE") as session:
                session.run(statement, params or {}).consume()
        except Exception as exc:
            self._fail(exc)

    def bulk_load(
        self,
        facts: Iterable[Fact],
        progress: Callable[[int], None] | None = None,
        on_wait: Callable[[str], None] | None = None,
        before_swap: Callable[[], None] | None = None,
    ) -> LoadReport | None:
        """A first load through ``neo4j-admin database import full``, when the server is one
        ``scripts/neo4j-local`` started here (:mod:`kg.store.neo4j_local`); None, with the reason in
        :attr:`bulk_note`, otherwise.

        The facts are written as Parquet files (:mod:`kg.store.neo4j_parquet`; CSV, :mod:`kg.store.neo4j_import`,
        when pyarrow is not installed, or ``KG_NEO4J_IMPORT_INPUT=csv``) while the server still serves the
        old graph (an empty one has nothing to serve, so the server stops meanwhile); then the server is
        stopped, the files imported into a new database folder that replaces the old one, and the server
        started again; then the constraints and indexes are created (one pass each over a full store), what
        the files could not carry is set, and the repeats merged in (:mod:`kg.store.bulk`). Readers are cut
        off while the server is down. If the import fails, the old graph is served again unchanged.
        """
        import tempfile
        from concurrent.futures import ThreadPoolExecutor

        from kg.cycles import no_cycle_collection
        from kg.facts import ValidatedFile
        from kg.store import kept_plans
        from kg.store.bulk import Numbering, write_repeats
        from kg.store.kept import HUB, LINKS, write_counted, write_hubs
        from kg.store.kept_chains import keep_all
        from kg.store.neo4j_local import LocalServer

        server, why = LocalServer.find(self.settings.uri, self.settings.database)
        if server is None:
            self.bulk_note = f"neo4j-admin import not used: {why}"
            return None
        started = time.perf_counter()
        numbering = Numbering(self.ontology)
        report = LoadReport(method="neo4j-admin database import")

        password = self.settings.password
        with server.locked(), tempfile.TemporaryDirectory(prefix="kg-import-", dir=server.home) as folder:
            # An empty graph has nothing to serve while the files are written: the server stops meanwhile
            # (6-7 s of a 10^6 load) instead of after. A graph being replaced is served until the import.
            early = self.is_empty()
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-neo4j-import")
            stopped = None
            if early:
                self._driver.close()
                stopped = pool.submit(server.stop, password)
            files = import_files(Path(folder))
            try:
                try:
                    with no_cycle_collection():
                        if isinstance(facts, ValidatedFile):
                            files.add_json(numbering, facts.objects(), progress)
                        else:
                            files.add(_counted(numbering.walk(facts), progress))
                    counted = files.keep_counts(LINKS, numbering.links)
                finally:
                    files.close()
                report.lap(files.input_type)
                if stopped is not None:
                    stopped.result()
            except BaseException:
                if stopped is not None:  # the walk failed after the early stop: serve the empty graph again
                    with contextlib.suppress(Exception):
                        stopped.result()
                    server.start(password)
                    self._connect()
                pool.shutdown(wait=True, cancel_futures=True)
                raise
            if stopped is None:
                self._driver.close()
            # The hubs' neighbours are worked out from the walk while the importer runs (Python waits for it
            # outside the interpreter's lock).
            hubs = pool.submit(lambda: list(numbering.hub_neighbours(HUB, HUB)))
            try:
                server.replace_database(
                    self.settings.database, files.arguments(), password, server.home / "import.log", report.lap,
                    stopped=early,
                )  # fmt: skip
            finally:
                self._connect()
                pool.shutdown(wait=True)
        self.ensure_schema()
        self.read("CALL db.awaitIndexes(3600)")
        report.lap("schema")
        if files.left():
            files.fix(self)
            report.lap("fix")
        nodes, relationships = write_repeats(self, numbering.repeats, progress=progress)
        if not counted:
            write_counted(self, numbering.counted_links())
        write_hubs(self, hubs.result())
        numbering.forget()
        report.lap("links")
        keep_all(self)
        report.lap("chains")
        kept_plans.keep_all(self)
        report.lap("plans")
        if before_swap is not None:
            before_swap()
        report.lap("repeats")
        report.nodes, report.relationships = numbering.counts(nodes, relationships)
        report.seconds = time.perf_counter() - started
        return report

    # Rows per inner transaction of clear(): each deletes this many relationships, or nodes with no
    # relationship left, so its memory no longer depends on how many relationships a node has.
    CLEAR_BATCH = 20000

    def clear(self) -> None:
        """Empty the database in bounded transactions: relationships first, then the nodes they left bare.

        A ``DETACH DELETE`` of a batch of nodes deletes every relationship of each node in the same
        transaction, and a hub (a city with a million firms in it) made one batch exceed the server's
        transaction memory limit at 10^6 nodes. ``CALL { … } IN TRANSACTIONS`` commits as it goes, so an
        interrupted clear leaves part of the graph: the build that asked for it is run again.
        Inside :meth:`transaction` (which must commit whole) it deletes in that one transaction instead.
        """
        if self._tx is not None:
            self._execute("write", "MATCH (n) DETACH DELETE n", None)
            return
        size = {"size": self.CLEAR_BATCH}
        self.write_in_transactions("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $size ROWS", size)
        self.write_in_transactions("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $size ROWS", size)

    def close(self) -> None:
        self._driver.close()


def import_files(folder: Path) -> Any:
    """The writer of the importer's input files: Parquet when pyarrow is installed (the ``bulk`` extra), as
    the CSV needs a pass after the import for what it cannot carry (empty lists, ``[""]``), else CSV.
    ``KG_NEO4J_IMPORT_INPUT=csv`` asks for CSV (to compare the two); ``parquet`` insists, an error without
    pyarrow."""
    from kg.store.neo4j_import import ImportFiles

    wanted = os.environ.get("KG_NEO4J_IMPORT_INPUT", "").strip().lower()
    if wanted not in ("", "csv", "parquet"):
        raise StoreError(f"KG_NEO4J_IMPORT_INPUT={wanted!r} is neither csv nor parquet")
    if wanted == "csv":
        return ImportFiles(folder)
    try:
        from kg.store.neo4j_parquet import ParquetFiles
    except ImportError:
        if wanted == "parquet":
            raise StoreError(
                "KG_NEO4J_IMPORT_INPUT=parquet needs pyarrow", "pip install 'kg[bulk]', or unset it for CSV"
            ) from None
        return ImportFiles(folder)
    return ParquetFiles(folder)


def _counted(items: Iterable[Any], progress: Callable[[int], None] | None, every: int = 10000) -> Iterator[Any]:
    """The walked items, telling ``progress`` every ``every`` of them."""
    if progress is None:
        yield from items
        return
    count = 0
    for item in items:
        yield item
        count += 1
        if count == every:
            progress(count)
            count = 0
    progress(count)
