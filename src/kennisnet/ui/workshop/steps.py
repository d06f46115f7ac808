"""What each workshop step shows: the picture's settings and the sentences beside it.

Plain functions of the analysis result (no Qt), so that every step can be
checked without a screen. Names come from :class:`kennisnet.export.Naming`,
so the pseudonymised workshop (the default) shows codes and hides figures of small
groups. The slides are for the team: HR's own to-dos (the analysis warnings) stay in
the workspace, and with real names on the screen nobody is singled out as a key
holder without training (no red ring, no list of their names).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

from kennisnet.analysis import AnalysisResult, PersonResult, WhatIfResult
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.messages import percent
from kennisnet.export import Naming
from kennisnet.export.deck_text import figure_actions
from kennisnet.i18n import N_, ntr, tr
from kennisnet.palette import AFFECTED
from kennisnet.plan import Plan, Status, action_text

STEPS = ("overview", "holders", "risk", "whatif", "advice")
STEP_TITLES = {
    "overview": N_("Our knowledge network"),
    "holders": N_("Key knowledge holders"),
    "risk": N_("Risk clusters: where bad habits may spread"),
    "whatif": N_("What if someone leaves?"),
    "advice": N_("Training advice and actions"),
}
#: Markers on the network (what if: affected; advice: train first). Drawn as a ring in
#: the colour, inside a thick black outline and a white halo (see ``window.MARKER_*``),
#: so that they stand out from every dot colour.
AFFECTED_COLOUR = AFFECTED
ADVICE_COLOUR = "#1565c0"
#: Around every marker: a black outline (at least 3:1 against every dot colour of the
#: palette) inside a white halo (against the dark ties and rings).
MARKER_OUTLINE = "#000000"
MARKER_HALO = "#FFFFFF"
MAX_LINES = 8
#: The sentence that explains the colours by training (left out when HR chose other colours).
TRAINING_COLOURS = N_("Green: formally trained. Orange: no formal training. Grey: unknown.")
#: The overview's sentence on the size of the dots (replaced when HR sizes them otherwise).
BIGGER_DOTS = N_("Bigger dots: more colleagues learn from this person.")


class PictureSettings(TypedDict, total=False):
    """What a step changes in the picture (:class:`kennisnet.export.NetworkPicture`)."""

    color_by: str
    emphasis: frozenset[int] | None
    labelled: list[int]
    label_texts: dict[int, str]
    rings: dict[int, str]
    leaving: frozenset[int]
    extra_legend: list[tuple[str, str]]


@dataclass
class StepView:
    title: str
    lines: list[str]
    picture: PictureSettings = field(default_factory=lambda: PictureSettings())


def _where(p: PersonResult, lang: str) -> str:
    return p.department or p.team or tr("no department known", lang=lang)


def _trained(p: PersonResult, lang: str) -> str:
    if p.trained is True:
        return tr("formally trained", lang=lang)
    if p.trained is False:
        return tr("no formal training", lang=lang)
    return tr("training unknown", lang=lang)


def _names(people: Sequence[PersonResult], naming: Naming, limit: int = 6) -> str:
    shown = ", ".join(naming.label(p) for p in people[:limit])
    more = len(people) - limit
    return shown + (f" +{more}" if more > 0 else "")


def overview(
    result: AnalysisResult, naming: Naming, lang: str, colours: str | None = None
) -> StepView:
    """The first step; ``colours``: what HR chose to colour the dots by (None: clusters)."""
    q = result.quality
    lines = [
        tr(
            "{respondents} of {roster} colleagues answered the survey ({percent}%).",
            lang=lang,
            respondents=q.respondents,
            roster=q.roster,
            percent=percent(q.rate),
        ),
        tr(
            "Each dot is a colleague; a line means that one learns from the other.",
            lang=lang,
        ),
        tr(
            "Colours show {count} clusters: colleagues who mostly learn from each other.",
            lang=lang,
            count=len([c for c in result.clusters if c.size > 1]),
        )
        if colours is None
        else tr("Colours show {what}: see “How to read this”.", lang=lang, what=colours),
        tr(BIGGER_DOTS, lang=lang),
    ]
    return StepView(tr(STEP_TITLES["overview"], lang=lang), lines, {"color_by": "cluster"})


def holders(result: AnalysisResult, naming: Naming, lang: str) -> StepView:
    keys = list(result.key_holders)
    lines: list[str] = []
    if not keys:
        lines.append(tr("None: nobody is named often enough.", lang=lang))
    for p in keys[:MAX_LINES]:
        learners = ntr(
            "{count} colleague learns from this person",
            "{count} colleagues learn from this person",
            p.in_degree,
            lang=lang,
        )
        lines.append(f"{naming.label(p)} ({_where(p, lang)}): {learners}; {_trained(p, lang)}")
    spreaders = [p for p in keys if p.habit_spreader]
    if spreaders and naming.pseudonymised:
        lines.append(
            tr(
                "No formal training, yet many learn from them (red ring): {names}",
                lang=lang,
                names=_names(spreaders, naming),
            )
        )
    return StepView(
        tr(STEP_TITLES["holders"], lang=lang),
        lines,
        {"emphasis": frozenset(p.id for p in keys), "labelled": [p.id for p in keys]},
    )


def risk(result: AnalysisResult, naming: Naming, lang: str) -> StepView:
    lines: list[str] = []
    members: set[int] = set()
    shown = [c for c in result.risk_clusters if not naming.hidden(c.size)]
    hidden = len(result.risk_clusters) - len(shown)
    if not result.risk_clusters:
        lines.append(tr("None found.", lang=lang))
    for c in shown[:MAX_LINES]:
        members.update(c.members)
        where = c.main_department or tr("no department known", lang=lang)
        lines.append(
            tr(
                "Cluster {id} (mostly {department}): {sentence}",
                lang=lang,
                id=c.id,
                department=where,
                sentence=naming.message(c.sentence, lang),
            )
        )
    if hidden:
        lines.append(
            tr(
                "{count} small risk clusters are not shown (fewer than 5 people).",
                lang=lang,
                count=hidden,
            )
        )
    lines.append(tr(TRAINING_COLOURS, lang=lang))
    return StepView(
        tr(STEP_TITLES["risk"], lang=lang),
        lines,
        {"color_by": "trained", "emphasis": frozenset(members) or None, "labelled": []},
    )


def what_if_view(
    result: AnalysisResult, naming: Naming, lang: str, outcome: WhatIfResult | None
) -> StepView:
    title = tr(STEP_TITLES["whatif"], lang=lang)
    if outcome is None:
        lines = [
            tr("Choose one or more colleagues below to see what would change.", lang=lang),
        ]
        return StepView(title, lines, {"color_by": "trained"})
    gone = [result.person(pid) for pid in outcome.leaving if result.has_person(pid)]
    affected = set(outcome.no_longer_within) | set(outcome.no_longer_at_all)
    affected |= set(outcome.lose_all_sources)
    lines = [tr("If {names} left:", lang=lang, names=_names(gone, naming))]
    lines += [naming.message(s, lang) for s in outcome.sentences]
    if affected:
        lines.append(tr("Purple ring: colleagues who would be affected.", lang=lang))
    rings: Mapping[int, str] = {pid: AFFECTED_COLOUR for pid in sorted(affected)}
    return StepView(
        title,
        lines,
        {
            "color_by": "trained",
            "leaving": frozenset(outcome.leaving),
            "rings": dict(rings),
            "labelled": list(outcome.leaving),
            "extra_legend": [
                (AFFECTED_COLOUR, tr("Would be affected", lang=lang)),
            ],
        },
    )


def plan_lines(
    plan: Plan | None, result: AnalysisResult, naming: Naming, lang: str, limit: int = 6
) -> list[str]:
    """HR's plan as the team sees it: the actions HR accepted or marked done (none when HR
    has not decided yet); names become codes when the workshop shows codes."""
    if plan is None:
        return []
    chosen = [a for a in plan.actions if a.status in (Status.ACCEPTED, Status.DONE)]
    if not chosen:
        return []

    def label(person_id: int) -> str:
        if naming.pseudonymised or not result.has_person(person_id):
            return naming.code(person_id)
        return result.person(person_id).name

    scrub = naming.scrub if naming.pseudonymised else None
    lines = [tr("Our plan:", lang=lang)]
    for action in chosen[:limit]:
        done = tr(" (done)", lang=lang) if action.status is Status.DONE else ""
        lines.append("• " + action_text(action, label, lang, scrub) + done)
    if len(chosen) > limit:
        lines.append(
            ntr(
                "… and {count} more action in the plan.",
                "… and {count} more actions in the plan.",
                len(chosen) - limit,
                lang=lang,
            )
        )
    return lines


def advice(result: AnalysisResult, naming: Naming, lang: str, plan: Plan | None = None) -> StepView:
    adv = result.advice
    within = tr(
        steps_phrase(result.options.reach_steps), lang=lang, steps=result.options.reach_steps
    )
    lines = [
        tr(
            "Now {reached} of {population} people can reach a trained colleague within {within}.",
            lang=lang,
            reached=adv.reached_before,
            population=adv.population,
            within=within,
        )
    ]
    label_texts: dict[int, str] = {}
    for rank, step in enumerate(adv.steps, start=1):
        p = result.person(step.person_id)
        label_texts[p.id] = f"{rank}. {naming.label(p)}"
        gain = ntr(
            "{count} more person reaches trained knowledge",
            "{count} more people reach trained knowledge",
            step.gain,
            lang=lang,
        )
        lines.append(f"{rank}. {naming.label(p)} ({_where(p, lang)}): {gain}")
    if adv.steps:
        lines.append(
            tr(
                "After this training {reached} of {population} people can reach a trained "
                "colleague within {within}.",
                lang=lang,
                reached=adv.reached_after,
                population=adv.population,
                within=within,
            )
        )
    # HR's plan when HR decided on actions; else things to discuss, from the figures.
    lines += plan_lines(plan, result, naming, lang) or actions(result, naming, lang)
    return StepView(
        tr(STEP_TITLES["advice"], lang=lang),
        lines,
        {
            "color_by": "trained",
            "rings": {pid: ADVICE_COLOUR for pid in label_texts},
            "labelled": list(label_texts),
            "label_texts": label_texts,
            "extra_legend": [(ADVICE_COLOUR, tr("Train first (in this order)", lang=lang))],
        },
    )


def actions(result: AnalysisResult, naming: Naming, lang: str) -> list[str]:
    """Things to discuss as a team, from the figures (the slide deck's last slide says
    the same, from the same function)."""
    return figure_actions(result, naming, lang)
