"""A Neo4j started by ``scripts/neo4j-local``: recognising it, and replacing its database by an import.

``neo4j-admin database import`` writes store files directly, so it needs the server's folders and the server
stopped (Community refuses ``STOP DATABASE``). kg may do that only to a server it knows is the local
launcher's: while that server runs, the launcher keeps a marker, ``<home>/kg-neo4j-local.json``, naming
itself, its home, the Neo4j home, the port and the server's pid. kg looks for the marker where the launcher
puts its home (``NEO4J_LOCAL_HOME``, else ``/dev/shm/kg-neo4j-<port>``, else ``scripts/neo4j/run-<port>`` of
this checkout), and believes it only if the URI is a loopback address on that port and that pid is alive and
runs the launcher with that Neo4j home. Any other server (remote, Aura, Docker, a service) is loaded through
UNWIND batches, and :meth:`LocalServer.find` says why in one line.

The replacement (:meth:`LocalServer.replace_database`) imports into a database folder of another name while
the server is stopped, and only then swaps the folders, so a failed import leaves the old graph where it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import StoreError
from kg.store.falkordb import file_lock

MARKER = "kg-neo4j-local.json"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
IMPORTING = "kgimport"  # the database folder an import writes, swapped in once complete
OLD_SUFFIX = ".kg-old"  # the replaced database folder, kept until the new one is serving
START_SECONDS = 900  # a restart after a large import waits for recovery and index sampling


def _candidates(port: int) -> list[Path]:
    """Where scripts/neo4j-local keeps the home for ``port``, in the order it chooses one."""
    homes = []
    if os.environ.get("NEO4J_LOCAL_HOME"):
        homes.append(Path(os.environ["NEO4J_LOCAL_HOME"]))
    homes.append(Path(f"/dev/shm/kg-neo4j-{port}"))
    homes.append(Path(__file__).resolve().parents[2] / "scripts" / "neo4j" / f"run-{port}")
    return homes


@dataclass(frozen=True)
class LocalServer:
    """The launcher's server behind a URI, and how to stop, import into and start it."""

    launcher: Path
    home: Path
    neo4j_home: Path
    port: int
    pid: int
    heap: str
    pagecache_mb: int

    @classmethod
    def find(cls, uri: str, database: str) -> tuple[LocalServer | None, str]:
        """The launcher's server at ``uri``, or None and the reason it is not (one line)."""
        parts = urlsplit(uri)
        if parts.scheme not in ("bolt", "neo4j") or (parts.hostname or "") not in LOOPBACK:
            return None, f"{uri} is not a server on this machine"
        port = parts.port or 7687
        if database != "neo4j":
            return None, f"database {database!r} is not the one scripts/neo4j-local serves (neo4j)"
        looked = []
        for home in _candidates(port):
            path = home / MARKER
            looked.append(str(home))
            try:
                marker = json.loads(path.read_text(encoding="utf-8"))
                server = cls(
                    Path(marker["launcher"]), Path(marker["home"]), Path(marker["neo4j_home"]), int(marker["port"]),
                    int(marker["pid"]), str(marker["heap"]), int(marker["pagecache_mb"]),
                )  # fmt: skip
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if server.port != port:
                continue
            why = server.check()
            return (server, "") if not why else (None, why)
        return None, f"no scripts/neo4j-local server for port {port} (no {MARKER} in {' or '.join(looked)})"

    def check(self) -> str:
        """Why the marker is not to be believed (empty when it is)."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return f"the scripts/neo4j-local server of {self.home} (pid {self.pid}) is not running"
        except PermissionError:
            return f"the server of {self.home} (pid {self.pid}) belongs to another user"
        cmdline = Path(f"/proc/{self.pid}/cmdline")
        if cmdline.exists():
            with contextlib.suppress(OSError):
                if str(self.neo4j_home).encode() not in cmdline.read_bytes():
                    return f"pid {self.pid} is not the scripts/neo4j-local server of {self.home}"
        if not os.access(self.launcher, os.X_OK):
            return f"the launcher {self.launcher} is gone"
        return ""

    @property
    def databases(self) -> Path:
        return self.neo4j_home / "data" / "databases"

    @property
    def transactions(self) -> Path:
        return self.neo4j_home / "data" / "transactions"

    def _run(self, *args: str, password: str, timeout: float) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "NEO4J_LOCAL_PORT": str(self.port),
            "NEO4J_LOCAL_HOME": str(self.home),
            "NEO4J_LOCAL_HEAP": self.heap,
            "NEO4J_LOCAL_PAGECACHE_MB": str(self.pagecache_mb),
            "NEO4J_LOCAL_START_SECONDS": str(START_SECONDS),
            "NEO4J_PASSWORD": password,
        }
        try:
            return subprocess.run(
                [str(self.launcher), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise StoreError(f"scripts/neo4j-local {args[0]} failed: {exc}") from None

    def stop(self, password: str) -> None:
        done = self._run("stop", password=password, timeout=120)
        if done.returncode != 0:
            raise StoreError(f"could not stop the Neo4j of {self.home}: {_last(done)}")

    def start(self, password: str) -> None:
        done = self._run("start", password=password, timeout=START_SECONDS + 60)
        if done.returncode != 0:
            raise StoreError(f"the Neo4j of {self.home} did not start again: {_last(done)}")

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """One import at a time per server (a second kg build waits)."""
        with file_lock(self.home / "import.lock"):
            yield

    def replace_database(
        self,
        database: str,
        arguments: list[str],
        password: str,
        log: Path,
        done: Callable[[str], None] | None = None,
        stopped: bool = False,
    ) -> None:
        """Stop the server (unless the caller has: ``stopped``), import into a new database folder, swap it in
        for ``database``, start the server.

        A failed import leaves the old folders untouched and the server started on them; the importer's
        output is in ``log``, and its last line is in the error.
        """
        said = done or (lambda phase: None)
        self._remove(IMPORTING)
        if not stopped:
            self.stop(password)
        said("stop")
        try:
            with log.open("w", encoding="utf-8") as out:
                done = subprocess.run(
                    [str(self.launcher), "import", IMPORTING, *arguments],
                    env={**os.environ, "NEO4J_LOCAL_PORT": str(self.port), "NEO4J_LOCAL_HOME": str(self.home)},
                    stdout=out, stderr=subprocess.STDOUT, text=True, check=False,
                )  # fmt: skip
            if done.returncode != 0:
                lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line]
                raise StoreError(
                    f"neo4j-admin database import failed: {lines[-1] if lines else 'no output'}", f"see {log}"
                )
            self._swap(database)
            said("import")
        except BaseException:
            self._remove(IMPORTING)
            self.start(password)
            raise
        try:
            self.start(password)
        except StoreError:
            self._swap_back(database)
            self.start(password)
            raise
        self._remove(database + OLD_SUFFIX)
        said("start")

    def _swap(self, database: str) -> None:
        for parent in (self.databases, self.transactions):
            old = parent / database
            if old.exists():
                shutil.rmtree(parent / (database + OLD_SUFFIX), ignore_errors=True)
                old.rename(parent / (database + OLD_SUFFIX))
            if (parent / IMPORTING).exists():
                (parent / IMPORTING).rename(old)

    def _swap_back(self, database: str) -> None:
        for parent in (self.databases, self.transactions):
            shutil.rmtree(parent / database, ignore_errors=True)
            if (parent / (database + OLD_SUFFIX)).exists():
                (parent / (database + OLD_SUFFIX)).rename(parent / database)

    def _remove(self, name: str) -> None:
        for parent in (self.databases, self.transactions):
            shutil.rmtree(parent / name, ignore_errors=True)


def _last(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    return lines[-1] if lines else f"exit status {done.returncode}"
