"""What the store keeps at build time so that ``firms_on_chains_across_cities`` is a lookup: per industry, its
governed cities and the sorted names of its firms in each.

The question (queries/firms_on_chains_across_cities.cypher) walks every firm to its industry and up to four
region levels to the cities some plan governs, then sorts and groups the (chain, city, firm) rows: at 10^6
nodes that is half a million rows and 8-9 s on either backend, whatever the Cypher's form (bench/RESULTS.notes.md).
So each Industry node keeps the answer's part that is its own, as two lists (:data:`CITIES`, the city names,
and :data:`FIRMS`, each city's firm names as one JSON text), and :func:`answer` reads them instead of walking.
Both backends store only flat lists of one type, hence the JSON; it is also what makes the read fast: 3,050
texts cross the wire instead of 500,000 names (at 10^6 nodes, decoding the names one by one took longer on
the client than the server took to find them).

The kept lists are made by the store itself, with the walk's own grouping and sorting (:data:`ROWS` is the
query with its last steps cut), so they hold exactly what the walk would collect on that backend, ties and
string order included. What they depend on besides an industry's own firms is the geography: which regions
some plan governs, their names, and which regions lie within each (``PART_OF*0..3``). Each governed region
keeps that as :data:`REACH` and :data:`NAME`, so a write can tell whether the geography moved (then every
industry is made again) or only some firms and industries did (then only theirs). Who calls it:
- the bulk paths (GRAPH.BULK, neo4j-admin import) after the import (:func:`keep_all`);
- the UNWIND path (:func:`kg.store.cypher.load_facts`) and updates (:func:`kg.store.difference.apply`) for
  the nodes they touched (:func:`refresh`).

Like :mod:`kg.store.kept`'s counts these are bookkeeping, prefixed :data:`kg.store.kept.PREFIX`, which the RDF
export, query answers, the view's hover card and the update's comparison leave out. A graph built before they
existed has governed regions without :data:`REACH`; :func:`answer` then returns None and the query is walked as
written (the answer is the same, only slower), with a note saying that a rebuild makes it a lookup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from kg.batching import batched
from kg.store.base import GraphStore, QueryResult
from kg.store.kept import PREFIX

CITIES = f"{PREFIX}chain_cities"  # on an Industry: the governed cities its firms are in, by name (then id)
FIRMS = f"{PREFIX}chain_firms"  # on an Industry: per city, its firm names as the store sorts them, as JSON
REACH = f"{PREFIX}chain_reach"  # on a governed Region: the ids of the regions within it, itself included, sorted
NAME = f"{PREFIX}chain_name"  # on a governed Region: its name when the industries' lists were made

# The canned query as it is answered from the kept lists; another text (an edited file) is walked as written.
WALK = """
MATCH (:Plan)-[:APPLIES_TO]->(governed:Region)
WITH collect(DISTINCT governed) AS cities
MATCH (f:Enterprise)-[:IN_INDUSTRY]->(i:Industry)
MATCH (f)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(city:Region)
WHERE city IN cities
WITH i, city, f ORDER BY f.name
WITH i, city, collect(DISTINCT f.name) AS firms
WITH i, collect({city: city.name, firms: firms}) AS per_city
WHERE size(per_city) >= $min_cities
UNWIND per_city AS entry
RETURN i.name AS chain, size(per_city) AS cities, entry.city AS city, entry.firms AS firms
ORDER BY cities DESC, chain, city
"""

# The walk up to its grouping, per industry (all, or those in $ids) and city: what the industries keep.
_GOVERNED = "MATCH (:Plan)-[:APPLIES_TO]->(governed:Region) WITH collect(DISTINCT governed) AS cities "
_GROUPED = (
    "MATCH (f)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(city:Region) WHERE city IN cities "
    "WITH i, city, f ORDER BY f.name "
    "WITH i, city, collect(DISTINCT f.name) AS firms "
    "RETURN i.id AS industry, city.id AS city, city.name AS name, firms"
)
ROWS = _GOVERNED + "MATCH (f:Enterprise)-[:IN_INDUSTRY]->(i:Industry) " + _GROUPED
ROWS_OF = (
    _GOVERNED + "UNWIND $ids AS id MATCH (i:Industry {id: id}) MATCH (f:Enterprise)-[:IN_INDUSTRY]->(i) " + _GROUPED
)

# One row holding every row: per-record costs dominated the Neo4j driver's read of 3,050 records (0.55-0.65 s
# against 0.3-0.4 s at 10^6 nodes); collect keeps the ORDER BY's order, as the walk itself relies on.
ANSWER = (
    f"MATCH (i:Industry) WHERE size(i.{CITIES}) >= $min_cities "
    f"WITH i.name AS chain, i.{CITIES} AS names, i.{FIRMS} AS firms "
    "UNWIND range(0, size(names) - 1) AS k "
    "WITH chain, size(names) AS cities, names[k] AS city, firms[k] AS firms ORDER BY cities DESC, chain, city "
    "RETURN collect([chain, cities, city, firms]) AS rows"
)

COLUMNS = ["chain", "cities", "city", "firms"]  # the walk's RETURN

STALE = "rebuild the graph (kg build --clear) to have it answered from what the build keeps, in well under a second"

# Firm names per write statement (an industry's lists go in one statement whatever their size).
NAMES_PER_STATEMENT = 50_000


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def answers(body: str) -> bool:
    """True when ``body`` is the question the kept lists answer (whitespace aside)."""
    return _normal(body) == _normal(WALK)


def present(store: GraphStore) -> bool:
    """True when every governed region carries :data:`REACH`: the graph was built by a kg that keeps the lists
    (a graph with no governed region has nothing to keep, and its answer is empty either way)."""
    rows = store.read(
        f"MATCH (:Plan)-[:APPLIES_TO]->(g:Region) WHERE g.{REACH} IS NULL RETURN g.id LIMIT 1"
    ).rows  # fmt: skip
    return not rows


def answer(store: GraphStore, body: str, values: dict[str, Any]) -> QueryResult | None:
    """The query's answer read from the kept lists; None when ``body`` is another query, or when the graph
    predates them (then the caller walks, and says so with :data:`STALE`)."""
    if not answers(body) or not present(store):
        return None
    ((rows,),) = store.read(ANSWER, {"min_cities": values["min_cities"]}).rows
    return QueryResult(COLUMNS, [[chain, cities, city, json.loads(firms)] for chain, cities, city, firms in rows])


def geography(store: GraphStore) -> dict[str, tuple[str, list[str]]]:
    """Each governed region's id: its name and the ids of the regions within it (``PART_OF*0..3``), sorted."""
    rows = store.read(
        "MATCH (:Plan)-[:APPLIES_TO]->(g:Region) WITH DISTINCT g "
        "MATCH (r:Region)-[:PART_OF*0..3]->(g) "
        "RETURN g.id AS id, g.name AS name, collect(DISTINCT r.id) AS reach"
    ).rows
    return {node_id: (name, sorted(reach)) for node_id, name, reach in rows}


