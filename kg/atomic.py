"""Write a file so that nobody ever sees half of it: a temporary file beside it, renamed over it at the end.

A failure (bad input, a full disk, Ctrl-C) leaves the previous file as it was and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from kg.errors import KgError

# Errors of the file being written (not of something the caller was reading while writing it).
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO, errno.EACCES, errno.EPERM}


@contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path`` for writing; on success it replaces ``path``."""
    path = Path(path)
    if path.is_dir():
        raise KgError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        raise KgError(f"cannot write {path}: folder {path.parent} does not exist")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(handle, mode, **({"encoding": "utf-8"} if "b" not in mode else {})) as out:
            yield out
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp makes the file private; the result is an ordinary file
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        if exc.errno in _WRITE_ERRORS:
            raise KgError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
