"""The graph as a networkx graph, for notebooks: the whole graph or the part a query's answer names.

Read through the store's read side, like the view and the export; evidence links are left out (they are
provenance, not relationships between things) and every node keeps its label and properties.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.queries import query_ids
from kg.store import read
from kg.store.base import GraphStore


def networkx_graph(
    store: GraphStore, query: str | None = None, params: dict[str, Any] | None = None, batch: int = 5000
) -> nx.MultiDiGraph:
    """A directed multigraph of ``store``: nodes by id (attributes ``label`` and the node's properties), one
    edge per relationship (key and attribute ``type``). With ``query``, only the entities a canned query (or
    script) names in its answer and the relationships among them, as ``kg view --query`` draws them."""
    from kg.batching import batched

    wanted = query_ids(store, query, params or {}) if query else None
    graph = nx.MultiDiGraph()
    for label in store.ontology.node_labels:
        ids = sorted(i for i in read.node_ids(store, label) if wanted is None or i in wanted)
        for chunk in batched(ids, batch):
            for node_id, props in sorted(read.node_properties(store, label, chunk).items()):
                graph.add_node(node_id, label=label, **props)
    for label in store.ontology.node_labels:
        ids = [i for i in graph if graph.nodes[i]["label"] == label]
        for chunk in batched(sorted(ids), batch):
            links = sorted(read.links(store, label, chunk), key=lambda x: (x.source, x.type, x.target))
            for link in links:
                if link.target in graph:
                    graph.add_edge(link.source, link.target, key=link.type, type=link.type)
    return graph
