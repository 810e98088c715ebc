"""The read side: every statement kg itself reads the graph with, named, parameterised, in one module.

The view, the RDF export, the analytics and the CLI read through these functions and never write Cypher, so
how the graph is laid out in the store (labels, the evidence relationship, evidence as parallel lists on a
relationship) is known here and in the writer (:mod:`kg.store.cypher`), nowhere else. Values are always
parameters; labels and relationship types pass through :func:`kg.store.names.quote_name`. Statements are
read label by label where they can, so both backends use their ``id`` index.

Results are plain records (tuples and small dataclasses of strings and numbers) in the order the statement
gives; callers that need an order independent of the backend sort, as they did before this module existed.
The analysts' own questions are not here: they are ``queries/*.cypher``, run by :mod:`kg.queries`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kg.store import kept
from kg.store.base import GraphStore
from kg.store.names import quote_labels

# -- evidence --------------------------------------------------------------------------------------------------


class EvidenceItem(NamedTuple):
    """One piece of evidence as the store holds it, values untouched (``rule`` and ``confidence`` are None in
    graphs loaded before evidence carried them).

    Not :class:`kg.facts.Evidence`: that type fills absent values with defaults, and an export must tell an
    absent confidence from a confidence of 1.
    """

    document: str
    section: Any
    start: Any
    end: Any
    text: Any
    rule: Any
    confidence: Any


def _evidence_keys(store: GraphStore) -> tuple[str, ...]:
    return store.ontology.evidence_properties


def _evidence_columns(store: GraphStore, var: str = "r") -> list[str]:
    return [f"{var}.{key}" for key in _evidence_keys(store)]


def evidence_items(lists: dict[str, Any]) -> list[EvidenceItem]:
    """The parallel evidence lists of one relationship (``document``, ``section`` … as keys), item by item.

    This is the one place that knows evidence is stored as parallel lists (the writer makes them).
    """
    documents = lists.get("document") or []
    columns = [lists.get(key) or [None] * len(documents) for key in EvidenceItem._fields[1:]]
    return [EvidenceItem(*item) for item in zip(documents, *columns, strict=False)]


@dataclass
class Link:
    """A relationship read from the store: its ends, its type, the target's name and its evidence."""

    source: str
    type: str
    target: str
    target_name: str | None = None
    evidence: list[EvidenceItem] = field(default_factory=list)


# -- helpers ---------------------------------------------------------------------------------------------------


# A node label, or several (looked up in one statement where the store's ``label_union`` allows: :func:`grouped`).
Labels = str | tuple[str, ...]


def _label(store: GraphStore, label: Labels) -> str:
    return quote_labels(store.ontology, label)


def _evidence_relation(store: GraphStore) -> str:
    return store.ontology.evidence_relation


