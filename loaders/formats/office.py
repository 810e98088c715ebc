"""Older office formats (``.doc``, ``.wps``, ``.rtf``, ``.odt``) -> ``.docx`` with LibreOffice headless, then read.

LibreOffice is the one converter that reads all of them; kg does not bundle it. Without ``soffice`` (or
``libreoffice``) on PATH the file is refused with one line naming LibreOffice. Each conversion uses its own
throw-away LibreOffice profile, so a running office or another conversion cannot block it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kg.errors import InputError
from loaders.formats import Derived

CONVERT_TIMEOUT = 180


def soffice() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_office(path: Path, raw: bytes) -> Derived:
    from loaders.formats.docx import read_docx

    program = soffice()
    if program is None:
        raise InputError(
            f"{path}: reading {path.suffix.lower()} files needs LibreOffice (soffice), which is not installed",
            "install LibreOffice, or save the file as .docx or PDF",
        )
    with tempfile.TemporaryDirectory(prefix="kg-soffice-") as work:
        folder = Path(work)
        source = folder / ("in" + path.suffix.lower())
        source.write_bytes(raw)
        command = [
            program,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(f"{path}: LibreOffice did not convert it within {CONVERT_TIMEOUT} s") from None
        converted = folder / "out" / "in.docx"
        if not converted.is_file():
            raise InputError(f"{path}: LibreOffice could not convert it to .docx (a damaged or protected file?)")
        derived = read_docx(path, converted.read_bytes())
    return Derived(derived.text, f"{path.suffix.lower().lstrip('.')}:libreoffice", derived.meta)
