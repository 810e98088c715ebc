"""Fixtures for trying to break kg: databases to damage, read-only and full disks; and the tally report."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.robustness.helpers import TALLY, kg


def pytest_terminal_summary(terminalreporter) -> None:
    if TALLY:
        terminalreporter.write_line(
            f"robustness: {TALLY['refused'] + TALLY['accepted']} hand-made inputs ({TALLY['refused']} refused "
            f"with one clear line, {TALLY['accepted']} handled correctly), {TALLY['generated']} generated "
            f"inputs, {TALLY['faults']} faults injected, data lost: 0"
        )


@pytest.fixture
def db(db_path: Path) -> Path:
    """tests/conftest.py's fresh database folder (its server is stopped afterwards), by a shorter name."""
    return db_path


@pytest.fixture
def built(db: Path) -> Path:
    """An embedded database holding the bundled graph, to check that failures leave it as it was."""
    result = kg("build", "--db", db)
    assert result.exit_code == 0, result.stderr
    return db


def _mount(target: Path, options: str) -> bool:
    """Mount a tmpfs (root only); False where the machine does not allow it."""
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return done.returncode == 0


@contextlib.contextmanager
def _mounted(target: Path, options: str, fallback_mode: int | None) -> Iterator[Path]:
    target.mkdir()
    if _mount(target, options):
        try:
            yield target
        finally:
            subprocess.run(["umount", "-l", str(target)], check=False)
    elif fallback_mode is not None:  # not root: permissions work, so a chmod is a real read-only folder
        target.chmod(fallback_mode)
        try:
            yield target
        finally:
            target.chmod(0o755)
    else:
        pytest.skip("cannot mount a small tmpfs here (needs root): the full-disk cases need one")


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to: a read-only tmpfs as root (who ignores permissions), else mode 555."""
    with _mounted(tmp_path / "ro", "ro,size=1m", 0o555) as path:
        yield path


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 600 kB tmpfs, filled to the last byte but a little, so the next write fails with ENOSPC."""
    with _mounted(tmp_path / "full", "size=600k", None) as path:
        with contextlib.suppress(OSError), (path / "filler").open("wb") as handle:
            handle.write(b"\0" * (600 * 1024))
        yield path
