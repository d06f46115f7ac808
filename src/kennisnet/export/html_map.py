"""The interactive map: one HTML file HR can send, that opens in any browser without a server.

The file holds everything: the network viewer (vis-network, vendored under
``resources/viewer`` with its licence), Kennisnet's own script and style for the page,
and the data as JSON in a ``<script type="application/json">`` block. It loads nothing
from the internet (a Content-Security-Policy in the page forbids it as well).

What the page offers: zoom and pan (positions from Kennisnet's own layout, no physics in
the browser; names placed by the page so that none lies over another, the most important
first, more as you zoom in), search a person, click a person for the figures of the
dashboard's person card in plain words, colour by cluster, formal training or any column
of the staff list (:mod:`kennisnet.export.attributes`), the risk clusters outlined and
explained, and a legend for every colour. Pseudonymised, it holds codes instead of names
and hides figures about groups under 5 people, as the management report does.

Every text is escaped: the page's own words with :func:`html.escape`, the data as JSON
with ``<``, ``>`` and ``&`` written as ``\\u003c`` and so on, read by the script with
``JSON.parse`` and shown with ``textContent`` only.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kennisnet import palette
from kennisnet.analysis import AnalysisResult, explain
from kennisnet.analysis.figures import headline, key_figures
from kennisnet.analysis.messages import percent
from kennisnet.export.attributes import available, grouping
from kennisnet.export.figure_page import ARROW_LIMIT, LEGEND_CLUSTERS, cluster_colour
from kennisnet.export.figure_risk import _outline
from kennisnet.export.pseudonym import HIDDEN_SMALL_CLUSTER, MIN_GROUP, Naming
from kennisnet.i18n import N_, tr
from kennisnet.model import SurveyData
from kennisnet.resources import resource

Point = tuple[float, float]

#: The person card's figures, in its order (the same labels as the dashboard's card).
METRICS = (
    ("in_degree", N_("Learners")),
    ("weighted_in_degree", N_("Learners, weighted by how often")),
    ("sources", N_("Learns from")),
    ("trained", N_("Formal training")),
    ("steps_to_trained", N_("Steps to a trained colleague")),
    ("gatekeeper_of", N_("Gatekeeper for")),
    ("sole_source_of", N_("Only source for")),
    ("pagerank", N_("Influence")),
    ("betweenness", N_("Link between groups")),
    ("cluster", N_("Cluster")),
)
#: Width of the map in screen pixels at zoom 1, per square root of the number of people.
SPREAD = 95.0
#: Flags of a person (a bit each), read by the page's script.
KEY_HOLDER, HABIT_SPREADER, OVERLOADED, GATEKEEPER, LEARNS_ALONE, NO_ANSWER = (
    1,
    2,
    4,
    8,
    16,
    32,
)

_VIEWER = ("viewer", "vis-network.min.js")
_SCRIPT = ("viewer", "html_map.js")
_STYLE = ("viewer", "html_map.css")
#: Nothing from outside: scripts and styles only inline, pictures only as data.
_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
)


@dataclass(frozen=True, slots=True)
class MapInput:
    """Everything one map needs (the same analysis the other exports read)."""

    result: AnalysisResult
    data: SurveyData
    positions: Mapping[int, Point]
    naming: Naming
    lang: str
    #: (title, subtitle, footer) as on the exported picture.
    heading: tuple[str, str, str]
    #: The colouring shown first: "cluster", "trained" or an attribute key.
    color_by: str = "cluster"


def json_for_script(value: object) -> str:
    """JSON that can stand inside a ``<script>`` block: no ``<``, ``>`` or ``&`` in it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _round(value: float) -> float:
    return round(value, 1)


def _flags(p: Any) -> int:
    flags = 0
    for on, bit in (
        (p.key_holder, KEY_HOLDER),
        (p.habit_spreader, HABIT_SPREADER),
        (p.overloaded, OVERLOADED),
        (p.gatekeeper_of > 0, GATEKEEPER),
        (p.learns_alone, LEARNS_ALONE),
        (not p.responded, NO_ANSWER),
    ):
        if on:
            flags |= bit
    return flags


