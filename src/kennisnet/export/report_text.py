"""The sentences of the management report (:mod:`kennisnet.export.report`).

Every count comes from :func:`kennisnet.analysis.figures.headline`; lists are the
top few, people named by name or, when pseudonymised, by code; figures about
groups under 5 people are hidden when pseudonymised.
"""

from __future__ import annotations

from kennisnet.analysis import AnalysisResult, ClusterResult, PersonResult
from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.explain import explain
from kennisnet.analysis.figures import Headline, is_gatekeeper
from kennisnet.analysis.messages import percent
from kennisnet.analysis.ranking import HOLDERS_PER_DEPARTMENT
from kennisnet.export.pseudonym import HIDDEN_SMALL_CLUSTER, Naming
from kennisnet.i18n import ntr, tr
from kennisnet.plan import FORM_LABELS, STATUS_LABELS, Plan, action_text
from kennisnet.plan.model import Status

#: At most this many of each list.
TOP_HOLDERS = 5
TOP_CLUSTERS = 3
TOP_GATEKEEPERS = 3
TOP_ADVICE = 5
TOP_ACTIONS = 4
TOP_DEPARTMENTS = 8


def reach_within(result: AnalysisResult, lang: str) -> str:
    """ "within two steps" (the reach of the analysis's options), in ``lang``."""
    steps = result.options.reach_steps
    return tr(steps_phrase(steps), lang=lang, steps=steps)


def findings(result: AnalysisResult, h: Headline, lang: str) -> list[str]:
    """The findings in sentences (4–6), from the headline counts."""
    within = reach_within(result, lang)
    out = [
        tr(
            "{respondents} of {roster} people on the staff list answered the survey ({percent}%).",
            lang=lang,
            respondents=h.respondents,
            roster=h.roster,
            percent=h.percent,
        )
    ]
    if h.ranked:
        text = ntr(
            "In a big organisation one list of key knowledge holders is too long; "
            "the best {per} of each department are named: {count} people in "
            "{departments} departments.",
            "In a big organisation one list of key knowledge holders is too long; "
            "the best {per} of each department are named: {count} people in "
            "{departments} departments.",
            h.ranked_holders,
            lang=lang,
            per=HOLDERS_PER_DEPARTMENT,
            departments=h.holder_departments,
        )
        if h.habit_spreaders:
            text += " " + ntr(
                "{count} key knowledge holder never had formal training, so wrong habits "
                "may spread (a possible habit spreader).",
                "{count} key knowledge holders never had formal training, so wrong habits "
                "may spread (possible habit spreaders).",
                h.habit_spreaders,
                lang=lang,
            )
        out.append(text)
    elif h.key_holders:
        text = ntr(
            "{count} colleague is a key knowledge holder: many others learn from them.",
            "{count} colleagues are key knowledge holders: many others learn from them.",
            h.key_holders,
            lang=lang,
        )
        if h.habit_spreaders:
            text += " " + ntr(
                "{count} of them never had formal training, so wrong habits may spread "
                "(a possible habit spreader).",
                "{count} of them never had formal training, so wrong habits may spread "
                "(possible habit spreaders).",
                h.habit_spreaders,
                lang=lang,
            )
        out.append(text)
    else:
        out.append(tr("Nobody is named often enough to be a key knowledge holder.", lang=lang))
    if h.risk_clusters:
        out.append(
            ntr(
                "{count} risk cluster, with {people} people in all, learns mostly from "
                "untrained colleagues: bad habits may spread there.",
                "{count} risk clusters, with {people} people in all, learn mostly from "
                "untrained colleagues: bad habits may spread there.",
                h.risk_clusters,
                lang=lang,
                people=h.people_in_risk_clusters,
            )
        )
    else:
        out.append(tr("No risk clusters: every group has trained knowledge nearby.", lang=lang))
    if h.gatekeepers:
        out.append(
            ntr(
                "{count} colleague is a gatekeeper: without them someone loses their only "
                "route to trained knowledge.",
                "{count} colleagues are gatekeepers: without them someone loses their only "
                "route to trained knowledge.",
                h.gatekeepers,
                lang=lang,
            )
        )
    reach = tr(
        "Now {reached} of {population} people reach a trained colleague within {within}.",
        lang=lang,
        reached=h.reached,
        population=h.population,
        within=within,
    )
    if h.advised:
        reach += " " + ntr(
            "Training {count} advised person raises this to {after}.",
            "Training the {count} advised people raises this to {after}.",
            h.advised,
            lang=lang,
            after=h.reached_after,
        )
    out.append(reach)
    if h.learns_alone:
        out.append(
            ntr(
                "{count} person learns alone: named nobody and mostly uses trial and error.",
                "{count} people learn alone: named nobody and mostly use trial and error.",
                h.learns_alone,
                lang=lang,
            )
        )
    return out


