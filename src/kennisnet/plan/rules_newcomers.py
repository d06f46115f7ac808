"""Rule 4: new employees get a trained onboarding buddy (see :mod:`kennisnet.plan.buddies`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from kennisnet.analysis import PersonResult
from kennisnet.i18n import N_
from kennisnet.plan import buddies as buddy_rules
from kennisnet.plan.model import Action, Finding, Form
from kennisnet.plan.network import distances
from kennisnet.plan.rules_base import ProposalBase, wave_start
from kennisnet.plan.sentences import sentence


class NewcomerRules(ProposalBase):
    # -- 4. newcomers -----------------------------------------------------------------

    def newcomers(self) -> tuple[list[Action], tuple[int, ...], tuple[int, ...]]:
        staff = [p for p in self.data.people if not p.external and self.result.has_person(p.id)]
        new, unreadable = buddy_rules.newcomers(
            staff, wave_start(self.data), self.options.newcomer_months
        )
        if not new:
            return [], new, unreadable
        newset = set(new)
        threshold = self.result.options.overloaded_threshold
        candidates = [
            p
            for p in self.result.people
            if p.id not in newset and p.trained is True and not p.overloaded and not p.external
        ]
        near = {n: distances(self.adj, [n], 4) for n in new}
        pairs = buddy_rules.match_matrix(
            self.pair_costs(new, candidates, near, threshold), self.options.buddy_capacity
        )
        later: list[Action] = []
        for row, n in enumerate(new):
            started = self.persons[n].start_date or ""
            start_text = (buddy_rules.parse_date(started) or date.min).isoformat()
            if row in pairs:
                b = candidates[pairs[row]]
                group = self.group(n, b.id)
                template = {
                    0: N_(
                        "{person} is new (started {date}). Onboarding buddy: {partners} — "
                        "trained, not overloaded and in the same team."
                    ),
                    1: N_(
                        "{person} is new (started {date}). Onboarding buddy: {partners} — "
                        "trained, not overloaded and in the same department."
                    ),
                    3: N_(
                        "{person} is new (started {date}). Onboarding buddy: {partners} — "
                        "trained and not overloaded, but from elsewhere: nobody in the "
                        "newcomer's own team or department is trained and available."
                    ),
                }[group]
                later.append(
                    Action(
                        key=f"newcomer:{n}",
                        form=Form.ONBOARDING_BUDDY,
                        finding=Finding.NEWCOMER,
                        people=(n,),
                        partners=(b.id,),
                        sentence=sentence(
                            "newcomer_buddy",
                            template,
                            {"person": [n], "partners": [b.id]},
                            date=start_text,
                        ),
                        phase=2,
                    )
                )
                continue
            train = self.buddy_to_train(n, newset, near[n])
            template = (
                N_(
                    "{partners} is new (started {date}), but no trained colleague who is not "
                    "overloaded is free to be an onboarding buddy. Train a buddy first — for "
                    "example {people} — and then pair them with {partners}."
                )
                if train
                else N_(
                    "{partners} is new (started {date}), but no trained colleague who is not "
                    "overloaded is free to be an onboarding buddy. Train a colleague from the "
                    "team first and then pair them with {partners}."
                )
            )
            self.add(
                Action(
                    key=f"newcomer:{n}",
                    form=Form.FORMAL_TRAINING,
                    finding=Finding.NEWCOMER,
                    people=tuple(train),
                    partners=(n,),
                    sentence=sentence(
                        "newcomer_train_buddy",
                        template,
                        {"people": train, "partners": [n]},
                        date=start_text,
                    ),
                    phase=1,
                )
            )
        return later, new, unreadable

    def group(self, a: int, b: int) -> int:
        pa, pb = self.p(a), self.p(b)
        if pa.team and pa.team == pb.team and pa.department == pb.department:
            return 0
        if pa.department and pa.department == pb.department:
            return 1
        return 3

    def pair_costs(
        self,
        new: Sequence[int],
        candidates: Sequence[PersonResult],
        near: Mapping[int, Mapping[int, int]],
        threshold: int,
    ) -> Any:
        """Cost of every newcomer (row) with every candidate buddy (column), see
        :mod:`kennisnet.plan.buddies`: 10 x group + steps (1..5) + load."""
        import numpy as np

        departments: dict[str, int] = {}
        teams: dict[tuple[str | None, str], int] = {}

        def department(p: PersonResult, missing: int) -> int:
            return (
                departments.setdefault(p.department, len(departments)) if p.department else missing
            )

        def team(p: PersonResult, missing: int) -> int:
            return teams.setdefault((p.department, p.team), len(teams)) if p.team else missing

        cand_department = np.array([department(b, -1) for b in candidates], dtype=np.int64)
        cand_team = np.array([team(b, -1) for b in candidates], dtype=np.int64)
        load = np.array([b.in_degree / threshold for b in candidates], dtype=np.float64)
        column = {b.id: j for j, b in enumerate(candidates)}
        rows = []
        for n in new:
            pn = self.p(n)
            group = np.where(
                cand_team == team(pn, -2),
                0.0,
                np.where(cand_department == department(pn, -2), 1.0, 3.0),
            )
            steps = np.full(len(candidates), 5.0)
            for pid, k in near[n].items():
                j = column.get(pid)
                if j is not None:
                    steps[j] = float(min(k, 5))
            rows.append(10.0 * group + steps + load)
        return np.vstack(rows) if rows else np.zeros((0, len(candidates)))

    def buddy_to_train(self, newcomer: int, newset: set[int], near: Mapping[int, int]) -> list[int]:
        advice = set(self.result.advice.person_ids)
        ranked = sorted(
            (
                self.group(newcomer, p.id),
                0 if p.id in advice else 1,
                near.get(p.id, 5),
                -p.in_degree,
                p.id,
            )
            for p in self.result.people
            if p.id not in newset
            and p.trained is not True
            and not p.overloaded
            and not p.external
            and self.group(newcomer, p.id) < 3
        )
        return [r[-1] for r in ranked[:1]]
