"""The slide deck (``kennisnet export --pptx``): slides, notes, picture, privacy, Impress."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from kennisnet.analysis import AnalysisResult
from kennisnet.analysis.figures import headline
from kennisnet.cli import main
from kennisnet.export import ExportRequest, export
from kennisnet.model import SurveyData

ON = date(2026, 10, 12)

TITLES = {
    "en": [
        "Knowledge network — {title}",
        "Our knowledge network",
        "Key knowledge holders",
        "Risk clusters: where bad habits may spread",
        "What if someone leaves?",
        "Train these people first",
        "Actions to discuss",
    ],
    "nl": [
        "Kennisnetwerk — {title}",
        "Ons kennisnetwerk",
        "Kennishouders",
        "Risicogroepen: waar verkeerde gewoontes zich kunnen verspreiden",
        "Wat als iemand vertrekt?",
        "Train deze mensen eerst",
        "Acties om te bespreken",
    ],
}


def write_deck(
    tmp_path: Path, survey: tuple[SurveyData, AnalysisResult, str], lang: str, pseudo: bool
) -> Path:
    data, result, title = survey
    target = tmp_path / f"deck-{lang}-{pseudo}.pptx"
    request = ExportRequest(deck=target, lang=lang, pseudonymise=pseudo, title=title, on=ON)
    assert export(result, data, request) == [target]
    return target


def slide_texts(slide: object) -> str:
    """Every text on a slide: text boxes, placeholders and table cells."""
    out = []
    for shape in slide.shapes:  # type: ignore[attr-defined]
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if shape.has_table:
            out += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(out)


def font_sizes(path: Path) -> list[float]:
    """Every font size set in the slides, in points."""
    with zipfile.ZipFile(path) as z:
        xml = "".join(
            z.read(n).decode() for n in z.namelist() if re.match(r"ppt/slides/slide\d+\.xml", n)
        )
    return [int(size) / 100 for size in re.findall(r'<a:rPr[^>]* sz="(\d+)"', xml)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_deck_has_the_workshop_steps_with_notes_and_the_picture(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], lang: str
) -> None:
    _data, result, title = demo
    path = write_deck(tmp_path, demo, lang, pseudo=False)
    deck = Presentation(str(path))
    assert (deck.slide_width, deck.slide_height) == (Emu(12191695), Emu(6858000))  # 16:9
    slides = list(deck.slides)
    titles = [s.shapes.title.text_frame.text for s in slides]
    assert titles == [t.format(title=title) for t in TITLES[lang]]
    # Speaker notes on every slide, a few sentences each.
    for slide in slides:
        assert slide.has_notes_slide
        notes = slide.notes_slide.notes_text_frame.text
        assert len(notes) > 80 and notes.count(".") >= 2, notes
    # The picture: the PNG export's drawing, across the slide under the title.
    pictures = [s for s in slides[1].shapes if s.shape_type == 13]
    assert len(pictures) == 1
    blob = pictures[0].image.blob
    assert blob.startswith(b"\x89PNG")
    assert pictures[0].image.size[0] >= 1900
    assert pictures[0].width == deck.slide_width
    # The figures agree with the dashboard's (headline) and name the people.
    h = headline(result)
    texts = [slide_texts(s) for s in slides]
    answered = (
        f"{h.respondents} of {h.roster} people answered"
        if lang == "en"
        else f"{h.respondents} van de {h.roster} mensen deden mee"
    )
    assert answered in texts[0]
    top = max(result.key_holders, key=lambda p: (p.in_degree, -p.id))
    assert top.name in texts[2] and str(top.in_degree) in texts[2]
    leaves = "If {name} left:" if lang == "en" else "Als {name} vertrekt:"
    assert leaves.format(name=top.name) in texts[4]
    # Risk clusters go by their own numbers only: no list number beside them.
    risky = [c for c in result.clusters if c.risk]
    assert risky and all(f"{c.id}. " not in texts[3] for c in risky)
    # Named as on the pictures: "Groep 5 (risico)".
    cluster_word = "Cluster {} (risk)" if lang == "en" else "Groep {} (risico)"
    assert all(cluster_word.format(c.id) in texts[3] for c in risky)
    step = result.advice.steps[0]
    assert f"1. {result.person(step.person_id).name}" in texts[5]
    # Readable: nothing under 18 points.
    sizes = font_sizes(path)
    assert sizes and min(sizes) >= 18


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pseudonymised_deck_holds_no_name_number_or_email(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    data, result = small
    path = write_deck(tmp_path, (data, result, "Zeynep Oosterhuis"), lang, pseudo=True)
    deck = Presentation(str(path))
    texts = "\n".join(
        slide_texts(s) + "\n" + s.notes_slide.notes_text_frame.text for s in deck.slides
    )
    assert "P-0" in texts  # people are there, as codes
    with zipfile.ZipFile(path) as z:
        parts = [z.read(name) for name in z.namelist()]
    secrets = [
        s
        for p in data.people
        for s in (p.name, p.employee_number, p.email, p.name.split()[-1])
        if s
    ]
    for secret in secrets:
        assert secret not in texts
        for form in (secret.encode(), secret.encode("utf-16-le"), secret.upper().encode()):
            assert all(form not in part for part in parts), secret
    # The three people of "Lab" form a risk cluster under 5: its figures are hidden.
    assert "Lab" not in re.sub(r"\bLab\w", "", texts)
    hidden = "minder dan 5" if lang == "nl" else "fewer than 5"
    assert hidden in texts


def test_the_names_are_there_when_not_pseudonymised(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    deck = Presentation(str(write_deck(tmp_path, (data, result, ""), "en", pseudo=False)))
    assert "Zeynep Oosterhuis" in "\n".join(slide_texts(s) for s in deck.slides)


def test_the_cli_writes_the_deck_with_the_plans_actions(tmp_path: Path, demo_copy: Path) -> None:
    target = tmp_path / "deck.pptx"
    argv = ["export", str(demo_copy), "--pptx", str(target), "--lang", "en", "--pseudonymize"]
    assert main(argv) == 0
    deck = Presentation(str(target))
    last = list(deck.slides)[-1]
    # The session passes the plan of the wave: its top actions are the last slide.
    assert last.shapes.title.text_frame.text == "Top actions of the learning plan"
    assert "1. " in slide_texts(last)
    assert main(argv) == 1  # never over a file unasked


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice Impress is needed (apt package libreoffice-impress)"
    return found


def test_the_deck_opens_in_libreoffice_impress(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], soffice: str
) -> None:
    path = write_deck(tmp_path, demo, "nl", pseudo=True)
    slides = len(Presentation(str(path)).slides)
    out = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs do not clash
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    pdf = out / (path.stem + ".pdf")
    assert pdf.exists(), done.stdout + done.stderr
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))
    assert pages == slides == 7
    assert io.BytesIO(pdf.read_bytes()).read(5) == b"%PDF-"
