"""Personal codes, scrubbing names out of text, and hiding small groups."""

from __future__ import annotations

import re
from dataclasses import replace

from kennisnet.analysis import AnalysisResult, Message
from kennisnet.export import Naming, person_codes
from kennisnet.export.pseudonym import HIDDEN_GROUP
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


def test_counts_in_sentences_stay_figures_when_staff_are_numbered_1_2_3() -> None:
    """Small organisations number their staff 1, 2, 3 …: a count in a sentence equal to an
    employee number is a figure, and a code in its place would be a wrong number. A value
    (a label, a column's value such as a manager's number, a title) is still replaced."""
    from kennisnet.model import Person

    people = [
        Person(id=i, uid=f"u{i}", name=f"Person {i}", employee_number=str(i)) for i in range(1, 40)
    ]
    people += [
        Person(id=50, uid="u50", name="Anna Bos", employee_number="007123"),
        Person(id=51, uid="u51", name="Bert Bos", employee_number="1234567"),
    ]
    naming = Naming.build(people, pseudonymised=True)
    sentence = Message(
        "gatekeeper_loss",
        "If {name} left, {count} colleagues would lose every route; 3 of 20 answered.",
        (("name", "Person 7"), ("count", 15)),
    )
    assert naming.message(sentence, "en") == (
        f"If {naming.code(7)} left, 15 colleagues would lose every route; 3 of 20 answered."
    )
    # Whole values and titles: every employee number is replaced, plain ones included.
    assert naming.scrub("15") == naming.code(15)
    assert naming.scrub("Manager 12") == f"Manager {naming.code(12)}"
    # In a sentence, a number that cannot be a count is replaced too.
    odd = Message("x", "Ask {who}: 007123 or 1234567.", (("who", "Anna Bos"),))
    assert naming.message(odd, "en") == "Ask {0}: {0} or {1}.".format(
        naming.code(50), naming.code(51)
    )


def test_a_pseudonymised_sentence_keeps_its_figures(
    small: tuple[SurveyData, AnalysisResult],
) -> None:
    from kennisnet.analysis import what_if

    data, result = small
    numbered = [replace(p, employee_number=str(i + 1)) for i, p in enumerate(data.people)]
    naming = Naming.build(numbered, pseudonymised=True)
    holder = max(result.people, key=lambda p: p.in_degree)
    gone = what_if(data, [holder.id], result.options, base=result)

    def figures(text: str) -> list[str]:
        return re.findall(r"\d+", re.sub(r"P-\d+", "", text))

    checked = 0
    for sentence in [*(c.sentence for c in result.clusters), *gone.sentences]:
        shown = naming.message(sentence, "en")
        if shown == HIDDEN_GROUP:
            continue
        assert figures(shown) == figures(sentence.text("en")), (sentence.code, shown)
        checked += len(figures(shown))
    assert checked > 0


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
