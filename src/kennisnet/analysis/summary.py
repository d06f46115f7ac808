"""``summary_text``: the short readable report that ``kennisnet analyze`` prints."""

from __future__ import annotations

from collections.abc import Sequence

from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.figures import headline, key_figures
from kennisnet.analysis.messages import percent
from kennisnet.analysis.ranking import HOLDERS_PER_DEPARTMENT
from kennisnet.analysis.result import AnalysisResult, PersonResult
from kennisnet.i18n import N_, language, ntr, tr
from kennisnet.model import Channel

#: How many gatekeepers / names the summary lists at most.
TOP_GATEKEEPERS = 5
MAX_NAMES = 10

CHANNEL_LABELS: dict[Channel, str] = {
    Channel.COLLEAGUE: N_("asking a colleague"),
    Channel.MANAGER: N_("asking their manager"),
    Channel.DOCUMENTATION: N_("manuals, procedures or intranet"),
    Channel.INTERNET: N_("searching the internet"),
    Channel.AI: N_("an AI assistant"),
    Channel.TRIAL_ERROR: N_("trial and error"),
    Channel.TRAINING: N_("what they learned in a training"),
    Channel.OTHER: N_("another way"),
}


def channel_label(channel: Channel, lang: str | None = None) -> str:
    return tr(CHANNEL_LABELS[channel], lang=lang)


def _trained_word(person: PersonResult, lang: str) -> str:
    if person.trained is True:
        return tr("formally trained", lang=lang)
    if person.trained is False:
        return tr("no formal training", lang=lang)
    return tr("training unknown", lang=lang)


def _where(person: PersonResult, lang: str) -> str:
    return person.department or person.team or tr("no department known", lang=lang)


def _names(people: Sequence[PersonResult], lang: str) -> str:
    shown = ", ".join(p.name for p in people[:MAX_NAMES])
    more = len(people) - MAX_NAMES
    if more > 0:
        return tr("{names} and {count} more", lang=lang, names=shown, count=more)
    return shown


def _learners(count: int, lang: str) -> str:
    return ntr(
        "{count} colleague learns from this person",
        "{count} colleagues learn from this person",
        count,
        lang=lang,
    )


def _more(shown: int, total: int, lg: str) -> list[str]:
    if total <= shown:
        return []
    return ["  " + tr("… and {count} more", lang=lg, count=total - shown)]


def summary_text(result: AnalysisResult, lang: str | None = None, *, top: int | None = None) -> str:
    """A plain report for an HR adviser, in ``lang`` (default: the current language).

    ``top``: list at most this many key knowledge holders, risk clusters and training
    steps (the rest is counted); None lists them all.
    """
    lg = lang or language()
    q = result.quality
    within = tr(steps_phrase(result.options.reach_steps), lang=lg, steps=result.options.reach_steps)
    out: list[str] = [
        tr("Knowledge network — {wave}", lang=lg, wave=result.wave_name),
        tr(
            "{respondents} of {roster} people on the staff list answered the survey ({percent}%).",
            lang=lg,
            respondents=q.respondents,
            roster=q.roster,
            percent=percent(q.rate),
        ),
    ]
    if result.warnings:
        out += ["", tr("Please note:", lang=lg)]
        out += [f"  ! {w.text(lg)}" for w in result.warnings]
    out += ["", tr("Key figures:", lang=lg)]
    out += [f"  - {line}" for line in key_figures(headline(result), result.options.reach_steps, lg)]

    holders = result.key_holders
    out += [
        "",
        tr("Key knowledge holders (colleagues who are asked most often):", lang=lg),
    ]
    if result.department_holders:
        # A big project: the best few of every department instead of one long list.
        out[-1] = tr(
            "Key knowledge holders per department (the best {count} of each; most learners first):",
            lang=lg,
            count=HOLDERS_PER_DEPARTMENT,
        )
        ranked = [d for d in result.department_holders if d.holders]
        for d in ranked[:top]:
            if d.holders:
                where = d.department or tr("no department known", lang=lg)
                names = "; ".join(
                    f"{p.name}: {_learners(p.in_degree, lg)}, {_trained_word(p, lg)}"
                    for p in map(result.person, d.holders)
                )
                out.append(f"  - {where}: {names}")
        out += _more(len(ranked[:top]), len(ranked), lg)
    elif not holders:
        out.append("  " + tr("None: nobody is named often enough.", lang=lg))
    else:
        for p in holders[:top]:
            out.append(
                f"  - {p.name} ({_where(p, lg)}): {_learners(p.in_degree, lg)}; "
                f"{_trained_word(p, lg)}"
            )
        out += _more(len(holders[:top]), len(holders), lg)
    spreaders = [p for p in holders if p.habit_spreader]
    if spreaders:
        out += [
            "",
            tr(
                "Possible habit spreaders (key knowledge holders without formal training, "
                "so wrong habits may spread): {names}",
                lang=lg,
                names=_names(spreaders, lg),
            ),
        ]
    overloaded = sorted(
        (p for p in result.people if p.overloaded), key=lambda p: (-p.in_degree, p.id)
    )
    if overloaded:
        out += [
            "",
            tr(
                "Possibly overloaded ({threshold} or more colleagues learn from them): {names}",
                lang=lg,
                threshold=result.options.overloaded_threshold,
                names=_names(overloaded, lg),
            ),
        ]

    out += ["", tr("Clusters where bad habits may spread:", lang=lg)]
    risky = result.risk_clusters
    if not risky:
        out.append("  " + tr("None found.", lang=lg))
    for c in risky[:top]:
        where = c.main_department or tr("no department known", lang=lg)
        out.append(
            "  - "
            + tr(
                "Cluster {id} (mostly {department}): {sentence}",
                lang=lg,
                id=c.id,
                department=where,
                sentence=c.sentence.text(lg),
            )
        )

    out += _more(len(risky[:top]), len(risky), lg)
    out += _gatekeeper_lines(result, lg)
    out += _advice_lines(result, lg, within, top)
    out += _alone_and_channel_lines(result, lg)
    return "\n".join(out) + "\n"


