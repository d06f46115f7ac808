"""Waves: list them, start a new one, and compare two (``kennisnet waves`` / ``compare``)."""

from __future__ import annotations

import argparse

from kennisnet.cli.common import project_path
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import tr
from kennisnet.session import Session
from kennisnet.store import Project


def cmd_waves(args: argparse.Namespace) -> int:
    path = project_path(args.project)
    if args.new:
        with Session.open(path) as session:
            wave_id = session.new_wave(args.new)
        say(
            tr(
                'Wave {number} "{name}" has started. The earlier answers stay; everyone can '
                "answer again, and the kiosk and imports now fill this wave.",
                number=wave_id,
                name=args.new,
            )
        )
        return 0
    with Project.open(path, readonly=True) as project:
        current = project.current_wave_id()
        say(tr("Waves of {name}:", name=project.name))
        for wave_id, name, started in project.waves():
            marker = "  ← " + tr("current") if wave_id == current else ""
            say(
                tr(
                    "  {number}. {name} (from {date}): {answered} of {roster} answered",
                    number=wave_id,
                    name=name,
                    date=started[:10],
                    answered=project.response_count(wave_id),
                    roster=project.wave_roster_size(wave_id),
                )
                + marker
            )
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    """Compare two waves; the text and ``--json`` come from one comparison."""
    import json

    from kennisnet.analysis.waves_json import comparison_json
    from kennisnet.analysis.waves_report import comparison_report
    from kennisnet.cli.plan_indicators import (
        follow_up_json,
        indicators_json,
        print_follow_up,
        print_indicators,
    )

    if not 1 <= args.min_response <= 100:
        raise CommandError(
            tr(
                "--min-response is a percentage from 1 to 100, not {value}.",
                value=args.min_response,
            ),
            usage=True,
        )
    with Session.open(project_path(args.project), readonly=True) as session:
        before, after = session.wave_id(args.before), session.wave_id(args.after)
        if before == after:
            raise CommandError(tr("Choose two different waves."), usage=True)
        comparison = session.compare(before, after, min_response=args.min_response / 100)
        title = session.name
        # Success over time, and what became of the earlier wave's plan (when comparable).
        comparable = comparison.comparable
        rows = session.indicators((before, after)) if comparable else []
        followed = session.plan_follow_up(before, after) if comparable else None
    names = {pid: person.name for pid, person in comparison.people.items()}
    if args.json:
        doc = comparison_json(comparison)
        doc["indicators"] = indicators_json(rows) if comparable else None
        doc["plan_follow_up"] = (
            {"wave": followed[0], "actions": follow_up_json(followed[1])} if followed else None
        )
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    say(title)
    say(comparison_report(comparison).text().rstrip("\n"))
    if rows:
        say("")
        print_indicators(rows)
    if followed is not None:
        say("")
        print_follow_up(followed[0], followed[1], lambda pid: names.get(pid, str(pid)))
    return 0
