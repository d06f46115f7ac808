"""JSON schema, explanations, summary text and translations."""

from __future__ import annotations

import json
import string
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from analysis_helpers import adjacency, covered, krackhardt, published_edges, survey
from babel.messages.pofile import read_po

from kennisnet.analysis import (
    EXPLAINED,
    SCHEMA,
    AnalysisOptions,
    PersonResult,
    analyze,
    explain,
    summary_text,
    to_json,
)
from kennisnet.i18n import locale_dir
from kennisnet.i18n.extract import marked_messages
from kennisnet.model import Channel, Person

PERSON_KEYS = {
    "id",
    "name",
    "employee_number",
    "department",
    "trained",
    "responded",
    "in_degree",
    "weighted_in_degree",
    "pagerank",
    "betweenness",
    "cluster",
    "steps_to_trained",
    "gatekeeper_of",
    "sole_source_of",
    "key_holder",
    "habit_spreader",
    "overloaded",
}
CLUSTER_KEYS = {"id", "members", "trained_share", "unreached_share", "risk", "sentence"}


def _example() -> dict[str, object]:
    people = [
        Person(1, "u1", "Anne", department="Care", employee_number="E1", trained_hr=True),
        Person(2, "u2", "Bram", department="Care", trained_hr=False),
        Person(3, "u3", "Cor", department="Care"),
        Person(4, "u4", "Dirk", department="Care", trained_hr=False),
    ]
    data = survey(people, [(2, 1), (3, 2), (4, 3)], respondents=[2, 3, 4])
    return json.loads(json.dumps(to_json(analyze(data))))


def test_json_follows_the_schema() -> None:
    out = _example()
    assert out["schema"] == SCHEMA == "kennisnet.analysis/1"
    people = out["people"]
    assert isinstance(people, list)
    for person in people:
        assert person.keys() >= PERSON_KEYS
    by_id = {p["id"]: p for p in people}
    assert by_id[1]["employee_number"] == "E1"
    assert by_id[2]["employee_number"] is None
    assert [by_id[i]["trained"] for i in (1, 2, 3)] == [True, False, None]
    assert [by_id[i]["steps_to_trained"] for i in (1, 2, 3, 4)] == [0, 1, 2, 3]
    assert [by_id[i]["responded"] for i in (1, 2)] == [False, True]
    assert out["response_rate"] == 0.75
    clusters = out["clusters"]
    assert isinstance(clusters, list) and clusters
    for cluster in clusters:
        assert cluster.keys() >= CLUSTER_KEYS
        assert isinstance(cluster["sentence"], str) and cluster["sentence"]
    advice = out["training_advice"]
    assert isinstance(advice, list)
    assert all({"id", "gain"} <= step.keys() for step in advice)
    # 4 is three steps away; training 2, 3 or 4 would each add 4. 2 and 3 have one
    # learner each (4 has none), so the lower id, 2, comes first.
    assert advice == [{"id": 2, "gain": 1, "reached_after": 4}]
    assert isinstance(out["warnings"], list)
    assert all(isinstance(w, str) for w in out["warnings"])


def test_json_sentences_follow_the_language() -> None:
    data = survey(3, [(1, 2), (2, 3), (3, 1)])
    nl = to_json(analyze(data), lang="nl")
    assert nl["language"] == "nl"
    assert nl["clusters"][0]["sentence"].startswith("Niemand in deze groep van 3 mensen")
    assert "Niemand staat als getraind" in nl["warnings"][0]


def test_every_person_field_has_an_explanation_in_both_languages() -> None:
    for field in fields(PersonResult):
        assert field.name in EXPLAINED
    for name in EXPLAINED:
        english, dutch = explain(name, "en"), explain(name, "nl")
        assert english and dutch and english != dutch
        assert "{" not in english and "{" not in dutch


