"""GraphML and GEXF for Gephi, yEd and Cytoscape users, written from a :class:`NetworkTable`.

**GEXF 1.3** (https://gexf.net): ``<meta>`` with creator "Kennisnet" and a description
(project, wave, date, names or codes), node attributes declared with their types
(``integer``, ``double``, ``boolean``, ``string``), per person ``viz:color`` (the colour
of the picture), ``viz:position`` (the picture's layout in pixel-like units; GEXF's y
points up, so it is mirrored) and ``viz:size`` (the picture's dot size), and every tie
learner -> source with its ``weight``. The file is valid against the official GEXF 1.3
RelaxNG grammar (tests/data/gexf-1.3).

**GraphML**: the same attributes as typed ``<key>`` declarations (``int``, ``double``,
``boolean``, ``string``), plus ``x``/``y`` (pixel-like, y pointing down as on screen),
``size``, ``color`` ("#RRGGBB") and ``r``/``g``/``b`` (0-255), which yEd's properties
mapper and Cytoscape's style mappings read.

Unknown values (training unknown, no route to trained knowledge) are left out of that
node, as neither format has "null"; ``trained_known`` and ``has_route`` say so.
"""

from __future__ import annotations

import re
from pathlib import Path

from kennisnet.export.network_table import Column, NetworkTable, Value

GRAPH_FORMATS = ("graphml", "gexf")

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
#: Characters XML 1.0 cannot hold (control characters but tab, line feed, return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_GRAPHML_TYPES = {"integer": "int", "double": "double", "boolean": "boolean", "string": "string"}


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _NOT_XML.sub("\ufffd", str(value))


def gexf(table: NetworkTable, *, on: str) -> bytes:
    """The table as GEXF 1.3 (``on``: the date of the export, YYYY-MM-DD)."""
    from lxml import etree

    root = etree.Element(
        f"{{{GEXF_NS}}}gexf",
        nsmap={None: GEXF_NS, "viz": VIZ_NS},
        version="1.3",
    )
    meta = etree.SubElement(root, f"{{{GEXF_NS}}}meta", lastmodifieddate=on)
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "Kennisnet"
    if table.title:
        etree.SubElement(meta, f"{{{GEXF_NS}}}keywords").text = _text(table.title)
    etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = _text(table.description)
    graph = etree.SubElement(
        root, f"{{{GEXF_NS}}}graph", defaultedgetype="directed", mode="static", idtype="string"
    )
    attributes = etree.SubElement(graph, f"{{{GEXF_NS}}}attributes", {"class": "node"})
    index = {c.key: str(i) for i, c in enumerate(table.columns)}
    for column in table.columns:
        etree.SubElement(
            attributes,
            f"{{{GEXF_NS}}}attribute",
            id=index[column.key],
            title=_text(column.title),
            type=column.kind,
        )
    nodes = etree.SubElement(graph, f"{{{GEXF_NS}}}nodes", count=str(len(table.nodes)))
    top = max((n.y for n in table.nodes), default=0.0)
    for node in table.nodes:
        element = etree.SubElement(
            nodes, f"{{{GEXF_NS}}}node", id=_text(node.id), label=_text(node.label)
        )
        values = etree.SubElement(element, f"{{{GEXF_NS}}}attvalues")
        for column in table.columns:
            if column.key in node.values:
                etree.SubElement(
                    values,
                    f"{{{GEXF_NS}}}attvalue",
                    {"for": index[column.key], "value": _text(node.values[column.key])},
                )
        r, g, b = node.rgb
        etree.SubElement(element, f"{{{VIZ_NS}}}color", r=str(r), g=str(g), b=str(b))
        # GEXF's y points up (Gephi): mirror the picture's, which points down.
        etree.SubElement(
            element,
            f"{{{VIZ_NS}}}position",
            x=_text(node.x),
            y=_text(round(top - node.y, 2)),
            z="0.0",
        )
        etree.SubElement(element, f"{{{VIZ_NS}}}size", value=_text(node.size))
    edges = etree.SubElement(graph, f"{{{GEXF_NS}}}edges", count=str(len(table.ties)))
    for i, tie in enumerate(table.ties):
        etree.SubElement(
            edges,
            f"{{{GEXF_NS}}}edge",
            id=str(i),
            source=_text(tie.source),
            target=_text(tie.target),
            weight=str(tie.weight),
        )
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _graphml_keys(table: NetworkTable) -> list[tuple[str, str, str]]:
    """(id, name, GraphML type) of every node key: the table's columns, then the drawing."""
    keys = [("label", "label", "string")]
    keys += [(c.key, c.title, _GRAPHML_TYPES[c.kind]) for c in table.columns]
    keys += [
        ("x", "x", "double"),
        ("y", "y", "double"),
        ("size", "size", "double"),
        ("color", "color", "string"),
        ("r", "r", "int"),
        ("g", "g", "int"),
        ("b", "b", "int"),
    ]
    return keys


