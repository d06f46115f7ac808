"""``analyze()``: the one entry point used by the GUI, the CLI and the exports."""

from __future__ import annotations

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
from kennisnet.analysis.reach import gatekeepers, sole_sources, steps_to_trained
from kennisnet.analysis.result import AnalysisResult, Edge, ExternalPerson, PersonResult
from kennisnet.i18n import tr
from kennisnet.model import SurveyData

_DEFAULT_OPTIONS = AnalysisOptions()


def analyze(
    data: SurveyData,
    options: AnalysisOptions = _DEFAULT_OPTIONS,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> AnalysisResult:
    """Analyse one wave of the survey.

    ``progress(fraction, label)`` is called with 0..1 and a translated label for
    each step; ``cancel()`` is checked between steps (and inside the long
    betweenness step) and, when it returns True, :class:`AnalysisCancelled` is
    raised. The result is plain frozen data; nothing in it is computed later.
    """
    report = Progress(progress, cancel)
    report.step(0.0, tr("Building the knowledge network"))
    graph = build_knowledge_graph(data, include_external=options.include_external)

    report.step(0.05, tr("Finding key knowledge holders"))

    def betweenness_tick(done: float) -> None:
        report.step(0.10 + 0.55 * done, tr("Finding bridges between groups"))

    holders = holder_metrics(graph, options, betweenness_tick)

    report.step(0.65, tr("Finding clusters"))
    groups = communities(graph, options.seed)

    report.step(0.85, tr("Tracing routes to trained knowledge"))
    steps, order = steps_to_trained(graph)
    gatekeeper_of = gatekeepers(graph, order)
    sole = sole_sources(graph)
    clusters, membership = summarise_clusters(graph, groups, steps, options)

    report.step(0.92, tr("Working out the training advice"))
    advice = training_advice(graph, steps, holders.in_degree, options.advice_k, options.reach_steps)

    report.step(0.97, tr("Counting channels and response rates"))
    alone = {pid for pid, response in graph.responses.items() if learns_alone(response)}
    channels = channel_report(graph, alone)
    quality = response_quality(data)
    warnings = warnings_for(data, graph, quality, holders.key_holder)

    people = tuple(
        PersonResult(
            id=person.id,
            name=person.name,
            employee_number=person.employee_number,
            department=person.department,
            team=person.team,
            role=person.role,
            trained=graph.trained[i],
            responded=graph.responded[i],
            external=person.external,
            sources=len(graph.sources[i]),
            in_degree=holders.in_degree[i],
            weighted_in_degree=holders.weighted_in_degree[i],
            pagerank=holders.pagerank[i],
            betweenness=holders.betweenness[i],
            cluster=membership[i],
            steps_to_trained=steps[i],
            reaches_trained=steps[i] is not None and (steps[i] or 0) <= options.reach_steps,
            gatekeeper_of=gatekeeper_of[i],
            sole_source_of=sole[i],
            key_holder=holders.key_holder[i],
            habit_spreader=holders.habit_spreader[i],
            overloaded=holders.overloaded[i],
            learns_alone=person.id in alone,
        )
        for i, person in enumerate(graph.people)
    )
    by_id = {p.id: p for p in data.people}
    externals = tuple(
        ExternalPerson(id=pid, name=by_id[pid].name, named_by=count)
        for pid, count in graph.external_named_by.items()
    )
    ids = graph.ids
    result = AnalysisResult(
        wave_id=data.wave.id,
        wave_name=data.wave.name,
        options=options,
        people=people,
        edges=tuple([Edge(ids[s], ids[t], w) for s, t, w in graph.edges]),
        external_people=externals,
        clusters=clusters,
        advice=advice,
        channels=channels,
        quality=quality,
        key_holder_min_in_degree=holders.key_holder_min_in_degree,
        warnings=warnings,
        _index=dict(graph.index),
    )
    report.step(1.0, tr("Analysis complete"))
    return result
