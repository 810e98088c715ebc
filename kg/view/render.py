"""Turn a view graph into one self-contained HTML page: vis-network's node and edge objects, our page around it.

The node and edge objects are the ones pyvis's ``Network.add_node``/``add_edge`` make, built here directly:
pyvis checks each new node against a list of the ids so far, which at 14,000 carried nodes took most of the
page's time. pyvis's own page template is not used either, because in pyvis 0.3.2 it loads Bootstrap from
cdn.jsdelivr.net whatever ``cdn_resources`` says, and with "local" even vis-network from cdnjs
(WestHealth/pyvis#228, #229, PR #201 unmerged). The page here inlines the vis-network script and style that
ship inside the pyvis package (vis-network 9.1.2), plus kg's own script and style, so it opens offline by
double-click and makes no request at all.

The output is deterministic for the same graph: nodes and edges are sorted, the layout seed is fixed and
the page carries no timestamp, so two views of one graph diff cleanly.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, select_autoescape

from kg.ontology import Ontology
from kg.view.graph import Citation, ViewEdge, ViewGraph, ViewNode

LAYOUT_SEED = 20240101
# Label px by centrality rank among the nodes drawn at first: the first few dozen names stay readable when the
# whole drawing fits the window (scale ~0.3 for 300 nodes), the rest show as the reader zooms in.
FONT_BY_RANK = ((12, 40), (40, 26), (0, 13))  # (up to this rank, px); 0: everyone else
FONT_FROM = 80  # drawings smaller than this fit at full scale: one size for all
LABEL_INSIDE = {"ellipse", "box", "database", "circle", "text"}  # shapes that grow with their label
LABEL_CHARS = 14  # longer names are cut on the canvas (the card and the panel show them whole)
FONT_FACE = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif"
HIDDEN_PROPS = {"id", "name", "aliases", "group", "members", "count"}
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _short_label(node: ViewNode, names: dict[str, str], ontology: Ontology) -> str:
    """The text drawn on the canvas: plans by place and period (their titles are sentences), others cut short."""
    props = node.props
    if props.get("group"):
        return node.name  # "63 × 企业 · 天门市": the count and the hub are the point
    if node.label == ontology.document_class and props.get("region") in names and props.get("period_start"):
        return f"{names[props['region']]} {props['period_start']}–{props.get('period_end') or ''}"
    return node.name if len(node.name) <= LABEL_CHARS else node.name[: LABEL_CHARS - 1] + "…"


def _value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _cite(citations: list[Citation], plans: dict[str, int]) -> list[list[Any]]:
    """Evidence as [plan number, section, words]: plan names are long and repeat, so the page lists them once."""
    return [[plans.setdefault(c.plan, len(plans)), c.section, c.text] for c in citations]


def _card(node: ViewNode, graph: ViewGraph, ontology: Ontology, plans: dict[str, int]) -> dict[str, Any]:
    """What the hover card and the side panel show about a node (built by the page's script, as text)."""
    info = ontology.node_class(node.label)
    props = []
    for key, value in sorted(node.props.items()):
        if key in HIDDEN_PROPS or value in (None, "", []):
            continue
        prop = ontology.properties.get(key)
        props.append([f"{prop.label_zh}" if prop and prop.label_zh else key, _value(value)])
    card: dict[str, Any] = {
        "name": node.name,
        "type": f"{info.label_zh} {info.name}",
        "aliases": list(node.props.get("aliases") or []),
        "props": props,
        "evidence": _cite(node.evidence, plans),
        "mentions": node.mentions,
        "regions": node.regions,
        "industries": node.industries,
    }
    if node.props.get("group"):
        card["members"] = node.props.get("members", [])
        card["count"] = node.props.get("count", 0)
    return card


def _edge(edge: ViewEdge, index: int, ontology: Ontology, plans: dict[str, int]) -> dict[str, Any]:
    info = ontology.relations[edge.type]
    fields: dict[str, Any] = {
        "id": f"e{index}",
        "type": edge.type,
        "typeLabel": info.label_zh or edge.type,
        "count": edge.count,
        "evidence": _cite(edge.evidence, plans),
        "mentions": edge.mentions,
        "width": round(1 + math.log2(edge.count), 2),
    }
    if edge.via:  # not stored: an industry in a place, read through the nodes on the one and in the other
        fields["via"] = edge.via
        fields["typeLabel"] = f"{info.label_zh or edge.type} · 经 {edge.via} 个主体 via {edge.via}"
        fields["dashes"] = True
    return fields


def _facet(graph: ViewGraph, attribute: str) -> list[list[Any]]:
    """(id, name, number of nodes) for the region or industry drop-down, most populated first."""
    counts: dict[str, int] = {}
    for node in graph.nodes.values():
        for value in getattr(node, attribute):
            counts[value] = counts.get(value, 0) + 1
    return [[k, graph.names.get(k, k), n] for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def options(count: int) -> dict[str, Any]:
    """vis-network options: a seeded layout, physics that settles fast, then stops (the page turns it off)."""
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": count <= 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.02,
                "springLength": 90,
                "damping": 0.6,
                "avoidOverlap": 0.3,
            },
            "minVelocity": 2.0,
            "stabilization": {"enabled": True, "iterations": 150 if count > 500 else 300, "updateInterval": 25},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": count > 400, "multiselect": False},
        "nodes": {"font": {"face": FONT_FACE, "size": 13, "color": "#222"}, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "smooth": False,
            "color": {"color": "#b8b8b8", "highlight": "#555", "hover": "#777"},
            "selectionWidth": 2,
        },
    }


