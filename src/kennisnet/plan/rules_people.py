"""Rules 5-7: gatekeepers mentor a second colleague, the overloaded share the load, and
who learns alone gets peer learning."""

from __future__ import annotations

from collections.abc import Collection

from kennisnet.i18n import N_, Nn_
from kennisnet.plan.model import Action, Finding, Form
from kennisnet.plan.network import distances
from kennisnet.plan.rules_base import SOLE_SOURCE_MIN, ProposalBase
from kennisnet.plan.sentences import sentence


class PeopleRules(ProposalBase):
    # -- 5. gatekeepers ---------------------------------------------------------------

    def gatekeepers(self) -> list[Action]:
        later: list[Action] = []
        # The biggest risk first: most colleagues who would lose trained knowledge.
        ranked_people = sorted(
            self.result.people, key=lambda p: (-p.gatekeeper_of, -p.sole_source_of, p.id)
        )
        for p in ranked_people:
            if p.external or (p.gatekeeper_of < 1 and p.sole_source_of < SOLE_SOURCE_MIN):
                continue
            learners = [self.p(i) for i in self.learners_of(p.id)]
            ranked = sorted(
                (
                    0 if q.trained is True else 1,
                    0 if q.department == p.department else 1,
                    -q.in_degree,
                    q.id,
                )
                for q in learners
                if not q.overloaded and not q.external
            )
            mentees = [r[-1] for r in ranked[: self.options.candidates]]
            if p.gatekeeper_of >= 1:
                count = p.gatekeeper_of
                if mentees:
                    template = Nn_(
                        "{person} is the only route to trained knowledge for one "
                        "colleague. Let {person} mentor a second colleague — for example "
                        "{partners} — so that the knowledge no longer hangs on one person.",
                        "{person} is the only route to trained knowledge for {count} "
                        "colleagues. Let {person} mentor a second colleague — for example "
                        "{partners} — so that the knowledge no longer hangs on one person.",
                    )
                else:
                    template = Nn_(
                        "{person} is the only route to trained knowledge for one "
                        "colleague. Let {person} mentor a second colleague from the team, "
                        "so that the knowledge no longer hangs on one person.",
                        "{person} is the only route to trained knowledge for {count} "
                        "colleagues. Let {person} mentor a second colleague from the team, "
                        "so that the knowledge no longer hangs on one person.",
                    )
            else:
                count = p.sole_source_of
                template = (
                    Nn_(
                        "{count} colleague names {person} as their only source. Let {person} "
                        "mentor a second colleague — for example {partners} — so that the "
                        "knowledge no longer hangs on one person.",
                        "{count} colleagues name {person} as their only source. Let {person} "
                        "mentor a second colleague — for example {partners} — so that the "
                        "knowledge no longer hangs on one person.",
                    )
                    if mentees
                    else Nn_(
                        "{count} colleague names {person} as their only source. Let {person} "
                        "mentor a second colleague from the team, so that the knowledge no "
                        "longer hangs on one person.",
                        "{count} colleagues name {person} as their only source. Let {person} "
                        "mentor a second colleague from the team, so that the knowledge no "
                        "longer hangs on one person.",
                    )
                )
            later.append(
                Action(
                    key=f"gatekeeper:{p.id}",
                    form=Form.MENTORING,
                    finding=Finding.GATEKEEPER,
                    people=(p.id,),
                    partners=tuple(mentees),
                    sentence=sentence(
                        "gatekeeper", template, {"person": [p.id], "partners": mentees}, count=count
                    ),
                    phase=2,
                    after=self.waits_for([p.id]),
                )
            )
        return later

    # -- 6. overloaded ----------------------------------------------------------------

    def overloaded(self) -> list[Action]:
        later: list[Action] = []
        for p in sorted(self.result.people, key=lambda p: (-p.in_degree, p.id)):
            if not p.overloaded or p.external:
                continue
            learners = self.learners_of(p.id)
            found = list(
                self.helpers.near(
                    [p.id],
                    department=p.department,
                    count=self.options.candidates,
                )
            )
            soon: list[int] = []
            if not found:
                # Colleagues close by who are proposed for formal training already.
                near = distances(self.adj, [p.id], 2)
                soon = sorted(
                    i for i in self.training if i != p.id and i in near and not self.p(i).overloaded
                )[: self.options.candidates]
            if len(found) > 1:
                template = N_(
                    "{count} colleagues learn from {person} — more than one person can "
                    "handle well. Share the load: {partners} are trained, close by and could "
                    "take on some of these learners. Bring the learners together in peer "
                    "learning sessions too, so that they also learn from each other."
                )
            elif found:
                template = N_(
                    "{count} colleagues learn from {person} — more than one person can "
                    "handle well. Share the load: {partners} is trained, close by and could "
                    "take on some of these learners. Bring the learners together in peer "
                    "learning sessions too, so that they also learn from each other."
                )
            elif soon:
                template = N_(
                    "{count} colleagues learn from {person} — more than one person can "
                    "handle well. No trained colleague close by is free yet: after their "
                    "formal training (step 1), let {partners} take on some of these learners, "
                    "and bring the learners together in peer learning sessions, so that they "
                    "also learn from each other."
                )
                found = soon
            else:
                template = N_(
                    "{count} colleagues learn from {person} — more than one person can "
                    "handle well. No other trained colleague close by is free to take on "
                    "learners, so train one (see the training advice) and bring the learners "
                    "together in peer learning sessions, so that they also learn from each "
                    "other."
                )
            later.append(
                Action(
                    key=f"overloaded:{p.id}",
                    form=Form.PEER_LEARNING,
                    finding=Finding.OVERLOADED,
                    people=(p.id,),
                    partners=tuple(found),
                    sentence=sentence(
                        "overloaded",
                        template,
                        {"person": [p.id], "partners": found},
                        count=len(learners),
                    ),
                    phase=2,
                    after=self.waits_for([p.id, *found]),
                )
            )
        return later

    # -- 7. learns alone --------------------------------------------------------------

    def learns_alone(self, newcomers: Collection[int]) -> list[Action]:
        later: list[Action] = []
        for p in self.result.people:
            if not p.learns_alone or p.external or p.id in newcomers:
                continue
            found = list(self.helpers.near([p.id], department=p.department, count=1))
            template = (
                N_(
                    "{person} names nobody to learn from and mostly solves problems by trial "
                    "and error. Pair {person} with a trained colleague for peer learning or as "
                    "a buddy — for example {partners} — so that {person} does not have to work "
                    "everything out alone."
                )
                if found
                else N_(
                    "{person} names nobody to learn from and mostly solves problems by trial "
                    "and error. Bring {person} into peer learning with colleagues from the "
                    "team, so that {person} does not have to work everything out alone."
                )
            )
            later.append(
                Action(
                    key=f"learns_alone:{p.id}",
                    form=Form.PEER_LEARNING,
                    finding=Finding.LEARNS_ALONE,
                    people=(p.id,),
                    partners=tuple(found),
                    sentence=sentence(
                        "learns_alone", template, {"person": [p.id], "partners": found}
                    ),
                    phase=2,
                )
            )
        return later
