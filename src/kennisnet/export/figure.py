"""The knowledge-network picture, drawn on a matplotlib ``Figure`` (never pyplot).

The same drawing serves the PNG/SVG/PDF exports (Agg, SVG and PDF backends)
and the workshop screen (the Qt canvas). It only reads the analysis result and
the shared layout (:func:`kennisnet.layout.compute_layout`):

* every tie as one ``LineCollection`` (small arrowheads, pointing at the person
  learned from, only when there are few ties), every person as one scatter;
* dot size grows with the number of learners; colour by cluster or by training;
  a dark ring = formally trained, a red ring = key holder without training;
* risk clusters shaded with a dashed outline around their members;
* names (or codes) of key holders placed so that they do not collide;
* title, a legend and key figures beside (landscape) or below (portrait) the
  network, and a footer with date, wave and response rate.
"""

from __future__ import annotations

import math
from typing import Any

from kennisnet.export.figure_labels import place_labels
from kennisnet.export.figure_layout import FigureLayout, Scene, renderer_of
from kennisnet.export.figure_legend import default_facts, side_panel
from kennisnet.export.figure_marks import draw_people, draw_ties
from kennisnet.export.figure_page import (
    PAGES,
    TEXT_COLOUR,
    NetworkPicture,
    Page,
    cluster_colour,
)
from kennisnet.export.figure_risk import draw_risk_areas

__all__ = [
    "PAGES",
    "NetworkPicture",
    "Page",
    "cluster_colour",
    "default_facts",
    "draw_network",
]


def draw_network(fig: Any, picture: NetworkPicture, page: Page) -> None:
    """Draw ``picture`` on ``fig`` (a ``matplotlib.figure.Figure``) for ``page``."""
    fig.clear()
    fig.set_facecolor("white")
    font = page.font
    result = picture.result
    placed = [picture.positions[p.id] for p in result.people if p.id in picture.positions]
    if placed:
        span_x = max(x for x, _ in placed) - min(x for x, _ in placed) + 0.06
        span_y = max(y for _, y in placed) - min(y for _, y in placed) + 0.06
        aspect = span_x / span_y
    else:
        aspect = 1.0
    entries = 6 + min(7, len(result.clusters)) + len(picture.extra_legend)
    lay = FigureLayout(fig, page, picture, aspect, entries)
    _header_and_footer(fig, picture, lay, font)
    scene = _network_axes(fig, picture, lay, font)
    draw_ties(scene)
    renderer = renderer_of(fig)
    px_per_pt = fig.dpi / 72
    risk_shown = draw_risk_areas(scene)
    coords = draw_people(scene)
    place_labels(scene, renderer, coords, risk_shown, px_per_pt)

    if picture.legend or picture.facts is not None:
        side_panel(fig, picture, page, lay, renderer, risk_shown != [])


def _header_and_footer(fig: Any, picture: NetworkPicture, lay: FigureLayout, font: float) -> None:
    if picture.title:
        fig.text(
            lay.margin_x,
            lay.title_y,
            picture.title,
            ha="left",
            va="top",
            fontsize=font * 2.0,
            fontweight="bold",
            color=TEXT_COLOUR,
        )
    if picture.subtitle:
        fig.text(
            lay.margin_x,
            lay.subtitle_y,
            picture.subtitle,
            ha="left",
            va="top",
            fontsize=font * 1.15,
            color="#4b5563",
        )
    if picture.footer:
        fig.text(
            lay.margin_x,
            lay.footer_y,
            picture.footer,
            ha="left",
            va="bottom",
            fontsize=font * 0.8,
            color="#6b7280",
        )


def _network_axes(fig: Any, picture: NetworkPicture, lay: FigureLayout, font: float) -> Scene:
    """Add the network axes, fitted to the people, and size the dots for them."""
    result = picture.result
    ax = fig.add_axes(lay.axes)
    ax.set_axis_off()
    people = [p for p in result.people if p.id in picture.positions]
    # The layout's y points down (screen); matplotlib's points up.
    xy = {p.id: (picture.positions[p.id][0], 1.0 - picture.positions[p.id][1]) for p in people}
    pad = 0.03
    if xy:
        xs = [v[0] for v in xy.values()]
        ys = [v[1] for v in xy.values()]
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.set_aspect("equal", adjustable="box")
    if not lay.beside:
        # A legend below: keep the network at the top, the legend right under it.
        ax.set_anchor("N")
    ax.apply_aspect()
    bbox = ax.get_position()
    axes_w_pt = bbox.width * lay.w * 72
    axes_h_pt = bbox.height * lay.h * 72
    x0, x1 = ax.get_xlim()
    data_per_pt = (x1 - x0) / max(axes_w_pt, 1.0)

    n = max(len(people), 1)
    base = min(14.0, max(2.2, 0.42 * math.sqrt(axes_w_pt * axes_h_pt / n))) * font / 15 * 1.0
    base = max(base, 2.0)
    return Scene(picture, ax, people, xy, font, base, data_per_pt)
