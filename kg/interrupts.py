"""Holding a Ctrl-C back while a worker thread is started or waited for.

Python raises KeyboardInterrupt in the main thread wherever it stands. Standing in ``Thread.start`` (which
waits for the new thread to run) or in a join, it leaves a thread running that nobody waits for: a
``ThreadPoolExecutor`` records its thread only after ``start`` returns, so its shutdown did not join a
worker whose start was interrupted, and that worker went on writing into the staging graph after the
build's cleanup had dropped it, which made it again (a build stopped by Ctrl-C left ``kg:building``
behind, 1 run in 30 on a busy machine). Inside :func:`held_interrupt` a Ctrl-C is noted and raised when the
block has ended, once every worker is known and waited for.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


@contextlib.contextmanager
def held_interrupt() -> Iterator[None]:
    """A Ctrl-C inside the block is raised as KeyboardInterrupt once the block ends (if it ends without an
    exception of its own). Only the main thread, with Python's own handler in place, is changed: signal
    handlers can be set there only, and a handler someone else set is theirs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    noted: list[int] = []

    def note(signum: int, _frame: FrameType | None) -> None:
        noted.append(signum)

    signal.signal(signal.SIGINT, note)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if noted:
        raise KeyboardInterrupt
