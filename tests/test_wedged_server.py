"""A wedged embedded server (it answers nothing, not even PING) ends the command with one clear error; a slow or
busy one does not.

The server is real; a wedge is made with SIGSTOP, which leaves it as the real wedge left it: every thread
asleep, the socket accepting connections and answering nothing, no CPU used (bench/RESULTS.notes.md). The
watchdog's timings are cut from 30 s of grace and 45 s of silence to about a second each.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import StoreError
from kg.ontology import Ontology
from kg.store.falkordb import FalkorStore, _alive
from kg.store.falkordb_bulk import BulkWriter

BOUND = 20.0  # seconds: a call into a wedged server must have failed by then


def _pid(db: Path) -> int:
    return int(json.loads((db / "server.json").read_text())["pid"])


def _quick(monkeypatch: pytest.MonkeyPatch, grace: float = 1.0, ping: float = 0.5, silence: float = 1.5) -> None:
    monkeypatch.setenv("KG_EMBEDDED_WEDGE_GRACE", str(grace))
    monkeypatch.setenv("KG_EMBEDDED_WEDGE_PING", str(ping))
    monkeypatch.setenv("KG_EMBEDDED_WEDGE_SECONDS", str(silence))


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """The watchdog's timings cut short: watched after 1 s, killed after 3 PINGs 0.5 s apart go unanswered."""
    _quick(monkeypatch)


@pytest.fixture
def stop(db_path: Path) -> Iterator[Callable[[int], None]]:
    """SIGSTOP a server; every server stopped here is continued afterwards (before db_path's fixture stops it,
    which would otherwise wait on it), so no test leaves a frozen server behind."""
    stopped: list[int] = []

    def freeze(pid: int) -> None:
        stopped.append(pid)
        os.kill(pid, signal.SIGSTOP)

    yield freeze
    for pid in stopped:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGCONT)


