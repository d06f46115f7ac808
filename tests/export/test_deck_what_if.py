"""The deck's what-if slide is one format: a paragraph per person, "If NAME left:" in bold
and then what it would cost, in the what-if's own sentences, at one size."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pptx import Presentation

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.figures import is_gatekeeper
from kennisnet.analysis.whatif import loss_sentences, what_if
from kennisnet.export import ExportRequest, export
from kennisnet.export.deck_text import what_if_people
from kennisnet.export.report_text import TOP_GATEKEEPERS
from kennisnet.model import SurveyData

LEAD = {"en": ("If ", " left:"), "nl": ("Als ", " vertrekt:")}


def what_if_paragraphs(path: Path) -> list[list[tuple[str, bool, float, str | None]]]:
    """The runs (text, bold, size, font) of every paragraph of the what-if slide's body."""
    slide = list(Presentation(str(path)).slides)[4]
    body = [s for s in slide.shapes if s.has_text_frame and s != slide.shapes.title]
    assert len(body) == 1
    return [
        [(r.text, bool(r.font.bold), r.font.size.pt, r.font.name) for r in paragraph.runs]
        for paragraph in body[0].text_frame.paragraphs
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("pseudo", [False, True])
def test_the_what_if_slide_says_everything_in_one_form(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], lang: str, pseudo: bool
) -> None:
    data, result, title = demo
    target = tmp_path / "deck.pptx"
    request = ExportRequest(
        deck=target, lang=lang, pseudonymise=pseudo, title=title, on=date(2026, 10, 12)
    )
    export(result, data, request)
    paragraphs = what_if_paragraphs(target)
    examples = what_if_people(result)
    keepers = [p for p in result.people if is_gatekeeper(p) and p not in examples]
    # A paragraph for each example and each other gatekeeper the report names.
    assert len(paragraphs) == len(examples) + min(len(keepers), TOP_GATEKEEPERS) == 5
    start, end = LEAD[lang]
    for runs in paragraphs:
        # Bold "If NAME left:", then plain sentences; never a paragraph of another form.
        assert [bold for _text, bold, _size, _font in runs] == [True, False], runs
        lead, rest = runs[0][0], runs[1][0]
        assert lead.startswith(start) and lead.endswith(end + " "), lead
        assert rest[:1].isupper() or rest[:1].isdigit(), rest  # no indent, a sentence
        assert rest.endswith(".")
        # The gatekeepers in the what-if's words, not the report's own phrasing.
        assert "only route" not in rest and "enige route" not in rest
    # One size and one font for the whole body.
    assert len({(size, font) for runs in paragraphs for _t, _b, size, font in runs}) == 1
    # The examples come first, their counts as the analysis again without them says.
    first = what_if(data, [examples[0].id], result.options, base=result, betweenness=False)
    assert str(len(first.no_longer_at_all)) in paragraphs[0][1][0]


def test_a_gatekeepers_counts_are_what_the_what_if_finds(
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    """The slide says of a gatekeeper what the what-if would say after analysing again."""
    data, result, _title = demo
    keepers = [p for p in result.people if is_gatekeeper(p)]
    assert len(keepers) >= 3
    for keeper in keepers:
        outcome = what_if(data, [keeper.id], result.options, base=result, betweenness=False)
        assert len(outcome.no_longer_at_all) == keeper.gatekeeper_of
        assert len(outcome.lose_all_sources) == keeper.sole_source_of
        said = {m.code for m in loss_sentences(keeper.gatekeeper_of, keeper.sole_source_of)}
        whatif = {m.code for m in outcome.sentences}
        assert said and said <= whatif