def kept_geography(store: GraphStore) -> dict[str, tuple[str, list[str]]]:
    """The geography the industries' lists were last made with (:func:`geography`, as the regions keep it)."""
    rows = store.read(
        f"MATCH (g:Region) WHERE g.{REACH} IS NOT NULL RETURN g.id AS id, g.{NAME} AS name, g.{REACH} AS reach"
    ).rows
    return {node_id: (name, list(reach)) for node_id, name, reach in rows}


def _write_geography(store: GraphStore, old: dict[str, Any], new: dict[str, tuple[str, list[str]]]) -> None:
    gone = sorted(set(old) - set(new))
    for chunk in batched(gone, 1_000):
        store.write(f"UNWIND $ids AS id MATCH (g:Region {{id: id}}) SET g.{REACH} = null, g.{NAME} = null", {
            "ids": chunk})  # fmt: skip
    rows = [{"id": node_id, "name": name, "reach": reach} for node_id, (name, reach) in sorted(new.items())]
    for chunk in batched(rows, 500):
        store.write(
            f"UNWIND $rows AS row MATCH (g:Region {{id: row.id}}) SET g.{REACH} = row.reach, g.{NAME} = row.name",
            {"rows": chunk},
        )


def _lists(rows: Iterable[list[Any]]) -> dict[str, dict[str, list[Any]]]:
    """(industry, city id, city name, firms) rows as each industry's kept lists, cities by name then id."""
    per_industry: dict[str, list[tuple[str, str, list[str]]]] = {}
    for industry, city, name, firms in rows:
        per_industry.setdefault(industry, []).append((name, city, list(firms)))
    kept: dict[str, dict[str, list[Any]]] = {}
    for industry, cities in per_industry.items():
        cities.sort(key=lambda entry: (entry[0], entry[1]))
        kept[industry] = {
            "cities": [name for name, _, _ in cities],
            "firms": [json.dumps(firms, ensure_ascii=False, separators=(",", ":")) for _, _, firms in cities],
            "size": sum(len(firms) for _, _, firms in cities),
        }
    return kept


