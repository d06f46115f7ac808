"""Personal codes, scrubbing names out of text, and hiding small groups."""

from __future__ import annotations

from dataclasses import replace

from kennisnet.analysis import AnalysisResult, Message
from kennisnet.export import Naming, person_codes
from kennisnet.model import SurveyData


def test_codes_are_unique_stable_and_not_in_roster_order(
    small: tuple[SurveyData, AnalysisResult],
) -> None:
    data, _ = small
    codes = person_codes(data.people)
    assert sorted(codes) == [p.id for p in data.people]
    assert len(set(codes.values())) == len(codes)
    assert all(c.startswith("P-") and len(c) == 5 for c in codes.values())
    # The same whatever order the people come in.
    assert person_codes(reversed(data.people)) == codes
    # Not simply numbered in roster order.
    in_order = [codes[p.id] for p in data.people]
    assert in_order != sorted(in_order)


def test_scrub_replaces_names_numbers_and_mail(small: tuple[SurveyData, AnalysisResult]) -> None:
    data, _ = small
    naming = Naming.build(data.people, pseudonymised=True)
    zeynep = data.people[0]
    code = naming.code(zeynep.id)
    text = f"Ask {zeynep.name.upper()} ({zeynep.employee_number}, {zeynep.email})."
    assert naming.scrub(text) == f"Ask {code} ({code}, {code})."
    # Parts of words are left alone.
    assert naming.scrub("Werkplaats") == "Werkplaats"
    assert Naming.build(data.people, pseudonymised=False).scrub(text) == text


def test_pseudonymised_result_has_no_names_and_hides_small_groups(
    small: tuple[SurveyData, AnalysisResult],
) -> None:
    data, result = small
    naming = Naming.build(data.people, pseudonymised=True)
    shown = naming.result(result, "en")
    names = {p.name for p in data.people}
    assert not names & {p.name for p in shown.people}
    assert all(p.employee_number is None and p.role is None for p in shown.people)
    lab = [p for p in shown.people if p.id in (13, 14, 15)]
    assert {p.department for p in lab} == {"(small department, hidden)"}
    small_cluster = next(c for c in shown.clusters if c.size == 3)
    assert (
        small_cluster.sentence.text("en") == "Figures hidden: this group has fewer than 5 people."
    )
    assert small_cluster.departments == ()
    assert [d.department for d in shown.quality.departments] == ["Werkplaats"]
    # Not pseudonymised: the very same object.
    assert Naming.build(data.people, pseudonymised=False).result(result, "en") is result


def test_messages_render_with_codes_and_without_small_departments(
    small: tuple[SurveyData, AnalysisResult],
) -> None:
    data, _ = small
    naming = Naming.build(data.people, pseudonymised=True)
    low = Message(
        "low_response_departments",
        "Fewer than 80% answered in: {departments}.",
        (("departments", "Lab, Werkplaats"),),
    )
    assert naming.message(low, "en") == "Fewer than 80% answered in: Werkplaats."
    only_small = replace(low, values=(("departments", "Lab"),))
    assert naming.message(only_small, "en") == "hidden (fewer than 5 people)"
    named = Message("x", "Ask {name}.", (("name", data.people[1].name),))
    assert naming.message(named, "nl") == f"Ask {naming.code(2)}."
