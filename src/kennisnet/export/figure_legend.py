"""The legend and key figures beside or below the network picture."""

from __future__ import annotations

import textwrap
from typing import Any

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.figures import headline, key_figures
from kennisnet.export.figure_layout import FigureLayout
from kennisnet.export.figure_page import (
    ARROW_LIMIT,
    LEGEND_CLUSTERS,
    OTHER_COLOUR,
    RING_TRAINED,
    RISK_COLOUR,
    TEXT_COLOUR,
    TIE_COLOUR,
    TRAINED_COLOUR,
    UNKNOWN_COLOUR,
    UNTRAINED_COLOUR,
    NetworkPicture,
    Page,
    cluster_colour,
)
from kennisnet.export.pseudonym import Naming
from kennisnet.i18n import N_, tr


def default_facts(result: AnalysisResult, naming: Naming, lang: str) -> list[str]:
    """Key figures for the side panel: the headline figures (:mod:`kennisnet.analysis.figures`)."""
    facts = key_figures(headline(result), result.options.reach_steps, lang)
    if not result.quality.betweenness_reliable:
        facts.append(tr("Fewer than 80% answered: who links groups is uncertain", lang=lang))
    return facts


def _wrap(text: str, chars: int) -> str:
    return "\n".join(textwrap.wrap(text, max(chars, 12))) or text


