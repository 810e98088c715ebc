"""Faults: servers killed mid-load, Ctrl-C, racing builds, readers during a build. Nothing may be lost.

The embedded store loads into a copy and swaps it in (``FalkorStore.building``), so its previous graph must
survive every fault here intact; Neo4j Community has no such swap, so there the promise is that a re-run
converges to the complete graph with nothing duplicated.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from kg.errors import StoreError
from kg.facts import write_jsonl
from kg.ontology import Ontology
from kg.store.cypher import load_facts
from kg.store.falkordb import STAGING_SUFFIX, EmbeddedServer
from kg.store.neo4j import Neo4jSettings, Neo4jStore
from tests.robustness.helpers import fault, kg

ROOT = Path(__file__).resolve().parents[2]
KG = [sys.executable, "-m", "kg.cli"]
STAGING = f"kg{STAGING_SUFFIX}"


def _synthetic(nodes: int, seed: int):
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import synthetic_facts

    return synthetic_facts(nodes, seed=seed)


@pytest.fixture(scope="module")
def big_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 20,000-node synthetic facts file: a build of it takes seconds, long enough to interrupt."""
    path = tmp_path_factory.mktemp("facts") / "synthetic.jsonl"
    write_jsonl(_synthetic(20_000, seed=5), path)
    return path


def _counts(db: Path) -> dict:
    result = kg("stats", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _client(db: Path) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(EmbeddedServer(db).socket), socket_timeout=10)


