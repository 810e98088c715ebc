"""IRIs and literals: how a graph id, a property value or a piece of evidence is written in RDF, and back.

IRIs are stable: an entity's IRI is the base, its type prefix and its key (``<base>enterprise/湖北益泰药业
股份有限公司``), so it is the same on every run and machine and can be turned back into the id. Chinese stays
as it is (IRIs allow it); only characters IRIs forbid, and ``%``, ``#`` and ``?``, are percent-encoded.
Industries and indicators of the reference schemes keep the schemes' own IRIs (``ind:biomedicine``), so an
export and ``industries.ttl`` describe the same concepts. Evidence and reified statements get IRIs made
from a hash of what they describe, so two exports of one graph are identical.

Terms are N-Triples strings (``<iri>``, ``"text"@zh``): the export builds lines with plain string
operations, several times faster than building term objects, and the other formats are parsed from those
lines by pyoxigraph (Rust) on the way out.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from kg.errors import KgError
from kg.ontology import NAMESPACES, Ontology

DEFAULT_BASE = "https://w3id.org/kg-sti/id/"
KGO, IND, IDC = NAMESPACES["kgo"], NAMESPACES["ind"], NAMESPACES["idc"]
RDF, RDFS, XSD = NAMESPACES["rdf"], NAMESPACES["rdfs"], NAMESPACES["xsd"]
SKOS, PROV, OWL, SH = NAMESPACES["skos"], NAMESPACES["prov"], NAMESPACES["owl"], NAMESPACES["sh"]

# The prefixes exports declare (and the JSON-LD context), in this order: the data's vocabularies, not the
# shapes' (kgs, sh), which only the shapes file declares.
PREFIXES = {
    prefix: NAMESPACES[prefix]
    for prefix in ("kgo", "ind", "idc", "rdf", "rdfs", "xsd", "skos", "prov", "owl", "schema", "org", "dcterms")
}


def ref(iri: str) -> str:
    """An IRI as an N-Triples term."""
    return f"<{iri}>"


TYPE = ref(RDF + "type")
LABEL = ref(RDFS + "label")
ALT_LABEL = ref(SKOS + "altLabel")
IN_SCHEME = ref(SKOS + "inScheme")
SKOS_BROADER = ref(SKOS + "broader")
SKOS_CONCEPT = ref(SKOS + "Concept")
DERIVED_FROM = ref(PROV + "wasDerivedFrom")
QUALIFIED = ref(PROV + "qualifiedDerivation")
PROV_ENTITY = ref(PROV + "entity")
DERIVATION = ref(PROV + "Derivation")
EVIDENCE = ref(KGO + "Evidence")
STATEMENT = ref(RDF + "Statement")
SUBJECT, PREDICATE, OBJECT = ref(RDF + "subject"), ref(RDF + "predicate"), ref(RDF + "object")
INDUSTRY_SCHEME = ref(IND + "scheme")
SECTION, START, END, TEXT = (ref(KGO + name) for name in ("section", "start", "end", "text"))
RULE, CONFIDENCE = (ref(KGO + name) for name in ("rule", "confidence"))

# Canonical N-Triples string escapes: ECHAR for these, UCHAR for the other control characters.
_LITERAL_ESCAPES = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_LITERAL_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x20<>"{}|\\^`%#?\x7f-\x9f]')


def plain(text: str) -> str:
    """A string literal (xsd:string) as an N-Triples term."""
    return '"' + text.translate(_LITERAL_ESCAPES) + '"'


def tagged(text: str, language: str) -> str:
    return f"{plain(text)}@{language}"


def typed(lexical: str, datatype: str) -> str:
    return f"{plain(lexical)}^^<{datatype}>"


def escape_key(key: str) -> str:
    """A key as an IRI path: kept as written except the characters IRIs forbid (and %, #, ?)."""
    if not _NEEDS_ESCAPE.search(key):
        return key
    return "".join(
        "".join(f"%{b:02X}" for b in char.encode("utf-8")) if _NEEDS_ESCAPE.match(char) else char for char in key
    )


class IriScheme:
    """Ids <-> IRIs for one base."""

    def __init__(self, ontology: Ontology, base: str = DEFAULT_BASE) -> None:
        if not base.startswith(("http://", "https://", "urn:")) or not base.endswith(("/", "#", ":")):
            raise KgError(f"base IRI {base!r} must be http(s) or urn and end with '/', '#' or ':'")
        if _NEEDS_ESCAPE.sub("", base.replace("#", "")) != base.replace("#", ""):
            raise KgError(f"base IRI {base!r} contains characters IRIs do not allow")
        self.ontology = ontology
        self.base = base
        self._industries = {c.id for c in ontology.industries.values()}
        self._indicators = {c.id for c in ontology.indicators.values()}
        self.ref = lru_cache(maxsize=65536)(self._ref)  # plans, regions and industries recur constantly

    def iri(self, entity_id: str) -> str:
        prefix, _, key = entity_id.partition(":")
        if entity_id in self._industries:
            return IND + key
        if entity_id in self._indicators:
            return IDC + key
        return f"{self.base}{prefix}/{escape_key(key)}"

    def _ref(self, entity_id: str) -> str:
        return f"<{self.iri(entity_id)}>"

    def id_of(self, iri: str) -> str | None:
        """The graph id an IRI stands for, or None when it is not an entity IRI of this scheme."""
        if iri.startswith(IND) and iri != IND + "scheme":
            return "industry:" + iri[len(IND) :]
        if iri.startswith(IDC) and iri != IDC + "scheme":
            return "indicator:" + iri[len(IDC) :]
        if not iri.startswith(self.base):
            return None
        prefix, sep, key = iri[len(self.base) :].partition("/")
        if not sep or prefix in ("evidence", "statement"):
            return None
        entity_id = f"{prefix}:{unquote(key)}"
        try:
            self.ontology.class_of_id(entity_id)
        except KgError:
            return None
        return entity_id

    def hashed(self, kind: str, *parts: object) -> str:
        """A stable IRI (as a term) for an evidence item or a reified statement, from what it describes."""
        digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
        return f"<{self.base}{kind}/{digest}>"


def _decimal(value: int | float) -> str:
    if isinstance(value, int):
        return str(value)
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def literal(value: Any, datatype: str) -> str:
    """A property value as a literal of the ontology's range for it (strings plain, numbers typed)."""
    if datatype == XSD + "string":
        return plain(str(value))
    if datatype == XSD + "decimal":
        return typed(_decimal(value), datatype)
    if datatype == XSD + "gYear":
        return typed(f"{int(value):04d}", datatype)
    if datatype == XSD + "integer":
        return typed(str(int(value)), datatype)
    return typed(str(value), datatype)


def python_value(text: str, datatype: str, where: str) -> Any:
    """A literal's lexical form back as the Python value the store holds (whole numbers as int)."""
    try:
        if datatype == XSD + "decimal":
            number = Decimal(text)
            return int(number) if number == number.to_integral_value() else float(number)
        if datatype in (XSD + "integer", XSD + "gYear"):
            return int(text)
    except (ArithmeticError, ValueError):
        raise KgError(f"{where}: {text!r} is not a valid {datatype.rsplit('#', 1)[-1]}") from None
    return text
