"""Labels looked up together (read.grouped): on Neo4j one statement for the labels with few ids, same answers.

Neo4j plans each statement text the first time it sees it, and on a server just started that planning was
about half of the first view's time at 10^6 nodes (bench/RESULTS.notes.md, sixth pass), so the view's steps
look up several labels in one statement (``MATCH (n:A|B {id: id})``, a union of index seeks) instead of one
statement per label. These tests pin that the page and the reads are the same either way, and that fewer
statements are sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kg.store import read
from kg.store.base import GraphStore
from kg.view import make_view
from kg.view.select import Selection


@pytest.fixture
def neo4j(built_graphs: dict[str, GraphStore]) -> Iterator[GraphStore]:
    pytest.importorskip("neo4j")
    store = built_graphs["neo4j"]
    assert store.label_union
    yield store
    store.label_union = True


def _counting(store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the text of every read the store is sent from now on."""
    sent: list[str] = []
    original = type(store).read

    def read_and_count(self: GraphStore, statement: str, params: dict[str, Any] | None = None) -> Any:
        sent.append(statement)
        return original(self, statement, params)

    monkeypatch.setattr(type(store), "read", read_and_count)
    return sent


def test_grouped_puts_labels_with_few_ids_together(neo4j: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "UNION_IDS", 2)
    ids = {"Enterprise": ["e1", "e2", "e3"], "Region": ["r1"], "Plan": ["p1", "p2"], "Target": []}
    assert read.grouped(neo4j, ids) == [("Enterprise", ["e1", "e2", "e3"]), (("Region", "Plan"), ["r1", "p1", "p2"])]
    neo4j.label_union = False
    assert read.grouped(neo4j, ids) == [("Enterprise", ["e1", "e2", "e3"]), ("Region", ["r1"]), ("Plan", ["p1", "p2"])]


@pytest.mark.parametrize("selection", [Selection(), Selection(region="天门市")], ids=["whole", "region"])
def test_same_page_with_labels_together_and_fewer_statements(
    neo4j: GraphStore, monkeypatch: pytest.MonkeyPatch, selection: Selection
) -> None:
    sent = _counting(neo4j, monkeypatch)
    neo4j.label_union = False
    by_label = make_view(neo4j, selection)
    one_per_label = len(sent)
    sent.clear()
    neo4j.label_union = True
    together = make_view(neo4j, selection)
    assert together.html == by_label.html and together.data == by_label.data
    assert any("|" in statement.split("{")[0] for statement in sent)  # a label disjunction was used
    assert len(sent) < one_per_label


def test_same_reads_with_labels_together(neo4j: GraphStore) -> None:
    ids = read.node_ids(neo4j, "Enterprise")[:20] + read.node_ids(neo4j, "Region") + read.node_ids(neo4j, "Plan")
    labels = ["Enterprise", "Industry", "Region"]

    def answers() -> tuple[Any, ...]:
        links = sorted(
            (x.source, x.type, x.target, x.target_name) for x in read.links_among(neo4j, ids, ids, ["IN_INDUSTRY"])
        )
        lists = sorted(read.neighbour_lists(neo4j, ids, 5).items())
        return links, lists, read.central_nodes(neo4j, labels, 7)

    neo4j.label_union = False
    assert answers() == (neo4j.__setattr__("label_union", True) or answers())