def _write_lists(store: GraphStore, kept: dict[str, dict[str, list[Any]]], cleared: Iterable[str]) -> None:
    """Set the kept lists of the industries in ``kept``; remove them from those in ``cleared``."""
    statement = (
        f"UNWIND $rows AS row MATCH (i:Industry {{id: row.id}}) SET i.{CITIES} = row.cities, i.{FIRMS} = row.firms"
    )
    chunk: list[dict[str, Any]] = []
    names = 0
    for industry, lists in sorted(kept.items()):
        chunk.append({"id": industry, "cities": lists["cities"], "firms": lists["firms"]})
        names += lists["size"]
        if names >= NAMES_PER_STATEMENT:
            store.write(statement, {"rows": chunk})
            chunk, names = [], 0
    if chunk:
        store.write(statement, {"rows": chunk})
    for ids in batched(sorted(set(cleared) - set(kept)), 1_000):
        store.write(
            f"UNWIND $ids AS id MATCH (i:Industry {{id: id}}) SET i.{CITIES} = null, i.{FIRMS} = null",
            {"ids": ids},
        )


def keep_all(store: GraphStore) -> int:
    """Make every industry's lists and every governed region's geography again; returns the industries kept."""
    old = kept_geography(store)
    new = geography(store)
    kept = _lists(store.read(ROWS).rows)
    before = [row[0] for row in store.read(f"MATCH (i:Industry) WHERE i.{CITIES} IS NOT NULL RETURN i.id").rows]
    _write_lists(store, kept, before)
    _write_geography(store, old, new)
    return len(kept)


def keep_industries(store: GraphStore, ids: Iterable[str]) -> int:
    """Make the lists of the industries ``ids`` again (ones no longer in the graph are skipped)."""
    ids = sorted(set(ids))
    kept: dict[str, dict[str, list[Any]]] = {}
    for chunk in batched(ids, 200):
        kept.update(_lists(store.read(ROWS_OF, {"ids": chunk}).rows))
    _write_lists(store, kept, ids)
    return len(kept)


def refresh(store: GraphStore, touched: Iterable[tuple[str, str]], gone: Iterable[tuple[str, str]] = ()) -> int:
    """Bring the kept lists up to date after a write that touched ``touched`` ((label, id) pairs: nodes written,
    and both ends of every relationship added or deleted) and deleted ``gone``; returns the industries made.

    A touched or deleted region or plan may have moved the geography (a plan governs another city, a district
    moved, a city renamed): when :func:`geography` differs from what the regions keep, every industry is made
    again. Otherwise only the touched industries and the industries of the touched firms are.
    """
    touched = set(touched)
    gone_labels = {label for label, _ in gone}
    if "Region" in gone_labels:
        return keep_all(store)
    moved = ({label for label, _ in touched} | gone_labels) & {"Region", "Plan"}
    if moved and geography(store) != kept_geography(store):
        return keep_all(store)
    industries = {node_id for label, node_id in touched if label == "Industry"}
    firms = sorted(node_id for label, node_id in touched if label == "Enterprise")
    for chunk in batched(firms, 10_000):
        found = store.read(
            "UNWIND $ids AS id MATCH (f:Enterprise {id: id})-[:IN_INDUSTRY]->(i:Industry) RETURN DISTINCT i.id",
            {"ids": chunk},
        ).rows
        industries.update(row[0] for row in found)
    if not industries:
        return 0
    return keep_industries(store, industries)