def _by_label(store: GraphStore, ids: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for node_id in ids:
        groups.setdefault(store.ontology.class_of_id(node_id), []).append(node_id)
    return {label: sorted(members) for label, members in sorted(groups.items())}


# Most ids of a label looked up together with other labels' (:func:`grouped`).
UNION_IDS = 1000


def grouped(store: GraphStore, ids_by_label: dict[str, list[str]]) -> list[tuple[Labels, list[str]]]:
    """How to look up the nodes ``ids_by_label``: (labels, ids) pairs for statements that find them by id.

    Where the store seeks ids through a label disjunction (``GraphStore.label_union``: Neo4j), every label
    goes into one statement, so a step of the view is one statement text whatever the labels it meets: Neo4j
    plans each text the first time it sees it, and on a server just started that, not running them, was most
    of the first view's time. Elsewhere one statement per label, as before. Labels with no ids are left out;
    the ids keep the order given, label after label.

    Each id is sought in the index of every label of its statement, though: at 10^6 nodes a view whose
    labels all shared one statement planned 2.3 s faster after a restart but ran 1.5 s slower warm. So only
    labels with at most :data:`UNION_IDS` ids share one; a label with more has its own.
    """
    labels = [label for label, members in ids_by_label.items() if members]
    if not store.label_union:
        return [(label, ids_by_label[label]) for label in labels]
    # Each id is sought in every label's index of the disjunction, so a label with many ids keeps a
    # statement of its own: those are few, and the many labels with a few ids share one.
    alone = [label for label in labels if len(ids_by_label[label]) > UNION_IDS]
    shared = [label for label in labels if label not in alone]
    groups: list[tuple[Labels, list[str]]] = [(label, ids_by_label[label]) for label in alone]
    if len(shared) > 1:
        groups.append((tuple(shared), [node_id for label in shared for node_id in ids_by_label[label]]))
    elif shared:
        groups.append((shared[0], ids_by_label[shared[0]]))
    return groups


# -- nodes -----------------------------------------------------------------------------------------------------


def node_ids(store: GraphStore, label: str) -> list[str]:
    """Ids of every node of ``label``, in the store's order."""
    return [row[0] for row in store.read(f"MATCH (n:{_label(store, label)}) RETURN n.id AS id").rows]


def node_summaries(store: GraphStore, label: Labels, ids: list[str] | None = None) -> list[tuple[str, str, Any, Any]]:
    """(id, name, stored degree, stored betweenness) of the nodes of ``label`` (only ``ids`` when given; then
    ``label`` may be several, :func:`grouped`)."""
    columns = "n.id AS id, n.name AS name, n.degree AS degree, n.betweenness AS betweenness"
    if ids is None:
        return [tuple(row) for row in store.read(f"MATCH (n:{_label(store, label)}) RETURN {columns}").rows]
    match = f"MATCH (n:{_label(store, label)}) WHERE n.id IN $ids"
    expressions = ["n.id", "n.name", "n.degree", "n.betweenness"]
    return [tuple(row) for row in store.read_small(match, expressions, {"ids": ids})]


def node_properties(store: GraphStore, label: Labels, ids: list[str], bulk: bool = False) -> dict[str, dict[str, Any]]:
    """Every property of the nodes ``ids`` of ``label`` (one or several, :func:`grouped`) but kg's bookkeeping
    (:mod:`kg.store.kept`), by id; ``bulk`` for exports (the backend's fast path)."""
    match = f"MATCH (n:{_label(store, label)}) WHERE n.id IN $ids"
    params = {"ids": ids, **kept.PARAMS}
    if bulk:
        rows = store.read_values(match, ["n.id", kept.properties("n")], params)
    else:
        rows = store.read_small(match, ["n.id", kept.properties("n")], params)
    return {node_id: kept.as_dict(pairs) for node_id, pairs in rows}


def all_nodes(store: GraphStore) -> list[tuple[str, str, str | None]]:
    """(id, label, name) of every node."""
    return [tuple(row) for row in store.read("MATCH (n) RETURN n.id AS id, labels(n)[0] AS label, n.name AS name").rows]


def plan_names(store: GraphStore) -> dict[str, str]:
    """The documents evidence cites (plans), id -> name."""
    label = _label(store, store.ontology.document_class)
    return dict(store.read_small(f"MATCH (p:{label})", ["p.id", "p.name"]))


def plan_ids(store: GraphStore) -> set[str]:
    """Ids of the documents evidence cites (plans)."""
    label = _label(store, store.ontology.document_class)
    return {row[0] for row in store.read(f"MATCH (p:{label}) RETURN p.id AS id").rows}


def find_by_name(store: GraphStore, text: str, label: str | None = None) -> list[str]:
    """Ids of nodes whose name, alias, id or region code is ``text`` (of ``label`` when given), sorted."""
    quoted = f":{_label(store, label)}" if label else ""
    rows = store.read(
        f"MATCH (n{quoted}) WHERE n.name = $text OR n.id = $text OR n.code = $text OR $text IN n.aliases "
        "RETURN n.id AS id ORDER BY id",
        {"text": text},
    ).rows
    return [row[0] for row in rows]


def ids_named(store: GraphStore, words: Iterable[str]) -> set[str]:
    """Ids of nodes whose name or id is one of ``words``."""
    rows = store.read(
        "MATCH (n) WHERE n.name IN $words OR n.id IN $words RETURN n.id AS id", {"words": sorted(words)}
    ).rows
    return {row[0] for row in rows}


def top_by_degree(store: GraphStore, limit: int = 10, label: str | None = None) -> list[tuple[str, str, str, int]]:
    """(id, label, name, relationships) of the ``limit`` best-connected nodes, evidence links not counted.

    Ties are broken by id, so both backends give the same list.
    """
    quoted = f":{_label(store, label)}" if label else ""
    rows = store.read(
        f"MATCH (n{quoted})-[r]-() WHERE type(r) <> $evidence "
        "WITH n, count(r) AS links RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, links "
        "ORDER BY links DESC, id LIMIT $limit",
        {"evidence": _evidence_relation(store), "limit": int(limit)},
    ).rows
    return [(node_id, node_label, name, int(links)) for node_id, node_label, name, links in rows]


def _with_links(store: GraphStore) -> str:
    """``WITH n, … AS links``: the relationships of ``n`` besides evidence links (``$evidence``), counted in the
    store (for graphs built before the count was kept on each node, :mod:`kg.store.kept`)."""
    return kept.count_expression(store, "n")


# Sorts before any count, so a label with a node whose count is not kept shows it in its first row.
_UNKNOWN = 2**62


def central_nodes(store: GraphStore, labels: Iterable[str], limit: int = 0) -> list[tuple[str, int]]:
    """(id, relationships) of the ``limit`` best-connected nodes of ``labels`` (all of them when 0), evidence
    links not counted, best first, ties by id.

    The count is the one kept on each node at build time (:mod:`kg.store.kept`), so the ranking reads one
    property per node of the label and no relationship. A label where a node has none (a graph built before
    kg kept it) is counted in the store instead, as before: nodes with no count sort first, so the first row
    tells. Nodes with no relationship count 0.
    """
    found: list[tuple[str, int]] = []
    tail = " LIMIT $limit" if limit else ""
    labels = sorted(labels)
    if limit and store.label_union and len(labels) > 1:
        # One statement for every label (Neo4j plans each text once; see grouped): the best ``limit`` of all
        # of them are the best ``limit`` of each label's best ``limit``. A node with no count sorts first,
        # so a first row without one sends the question label by label, where each is counted as below.
        rows = store.read_small(
            f"MATCH (n:{_label(store, tuple(labels))}) WITH n.id AS id, n.{kept.LINKS} AS links "
            f"WITH id, links ORDER BY coalesce(links, $unknown) DESC, id{tail}",
            ["id", "links"],
            {"unknown": _UNKNOWN, "limit": int(limit)},
        )
        if not rows or rows[0][1] is not None:
            return sorted(((node_id, int(links)) for node_id, links in rows), key=lambda row: (-row[1], row[0]))
    for label in labels:
        params: dict[str, Any] = {"unknown": _UNKNOWN, "limit": int(limit)}
        match = f"MATCH (n:{_label(store, label)}) WITH n.id AS id, n.{kept.LINKS} AS links"
        order = "ORDER BY coalesce(links, $unknown) DESC, id"
        if limit:  # a page's worth, in one record on Neo4j (GraphStore.read_small)
            rows = store.read_small(f"{match} WITH id, links {order}{tail}", ["id", "links"], params)
        else:
            rows = store.read(f"{match} RETURN id, links {order}", params).rows
        if rows and rows[0][1] is None:
            params["evidence"] = _evidence_relation(store)
            rows = store.read(
                f"MATCH (n:{_label(store, label)}) {_with_links(store)} "
                f"RETURN n.id AS id, links ORDER BY links DESC, id{tail}",
                params,
            ).rows
        found.extend((node_id, int(links)) for node_id, links in rows)
    found.sort(key=lambda row: (-row[1], row[0]))
    return found[:limit] if limit else found


def degrees(store: GraphStore, ids: Iterable[str]) -> dict[str, int]:
    """Relationships of each node ``ids`` (evidence links not counted): the count kept on the node, else
    counted in the store; label by label."""
    found: dict[str, int] = {}
    for label, members in _by_label(store, ids).items():
        rows = store.read(
            f"MATCH (n:{_label(store, label)}) WHERE n.id IN $ids RETURN n.id AS id, n.{kept.LINKS} AS links",
            {"ids": members},
        ).rows
        unknown = [node_id for node_id, links in rows if links is None]
        found.update((node_id, int(links)) for node_id, links in rows if links is not None)
        if unknown:
            rows = store.read(
                f"MATCH (n:{_label(store, label)}) WHERE n.id IN $ids {_with_links(store)} RETURN n.id AS id, links",
                {"ids": unknown, "evidence": _evidence_relation(store)},
            ).rows
            found.update((node_id, int(links)) for node_id, links in rows)
    return found


def neighbour_lists(store: GraphStore, ids: Iterable[str], cap: int) -> dict[tuple[str, str], tuple[int, list[str]]]:
    """For each node of ``ids`` and each label of its neighbours (evidence links aside): how many distinct
    neighbours of that label it has, and the first ``cap`` of them by id. A hub with 100,000 firms hands over a
    page's worth and says how many more there are.

    A hub keeps both at build time (:func:`kg.store.kept.keep_hubs`), so only the neighbours of the other
    nodes are read, at most :data:`kg.store.kept.HUB` each; a hub of a graph built before kg kept them, or
    a ``cap`` beyond what it keeps, is read whole."""
    found: dict[tuple[str, str], tuple[int, list[str]]] = {}
    kinds = store.ontology.node_labels
    for label, members in grouped(store, _by_label(store, ids)):
        rest = members
        if cap <= kept.HUB:
            columns = [c for kind in kinds for c in (f"n.`{kept.near(kind)}`", f"n.`{kept.first(kind)}`[..$cap]")]
            rows = store.read_small(
                f"UNWIND $ids AS id MATCH (n:{_label(store, label)} {{id: id}}) WHERE n.{kept.LINKS} > $hub",
                ["n.id", *columns],
                {"ids": members, "hub": kept.HUB, "cap": int(cap)},
            )
            hubs = set()
            for node_id, *pairs in rows:
                hubs.add(node_id)
                for kind, total, first in zip(kinds, pairs[::2], pairs[1::2], strict=True):
                    if total is not None:
                        found[(node_id, kind)] = (int(total), list(first))
            rest = [node_id for node_id in members if node_id not in hubs]
        for a, kind, total, first in kept.neighbour_rows(store, label, rest, cap) if rest else []:
            found[(a, kind)] = (int(total), list(first))
    return found


# -- relationships ---------------------------------------------------------------------------------------------


def links(store: GraphStore, label: str, ids: list[str] | None = None) -> list[Link]:
    """Relationships out of the nodes of ``label`` (only ``ids`` when given), evidence links left out, with the
    target's name. A view reads those among the nodes it draws with :func:`links_among` instead."""
    match = f"MATCH (a:{_label(store, label)})-[r]->(b) WHERE type(r) <> $mentioned"
    params: dict[str, Any] = {"mentioned": _evidence_relation(store)}
    if ids is not None:
        match += " AND a.id IN $ids"
        params["ids"] = ids
    rows = store.read(f"{match} RETURN a.id AS a, type(r) AS type, b.id AS b, b.name AS name", params).rows
    return [Link(source, rel_type, target, name) for source, rel_type, target, name in rows]


def links_among(
    store: GraphStore,
    sources: Iterable[str],
    within: Iterable[str],
    always: Iterable[str] = (),
    evidence: bool = False,
) -> list[Link]:
    """Relationships out of ``sources`` to one of ``within`` or of a type in ``always``, evidence links left
    out, with the target's name (and, with ``evidence``, the relationship's evidence).

    A view carries 300 plans with 100,000 targets at 10^6 nodes, and cities with as many firms, and draws a
    few of them: reading every relationship of those hubs to keep the few was most of a big view's time. So
    the nodes are taken apart by the count each keeps (:mod:`kg.store.kept`; a node without one counts as no
    hub): every relationship of a node that is no hub is read (at most :data:`kg.store.kept.HUB`); of a hub,
    those to other hubs and those of the ``always`` types (a test on a property, no list to search); and a
    hub's relationships to the other nodes of ``within`` are found from those nodes, which are no hubs.
    """
    keys = _evidence_keys(store) if evidence else ()
    columns = ["a.id", "type(r)", "b.id", "b.name", *(_evidence_columns(store) if evidence else [])]
    params: dict[str, Any] = {"mentioned": _evidence_relation(store), "hub": kept.HUB, "always": sorted(set(always))}
    count = f"coalesce({{}}.{kept.LINKS}, 0)"
    small, big = f"{count.format('a')} <= $hub", f"{count.format('a')} > $hub"
    rows: list[list[Any]] = []
    for label, members in grouped(store, _by_label(store, set(sources))):
        node = f"UNWIND $ids AS id MATCH (a:{_label(store, label)} {{id: id}})"
        step = "MATCH (a)-[r]->(b) WHERE type(r) <> $mentioned"
        params["ids"] = members
        rows += store.read_small(f"{node} WHERE {small} {step}", columns, params, bulk=True)
        rows += store.read_small(
            f"{node} WHERE {big} {step} AND ({count.format('b')} > $hub OR type(r) IN $always)",
            columns,
            params,
            bulk=True,
        )
    for label, members in grouped(store, _by_label(store, set(within))):
        params["ids"] = members
        rows += store.read_small(
            f"UNWIND $ids AS id MATCH (b:{_label(store, label)} {{id: id}}) WHERE {count.format('b')} <= $hub "
            f"MATCH (a)-[r]->(b) WHERE {big} AND type(r) <> $mentioned AND NOT type(r) IN $always",
            columns,
            params,
            bulk=True,
        )
    wanted, kinds, starts = set(within), set(always), set(sources)
    found = []
    for source, rel_type, target, name, *items in rows:
        if source in starts and (target in wanted or rel_type in kinds):
            lists = dict(zip(keys, items, strict=True))
            found.append(Link(source, rel_type, target, name, evidence_items(lists) if evidence else []))
    return found


def mentions(store: GraphStore, label: Labels, ids: list[str]) -> list[tuple[str, list[EvidenceItem]]]:
    """(entity id, its evidence in one plan) for each evidence link out of ``ids`` (of ``label``, one or
    several: :func:`grouped`)."""
    onto = store.ontology
    keys = _evidence_keys(store)
    rows = store.read_small(
        f"MATCH (a:{_label(store, label)})-[r:{_label(store, onto.evidence_relation)}]->"
        f"(p:{_label(store, onto.document_class)}) WHERE a.id IN $ids",
        ["a.id", *_evidence_columns(store)],
        {"ids": ids},
    )
    return [(row[0], evidence_items(dict(zip(keys, row[1:], strict=True)))) for row in rows]


def outgoing(store: GraphStore, label: str, ids: list[str]) -> list[Link]:
    """Every relationship out of ``ids`` (of ``label``), evidence links included, with evidence (bulk read)."""
    keys = ("a", "type", "b", *_evidence_keys(store))
    values = store.read_values(
        f"MATCH (a:{_label(store, label)})-[r]->(b) WHERE a.id IN $ids",
        ["a.id", "type(r)", "b.id", *_evidence_columns(store)],
        {"ids": ids},
    )
    found = []
    for value in values:
        row = dict(zip(keys, value, strict=True))
        found.append(Link(row["a"], row["type"], row["b"], evidence=evidence_items(row)))
    return found


def links_of_types(store: GraphStore, types: Iterable[str]) -> list[tuple[str, str, str]]:
    """(source id, target id, type) of every relationship of one of ``types``."""
    rows = store.read(
        "MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN a.id AS a, b.id AS b, type(r) AS type",
        {"types": [store.ontology.relation(t).type for t in types]},
    ).rows
    return [tuple(row) for row in rows]


def neighbours(
    store: GraphStore, ids: Iterable[str], rel_types: Iterable[str] | None = None, direction: str = "both"
) -> list[str]:
    """Ids one step from ``ids`` (``out``, ``in`` or ``both``) over ``rel_types`` (any), never through evidence.

    Read label by label, in label order; an id reached from two labels is listed twice.
    """
    types = ":" + "|".join(_label(store, name) for name in rel_types) if rel_types else ""
    left, right = {"out": ("-", "->"), "in": ("<-", "-"), "both": ("-", "-")}[direction]
    found: list[str] = []
    for label, members in _by_label(store, ids).items():
        rows = store.read(
            f"MATCH (a:{_label(store, label)}){left}[r{types}]{right}(b) "
            "WHERE a.id IN $ids AND type(r) <> $mentioned RETURN DISTINCT b.id AS id",
            {"ids": members, "mentioned": _evidence_relation(store)},
        ).rows
        found.extend(row[0] for row in rows)
    return found


def tree(store: GraphStore, label: str, rel_type: str) -> list[tuple[str, str, str, str]]:
    """(child, parent, child name, parent name) of the tree ``rel_type`` draws among ``label`` nodes, sorted."""
    quoted = _label(store, label)
    rows = store.read_small(
        f"MATCH (c:{quoted})-[:{_label(store, rel_type)}]->(p:{quoted}) "
        "WITH c.id AS c, p.id AS p, c.name AS cn, p.name AS pn ORDER BY c, p",
        ["c", "p", "cn", "pn"],
    )
    return [tuple(row) for row in rows]


def members_of(store: GraphStore, member_labels: Iterable[str], rel_type: str, label: str) -> list[tuple[str, str]]:
    """(name of the ``label`` node, member id) for every node of ``member_labels`` joined to one by ``rel_type``."""
    rows = store.read(
        f"MATCH (x)-[:{_label(store, rel_type)}]->(i:{_label(store, label)}) WHERE labels(x)[0] IN $labels "
        "RETURN i.name AS name, x.id AS id",
        {"labels": [store.ontology.node_class(name).name for name in member_labels]},
    ).rows
    return [tuple(row) for row in rows]


def plan_region_industries(store: GraphStore) -> list[tuple[str, str]]:
    """(region name, industry name) for every industry a plan prioritises and every region the plan applies to."""
    rows = store.read(
        "MATCH (p:Plan)-[:PRIORITISES]->(i:Industry) MATCH (p)-[:APPLIES_TO]->(c:Region) "
        "RETURN c.name AS city, i.name AS industry"
    ).rows
    return [tuple(row) for row in rows]


# -- names the analyst types -----------------------------------------------------------------------------------


def nodes_named(store: GraphStore, label: str | None, text: str) -> list[tuple[str, bool]]:
    """(name, named) of each node (of ``label``, any when None) that ``text`` names, sorted by name.

    ``text`` names a node by its name or an alias (``named`` is then true), or by what reference data gives it
    besides: a GB/T 2260 code, the industry scheme's notation, or its English name in any case
    (``-p industry=biomedicine``).

    A name, then an alias, is looked for first, through each label's indexes on ``name`` and ``aliases``, so
    the usual case costs a few index seeks even on a graph of millions of nodes, and answers ``[(text, True)]``;
    only a value that is neither is looked for property by property, node by node (of ``label``, or of every
    label).
    """
    labels = [label] if label else list(store.ontology.node_labels)
    by_name = " UNION ALL ".join(
        f"MATCH (n:{_label(store, name)}) WHERE n.name = $text RETURN n.name AS name" for name in labels
    )
    if store.read(by_name, {"text": text}).rows or store.ids_with_item(labels, "aliases", text):
        return [(text, True)]
    quoted = f":{_label(store, label)}" if label else ""
    rows = store.read(
        f"MATCH (n{quoted}) WHERE n.name = $text OR $text IN n.aliases OR n.code = $text OR n.notation = $text "
        "OR toLower(n.name_en) = $lower "
        "RETURN DISTINCT n.name AS name, (n.name = $text OR $text IN coalesce(n.aliases, [])) AS named "
        "ORDER BY name, named",
        {"text": text, "lower": text.lower()},
    ).rows
    return [(name, bool(named)) for name, named in rows if name is not None]


def names_sharing(store: GraphStore, label: str | None, grams: list[str], cutoff: float = 0.0) -> list[str]:
    """Every name, alias, English name, notation and code of the nodes (of ``label``) that shares enough of
    ``grams`` (the text's lower-case character bigrams, :func:`kg.similar.grams`) to reach ``cutoff`` on Dice's
    coefficient, sorted: the candidates for "did you mean".

    Each node is tested with plain CONTAINS, one parameter per gram, lower-casing its names only for grams with
    letters in them (lower-casing every Chinese name cost more than the test). The store then scores the names
    that contain a gram and sends only those that can reach the cutoff, counting a name's bigrams as
    :mod:`kg.similar` does (lower case, trimmed; a name of one character its own gram, which can only
    over-count): a common pair of characters such as 大学 is in thousands of names of a large graph, and
    sending them all was what cost seconds. Every node is still read, so the cost grows with the graph.
    """
    quoted = f":{_label(store, label)}" if label else ""
    params: dict[str, Any] = {"grams": list(grams), "count": len(grams), "cutoff": float(cutoff)}
    params.update({f"g{i}": gram for i, gram in enumerate(grams)})

    def contains(value: str) -> str:
        # A gram with no letters in it is in the name as it is, so only grams with letters lower-case the name.
        tests = [
            f"{value if gram == gram.upper() else f'toLower({value})'} CONTAINS $g{i}" for i, gram in enumerate(grams)
        ]
        return "(" + " OR ".join(tests or ["false"]) + ")"

    fields = ("n.name", "n.name_en", "n.notation", "n.code")
    rows = store.read(
        f"MATCH (n{quoted}) WHERE {' OR '.join(contains(field) for field in fields)} "
        f"OR any(x IN coalesce(n.aliases, []) WHERE {contains('x')}) "
        f"UNWIND [x IN [{', '.join(fields)}] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS name "
        "WITH DISTINCT name, trim(toLower(name)) AS low "
        "WITH name, low, size([g IN $grams WHERE low CONTAINS g]) AS shared "
        "WHERE 2.0 * shared / ($count + 1) >= $cutoff "
        "WITH name, shared, CASE WHEN size(low) < 2 THEN 1 ELSE size(reduce(seen = [], i IN range(0, size(low) - 2) | "
        "CASE WHEN substring(low, i, 2) IN seen THEN seen ELSE seen + [substring(low, i, 2)] END)) END AS own "
        "WHERE shared > 0 AND 2.0 * shared / ($count + own) >= $cutoff RETURN name",
        params,
    ).rows
    return sorted({name for (name,) in rows})


# -- paths -----------------------------------------------------------------------------------------------------


def ids_by_name(store: GraphStore, text: str) -> list[str]:
    """Ids of the nodes whose name is ``text`` or one of whose aliases it is, of any label, sorted.

    Asked label by label, so each question is an index seek (``name`` and ``aliases`` are indexed on both
    backends, the list through :meth:`~kg.store.base.GraphStore.ids_with_item`) instead of a pass over every
    node of the graph: two statements, one for names and one for aliases.
    """
    labels = store.ontology.node_labels
    by_name = " UNION ".join(
        f"MATCH (n:{_label(store, label)}) WHERE n.name = $text RETURN n.id AS id" for label in labels
    )
    found = {row[0] for row in store.read(by_name, {"text": text}).rows}
    found.update(store.ids_with_item(labels, "aliases", text))
    return sorted(found)


def node_names(store: GraphStore, ids: Iterable[str]) -> dict[str, str]:
    """Each node's name (its id when it has none), read label by label through the ``id`` index."""
    found: dict[str, str] = {}
    for label, members in _by_label(store, ids).items():
        rows = store.read_values(
            f"MATCH (n:{_label(store, label)}) WHERE n.id IN $ids", ["n.id", "n.name"], {"ids": members}
        )
        found.update((node_id, name if name is not None else node_id) for node_id, name in rows)
    return found


def _steps(store: GraphStore, ids: Iterable[str], types: str) -> list[tuple[str, str, str]]:
    """(from, type, to) for every relationship of ``types`` touching ``ids``, either way, one row per
    relationship and end (a relationship between two of ``ids`` is a step from each).

    The store sends one row per node and type with the far ends in a list: a hub city's step is then a few
    rows instead of thousands, and both clients spend most of a step's time per row, not per value (at 10^6
    nodes, 7,728 steps: 0.33 -> 0.2 s embedded, 0.41 -> see bench/RESULTS.notes.md on Neo4j)."""
    found: list[tuple[str, str, str]] = []
    for label, members in _by_label(store, ids).items():
        rows = store.read_values(
            f"MATCH (a:{_label(store, label)})-[r:{types}]-(b) WHERE a.id IN $ids "
            "WITH a.id AS a, type(r) AS type, collect(b.id) AS ends",
            ["a", "type", "ends"],
            {"ids": members},
        )
        found.extend((a, rel_type, b) for a, rel_type, ends in rows for b in ends if a != b)
    return found


def shortest_paths(
    store: GraphStore, source: str, target: str, rel_types: Iterable[str], max_hops: int
) -> list[tuple[list[str], list[str]]]:
    """Every shortest path (node ids, relationship types) from ``source`` to ``target`` over ``rel_types`` in
    either direction, of at most ``max_hops``; none when they are further apart, or the same node.

    A breadth-first search from both ends, one read per step, always from the end whose last step reached
    fewer nodes: a hub city with ten thousand firms is stepped through only if the other end is as wide.
    The answer is Cypher's allShortestPaths: one path per sequence of relationships (two relationships
    between the same nodes are two paths), and no node twice, as no shortest path can pass one twice.
    """
    if source == target:
        return []
    types = "|".join(_label(store, name) for name in rel_types)
    seen = ({source: 0}, {target: 0})  # distance from each end
    before: tuple[dict[str, list[tuple[str, str]]], ...] = ({}, {})  # node -> (the node before it, type)
    frontier = ([source], [target])
    depth = [0, 0]
    meet: list[str] = []
    while depth[0] + depth[1] < max_hops and frontier[0] and frontier[1]:
        side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        known, came = seen[side], before[side]
        step = depth[side] + 1
        reached: list[str] = []
        for a, rel_type, b in _steps(store, frontier[side], types):
            if b not in known:
                known[b] = step
                came[b] = []
                reached.append(b)
            if known[b] == step:
                came[b].append((a, rel_type))
        frontier[side][:] = reached
        depth[side] = step
        other = seen[1 - side]
        meet = [node for node in reached if node in other]
        if meet:
            break
    if not meet:
        return []

    def walks(node: str, side: int) -> list[tuple[list[str], list[str]]]:
        """Paths from ``node`` back to the end of ``side``, nearest node first."""
        if not before[side].get(node):
            return [([node], [])]
        return [
            ([node, *nodes], [rel_type, *types_])
            for prev, rel_type in before[side][node]
            for nodes, types_ in walks(prev, side)
        ]

    paths = []
    for node in meet:
        for head_nodes, head_types in walks(node, 0):
            for tail_nodes, tail_types in walks(node, 1):
                paths.append((head_nodes[::-1] + tail_nodes[1:], head_types[::-1] + tail_types))
    return paths
