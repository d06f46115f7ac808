"""The results dashboard's what-if steps: who leaves, step by step, with undo.

Who leaves is picked in a dialog or on a person's card; each step is worked out in
the background on top of the previous one (see :class:`ResultsPanel`) and kept here.
"""

from __future__ import annotations

from kennisnet.analysis import WhatIfResult


class WhatIfSteps:
    """The what-if results on screen, oldest first; the newest is the one shown."""

    def __init__(self) -> None:
        self.stack: list[WhatIfResult] = []

    def current(self) -> WhatIfResult | None:
        return self.stack[-1] if self.stack else None

    def leaving(self) -> tuple[int, ...]:
        """Who leaves in the step shown (nobody when none is)."""
        return self.stack[-1].leaving if self.stack else ()

    def next_leaving(self, people: tuple[int, ...], *, replace: bool) -> tuple[int, ...] | None:
        """Who leaves in the next step: ``people`` on top of the step shown (or instead of
        it with ``replace``); None when that is what is shown already."""
        before = set() if replace else set(self.leaving())
        leaving = tuple(sorted(before | set(people)))
        if self.stack and leaving == self.stack[-1].leaving:
            return None
        return leaving

    def push(self, whatif: WhatIfResult) -> None:
        self.stack.append(whatif)

    def undo(self) -> bool:
        """One step back; False when there was no step."""
        if not self.stack:
            return False
        self.stack.pop()
        return True

    def reset(self) -> bool:
        """Back to today; False when no step was shown."""
        if not self.stack:
            return False
        self.stack.clear()
        return True
