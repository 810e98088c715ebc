"""One exception tree for kg, so the CLI can turn any expected failure into one line and exit 1.

Library code raises these and never prints; only ``kg.cli`` formats them. Each message names the thing at
fault (file and line, parameter, server address) and, where there is one, what to do about it.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg expects; anything else reaching the CLI is a bug and keeps its traceback."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class OntologyError(KgError):
    """The ontology files are missing, malformed, or a name was asked for that they do not define."""


class InputError(KgError):
    """An input file cannot be read as a plan: wrong encoding, empty, binary, unreadable."""


class FactError(KgError):
    """A fact does not conform to the ontology (unknown type or property, wrong value, dangling id)."""


class StoreError(KgError):
    """The graph store cannot be reached, refused us, or failed while loading."""


class QueryError(KgError):
    """A query name, parameter or script is wrong, or the store rejected the query."""
