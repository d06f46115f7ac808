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

from collections.abc import Collection, Sequence

from kennisnet.analysis import AnalysisResult, PersonResult
from kennisnet.i18n import N_, Nn_
from kennisnet.model import SurveyData
from kennisnet.plan.model import Action, Finding, Form, Plan, PlanOptions
from kennisnet.plan.rules_base import ProposalBase
from kennisnet.plan.rules_newcomers import NewcomerRules
from kennisnet.plan.rules_people import PeopleRules
from kennisnet.plan.sentences import sentence


class _Proposal(NewcomerRules, PeopleRules, ProposalBase):
    # -- 1. habit spreaders -------------------------------------------------------

    def habit_spreaders(self) -> None:
        for p in self.result.people:
            if not p.habit_spreader:
                continue
            template = Nn_(
                "{count} colleague learns from {person}, who has had no formal training "
                "for this work. Train {person} formally first, so that what others pick "
                "up from this key knowledge holder rests on a sound base.",
                "{count} colleagues learn from {person}, who has had no formal training "
                "for this work. Train {person} formally first, so that what others pick "
                "up from this key knowledge holder rests on a sound base.",
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
            template: str | tuple[str, str] = Nn_(
                "{learners} learns high-risk work from {person}, who has no formal "
                "training on record. Give {person} formal instruction first; until "
                "then, let {learners} learn this work from a trained colleague.",
                "{learners} learn high-risk work from {person}, who has no formal "
                "training on record. Give {person} formal instruction first; until "
                "then, let {learners} learn this work from a trained colleague.",
            )
            self.add(
                Action(
                    key=f"high_risk:source:{source}",
                    form=Form.FORMAL_TRAINING,
                    finding=Finding.HIGH_RISK,
                    people=(source,),
                    partners=tuple(learners),
                    sentence=sentence(
                        "high_risk_source",
                        template,
                        {"person": [source], "learners": learners},
                        count=len(learners),
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
            if kind == "role":
                template = Nn_(
                    "Work as {what} is high-risk. {people} has no formal training on "
                    "record: give formal instruction before this work is learned on the "
                    "job, whatever the network shows.",
                    "Work as {what} is high-risk. {people} have no formal training on "
                    "record: give them formal instruction before they learn this work on "
                    "the job, whatever the network shows.",
                )
            else:
                template = Nn_(
                    "The work in {what} is high-risk. {people} has no formal training on "
                    "record: give formal instruction before this work is learned on the "
                    "job, whatever the network shows.",
                    "The work in {what} is high-risk. {people} have no formal training on "
                    "record: give them formal instruction before they learn this work on "
                    "the job, whatever the network shows.",
                )
            self.add(
                Action(
                    key=f"high_risk:{kind}:{value.casefold()}",
                    form=Form.FORMAL_TRAINING,
                    finding=Finding.HIGH_RISK,
                    people=tuple(people),
                    partners=(),
                    sentence=sentence(
                        f"high_risk_{kind}",
                        template,
                        {"people": people},
                        what=value,
                        count=len(people),
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
                    template: str | tuple[str, str] = Nn_(
                        "Cluster {cluster}: {unreached} of {size} people cannot reach a "
                        "trained colleague within {steps} steps, so they may be copying "
                        "each other's habits. Start with formal training for {people}: the "
                        "training advice names this person because then the most "
                        "colleagues reach trained knowledge.",
                        "Cluster {cluster}: {unreached} of {size} people cannot reach a "
                        "trained colleague within {steps} steps, so they may be copying "
                        "each other's habits. Start with formal training for {people}: the "
                        "training advice names them because then the most colleagues "
                        "reach trained knowledge.",
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
                            "risk_cluster_training",
                            template,
                            {"people": new_targets},
                            count=len(new_targets),
                            **values,
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


__all__ = ["propose"]
