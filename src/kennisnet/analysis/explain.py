"""One-line, plain-language explanations of every figure shown to users (tooltips, notes)."""

from __future__ import annotations

from collections.abc import Mapping

from kennisnet.analysis.clusters import steps_phrase
from kennisnet.analysis.options import AnalysisOptions
from kennisnet.i18n import N_, tr

_EXPLANATIONS: Mapping[str, str] = {
    # People
    "id": N_("The number of this person in the project."),
    "name": N_("The name as it is on the staff list."),
    "code": N_(
        "A code that stands for one person instead of their name. Only HR's personal code "
        "list says who it is."
    ),
    "employee_number": N_("The employee number from the staff list, if there is one."),
    "department": N_("The department from the staff list."),
    "team": N_("The team from the staff list."),
    "role": N_("The job title from the staff list."),
    "trained": N_(
        "Whether this person had formal training for their work: from HR's records, "
        "otherwise their own answer. Unknown never counts as trained."
    ),
    "responded": N_(
        "Whether this person filled in the survey. If not, we do not know whom they learn from."
    ),
    "external": N_("Someone who was named but is not on the staff list."),
    "sources": N_("How many colleagues this person named as people they learn from."),
    "in_degree": N_("How many colleagues say they learn from this person."),
    "weighted_in_degree": N_(
        "Like the number of learners, but counting how often: daily counts 4, weekly 3, "
        "monthly 2, less often 1."
    ),
    "pagerank": N_(
        "Influence: high when many people learn from this person, especially people "
        "whom others learn from too. All scores add up to 1 (technically: PageRank)."
    ),
    "betweenness": N_(
        "Link between groups (0 to 1): how often this person lies on the shortest route "
        "between two colleagues (technically: betweenness). Unreliable when fewer than 80% "
        "answered."
    ),
    "cluster": N_("The group of colleagues who mostly learn from each other."),
    "steps_to_trained": N_(
        "How many steps (I learn from someone, who learns from someone…) it takes this person "
        "to reach a trained colleague. 0 = trained themselves; empty = no route at all."
    ),
    "reaches_trained": N_("Whether this person reaches a trained colleague within {within}."),
    "gatekeeper_of": N_(
        "How many colleagues would lose every route to trained knowledge if this person left."
    ),
    "sole_source_of": N_("How many colleagues named this person as the only one they learn from."),
    "gatekeepers": N_(
        "Colleagues without whom someone would lose every route to trained knowledge, or "
        "whom someone names as the only person they learn from. The Gatekeepers table lists "
        "exactly these people."
    ),
    "key_holder": N_(
        "A key knowledge holder: among the {top}% of people most often named as a source, "
        "with at least {min_learners} learners."
    ),
    "habit_spreader": N_(
        "A key knowledge holder who never had formal training: many learn from someone who "
        "never got the base, so wrong habits may spread."
    ),
    "overloaded": N_(
        "{threshold} or more colleagues learn from this person, so they may become a bottleneck."
    ),
    "learns_alone": N_(
        "Named nobody to learn from and solves problems mainly by trial and error or on their "
        "own (internet, AI assistant)."
    ),
    "named_by": N_("How many colleagues named this person who is not on the staff list."),
    # Clusters
    "members": N_("The people in this cluster."),
    "member_codes": N_("The people in this cluster, by their codes."),
    "cluster_size": N_("How many people are in this cluster."),
    "departments": N_("How many people of each department are in this cluster."),
    "main_department": N_("The department most people in this cluster belong to."),
    "main_department_share": N_(
        "The share of this cluster that belongs to its main department. Low means the cluster "
        "crosses departments."
    ),
    "trained_count": N_("How many people in this cluster had formal training."),
    "trained_share": N_("The share of people in this cluster who had formal training."),
    "unreached_count": N_(
        "How many people in this cluster cannot reach a trained colleague within {within}."
    ),
    "unreached_share": N_(
        "The share of people in this cluster who cannot reach a trained colleague within {within}."
    ),
    "risk": N_(
        "A risk cluster: 3 or more people, and nobody is trained or at least half cannot reach "
        "a trained colleague within {within}. Bad habits may spread here."
    ),
    "sentence": N_("What the figures of this cluster mean, in one sentence."),
    # Training advice
    "advice_rank": N_("The order in which to train these people."),
    "gain": N_(
        "How many more colleagues reach a trained colleague within {within} once this person "
        "is trained (on top of the people before them in the list)."
    ),
    "reached_before": N_("How many people reach a trained colleague within {within} today."),
    "reached_after": N_(
        "How many people would reach a trained colleague within {within} after the advised "
        "training."
    ),
    "population": N_("How many people were counted."),
    # Channels
    "channel_first": N_(
        "How many people use this way first when they don't know something. Only answers "
        "given in order count (kiosk, template); answers from a Forms export were chosen "
        "without order and have no first choice (empty when nobody ranked)."
    ),
    "channel_first_share": N_(
        "The share of the people who put their ways in order that use this way first."
    ),
    "channel_any": N_("How many people mentioned this way at all (first, second or third)."),
    "channel_any_share": N_(
        "The share of the people who filled in the survey that mentioned this way at all."
    ),
    "learns_alone_share": N_(
        "The share of the people who filled in the survey that learn alone (see Learn alone)."
    ),
    "channel_answers": N_("How many people chose at least one way to solve a problem."),
    "channel_ranked": N_(
        "How many of them put their ways in order (kiosk, template). Forms answers are "
        "chosen without order."
    ),
    "respondents": N_("How many people filled in the survey."),
    # Response quality
    "response_rate": N_(
        "The share of people on the staff list who filled in the survey. Under 80%: who "
        "links groups is uncertain; under 65%: treat all results with caution."
    ),
    "roster": N_("How many people are on the staff list."),
}

#: Every name :func:`explain` knows.
EXPLAINED: tuple[str, ...] = tuple(_EXPLANATIONS)


def explain(
    metric_name: str, lang: str | None = None, *, options: AnalysisOptions | None = None
) -> str:
    """A one-line plain explanation of ``metric_name`` in ``lang`` (default: current).

    Thresholds in the text (key holders, overloaded, steps) come from ``options``
    (default: the default options).
    """
    try:
        text = _EXPLANATIONS[metric_name]
    except KeyError:
        known = ", ".join(EXPLAINED)
        raise KeyError(f"no explanation for {metric_name!r}; known: {known}") from None
    opts = options or AnalysisOptions()
    return tr(
        text,
        lang=lang,
        top=round(opts.key_holder_top * 100),
        min_learners=opts.key_holder_min_learners,
        threshold=opts.overloaded_threshold,
        within=tr(steps_phrase(opts.reach_steps), lang=lang, steps=opts.reach_steps),
    )
