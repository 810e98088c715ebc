"""The one quoter for the names Cypher cannot take as parameters: labels, relationship types, property keys.

Values always travel as ``$parameters``; names are spliced into the statement text, so they pass through here,
which accepts only names the ontology defines. The writer and the read side both use it, so neither imports
the other.
"""

from __future__ import annotations

from kg.errors import OntologyError
from kg.ontology import Ontology


def quote_name(ontology: Ontology, name: str) -> str:
    """Backtick-quote a node label or relationship type, refusing anything the ontology does not define."""
    if name not in ontology.classes and name not in ontology.relations:
        raise OntologyError(f"refusing to use {name!r} as a label or type: the ontology does not define it")
    return f"`{name}`"


def quote_property(ontology: Ontology, name: str) -> str:
    """Backtick-quote a property key the ontology defines (for schema statements)."""
    if name not in ontology.properties:
        raise OntologyError(f"refusing to use {name!r} as a property key: the ontology does not define it")
    return f"`{name}`"


def quote_labels(ontology: Ontology, labels: str | tuple[str, ...]) -> str:
    """One label quoted, or several as a label disjunction (`A`|`B`), for a store whose ``label_union`` is set."""
    if isinstance(labels, str):
        return quote_name(ontology, labels)
    return "|".join(quote_name(ontology, label) for label in labels)
