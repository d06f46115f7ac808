""" "How to read this" beside the network, as text that shrinks with the slide's text.

The network picture is drawn without its own legend so that it can use the whole
width of the screen; this legend goes in the column beside it. Same colours
(:mod:`kennisnet.palette`) and sentences as the legend of the exported picture; the
red ring is explained only when the screen shows codes (with real names on the
screen nobody is marked as a key holder without training).
"""

from __future__ import annotations

from collections.abc import Sequence

from kennisnet.analysis import AnalysisResult
from kennisnet.export import Naming
from kennisnet.export.figure_page import LEGEND_CLUSTERS, cluster_colour
from kennisnet.i18n import tr
from kennisnet.palette import OTHER, RING_TRAINED, RISK, TRAINED, UNKNOWN, UNTRAINED

DOT, RING, AREA = "●", "◯", "▢"


def _entry(colour: str, symbol: str, text: str) -> str:
    return f"<span style='color:{colour}'>{symbol}</span>&nbsp;{_html(text)}"


def legend_lines(
    result: AnalysisResult,
    naming: Naming,
    lang: str,
    *,
    color_by: str,
    rings: Sequence[tuple[str, str]],
    spreaders_marked: bool,
) -> list[str]:
    """Rich-text lines: the colours, the rings, the size of a dot, the lines."""
    out: list[str] = []
    if color_by == "trained":
        out += [
            _entry(TRAINED, DOT, tr("Formally trained", lang=lang)),
            _entry(UNTRAINED, DOT, tr("No formal training", lang=lang)),
            _entry(UNKNOWN, DOT, tr("Training unknown", lang=lang)),
        ]
    else:
        big = [c for c in result.clusters if c.id <= LEGEND_CLUSTERS and c.size > 1]
        for c in big:
            if c.main_department and not naming.hidden(c.size):
                text = tr(
                    "Cluster {id}: mostly {department}",
                    lang=lang,
                    id=c.id,
                    department=c.main_department,
                )
            else:
                text = tr("Cluster {id}", lang=lang, id=c.id)
            out.append(_entry(cluster_colour(c.id), DOT, text))
        if len(result.clusters) > len(big):
            out.append(_entry(OTHER, DOT, tr("Other small clusters", lang=lang)))
        out.append(_entry(RING_TRAINED, RING, tr("Dark ring: formally trained", lang=lang)))
    if spreaders_marked and any(p.habit_spreader for p in result.people):
        out.append(
            _entry(
                RISK, RING, tr("Red ring: key knowledge holder without formal training", lang=lang)
            )
        )
    if result.risk_clusters:
        out.append(_entry(RISK, AREA, tr("Risk cluster: bad habits may spread", lang=lang)))
    out.append(_html(tr("Bigger dot: more colleagues learn from this person", lang=lang)))
    for colour, text in rings:
        out.append(_entry(colour, "◎", text))
    return out


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
