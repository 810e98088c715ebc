"""The JSON-LD context of kg's exports: the vocabularies' prefixes and the base of entity IRIs.

``ontology/context.jsonld`` is this context for the default base (a test keeps the file current); every
JSON-LD export embeds it, with the export's base, so the file reads offline.
"""

from __future__ import annotations

import json
from typing import Any

from kg.rdf import terms as t


def jsonld_context(base: str = t.DEFAULT_BASE) -> dict[str, Any]:
    return {"@context": {"@version": 1.1, **dict(sorted({**t.PREFIXES, "kg": base}.items()))}}


def context_file_text() -> str:
    return json.dumps(jsonld_context(), ensure_ascii=False, indent=2) + "\n"