def page_data(
    graph: ViewGraph, scores: dict[str, float], ontology: Ontology, title: str, what: str, types: Iterable[str]
) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-ready data (tests read it without a browser).

    ``types`` are the classes drawn at first; nodes with ``shown`` false are carried for the page to grow
    into (a double-click, a group opening, a type switched on). Label size follows centrality, so the names
    of the most central nodes stay readable when the whole drawing fits the window.
    """
    types = sorted(types)
    plans: dict[str, int] = {}
    top = max((scores.get(n, 0.0) for n in graph.nodes), default=0.0) or 1.0
    drawn = sorted(
        (n for n, node in graph.nodes.items() if node.shown and node.label in types and not node.props.get("group")),
        key=lambda n: (-scores.get(n, 0.0), n),
    )
    drawn = [n for n in drawn if ontology.node_class(graph.nodes[n].label).shape not in LABEL_INSIDE]
    fonts: dict[str, int] = {}
    start = 0
    for upto, px in FONT_BY_RANK[:-1] if len(drawn) >= FONT_FROM else ():
        fonts.update(dict.fromkeys(drawn[start:upto], px))
        start = upto
    nodes: list[dict[str, Any]] = []
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        info = ontology.node_class(node.label)
        group = bool(node.props.get("group"))
        size = 10 + 30 * math.sqrt(max(scores.get(node_id, 0.0), 0.0) / top)
        if group:
            size = min(40.0, 12 + 4 * math.log2(1 + node.props.get("count", 1)))
        item: dict[str, Any] = {
            "color": {
                "background": info.color,
                "border": "#333" if group else info.color,
                "highlight": {"background": info.color, "border": "#000"},
            },
            "size": round(size, 2),
            "font": {"size": fonts.get(node_id, FONT_BY_RANK[-1][1])},
            "kgType": node.label,
            "shown": node.shown,
            "kg": _card(node, graph, ontology, plans),
        }
        if group:
            item.update(shapeProperties={"borderDashes": [4, 3]}, borderWidth=2, members=node.members,
                        outside=node.outside, anchor=node.anchor)  # fmt: skip
        item.update(id=node_id, label=_short_label(node, graph.names, ontology) or node_id, shape=info.shape)
        nodes.append(item)
    edges: list[dict[str, Any]] = []
    for index, edge in enumerate(graph.edges):
        if edge.source not in graph.nodes or edge.target not in graph.nodes:
            raise ValueError(f"edge {edge.source} -> {edge.target}: an end is not in the view")
        item = _edge(edge, index, ontology, plans)
        item.update({"from": edge.source, "to": edge.target})
        edges.append(item)
    vis_options = options(sum(1 for n in graph.nodes.values() if n.shown and n.label in types))
    counts: dict[str, int] = {}
    for node in graph.nodes.values():
        if not node.props.get("group"):
            counts[node.label] = counts.get(node.label, 0) + 1
    classes = [
        {
            "name": c.name,
            "zh": c.label_zh,
            "en": c.label_en,
            "color": c.color,
            "shape": c.shape,
            "count": counts.get(c.name, 0),
            "on": c.name in types,
        }
        for c in sorted(ontology.classes.values(), key=lambda c: c.name)
        if counts.get(c.name)
    ]
    return {
        "title": title,
        "what": what,
        "notice": graph.notice,
        "types": types,
        "plans": list(plans),
        "classes": classes,
        "regions": _facet(graph, "regions"),
        "industries": _facet(graph, "industries"),
        "nodes": nodes,
        "edges": edges,
        "options": vis_options,
    }


def _asset(name: str) -> str:
    return resources.files("kg.view").joinpath(name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element, with Chinese kept as UTF-8 (a third of the size of \\u escapes)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(char, escape)
    return text


def render_html(data: dict[str, Any]) -> str:
    """The page: vis-network, kg's script and style and the data, all inline."""
    env = Environment(autoescape=select_autoescape(default=True), keep_trailing_newline=True)
    template = env.from_string(_asset("page.html.j2"))
    return template.render(
        data=data,
        data_json=script_json(data),
        vis_js=(VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(VIS_DIR / "vis-network.css").read_text(encoding="utf-8"),
        page_js=_asset("page.js"),
        page_css=_asset("page.css"),
    )


def read_page_data(html: str) -> dict[str, Any]:
    """The data embedded in a page written by kg view (to diff two views or check one without a browser)."""
    start_tag = '<script id="kg-data" type="application/json">'
    start = html.find(start_tag)
    if start < 0:
        raise ValueError("not a page written by kg view: no kg-data script")
    start += len(start_tag)
    return json.loads(html[start : html.index("</script>", start)])
