"""The indicators' trend chart on a matplotlib Figure (no pyplot): the same drawing for
the app, the PNG and the workbook."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kennisnet.i18n import N_, tr
from kennisnet.plan.indicators import Indicators

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: (attribute, label, panel): panel 0 shares in %, 1 counts, 2 ties and load.
SERIES: tuple[tuple[str, str, int], ...] = (
    ("reach_share", N_("Reach a trained colleague within 2 steps"), 0),
    ("newcomers_connected_share", N_("Newcomers connected to a trained colleague"), 0),
    ("risk_clusters", N_("Risk clusters"), 1),
    ("habit_spreaders", N_("Possible habit spreaders"), 1),
    ("cross_department_ties", N_("Ties across departments"), 1),
    ("team_ties_per_person", N_("Ties inside teams per person"), 2),
    ("learners_per_overloaded", N_("Learners per overloaded source"), 2),
)

PANELS = (N_("Shares (%)"), N_("Counts"), N_("Per person / per source"))


def indicators_figure(rows: Sequence[Indicators], lang: str | None = None) -> Figure:
    """Three panels, one line per indicator, one point per wave (gaps where undefined)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(13.33, 5.0), dpi=100, layout="constrained")
    axes = figure.subplots(1, 3)
    waves = [r.wave_name for r in rows]
    x = list(range(len(rows)))
    for attribute, label, panel in SERIES:
        values: list[float] = []
        for r in rows:
            value = getattr(r, attribute)
            if value is None:
                values.append(float("nan"))
            else:
                values.append(float(value) * (100.0 if panel == 0 else 1.0))
        axes[panel].plot(x, values, marker="o", linewidth=2, label=tr(label, lang=lang))
    for ax, title in zip(axes, PANELS, strict=True):
        ax.set_title(tr(title, lang=lang), fontsize=11)
        ax.set_xticks(x, waves, rotation=15, ha="right", fontsize=8)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="best")
        if len(x) == 1:
            ax.set_xlim(-0.5, 0.5)
    axes[0].set_ylim(0, 100)
    axes[1].set_ylim(bottom=0)
    axes[2].set_ylim(bottom=0)
    figure.suptitle(tr("Indicators across the waves", lang=lang), fontsize=13)
    return figure


def figure_png(figure: Figure, dpi: int = 100) -> bytes:
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()