def graphml(table: NetworkTable) -> bytes:
    """The table as GraphML (typed keys; drawing as x, y, size, color and r, g, b)."""
    from lxml import etree

    root = etree.Element(f"{{{GRAPHML_NS}}}graphml", nsmap={None: GRAPHML_NS, "xsi": _XSI})
    root.set(
        f"{{{_XSI}}}schemaLocation",
        f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    )
    ids: dict[str, str] = {}
    for n, (key, name, kind) in enumerate(_graphml_keys(table)):
        ids[key] = f"d{n}"
        etree.SubElement(
            root,
            f"{{{GRAPHML_NS}}}key",
            {"id": ids[key], "for": "node", "attr.name": _text(name), "attr.type": kind},
        )
    etree.SubElement(
        root,
        f"{{{GRAPHML_NS}}}key",
        {"id": "weight", "for": "edge", "attr.name": "weight", "attr.type": "int"},
    )
    for key in ("name", "description"):
        etree.SubElement(
            root,
            f"{{{GRAPHML_NS}}}key",
            {"id": key, "for": "graph", "attr.name": key, "attr.type": "string"},
        )
    graph = etree.SubElement(root, f"{{{GRAPHML_NS}}}graph", edgedefault="directed")
    etree.SubElement(graph, f"{{{GRAPHML_NS}}}data", key="name").text = _text(table.title)
    description = _text(table.description)
    etree.SubElement(graph, f"{{{GRAPHML_NS}}}data", key="description").text = description

    def data(parent: object, key: str, value: Value) -> None:
        etree.SubElement(parent, f"{{{GRAPHML_NS}}}data", key=ids[key]).text = _text(value)

    for node in table.nodes:
        element = etree.SubElement(graph, f"{{{GRAPHML_NS}}}node", id=_text(node.id))
        data(element, "label", node.label)
        for column in table.columns:
            if column.key in node.values:
                data(element, column.key, node.values[column.key])
        r, g, b = node.rgb
        drawing: list[tuple[str, Value]] = [
            ("x", node.x),
            ("y", node.y),
            ("size", node.size),
            ("color", node.colour),
            ("r", r),
            ("g", g),
            ("b", b),
        ]
        for key, value in drawing:
            data(element, key, value)
    for tie in table.ties:
        edge = etree.SubElement(
            graph, f"{{{GRAPHML_NS}}}edge", source=_text(tie.source), target=_text(tie.target)
        )
        etree.SubElement(edge, f"{{{GRAPHML_NS}}}data", key="weight").text = str(tie.weight)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def render(table: NetworkTable, fmt: str, *, on: str) -> bytes:
    if fmt == "graphml":
        return graphml(table)
    if fmt == "gexf":
        return gexf(table, on=on)
    raise ValueError(f"unknown graph format {fmt!r}")


def write(table: NetworkTable, path: Path, fmt: str, *, on: str) -> None:
    from kennisnet.export.image import write_bytes

    write_bytes(path, render(table, fmt, on=on))


__all__ = ["GRAPH_FORMATS", "Column", "NetworkTable", "gexf", "graphml", "render", "write"]
