"""``propose()``: the plan the analysis suggests for one wave (docs/analysis.md, "The plan").

Formal training first, then learning on the job. Phase 1 holds every formal
training or instruction, phase 2 the learning on the job that builds on it;
an action of phase 2 names the training it waits for in ``after``. Nobody is
proposed for formal training twice: the first rule that needs it (in the order
below) makes the action, later rules refer to it.

1. Habit spreader -> formal training for this person.
2. High-risk work -> formal instruction first for an untrained source that
   learners in high-risk work learn from (flagged), and for every other
   untrained person in high-risk work.
3. Risk cluster -> formal training for the people of the training advice in
   the cluster (when it names none: the untrained member most others in the
   cluster learn from), then job shadowing or mentoring with trained, not
   overloaded colleagues close by.
4. New employees -> an onboarding buddy (:mod:`kennisnet.plan.buddies`), or
   "train a buddy first" naming whom.
5. Gatekeeper or only source -> mentoring a second colleague.
6. Overloaded -> share the load with trained colleagues nearby; peer learning.
7. Learns alone -> peer learning or a buddy (not for newcomers: they get one).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.i18n import N_
from kennisnet.model import Person, SurveyData
from kennisnet.plan import buddies as buddy_rules
from kennisnet.plan.model import Action, Finding, Form, Plan, PlanOptions
from kennisnet.plan.network import NEAR, Helpers, distances, undirected
from kennisnet.plan.sentences import sentence

#: Someone named as the only source by at least this many learners gets a mentoring action.
SOLE_SOURCE_MIN = 2


def _wave_start(data: SurveyData) -> date:
    return buddy_rules.parse_date(data.wave.started_at[:10]) or date.today()


class _Proposal:
    def __init__(self, result: AnalysisResult, data: SurveyData, options: PlanOptions) -> None:
        self.result = result
        self.data = data
        self.options = options
        self.adj = undirected(result)
        self.helpers = Helpers(result, self.adj)
        self.learners: dict[int, list[int]] = {}
        for e in result.edges:
            self.learners.setdefault(e.source, []).append(e.learner)
        self.persons: dict[int, Person] = {p.id: p for p in data.people}
        self.actions: list[Action] = []
        #: Person id -> key of the formal training action that covers them.
        self.training: dict[int, str] = {}

    def p(self, person_id: int) -> PersonResult:
        return self.result.person(person_id)

    def add(self, action: Action) -> None:
        self.actions.append(action)
        if action.form is Form.FORMAL_TRAINING and action.finding is not Finding.NEWCOMER:
            for pid in action.people:
                self.training.setdefault(pid, action.key)

    def waits_for(self, people: Collection[int]) -> tuple[str, ...]:
        return tuple(sorted({self.training[i] for i in people if i in self.training}))

    def learners_of(self, person_id: int) -> list[int]:
        return sorted(self.learners.get(person_id, ()))

    # -- 1. habit spreaders -------------------------------------------------------

    def habit_spreaders(self) -> None:
        for p in self.result.people:
            if not p.habit_spreader:
                continue
            template = (
                N_(
                    "{count} colleague learns from {person}, who has had no formal training "
                    "for this work. Train {person} formally first, so that what others pick "
                    "up from this key knowledge holder rests on a sound base."
                )
                if p.in_degree == 1
                else N_(
                    "{count} colleagues learn from {person}, who has had no formal training "
                    "for this work. Train {person} formally first, so that what others pick "
                    "up from this key knowledge holder rests on a sound base."
                )
            )
            self.add(
                Action(
                    key=f"habit_spreader:{p.id}",
                    form=Form.FORMAL_TRAINING,
                    finding=Finding.HABIT_SPREADER,
                    people=(p.id,),
                    partners=(),
                    sentence=sentence(
                        "habit_spreader", template, {"person": [p.id]}, count=p.in_degree
                    ),
                    phase=1,
                )
            )

    # -- 2. high-risk work -----------------------------------------------------------

    def in_high_risk(self, p: PersonResult) -> tuple[str, str] | None:
        """('role' or 'department', the value as HR marked it) or None."""
        roles = {r.casefold(): r for r in self.options.high_risk_roles}
        departments = {d.casefold(): d for d in self.options.high_risk_departments}
        if p.role and p.role.casefold() in roles:
            return "role", roles[p.role.casefold()]
        if p.department and p.department.casefold() in departments:
            return "department", departments[p.department.casefold()]
        return None

    def high_risk(self) -> None:
        if not self.options.high_risk_roles and not self.options.high_risk_departments:
            return
        staff = [p for p in self.result.people if not p.external]
        at_risk = {p.id for p in staff if self.in_high_risk(p) is not None}
        # Flag: learners in high-risk work whose source is not known to be trained.
        flagged: dict[int, list[int]] = {}
        for e in self.result.edges:
            if e.learner in at_risk and self.p(e.source).trained is not True:
                flagged.setdefault(e.source, []).append(e.learner)
        for source, learners in sorted(flagged.items()):
            learners.sort()
            template = (
                N_(
                    "{learners} learns high-risk work from {person}, who has no formal "
                    "training on record. Give {person} formal instruction first; until "
                    "then, let {learners} learn this work from a trained colleague."
                )
                if len(learners) == 1
                else N_(
                    "{learners} learn high-risk work from {person}, who has no formal "
                    "training on record. Give {person} formal instruction first; until "
                    "then, let {learners} learn this work from a trained colleague."
                )
            )
            self.add(
                Action(
                    key=f"high_risk:source:{source}",
                    form=Form.FORMAL_TRAINING,
                    finding=Finding.HIGH_RISK,
                    people=(source,),
                    partners=tuple(learners),
                    sentence=sentence(
                        "high_risk_source", template, {"person": [source], "learners": learners}
                    ),
                    phase=1,
                )
            )
        groups: dict[tuple[str, str], list[int]] = {}
        for p in staff:
            where = self.in_high_risk(p)
            if where is not None and p.trained is not True and p.id not in self.training:
                groups.setdefault(where, []).append(p.id)
        for (kind, value), people in sorted(groups.items()):
            one = len(people) == 1
            if kind == "role":
                template = (
                    N_(
                        "Work as {what} is high-risk. {people} has no formal training on "
                        "record: give formal instruction before this work is learned on the "
                        "job, whatever the network shows."
                    )
                    if one
                    else N_(
                        "Work as {what} is high-risk. {people} have no formal training on "
                        "record: give them formal instruction before they learn this work on "
                        "the job, whatever the network shows."
                    )
                )
            else:
                template = (
                    N_(
                        "The work in {what} is high-risk. {people} has no formal training on "
                        "record: give formal instruction before this work is learned on the "
                        "job, whatever the network shows."
                    )
                    if one
                    else N_(
                        "The work in {what} is high-risk. {people} have no formal training on "
                        "record: give them formal instruction before they learn this work on "
                        "the job, whatever the network shows."
                    )
                )
            self.add(
                Action(
                    key=f"high_risk:{kind}:{value.casefold()}",
                    form=Form.FORMAL_TRAINING,
                    finding=Finding.HIGH_RISK,
                    people=tuple(people),
                    partners=(),
                    sentence=sentence(
                        f"high_risk_{kind}", template, {"people": people}, what=value
                    ),
                    phase=1,
                )
            )

    # -- 3. risk clusters --------------------------------------------------------------

    def risk_clusters(self) -> list[Action]:
        later: list[Action] = []
        advice = self.result.advice.person_ids
        for c in self.result.risk_clusters:
            members = set(c.members)
            identity = min(c.members)
            targets = [i for i in advice if i in members]
            from_advice = bool(targets)
            if not targets:
                source = self.cluster_source(c.members, exclude=())
                targets = [source] if source is not None else []
            new_targets = [i for i in targets if i not in self.training]
            key = f"risk_cluster:{identity}:training"
            values = {
                "cluster": c.id,
                "unreached": c.unreached_count,
                "size": c.size,
                "steps": self.result.options.reach_steps,
            }
            if new_targets:
                if from_advice:
                    template = (
                        N_(
                            "Cluster {cluster}: {unreached} of {size} people cannot reach a "
                            "trained colleague within {steps} steps, so they may be copying "
                            "each other's habits. Start with formal training for {people}: the "
                            "training advice names this person because then the most "
                            "colleagues reach trained knowledge."
                        )
                        if len(new_targets) == 1
                        else N_(
                            "Cluster {cluster}: {unreached} of {size} people cannot reach a "
                            "trained colleague within {steps} steps, so they may be copying "
                            "each other's habits. Start with formal training for {people}: the "
                            "training advice names them because then the most colleagues "
                            "reach trained knowledge."
                        )
                    )
                else:
                    template = N_(
                        "Cluster {cluster}: {unreached} of {size} people cannot reach a "
                        "trained colleague within {steps} steps, so they may be copying each "
                        "other's habits. Start with formal training for {people}: this is "
                        "the colleague the others in the cluster learn from most, so the "
                        "right base spreads from there."
                    )
                self.add(
                    Action(
                        key=key,
                        form=Form.FORMAL_TRAINING,
                        finding=Finding.RISK_CLUSTER,
                        people=tuple(new_targets),
                        partners=(),
                        sentence=sentence(
                            "risk_cluster_training", template, {"people": new_targets}, **values
                        ),
                        phase=1,
                        cluster=c.id,
                    )
                )
            unreached = [i for i in c.members if not self.p(i).reaches_trained and i not in targets]
            learners = unreached or [
                i for i in c.members if self.p(i).trained is not True and i not in targets
            ]
            if not learners:
                continue
            found = self.helpers.near(
                learners,
                department=c.main_department,
                exclude=targets,
                count=self.options.candidates,
            )
            partners = list(found)
            if not found and targets and any(self.p(i).overloaded for i in targets):
                # The trained-to-be source has too many learners already: a second one.
                second = self.cluster_source(c.members, exclude=targets)
                if second is not None and second not in self.training:
                    self.add(
                        Action(
                            key=key if not new_targets else f"risk_cluster:{identity}:second",
                            form=Form.FORMAL_TRAINING,
                            finding=Finding.RISK_CLUSTER,
                            people=(second,),
                            partners=(),
                            sentence=sentence(
                                "risk_cluster_second",
                                N_(
                                    "Cluster {cluster}: {trained} already has more learners "
                                    "than one person can handle well. Train {people} "
                                    "formally as well, so that the colleagues in this cluster "
                                    "have a second trained person to learn from."
                                ),
                                {"people": [second], "trained": targets},
                                cluster=c.id,
                            ),
                            phase=1,
                            cluster=c.id,
                        )
                    )
                if second is not None:
                    learners = [i for i in learners if i != second]
                    partners = [*targets, second]
            if not partners:
                partners = list(targets)
            first = self.waits_for([*targets, *partners, *learners])
            if found and targets:
                template = N_(
                    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained "
                    "colleague within {steps} steps): after the formal training of {trained}, let"
                    " {people} learn on the job from a trained colleague close by who is not "
                    "overloaded — job shadowing or mentoring with {partners}."
                )
            elif found:
                template = N_(
                    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained "
                    "colleague within {steps} steps): let {people} learn on the job from a "
                    "trained colleague close by who is not overloaded — job shadowing or "
                    "mentoring with {partners}."
                )
            elif partners:
                template = N_(
                    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained "
                    "colleague within {steps} steps): after the formal training of {partners}, "
                    "let {people} learn on the job from them by job shadowing or mentoring; there"
                    " is no other trained colleague close by who is not overloaded."
                )
            else:
                template = N_(
                    "Cluster {cluster} ({unreached} of {size} people cannot reach a trained "
                    "colleague within {steps} steps): let {people} learn on the job only after "
                    "formal training; there is no trained colleague close by who is not "
                    "overloaded to shadow yet."
                )
            later.append(
                Action(
                    key=f"risk_cluster:{identity}:on_the_job",
                    form=Form.JOB_SHADOWING,
                    finding=Finding.RISK_CLUSTER,
                    people=tuple(learners),
                    partners=tuple(partners),
                    sentence=sentence(
                        "risk_cluster_on_the_job",
                        template,
                        {"people": learners, "partners": partners, "trained": targets},
                        **values,
                    ),
                    phase=2,
                    after=first,
                    cluster=c.id,
                )
            )
        return later

    def cluster_source(self, members: Collection[int], exclude: Collection[int]) -> int | None:
        """The untrained, not overloaded member most others in the cluster learn from."""
        inside = set(members)
        counts: dict[int, int] = {}
        for e in self.result.edges:
            if e.learner in inside and e.source in inside:
                counts[e.source] = counts.get(e.source, 0) + 1
        ranked = sorted(
            (-n, i)
            for i, n in counts.items()
            if i not in exclude and self.p(i).trained is not True and not self.p(i).overloaded
        )
        return ranked[0][1] if ranked else None

    # -- 4. newcomers -----------------------------------------------------------------

    def newcomers(self) -> tuple[list[Action], tuple[int, ...], tuple[int, ...]]:
        staff = [p for p in self.data.people if not p.external and self.result.has_person(p.id)]
        new, unreadable = buddy_rules.newcomers(
            staff, _wave_start(self.data), self.options.newcomer_months
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
                    template = (
                        N_(
                            "{person} is the only route to trained knowledge for one "
                            "colleague. Let {person} mentor a second colleague — for example "
                            "{partners} — so that the knowledge no longer hangs on one person."
                        )
                        if count == 1
                        else N_(
                            "{person} is the only route to trained knowledge for {count} "
                            "colleagues. Let {person} mentor a second colleague — for example "
                            "{partners} — so that the knowledge no longer hangs on one person."
                        )
                    )
                else:
                    template = (
                        N_(
                            "{person} is the only route to trained knowledge for one "
                            "colleague. Let {person} mentor a second colleague from the team, "
                            "so that the knowledge no longer hangs on one person."
                        )
                        if count == 1
                        else N_(
                            "{person} is the only route to trained knowledge for {count} "
                            "colleagues. Let {person} mentor a second colleague from the team, "
                            "so that the knowledge no longer hangs on one person."
                        )
                    )
            else:
                count = p.sole_source_of
                template = (
                    N_(
                        "{count} colleagues name {person} as their only source. Let {person} "
                        "mentor a second colleague — for example {partners} — so that the "
                        "knowledge no longer hangs on one person."
                    )
                    if mentees
                    else N_(
                        "{count} colleagues name {person} as their only source. Let {person} "
                        "mentor a second colleague from the team, so that the knowledge no "
                        "longer hangs on one person."
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


def propose(result: AnalysisResult, data: SurveyData, options: PlanOptions | None = None) -> Plan:
    """The proposed plan for the wave of ``result`` (``data`` is the same wave's survey)."""
    options = options or PlanOptions()
    work = _Proposal(result, data, options)
    work.habit_spreaders()
    work.high_risk()
    later = work.risk_clusters()
    buddy_actions, new, unreadable = work.newcomers()
    later += buddy_actions
    later += work.gatekeepers()
    later += work.overloaded()
    later += work.learns_alone(new)
    actions: Sequence[Action] = [*work.actions, *later]
    return Plan(
        wave_id=result.wave_id,
        wave_name=result.wave_name,
        options=options,
        actions=tuple(actions),
        newcomers=new,
        unreadable_start_dates=unreadable,
    )


__all__ = ["NEAR", "SOLE_SOURCE_MIN", "propose"]
