"""First loads through each engine's own import path: facts as numbered, finished nodes and relationships.

``UNWIND … MERGE`` costs an index seek and a property merge per row, which is what an update needs and what a
first load into an empty graph does not: there nothing exists yet, so every node and relationship can be
written whole, once, by the engine's bulk path (FalkorDB's ``GRAPH.BULK``, :mod:`kg.store.falkordb_bulk`;
``neo4j-admin database import``, :mod:`kg.store.neo4j_import`). This module is the half both share: it walks
the facts once, in the order :func:`kg.store.cypher.load_facts` would write them, numbers each node the first
time its id is met, and yields nodes and relationships with the properties that load would give them.

Repeats are the one thing a single pass cannot finish: a second fact for an id already met (its properties
merged, its aliases unioned) or a second relation between the same two nodes (its evidence replaced per
document). They are few, so they are kept aside (:class:`Repeats`) and written after the bulk load by the
ordinary statements (:func:`write_repeats`), which apply them exactly as ``load_facts`` would have, since
those statements only depend on the earlier state of the same node or relationship. The graph is therefore
the one the UNWIND path leaves; ``tests/test_bulk.py`` compares sorted N-Triples of both on both backends.
"""

from __future__ import annotations

import heapq
import operator
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.batching import batched
from kg.facts import (
    RESERVED,
    Entity,
    Evidence,
    Fact,
    Relation,
    evidence_from_json,
    fact_from_json,
)
from kg.ontology import Ontology
from kg.store.cypher import MENTIONED_IN, mentions, node_row, node_upsert, relation_row, relation_upsert

# Below this many facts a first load goes through UNWIND batches anyway: for a small graph the import path's
# fixed costs (Neo4j: an importer JVM and a server restart) exceed what it saves. ``--bulk`` forces it.
BULK_THRESHOLD = {"embedded": 0, "neo4j": 200_000}


@dataclass
class Repeats:
    """Facts about a node or relationship already numbered, to be merged in after the bulk load."""

    nodes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (label, node_row)
    relationships: list[tuple[tuple[str, str, str], dict[str, Any]]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.nodes) + len(self.relationships)


# What the walk yields: ("node", label, number, properties) or ("rel", type, from number, to number, properties).
Item = tuple[Any, ...]


