"""The demo project: generated the same every time, and holding what the analysis must find."""

from __future__ import annotations

from pathlib import Path

from kennisnet.analysis import analyze
from kennisnet.demo import build_demo
from kennisnet.resources import resource
from kennisnet.store import Project


def load(path: Path) -> tuple[object, object, object]:
    with Project.open(path, readonly=True) as project:
        return project.snapshot(), project.pending_names(), project.questionnaire()


def test_shipped_demo_is_what_the_generator_makes(tmp_path: Path) -> None:
    fresh = tmp_path / "demo.kennisnet"
    build_demo(fresh)
    assert load(fresh) == load(resource("demo", "demo.kennisnet"))


def test_demo_holds_what_the_analysis_must_find() -> None:
    data, pending, _ = load(resource("demo", "demo.kennisnet"))
    result = analyze(data)  # type: ignore[arg-type]
    people = {p.name: p for p in result.people}
    roster = [p for p in data.people if not p.external]  # type: ignore[attr-defined]
    assert 70 <= len(roster) <= 90
    assert 6 <= len({p.department for p in roster}) <= 8
    assert 0.8 <= result.quality.rate <= 0.9
    # An untrained cluster where habits spread, around an untrained key holder.
    zuid = [c for c in result.clusters if c.risk and c.trained_share == 0 and len(c.members) >= 10]
    assert zuid
    assert people["Ruud Verbeek"].habit_spreader
    # An overloaded expert.
    assert people["Henk Bakker"].overloaded
    assert people["Henk Bakker"].trained is True
    # A gatekeeper: the only bridge to trained knowledge for her team.
    assert people["Fatima El Amrani"].gatekeeper_of >= 5
    assert people["Fatima El Amrani"].trained is False
    # Newcomers who learn from nobody.
    assert sum(p.learns_alone for p in result.people) >= 3
    # Names not on the roster, one ambiguous first name, and messy spellings matched.
    written = {p.written for p in pending}  # type: ignore[attr-defined]
    assert {"de monteur van Daikin", "Jan"} <= written
    assert all("bakker" not in w.lower() for w in written)
