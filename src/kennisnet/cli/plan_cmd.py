"""``kennisnet plan PROJECT [--wave W] [--json]``: the learning plan, and HR's decisions on it."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from kennisnet.cli.common import pairs, project_path, wave_snapshot
from kennisnet.cli.output import CommandError, say
from kennisnet.i18n import language, ntr, tr
from kennisnet.plan import FINDING_LABELS, FORM_LABELS, STATUS_LABELS, Form, Status, action_text
from kennisnet.store import Project

#: Options that change the project (it is then opened for writing, after a backup).
_CHANGES = (
    "accept",
    "reject",
    "done",
    "reset",
    "owner",
    "due",
    "text",
    "add",
    "high_risk",
    "no_high_risk",
    "newcomer_months",
    "buddy_capacity",
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", help=tr("the project file (.kennisnet)"))
    p.add_argument("--wave", help=tr("which wave (name or number; default: the current one)"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output (JSON)"))
    p.add_argument("--pseudonymize", action="store_true", help=tr("codes instead of names"))
    p.add_argument(
        "--indicators",
        action="store_true",
        help=tr(
            "also show the indicators of success across the waves, and what became of "
            "the previous wave's plan"
        ),
    )
    p.add_argument(
        "--chart", metavar=tr("FILE"), help=tr("write the indicators' trend chart (.png)")
    )
    ref = tr("ACTION")
    for option, help_text in (
        ("accept", tr("accept an action (its number in the plan, or its key)")),
        ("reject", tr("reject an action")),
        ("done", tr("mark an action done")),
        (
            "reset",
            tr("forget your decision: the action is proposed again (or your own is removed)"),
        ),
    ):
        p.add_argument(f"--{option}", action="append", default=[], metavar=ref, help=help_text)
    p.add_argument(
        "--owner",
        action="append",
        default=[],
        metavar=tr("ACTION=NAME"),
        help=tr("who takes care of an action, e.g. --owner 3=Petra"),
    )
    p.add_argument(
        "--due",
        action="append",
        default=[],
        metavar=tr("ACTION=DATE"),
        help=tr("when an action is planned, e.g. --due 3=2026-12-01"),
    )
    p.add_argument(
        "--text",
        action="append",
        default=[],
        metavar=tr("ACTION=TEXT"),
        help=tr("your own wording for an action"),
    )
    p.add_argument("--add", metavar=tr("TEXT"), help=tr("add your own action (with --form)"))
    p.add_argument(
        "--form",
        choices=[f.value for f in Form],
        help=tr("the form of learning of your own action"),
    )
    p.add_argument(
        "--high-risk",
        action="append",
        default=[],
        metavar=tr("KIND=VALUE"),
        help=tr(
            "mark high-risk work, e.g. --high-risk role=Monteur or --high-risk "
            'department="Service & Onderhoud"'
        ),
    )
    p.add_argument(
        "--no-high-risk",
        action="append",
        default=[],
        metavar=tr("KIND=VALUE"),
        help=tr("no longer mark this role or department as high-risk work"),
    )
    p.add_argument(
        "--newcomer-months",
        type=int,
        metavar=tr("N"),
        help=tr("a newcomer started at most this many months before the wave (default 6)"),
    )
    p.add_argument(
        "--buddy-capacity",
        type=int,
        metavar=tr("N"),
        help=tr("at most this many newcomers per onboarding buddy (default 2)"),
    )


def _changes_requested(args: argparse.Namespace) -> bool:
    return any(getattr(args, name) not in (None, [], "") for name in _CHANGES)


def _apply(project: Project, args: argparse.Namespace) -> list[str]:
    """Carry out HR's decisions; returns one line per change, to print."""
    from kennisnet.session.plan import wave_plan

    done: list[str] = []
    if args.form and not args.add:
        raise CommandError(tr("--form goes with --add (your own action)."), usage=True)
    for option, marked in (("high_risk", True), ("no_high_risk", False)):
        for kind, value in pairs(getattr(args, option), tr("KIND=VALUE")).items():
            if kind not in ("role", "department"):
                raise CommandError(tr('"{kind}" is not role or department.', kind=kind), usage=True)
            project.mark_high_risk(kind, value, high_risk=marked)
            done.append(
                tr('Marked as high-risk work: {kind} "{value}".', kind=kind, value=value)
                if marked
                else tr('No longer high-risk work: {kind} "{value}".', kind=kind, value=value)
            )
    if args.newcomer_months is not None or args.buddy_capacity is not None:
        project.set_plan_options(
            newcomer_months=args.newcomer_months, buddy_capacity=args.buddy_capacity
        )
        done.append(tr("Plan settings saved."))
    data = wave_snapshot(project, args.wave)
    wave_id = data.wave.id
    current = wave_plan(project, data)

    def find(reference: str) -> object:
        action = current.find(reference)
        if action is None:
            raise CommandError(
                tr(
                    'The plan has no action "{ref}". Use a number from the list (1 to {count}) '
                    "or an action's key.",
                    ref=reference,
                    count=len(current.plan.actions),
                ),
                usage=True,
            )
        return action

    # Look every reference up first: nothing is changed when one of them is wrong.
    status_changes = [
        (find(ref), status)
        for option, status in (
            ("accept", Status.ACCEPTED),
            ("reject", Status.REJECTED),
            ("done", Status.DONE),
        )
        for ref in getattr(args, option)
    ]
    edits = [
        (find(ref), field, value)
        for field in ("owner", "due", "text")
        for ref, value in pairs(getattr(args, field), tr("ACTION=VALUE")).items()
    ]
    resets = [find(ref) for ref in args.reset]
    from kennisnet.store.plans import check_due

    for _, field, value in edits:
        if field == "due":
            check_due(value)  # a wrong date stops everything before anything is changed
    from kennisnet.plan import Action

    for action, status in status_changes:
        assert isinstance(action, Action)
        project.set_action_status(wave_id, action, status)
        done.append(
            tr(
                "Action {key}: {status}.",
                key=action.key,
                status=tr(STATUS_LABELS[status]).lower(),
            )
        )
    for action, field, value in edits:
        assert isinstance(action, Action)
        stored = {a.key: a for a in project.plan_actions(wave_id)}
        latest = stored.get(action.key, action)
        if field == "owner":
            project.edit_action(wave_id, latest, owner=value)
        elif field == "due":
            project.edit_action(wave_id, latest, due=value)
        else:
            project.edit_action(wave_id, latest, text=value)
        done.append(tr("Action {key}: changed.", key=action.key))
    for action in resets:
        assert isinstance(action, Action)
        if project.forget_plan_action(wave_id, action.key):
            done.append(tr("Action {key}: back to the proposal.", key=action.key))
    if args.add:
        if not args.form:
            raise CommandError(tr("Say which form of learning with --form."), usage=True)
        own = project.add_own_action(wave_id, form=Form(args.form), text=args.add)
        done.append(tr("Your own action {key} was added.", key=own.key))
    return done


