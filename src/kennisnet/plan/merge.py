"""Laying HR's stored decisions over the proposal of the analysis."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from kennisnet.i18n import tr
from kennisnet.plan.model import Action, Plan
from kennisnet.plan.sentences import NO_TEXT


def merge_plan(proposal: Plan, stored: Iterable[Action]) -> Plan:
    """The plan HR sees: the proposal, with each stored action in place of the proposed one.

    A stored action whose finding is no longer proposed (the data changed, or
    it is HR's own) stays in the plan with ``proposed=False``, after the
    proposed actions of its phase. The proposal itself is never stored, so it
    can always be worked out again from the analysis.
    """
    kept = {a.key: a for a in stored}
    actions: list[Action] = []
    for a in proposal.actions:
        if a.key in kept:
            actions.append(replace(kept.pop(a.key), proposed=True))
        else:
            actions.append(a)
    extra = [replace(a, proposed=False) for a in kept.values()]
    for a in extra:
        # After the last action of the same phase (HR's own actions at the very end).
        position = max((i + 1 for i, b in enumerate(actions) if b.phase <= a.phase), default=0)
        if a.key.startswith("hr:"):
            position = len(actions)
        actions.insert(position, a)
    return replace(proposal, actions=tuple(actions))


def action_text(
    action: Action,
    label: Callable[[int], str],
    lang: str | None = None,
    scrub: Callable[[str], str] | None = None,
) -> str:
    """The sentence of an action: HR's own wording when set, else the proposal's.

    ``scrub`` replaces names in HR's own wording (for pseudonymised outputs).
    """
    if action.text:
        return scrub(action.text) if scrub is not None else action.text
    if action.key.startswith("hr:") and not action.sentence.template:
        return tr(NO_TEXT, lang=lang)
    return action.sentence.render(label, lang)