def _colourings(
    source: MapInput, shown: AnalysisResult, index: Mapping[int, int]
) -> list[dict[str, Any]]:
    """Every colouring the page offers: cluster, formal training, each staff-list column."""
    result, naming, lang = source.result, source.naming, source.lang
    scrub = naming.scrub if naming.pseudonymised else str
    count = len(index)
    out: list[dict[str, Any]] = []

    # Clusters: the largest six in their own colour (as on the picture), the rest grey.
    groups: list[dict[str, str]] = []
    of = [0] * count
    big = [c for c in shown.clusters if c.id <= LEGEND_CLUSTERS and c.size > 1]
    for c in big:
        if c.main_department and not naming.hidden(c.size):
            label = tr(
                "Cluster {id}: mostly {department}",
                lang=lang,
                id=c.id,
                department=c.main_department,
            )
        else:
            label = tr("Cluster {id}", lang=lang, id=c.id)
        groups.append({"label": label, "colour": cluster_colour(c.id)})
    if len(shown.clusters) > len(big):
        groups.append({"label": tr("Other small clusters", lang=lang), "colour": palette.OTHER})
    position = {c.id: i for i, c in enumerate(big)}
    for p in result.people:
        if p.id in index:
            of[index[p.id]] = position.get(p.cluster, len(big))
    out.append({"key": "cluster", "title": tr("Cluster", lang=lang), "groups": groups, "of": of})

    trained = [
        {"label": tr("Formally trained", lang=lang), "colour": palette.TRAINED},
        {"label": tr("No formal training", lang=lang), "colour": palette.UNTRAINED},
        {"label": tr("Training unknown", lang=lang), "colour": palette.UNKNOWN},
    ]
    of = [0] * count
    for p in result.people:
        if p.id in index:
            of[index[p.id]] = 2 if p.trained is None else (0 if p.trained else 1)
    out.append(
        {"key": "trained", "title": tr("Formal training", lang=lang), "groups": trained, "of": of}
    )

    people = [p for p in source.data.people if not p.external]
    minimum = MIN_GROUP if naming.pseudonymised else 1
    for attribute in available(people):
        coloured = grouping(source.data.people, attribute, min_group=minimum)
        colours = [g.colour for g in coloured.groups]
        of = [0] * count
        for pid, i in index.items():
            colour = coloured.colour(pid)
            of[i] = colours.index(colour) if colour in colours else len(colours)
        labels = [{"label": scrub(g.label(lang)), "colour": g.colour} for g in coloured.groups]
        if any(v == len(colours) for v in of):  # people outside the staff list's values
            labels.append({"label": tr("unknown", lang=lang), "colour": palette.UNKNOWN})
        out.append(
            {
                "key": attribute.key,
                "title": scrub(attribute.label(lang)),
                "groups": labels,
                "of": of,
            }
        )
    return out


def _risk_areas(
    source: MapInput,
    shown: AnalysisResult,
    xy: Mapping[int, Point],
    sizes: Mapping[int, float],
) -> list[dict[str, Any]]:
    """The risk clusters: an outline around their members and a sentence that explains it."""
    result, naming, lang = source.result, source.naming, source.lang
    areas = []
    for cluster in sorted(result.risk_clusters, key=lambda c: (-c.size, c.id)):
        members = [m for m in cluster.members if m in xy]
        if not members:
            continue
        if naming.hidden(cluster.size):
            text = tr("Risk cluster {id}: {sentence}", lang=lang, id=cluster.id, sentence="")
            text += tr(HIDDEN_SMALL_CLUSTER, lang=lang)
            areas.append({"id": cluster.id, "text": text, "outline": [], "members": []})
            continue
        sc = shown.clusters[cluster.id - 1]
        text = tr(
            "Risk cluster {id} ({size} people, mostly {department}): {sentence}",
            lang=lang,
            id=cluster.id,
            size=cluster.size,
            department=sc.main_department or tr("no department known", lang=lang),
            sentence=sc.sentence.text(lang),
        )
        if naming.pseudonymised:
            text = naming.scrub(text)
        pad = max(sizes[m] for m in members) + 10.0
        outline = _outline([xy[m] for m in members], pad)
        areas.append(
            {
                "id": cluster.id,
                "text": text,
                "outline": [[_round(x), _round(y)] for x, y in outline],
                "members": members,
            }
        )
    return areas


def _texts(source: MapInput) -> dict[str, Any]:
    lang, result = source.lang, source.result
    options = result.options
    explanations = {metric: explain(metric, lang, options=options) for metric, _label in METRICS}
    if not result.quality.betweenness_reliable:
        explanations["betweenness"] += " " + tr(
            "Only {percent}% answered, so this score is unreliable here.",
            lang=lang,
            percent=percent(result.quality.rate),
        )
    return {
        "metrics": [
            [metric, tr(label, lang=lang), explanations[metric]] for metric, label in METRICS
        ],
        "did_not_answer": tr("did not answer", lang=lang),
        "yes": tr("yes", lang=lang),
        "no": tr("no", lang=lang),
        "unknown": tr("unknown", lang=lang),
        "no_route": tr("no route", lang=lang),
        "no_group": tr("not in a group (no ties)", lang=lang),
        "not_computed": "–",
        "learns_from": tr("Learns from ({count})", lang=lang),
        "learn_from_them": tr("Learn from them ({count})", lang=lang),
        "nobody": tr("nobody", lang=lang),
        "more": tr("and {count} more", lang=lang),
        "badges": [
            [HABIT_SPREADER, palette.RISK, tr("Habit spreader", lang=lang)],
            [KEY_HOLDER, "#0B5394", tr("Key knowledge holder", lang=lang)],
            [OVERLOADED, "#8A4B00", tr("Overloaded", lang=lang)],
            [GATEKEEPER, "#8A4B00", tr("Gatekeeper", lang=lang)],
            [LEARNS_ALONE, "#8A4B00", tr("Learns alone", lang=lang)],
            [NO_ANSWER, "#666666", tr("Did not fill in the survey", lang=lang)],
        ],
        "habit_spreader": explain("habit_spreader", lang, options=options),
        "nobody_found": tr("Nobody found with that name.", lang=lang),
        "show_on_map": tr("Show on the map", lang=lang),
    }


