"""The network picture as PNG (slide 1920x1080, A4/A3 at 300 dpi), SVG and PDF.

File metadata is set explicitly (no matplotlib defaults, no dates): the
software is "Kennisnet" and the title is the picture's title, which is
pseudonymised when the export is.
SVG keeps text as text (searchable, editable in PowerPoint/Inkscape).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from kennisnet import APP_NAME
from kennisnet.export.figure import PAGES, NetworkPicture, Page, draw_network

FORMATS = ("png", "svg", "pdf")


def page_for(key: str) -> Page:
    try:
        return PAGES[key]
    except KeyError:
        raise ValueError(f"unknown page size {key!r}; use one of {', '.join(PAGES)}") from None


def _metadata(fmt: str, title: str) -> dict[str, Any]:
    if fmt == "png":
        return {"Software": APP_NAME, "Title": title}
    if fmt == "svg":
        return {"Creator": APP_NAME, "Title": title, "Date": None, "Format": None, "Type": None}
    return {
        "Creator": APP_NAME,
        "Producer": APP_NAME,
        "Title": title,
        "Author": None,
        "Subject": None,
        "Keywords": None,
        "CreationDate": None,
        "ModDate": None,
    }


def render(picture: NetworkPicture, page: Page, fmt: str) -> bytes:
    """The picture as PNG, SVG or PDF bytes."""
    import matplotlib
    from matplotlib.figure import Figure

    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}")
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    draw_network(fig, picture, page)
    out = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42, "svg.hashsalt": "kn"}):
        # PNG: zlib's fastest level (the same pixels, 0.1 s less for a slide of 10,000
        # people; the file 1% smaller there, 7% larger for the demo).
        extra: dict[str, Any] = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
        fig.savefig(out, format=fmt, dpi=page.dpi, metadata=_metadata(fmt, picture.title), **extra)
    return out.getvalue()


def write(picture: NetworkPicture, page: Page, path: Path, fmt: str | None = None) -> bytes:
    """Render and write atomically; returns the bytes written."""
    data = render(picture, page, fmt or path.suffix.lstrip(".").lower())
    write_bytes(path, data)
    return data


def write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file next to ``path``, so a half-written file never remains.

    It replaces a file that is there, but never a project file (``kennisnet.outputs``).
    """
    from kennisnet.outputs import write_bytes as guarded

    guarded(path, data, force=True)
