"""Workbooks of people and ties for the online mapping tools Kumu and Polinode.

Both read an Excel file with one sheet of nodes and one of ties, each with its own
sheet and column names, so each tool gets a workbook of its own (a workbook holding
both layouts would depend on how each tool treats the other's sheets):

* **Kumu** (docs.kumu.io, "Structure your data for Kumu"): sheet "Elements" with
  ``ID`` first (names need not be unique), then ``Label``, ``Type``, ``Description``,
  ``Tags`` (separated by ``|``) and one column per figure; sheet "Connections" with
  ``From``, ``To`` (element IDs), ``Type``, ``Strength`` (the tie's weight).
* **Polinode** (docs.polinode.com, "Networks"): sheet "Nodes" with ``Name`` first
  (unique: a repeated name gets its ID added), then one column per attribute; sheet
  "Edges" with ``Source``, ``Target`` (names) and ``Weight``.

Both node sheets also carry the colour of the picture (``Color``), its position (``X``,
``Y``) and every column of the GraphML/GEXF files, the staff list's extra columns among
them (pseudonymised: the same rules, :mod:`kennisnet.export.network_table`). Every text
cell is text, never a formula.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kennisnet.export.network_table import NetworkTable, Node, Value
from kennisnet.export.xlsx_table import cell_text, text_cell
from kennisnet.i18n import tr

BOOK_FORMATS = ("kumu", "polinode")


def _tags(node: Node, lang: str) -> str:
    tags = []
    if node.values.get("key_holder") is True:
        tags.append(tr("key knowledge holder", lang=lang))
    if node.values.get("habit_spreader") is True:
        tags.append(tr("possible habit spreader", lang=lang))
    if node.values.get("trained") is True:
        tags.append(tr("trained", lang=lang))
    if node.values.get("risk_cluster") is True:
        tags.append(tr("risk cluster", lang=lang))
    if node.values.get("gatekeeper_of", 0):
        tags.append(tr("gatekeeper", lang=lang))
    return "|".join(tags)


def _description(node: Node) -> str:
    parts = [node.values.get(k) for k in ("department", "team", "role")]
    return " · ".join(str(p) for p in parts if isinstance(p, str) and p)


def _cells(node: Node, table: NetworkTable) -> list[Value | None]:
    return [node.values.get(c.key) for c in table.columns]


def _sheet(wb: Any, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    ws = wb.create_sheet(title)
    ws.append([_cell(ws, v) for v in header])
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def _cell(ws: Any, value: Any) -> Any:
    """Text as text, never a formula: openpyxl reads a text starting with "=" as one
    (``text_cell`` makes it a text cell); other values as they are (faster)."""
    if isinstance(value, str):
        value = cell_text(value)
        return text_cell(ws, value) if value.startswith("=") else value
    return value


def _drawing(node: Node) -> list[Value]:
    return [node.colour, node.x, node.y]


def kumu(table: NetworkTable, lang: str) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The sheets of the Kumu workbook: (name, header, rows)."""
    person = tr("Person", lang=lang)
    header = ["ID", "Label", "Type", "Description", "Tags", "Color", "X", "Y"]
    header += [c.title for c in table.columns]
    elements = [
        [n.id, n.label, person, _description(n), _tags(n, lang), *_drawing(n), *_cells(n, table)]
        for n in table.nodes
    ]
    learns = tr("learns from", lang=lang)
    connections = [[t.source, t.target, learns, t.weight] for t in table.ties]
    return [
        ("Elements", header, elements),
        ("Connections", ["From", "To", "Type", "Strength"], connections),
    ]


def polinode(table: NetworkTable, lang: str) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The sheets of the Polinode workbook: (name, header, rows)."""
    counts = Counter(n.label for n in table.nodes)
    name = {n.id: n.label if counts[n.label] == 1 else f"{n.label} ({n.id})" for n in table.nodes}
    header = ["Name", "Color", "X", "Y", *(c.title for c in table.columns)]
    nodes = [[name[n.id], *_drawing(n), *_cells(n, table)] for n in table.nodes]
    edges = [[name[t.source], name[t.target], t.weight] for t in table.ties]
    return [("Nodes", header, nodes), ("Edges", ["Source", "Target", "Weight"], edges)]


def render(table: NetworkTable, fmt: str, lang: str) -> bytes:
    """The workbook for ``fmt`` ("kumu" or "polinode") as .xlsx bytes."""
    import io

    from openpyxl import Workbook

    if fmt == "kumu":
        sheets = kumu(table, lang)
    elif fmt == "polinode":
        sheets = polinode(table, lang)
    else:
        raise ValueError(f"unknown workbook format {fmt!r}")
    wb = Workbook(write_only=True)
    wb.properties.creator = "Kennisnet"
    wb.properties.title = table.title
    wb.properties.description = table.description
    for title, header, rows in sheets:
        _sheet(wb, title, header, rows)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write(table: NetworkTable, path: Path, fmt: str, lang: str) -> None:
    from kennisnet.export.image import write_bytes

    write_bytes(path, render(table, fmt, lang))