def numbers(h: Headline, result: AnalysisResult, lang: str) -> list[tuple[str, str]]:
    within = reach_within(result, lang)
    rows = [
        (tr("People on the staff list", lang=lang), str(h.roster)),
        (tr("Answered the survey", lang=lang), str(h.respondents)),
        (tr("Response rate", lang=lang), tr("{percent}%", lang=lang, percent=h.percent)),
        (tr("Key knowledge holders", lang=lang), str(h.key_holders)),
        (tr("Possible habit spreaders", lang=lang), str(h.habit_spreaders)),
        (tr("Risk clusters", lang=lang), str(h.risk_clusters)),
        (tr("Gatekeepers", lang=lang), str(h.gatekeepers)),
        (
            tr("Reach a trained colleague within {within}", lang=lang, within=within),
            tr("{reached} of {population}", lang=lang, reached=h.reached, population=h.population),
        ),
    ]
    if h.advised:
        rows.append(
            (
                tr("After the advised training", lang=lang),
                tr(
                    "{reached} of {population}",
                    lang=lang,
                    reached=h.reached_after,
                    population=h.population,
                ),
            )
        )
    return rows


def department_rows(result: AnalysisResult, naming: Naming, lang: str) -> list[tuple[str, str]]:
    """The response per department, weakest first; groups under 5 hidden when pseudonymised."""
    rows: list[tuple[str, str]] = []
    shown = [d for d in result.quality.departments if not naming.hidden(d.roster)]
    hidden = len(result.quality.departments) - len(shown)
    for d in sorted(shown, key=lambda d: (d.rate, -d.roster))[:TOP_DEPARTMENTS]:
        name = naming.department(d.department, lang) or tr("no department known", lang=lang)
        rows.append(
            (
                name,
                tr(
                    "{respondents} of {roster} ({percent}%)",
                    lang=lang,
                    respondents=d.respondents,
                    roster=d.roster,
                    percent=percent(d.rate),
                ),
            )
        )
    more = len(shown) - len(rows)
    if more > 0:
        rows.append(
            (
                ntr("and {count} more department", "and {count} more departments", more, lang=lang),
                "",
            )
        )
    if hidden:
        # Said in words: a bare "1" beside "(small department, hidden)" read as a response.
        rows.append(
            (
                ntr(
                    "{count} small department hidden (under 5 people)",
                    "{count} small departments hidden (under 5 people)",
                    hidden,
                    lang=lang,
                ),
                "",
            )
        )
    return rows


def department_of(p: PersonResult, lang: str) -> str:
    """The person's department, or that it is not known."""
    return p.department or tr("no department known", lang=lang)


def in_brackets(text: str) -> str:
    """``(text)``; a text already in brackets, such as "(small department, hidden)", as it is."""
    return text if text.startswith("(") and text.endswith(")") else f"({text})"


def training_of(p: PersonResult, lang: str) -> str:
    """Formally trained, not, or not known, in ``lang``."""
    if p.trained is True:
        return tr("formally trained", lang=lang)
    if p.trained is False:
        return tr("no formal training", lang=lang)
    return tr("training unknown", lang=lang)


def holder_lines(shown: AnalysisResult, lang: str) -> list[str]:
    if shown.department_holders:
        return department_holder_lines(shown, lang)
    holders = sorted(shown.key_holders, key=lambda p: (-p.in_degree, p.id))[:TOP_HOLDERS]
    return [holder_line(p, lang) for p in holders]


def holder_line(p: PersonResult, lang: str, *, where: bool = True) -> str:
    """One key holder: name (department), how many learn from them, and their training."""
    learners = ntr(
        "{count} colleague learns from this person",
        "{count} colleagues learn from this person",
        p.in_degree,
        lang=lang,
    )
    name = f"{p.name} {in_brackets(department_of(p, lang))}" if where else p.name
    return f"{name}: {learners}; {training_of(p, lang)}"


def department_holder_lines(shown: AnalysisResult, lang: str) -> list[str]:
    """Big projects: the ranked holders of the departments whose best holder has the
    most learners (at most ``TOP_DEPARTMENTS``), then how many departments more."""
    ranked = [d for d in shown.department_holders if d.holders]
    ranked.sort(key=lambda d: (-shown.person(d.holders[0]).in_degree, d.holders[0]))
    out = []
    for d in ranked[:TOP_DEPARTMENTS]:
        people = [shown.person(pid) for pid in d.holders]
        names = "; ".join(
            ntr(
                "{name} ({count} learner)",
                "{name} ({count} learners)",
                p.in_degree,
                lang=lang,
                name=p.name,
            )
            for p in people
        )
        where = shown.person(d.holders[0]).department or tr("no department known", lang=lang)
        out.append(f"{where}: {names}")
    more = len(ranked) - TOP_DEPARTMENTS
    if more > 0:
        out.append(
            ntr(
                "and {count} more department: see the workbook's sheet of holders per department",
                "and {count} more departments: see the workbook's sheet of holders per department",
                more,
                lang=lang,
            )
        )
    return out


def cluster_lines(
    result: AnalysisResult, shown: AnalysisResult, naming: Naming, lang: str
) -> list[str]:
    risky = sorted(result.risk_clusters, key=lambda c: (-c.size, c.id))[:TOP_CLUSTERS]
    return [cluster_line(c, shown, naming, lang) for c in risky]