class Numbering:
    """One walk over facts in load order, numbering nodes 0, 1, 2… as an import path creates them.

    ``index`` maps a node id to its number (about 100 bytes a node), and a node's label is kept by number as
    a two-byte code (a dict from id to label took another 30 MB at 10^6 nodes); each relationship met is
    remembered as one integer, so a repeat is recognised without holding its properties.
    """

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self.index: dict[str, int] = {}
        self._label_codes: array[int] = array("H")  # node number -> position in _label_names
        self._label_names: list[str] = []
        self._label_code: dict[str, int] = {}
        self.repeats = Repeats()
        self.nodes = 0
        self.relationships = 0
        self.node_counts: Counter[str] = Counter()
        self.relationship_counts: Counter[str] = Counter()
        self._seen: set[int] = set()
        self._types = {name: i for i, name in enumerate(ontology.relationship_types)}
        # Each node's relationships besides evidence links, by number (kept on the node: kg.store.kept).
        self.links: list[int] = []
        self._evidence = ontology.evidence_relation
        self._keys = ontology.evidence_properties
        self._getters = tuple((key, operator.attrgetter(key)) for key in self._keys)

    def counts(
        self, repeat_nodes: dict[str, int], repeat_relationships: dict[str, int]
    ) -> tuple[dict[str, int], dict[str, int]]:
        """Rows written per label and per type, repeats included, as :class:`LoadReport` counts them."""
        nodes = self.node_counts + Counter(repeat_nodes)
        return dict(nodes), dict(self.relationship_counts + Counter(repeat_relationships))

    def walk(self, facts: Iterable[Fact]) -> Iterator[Item]:
        """Nodes as their first fact comes, relationships once both ends are numbered (kg's facts list
        entities before the relations that need them; :func:`kg.validate.validate` sorts them so)."""
        pending: list[Relation] = []
        index = self.index
        for fact in facts:
            if isinstance(fact, Entity):
                node = self._node(fact)
                if node is not None:
                    yield node
                evidence = fact.evidence
                if len(evidence) == 1:  # the common case, without building a Relation (as mentions() would)
                    item = evidence[0]
                    if item.document != fact.id:
                        rel = self._numbered(MENTIONED_IN, fact.id, item.document, evidence)
                        if rel is not None:
                            yield rel
                    continue
                for relation in mentions(fact):
                    rel = self._numbered(relation.type, relation.source, relation.target, relation.evidence)
                    if rel is not None:
                        yield rel
            else:
                if fact.source not in index or fact.target not in index:
                    pending.append(fact)  # an end not met yet: wait for it, as load_facts does
                    continue
                rel = self._numbered(fact.type, fact.source, fact.target, fact.evidence)
                if rel is not None:
                    yield rel
        for relation in pending:
            rel = self._numbered(relation.type, relation.source, relation.target, relation.evidence)
            if rel is not None:
                yield rel

    def walk_json(self, objects: Iterable[dict[str, Any]]) -> Iterator[Item]:
        """:meth:`walk` over the decoded lines of a facts file that has been validated (``kg build --facts``).

        The same items, without making a fact object of each line first: a line is decoded as
        :func:`kg.facts.fact_from_json` decodes it (its checks already passed), which is most of the cost of
        a million-line load. An entity met again, or one cited by several evidence items, goes through the
        fact objects and :meth:`walk`, so repeats and multi-plan mentions follow one code path.
        """
        index = self.index
        pending: list[Relation] = []
        evidence_of = evidence_from_json
        for obj in objects:
            if "from" in obj or "to" in obj:
                source, target = obj["from"], obj["to"]
                if source not in index or target not in index:
                    fact = fact_from_json(obj)
                    assert isinstance(fact, Relation)
                    pending.append(fact)
                    continue
                rel = self._numbered(obj["type"], source, target, evidence_of(obj.get("evidence")))
                if rel is not None:
                    yield rel
                continue
            fid = obj["id"]
            raw = obj.get("evidence")
            if fid in index or (raw and len(raw) > 1):
                yield from self.walk([fact_from_json(obj)])
                continue
            etype = obj["type"]
            number = self.number(fid, etype)
            props = {"id": fid}
            for key, value in obj.items():
                if value is not None and key not in RESERVED:
                    props[key] = value
            props["name"] = obj["name"]
            props["aliases"] = list(obj.get("aliases") or [])
            yield ("node", etype, number, props)
            if raw:
                evidence = evidence_of(raw)
                if evidence[0].document != fid:
                    rel = self._numbered(MENTIONED_IN, fid, evidence[0].document, evidence)
                    if rel is not None:
                        yield rel
        yield from self.walk(pending)

    def _node(self, entity: Entity) -> Item | None:
        if entity.id in self.index:
            self.repeats.nodes.append((entity.type, node_row(entity)))
            return None
        number = self.number(entity.id, entity.type)
        # What node_upsert leaves on a new node: id, the non-null properties, name, aliases.
        props = {"id": entity.id}
        for key, value in entity.props.items():
            if value is not None:
                props[key] = value
        props["name"] = entity.name
        props["aliases"] = list(entity.aliases)
        return ("node", entity.type, number, props)

    def first(self, rel_type: str, source: int, target: int) -> bool:
        """Count a relationship between two numbered nodes, unless it was met before (then False: a repeat)."""
        key = ((source << 32 | target) << 6) | self._types[rel_type]
        if key in self._seen:
            return False
        self._seen.add(key)
        self.relationships += 1
        self.relationship_counts[rel_type] += 1
        if rel_type != self._evidence:
            links = self.links
            links[source] += 1
            links[target] += 1
        return True

    def number(self, node_id: str, label: str) -> int:
        """Number a node met for the first time."""
        number = self.nodes
        self.nodes += 1
        self.index[node_id] = number
        code = self._label_code.get(label)
        if code is None:
            code = self._label_code[label] = len(self._label_names)
            self._label_names.append(label)
        self._label_codes.append(code)
        self.node_counts[label] += 1
        self.links.append(0)
        return number

    def forget(self) -> None:
        """Let go of what numbering the nodes and relationships took (ids, labels, relationship keys, link
        counts) once the load has used it all; the counts per label and type stay, for the load's report.

        At 10^6 nodes that is about 400 MB (the relationship keys alone 230 MB), which the steps after the
        load (kept chains, plan counts) would otherwise add their own memory to: the peak of a build."""
        self.index = {}
        self._label_codes = array("H")
        self._seen = set()
        self.links = []

    def counted_links(self) -> Iterator[tuple[str, str, int]]:
        """(label, id, relationships besides evidence links) of every node numbered, for
        :func:`kg.store.kept.write_counted` once the import has made them."""
        links, codes, names = self.links, self._label_codes, self._label_names
        for node_id, number in self.index.items():
            yield names[codes[number]], node_id, links[number]

    def hub_neighbours(self, more_than: int, cap: int) -> Iterator[tuple[str, str, str, int, list[str]]]:
        """(label, id, neighbour label, distinct neighbours of that label, the first ``cap`` of their ids) of
        each node with more than ``more_than`` relationships besides evidence links (a hub, kg.store.kept).

        Read from the relationships this walk remembered (one integer each), after the walk: sorting a hub
        city's 100,000 firms in the store after the import cost more than the import of a 10^6 graph's firms.
        """
        links = self.links
        hub = bytearray(len(links))
        for number, count in enumerate(links):
            if count > more_than:
                hub[number] = 1
        ids = [""] * len(links)
        kind_of, kinds = self._label_codes, self._label_names
        for node_id, number in self.index.items():
            ids[number] = node_id
        evidence = self._types[self._evidence]
        near: dict[int, dict[int, array[int]]] = {}
        low = (1 << 32) - 1
        for key in self._seen:
            if key & 63 == evidence:
                continue
            pair = key >> 6
            source, target = pair >> 32, pair & low
            if hub[source]:
                per = near.setdefault(source, {})
                per.setdefault(kind_of[target], array("l")).append(target)
            if hub[target]:
                per = near.setdefault(target, {})
                per.setdefault(kind_of[source], array("l")).append(source)
        for number, per in sorted(near.items()):
            node_id = ids[number]
            for code, members in sorted(per.items(), key=lambda pair: kinds[pair[0]]):
                distinct = {ids[member] for member in members}
                yield kinds[kind_of[number]], node_id, kinds[code], len(distinct), heapq.nsmallest(cap, distinct)

    def _numbered(self, rel_type: str, source_id: str, target_id: str, evidence: list[Evidence]) -> Item | None:
        source = self.index.get(source_id)
        target = self.index.get(target_id)
        if source is None or target is None:  # no such node: the UNWIND path's MATCH finds nothing either
            return None
        if not self.first(rel_type, source, target):
            names, codes = self._label_names, self._label_codes
            labels = (rel_type, names[codes[source]], names[codes[target]])
            self.repeats.relationships.append((labels, relation_row(self.ontology, source_id, target_id, evidence)))
            return None
        if len(evidence) == 1:  # what relation_upsert sets on a new relationship: one list per evidence key
            item = evidence[0]
            props = {key: [get(item)] for key, get in self._getters}
        else:
            row = relation_row(self.ontology, source_id, target_id, evidence)
            props = {key: row[key] for key in self._keys}
        return ("rel", rel_type, source, target, props)


def write_repeats(
    store: Any, repeats: Repeats, batch_size: int | None = None, progress: Callable[[int], None] | None = None
) -> tuple[dict[str, int], dict[str, int]]:
    """Merge the repeats in with the UNWIND path's own statements; returns rows written per label and type."""
    onto = store.ontology
    size = batch_size or store.default_batch_size
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, row in repeats.nodes:
        nodes[label].append(row)
    rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for key, row in repeats.relationships:
        rels[key].append(row)
    node_counts: dict[str, int] = {}
    rel_counts: dict[str, int] = {}
    for label, rows in nodes.items():
        for chunk in batched(rows, size):
            store.write(node_upsert(onto, label), {"rows": chunk})
            if progress:
                progress(len(chunk))
        node_counts[label] = len(rows)
    for key, rows in rels.items():
        for chunk in batched(rows, size):
            store.write(relation_upsert(onto, *key), {"rows": chunk})
            if progress:
                progress(len(chunk))
        rel_counts[key[0]] = rel_counts.get(key[0], 0) + len(rows)
    return node_counts, rel_counts
