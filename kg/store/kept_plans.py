"""What the store keeps at build time so that ``plan_summary`` is a lookup: per plan, how many distinct nodes of
each label mention it.

The question (queries/plan_summary.cypher) counts, for every plan, the nodes that mention it (``MENTIONED_IN``),
per label: at 10^6 nodes that is a million mentions read and grouped, 0.7-0.8 s on a quiet machine and up to
3.8 s on a loaded one, on either backend, whatever the Cypher's form (bench/RESULTS.notes.md). So each Plan node
keeps its counts, one integer per node label (:func:`named`: ``kg_named_Enterprise`` …, 0 when none), and
:func:`answer` reads them instead of walking.

The counts are made by the store itself with the walk's own expression (:data:`COUNTS`: ``labels(e)[0]``,
``count(DISTINCT e)``), so they are what the walk would count. They depend only on a plan's mentions, so a write
makes again the counts of the plans it touched (both ends of every relationship added or deleted are touched,
evidence links included). Who calls it:
- the bulk paths (GRAPH.BULK, neo4j-admin import) after the import (:func:`keep_all`);
- the UNWIND path (:func:`kg.store.cypher.load_facts`) and updates (:func:`kg.store.difference.apply`) for the
  plans they touched (:func:`refresh`).

Like :mod:`kg.store.kept`'s counts these are bookkeeping, prefixed :data:`kg.store.kept.PREFIX`, which the RDF
export, query answers, the view's hover card and the update's comparison leave out. A graph built before they
existed has plans without them; :func:`answer` then returns None and the query is walked as written (the answer
is the same, only slower), with a note saying that a rebuild makes it a lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kg.batching import batched
from kg.store.base import GraphStore, QueryResult
from kg.store.kept import PREFIX
from kg.store.names import quote_name


def named(label: str) -> str:
    """The property of a plan holding how many distinct nodes of ``label`` mention it."""
    return f"{PREFIX}named_{label}"


# The canned query as it is answered from the kept counts; another text (an edited file) is walked as written.
WALK = """
MATCH (p:Plan)
OPTIONAL MATCH (p)-[:APPLIES_TO]->(r:Region)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(p)
WITH p, r, labels(e)[0] AS kind, count(DISTINCT e) AS named
WITH p, r, collect({kind: kind, named: named}) AS counts
RETURN p.title AS plan, r.name AS region, p.period_start AS period_start, p.period_end AS period_end,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Enterprise' THEN c.named ELSE 0 END) AS enterprises,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Platform' THEN c.named ELSE 0 END) AS platforms,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'University' THEN c.named ELSE 0 END) AS universities,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Project' THEN c.named ELSE 0 END) AS projects,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Target' THEN c.named ELSE 0 END) AS targets,
       reduce(n = 0, c IN counts | n + CASE WHEN c.kind = 'Industry' THEN c.named ELSE 0 END) AS industries
ORDER BY period_start, plan
"""

# The walk's columns and, for each count, the label it counts.
COUNTED = (
    ("enterprises", "Enterprise"),
    ("platforms", "Platform"),
    ("universities", "University"),
    ("projects", "Project"),
    ("targets", "Target"),
    ("industries", "Industry"),
)

# The walk's counting, per plan (all, or those in $ids): what the plans keep.
_COUNTS = (
    "OPTIONAL MATCH (e)-[:MENTIONED_IN]->(p) "
    "WITH p, labels(e)[0] AS kind, count(DISTINCT e) AS named "
    "RETURN p.id AS plan, collect([kind, named]) AS counts"
)
COUNTS = "MATCH (p:Plan) " + _COUNTS
COUNTS_OF = "UNWIND $ids AS id MATCH (p:Plan {id: id}) " + _COUNTS

STALE = "rebuild the graph (kg build --clear) to have it answered from what the build keeps, in well under a second"


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def answers(body: str) -> bool:
    """True when ``body`` is the question the kept counts answer (whitespace aside)."""
    return _normal(body) == _normal(WALK)


def _marker(store: GraphStore) -> str:
    return named(store.ontology.node_labels[0])


def present(store: GraphStore) -> bool:
    """True when every plan carries its counts: the graph was built by a kg that keeps them."""
    return not store.read(f"MATCH (p:Plan) WHERE p.`{_marker(store)}` IS NULL RETURN p.id LIMIT 1").rows


def _answer_statement() -> str:
    counts = ", ".join(f"p.`{named(label)}` AS {column}" for column, label in COUNTED)
    return (
        "MATCH (p:Plan) OPTIONAL MATCH (p)-[:APPLIES_TO]->(r:Region) "
        "RETURN p.title AS plan, r.name AS region, p.period_start AS period_start, p.period_end AS period_end, "
        f"{counts} ORDER BY period_start, plan"
    )


ANSWER = _answer_statement()


def answer(store: GraphStore, body: str) -> QueryResult | None:
    """The query's answer read from the kept counts; None when ``body`` is another query, or when the graph
    predates them (then the caller walks, and says so with :data:`STALE`)."""
    if not answers(body) or not present(store):
        return None
    return store.read(ANSWER)


def _write(store: GraphStore, rows: Iterable[list[Any]]) -> int:
    """Set every label's count on the plans of (plan id, [[label, count], …]) rows; returns the plans set."""
    labels = store.ontology.node_labels
    sets = ", ".join(f"p.`{named(label)}` = row.counts[{k}]" for k, label in enumerate(labels))
    statement = f"UNWIND $rows AS row MATCH (p:{quote_name(store.ontology, 'Plan')} {{id: row.id}}) SET {sets}"
    written = 0
    out = []
    for plan, counts in rows:
        per_label = {kind: int(number) for kind, number in counts if kind is not None}
        out.append({"id": plan, "counts": [per_label.get(label, 0) for label in labels]})
    for chunk in batched(out, 1_000):
        store.write(statement, {"rows": chunk})
        written += len(chunk)
    return written


def keep_all(store: GraphStore) -> int:
    """Count every plan's mentions again and keep the counts; returns the plans kept."""
    return _write(store, store.read(COUNTS).rows)


def refresh(store: GraphStore, touched: Iterable[tuple[str, str]]) -> int:
    """Count again the mentions of the plans among ``touched`` ((label, id) pairs: nodes written, and both ends
    of every relationship added or deleted; plans no longer in the graph are skipped); returns the plans kept."""
    plans = sorted({node_id for label, node_id in touched if label == "Plan"})
    written = 0
    for chunk in batched(plans, 1_000):
        written += _write(store, store.read(COUNTS_OF, {"ids": chunk}).rows)
    return written
