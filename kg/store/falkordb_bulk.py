"""FalkorDB's bulk insert (``GRAPH.BULK``): nodes and relationships sent as packed binary records.

The command creates a graph that does not exist yet from blocks of records, with no query to plan and no index
to consult, so the server spends its time storing. Its protocol is the one FalkorDB's own bulk loader speaks:

``GRAPH.BULK <graph> [BEGIN] <nodes> <relationships> <node blocks> <relationship blocks> <block>…``

``BEGIN`` on the first call only (the graph must not exist), then one argument per block. A block is a label
(or type) name and its property names, each NUL-terminated after a uint32 count, then its records: a node is
its property values; a relationship is two uint64 node numbers (source, target) then its values. Nodes are
numbered 0, 1, 2… in the order their records arrive, across calls. A value is a type byte and the value:
1 bool, 2 double, 3 NUL-terminated UTF-8 string, 4 int64, 5 array (int64 length, then each element as a value).

All the records of one block share its property names, so consecutive nodes with the same label and the same
property keys share a block; a node with other keys starts the next one, which keeps the numbering in order.

Python is what bounds a bulk load (the server spends a fraction of the time storing), so the common lines of a
facts file are packed straight from their decoded values (:meth:`BulkWriter.add_json`), and each call is sent
by a thread while the next is packed.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, get_type_hints

from kg.errors import StoreError
from kg.facts import RESERVED, Evidence
from kg.interrupts import held_interrupt
from kg.store.bulk import Item, Numbering
from kg.store.cypher import MENTIONED_IN

_BOOL, _DOUBLE, _STRING, _LONG, _ARRAY = 1, 2, 3, 4, 5
_LONG_PACK = struct.Struct("<Bq").pack
_DOUBLE_PACK = struct.Struct("<Bd").pack
_ARRAY_PACK = struct.Struct("<Bq").pack
_ENDS_PACK = struct.Struct("<QQ").pack
_COUNT_PACK = struct.Struct("<I").pack
_TRUE, _FALSE = bytes((_BOOL, 1)), bytes((_BOOL, 0))
_STRING_HEAD = bytes((_STRING,))
_ONE_STRING = _ARRAY_PACK(_ARRAY, 1) + _STRING_HEAD

# One call's size: big enough that the per-call cost vanishes, small enough to keep the client's memory flat.
CALL_BYTES = 32_000_000


def _value(value: Any, out: bytearray) -> None:
    kind = type(value)
    if kind is list and len(value) == 1 and type(value[0]) is str:  # most values: one evidence item's string
        out += _ONE_STRING
        out += value[0].encode()
        out.append(0)
    elif kind is str:
        out += _STRING_HEAD
        out += value.encode()
        out.append(0)
    elif kind is list:
        out += _ARRAY_PACK(_ARRAY, len(value))
        for item in value:
            _value(item, out)
    elif kind is int:
        out += _LONG_PACK(_LONG, value)
    elif kind is float:
        out += _DOUBLE_PACK(_DOUBLE, value)
    elif kind is bool:
        out += _TRUE if value else _FALSE
    elif kind is tuple:
        _value(list(value), out)
    else:
        raise StoreError(f"cannot bulk-load a {kind.__name__} property value ({value!r})")


def _header(name: str, keys: tuple[str, ...]) -> bytearray:
    out = bytearray(name.encode())
    out.append(0)
    out += _COUNT_PACK(len(keys))
    for key in keys:
        out += key.encode()
        out.append(0)
    return out


def _relationship_packer(keys: tuple[str, ...]) -> Callable[[dict[str, Any], int, int], bytes | None]:
    """Packs a relationship record from its ends and one decoded evidence item, the item's values as the
    one-element arrays a new relationship carries per evidence key; None when a value is missing or not of the
    type :class:`Evidence` gives it (the walk then converts it, as :func:`kg.facts.evidence_from_json` does).
    A value of the right type is what that conversion leaves.

    Most of a load's records are these, so the function is written out for the ontology's keys and compiled
    once: each key read into a local, one type test each, and every stretch between two strings (the previous
    string's NUL, numbers, the next string's type and array header) packed by one ``struct`` call. The loop over
    the keys it replaces was a sixth of the walk's time at 10^6 nodes (bench/RESULTS.notes.md).
    """
    hints = get_type_hints(Evidence)
    namespace: dict[str, Any] = {}
    lines = ["def pack(item, source, target):", "    get = item.get"]
    checks: list[str] = []
    parts: list[str] = []
    fmt, args = "<QQ", ["source", "target"]

    def stretch() -> None:
        name = f"s{len(namespace)}"
        if all(arg.isdigit() for arg in args):
            namespace[name] = struct.pack(fmt, *map(int, args))
            parts.append(name)
        else:
            namespace[name] = struct.Struct(fmt).pack
            parts.append(f"{name}({', '.join(args)})")

    for i, key in enumerate(keys):
        kind = hints[key]
        lines.append(f"    v{i} = get({key!r})")
        checks.append(f"type(v{i}) is not {kind.__name__}")
        if kind is str:
            fmt += "BqB"
            args += [str(_ARRAY), "1", str(_STRING)]
            stretch()
            parts.append(f"v{i}.encode()")
            fmt, args = "<x", []  # x: the string's NUL
        elif kind is int:
            fmt += "BqBq"
            args += [str(_ARRAY), "1", str(_LONG), f"v{i}"]
        elif kind is float:
            fmt += "BqBd"
            args += [str(_ARRAY), "1", str(_DOUBLE), f"v{i}"]
        else:
            raise TypeError(f"cannot bulk-pack an evidence value of type {kind}")
    stretch()
    if checks:
        lines += [f"    if {' or '.join(checks)}:", "        return None"]
    lines.append(f"    return b''.join(({', '.join(parts)},))")
    exec("\n".join(lines), namespace)  # the source is made above from the ontology's key names only
    return namespace["pack"]


class BulkWriter:
    """Packs walked items into ``GRAPH.BULK`` calls on ``graph``, sent as each reaches :data:`CALL_BYTES`.

    Calls are sent in order by one thread, each answered before the next is sent (see :meth:`flush`);
    :meth:`finish` sends what is left and waits. An error from the server is raised at the next call or there.
    """

    def __init__(self, connection: Any, graph: str, progress: Callable[[int], None] | None = None) -> None:
        self.connection = connection
        self.graph = graph
        self.progress = progress
        self.first = True
        self.created_nodes = 0
        self.created_relationships = 0
        self._sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-bulk")
        self._sent: Future[tuple[int, int, int, int]] | None = None
        self._reset()

    def _reset(self) -> None:
        self.node_blocks: list[bytearray] = []
        self.rel_blocks: dict[tuple[str, tuple[str, ...]], bytearray] = {}
        self.node_key: tuple[str, tuple[str, ...]] | None = None
        self.nodes = 0
        self.relationships = 0
        self.size = 0

    def add(self, items: Iterable[Item]) -> None:
        value = _value
        for item in items:
            if item[0] == "node":
                _, label, _number, props = item
                keys = tuple(props)
                if (label, keys) != self.node_key:
                    self.node_key = (label, keys)
                    self.node_blocks.append(_header(label, keys))
                block = self.node_blocks[-1]
                before = len(block)
                for key in keys:
                    value(props[key], block)
                self.nodes += 1
            else:
                _, rel_type, source, target, props = item
                keys = tuple(props)
                block = self.rel_blocks.get((rel_type, keys))
                if block is None:
                    block = self.rel_blocks[(rel_type, keys)] = _header(rel_type, keys)
                before = len(block)
                block += _ENDS_PACK(source, target)
                for key in keys:
                    value(props[key], block)
                self.relationships += 1
            self.size += len(block) - before
            if self.size >= CALL_BYTES:
                self.flush()

    def add_json(self, numbering: Numbering, objects: Iterable[dict[str, Any]]) -> None:
        """What :meth:`add` of ``numbering.walk_json(objects)`` packs, with the common lines packed straight
        from their decoded values: a relation between numbered nodes and an entity met for the first time,
        each with one evidence item of plain values. Any other line (a repeat, several evidence items, a value
        to convert) goes through the walk, and a relation met before its ends waits for the end, as there.

        The relationship is counted here as :meth:`Numbering.first` counts it (the same key, links and
        counts), inline: that call was a fifth of the walk's time at 10^6 nodes."""
        index = numbering.index
        seen = numbering._seen
        types = numbering._types
        links = numbering.links
        evidence_type = numbering._evidence
        counts: dict[str, int] = dict.fromkeys(types, 0)
        walk = numbering.walk_json
        keys = numbering.ontology.evidence_properties
        pack = _relationship_packer(keys)
        value = _value
        pending: list[dict[str, Any]] = []
        blocks = self.rel_blocks
        for obj in objects:
            raw = obj.get("evidence")
            if "from" in obj or "to" in obj:
                source, target = index.get(obj["from"]), index.get(obj["to"])
                if source is None or target is None:
                    pending.append(obj)
                    continue
                rel_type = obj["type"]
                record = pack(raw[0], source, target) if raw and len(raw) == 1 else None
                seen_key = ((source << 32 | target) << 6) | types[rel_type]
                if record is None or seen_key in seen:
                    self.add(walk([obj]))  # converted, or kept aside as a repeat
                    blocks = self.rel_blocks
                    continue
                seen.add(seen_key)
                counts[rel_type] += 1
                if rel_type != evidence_type:
                    links[source] += 1
                    links[target] += 1
                block = blocks.get((rel_type, keys))
                if block is None:
                    block = blocks[(rel_type, keys)] = _header(rel_type, keys)
                block += record
                self.relationships += 1
                self.size += len(record)
                if self.size >= CALL_BYTES:
                    self.flush()
                    blocks = self.rel_blocks
                continue
            fid = obj["id"]
            record = target = document = None
            if raw:
                # packed for the number this entity is about to get, and its plan's (if numbered)
                item = raw[0]
                document = item.get("document") if type(item) is dict else None
                target = index.get(document) if type(document) is str else None
                record = pack(item, numbering.nodes, target or 0) if len(raw) == 1 else None
                if record is None:
                    self.add(walk([obj]))
                    blocks = self.rel_blocks
                    continue
            if fid in index:
                self.add(walk([obj]))
                blocks = self.rel_blocks
                continue
            label = obj["type"]
            number = numbering.number(fid, label)
            props = [key for key, v in obj.items() if v is not None and key not in RESERVED]
            node_keys = ("id", *props, "name", "aliases")
            if (label, node_keys) != self.node_key:
                self.node_key = (label, node_keys)
                self.node_blocks.append(_header(label, node_keys))
            block = self.node_blocks[-1]
            before = len(block)
            value(fid, block)
            for key in props:
                value(obj[key], block)
            value(obj["name"], block)
            value(list(obj.get("aliases") or []), block)
            self.nodes += 1
            self.size += len(block) - before
            # a node numbered just now has no relationship yet, so this one is never a repeat
            if target is not None and document != fid and numbering.first(MENTIONED_IN, number, target):
                block = blocks.get((MENTIONED_IN, keys))
                if block is None:
                    block = blocks[(MENTIONED_IN, keys)] = _header(MENTIONED_IN, keys)
                block += record
                self.relationships += 1
                self.size += len(record)
            if self.size >= CALL_BYTES:
                self.flush()
                blocks = self.rel_blocks
        for rel_type, count in counts.items():
            if count:
                numbering.relationships += count
                numbering.relationship_counts[rel_type] += count
        self.add(walk(pending))

    def flush(self) -> None:
        """Hand what is packed to the sending thread (nodes before relationships, so a relationship's ends
        exist when it is made), after the previous call has been answered."""
        if not self.nodes and not self.relationships:
            return
        rel_blocks = list(self.rel_blocks.values())
        args: list[Any] = ["GRAPH.BULK", self.graph]
        if self.first:
            args.append("BEGIN")
        args += [self.nodes, self.relationships, len(self.node_blocks), len(rel_blocks)]
        args += [bytes(b) for b in self.node_blocks]
        args += [bytes(b) for b in rel_blocks]
        self._answered()
        # The server stores this call while the next one is packed; it still gets one call at a time. The hang
        # once met with this overlap came from an append-only-file rewrite (its fork) meeting a call, and the
        # bulk load now pauses those rewrites while its calls are sent (FalkorStore._no_aof_rewrite).
        with held_interrupt():  # the first call starts the sending thread, which stop() must know to wait for
            self._sent = self._sender.submit(self._send, args, self.nodes, self.relationships)
        self.first = False
        self._reset()

    def finish(self) -> None:
        """Send what is left and wait for every answer."""
        self.flush()
        self._answered()

    def stop(self) -> None:
        """Stop the sending thread (after :meth:`finish`, or to abandon the load after an error), once its call
        in flight is answered: the caller drops the graph next, which a late call would make again."""
        with held_interrupt():
            self._sender.shutdown(wait=True, cancel_futures=True)

    def _send(self, args: list[Any], nodes: int, relationships: int) -> tuple[int, int, int, int]:
        reply = self.connection.execute_command(*args)
        text = reply.decode() if isinstance(reply, bytes) else str(reply)
        try:
            made_nodes, made_relationships = (int(part.split()[0]) for part in text.split(", ")[:2])
        except ValueError:
            raise StoreError(f"unexpected reply to GRAPH.BULK: {text!r}") from None
        return made_nodes, made_relationships, nodes, relationships

    def _answered(self) -> None:
        """Check the call in flight, if any: the server made what was sent."""
        if self._sent is None:
            return
        sent, self._sent = self._sent, None
        nodes, relationships, sent_nodes, sent_relationships = sent.result()
        if (nodes, relationships) != (sent_nodes, sent_relationships):
            raise StoreError(
                f"GRAPH.BULK made {nodes} nodes and {relationships} relationships of {sent_nodes} and "
                f"{sent_relationships} sent"
            )
        self.created_nodes += nodes
        self.created_relationships += relationships
        if self.progress:
            self.progress(nodes + relationships)
