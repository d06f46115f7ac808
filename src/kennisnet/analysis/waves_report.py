"""A comparison of two waves as a report: title, basis, sentences and lists of names.

The app's compare dialog (as HTML), ``kennisnet compare`` (as text) and the text
HR copies all come from :func:`comparison_report` of one
:class:`~kennisnet.analysis.waves.WaveComparison`; nothing here computes a figure.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from kennisnet.analysis.result import AnalysisResult, ClusterResult
from kennisnet.analysis.waves import WaveChanges, WaveComparison, jaccard
from kennisnet.i18n import tr

#: Members named in the description of a cluster; the rest are counted.
NAMED_MEMBERS = 5
#: Under this response rate in a wave the report says that some changes may be noise.
TARGET = 0.8


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    #: One entry per person or cluster; a line break starts a line that belongs to it.
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """What a comparison says, in the current language."""

    title: str
    #: What the comparison rests on: response per wave, people in both, joined, left.
    basis: tuple[str, ...]
    warnings: tuple[str, ...]
    #: "Of the N people who answered both times:" (empty when not comparable).
    lead: str
    sentences: tuple[str, ...]
    sections: tuple[Section, ...]

    def html(self) -> str:
        parts = [f"<h2>{html.escape(self.title)}</h2>", "<ul>"]
        parts += [f"<li>{html.escape(b)}</li>" for b in self.basis]
        parts.append("</ul>")
        parts += [f"<p style='color:#8a5a00'><b>{html.escape(w)}</b></p>" for w in self.warnings]
        if self.lead:
            parts.append(f"<p>{html.escape(self.lead)}</p>")
        if self.sentences:
            parts.append("<ul>" + "".join(f"<li>{html.escape(s)}</li>" for s in self.sentences))
            parts.append("</ul>")
        for section in self.sections:
            parts.append(f"<h3>{html.escape(section.title)}</h3><ul>")
            parts += [
                "<li>" + html.escape(item).replace("\n", "<br>") + "</li>" for item in section.items
            ]
            parts.append("</ul>")
        return "".join(parts)

    def text(self) -> str:
        lines = [self.title, ""]
        lines += [f"- {b}" for b in self.basis]
        if self.warnings:
            lines += ["", *self.warnings]
        if self.lead or self.sentences:
            lines.append("")
        if self.lead:
            lines.append(self.lead)
        lines += [f"- {s}" for s in self.sentences]
        for section in self.sections:
            lines += ["", section.title]
            lines += ["- " + item.replace("\n", "\n  ") for item in section.items]
        return "\n".join(lines) + "\n"


def _cluster(result: AnalysisResult, cluster: ClusterResult) -> str:
    names = [result.person(m).name for m in cluster.members]
    shown = ", ".join(names[:NAMED_MEMBERS])
    if len(names) > NAMED_MEMBERS:
        shown = tr("{names} and {count} more", names=shown, count=len(names) - NAMED_MEMBERS)
    if cluster.main_department:
        return tr(
            "{size} people, mostly {department}: {names}",
            size=cluster.size,
            department=cluster.main_department,
            names=shown,
        )
    return tr("{size} people: {names}", size=cluster.size, names=shown)


def _closest(cluster: ClusterResult, others: Sequence[ClusterResult]) -> ClusterResult | None:
    scored = [(jaccard(cluster.members, o.members), o.id, o) for o in others]
    best = max(scored, default=None, key=lambda s: (s[0], -s[1]))
    return best[2] if best is not None and best[0] > 0 else None


def comparison_report(c: WaveComparison) -> Report:
    """The comparison as a title, its basis, sentences and lists of names (current language)."""
    basis = c.basis
    title = tr(
        "From {before} to {after}", before=basis.before.wave_name, after=basis.after.wave_name
    )
    basis_lines = tuple(m.text() for m in c.basis_sentences)
    if not c.comparable:
        warnings = (
            tr(
                "These waves cannot be compared yet: the changes would not tell the truth. "
                "Only the response is shown."
            ),
            *(m.text() for m in c.reasons),
        )
        return Report(title, basis_lines, warnings, "", (), ())
    assert c.changes is not None
    warnings = tuple(
        tr(
            "Fewer than 80% answered in {wave}. Routes through people who did not answer "
            "both times cannot be seen, so a change may be missing or look bigger than it is.",
            wave=w.wave_name,
        )
        for w in (basis.before, basis.after)
        if w.rate < TARGET
    )
    lead, *sentences = (m.text() for m in c.sentences)
    return Report(title, basis_lines, warnings, lead, tuple(sentences), _sections(c, c.changes))


def _sections(c: WaveComparison, ch: WaveChanges) -> tuple[Section, ...]:
    before, after = ch.before, ch.after
    now_trained = set(ch.now_trained)

    def person(pid: int, *notes: str) -> str:
        p = c.people[pid]
        details = [d for d in (p.department, *notes) if d]
        return f"{p.name} ({', '.join(details)})" if details else p.name

    def people(ids: Sequence[int]) -> tuple[str, ...]:
        return tuple(person(i, *([tr("now trained")] if i in now_trained else [])) for i in ids)

    sections: list[Section] = []

    def add(title: str, items: Sequence[str]) -> None:
        if items:
            sections.append(Section(title, tuple(items)))

    add(
        tr("Can now reach a trained colleague ({count})", count=len(ch.now_reach)),
        people(ch.now_reach),
    )
    add(
        tr("Can no longer reach a trained colleague ({count})", count=len(ch.no_longer_reach)),
        people(ch.no_longer_reach),
    )
    clusters_before = {k.id: k for k in before.clusters}
    clusters_after = {k.id: k for k in after.clusters}
    gone = []
    for cid in ch.gone_risk_clusters:
        old = clusters_before[cid]
        item = _cluster(before, old) + "\n" + tr("Before: {sentence}", sentence=old.sentence.text())
        now = _closest(old, after.clusters)
        if now is not None:
            item += "\n" + tr("Now: {sentence}", sentence=now.sentence.text())
        gone.append(item)
    add(tr("No longer a risk cluster ({count})", count=len(gone)), gone)
    add(
        tr("New risk clusters ({count})", count=len(ch.new_risk_clusters)),
        [
            _cluster(after, clusters_after[cid]) + "\n" + clusters_after[cid].sentence.text()
            for cid in ch.new_risk_clusters
        ],
    )
    add(
        tr("Still a risk cluster ({count})", count=len(ch.still_risk_clusters)),
        [
            _cluster(after, clusters_after[cid]) + "\n" + clusters_after[cid].sentence.text()
            for cid in ch.still_risk_clusters
        ],
    )
    add(
        tr("New key knowledge holders ({count})", count=len(ch.key_holders_new)),
        people(ch.key_holders_new),
    )
    add(
        tr("No longer a key knowledge holder ({count})", count=len(ch.key_holders_gone)),
        people(ch.key_holders_gone),
    )
    add(
        tr(
            "Now the only route to trained knowledge for others ({count})",
            count=len(ch.gatekeepers_new),
        ),
        people(ch.gatekeepers_new),
    )
    add(
        tr(
            "No longer the only route to trained knowledge for others ({count})",
            count=len(ch.gatekeepers_gone),
        ),
        people(ch.gatekeepers_gone),
    )
    basis = c.basis
    add(
        tr(
            "Answered in {wave} but not (yet) in {later}: not part of the changes ({count})",
            wave=basis.before.wave_name,
            later=basis.after.wave_name,
            count=len(basis.not_answered_after),
        ),
        people(basis.not_answered_after),
    )
    add(
        tr(
            "Answered in {later} but not in {wave}: not part of the changes ({count})",
            wave=basis.before.wave_name,
            later=basis.after.wave_name,
            count=len(basis.not_answered_before),
        ),
        people(basis.not_answered_before),
    )
    add(tr("Joined the staff list ({count})", count=len(basis.joined)), people(basis.joined))
    add(tr("Left the staff list ({count})", count=len(basis.left)), people(basis.left))
    return tuple(sections)
