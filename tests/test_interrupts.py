"""Ctrl-C held back while worker threads are started or waited for (kg.interrupts)."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from kg.interrupts import held_interrupt


@pytest.fixture(autouse=True)
def python_ctrl_c() -> Iterator[None]:
    """Python's own SIGINT handler, as in a kg command run from a terminal (a background job starts with the
    signal ignored)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.05)  # the handler runs at the main thread's next step


def test_a_ctrl_c_inside_the_block_is_raised_once_it_has_ended() -> None:
    steps = []
    with pytest.raises(KeyboardInterrupt):
        with held_interrupt():
            _ctrl_c()
            steps.append("after the signal")
        steps.append("after the block")
    assert steps == ["after the signal"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_thread_waited_for_inside_the_block_is_waited_for_to_its_end() -> None:
    finished = threading.Event()

    def work() -> None:
        time.sleep(0.3)
        finished.set()

    worker = threading.Thread(target=work)
    threading.Timer(0.1, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    with pytest.raises(KeyboardInterrupt), held_interrupt():
        worker.start()
        worker.join()
    assert finished.is_set()  # the join was not cut short by the Ctrl-C at 0.1 s


def test_no_ctrl_c_no_interrupt_and_the_blocks_own_error_wins() -> None:
    with held_interrupt():
        pass
    with pytest.raises(ValueError), held_interrupt():
        _ctrl_c()
        raise ValueError("the block's own failure is the one reported")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_outside_the_main_thread_nothing_is_changed() -> None:
    seen = []

    def in_a_thread() -> None:
        with held_interrupt():
            seen.append(signal.getsignal(signal.SIGINT))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert seen == [signal.default_int_handler]


def test_a_handler_set_by_someone_else_is_left_alone() -> None:
    called = []
    signal.signal(signal.SIGINT, lambda *_: called.append(1))
    with held_interrupt():
        _ctrl_c()
    assert called == [1]
