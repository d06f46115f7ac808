"""``analyze()``: the one entry point used by the GUI, the CLI and the exports."""

from __future__ import annotations

from operator import attrgetter

from kennisnet.analysis.advice import training_advice
from kennisnet.analysis.channels import channel_report, learns_alone
from kennisnet.analysis.clusters import communities, summarise_clusters
from kennisnet.analysis.graph import build_knowledge_graph
from kennisnet.analysis.holders import holder_metrics
from kennisnet.analysis.options import (
    AnalysisOptions,
    CancelCheck,
    Progress,
    ProgressCallback,
)
from kennisnet.analysis.quality import response_quality, warnings_for
from kennisnet.analysis.ranking import is_big, rank_by_department
from kennisnet.analysis.reach import gatekeepers, sole_sources, steps_to_trained
from kennisnet.analysis.result import (
    AnalysisResult,
    ExternalPerson,
    PersonResult,
    edges_from_columns,
    frozen_records,
)
from kennisnet.i18n import tr
from kennisnet.model import SurveyData

_DEFAULT_OPTIONS = AnalysisOptions()

#: The person fields a ``PersonResult`` copies from ``Person``.
_PERSON_FIELDS = attrgetter("name", "employee_number", "department", "team", "role", "external")


def analyze(
    data: SurveyData,
    options: AnalysisOptions = _DEFAULT_OPTIONS,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    betweenness: bool = True,
) -> AnalysisResult:
    """Analyse one wave of the survey.

    ``progress(fraction, label)`` is called with 0..1 and a translated label for
    each step; ``cancel()`` is checked between steps (and inside the long
    betweenness step) and, when it returns True, :class:`AnalysisCancelled` is
    raised. The result is plain frozen data; nothing in it is computed later.

    ``betweenness=False`` skips betweenness, by far the slowest figure (about
    90% of the time at 10,000 people), for callers that do not use it, such as
    the comparisons of a what-if: every ``PersonResult.betweenness`` is then 0.0
    and ``AnalysisResult.betweenness_computed`` is False. Every other figure is
    the same as with betweenness.
    """
    import numpy as np

    report = Progress(progress, cancel)
    report.step(0.0, tr("Building the knowledge network"))
    graph = build_knowledge_graph(data, include_external=options.include_external)
    # One igraph copy of the network for betweenness and the dominator tree.
    directed = graph.to_igraph(weighted=False)

    report.step(0.05, tr("Finding key knowledge holders"))

    def betweenness_tick(done: float) -> None:
        report.step(0.10 + 0.55 * done, tr("Finding bridges between groups"))

    holders = holder_metrics(
        graph, options, betweenness_tick, directed, with_betweenness=betweenness
    )

    report.step(0.65, tr("Finding clusters"))
    groups = communities(graph, options.seed)

    report.step(0.85, tr("Tracing routes to trained knowledge"))
    steps, order = steps_to_trained(graph)
    gatekeeper_of = gatekeepers(graph, order, directed)
    sole = sole_sources(graph)
    clusters, membership = summarise_clusters(graph, groups, steps, options)

    report.step(0.92, tr("Working out the training advice"))
    advice = training_advice(graph, steps, holders.in_degree, options.advice_k, options.reach_steps)

    report.step(0.97, tr("Counting channels and response rates"))
    alone = {pid for pid, response in graph.responses.items() if learns_alone(response)}
    channels = channel_report(graph, alone)
    quality = response_quality(data)
    warnings = warnings_for(data, graph, quality, holders.key_holder)

    names, employee_numbers, departments, teams, roles, external = (
        list(zip(*map(_PERSON_FIELDS, graph.people), strict=True)) or [()] * 6
    )
    ids = graph.ids
    reach_steps = options.reach_steps
    people: tuple[PersonResult, ...] = frozen_records(
        PersonResult,
        {
            "id": ids,
            "name": names,
            "employee_number": employee_numbers,
            "department": departments,
            "team": teams,
            "role": roles,
            "trained": graph.trained,
            "responded": graph.responded,
            "external": external,
            "sources": (np.diff(graph.self_loops.indptr) - 1).tolist(),
            "in_degree": holders.in_degree,
            "weighted_in_degree": holders.weighted_in_degree,
            "pagerank": holders.pagerank,
            "betweenness": holders.betweenness,
            "cluster": membership,
            "steps_to_trained": steps,
            "reaches_trained": [s is not None and s <= reach_steps for s in steps],
            "gatekeeper_of": gatekeeper_of,
            "sole_source_of": sole,
            "key_holder": holders.key_holder,
            "habit_spreader": holders.habit_spreader,
            "overloaded": holders.overloaded,
            "learns_alone": list(map(alone.__contains__, ids)),
        },
    )
    externals: tuple[ExternalPerson, ...] = ()
    if graph.external_named_by:
        by_id = {p.id: p for p in data.people}
        externals = tuple(
            ExternalPerson(id=pid, name=by_id[pid].name, named_by=count)
            for pid, count in graph.external_named_by.items()
        )
    id_array = np.array(ids, dtype=np.int64)
    result = AnalysisResult(
        wave_id=data.wave.id,
        wave_name=data.wave.name,
        options=options,
        people=people,
        edges=edges_from_columns(
            id_array[graph.learner_index].tolist(),
            id_array[graph.source_index].tolist(),
            graph.edge_weight.tolist(),
        ),
        external_people=externals,
        clusters=clusters,
        advice=advice,
        channels=channels,
        quality=quality,
        key_holder_min_in_degree=holders.key_holder_min_in_degree,
        warnings=warnings,
        betweenness_computed=betweenness,
        department_holders=(rank_by_department(people, options) if is_big(quality.roster) else ()),
        _index=dict(graph.index),
    )
    report.step(1.0, tr("Analysis complete"))
    return result
