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
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from typing import Any

from kg.errors import StoreError
from kg.store.bulk import Item

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


class BulkWriter:
    """Packs walked items into ``GRAPH.BULK`` calls on ``graph``, sent as each reaches :data:`CALL_BYTES`."""

    def __init__(self, connection: Any, graph: str, progress: Callable[[int], None] | None = None) -> None:
        self.connection = connection
        self.graph = graph
        self.progress = progress
        self.first = True
        self.created_nodes = 0
        self.created_relationships = 0
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

    def flush(self) -> None:
        """Send what is packed (nodes before relationships, so a relationship's ends exist when it is made)."""
        if not self.nodes and not self.relationships:
            return
        rel_blocks = list(self.rel_blocks.values())
        args: list[Any] = ["GRAPH.BULK", self.graph]
        if self.first:
            args.append("BEGIN")
        args += [self.nodes, self.relationships, len(self.node_blocks), len(rel_blocks)]
        args += [bytes(b) for b in self.node_blocks]
        args += [bytes(b) for b in rel_blocks]
        reply = self.connection.execute_command(*args)
        self.first = False
        text = reply.decode() if isinstance(reply, bytes) else str(reply)
        try:
            nodes, relationships = (int(part.split()[0]) for part in text.split(", ")[:2])
        except ValueError:
            raise StoreError(f"unexpected reply to GRAPH.BULK: {text!r}") from None
        if (nodes, relationships) != (self.nodes, self.relationships):
            raise StoreError(
                f"GRAPH.BULK made {nodes} nodes and {relationships} relationships of {self.nodes} and "
                f"{self.relationships} sent"
            )
        self.created_nodes += nodes
        self.created_relationships += relationships
        if self.progress:
            self.progress(nodes + relationships)
        self._reset()