def _start_build(db: Path, facts: Path, *extra: str) -> subprocess.Popen:
    # Ctrl-C as a terminal sends it, whatever launched the tests: a shell's background job (`nohup … &`)
    # inherits SIGINT ignored, and the build would then never see the signal the tests send it.
    return subprocess.Popen(
        [*KG, "build", "--facts", str(facts), "--db", str(db), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_staging(db: Path, process: subprocess.Popen, rows: int = 1) -> None:
    """Block until the build has begun writing its copy (the staging graph holds ``rows`` nodes)."""
    client = _client(db)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if client.exists(STAGING):
            reply = client.execute_command("GRAPH.RO_QUERY", STAGING, "MATCH (n) RETURN count(n)")
            if reply[1][0][0] >= rows:
                return
        time.sleep(0.02)
    pytest.fail(f"the build never started loading (exit {process.poll()}): {process.stderr.read()}")


@pytest.fixture
def previous(built: Path) -> tuple[Path, dict]:
    """A database with the bundled graph in it, and its counts: what every fault below must leave intact."""
    return built, _counts(built)


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory, big_facts: Path) -> Iterator[dict]:
    """The counts of the bundled graph plus the synthetic facts, built undisturbed: what re-runs must reach."""
    db = tmp_path_factory.mktemp("expected") / "db"
    assert kg("build", "--db", db).exit_code == 0
    assert kg("build", "--facts", big_facts, "--db", db).exit_code == 0
    yield _counts(db)
    EmbeddedServer(db).stop()


def test_the_embedded_server_killed_mid_load(previous: tuple[Path, dict], big_facts: Path, expected: dict) -> None:
    db, before = previous
    build = _start_build(db, big_facts)
    _wait_for_staging(db, build, rows=5000)
    pid = json.loads((db / "server.json").read_text())["pid"]
    os.kill(pid, signal.SIGKILL)
    fault("embedded server killed mid-load")
    _, err = build.communicate(timeout=60)
    assert build.returncode == 1 and err.startswith("Error: lost the embedded FalkorDB server"), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _counts(db) == before  # the next command restarted the server; the previous graph is intact
    rerun = _start_build(db, big_facts)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert not _client(db).exists(STAGING)  # the dead build's copy was dropped
    assert _counts(db) == expected


def test_ctrl_c_during_a_build_leaves_the_previous_graph(previous: tuple[Path, dict], big_facts: Path) -> None:
    db, before = previous
    build = _start_build(db, big_facts, "--clear", "--yes")  # even a build that empties the graph first
    _wait_for_staging(db, build, rows=1000)
    build.send_signal(signal.SIGINT)
    fault("Ctrl-C during kg build")
    _, err = build.communicate(timeout=60)
    assert build.returncode == 130 and err.strip() == "Error: interrupted", err
    assert _counts(db) == before
    assert not _client(db).exists(STAGING)


def test_two_builds_at_once_one_waits_and_the_graph_is_consistent(
    previous: tuple[Path, dict], big_facts: Path, expected: dict
) -> None:
    db, _ = previous
    first = _start_build(db, big_facts)
    _wait_for_staging(db, first)
    second = _start_build(db, big_facts)
    fault("two concurrent builds")
    out1, err1 = first.communicate(timeout=300)
    out2, err2 = second.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    assert "waiting for another kg command" in err2
    assert out1 == out2  # the second build of the same facts changed nothing: no duplicates
    assert _counts(db) == expected


def test_readers_during_a_build_see_the_old_graph_or_the_new_one(
    previous: tuple[Path, dict], big_facts: Path, expected: dict
) -> None:
    db, before = previous
    client = _client(db)
    build = _start_build(db, big_facts)
    fault("reads during a build")
    seen: set[int] = set()
    while build.poll() is None:
        reply = client.execute_command("GRAPH.RO_QUERY", "kg", "MATCH (n) RETURN count(n)")
        seen.add(reply[1][0][0])
        time.sleep(0.01)
    assert build.returncode == 0, build.stderr.read()
    after = expected["total_nodes"]
    assert _counts(db)["total_nodes"] == after
    assert seen <= {before["total_nodes"], after} and before["total_nodes"] in seen, seen


# --- Neo4j ------------------------------------------------------------------------------------------------


@pytest.fixture
def second_server(tmp_path: Path, neo4j_settings: Neo4jSettings) -> Iterator[dict[str, str]]:
    """A throwaway Neo4j on port 7688 that the test may kill (scripts/neo4j-local, the same jars)."""
    env = {**os.environ, "NEO4J_LOCAL_PORT": "7688", "NEO4J_LOCAL_HOME": str(tmp_path / "neo4j")}
    launcher = str(ROOT / "scripts" / "neo4j-local")
    subprocess.run([launcher, "start"], env=env, check=True, capture_output=True, timeout=240)
    yield env
    subprocess.run([launcher, "stop"], env=env, capture_output=True, timeout=120)


def test_neo4j_stopped_before_and_killed_during_a_load_then_a_rerun_converges(
    second_server: dict[str, str], ontology: Ontology
) -> None:
    facts = list(_synthetic(30_000, seed=3))
    password = os.environ.get("NEO4J_PASSWORD", "kgpassword")
    settings = Neo4jSettings(uri="bolt://127.0.0.1:7688", password=password, retry_seconds=3)
    launcher = str(ROOT / "scripts" / "neo4j-local")
    errors: list[BaseException] = []
    loaded: list[int] = []

    def load() -> None:
        try:
            with Neo4jStore(ontology, settings) as store:
                store.ensure_schema()
                load_facts(store, facts, batch_size=2000, progress=loaded.append)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=load)
    thread.start()
    while sum(loaded) < 20_000 and thread.is_alive():
        thread.join(0.05)
    subprocess.run([launcher, "kill"], env=second_server, check=True, capture_output=True, timeout=60)
    fault("Neo4j killed mid-load")
    thread.join(120)
    assert errors and isinstance(errors[0], StoreError), errors
    assert "Neo4j" in str(errors[0]) and "\n" not in str(errors[0])

    # Stopped before a load: the command says so in one line and writes nothing anywhere.
    fault("Neo4j stopped before a load")
    result = kg("build", "--backend", "neo4j", "--uri", settings.uri, "--password", password)
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot reach Neo4j at bolt://127.0.0.1:7688")

    subprocess.run([launcher, "start"], env=second_server, check=True, capture_output=True, timeout=240)
    with Neo4jStore(ontology, settings) as store:
        partial = store.counts().nodes
        store.ensure_schema()
        report = load_facts(store, facts, batch_size=5000)
        counts = store.counts()
    assert partial < counts.nodes == sum(report.nodes.values())  # completed, nothing duplicated
    assert counts.relationships == sum(report.relationships.values())