def test_explanations_follow_the_options() -> None:
    text = explain("overloaded", "en", options=AnalysisOptions(overloaded_threshold=12))
    assert text.startswith("12 or more colleagues")
    assert "within three steps" in explain(
        "reaches_trained", options=AnalysisOptions(reach_steps=3)
    )
    with pytest.raises(KeyError):
        explain("no_such_metric")


def test_summary_text_in_english_and_dutch() -> None:
    channels = {i: (Channel.TRIAL_ERROR,) for i in range(1, 22)}
    data = krackhardt()
    result = analyze(data)
    text = summary_text(result, "en")
    assert text.startswith("Knowledge network — Wave 1\n21 of 21 people on the staff list")
    assert "Manager 2 (Dept 4): 18 colleagues learn from this person" in text
    adj = adjacency(range(1, 22), published_edges("krackhardt"))
    trained = {p.id for p in data.people if p.trained_hr}
    reached = len(covered(adj, trained, 2))
    assert f"Now {reached} of 21 people can reach a trained colleague within two steps." in text
    dutch = summary_text(result, "nl")
    assert "Kennishouders" in dutch
    assert "Manager 2 (Dept 4): 18 collega's leren van deze persoon" in dutch
    alone = summary_text(analyze(survey(2, channels=channels)))
    assert "Learn alone (named nobody and mostly use trial and error): P1, P2" in alone
    assert "  - trial and error: 2 (100%)" in alone


def test_summary_of_an_empty_survey() -> None:
    from kennisnet.analysis import analyze as run
    from kennisnet.model import SurveyData, Wave

    text = summary_text(run(SurveyData((), (), Wave(1, "W", "t"))))
    assert "The staff list is empty" in text


def test_summary_lists_gatekeepers_and_advice() -> None:
    result = analyze(survey(4, [(1, 2), (2, 3), (4, 1)], trained=[3]))
    text = summary_text(result)
    assert "If P3 left, 3 colleagues would lose their only route to trained knowledge." in text
    assert "If P1 left, 1 colleague would lose their only route to trained knowledge." in text
    # 4 is three steps away; training 1, 2 or 4 adds 4; 1 and 2 have one learner: 1 wins.
    assert "  1. P1 (A): 1 more person reaches trained knowledge" in text
    assert "first choice" not in text  # nobody named a channel
    assert "Now 3 of 4 people can reach a trained colleague within two steps." in text


SOURCE = Path(__file__).resolve().parents[2] / "src" / "kennisnet" / "analysis"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_analysis_text_has_dutch_with_the_same_placeholders() -> None:
    """The analysis texts are in the Dutch catalog, translated, with equal placeholders."""
    with (locale_dir() / "nl" / "LC_MESSAGES" / "kennisnet.po").open("rb") as f:
        catalog = read_po(f)
    marked = [
        m for path in SOURCE.glob("*.py") for m in marked_messages(path.read_text(encoding="utf-8"))
    ]
    assert len(marked) > 50
    for m in marked:
        english = m.msgid if m.plural is None else (m.msgid, m.plural)
        entry = catalog.get(english, context=m.context)
        assert entry is not None and not entry.fuzzy, english
        pairs = (
            [(m.msgid, entry.string)]
            if m.plural is None
            else [(m.msgid, entry.string[0]), (m.plural, entry.string[1])]
        )
        for text, dutch in pairs:
            assert dutch.strip() and _fields(dutch) == _fields(text), (text, dutch)


def test_every_json_field_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "analysis-json.md").read_text()
    out: Any = _example()
    assert out["training_advice"] and out["warning_codes"] and out["edges"]
    keys = set(out) | set(out["people"][0]) | set(out["clusters"][0]) | set(out["options"])
    keys |= set(out["response_quality"]) | set(out["reach"]) | set(out["channels"]["overall"])
    keys |= set(out["training_advice"][0]) | set(out["response_quality"]["departments"][0])
    missing = sorted(k for k in keys if f"`{k}`" not in doc and f".{k}`" not in doc)
    assert missing == []
    assert all(f"`{code}`" in doc for code in out["warning_codes"])