def _notes(source: MapInput, shown: AnalysisResult) -> list[list[str]]:
    """(department as shown, note) for departments where under 80% answered."""
    out = []
    for rate in shown.quality.departments:
        if rate.department is not None and rate.rate < 0.8:
            note = tr(
                "Only {percent}% answered in {department}: this person may have more "
                "learners than shown.",
                lang=source.lang,
                percent=percent(rate.rate),
                department=rate.department,
            )
            out.append([rate.department, note])
    return out


def _legend(source: MapInput, risk: bool) -> list[list[str]]:
    """The legend entries beside the colours: (kind, colour, text)."""
    lang = source.lang
    entries = [
        ["ring", palette.RING_TRAINED, tr("Dark ring: formally trained", lang=lang)],
        [
            "ring",
            palette.RISK,
            tr("Red ring: key knowledge holder without formal training", lang=lang),
        ],
        ["big", "#9ca3af", tr("Bigger dot: more colleagues learn from this person", lang=lang)],
    ]
    if len(source.result.edges) <= ARROW_LIMIT:
        entries.append(
            [
                "line",
                palette.TIE,
                tr("Line: learns from (the arrow points to the source)", lang=lang),
            ]
        )
    else:
        entries.append(
            ["line", palette.TIE, tr("Line: one of them learns from the other", lang=lang)]
        )
    if risk:
        entries.append(["area", palette.RISK, tr("Risk cluster: bad habits may spread", lang=lang)])
    return entries


def map_data(source: MapInput) -> dict[str, Any]:
    """The page's data: people, ties, colourings, risk areas and every text of the script."""
    result, naming, lang = source.result, source.naming, source.lang
    shown = naming.result(result, lang)
    placed = [p for p in shown.people if p.id in source.positions]
    index = {p.id: i for i, p in enumerate(placed)}
    scale = SPREAD * math.sqrt(max(len(placed), 1))
    xy = {
        p.id: (
            source.positions[p.id][0] * scale,
            # The layout's y grows upwards; the screen's downwards.
            -source.positions[p.id][1] * scale,
        )
        for p in placed
    }
    sizes = {p.id: 7.0 + 2.5 * math.sqrt(p.in_degree) for p in placed}
    notes = dict((d, n) for d, n in _notes(source, shown))
    people = {
        "label": [p.name for p in placed],
        "where": [" · ".join(x for x in (p.department, p.team, p.role) if x) for p in placed],
        "note": [notes.get(p.department or "", "") for p in placed],
        "x": [_round(xy[p.id][0]) for p in placed],
        "y": [_round(xy[p.id][1]) for p in placed],
        "size": [_round(sizes[p.id]) for p in placed],
        "flags": [_flags(p) for p in placed],
        "trained": [None if p.trained is None else int(p.trained) for p in placed],
        "responded": [int(p.responded) for p in placed],
        "in_degree": [p.in_degree for p in placed],
        "weighted_in_degree": [p.weighted_in_degree for p in placed],
        "sources": [p.sources for p in placed],
        "steps_to_trained": [p.steps_to_trained for p in placed],
        "gatekeeper_of": [p.gatekeeper_of for p in placed],
        "sole_source_of": [p.sole_source_of for p in placed],
        "pagerank": [round(p.pagerank, 4) for p in placed],
        "betweenness": [round(p.betweenness, 4) for p in placed],
        "cluster": [p.cluster for p in placed],
    }
    edges = [
        [index[e.learner], index[e.source]]
        for e in result.edges
        if e.learner in index and e.source in index and e.learner != e.source
    ]
    risk = _risk_areas(source, shown, xy, sizes)
    for area in risk:
        area["members"] = [index[m] for m in area["members"]]
    colourings = _colourings(source, shown, index)
    keys = [c["key"] for c in colourings]
    wanted = source.color_by if source.color_by in keys else "cluster"
    facts = key_figures(headline(result), result.options.reach_steps, lang)
    return {
        "lang": lang,
        "people": people,
        "edges": edges,
        "arrows": len(result.edges) <= ARROW_LIMIT,
        "betweenness": result.betweenness_computed,
        "colourings": colourings,
        "colour": wanted,
        "risk": risk,
        "legend": _legend(source, any(a["outline"] for a in risk)),
        "facts": facts,
        "texts": _texts(source),
        "colours": {
            "ring_trained": palette.RING_TRAINED,
            "risk": palette.RISK,
            "tie": palette.TIE,
            "text": palette.TEXT,
        },
    }