def side_panel(
    fig: Any, picture: NetworkPicture, page: Page, lay: FigureLayout, renderer: Any, risk: bool
) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    font = page.font
    lang = picture.lang
    x, bottom, width, top = lay.panel
    if not lay.beside:
        top = fig.axes[0].get_position().y0 - font * 0.8 / 72 / lay.h
    columns = 1 if lay.beside else lay.columns
    legend_width = width if lay.beside else width * lay.legend_width
    column_width = legend_width / columns - font * 2.6 / 72 / lay.w
    # About 0.52 em per character in DejaVu Sans.
    chars = int(column_width * lay.w * 72 / (font * 0.95 * 0.56))
    facts_width = width if lay.beside else width * (1 - lay.legend_width - 0.02)
    fact_chars = int(facts_width * lay.w * 72 / (font * 0.95 * 0.52))
    handles: list[Any] = []
    labels: list[str] = []

    def dot(colour: str, ring: str = "white", ring_width: float = 0.5) -> Line2D:
        return Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=font * 0.8,
            markerfacecolor=colour,
            markeredgecolor=ring,
            markeredgewidth=ring_width,
        )

    result, naming = picture.result, picture.naming
    if picture.legend:
        if picture.grouping is not None:
            handles.append(Line2D([], [], linestyle="none"))
            labels.append(picture.grouping.title(lang))
            for group in picture.grouping.groups:
                handles.append(dot(group.colour))
                label = group.label(lang)
                labels.append(naming.scrub(label) if naming.pseudonymised else label)
            handles.append(dot("#ffffff", RING_TRAINED, font * 0.12))
            labels.append(tr("Dark ring: formally trained", lang=lang))
        elif picture.color_by == "trained":
            for colour, text in (
                (TRAINED_COLOUR, N_("Formally trained")),
                (UNTRAINED_COLOUR, N_("No formal training")),
                (UNKNOWN_COLOUR, N_("Training unknown")),
            ):
                handles.append(dot(colour))
                labels.append(tr(text, lang=lang))
        else:
            big = [c for c in result.clusters if c.id <= LEGEND_CLUSTERS and c.size > 1]
            for c in big:
                handles.append(dot(cluster_colour(c.id)))
                if c.main_department and not naming.hidden(c.size):
                    labels.append(
                        tr(
                            "Cluster {id}: mostly {department}",
                            lang=lang,
                            id=c.id,
                            department=c.main_department,
                        )
                    )
                else:
                    labels.append(tr("Cluster {id}", lang=lang, id=c.id))
            if len(result.clusters) > len(big):
                handles.append(dot(OTHER_COLOUR))
                labels.append(tr("Other small clusters", lang=lang))
            handles.append(dot("#ffffff", RING_TRAINED, font * 0.12))
            labels.append(tr("Dark ring: formally trained", lang=lang))
        handles.append(dot("#ffffff", RISK_COLOUR, font * 0.16))
        labels.append(tr("Red ring: key knowledge holder without formal training", lang=lang))
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=font * 1.4,
                markerfacecolor="#9ca3af",
                markeredgecolor="white",
            )
        )
        sizing = picture.sizing
        if sizing is None:
            labels.append(tr("Bigger dot: more colleagues learn from this person", lang=lang))
        else:
            labels.append(sizing.title(lang))
            if sizing.missing:
                handles.append(
                    Line2D(
                        [],
                        [],
                        linestyle="none",
                        marker="o",
                        markersize=font * 0.5,
                        markerfacecolor="#9ca3af",
                        markeredgecolor="white",
                    )
                )
                labels.append(sizing.missing_label(lang))
        handles.append(Line2D([], [], color=TIE_COLOUR, linewidth=font * 0.1))
        if len(result.edges) <= ARROW_LIMIT:
            labels.append(tr("Line: learns from (the arrow points to the source)", lang=lang))
        else:
            labels.append(tr("Line: one of them learns from the other", lang=lang))
        if risk:
            handles.append(
                Patch(facecolor=(0.84, 0.15, 0.16, 0.1), edgecolor=RISK_COLOUR, linestyle="--")
            )
            labels.append(tr("Risk cluster: bad habits may spread", lang=lang))
        if picture.shown:  # 'show only': who is in full colour
            handles.append(dot("#e5e7eb", "#9ca3af"))
            labels.append(picture.shown)
        for colour, text in picture.extra_legend:
            handles.append(dot("#ffffff", colour, font * 0.22))
            labels.append(text)
        legend = fig.legend(
            handles,
            [_wrap(t, chars) for t in labels],
            loc="upper left",
            bbox_to_anchor=(x, top),
            frameon=False,
            fontsize=font * 0.95,
            title=_wrap(tr("How to read this", lang=lang), int(chars * 0.95)),
            ncols=columns,
            columnspacing=1.5,
            title_fontproperties={"weight": "bold", "size": font * 1.05},
            alignment="left",
            labelspacing=0.7,
            borderaxespad=0,
            handletextpad=0.6,
            borderpad=0,
        )
        legend_box = legend.get_window_extent(renderer)
        legend_bottom = legend_box.y0 / (lay.h * fig.dpi)
    else:
        legend_bottom = top
    facts = picture.facts
    if facts is None:
        facts = default_facts(result, naming, lang)
    if facts:
        if lay.beside:
            fx, fy = x, legend_bottom - font * 1.6 / 72 / lay.h
        else:
            fx, fy = x + width * (lay.legend_width + 0.02), top
        wrapped = [
            "\n".join(
                ("• " if i == 0 else "   ") + line
                for i, line in enumerate(textwrap.wrap(fact, max(fact_chars - 3, 12)))
            )
            for fact in facts
        ]
        if lay.beside:  # a long legend: only the key figures that fit above the footer
            line_h = font * 0.95 * 1.45 / 72 / lay.h
            room = int((fy - font * 1.8 / 72 / lay.h - bottom) / line_h)
            kept: list[str] = []
            for text in wrapped:
                if sum(t.count("\n") + 1 for t in [*kept, text]) > room:
                    break
                kept.append(text)
            wrapped = kept
        body = "\n".join(wrapped)
        fig.text(
            fx,
            fy,
            tr("Key figures", lang=lang),
            ha="left",
            va="top",
            fontsize=font * 1.05,
            fontweight="bold",
            color=TEXT_COLOUR,
        )
        fig.text(
            fx,
            fy - font * 1.8 / 72 / lay.h,
            body,
            ha="left",
            va="top",
            fontsize=font * 0.95,
            color=TEXT_COLOUR,
            linespacing=1.45,
        )
