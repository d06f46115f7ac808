""" "How to read this" beside the network, as text that shrinks with the slide's text.

The network picture is drawn without its own legend so that it can use the whole
width of the screen; this legend goes in the column beside it. Same colours
(:mod:`kennisnet.palette`) and sentences as the legend of the exported picture; the
red ring is explained only when the screen shows codes (with real names on the
screen nobody is marked as a key holder without training).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kennisnet.analysis import AnalysisResult
from kennisnet.export import Naming
from kennisnet.export.attributes import Attribute, Grouping, available, grouping
from kennisnet.export.figure_page import LEGEND_CLUSTERS, cluster_colour
from kennisnet.export.pseudonym import MIN_GROUP
from kennisnet.export.sizes import Sizing
from kennisnet.i18n import N_, tr
from kennisnet.model import Person
from kennisnet.palette import OTHER, RING_TRAINED, RISK, TRAINED, UNKNOWN, UNTRAINED

DOT, RING, AREA = "●", "◯", "▢"
#: What the workshop can colour the dots by before the staff-list columns ("": each step
#: its own colours: clusters first, then formal training).
BUILT_IN_COLOURS = (
    ("", N_("As each step shows")),
    ("cluster", N_("Cluster (who learns from whom)")),
    ("trained", N_("Formal training")),
)


def colour_choices(people: Iterable[Person], lang: str) -> list[tuple[str, str]]:
    """(key, label) of every colouring: the steps' own, cluster, training, then every
    staff-list column that tells people apart (the dashboard's choices)."""
    out = [(key, tr(label, lang=lang)) for key, label in BUILT_IN_COLOURS]
    return out + [(a.key, a.label(lang)) for a in available(people)]


def workshop_grouping(
    people: Sequence[Person], color_by: str, *, pseudonymised: bool
) -> Grouping | None:
    """The colours by a staff-list column, as on the dashboard (None: cluster/training).
    With codes on the screen a value held by fewer than 5 people is "other"."""
    if color_by in ("", "cluster", "trained"):
        return None
    return grouping(people, Attribute(color_by), min_group=MIN_GROUP if pseudonymised else 1)


#: From this many colours on, the colour entries take two columns (twelve roles in one
#: column pushed the text of the advice step off a 1366×768 screen).
COLUMNS_FROM = 5


def _columns(entries: Sequence[str]) -> list[str]:
    """The entries two per row, the first half on the left (read down, then across)."""
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    rows = "".join(
        f"<tr><td style='padding-right:14px'>{a}</td><td>{b}</td></tr>"
        for a, b in zip(left, [*right, ""], strict=False)
    )
    return [f"<table cellspacing='0' cellpadding='1'>{rows}</table>"]


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
    grouping: Grouping | None = None,
    sizing: Sizing | None = None,
) -> list[str]:
    """Rich-text lines: the colours, the rings, the size of a dot, the lines."""
    out: list[str] = []
    if grouping is not None:  # by a staff-list column: the dashboard's colours and counts
        out.append(f"<b>{_html(grouping.title(lang))}</b>")
        entries = [
            _entry(group.colour, DOT, naming.scrub(text) if naming.pseudonymised else text)
            for group in grouping.groups
            for text in (group.label(lang),)
        ]
        out += _columns(entries) if len(entries) > COLUMNS_FROM else entries
        out.append(_entry(RING_TRAINED, RING, tr("Dark ring: formally trained", lang=lang)))
    elif color_by == "trained":
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
    if sizing is None:
        out.append(_html(tr("Bigger dot: more colleagues learn from this person", lang=lang)))
    else:  # the range only: never one person's value beside their name or code
        out += [_html(line) for line in sizing.legend(lang)]
    for colour, text in rings:
        out.append(_entry(colour, "◎", text))
    return out


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