def _page_texts(source: MapInput, risk_count: int) -> dict[str, str]:
    lang = source.lang
    footer = source.heading[2]
    return {
        "search": tr("Search a person", lang=lang),
        "search_hint": tr("Type a name", lang=lang)
        if not source.naming.pseudonymised
        else tr("Type a code, for example P-001", lang=lang),
        "colour": tr("Colour by", lang=lang),
        "fit": tr("Show the whole network", lang=lang),
        "legend": tr("How to read this", lang=lang),
        "facts": tr("Key figures", lang=lang),
        "risk": tr("Risk clusters", lang=lang),
        "risk_intro": explain("risk", lang, options=source.result.options),
        "no_risk": tr("No risk clusters: every group has trained knowledge nearby.", lang=lang),
        "person": tr("Click a person to see their figures.", lang=lang),
        "help": tr(
            "Zoom with the mouse wheel or two fingers, drag to move the map, "
            "click a person for their figures.",
            lang=lang,
        ),
        "close": tr("Close", lang=lang),
        "footer": footer,
        "offline": tr(
            "This file works without internet: it loads nothing from outside.", lang=lang
        ),
        "risk_count": str(risk_count),
    }


def render_map(source: MapInput) -> bytes:
    """The complete HTML file (UTF-8)."""
    data = map_data(source)
    texts = _page_texts(source, sum(1 for a in data["risk"] if a["outline"]))
    title, subtitle, _footer = source.heading
    e = html.escape
    viewer = resource(*_VIEWER).read_text(encoding="utf-8")
    script = resource(*_SCRIPT).read_text(encoding="utf-8")
    style = resource(*_STYLE).read_text(encoding="utf-8")
    for name, code in (("viewer", viewer), ("script", script)):
        if "</script" in code.lower():  # pragma: no cover - checked when the files change
            raise ValueError(f"the {name} cannot be put inline: it holds '</script'")
    page = f"""<!DOCTYPE html>
<html lang="{e(source.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(_POLICY, quote=False)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Kennisnet">
<title>{e(title)}</title>
<style>
{style}
</style>
</head>
<body>
<header id="top">
  <div class="titles"><h1 id="title">{e(title)}</h1><p id="subtitle">{e(subtitle)}</p></div>
  <div class="tools">
    <label class="search"><span>{e(texts["search"])}</span>
      <input id="search" type="search" autocomplete="off" placeholder="{e(texts["search_hint"])}">
    </label>
    <ul id="results" hidden></ul>
    <label class="colour"><span>{e(texts["colour"])}</span> <select id="colour"></select></label>
    <button id="fit" type="button">{e(texts["fit"])}</button>
  </div>
</header>
<main>
  <div id="map" role="img" aria-label="{e(title)}"></div>
  <aside id="side">
    <section id="card" aria-live="polite">
      <p class="hint" id="card-hint">{e(texts["person"])}</p>
      <div id="card-body" hidden>
        <button id="card-close" type="button" aria-label="{e(texts["close"])}">×</button>
        <h2 id="card-name"></h2>
        <p id="card-where"></p>
        <p id="card-badges"></p>
        <p id="card-note"></p>
        <h3 id="card-sources-title"></h3><p id="card-sources"></p>
        <h3 id="card-learners-title"></h3><p id="card-learners"></p>
        <dl id="card-metrics"></dl>
      </div>
    </section>
    <section id="legend-box"><h2>{e(texts["legend"])}</h2>
      <h3 id="legend-title"></h3><ul id="legend"></ul><ul id="legend-marks"></ul>
    </section>
    <section id="risk-box"><h2>{e(texts["risk"])}</h2>
      <p>{e(texts["risk_intro"])}</p>
      <p id="no-risk"{"" if texts["risk_count"] == "0" else " hidden"}>{e(texts["no_risk"])}</p>
      <ul id="risk"></ul>
    </section>
    <section id="facts-box"><h2>{e(texts["facts"])}</h2><ul id="facts"></ul></section>
    <p class="help">{e(texts["help"])}</p>
  </aside>
</main>
<footer><span>{e(texts["footer"])}</span> · <span>{e(texts["offline"])}</span></footer>
<script type="application/json" id="kennisnet-data">{json_for_script(data)}</script>
<script>
{viewer}
</script>
<script>
{script}
</script>
</body>
</html>
"""
    return page.encode("utf-8")
