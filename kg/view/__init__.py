"""The interactive graph view: select what to draw, read it, size and reduce it, render one offline page.

    select (select.py) -> pick what to draw and carry (grow.py) -> read (graph.py)
      -> centrality, hub groups, reduce (reduce.py, grow.py) -> page (render.py)

The page draws the innovation map at first (the ontology's ``kgo:innovationMap`` classes) and carries the
rest of the selection's neighbourhood, so it grows on demand in the browser.

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
from kg.view.grow import chain_city_links, group_hubs, pick
from kg.view.reduce import DEFAULT_LIMIT, centrality, reduce
from kg.view.render import page_data, render_html
from kg.view.select import Selection

__all__ = ["DEFAULT_LIMIT", "TITLE", "Selection", "View", "draw", "make_view", "write_view"]

TITLE = "kg 创新主体知识图谱"


@dataclass
class View:
    """A rendered view: the page, its data, and what was drawn of how much."""

    html: str
    data: dict[str, Any]
    selected: int  # nodes the page carries (drawn at first or one click away)
    drawn: int  # nodes drawn at first (after any reduction, group nodes included)
    edges: int  # relationships drawn at first
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
    picked = pick(store, selection, limit)
    graph: ViewGraph = read_view_graph(store, picked.carried)
    if not graph.nodes:
        raise QueryError(f"nothing to draw for {selection.describe()}", "the selection matched no node")
    for node in graph.nodes.values():
        node.shown = node.id in picked.shown
    scores = centrality(graph, size_by)
    group_hubs(graph, picked, scores, store.ontology)
    graph.notice = reduce(graph, scores, limit, store.ontology, picked.types) or picked.notice
    chain_city_links(graph, store.ontology)
    add_details(store, graph, [n.id for n in graph.nodes.values() if n.shown and n.label in picked.types])
    data = page_data(graph, scores, store.ontology, title, selection.describe(), picked.types)
    drawn = {n["id"] for n in data["nodes"] if n["shown"] and n["kgType"] in picked.types}
    edges = sum(1 for e in data["edges"] if e["from"] in drawn and e["to"] in drawn)
    real = sum(1 for node in graph.nodes.values() if not node.props.get("group"))
    return View(render_html(data), data, real, len(drawn), edges, graph.notice)


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
