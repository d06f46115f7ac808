"""PNG sizes and real content, SVG/PDF that parse, metadata, labels that do not collide."""

from __future__ import annotations

import io
import itertools
import xml.etree.ElementTree as ET
from typing import Any

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation, Text
from PIL import Image

from kennisnet.analysis import AnalysisResult
from kennisnet.export import PAGES, Naming, NetworkPicture, draw_network
from kennisnet.export.image import render
from kennisnet.layout import compute_layout
from kennisnet.model import SurveyData


def picture(
    survey: tuple[SurveyData, AnalysisResult], *, pseudo: bool = False, lang: str = "en"
) -> NetworkPicture:
    data, result = survey[0], survey[1]
    naming = Naming.build(data.people, pseudonymised=pseudo)
    return NetworkPicture(
        result=naming.result(result, lang),
        positions=compute_layout(result),
        naming=naming,
        lang=lang,
        title="Knowledge network — Testbedrijf",
        subtitle="Meting 2026",
        footer="Made with Kennisnet",
    )


@pytest.mark.parametrize(
    ("page", "size"),
    [("slide", (1920, 1080)), ("a4", (2480, 3508)), ("a3", (3508, 4961)),
     ("a4-landscape", (3508, 2480))],
)  # fmt: skip
def test_png_size_and_real_content(
    demo: tuple[SurveyData, AnalysisResult, str], page: str, size: tuple[int, int]
) -> None:
    png = render(picture(demo[:2]), PAGES[page], "png")
    image = Image.open(io.BytesIO(png))
    assert image.size == size
    pixels = np.asarray(image.convert("RGB")).reshape(-1, 3)
    not_white = (pixels < 245).any(axis=1).mean()
    assert 0.01 < not_white < 0.6, not_white
    # Colours of the clusters, the red of risk and habit spreaders, grey ties.
    colours = {tuple(int(v) // 16 for v in px) for px in pixels[:: max(1, len(pixels) // 200000)]}
    assert len(colours) > 40
    assert image.info.get("Software") == "Kennisnet"
    assert b"matplotlib" not in png.lower()


def test_svg_and_pdf_parse_and_carry_no_matplotlib_metadata(
    small: tuple[SurveyData, AnalysisResult],
) -> None:
    pic = picture(small)
    svg = render(pic, PAGES["slide"], "svg")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    texts = "".join(root.itertext())
    assert "Testbedrijf" in texts  # text stays text
    assert "Zeynep Oosterhuis" in texts  # the key knowledge holder is labelled
    assert b"Matplotlib" not in svg and b"<dc:date>" not in svg
    pdf = render(pic, PAGES["a4"], "pdf")
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in pdf
    assert b"Matplotlib" not in pdf and b"/CreationDate" not in pdf
    assert b"(Kennisnet)" in pdf


def _texts(fig: Figure) -> list[Text]:
    return [t for t in fig.findobj(Text) if t.get_text() and t.get_visible()]


@pytest.mark.parametrize("page", ["slide", "a4"])
def test_labels_do_not_collide(demo: tuple[SurveyData, AnalysisResult, str], page: str) -> None:
    spec = PAGES[page]
    pic = picture(demo[:2])
    fig = Figure(figsize=(spec.width_in, spec.height_in), dpi=spec.dpi)
    canvas = FigureCanvasAgg(fig)
    draw_network(fig, pic, spec)
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = [t for t in _texts(fig) if isinstance(t, Annotation)]
    holders = [p.name for p in demo[1].key_holders]
    assert {t.get_text() for t in labels} == set(holders)
    boxes = [t.get_bbox_patch().get_window_extent(renderer) for t in labels]  # type: ignore[union-attr]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    # Every text stays on the page, and the legend does not cover the network.
    width, height = fig.bbox.width, fig.bbox.height
    for t in _texts(fig):
        box = t.get_window_extent(renderer)
        assert box.x0 >= -1 and box.y0 >= -1 and box.x1 <= width + 1 and box.y1 <= height + 1
    legend = fig.legends[0].get_window_extent(renderer)
    network = fig.axes[0].get_window_extent(renderer)
    assert not legend.overlaps(network)


def test_pseudonymised_picture_shows_codes_only(small: tuple[SurveyData, AnalysisResult]) -> None:
    data, _ = small
    spec = PAGES["slide"]
    pic = picture(small, pseudo=True)
    fig = Figure(figsize=(spec.width_in, spec.height_in), dpi=spec.dpi)
    FigureCanvasAgg(fig)
    draw_network(fig, pic, spec)
    shown = " ".join(t.get_text() for t in _texts(fig))
    for person in data.people:
        assert person.name not in shown
        assert person.employee_number not in shown  # type: ignore[operator]
    assert pic.naming.code(1) in shown  # the key knowledge holder, by code
    # The small risk cluster (3 people) is not shaded or named.
    assert "Risk cluster" not in shown


def test_many_ties_are_one_collection(small: tuple[SurveyData, AnalysisResult]) -> None:
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.patches import FancyArrowPatch

    spec = PAGES["slide"]
    fig: Any = Figure(figsize=(spec.width_in, spec.height_in), dpi=spec.dpi)
    FigureCanvasAgg(fig)
    draw_network(fig, picture(small), spec)
    ax = fig.axes[0]
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    assert sum(len(c.get_segments()) for c in lines) == len(small[1].edges)
    assert len(lines) == 1
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert len(dots[0].get_offsets()) == len(small[1].people)
    assert not [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
