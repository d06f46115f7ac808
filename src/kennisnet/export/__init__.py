"""Everything HR takes out of the app: Excel, PNG/SVG/PDF, GraphML/GEXF, code lists.

Qt-free. The one entry point for the CLI and the GUI is :func:`export`; the
workshop screen draws with :func:`draw_network` on its own canvas. Exports only
read the analysis result; pseudonymised exports use :class:`Naming`. See
docs/exports.md.
"""

from kennisnet.export.bundle import ExportCancelled, ExportRequest, export, picture_texts
from kennisnet.export.figure import PAGES, NetworkPicture, Page, draw_network
from kennisnet.export.pseudonym import MIN_GROUP, Naming, person_codes

__all__ = [
    "MIN_GROUP",
    "PAGES",
    "ExportCancelled",
    "ExportRequest",
    "Naming",
    "NetworkPicture",
    "Page",
    "draw_network",
    "export",
    "person_codes",
    "picture_texts",
]
