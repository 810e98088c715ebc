"""The files ``neo4j-admin database import full`` reads: walked items (:mod:`kg.store.bulk`) as CSV.

Each label (or relationship type) with one set of property keys and value types is one group: a header file
(``:ID,name,aliases:string[],…``; relationships ``:START_ID,:END_ID,…``) and a data file, given to the
importer as ``--nodes=Label=header,data``. Node ids are the walk's numbers (``--id-type=integer``), so no id
is stored that the UNWIND path would not store. Strings are always quoted, quotes doubled (RFC 4180); a list
is one field whose items are joined by the ASCII unit separator (``--array-delimiter``), a character that
does not occur in plan text; a newline anywhere turns on ``--multiline-fields``.

The CSV cannot say everything a property can be, and what it cannot say is written after the import by
Cypher (:meth:`ImportFiles.fix`), so the graph is the one the UNWIND path leaves:

* the importer reads an empty list field as no property, so ``[]`` and ``[""]`` are left empty and set
  afterwards: by one scan of the label (or type) when every node of it carries the key and all such
  values are the same, else by id;
* a list of mixed types, a list item holding the delimiter, a non-finite float, a 64-bit overflow or a key
  the header syntax cannot carry: that value alone is set afterwards, by id.

Writing the rows is what bounds the import path (the importer reads them faster than Python writes them), so
the common lines of a facts file are written straight from their decoded values (:meth:`ImportFiles.add_json`),
as :class:`kg.store.falkordb_bulk.BulkWriter` packs them for the embedded store.

With pyarrow installed the files are Parquet instead (:mod:`kg.store.neo4j_parquet`, which reuses this walk and
grouping): that format carries empty lists, so almost nothing is left to set afterwards.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any, get_type_hints

from kg.batching import batched
from kg.facts import RESERVED, Evidence
from kg.store.bulk import Item, Numbering
from kg.store.cypher import MENTIONED_IN

DELIMITER = "\x1f"  # ASCII unit separator: between the items of a list in one field
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LONG = (-(2**63), 2**63 - 1)
# A value the CSV leaves empty: set afterwards (see the module's docstring).
_EMPTY_LIST = "[]"
_EMPTY_STRING_LIST = '[""]'
_LATER = "later"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if '"' in text else '"' + text + '"'


_ELEMENT = {str: "string", int: "long", float: "double", bool: "boolean"}


def encode(value: Any) -> tuple[str, str]:
    """(header type, field) of one property value; the type is ``_LATER`` or an empty-list kind when the field
    cannot carry it and it must be set after the import."""
    kind = type(value)
    if kind is str:
        return "string", _quote(value)
    if kind is list or kind is tuple:
        if not value:
            return _EMPTY_LIST, ""
        element = type(value[0])
        if element not in _ELEMENT or any(type(item) is not element for item in value):
            return _LATER, ""
        if element is str:
            if len(value) == 1 and not value[0]:
                return _EMPTY_STRING_LIST, ""
            if not any(value) or any(DELIMITER in item for item in value):  # ["", ""] would read as no property
                return _LATER, ""
            return "string[]", _quote(DELIMITER.join(value))
        texts = []
        for item in value:
            typed, text = encode(item)
            if typed == _LATER:
                return _LATER, ""
            texts.append(text)
        return _ELEMENT[element] + "[]", DELIMITER.join(texts)
    if kind is bool:
        return "boolean", "true" if value else "false"
    if kind is int:
        return ("long", str(value)) if _LONG[0] <= value <= _LONG[1] else (_LATER, "")
    if kind is float:
        return ("double", repr(value)) if math.isfinite(value) else (_LATER, "")
    return _LATER, ""


def _item_formatter(keys: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[tuple[str, ...], str] | None]:
    """Formats one decoded evidence item as the fields of a new relationship (one single-item list per evidence
    key): its header types and its fields, joined. None when a value is missing, not of the type
    :class:`Evidence` gives it (the walk converts it), or one :func:`encode` would not write as it is (a
    delimiter, a line break): that line goes through the walk and :meth:`ImportFiles.add` instead."""
    hints = get_type_hints(Evidence)
    spec = tuple((key, hints[key]) for key in keys)
    lo, hi = _LONG

    def fmt(item: dict[str, Any]) -> tuple[tuple[str, ...], str] | None:
        types: list[str] = []
        fields: list[str] = []
        for key, kind in spec:
            value = item.get(key)
            if type(value) is not kind:
                return None
            if kind is str:
                if not value:
                    types.append(_EMPTY_STRING_LIST)
                    fields.append("")
                    continue
                if DELIMITER in value or "\n" in value or "\r" in value:
                    return None
                types.append("string[]")
                fields.append('"' + value.replace('"', '""') + '"' if '"' in value else '"' + value + '"')
            elif kind is int:
                if not lo <= value <= hi:
                    return None
                types.append("long[]")
                fields.append(str(value))
            elif kind is float:
                if not math.isfinite(value):
                    return None
                types.append("double[]")
                fields.append(repr(value))
            else:
                return None
        return tuple(types), ",".join(fields)

    return fmt


class _Group:
    """One header and data file: a label (or type) with one list of keys and value types."""

    def __init__(self, folder: Path, number: int, name: str, head: list[str]) -> None:
        self.name = name
        self.header = folder / f"{number:04d}-{name}-header.csv"
        self.data = folder / f"{number:04d}-{name}.csv"
        self.header.write_text(",".join(head) + "\n", encoding="utf-8")
        self.out: IO[str] = self.data.open("w", encoding="utf-8", newline="")
        self.rows = 0


class ImportFiles:
    """Writes walked items as the importer's CSV files in ``folder`` and keeps what must be set afterwards."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.multiline = False
        self.ids: list[str] = []  # node number -> id, for what is set afterwards by id
        self.labels: list[str] = []  # node number -> label
        self.node_groups: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Group] = {}
        self.rel_groups: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Group] = {}
        self.counts: Counter[str] = Counter()  # nodes per label, relationships per type
        self.carried: Counter[tuple[str, str]] = Counter()  # (label or type, key) -> items carrying the key
        # (label or type, key, empty kind) -> node numbers, or relationships' (source << 32 | target) numbers,
        # packed 8 bytes each (a synthetic 10^6 graph has an empty list on every node and relationship)
        self.empty: dict[tuple[str, str, str], array[int]] = defaultdict(lambda: array("q"))
        # values set afterwards by id: (label, number, key, value) and (type, source, target, key, value)
        self.node_later: list[tuple[str, int, str, Any]] = []
        self.rel_later: list[tuple[str, int, int, str, Any]] = []
        self.items = 0  # nodes and relationships written
        # rows written by add_json's relationship rows per type, each carrying every evidence key (see close())
        self._fast_rows: Counter[str] = Counter()
        self._fast_groups: dict[tuple[str, tuple[str, ...]], _Group] = {}
        self._evidence_keys: tuple[str, ...] = ()

    input_type = "csv"  # the importer's --input-type, and the name of the load's phase that writes the files
    # formats one evidence item as a new relationship's fields (:func:`_item_formatter`); the Parquet files
    # (:mod:`kg.store.neo4j_parquet`) keep the values instead
    _formatter = staticmethod(_item_formatter)

    def _group(self, groups: dict[Any, _Group], name: str, keys: tuple[str, ...], types: tuple[str, ...],
               ids: list[str]) -> _Group:  # fmt: skip
        head = ids + [key if kind == "string" else f"{key}:{'string[]' if kind.startswith('[') else kind}"
                      for key, kind in zip(keys, types, strict=True)]  # fmt: skip
        group = _Group(self.folder, len(self.node_groups) + len(self.rel_groups), name, head)
        groups[(name, keys, types)] = group
        return group

    def add(self, items: Iterable[Item]) -> None:
        for item in items:
            if item[0] == "node":
                _, label, number, props = item
                self.ids.append(props["id"])
                self.labels.append(label)
                owner: Any = number
                name, ends, groups, head = label, str(number), self.node_groups, [":ID"]
            else:
                _, rel_type, source, target, props = item
                owner = (source, target)
                name, ends, groups, head = rel_type, f"{source},{target}", self.rel_groups, [":START_ID", ":END_ID"]
            self.counts[name] += 1
            keys, types, fields = [], [], [ends]
            for key, value in props.items():
                kind, field = encode(value)
                self.carried[(name, key)] += 1
                if kind == _LATER or not _KEY.match(key):
                    if item[0] == "node":
                        self.node_later.append((name, owner, key, value))
                    else:
                        self.rel_later.append((name, owner[0], owner[1], key, value))
                    continue
                if kind in (_EMPTY_LIST, _EMPTY_STRING_LIST):
                    self.empty[(name, key, kind)].append(owner if type(owner) is int else owner[0] << 32 | owner[1])
                elif not self.multiline and ("\n" in field or "\r" in field):
                    self.multiline = True
                keys.append(key)
                types.append(kind)
                fields.append(field)
            signature = (name, tuple(keys), tuple(types))
            group = groups.get(signature)
            if group is None:
                group = self._group(groups, name, signature[1], signature[2], head)
            group.out.write(",".join(fields))
            group.out.write("\n")
            group.rows += 1
            self.items += 1

    def add_json(
        self, numbering: Numbering, objects: Iterable[dict[str, Any]], progress: Callable[[int], None] | None = None
    ) -> None:
        """What :meth:`add` of ``numbering.walk_json(objects)`` writes, with the common lines written straight
        from their decoded values: a relation between numbered nodes, and the mention of an entity met for the
        first time, each with one evidence item of plain values. Any other line (a repeat, several evidence
        items, a value to convert or that needs care) goes through the walk, and a relation met before its
        ends waits for them, as there. ``progress`` is told of the items written now and then."""
        index = numbering.index
        first = numbering.first
        walk = numbering.walk_json
        keys = self._evidence_keys = numbering.ontology.evidence_properties
        fmt = self._formatter(keys)
        pending: list[dict[str, Any]] = []
        told = 0
        for line, obj in enumerate(objects):
            if progress is not None and not line & 0xFFFF:
                progress(self.items - told)
                told = self.items
            raw = obj.get("evidence")
            if "from" in obj or "to" in obj:
                source, target = index.get(obj["from"]), index.get(obj["to"])
                if source is None or target is None:
                    pending.append(obj)
                    continue
                done = fmt(raw[0]) if raw and len(raw) == 1 else None
                rel_type = obj["type"]
                if done is None or not first(rel_type, source, target):
                    self.add(walk([obj]))  # converted, or kept aside as a repeat
                    continue
                self._relationship(rel_type, source, target, done)
                continue
            fid = obj["id"]
            done = None
            if raw:
                done = fmt(raw[0]) if len(raw) == 1 else None
                if done is None:
                    self.add(walk([obj]))
                    continue
            if fid in index:
                self.add(walk([obj]))
                continue
            label = obj["type"]
            number = numbering.number(fid, label)
            props = {"id": fid}
            for key, value in obj.items():
                if value is not None and key not in RESERVED:
                    props[key] = value
            props["name"] = obj["name"]
            props["aliases"] = list(obj.get("aliases") or [])
            self.add((("node", label, number, props),))
            if done is not None:
                document = raw[0]["document"]
                target = index.get(document)
                # a node numbered just now has no relationship yet, so this one is never a repeat
                if document != fid and target is not None and first(MENTIONED_IN, number, target):
                    self._relationship(MENTIONED_IN, number, target, done)
        self.add(walk(pending))
        if progress is not None:
            progress(self.items - told)

    def _relationship(self, rel_type: str, source: int, target: int, done: tuple[tuple[str, ...], str]) -> None:
        types, fields = done
        group = self._fast_groups.get((rel_type, types))
        if group is None:
            keys = self._evidence_keys
            group = self.rel_groups.get((rel_type, keys, types)) or self._group(
                self.rel_groups, rel_type, keys, types, [":START_ID", ":END_ID"]
            )
            self._fast_groups[(rel_type, types)] = group
        if _EMPTY_STRING_LIST in types:
            for key, kind in zip(self._evidence_keys, types, strict=True):
                if kind == _EMPTY_STRING_LIST:
                    self.empty[(rel_type, key, kind)].append(source << 32 | target)
        group.out.write(f"{source},{target},{fields}\n")
        group.rows += 1
        self._fast_rows[rel_type] += 1
        self.items += 1

    def keep_counts(self, key: str, counts: Sequence[int]) -> bool:
        """Whether the files carry each node's count of links (``key`` = ``counts[number]``); the CSV does not:
        its rows are on disk before the counts are known, and rewriting them costs what setting the counts
        by id after the import does (:func:`kg.store.kept.write_counted`)."""
        return False

    def close(self) -> None:
        for group in (*self.node_groups.values(), *self.rel_groups.values()):
            group.out.close()
        for rel_type, rows in self._fast_rows.items():  # every evidence key carried on each of those rows
            self.counts[rel_type] += rows
            for key in self._evidence_keys:
                self.carried[(rel_type, key)] += rows
        self._fast_rows.clear()

    def arguments(self) -> list[str]:
        """The importer's options for these files (after the database name)."""
        args = ["--id-type=integer", f"--array-delimiter=U+{ord(DELIMITER):04X}", "--bad-tolerance=0",
                "--skip-bad-relationships=false", "--skip-duplicate-nodes=false", "--ignore-empty-strings=false",
                "--trim-strings=false", "--normalize-types=false", "--legacy-style-quoting=false",
                f"--multiline-fields={'true' if self.multiline else 'false'}", "--overwrite-destination=true",
                f"--report-file={self.folder / 'import.report'}"]  # fmt: skip
        args += [f"--nodes={g.name}={g.header},{g.data}" for g in self.node_groups.values()]
        args += [f"--relationships={g.name}={g.header},{g.data}" for g in self.rel_groups.values()]
        return args

    def left(self) -> int:
        """How many values the files could not carry, to be set by :meth:`fix` after the import."""
        return sum(map(len, self.empty.values())) + len(self.node_later) + len(self.rel_later)

    def fix(self, store: Any, progress: Any = None) -> int:
        """Set what the CSV left out (see the module's docstring); returns the values set."""
        from kg.store.names import quote_name, quote_property

        onto = store.ontology
        done = 0
        kinds: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name, key, kind in self.empty:
            kinds[(name, key)].append(kind)
        rel_names = {name for name, _, _ in self.rel_groups}
        for (name, key, kind), owners in self.empty.items():
            value: list[str] = [] if kind == _EMPTY_LIST else [""]
            is_node = name not in rel_names
            whole = len(kinds[(name, key)]) == 1 and self.carried[(name, key)] == self.counts[name]
            prop = quote_property(onto, key) if _KEY.match(key) else None
            if whole and prop is not None:
                pattern = f"(n:{quote_name(onto, name)})" if is_node else f"()-[n:{quote_name(onto, name)}]->()"
                store.write_in_transactions(
                    f"MATCH {pattern} WHERE n.{prop} IS NULL CALL (n) {{ SET n.{prop} = $value }} "
                    "IN TRANSACTIONS OF 50000 ROWS",
                    {"value": value},
                )
            elif is_node:
                self.node_later += [(name, number, key, value) for number in owners]
            else:
                self.rel_later += [(name, ends >> 32, ends & 0xFFFFFFFF, key, value) for ends in owners]
            done += len(owners)
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for label, number, key, value in self.node_later:
            by_label[label].append({"id": self.ids[number], "props": {key: value}})
        for label, rows in by_label.items():
            for chunk in batched(rows, 10000):
                store.write(
                    f"UNWIND $rows AS row MATCH (n:{quote_name(onto, label)} {{id: row.id}}) SET n += row.props",
                    {"rows": chunk},
                )
            done += len(rows)
        by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for rel_type, source, target, key, value in self.rel_later:
            ends = (rel_type, self.labels[source], self.labels[target])
            by_type[ends].append({"from": self.ids[source], "to": self.ids[target], "props": {key: value}})
        for (rel_type, source_label, target_label), rows in by_type.items():
            for chunk in batched(rows, 10000):
                store.write(
                    f"UNWIND $rows AS row MATCH (a:{quote_name(onto, source_label)} {{id: row.from}}) "
                    f"MATCH (b:{quote_name(onto, target_label)} {{id: row.to}}) "
                    f"MATCH (a)-[r:{quote_name(onto, rel_type)}]->(b) SET r += row.props",
                    {"rows": chunk},
                )
            done += len(rows)
        if progress:
            progress(done)
        return done
