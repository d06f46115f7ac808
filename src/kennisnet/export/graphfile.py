"""GraphML and GEXF for Gephi users: every person figure as a node attribute.

Nodes carry every field of :class:`kennisnet.analysis.PersonResult` (the
pseudonymised export leaves out employee number, team and job title, uses the
code as node id and label, and hides small departments), plus the position
from the shared layout (``x``, ``y``) and whether the person's cluster is a
risk cluster. Edges are learner -> source with ``weight``. Unknown values
(training unknown, no route to trained knowledge) are left out of that node,
as GraphML and GEXF have no "null"; ``trained_known`` and ``has_route`` say so.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.export.excel import IDENTIFYING
from kennisnet.export.pseudonym import Naming

GRAPH_FORMATS = ("graphml", "gexf")
_SKIP = frozenset({"id", "name"})


def node_id(person: PersonResult, naming: Naming) -> str:
    return naming.code(person.id) if naming.pseudonymised else str(person.id)


def build(
    result: AnalysisResult,
    naming: Naming,
    lang: str,
    positions: Mapping[int, tuple[float, float]],
    *,
    title: str,
) -> Any:
    """A ``networkx.DiGraph`` with every attribute (names replaced when pseudonymised)."""
    import networkx as nx

    shown = naming.result(result, lang)
    risk = {c.id for c in shown.clusters if c.risk and not naming.hidden(c.size)}
    graph = nx.DiGraph(name=naming.scrub(title) if naming.pseudonymised else title)
    people = sorted(shown.people, key=lambda p: node_id(p, naming))
    for p in people:
        attrs: dict[str, Any] = {"label": naming.label(p)}
        if not naming.pseudonymised:
            attrs["person_id"] = p.id
        for f in fields(PersonResult):
            if f.name in _SKIP or (naming.pseudonymised and f.name in IDENTIFYING):
                continue
            value = getattr(p, f.name)
            if value is not None:
                attrs[f.name] = value
        attrs["trained_known"] = p.trained is not None
        attrs["has_route"] = p.steps_to_trained is not None
        attrs["risk_cluster"] = p.cluster in risk
        if p.id in positions:
            x, y = positions[p.id]
            attrs["x"], attrs["y"] = float(x), float(1.0 - y)
        graph.add_node(node_id(p, naming), **attrs)
    by_id = {p.id: p for p in shown.people}
    edges = sorted(
        shown.edges,
        key=lambda e: (node_id(by_id[e.learner], naming), node_id(by_id[e.source], naming)),
    )
    for e in edges:
        graph.add_edge(
            node_id(by_id[e.learner], naming), node_id(by_id[e.source], naming), weight=e.weight
        )
    return graph


def render(graph: Any, fmt: str) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    if fmt == "gexf":
        # Gephi reads positions and sizes from the "viz" element.
        graph = graph.copy()
        for _, data in graph.nodes(data=True):
            viz: dict[str, Any] = {"size": 4.0 + 2.0 * float(data.get("in_degree", 0)) ** 0.5}
            if "x" in data:
                viz["position"] = {"x": data["x"] * 1000, "y": data["y"] * 1000, "z": 0.0}
            data["viz"] = viz
    if fmt == "graphml":
        nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(graph, out, encoding="utf-8", prettyprint=True, version="1.2draft")
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return out.getvalue()


def write(graph: Any, path: Path, fmt: str) -> None:
    from kennisnet.export.image import write_bytes

    write_bytes(path, render(graph, fmt))
