"""The files ``neo4j-admin database import full --input-type=parquet`` reads: walked items as Parquet, by pyarrow.

Parquet says what the CSV of :mod:`kg.store.neo4j_import` cannot: a list column carries ``[]``, ``[""]`` and
items holding any character as they are, and a string needs no quoting. So the pass the CSV needs after the
import (``aliases = []`` on every node, ``rule = [""]`` on every relationship: a third of a 10^6 load) is gone;
what is still set afterwards, by id, is only what no column can say: an empty string (the importer reads it as
no property, whatever ``--ignore-empty-strings`` says), a list of mixed types, an integer beyond 64 bits, a
non-finite float or a key a column name cannot carry.

The groups are the CSV's (a label or type with one list of keys and value types, one file each; node ids are
the walk's numbers, ``--id-type=integer``) and a column is named as a CSV header field (``aliases:string[]``),
which makes the importer read a list column's items as an array of that type. Values are kept column by column
and the groups holding the most are written as row groups whenever :data:`ROWS` rows are kept in all, so
memory does not grow with the graph; a list column is kept as its items and offsets, and given to pyarrow as
such.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, get_type_hints

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg.facts import Evidence
from kg.store.bulk import Item
from kg.store.neo4j_import import _KEY, _LATER, _LONG, ImportFiles

# Rows kept in memory over all groups (about 1 KB each as Python values); past it, the groups holding
# the most are written as row groups until half as many are kept.
ROWS = 32768
_SCALAR = {str: "string", int: "long", float: "double", bool: "boolean"}
_ARROW = {"string": pa.string(), "long": pa.int64(), "double": pa.float64(), "boolean": pa.bool_()}


def kind_of(value: Any) -> str:
    """The column type that carries ``value`` as it is (``string``, ``long[]``, …), else ``later``: it is set
    after the import."""
    kind = type(value)
    if kind is str:
        return "string" if value else _LATER
    if kind is list or kind is tuple:
        if not value:
            return "string[]"  # an empty list has no item type; the UNWIND path stores it as it comes too
        element = type(value[0])
        if element not in _SCALAR or any(type(item) is not element for item in value):
            return _LATER
        if element is int and not all(_LONG[0] <= item <= _LONG[1] for item in value):
            return _LATER
        if element is float and not all(math.isfinite(item) for item in value):
            return _LATER
        return _SCALAR[element] + "[]"
    if kind is bool:
        return "boolean"
    if kind is int:
        return "long" if _LONG[0] <= value <= _LONG[1] else _LATER
    if kind is float:
        return "double" if math.isfinite(value) else _LATER
    return _LATER


def _item_values(keys: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...] | None]:
    """An evidence item's values in ``keys`` order, each the one item of a new relationship's list column;
    None when one is missing, not of the type :class:`Evidence` gives it, or one a column cannot carry: that
    line goes through the walk and :meth:`ParquetFiles.add`."""
    hints = get_type_hints(Evidence)
    kinds = tuple(hints[key] for key in keys)
    ints = [i for i, kind in enumerate(kinds) if kind is int]
    floats = [i for i, kind in enumerate(kinds) if kind is float]
    lo, hi = _LONG
    get_all = _getter(keys)

    def values(item: dict[str, Any]) -> tuple[Any, ...] | None:
        got = get_all(item)
        if tuple(map(type, got)) != kinds:
            return None
        for i in ints:
            if not lo <= got[i] <= hi:
                return None
        for i in floats:
            if not math.isfinite(got[i]):
                return None
        return got

    return values


def _getter(keys: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    def get_all(item: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(map(item.get, keys))

    return get_all


class _Table:
    """One group's Parquet file: its columns kept as Python lists (a list column as items and offsets) until
    :meth:`flush` writes them as a row group."""

    def __init__(self, folder: Path, number: int, name: str, ends: tuple[str, ...], keys: tuple[str, ...],
                 kinds: tuple[str, ...]) -> None:  # fmt: skip
        self.name = name
        self.data = folder / f"{number:04d}-{name}.parquet"
        fields = [pa.field(end, pa.int64(), nullable=False) for end in ends]
        for key, kind in zip(keys, kinds, strict=True):
            column = key if kind == "string" else f"{key}:{kind}"
            arrow = pa.list_(_ARROW[kind[:-2]]) if kind.endswith("[]") else _ARROW[kind]
            fields.append(pa.field(column, arrow))
        self.schema = pa.schema(fields)
        self.lists = tuple(kind.endswith("[]") for kind in kinds)
        self.ends: tuple[array[int], ...] = tuple(array("q") for _ in ends)
        self.values: tuple[list[Any], ...] = tuple([] for _ in kinds)
        self.offsets: tuple[array[int] | None, ...] = tuple(array("i", [0]) if is_list else None
                                                            for is_list in self.lists)  # fmt: skip
        self.singles: list[tuple[int, int, tuple[Any, ...]]] = []  # see add_single
        self.writer: pq.ParquetWriter | None = None
        self.rows = 0
        self.pending = 0

    def add(self, ends: tuple[int, ...], values: Iterable[Any]) -> None:
        for column, end in zip(self.ends, ends, strict=True):
            column.append(end)
        for column, offsets, value in zip(self.values, self.offsets, values, strict=True):
            if offsets is None:
                column.append(value)
            else:
                column.extend(value)
                offsets.append(len(column))
        self.rows += 1
        self.pending += 1

    def add_single(self, source: int, target: int, values: tuple[Any, ...]) -> None:
        """A relationship whose every column is a list of one item, ``values``: kept as the row it is and
        turned into columns when written (most rows of a facts file are these)."""
        self.singles.append((source, target, values))
        self.rows += 1
        self.pending += 1

    def flush(self) -> None:
        if not self.pending:
            return
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.data, self.schema)
        types = self.schema.types[len(self.ends) :]
        if len(self.ends[0]):
            arrays: list[pa.Array] = [pa.array(column, pa.int64()) for column in self.ends]
            for column, offsets, arrow in zip(self.values, self.offsets, types, strict=True):
                if offsets is None:
                    arrays.append(pa.array(column, arrow))
                else:
                    items = pa.array(column, arrow.value_type)
                    arrays.append(pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), items, type=arrow))
            self.writer.write_batch(pa.record_batch(arrays, schema=self.schema))
        if self.singles:
            sources, targets, rows = zip(*self.singles, strict=True)
            one_each = pa.array(range(len(rows) + 1), pa.int32())
            arrays = [pa.array(sources, pa.int64()), pa.array(targets, pa.int64())]
            for column, arrow in zip(zip(*rows, strict=True), types, strict=True):
                arrays.append(pa.ListArray.from_arrays(one_each, pa.array(column, arrow.value_type), type=arrow))
            self.writer.write_batch(pa.record_batch(arrays, schema=self.schema))
        for ends in self.ends:
            del ends[:]
        for column in self.values:
            column.clear()
        for offsets in self.offsets:
            if offsets is not None:
                del offsets[1:]
        self.singles.clear()
        self.pending = 0

    def close(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()


class ParquetFiles(ImportFiles):
    """Writes walked items as the importer's Parquet files in ``folder`` and keeps what must be set afterwards
    (by id, through :meth:`ImportFiles.fix`)."""

    input_type = "parquet"
    _formatter = staticmethod(_item_values)

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.tables: dict[tuple[str, tuple[str, ...], tuple[str, ...]], _Table] = {}
        self._node_tables: list[_Table] = []
        self._rel_tables: list[_Table] = []
        self._fast_tables: dict[str, _Table] = {}
        self._kept = 0  # rows kept in the tables, not yet written
        self._counts: tuple[str, Sequence[int]] | None = None  # see keep_counts

    def _table(self, signature: tuple[str, tuple[str, ...], tuple[str, ...]], node: bool) -> _Table:
        ends = (":ID",) if node else (":START_ID", ":END_ID")
        table = _Table(self.folder, len(self.tables), signature[0], ends, signature[1], signature[2])
        self.tables[signature] = table
        (self._node_tables if node else self._rel_tables).append(table)
        return table

    def add(self, items: Iterable[Item]) -> None:
        for item in items:
            node = item[0] == "node"
            if node:
                _, name, number, props = item
                self.ids.append(props["id"])
                self.labels.append(name)
                ends: tuple[int, ...] = (number,)
            else:
                _, name, source, target, props = item
                ends = (source, target)
            self.counts[name] += 1
            keys, kinds, values = [], [], []
            for key, value in props.items():
                kind = kind_of(value)
                self.carried[(name, key)] += 1
                if kind == _LATER or not _KEY.match(key):
                    if node:
                        self.node_later.append((name, ends[0], key, value))
                    else:
                        self.rel_later.append((name, ends[0], ends[1], key, value))
                    continue
                keys.append(key)
                kinds.append(kind)
                values.append(value)
            signature = (name, tuple(keys), tuple(kinds))
            table = self.tables.get(signature) or self._table(signature, node)
            table.add(ends, values)
            self.items += 1
            self._kept += 1
            if self._kept >= ROWS:
                self._write_some()

    def _relationship(self, rel_type: str, source: int, target: int, done: Any) -> None:
        table = self._fast_tables.get(rel_type)
        if table is None:
            keys = self._evidence_keys
            kinds = tuple(_SCALAR[get_type_hints(Evidence)[key]] + "[]" for key in keys)
            table = self.tables.get((rel_type, keys, kinds)) or self._table((rel_type, keys, kinds), node=False)
            self._fast_tables[rel_type] = table
        table.add_single(source, target, done)
        self._fast_rows[rel_type] += 1
        self.items += 1
        self._kept += 1
        if self._kept >= ROWS:
            self._write_some()

    def _write_some(self) -> None:
        """Write the groups holding the most rows until half of :data:`ROWS` are kept."""
        for table in sorted(self.tables.values(), key=lambda t: t.pending, reverse=True):
            if self._kept < ROWS // 2:
                break
            self._kept -= table.pending
            table.flush()

    def keep_counts(self, key: str, counts: Sequence[int]) -> bool:
        """Give every node the property ``key`` = ``counts[its number]`` (kg's count of its links, known only
        once the walk is over), as one more column of the node files, added when they are closed.

        Setting the count by id after the import was the longest step after it (17.6 s of a 10^6 load, a
        million id strings matched through the index); adding a column to the written files costs about a
        second (pyarrow reads a row group, takes the counts by the id column, writes it again)."""
        if not _KEY.match(key):
            return False
        self._counts = (key, counts)
        return True

    def close(self) -> None:
        for table in self.tables.values():
            table.close()
        if self._counts is not None:
            key, counts = self._counts
            by_number = pa.array(counts, pa.int64())
            for table in self._node_tables:
                if table.writer is not None:
                    _add_column(table.data, pa.field(f"{key}:long", pa.int64(), nullable=False), by_number)
        super().close()

    def arguments(self) -> list[str]:
        """The importer's options for these files (after the database name)."""
        args = ["--input-type=parquet", "--id-type=integer", "--bad-tolerance=0", "--skip-bad-relationships=false",
                "--skip-duplicate-nodes=false", "--ignore-empty-strings=false", "--trim-strings=false",
                "--normalize-types=false", "--overwrite-destination=true",
                f"--report-file={self.folder / 'import.report'}"]  # fmt: skip
        args += [f"--nodes={t.name}={t.data}" for t in self._node_tables]
        args += [f"--relationships={t.name}={t.data}" for t in self._rel_tables]
        return args


def _add_column(path: Path, field: pa.Field, by_number: pa.Array) -> None:
    """Rewrite the node file ``path`` with one more column, ``by_number`` taken at each row's id (its first
    column), a row group at a time so memory holds one; the new file replaces the old in one rename."""
    source = pq.ParquetFile(path)
    schema = source.schema_arrow.append(field)
    written = path.with_name(path.name + ".new")
    with pq.ParquetWriter(written, schema) as writer:
        for group in range(source.num_row_groups):
            batch = source.read_row_group(group)
            writer.write_table(batch.append_column(field, pc.take(by_number, batch.column(0))))
    written.replace(path)