def _print_plan(
    title: str, view: object, label: Callable[[int], str], scrub: Callable[[str], str] | None
) -> None:
    from kennisnet.session.plan import WavePlan

    assert isinstance(view, WavePlan)
    plan = view.plan
    say(tr("Learning plan — {project} — {wave}", project=title, wave=plan.wave_name))
    if not plan.actions:
        say(tr("The analysis finds nothing that needs an action in this wave."))
    headings = {
        1: tr("Step 1 — formal training first"),
        2: tr("Step 2 — then learning on the job"),
    }
    shown_phase = 0
    for number, a in enumerate(plan.actions, start=1):
        if a.phase != shown_phase:
            shown_phase = a.phase
            say("")
            say(headings[a.phase])
        say(
            f"{number:3d}. [{tr(FORM_LABELS[a.form])} · {tr(FINDING_LABELS[a.finding])}] "
            + action_text(a, label, scrub=scrub)
        )
        details = [tr("status: {status}", status=tr(STATUS_LABELS[a.status]).lower())]
        if a.owner:
            details.append(tr("owner: {owner}", owner=scrub(a.owner) if scrub else a.owner))
        if a.due:
            details.append(tr("planned: {date}", date=a.due))
        if a.done_at:
            details.append(tr("done on {date}", date=a.done_at[:10]))
        if not a.proposed and not a.key.startswith("hr:"):
            details.append(tr("no longer found by the analysis"))
        say("     " + " · ".join(details) + f" · {a.key}")
    buddies = plan.buddies
    if buddies:
        say("")
        say(tr("Onboarding buddies:"))
        for b in buddies:
            say(f"  {label(b.newcomer)} → {label(b.buddy)}")
    if plan.unreadable_start_dates:
        count = len(plan.unreadable_start_dates)
        say("")
        say(
            ntr(
                "The start date of {count} person could not be read; they are not counted as new.",
                "The start dates of {count} people could not be read; they are not counted as new.",
                count,
            )
        )


def cmd_plan(args: argparse.Namespace) -> int:
    from kennisnet.plan.jsonout import labeller, plan_json
    from kennisnet.session.plan import wave_plan

    path: Path = project_path(args.project)
    changes: list[str] = []
    if _changes_requested(args):
        with Project.open(path) as project, project.transaction():
            # One transaction: a wrong reference or date changes nothing at all.
            changes = _apply(project, args)
    indicator_rows = None
    followed = None
    with Project.open(path, readonly=True) as project:
        data = wave_snapshot(project, args.wave)
        view = wave_plan(project, data)
        title = project.name
        if args.indicators or args.chart:
            from kennisnet.session.plan import previous_wave_follow_up, project_indicators

            indicator_rows = project_indicators(project, up_to=data.wave.id)
            followed = previous_wave_follow_up(project, data, view.result)
    if args.chart and indicator_rows is not None:
        from kennisnet.cli.plan_indicators import write_chart

        write_chart(Path(args.chart), indicator_rows, language())
    scrub: Callable[[str], str] | None = None
    if args.pseudonymize:
        from kennisnet.export.pseudonym import Naming

        naming = Naming.build(data.people, pseudonymised=True)
        label: Callable[[int], str] = naming.code
        scrub = naming.scrub
        title = naming.scrub(title)
    else:
        label = labeller({p.id: p.name for p in data.people})
    if args.json:
        doc = plan_json(view.plan, label, language(), scrub)
        if indicator_rows is not None:
            from kennisnet.cli.plan_indicators import follow_up_json, indicators_json

            doc["indicators"] = indicators_json(indicator_rows)
            doc["follow_up"] = (
                {"wave": followed[0], "actions": follow_up_json(followed[1])} if followed else None
            )
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    for line in changes:
        say(line)
    if changes:
        say("")
    _print_plan(title, view, label, scrub)
    if args.indicators and indicator_rows is not None:
        from kennisnet.cli.plan_indicators import print_follow_up, print_indicators

        say("")
        print_indicators(indicator_rows)
        if followed is not None:
            say("")
            print_follow_up(followed[0], followed[1], label)
    if args.chart:
        say(tr("Written: {path}", path=args.chart))
    if not changes and view.plan.actions:
        say("")
        say(
            tr("Decide with: kennisnet plan {project} --accept 1 --reject 2 --done 3", project=path)
        )
    return 0
