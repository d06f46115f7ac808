"""The colours of Kennisnet, one palette for the screen and every exported picture.

Hex strings, so that the core (matplotlib pictures) and the app (``QColor``) read the
same values: a cluster that is blue on the dashboard is blue in the workbook and on
the slide. Colour-blind friendly (Okabe-Ito first, then Tableau); no red among the
group colours, because red means risk.
"""

from __future__ import annotations

#: Colours of clusters and departments, in size order; after these: ``OTHER``. No grey among
#: them (grey means "other" or "unknown") and no red (red means risk).
CATEGORICAL = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#8C6D31",
    "#DDCC77",
    "#17BECF",
    "#BCBD22",
    "#9467BD",
    "#2CA02C",
    "#F0A5C0",
)
#: Groups beyond the named colours, and people too few to form a group.
OTHER = "#C8C8C8"
#: Formal training: yes, no, not known.
TRAINED = "#1B9E4B"
UNTRAINED = "#E8710A"
UNKNOWN = "#A0A0A0"
#: Risk clusters and habit spreaders.
RISK = "#D62728"
#: Everyone alike (no colouring chosen).
NEUTRAL = "#5B7DB1"
#: What-if: the people leaving, and the people affected.
LEAVING = "#9E9E9E"
AFFECTED = "#8E24AA"
#: Ties, text and the ring of a trained person on paper.
TIE = "#6B7280"
TEXT = "#1F2937"
RING_TRAINED = "#1F1F1F"