def _gatekeeper_lines(result: AnalysisResult, lg: str) -> list[str]:
    keepers = sorted(
        (p for p in result.people if p.gatekeeper_of > 0),
        key=lambda p: (-p.gatekeeper_of, p.id),
    )[:TOP_GATEKEEPERS]
    if not keepers:
        return []
    lines = ["", tr("Gatekeepers (the only route to trained knowledge for others):", lang=lg)]
    for p in keepers:
        text = ntr(
            "If {name} left, {count} colleague would lose their only route to trained knowledge.",
            "If {name} left, {count} colleagues would lose their only route to trained knowledge.",
            p.gatekeeper_of,
            lang=lg,
            name=p.name,
        )
        lines.append(f"  - {text}")
    return lines


def _advice_lines(result: AnalysisResult, lg: str, within: str, top: int | None) -> list[str]:
    advice = result.advice
    lines = [
        "",
        tr(
            "Now {reached} of {population} people can reach a trained colleague within {within}.",
            lang=lg,
            reached=advice.reached_before,
            population=advice.population,
            within=within,
        ),
    ]
    if not advice.steps:
        return lines
    lines.append(tr("Train these people first:", lang=lg))
    for rank, step in enumerate(advice.steps[:top], start=1):
        p = result.person(step.person_id)
        gain = ntr(
            "{count} more person reaches trained knowledge",
            "{count} more people reach trained knowledge",
            step.gain,
            lang=lg,
        )
        lines.append(f"  {rank}. {p.name} ({_where(p, lg)}): {gain}")
    lines += _more(len(advice.steps[:top]), len(advice.steps), lg)
    lines.append(
        tr(
            "After this training {reached} of {population} people can reach a trained "
            "colleague within {within}.",
            lang=lg,
            reached=advice.reached_after,
            population=advice.population,
            within=within,
        )
    )
    return lines


def _alone_and_channel_lines(result: AnalysisResult, lg: str) -> list[str]:
    lines: list[str] = []
    alone = [p for p in result.people if p.learns_alone]
    if alone:
        lines += [
            "",
            tr(
                "Learn alone (named nobody and mostly use trial and error): {names}",
                lang=lg,
                names=_names(alone, lg),
            ),
        ]
    overall = result.channels.overall
    if overall.answered and overall.all_ranked:
        lines += ["", tr("How people solve something they don't know (first choice):", lang=lg)]
        counts, total = overall.first, overall.respondents
    elif overall.answered:
        # Forms answers were chosen without order: no "first choice" for them.
        lines += [
            "",
            tr(
                "How people solve something they don't know (every way they chose; "
                "answers from a Forms export have no order):",
                lang=lg,
            ),
        ]
        counts, total = overall.any_rank, overall.answered
    else:
        counts, total = (), 0
    ranked = sorted(counts, key=lambda kv: (-kv[1], list(Channel).index(kv[0])))
    for channel, count in ranked:
        if count:
            lines.append(f"  - {channel_label(channel, lg)}: {count} ({percent(count / total)}%)")
    return lines
