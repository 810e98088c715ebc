"""Where the ontology, canned queries and bundled data live, installed or in a source checkout.

A wheel carries them inside the package (``kg/_resources``, see ``pyproject.toml``); a checkout or an
editable install keeps them at the repository root, where contributors edit them. Both are looked up here
and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the directory ``ontology``, ``queries`` or ``data``, preferring the packaged copy."""
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg resource directory {name!r} not found beside {_PACKAGE}")
