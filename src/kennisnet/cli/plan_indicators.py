"""``kennisnet plan PROJECT --indicators [--chart F.png]``: success over the waves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kennisnet.analysis.messages import percent
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import N_, tr
from kennisnet.plan import FORM_LABELS
from kennisnet.plan.indicators import FollowUp, Indicators

#: (label, how to show the value of one wave) — the rows of the table.
ROWS: tuple[tuple[str, Callable[[Indicators], str]], ...] = (
    (N_("Response rate"), lambda r: tr("{percent}%", percent=percent(r.response_rate))),
    (
        N_("Reach a trained colleague within 2 steps"),
        lambda r: tr("{percent}%", percent=percent(r.reach_share)),
    ),
    (
        N_("Newcomers connected to a trained colleague"),
        lambda r: f"{r.newcomers_connected}/{r.newcomers}" if r.newcomers else "–",
    ),
    (N_("Ties inside teams per person"), lambda r: f"{r.team_ties_per_person:.2f}"),
    (N_("Ties across departments"), lambda r: str(r.cross_department_ties)),
    (N_("Risk clusters"), lambda r: str(r.risk_clusters)),
    (N_("Possible habit spreaders"), lambda r: str(r.habit_spreaders)),
    (
        N_("Learners per overloaded source"),
        lambda r: "–" if r.learners_per_overloaded is None else f"{r.learners_per_overloaded:.1f}",
    ),
)


def indicators_json(rows: Sequence[Indicators]) -> list[dict[str, Any]]:
    return [
        {
            "wave": {"id": r.wave_id, "name": r.wave_name, "started_at": r.started_at},
            "people": r.people,
            "response_rate": r.response_rate,
            "reach_share": r.reach_share,
            "newcomers": r.newcomers,
            "newcomers_connected": r.newcomers_connected,
            "team_ties_per_person": r.team_ties_per_person,
            "cross_department_ties": r.cross_department_ties,
            "risk_clusters": r.risk_clusters,
            "habit_spreaders": r.habit_spreaders,
            "overloaded": r.overloaded,
            "learners_per_overloaded": r.learners_per_overloaded,
        }
        for r in rows
    ]


def follow_up_json(items: Sequence[FollowUp]) -> list[dict[str, Any]]:
    return [
        {
            "key": f.action.key,
            "status": f.action.status.value,
            "people": f.people,
            "trained_before": f.trained_before,
            "trained_after": f.trained_after,
            "reached_before": f.reached_before,
            "reached_after": f.reached_after,
        }
        for f in items
    ]


def print_indicators(rows: Sequence[Indicators]) -> None:
    say(tr("Indicators across the waves (waves without answers are left out):"))
    width = max(len(tr(label)) for label, _ in ROWS) + 2
    column = max([10, *(len(r.wave_name) for r in rows)])
    say(" " * width + "  ".join(f"{r.wave_name:>{column}}" for r in rows))
    for label, show in ROWS:
        say(f"{tr(label):<{width}}" + "  ".join(f"{show(r):>{column}}" for r in rows))


def print_follow_up(wave: str, items: Sequence[FollowUp], label: Callable[[int], str]) -> None:
    say(tr("What became of the plan of {wave}:", wave=wave))
    if not items:
        say("  " + tr("No action of that plan was accepted or marked done."))
        return
    for f in items:
        done = tr("done") if f.action.status.value == "done" else tr("accepted, not done yet")
        people = ", ".join(label(i) for i in f.action.people[:4])
        say(
            "  "
            + tr(
                "{form} for {people} ({done}): trained {tb} → {ta} of {count}; "
                "reach trained knowledge {rb} → {ra} of {count}",
                form=tr(FORM_LABELS[f.action.form]),
                done=done,
                people=people or "–",
                tb=f.trained_before,
                ta=f.trained_after,
                rb=f.reached_before,
                ra=f.reached_after,
                count=f.people,
            )
        )


def write_chart(path: Path, rows: Sequence[Indicators], lang: str) -> None:
    from kennisnet.export.image import write_bytes
    from kennisnet.plan.chart import figure_png, indicators_figure

    if path.is_dir() or not path.parent.exists():
        raise CommandError(tr("The folder {folder} does not exist.", folder=path.parent))
    write_bytes(path, figure_png(indicators_figure(rows, lang)))
