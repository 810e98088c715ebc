"""The interactive graph view: select what to draw, read it, size and reduce it, render one offline page.

    select (select.py) -> read (graph.py) -> centrality, reduce (reduce.py) -> page (render.py)

Each step is a function of plain data, so tests check the selection and the page data without a browser,
and the browser tests check what a person sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.atomic import atomic_output
from kg.errors import QueryError
from kg.store.base import GraphStore
from kg.view.graph import ViewGraph, add_details, read_view_graph
from kg.view.reduce import DEFAULT_LIMIT, centrality, reduce
from kg.view.render import page_data, render_html
from kg.view.select import Selection, select_ids

__all__ = ["DEFAULT_LIMIT", "TITLE", "Selection", "View", "draw", "make_view", "write_view"]

TITLE = "kg 创新主体知识图谱"


@dataclass
class View:
    """A rendered view: the page, its data, and what was drawn of how much."""

    html: str
    data: dict[str, Any]
    selected: int  # nodes the selection found
    drawn: int  # nodes on the page (after any reduction, group nodes included)
    edges: int
    notice: str

    def summary(self) -> str:
        line = f"{self.drawn} nodes and {self.edges} relationships ({self.data['what']})"
        return f"{line}; {self.notice}" if self.notice else line


def make_view(
    store: GraphStore,
    selection: Selection | None = None,
    limit: int = DEFAULT_LIMIT,
    size_by: str = "degree",
    title: str = TITLE,
) -> View:
    """Draw what ``selection`` picks from ``store`` (everything by default) as a self-contained page."""
    selection = selection or Selection()
    for label in selection.labels:
        store.ontology.node_class(label)
    ids = select_ids(store, selection)
    graph: ViewGraph = read_view_graph(store, ids, selection.labels or None)
    if not graph.nodes:
        raise QueryError(f"nothing to draw for {selection.describe()}", "the selection matched no node")
    scores = centrality(graph, size_by)
    drawn = reduce(graph, scores, limit, store.ontology)
    add_details(store, drawn)
    data = page_data(drawn, scores, store.ontology, title, selection.describe())
    return View(render_html(data), data, len(graph), len(drawn), len(drawn.edges), drawn.notice)


def write_view(view: View, path: Path) -> None:
    """Write the page atomically: a reader never sees half a file, and a failure leaves the old one."""
    with atomic_output(path) as out:
        out.write(view.html)


def draw(
    store: GraphStore,
    path: Path,
    selection: Selection | None = None,
    limit: int = DEFAULT_LIMIT,
    size_by: str = "degree",
    title: str = TITLE,
) -> View:
    """What ``kg view`` does: make the page for ``selection`` and write it to ``path``; returns the view."""
    view = make_view(store, selection, limit=limit, size_by=size_by, title=title)
    write_view(view, path)
    return view
