"""What the slide deck says (:mod:`kennisnet.export.deck`): slide by slide, in words.

The slides follow the workshop's steps (overview, key knowledge holders, risk
clusters, what if someone leaves, training advice and actions) after a title
slide. Every count comes from :func:`kennisnet.analysis.figures.headline` and the
sentences of the management report (:mod:`kennisnet.export.report_text`), so the
deck, the report and the dashboard agree. Pseudonymised: people are their codes,
free text is scrubbed, figures about groups under 5 people are hidden.

The what-if examples analyse the network again without one key knowledge holder
at a time, without bridge scores (none of its comparisons uses them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.analysis.explain import explain
from kennisnet.analysis.figures import Headline, headline, is_gatekeeper, key_figures
from kennisnet.analysis.messages import Message
from kennisnet.export.pseudonym import Naming
from kennisnet.export.report import report_title
from kennisnet.export.report_text import (
    TOP_GATEKEEPERS,
    TOP_HOLDERS,
    action_lines,
    advice_lines,
    cluster_lines,
    department_of,
    findings,
    reach_within,
    training_of,
)
from kennisnet.i18n import N_, ntr, tr
from kennisnet.model import SurveyData
from kennisnet.plan import Plan

Point = tuple[float, float]

#: The what-if slide imagines this many key knowledge holders leaving, one at a time;
#: above ``LARGE`` people one (each example analyses the network again: 0.5 s at 10,000).
WHAT_IF_EXAMPLES = 2
LARGE = 5000

#: The slide titles of the workshop's steps (the same words as the workshop).
OVERVIEW = N_("Our knowledge network")
HOLDERS = N_("Key knowledge holders")
RISK = N_("Risk clusters: where bad habits may spread")
WHAT_IF = N_("What if someone leaves?")
ADVICE = N_("Train these people first")
PLAN_ACTIONS = N_("Top actions of the learning plan")
ACTIONS = N_("Actions to discuss")


@dataclass(frozen=True)
class DeckInput:
    """What the deck shows; ``result`` is the analysis as it is (not pseudonymised)."""

    result: AnalysisResult
    data: SurveyData
    positions: Mapping[int, Point]
    naming: Naming
    lang: str
    title: str
    on: date
    #: The plan of the wave (HR's decisions over the proposal), if any.
    plan: Plan | None = None
    color_by: str = "cluster"


@dataclass
class SlideText:
    """One slide: its title, body (lines, a table or the picture) and speaker notes."""

    key: str
    title: str
    #: Lines of text, each a paragraph; ``numbered`` lines get "1.", "2." …
    lines: list[str] = field(default_factory=list)
    numbered: bool = False
    #: A table: header row, then rows (shown above ``lines``).
    table: list[tuple[str, ...]] = field(default_factory=list)
    #: Lines under a table or above numbered lines, plain (not numbered).
    intro: list[str] = field(default_factory=list)
    #: A bold start for each of ``lines`` ("" for none), e.g. "If P-017 left:".
    leads: list[str] = field(default_factory=list)
    #: Without ``leads``: each line's words up to its first colon in bold.
    lead_colon: bool = False
    notes: list[str] = field(default_factory=list)
    #: The title slide's lines under the title.
    subtitle: list[str] = field(default_factory=list)
    picture: bool = False


def slides(source: DeckInput) -> list[SlideText]:
    """Every slide of the deck, in order."""
    result, naming, lang = source.result, source.naming, source.lang
    shown = naming.result(result, lang)
    h = headline(result)
    said = findings(result, h, lang)
    return [
        _title_slide(source, h, said),
        _overview(source, h),
        _holders(shown, h, said, lang, result),
        _risk(result, shown, naming, h, said, lang),
        _what_if(source, shown),
        _advice(shown, h, said, lang, result),
        _actions(source, shown),
    ]


def _title_slide(source: DeckInput, h: Headline, said: list[str]) -> SlideText:
    result, naming, lang = source.result, source.naming, source.lang
    wave = naming.scrub(result.wave_name) if naming.pseudonymised else result.wave_name
    subtitle = [
        tr("{wave} · {date}", lang=lang, wave=wave, date=source.on.isoformat()),
        tr(
            "{respondents} of {roster} people answered ({percent}%)",
            lang=lang,
            respondents=h.respondents,
            roster=h.roster,
            percent=h.percent,
        ),
    ]
    if naming.pseudonymised:
        subtitle.append(
            tr("names replaced by codes; figures about groups under 5 people hidden", lang=lang)
        )
    notes = [
        tr(
            "This presentation shows who learns from whom at work, from the answers of the "
            "survey ({wave}).",
            lang=lang,
            wave=wave,
        ),
        said[0],
        explain("response_rate", lang, options=result.options),
    ]
    if h.rate < 0.6:
        notes.append(
            tr(
                "Fewer than 6 in 10 people answered: read the figures as an indication, "
                "not as a full picture.",
                lang=lang,
            )
        )
    if naming.pseudonymised:
        notes.append(
            tr(
                "Names are replaced by codes such as P-017; figures about groups "
                "under 5 people are hidden.",
                lang=lang,
            )
        )
    return SlideText(
        "title",
        report_title(naming, lang, source.title),
        subtitle=subtitle,
        notes=notes,
    )


def _overview(source: DeckInput, h: Headline) -> SlideText:
    result, lang = source.result, source.lang
    notes = [
        tr("Each dot is a colleague; a line means that one learns from the other.", lang=lang),
        tr(
            "Colours show {count} clusters: colleagues who mostly learn from each other.",
            lang=lang,
            count=h.groups,
        ),
        tr("Bigger dots: more colleagues learn from this person.", lang=lang),
        tr(
            "A dark ring: formally trained. A red ring: a key knowledge holder without formal "
            "training. A dashed outline: a risk cluster.",
            lang=lang,
        ),
        tr("Key figures", lang=lang)
        + ":"
        + " "
        + "; ".join(key_figures(h, result.options.reach_steps, lang))
        + ".",
    ]
    return SlideText("overview", tr(OVERVIEW, lang=lang), notes=notes, picture=True)


def _holders(
    shown: AnalysisResult, h: Headline, said: list[str], lang: str, result: AnalysisResult
) -> SlideText:
    holders = sorted(shown.key_holders, key=lambda p: (-p.in_degree, p.id))[:TOP_HOLDERS]
    slide = SlideText("holders", tr(HOLDERS, lang=lang))
    if holders:
        slide.table = [
            (
                tr("Person", lang=lang),
                tr("Department", lang=lang),
                tr("Learn from them", lang=lang),
                tr("Training", lang=lang),
            ),
            *[
                (p.name, department_of(p, lang), str(p.in_degree), training_of(p, lang))
                for p in holders
            ],
        ]
    slide.lines = [said[1]]
    more = h.key_holders - len(holders)
    if more > 0:
        slide.lines.append(
            ntr(
                "And {count} more key knowledge holder (see the Excel workbook).",
                "And {count} more key knowledge holders (see the Excel workbook).",
                more,
                lang=lang,
            )
        )
    opts = result.options
    slide.notes = [
        explain("key_holder", lang, options=opts),
        explain("habit_spreader", lang, options=opts),
        tr(
            "Key knowledge holders keep the work going: ask whether they have time to help "
            "others, whether their knowledge is up to date, and who could take over.",
            lang=lang,
        ),
    ]
    return slide


def _risk(
    result: AnalysisResult,
    shown: AnalysisResult,
    naming: Naming,
    h: Headline,
    said: list[str],
    lang: str,
) -> SlideText:
    slide = SlideText("risk", tr(RISK, lang=lang))
    slide.intro = [said[2]]
    slide.lines = cluster_lines(result, shown, naming, lang)
    more = h.risk_clusters - len(slide.lines)
    if more > 0:
        slide.intro.append(
            ntr(
                "The largest is shown; {count} more in the Excel workbook.",
                "The largest are shown; {count} more in the Excel workbook.",
                more,
                lang=lang,
            )
        )
    # Not numbered: each line starts with the cluster's own number ("Cluster 5 (risk)"),
    # and a list number beside it ("2. Cluster 5 (risk)") would read as a second numbering.
    slide.numbered = False
    slide.lead_colon = True
    slide.notes = [
        explain("cluster", lang, options=result.options),
        explain("risk", lang, options=result.options),
        tr(
            "Bad habits spread where people learn mostly from colleagues without formal "
            "training: one trained colleague nearby makes a difference.",
            lang=lang,
        ),
    ]
    return slide


def what_if_people(result: AnalysisResult) -> list[PersonResult]:
    """Whom the what-if examples imagine leaving: the most-named key knowledge holders
    (or, without key holders, the most-named people)."""
    count = WHAT_IF_EXAMPLES if len(result.people) <= LARGE else 1
    pool = list(result.key_holders) or [p for p in result.people if p.in_degree > 0]
    return sorted(pool, key=lambda p: (-p.in_degree, p.id))[:count]


def _what_if(source: DeckInput, shown: AnalysisResult) -> SlideText:
    """One paragraph per person, all in one form: "If NAME left:" in bold, then what
    it would cost in the what-if's own sentences — first the examples analysed again,
    then the other gatekeepers (their counts are in the analysis already)."""
    from kennisnet.analysis.whatif import loss_sentences, what_if

    result, naming, lang = source.result, source.naming, source.lang
    slide = SlideText("whatif", tr(WHAT_IF, lang=lang))
    leaving = what_if_people(result)

    def paragraph(person_id: int, sentences: Sequence[Message]) -> None:
        name = shown.person(person_id).name
        slide.leads.append(tr("If {names} left:", lang=lang, names=name))
        text = " ".join(naming.message(s, lang) for s in sentences)
        # A count stays on the line of what it counts ("10 colleagues", not "10 / colleagues").
        slide.lines.append(_COUNT_SPACE.sub("\\1\u00a0", text))

    for person in leaving:
        outcome = what_if(source.data, [person.id], result.options, base=result, betweenness=False)
        paragraph(person.id, outcome.sentences)
    for keeper in _gatekeepers(shown, {p.id for p in leaving}):
        paragraph(keeper.id, loss_sentences(keeper.gatekeeper_of, keeper.sole_source_of))
    if not slide.lines:
        slide.lines.append(tr("None found.", lang=lang))
    slide.notes = [
        tr(
            "What if a colleague many learn from leaves? The answers are analysed again "
            "without them and compared with today: who can no longer reach trained "
            "knowledge within {within}, and who has nobody left to learn from.",
            lang=lang,
            within=reach_within(result, lang),
        ),
        explain("gatekeepers", lang, options=result.options),
        tr(
            "Try other colleagues in the app's workshop (What if someone leaves?).",
            lang=lang,
        ),
    ]
    return slide


_COUNT_SPACE = re.compile(r"\b(\d+) (?=\w)")


def _gatekeepers(shown: AnalysisResult, besides: set[int]) -> list[PersonResult]:
    """The gatekeepers the report names, but for people in the examples above."""
    return sorted(
        (p for p in shown.people if is_gatekeeper(p) and p.id not in besides),
        key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, p.id),
    )[:TOP_GATEKEEPERS]


def _advice(
    shown: AnalysisResult, h: Headline, said: list[str], lang: str, result: AnalysisResult
) -> SlideText:
    slide = SlideText("advice", tr(ADVICE, lang=lang))
    # findings(): response, holders, risk clusters, gatekeepers (when any), reach, ...
    slide.intro = [said[4 if h.gatekeepers else 3]]
    slide.lines = advice_lines(shown, lang)
    slide.numbered = True
    slide.lead_colon = True
    if not slide.lines:
        slide.lines = [tr("None found.", lang=lang)]
        slide.numbered = False
    slide.notes = [
        tr(
            "The advice chooses, one at a time, the person whose formal training lets the "
            "most colleagues reach trained knowledge within {within}.",
            lang=lang,
            within=reach_within(result, lang),
        ),
        explain("gain", lang, options=result.options),
    ]
    return slide


def figure_actions(result: AnalysisResult, naming: Naming, lang: str) -> list[str]:
    """Things to discuss, from the figures (the workshop's last step says the same)."""
    out: list[str] = []

    def names(people: Sequence[PersonResult], limit: int = 6) -> str:
        shown = ", ".join(naming.label(p) for p in people[:limit])
        more = len(people) - limit
        return shown + (f" +{more}" if more > 0 else "")

    spreaders = [p for p in result.key_holders if p.habit_spreader]
    if spreaders and not naming.pseudonymised:
        out.append(
            ntr(
                "Action: give formal training to the key knowledge holder without it.",
                "Action: give formal training to the {count} key knowledge holders without it.",
                len(spreaders),
                lang=lang,
            )
        )
    elif spreaders:
        out.append(
            tr(
                "Action: give formal training to key knowledge holders without it: {names}.",
                lang=lang,
                names=names(spreaders),
            )
        )
    overloaded = sorted((p for p in result.people if p.overloaded), key=lambda p: -p.in_degree)
    if overloaded:
        out.append(
            tr(
                "Action: spread the questions now going to {names}: who else can help?",
                lang=lang,
                names=names(overloaded),
            )
        )
    keepers = sorted(
        (p for p in result.people if p.gatekeeper_of > 0), key=lambda p: -p.gatekeeper_of
    )
    if keepers:
        out.append(
            tr(
                "Action: make sure {name} is not the only route to trained knowledge for "
                "{count} colleagues.",
                lang=lang,
                name=naming.label(keepers[0]),
                count=keepers[0].gatekeeper_of,
            )
        )
    alone = sum(1 for p in result.people if p.learns_alone)
    if alone and not naming.hidden(alone):
        out.append(
            tr(
                "Action: {count} colleagues learn alone; invite them to learn with a colleague.",
                lang=lang,
                count=alone,
            )
        )
    return out


def _actions(source: DeckInput, shown: AnalysisResult) -> SlideText:
    result, naming, lang = source.result, source.naming, source.lang
    planned = action_lines(source.plan, result, naming, lang) if source.plan is not None else []
    if planned:
        slide = SlideText(
            "actions", tr(PLAN_ACTIONS, lang=lang), lines=planned, numbered=True, lead_colon=True
        )
        slide.notes = [
            tr(
                "The actions of the learning plan, accepted ones first, then the proposed ones "
                "HR has not decided on yet.",
                lang=lang,
            )
        ]
    else:
        lines = figure_actions(result, naming, lang) or [tr("None found.", lang=lang)]
        slide = SlideText("actions", tr(ACTIONS, lang=lang), lines=lines, numbered=len(lines) > 1)
        slide.notes = [
            tr(
                "There is no learning plan yet: these actions follow from the figures. "
                "Discuss them with the team and decide who does what, and when.",
                lang=lang,
            )
        ]
    slide.notes.append(
        tr(
            "Measure again in a next wave to see what changed: the app compares two waves.",
            lang=lang,
        )
    )
    return slide