def _within(seconds: float, call: Callable[[], Any]) -> tuple[dict[str, Any], float]:
    """Run ``call`` in a thread, so that a watchdog that failed fails the test instead of hanging it."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:
            outcome["error"] = exc

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the call still waited after {seconds:.0f} s"
    return outcome, time.monotonic() - started


def _wedged(outcome: dict[str, Any]) -> str:
    error = outcome.get("error")
    assert isinstance(error, StoreError), outcome
    text = str(error)
    assert "stopped answering" in text and "was stopped" in text, text
    assert "run the command again" in text and "committed data is intact" in text, text
    return text


def test_a_wedged_server_is_stopped_and_the_call_fails_with_a_clear_error(
    ontology: Ontology, db_path: Path, quick: None, stop: Callable[[int], None]
) -> None:
    store = FalkorStore(ontology, db_path)
    store.write("CREATE (:Probe {v: 1})")
    pid = _pid(db_path)
    stop(pid)
    outcome, seconds = _within(BOUND, lambda: store.read("MATCH (p:Probe) RETURN p.v"))
    _wedged(outcome)
    assert seconds >= 1.0 + 1.5  # not before the grace and the silence had passed
    assert not _alive(pid)
    store.close()
    with FalkorStore(ontology, db_path) as again:  # a fresh server, which replayed what was written
        assert _pid(db_path) != pid
        assert again.read("MATCH (p:Probe) RETURN p.v").rows == [[1]]


def test_a_wedge_during_a_bulk_build_leaves_the_previous_graph(
    ontology: Ontology, db_path: Path, quick: None, stop: Callable[[int], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    with FalkorStore(ontology, db_path) as store:
        kg.build(store, clear=True, bulk=False)
        before = store.counts()
    real = BulkWriter._send

    def wedge_then_send(self: BulkWriter, *args: Any) -> Any:
        stop(_pid(db_path))  # the GRAPH.BULK call goes to a server that will never answer it
        return real(self, *args)

    monkeypatch.setattr(BulkWriter, "_send", wedge_then_send)
    store = FalkorStore(ontology, db_path)
    outcome, _ = _within(BOUND, lambda: kg.build(store, clear=True, bulk=True))
    _wedged(outcome)
    store.close()
    monkeypatch.undo()
    with FalkorStore(ontology, db_path) as again:
        assert again.counts() == before


def test_a_server_stopped_for_less_than_the_silence_allowed_is_left_alone(
    ontology: Ontology, db_path: Path, stop: Callable[[int], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    _quick(monkeypatch, grace=0.5, ping=0.5, silence=2.5)  # killed after 3 s; stopped for 1.5 s
    with FalkorStore(ontology, db_path) as store:
        store.write("CREATE (:Probe {v: 1})")
        pid = _pid(db_path)
        client = redis.Redis(unix_socket_path=str(store.server.socket))
        pings = client.info("commandstats").get("cmdstat_ping", {}).get("calls", 0)
        stop(pid)
        threading.Timer(1.5, os.kill, (pid, signal.SIGCONT)).start()
        outcome, seconds = _within(BOUND, lambda: store.read("MATCH (p:Probe) RETURN p.v"))
        assert "error" not in outcome, outcome["error"]
        assert outcome["value"].rows == [[1]]
        assert seconds >= 1.4 and _pid(db_path) == pid and _alive(pid)
        assert client.info("commandstats")["cmdstat_ping"]["calls"] > pings  # it was watched, and answered


def test_a_server_busy_on_its_main_thread_is_left_alone(ontology: Ontology, db_path: Path, quick: None) -> None:
    """A server that answers no PING but uses CPU is working (a big write's commit, SAVE); here a Lua loop
    holds its main thread for longer than the grace and the silence together."""
    spin = "local x = 0 for i = 1, tonumber(ARGV[1]) do x = x + 1 end return x"
    with FalkorStore(ontology, db_path) as store:
        store.write("CREATE (:Probe {v: 1})")
        pid = _pid(db_path)
        client = redis.Redis(unix_socket_path=str(store.server.socket))
        client.config_set("busy-reply-threshold", 600_000)  # no BUSY replies: PING just waits
        started = time.monotonic()
        client.eval(spin, 0, 50_000_000)
        # about 7 s: well over the grace and the silence (2.5 s) even if the machine was slower while timing
        loops = int(50_000_000 * 7.0 / max(time.monotonic() - started, 0.01))

        def hold() -> None:
            # The store stops its server while the loop may still run: the client's error then is expected, not
            # one to print at the interpreter's exit (CI's log once ended with "Exception in thread Thread-11 (eval)")
            with contextlib.suppress(redis.RedisError):
                client.eval(spin, 0, loops)

        threading.Thread(target=hold, daemon=True).start()
        deadline = time.monotonic() + 2
        while store.server.answers_within(0.2):  # until the loop holds the main thread
            assert time.monotonic() < deadline, "the loop never held the main thread"
            time.sleep(0.01)
        outcome, seconds = _within(BOUND, lambda: store.read("MATCH (p:Probe) RETURN p.v"))
        assert "error" not in outcome, outcome["error"]
        assert outcome["value"].rows == [[1]]
        assert seconds > 1.0 + 1.5 and _pid(db_path) == pid and _alive(pid)  # PINGs alone would have killed it


def test_kg_query_on_a_wedged_server_prints_one_line_and_exits_1(
    db_path: Path, quick: None, stop: Callable[[int], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = FalkorStore._call

    def wedge_then_call(self: FalkorStore, *args: Any) -> Any:
        if not stopped:
            stopped.append(_pid(db_path))
            stop(stopped[0])
        return real(self, *args)

    stopped: list[int] = []
    monkeypatch.setattr(FalkorStore, "_call", wedge_then_call)
    args = ["query", "plan_summary", "--db", str(db_path)]
    result, _ = _within(BOUND, lambda: CliRunner().invoke(main, args))
    result = result["value"]
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: the embedded FalkorDB server for ") and "stopped answering" in lines[0]
    assert "Traceback" not in result.stderr
    monkeypatch.undo()
    again = CliRunner().invoke(main, args)  # the next command starts a fresh server
    assert again.exit_code == 0, again.stderr
    assert _pid(db_path) != stopped[0]
