"""The validation of a facts file, run as a process of its own beside the file's bulk load (``kg.pipeline``).

Started as ``python -m kg.check_file``: it reads ``(path, ontology)`` pickled from stdin and writes its answer
pickled to stdout, ``("ok", count)``, ``("out of order", where)`` or ``("error", class name, message, hint)``.
A plain subprocess, not ``multiprocessing``: a spawned worker re-imports the caller's main module, which
breaks (or re-runs) a script that calls :func:`kg.build` without an ``if __name__ == "__main__"`` guard.
"""

from __future__ import annotations

import pickle
import signal
import sys
from pathlib import Path
from typing import Any


def check(path: Path, ontology: Any) -> tuple[Any, ...]:
    from kg.errors import InputError, KgError
    from kg.validate import OutOfOrder, validate_file

    try:
        count = validate_file(path, ontology)
    except OutOfOrder as exc:
        return ("out of order", str(exc))
    except KgError as exc:
        return ("error", type(exc).__name__, exc.message, exc.hint)
    if not count:
        return ("error", InputError.__name__, f"{path}: no facts in the file (empty)", None)
    return ("ok", count)


def main() -> None:
    # Ctrl-C reaches the whole process group; the build that started this process stops it itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    path, ontology = pickle.load(sys.stdin.buffer)
    sys.stdout.buffer.write(pickle.dumps(check(path, ontology)))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
