"""The headline figures HR sees: one function, one meaning, every surface.

The dashboard's boxes, the workspace Overview, the picture's key figures, the
workbook's Summary sheet and ``kennisnet analyze`` all read :func:`headline`, so
they can never count the same thing in two ways. The definitions are in
docs/analysis.md ("The headline figures").
"""

from __future__ import annotations

from dataclasses import dataclass

from kennisnet.analysis.messages import percent
from kennisnet.analysis.result import AnalysisResult, ClusterResult, PersonResult
from kennisnet.i18n import Decimal1

#: A cluster needs at least this many people to be called a group (one person
#: without any tie is "not in a group", never a "group of 1").
GROUP_MIN_SIZE = 2


def is_group(cluster: ClusterResult) -> bool:
    """A cluster of two or more people; a single person is not a group."""
    return cluster.size >= GROUP_MIN_SIZE


def is_gatekeeper(person: PersonResult) -> bool:
    """Someone without whom a colleague loses every route to trained knowledge, or
    whom a colleague names as their only source (the rows of the Gatekeepers table)."""
    return person.gatekeeper_of > 0 or person.sole_source_of > 0


@dataclass(frozen=True, slots=True)
class Headline:
    """The counts HR sees, computed once from one analysis result."""

    roster: int
    respondents: int
    #: respondents / roster, exact (0.0 for an empty staff list); compare this, never the text.
    rate: float
    key_holders: int
    habit_spreaders: int
    overloaded: int
    #: Clusters of at least two people (single people are not groups).
    groups: int
    #: People without any tie (each forms a cluster of one).
    alone_in_network: int
    risk_clusters: int
    people_in_risk_clusters: int
    #: See :func:`is_gatekeeper`.
    gatekeepers: int
    reached: int
    population: int
    advised: int
    reached_after: int
    learns_alone: int
    #: Distinct names in this wave's answers not yet matched to the staff list.
    unresolved_names: int
    #: Big projects (``kennisnet.analysis.ranking``): departments whose ranking names
    #: at least one holder, and the people named in all those rankings (0 and 0 for a
    #: small project, which keeps the one list of ``key_holders``).
    holder_departments: int = 0
    ranked_holders: int = 0

    @property
    def ranked(self) -> bool:
        """Key knowledge holders are ranked within departments (a big project)."""
        return self.holder_departments > 0

    @property
    def percent(self) -> Decimal1:
        """The response rate as shown (``79.7`` where ``80`` would contradict "under 80%")."""
        return percent(self.rate)

    @property
    def answered(self) -> bool:
        return self.respondents > 0


def headline(result: AnalysisResult) -> Headline:
    """Every headline count of ``result``."""
    q = result.quality
    risky = result.risk_clusters
    advice = result.advice
    return Headline(
        roster=q.roster,
        respondents=q.respondents,
        rate=q.rate,
        key_holders=sum(1 for p in result.people if p.key_holder),
        habit_spreaders=sum(1 for p in result.people if p.habit_spreader),
        overloaded=sum(1 for p in result.people if p.overloaded),
        groups=sum(1 for c in result.clusters if is_group(c)),
        alone_in_network=sum(c.size for c in result.clusters if not is_group(c)),
        risk_clusters=len(risky),
        people_in_risk_clusters=sum(c.size for c in risky),
        gatekeepers=sum(1 for p in result.people if is_gatekeeper(p)),
        reached=advice.reached_before,
        population=advice.population,
        advised=len(advice.steps),
        reached_after=advice.reached_after,
        learns_alone=sum(1 for p in result.people if p.learns_alone),
        unresolved_names=q.unresolved_names,
        holder_departments=sum(1 for d in result.department_holders if d.holders),
        ranked_holders=sum(len(d.holders) for d in result.department_holders),
    )


def key_figures(h: Headline, reach_steps: int, lang: str | None = None) -> list[str]:
    """The headline counts as short sentences (the picture's key figures, ``analyze``)."""
    from kennisnet.analysis.clusters import steps_phrase
    from kennisnet.i18n import ntr, tr

    within = tr(steps_phrase(reach_steps), lang=lang, steps=reach_steps)
    lines = [
        tr(
            "{respondents} of {roster} people answered ({percent}%)",
            lang=lang,
            respondents=h.respondents,
            roster=h.roster,
            percent=h.percent,
        ),
        holders_figure(h, lang),
        ntr(
            "{count} possible habit spreader",
            "{count} possible habit spreaders",
            h.habit_spreaders,
            lang=lang,
        ),
        ntr(
            "{count} risk cluster where bad habits may spread",
            "{count} risk clusters where bad habits may spread",
            h.risk_clusters,
            lang=lang,
        ),
        ntr("{count} gatekeeper", "{count} gatekeepers", h.gatekeepers, lang=lang),
        tr(
            "{reached} of {population} reach a trained colleague within {within}",
            lang=lang,
            reached=h.reached,
            population=h.population,
            within=within,
        ),
    ]
    if h.advised:
        lines.append(
            tr(
                "After the advised training: {reached} of {population}",
                lang=lang,
                reached=h.reached_after,
                population=h.population,
            )
        )
    return lines


def holders_figure(h: Headline, lang: str | None = None) -> str:
    """The key figure about key knowledge holders: one list, or ranked per department."""
    from kennisnet.i18n import ntr

    if h.ranked:
        return ntr(
            "{count} top knowledge holder ranked within {departments} departments",
            "{count} top knowledge holders ranked within {departments} departments",
            h.ranked_holders,
            lang=lang,
            departments=h.holder_departments,
        )
    return ntr(
        "{count} key knowledge holder",
        "{count} key knowledge holders",
        h.key_holders,
        lang=lang,
    )
