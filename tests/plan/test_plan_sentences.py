"""Plan sentences about a count choose the singular or plural form, in both languages,
also after they were stored in the project and read back."""

from __future__ import annotations

from kennisnet.i18n import Nn_
from kennisnet.plan.sentences import Sentence, join_names, sentence

FORMS = Nn_(
    "{count} colleague names {person} as their only source. Let {person} mentor a second "
    "colleague from the team, so that the knowledge no longer hangs on one person.",
    "{count} colleagues name {person} as their only source. Let {person} mentor a second "
    "colleague from the team, so that the knowledge no longer hangs on one person.",
)


def labels(person_id: int) -> str:
    return {1: "Anne", 2: "Bob"}[person_id]


def test_a_count_reads_right_in_both_languages_after_storing() -> None:
    one = Sentence.from_json(sentence("gatekeeper", FORMS, {"person": [1]}, count=1).to_json())
    two = Sentence.from_json(sentence("gatekeeper", FORMS, {"person": [2]}, count=2).to_json())
    assert one.render(labels, "en").startswith("1 colleague names Anne as their only source.")
    assert two.render(labels, "en").startswith("2 colleagues name Bob as their only source.")
    assert one.render(labels, "nl").startswith("1 collega noemt Anne als enige bron.")
    assert two.render(labels, "nl").startswith("2 collega's noemen Bob als hun enige bron.")
    assert one.without(1).plural == FORMS[1]


def test_a_sentence_without_a_count_stays_one_text() -> None:
    plain = sentence("x", "Wave 1", {})
    assert plain.plural is None and "plural" not in plain.to_json()
    assert Sentence.from_json(plain.to_json()).render(labels, "nl") == "Meting 1"


def test_the_rest_of_a_long_list_is_counted() -> None:
    names = ["A", "B", "C", "D"]
    assert join_names([*names, "E"], "en") == "A, B, C, D and 1 other"
    assert join_names([*names, "E", "F"], "en") == "A, B, C, D and 2 others"
    assert join_names([*names, "E"], "nl").endswith("1 ander")
    assert join_names([*names, "E", "F"], "nl").endswith("2 anderen")