def cluster_line(c: ClusterResult, shown: AnalysisResult, naming: Naming, lang: str) -> str:
    """The sentence about one risk cluster (its figures hidden when under 5, pseudonymised)."""
    if naming.hidden(c.size):
        return tr("Cluster {id} (risk): {sentence}", lang=lang, id=c.id, sentence="") + tr(
            HIDDEN_SMALL_CLUSTER, lang=lang
        )
    sc = shown.clusters[c.id - 1]
    return tr(
        # The same name as on the pictures ("Cluster 5 (risk)"), so a reader finds it there.
        "Cluster {id} (risk), {size} people, mostly {department}: {sentence}",
        lang=lang,
        id=c.id,
        size=c.size,
        department=sc.main_department or tr("no department known", lang=lang),
        sentence=sc.sentence.text(lang),
    )


def gatekeeper_lines(shown: AnalysisResult, lang: str) -> list[str]:
    keepers = sorted(
        (p for p in shown.people if is_gatekeeper(p)),
        key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, p.id),
    )[:TOP_GATEKEEPERS]
    return [gatekeeper_line(p, lang) for p in keepers]


def gatekeeper_line(p: PersonResult, lang: str) -> str:
    """What is lost if gatekeeper ``p`` (named as shown) left."""
    if p.gatekeeper_of:
        return ntr(
            "If {name} left, {count} colleague would lose their only route to trained knowledge.",
            "If {name} left, {count} colleagues would lose their only route to trained knowledge.",
            p.gatekeeper_of,
            lang=lang,
            name=p.name,
        )
    return ntr(
        "{count} colleague names {name} as the only person they learn from.",
        "{count} colleagues name {name} as the only person they learn from.",
        p.sole_source_of,
        lang=lang,
        name=p.name,
    )


def advice_lines(shown: AnalysisResult, lang: str) -> list[str]:
    out = []
    for step in shown.advice.steps[:TOP_ADVICE]:
        p = shown.person(step.person_id)
        gain = ntr(
            "{count} more person reaches trained knowledge",
            "{count} more people reach trained knowledge",
            step.gain,
            lang=lang,
        )
        out.append(f"{p.name} ({department_of(p, lang)}): {gain}")
    return out


def action_lines(plan: Plan, result: AnalysisResult, naming: Naming, lang: str) -> list[str]:
    """The plan's top actions: accepted first, then proposed, in the plan's order."""
    chosen = [a for a in plan.actions if a.status in (Status.ACCEPTED, Status.PROPOSED)]
    chosen.sort(key=lambda a: a.status is not Status.ACCEPTED)
    scrub = naming.scrub if naming.pseudonymised else None

    def label(person_id: int) -> str:
        if naming.pseudonymised:
            return naming.code(person_id)
        if result.has_person(person_id):
            return result.person(person_id).name
        return tr("(removed person)", lang=lang)

    out = []
    for a in chosen[:TOP_ACTIONS]:
        small = (
            a.cluster is not None
            and 1 <= a.cluster <= len(result.clusters)
            and naming.hidden(result.clusters[a.cluster - 1].size)
        )
        text = tr(HIDDEN_SMALL_CLUSTER, lang=lang) if small else action_text(a, label, lang, scrub)
        form = tr(FORM_LABELS[a.form], lang=lang)
        status = tr(STATUS_LABELS[a.status], lang=lang)
        # Mid-sentence, in brackets: "Formal training (suggested)", not "(Suggested)".
        out.append(f"{form} ({status[:1].lower()}{status[1:]}): {text}")
    return out


def _without_term(term: str, meaning: str) -> str:
    """``meaning`` without a leading "A risk cluster: " that only repeats ``term``."""
    head, colon, rest = meaning.partition(": ")
    article, _, after = head.partition(" ")
    said = head if article.lower() not in ("a", "an", "the", "een", "de", "het") else after
    if colon and rest and said.lower() == term.lower():
        return rest[:1].upper() + rest[1:]
    return meaning


def glossary(result: AnalysisResult, lang: str) -> list[tuple[str, str]]:
    """Each term and its meaning; the meaning does not start by repeating the term."""
    return [(term, _without_term(term, meaning)) for term, meaning in _glossary(result, lang)]


def _glossary(result: AnalysisResult, lang: str) -> list[tuple[str, str]]:
    opts = result.options
    within = reach_within(result, lang)
    return [
        (tr("Key knowledge holder", lang=lang), explain("key_holder", lang, options=opts)),
        (tr("Possible habit spreader", lang=lang), explain("habit_spreader", lang, options=opts)),
        (tr("Risk cluster", lang=lang), explain("risk", lang, options=opts)),
        (tr("Gatekeeper", lang=lang), explain("gatekeepers", lang, options=opts)),
        (
            tr("Reaches trained knowledge within {within}", lang=lang, within=within),
            tr(
                "Someone is formally trained, or learns from a trained colleague, or from "
                "someone who learns from one: at most {within} away.",
                lang=lang,
                within=within,
            ),
        ),
        (tr("Response rate", lang=lang), explain("response_rate", lang, options=opts)),
    ]
