"""The pictures of a big organisation: the group map as a file, and one detail picture
per department.

* :func:`use_group_map`: which overview picture an export draws (``--picture``:
  "network", "groups", or "auto" = the group map from
  :data:`~kennisnet.analysis.ranking.BIG_PROJECT` people on);
* :func:`grouping_key`: the groups asked for (``--groups``): departments, clusters or
  any staff-list column, named like ``--colour-by``;
* :func:`map_picture` / :func:`render_map`: the group map (:mod:`kennisnet.export.group_map`)
  as PNG, SVG or PDF bytes, with the same metadata as the network picture;
* :func:`department_picture`: one department's own part of the network, its people
  named (or coded when pseudonymised), for the per-department folder of the export
  and for any other output (a workshop pack) that wants it;
* :func:`department_files`: the file name of every department's picture.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.groups import (
    BY_CLUSTER,
    BY_DEPARTMENT,
    GroupSummary,
    columns,
    summarise_groups,
)
from kennisnet.analysis.ranking import is_big
from kennisnet.export.attributes import Attribute, find
from kennisnet.export.figure_legend import default_facts
from kennisnet.export.figure_page import NetworkPicture, Page
from kennisnet.export.group_map import (
    COLOUR_RISK,
    COLOUR_TRAINED,
    GroupMapPicture,
    draw_group_map,
)
from kennisnet.export.pseudonym import MIN_GROUP, Naming
from kennisnet.i18n import N_, ntr, tr
from kennisnet.model import Person
from kennisnet.outputs import OutputSet

Point = tuple[float, float]

PICTURES = ("auto", "network", "groups")


def use_group_map(mode: str, result: AnalysisResult) -> bool:
    """True when the overview picture is the group map: asked for, or "auto" and big."""
    if mode not in PICTURES:
        raise ValueError(f"unknown picture {mode!r}; use one of {', '.join(PICTURES)}")
    if mode == "auto":
        return is_big(result.quality.roster)
    return mode == "groups"


def map_colour(color_by: str) -> str:
    """The group map's colouring for the export's ``color_by``: training when asked
    for ("trained"), else risk."""
    return COLOUR_TRAINED if color_by == "trained" else COLOUR_RISK


#: The groupings that are no staff-list column: key -> label.
OWN_GROUPINGS = {BY_DEPARTMENT: N_("Department"), BY_CLUSTER: N_("Cluster")}


def grouping_key(
    result: AnalysisResult, people: Sequence[Person], text: str | None, *, lang: str
) -> str | None:
    """The grouping ``text`` asks for (``--groups``), as a key of
    :func:`~kennisnet.analysis.groups.summarise_groups`: "department", "cluster", or a
    staff-list column named like ``--colour-by`` (a key, a label in either language, or
    the column's own heading). None for no text (the default grouping). Raises
    ValueError, with the choices, for a column the staff list does not have."""
    if text is None or not text.strip():
        return None
    wanted = text.strip().casefold()
    for key, label in OWN_GROUPINGS.items():
        if wanted in {key, tr(label, lang="en").casefold(), tr(label, lang="nl").casefold()}:
            return key
    keys = columns(result, people)
    attribute = find(people, text)
    if attribute is not None and attribute.key in keys:
        return attribute.key
    names = [tr(label, lang=lang) for label in OWN_GROUPINGS.values()]
    names += [Attribute(key).label(lang) for key in keys]
    raise ValueError(
        tr(
            "The staff list has no column '{name}' to group by. You can choose: {names}.",
            lang=lang,
            name=text.strip(),
            names=", ".join(names),
        )
    )


def map_picture(
    result: AnalysisResult,
    naming: Naming,
    lang: str,
    *,
    by: str | None = None,
    people: Sequence[Person] = (),
    colour: str = COLOUR_RISK,
    title: str = "",
    subtitle: str = "",
    footer: str = "",
    summary: GroupSummary | None = None,
) -> GroupMapPicture:
    """The group map of ``result`` (not pseudonymised; ``naming`` hides what it must),
    grouped ``by`` a key of :func:`grouping_key` (None: the default, which may be a
    higher level of the departments on the staff list ``people``). Pseudonymised,
    groups under 5 people are put together with the other small groups."""
    shown = naming.result(result, lang)
    if summary is None:
        min_size = MIN_GROUP if naming.pseudonymised else 1
        summary = summarise_groups(result, by, people=people, min_size=min_size)
    return GroupMapPicture(
        summary=summary,
        result=shown,
        naming=naming,
        lang=lang,
        colour=colour,
        title=title,
        subtitle=subtitle,
        footer=footer,
        facts=default_facts(shown, naming, lang),
    )


def render_map(picture: GroupMapPicture, page: Page, fmt: str) -> bytes:
    """The group map as PNG, SVG or PDF bytes."""
    import matplotlib
    from matplotlib.figure import Figure

    from kennisnet.export.image import FORMATS, _metadata

    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}")
    fig = Figure(figsize=(page.width_in, page.height_in), dpi=page.dpi)
    draw_group_map(fig, picture, page)
    out = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42, "svg.hashsalt": "kn"}):
        fig.savefig(out, format=fmt, dpi=page.dpi, metadata=_metadata(fmt, picture.title))
    return out.getvalue()


def departments(result: AnalysisResult, naming: Naming) -> list[str | None]:
    """The departments that get a detail picture, largest first (pseudonymised: never
    one under 5 people)."""
    summary = summarise_groups(result, BY_DEPARTMENT, limit=None)
    return [
        g.department for g in summary.groups if not (naming.pseudonymised and g.size < MIN_GROUP)
    ]


def department_files(
    folder: Path, result: AnalysisResult, naming: Naming, lang: str
) -> list[tuple[str | None, Path]]:
    """(department, file) for every department picture: ``01-name.png``, largest first."""
    out = []
    for number, department in enumerate(departments(result, naming), start=1):
        name = naming.department(department, lang) if department else None
        slug = re.sub(r"[^\w]+", "-", (name or tr("no department", lang=lang)).casefold())
        out.append((department, folder / f"{number:02d}-{slug.strip('-')[:40] or 'x'}.png"))
    return out


def department_layout(result: AnalysisResult, ids: set[int]) -> dict[int, Point]:
    """Positions (0..1, y down) for the people ``ids`` and the ties between them only:
    a spring layout of the department, so its own structure fills the picture."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(ids))
    graph.add_edges_from(
        (e.learner, e.source) for e in result.edges if e.learner in ids and e.source in ids
    )
    alone = sorted(pid for pid in ids if graph.degree(pid) == 0)
    graph.remove_nodes_from(alone)
    out: dict[int, Point] = {}
    if graph.number_of_nodes() > 1:
        spring = nx.spring_layout(graph, seed=7, iterations=100)
        xs = [float(v[0]) for v in spring.values()]
        ys = [float(v[1]) for v in spring.values()]
        x0, y0 = min(xs), min(ys)
        span = max(max(xs) - x0, max(ys) - y0) or 1.0
        out = {
            int(pid): ((float(v[0]) - x0) / span, 1.0 - (float(v[1]) - y0) / span)
            for pid, v in spring.items()
        }
    elif graph.number_of_nodes() == 1:
        out = {int(pid): (0.5, 0.5) for pid in graph.nodes}
    # People without a tie inside the department: a row under the rest.
    bottom = max((y for _x, y in out.values()), default=0.0) + 0.15
    for i, pid in enumerate(alone):
        out[pid] = ((i + 0.5) / max(len(alone), 1), bottom)
    return out


def department_picture(
    result: AnalysisResult,
    positions: Mapping[int, Point] | None,
    department: str | None,
    naming: Naming,
    lang: str,
    *,
    footer: str = "",
    max_labels: int = 40,
    shown: AnalysisResult | None = None,
) -> NetworkPicture:
    """One department's part of the network: its people and the ties between them,
    coloured by training, every person named (or coded) up to ``max_labels``, its
    ranked knowledge holders first. ``positions`` None: the department laid out on
    its own (:func:`department_layout`). ``shown``: ``naming.result(result, lang)``
    when the caller has it (a copy of every person when pseudonymised)."""
    if shown is None:
        shown = naming.result(result, lang)
    members = [p for p in result.people if p.department == department and not p.external]
    ids = {p.id for p in members}
    ranking: Sequence[int] = next(
        (d.holders for d in result.department_holders if d.department == department), ()
    )
    order = list(ranking) + [
        p.id for p in sorted(members, key=lambda p: (-p.in_degree, p.id)) if p.id not in ranking
    ]
    name = naming.department(department, lang) if department else None
    title = name or tr("no department known", lang=lang)
    trained = sum(1 for p in members if p.trained is True)
    inside = sum(1 for e in result.edges if e.learner in ids and e.source in ids)
    outside = sum(1 for e in result.edges if e.learner in ids and e.source not in ids)
    facts = [
        ntr("{count} person", "{count} people", len(members), lang=lang),
        tr("{trained} of {count} formally trained", lang=lang, trained=trained, count=len(members)),
        ntr(
            "{count} tie inside the department",
            "{count} ties inside the department",
            inside,
            lang=lang,
        ),
        ntr(
            "{count} tie to colleagues elsewhere (not drawn)",
            "{count} ties to colleagues elsewhere (not drawn)",
            outside,
            lang=lang,
        ),
    ]
    if ranking:
        facts.append(
            tr(
                "Knowledge holders, best first: {names}",
                lang=lang,
                names=", ".join(naming.label(result.person(pid)) for pid in ranking),
            )
        )
    subtitle = tr(
        "{wave} · one department of an organisation of {roster} people",
        lang=lang,
        wave=shown.wave_name,
        roster=result.quality.roster,
    )
    if positions is None:
        positions = department_layout(result, ids)
    return NetworkPicture(
        result=shown,
        positions={pid: positions[pid] for pid in ids if pid in positions},
        naming=naming,
        lang=lang,
        title=title,
        subtitle=subtitle,
        footer=footer,
        color_by="trained",
        labelled=order,
        max_labels=max_labels,
        shade_risk=False,
        facts=facts,
    )


def write_department_pictures(
    result: AnalysisResult,
    positions: Mapping[int, Point] | None,
    naming: Naming,
    lang: str,
    folder: Path,
    guard: OutputSet,
    footer: str = "",
    page_key: str = "slide",
) -> list[Path]:
    """One PNG per department in ``folder`` (made when missing), through ``guard``
    (all or nothing with the rest of the export); returns the files planned."""
    from kennisnet.export.figure_page import PAGES
    from kennisnet.export.image import render, write_bytes

    folder.mkdir(exist_ok=True)
    files = department_files(folder, result, naming, lang)
    guard.check([path for _department, path in files])
    shown = naming.result(result, lang)  # once for every department
    for department, path in files:
        picture = department_picture(
            result, positions, department, naming, lang, footer=footer, shown=shown
        )
        write_bytes(guard.temp_for(path), render(picture, PAGES[page_key], "png"))
    return [path for _department, path in files]
