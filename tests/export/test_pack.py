"""The workshop pack: a cover and a reading guide, then one sheet (two A4 pages) per
department or team; fonts embedded; pseudonymised unless names are chosen, with no
name, employee number or e-mail in any byte; groups under 5 people never alone."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from test_report import ON, page_count, page_texts, streams

from kennisnet.analysis import AnalysisResult, analyze
from kennisnet.cli import main
from kennisnet.export import ExportRequest, export
from kennisnet.model import SurveyData

COVER_PAGES = 2
PAGES_PER_GROUP = 2


def write_pack(
    tmp_path: Path,
    data: SurveyData,
    result: AnalysisResult,
    lang: str = "en",
    *,
    names: bool = False,
    by: str = "department",
    title: str = "",
    only: tuple[str, ...] = (),
) -> bytes:
    target = tmp_path / f"pack-{lang}-{names}-{by}.pdf"
    request = ExportRequest(
        pack=target,
        lang=lang,
        pack_names=names,
        pack_by=by,
        pack_only=only,
        title=title,
        on=ON,
        force=True,
    )
    assert export(result, data, request) == [target]
    return target.read_bytes()


def text_of(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def departments(data: SurveyData) -> Counter[str | None]:
    return Counter(p.department for p in data.people if not p.external)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_pack_has_a_cover_and_a_sheet_per_department_with_its_text(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], lang: str
) -> None:
    data, result, title = demo
    pdf = write_pack(tmp_path, data, result, lang, title=title)
    sizes = departments(data)
    shown = [d for d, n in sizes.items() if n >= 5]
    assert len(shown) >= 5  # the demo has departments enough to make this a real check
    assert sum(n for n in sizes.values() if n < 5) == 0
    assert page_count(pdf) == COVER_PAGES + PAGES_PER_GROUP * len(shown)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert boxes and all(abs(float(w) - 595.4) < 1 and abs(float(h) - 841.7) < 1 for w, h in boxes)
    assert b"/FontFile2" in pdf and b"/Subtype /Type3" not in pdf

    texts = page_texts(pdf)
    assert len(texts) == page_count(pdf)
    questions = "Questions for the conversation" if lang == "en" else "Vragen voor het gesprek"
    watch = "What to watch" if lang == "en" else "Waar je op let"
    cover = "How to use it" if lang == "en" else "Zo gebruik je het"
    assert cover in texts[0] and "P-017" in texts[0]
    # Each department's name on both pages of its sheet, in order of size.
    fronts, backs = texts[COVER_PAGES::2], texts[COVER_PAGES + 1 :: 2]
    expected = sorted(shown, key=lambda d: (-sizes[d], (d or "").casefold()))
    for department, front, back in zip(expected, fronts, backs, strict=True):
        assert department in front and department in back
        assert watch in front and questions in back
        members = sizes[department]
        people = f"{members} people" if lang == "en" else f"{members} mensen"
        assert people in front
        assert re.search(r"P-\d{3}", front)  # people as codes, by default
    # The busiest knowledge holder of the whole network is on the sheet of their department.
    top = max(result.key_holders, key=lambda p: (p.in_degree, -p.id))
    from kennisnet.export.pseudonym import person_codes

    code = person_codes(data.people)[top.id]
    assert code in fronts[expected.index(top.department)]
    assert top.name not in "\n".join(texts)


def test_fonts_are_embedded_says_pdffonts(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    data, result, _title = demo
    path = tmp_path / "pack.pdf"
    path.write_bytes(write_pack(tmp_path, data, result, "nl"))
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        # name, type, encoding, emb, sub, uni, object, id
        assert "TrueType" in row or "CID" in row, row
        assert row.split()[-5] == "yes", row  # embedded


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pseudonymised_pack_holds_no_name_number_or_email_and_no_small_group(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], lang: str
) -> None:
    data, result = small
    pdf = write_pack(tmp_path, data, result, lang, title="Zeynep Oosterhuis")
    # "Werkplaats" (12 people) has a sheet; "Lab" (3) is under 5 and, with no other
    # small group to join, is left out.
    assert page_count(pdf) == COVER_PAGES + PAGES_PER_GROUP
    texts = text_of(pdf)
    assert "Werkplaats" in texts and "P-0" in texts
    assert "Lab" not in re.sub(r"\bLab\w", "", texts)
    left_out = (
        "3 people in small departments are left out"
        if lang == "en"
        else "3 mensen in kleine afdelingen"
    )
    assert left_out in texts
    secrets = [
        s
        for p in data.people
        for s in (p.name, p.employee_number, p.email, p.name.split()[-1])
        if s
    ]
    everything = [pdf, *streams(pdf)]
    for secret in secrets:
        assert secret not in texts
        for form in (secret.encode(), secret.encode("utf-16-be"), secret.upper().encode()):
            assert all(form not in chunk for chunk in everything), secret


def test_the_names_are_there_only_when_chosen(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    texts = text_of(write_pack(tmp_path, data, result, "en", names=True))
    assert "Zeynep Oosterhuis" in texts  # the busiest holder, named: the check above can see
    assert "confidential" in texts
    with pytest.raises(ValueError, match="names"):
        export(
            result,
            data,
            ExportRequest(pack=tmp_path / "x.pdf", pack_names=True, pseudonymise=True, lang="en"),
        )
    assert not (tmp_path / "x.pdf").exists()


def _many_small_departments(data: SurveyData) -> SurveyData:
    """Werkplaats 8, Lab 3, Magazijn 2, Kantoor 2: the three small ones (7) together."""
    department = {**dict.fromkeys(range(1, 9), "Werkplaats"), 9: "Lab", 10: "Lab", 11: "Lab"}
    department |= {12: "Magazijn", 13: "Magazijn", 14: "Kantoor", 15: "Kantoor"}
    people = tuple(replace(p, department=department[p.id]) for p in data.people)
    return replace(data, people=people)


@pytest.mark.parametrize("names", [False, True])
def test_small_departments_are_put_together_never_shown_alone(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult], names: bool
) -> None:
    data = _many_small_departments(small[0])
    result = analyze(data)
    pdf = write_pack(tmp_path, data, result, "en", names=names)
    assert page_count(pdf) == COVER_PAGES + 2 * PAGES_PER_GROUP
    texts = page_texts(pdf)
    fronts = texts[COVER_PAGES::2]
    assert "Werkplaats" in fronts[0] and "8 people" in fronts[0]
    assert "Small departments together" in fronts[1] and "7 people" in fronts[1]
    if not names:
        for small in ("Lab", "Magazijn", "Kantoor"):
            assert small not in "\n".join(texts)
    # No sheet title is a small department, with names or without.
    for page in texts[COVER_PAGES:]:
        first = page.strip().splitlines()[0]
        assert not any(small in first for small in ("Lab", "Magazijn", "Kantoor")), first


def test_a_pack_per_team_puts_people_without_a_team_together(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    pdf = write_pack(tmp_path, data, result, "nl", by="team")
    # "Team Noord" (6 people) and the 9 people without a team.
    assert page_count(pdf) == COVER_PAGES + 2 * PAGES_PER_GROUP
    texts = page_texts(pdf)
    assert "Team Noord" in texts[COVER_PAGES] and "6 mensen" in texts[COVER_PAGES]
    assert "Geen team bekend" in texts[COVER_PAGES + 2]


def test_a_pack_per_team_needs_teams(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data, result = small
    people = tuple(replace(p, team=None) for p in data.people)
    with pytest.raises(ValueError, match="no teams"):
        export(
            result,
            replace(data, people=people),
            ExportRequest(pack=tmp_path / "x.pdf", pack_by="team", lang="en"),
        )


def test_cli_writes_the_pack_pseudonymised_unless_names_are_asked(
    tmp_path: Path, demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pack.pdf"
    assert main(["export", str(demo_copy), "--pack", str(target), "--lang", "en"]) == 0
    texts = text_of(target.read_bytes())
    assert "Workshop pack".upper() in texts and "P-0" in texts
    assert "confidential" not in texts
    named = tmp_path / "named.pdf"
    assert main(["export", str(demo_copy), "--pack", str(named), "--names", "--lang", "en"]) == 0
    assert "confidential" in text_of(named.read_bytes())
    capsys.readouterr()
    both = ["export", str(demo_copy), "--pack", str(tmp_path / "b.pdf"), "--names"]
    assert main([*both, "--pseudonymize"]) != 0
    assert "--pseudonymize" in capsys.readouterr().err
    assert main(["export", str(demo_copy), "--png", str(tmp_path / "p.png"), "--names"]) != 0
    assert "--pack" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "p.png").exists()


def test_progress_per_sheet_and_a_cancel_between_sheets_leaves_nothing(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    from kennisnet.export import ExportCancelled

    data, result, _title = demo
    target = tmp_path / "pack.pdf"
    seen: list[float] = []
    asked = [0]

    def cancel() -> bool:
        asked[0] += 1
        return asked[0] > 4  # during the pack: after its second sheet

    request = ExportRequest(pack=target, lang="en", on=ON)
    with pytest.raises(ExportCancelled):
        export(result, data, request, progress=lambda f, _label: seen.append(f), cancel=cancel)
    assert not target.exists() and list(tmp_path.iterdir()) == []
    # Progress moved on within the pack, sheet by sheet.
    assert len(seen) >= 4 and seen == sorted(seen) and 0.5 < seen[-1] < 1.0


def _busy_organisation(seed: int = 5) -> SurveyData:
    """Four departments of 40 with long names, many ties across and few trained people:
    long lists of holders and risks that must stop in time, two pages per sheet."""
    import random

    from kennisnet.model import Frequency, Nomination, Person, Response, Wave

    rng = random.Random(seed)
    people = tuple(
        Person(
            id=i + 1,
            uid=f"u{i}",
            name=f"Person {i + 1}",
            department=f"Afdeling {i // 40 + 1} voor onderhoud, inspectie en storingen",
            trained_hr=rng.random() < 0.08,
        )
        for i in range(160)
    )
    responses = []
    for p in people:
        own = [q.id for q in people if q.department == p.department and q.id != p.id]
        sources = rng.sample(own, 3) + rng.sample(range(1, 161), 2)
        responses.append(
            Response(
                uuid=f"r{p.id}",
                respondent_id=p.id,
                wave_id=1,
                submitted_at="2026-10-05T10:00:00",
                nominations=tuple(
                    Nomination(s, Frequency.WEEKLY) for s in dict.fromkeys(sources) if s != p.id
                ),
            )
        )
    return SurveyData(people, tuple(responses), Wave(1, "Meting", "2026-10-01"))


def test_every_sheet_is_two_pages_however_much_there_is_to_say(tmp_path: Path) -> None:
    data = _busy_organisation()
    result = analyze(data)
    for lang in ("nl", "en"):
        pdf = write_pack(tmp_path, data, result, lang)
        assert page_count(pdf) == COVER_PAGES + 4 * PAGES_PER_GROUP
        texts = page_texts(pdf)
        for number, (front, back) in enumerate(
            zip(texts[COVER_PAGES::2], texts[COVER_PAGES + 1 :: 2], strict=True), start=1
        ):
            assert f"Afdeling {number} voor" in front and f"Afdeling {number} voor" in back
            assert ("Questions" if lang == "en" else "Vragen") in back


def test_code_cards_give_each_person_their_name_and_code_and_never_go_pseudonymised(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    from kennisnet.export.pseudonym import person_codes

    data, result = small
    target = tmp_path / "cards.pdf"
    assert export(result, data, ExportRequest(cards=target, lang="en", on=ON)) == [target]
    pdf = target.read_bytes()
    assert page_count(pdf) == 2  # 15 people, 12 cards a page
    assert b"/FontFile2" in pdf and b"/Subtype /Type3" not in pdf
    texts = page_texts(pdf)
    codes = person_codes(data.people)
    for p in data.people:
        page = next(t for t in texts if p.name in t)
        assert codes[p.id] in page
        # The card: the name, and right after it the code.
        lines = page.splitlines()
        assert lines[lines.index(p.name) + 1] == codes[p.id]
    assert "keep it to yourself" in texts[0] and "Confidential" in texts[0]
    with pytest.raises(ValueError, match="cards show names"):
        export(
            result,
            data,
            ExportRequest(
                cards=tmp_path / "x.pdf", pack=tmp_path / "p.pdf", pseudonymise=True, lang="en"
            ),
        )
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "p.pdf").exists()


def test_cli_code_cards_are_refused_with_pseudonymize(
    tmp_path: Path, demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = tmp_path / "cards.pdf"
    argv = ["export", str(demo_copy), "--cards", str(cards), "--lang", "en"]
    assert main([*argv, "--pseudonymize"]) != 0
    assert "--cards" in capsys.readouterr().err and not cards.exists()
    assert main(argv) == 0
    assert page_count(cards.read_bytes()) >= 7  # 79 people, 12 a page


def test_lines_shaped_once_give_the_very_bytes_matplotlib_writes(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pack keeps each line's shape for all its pages (kennisnet.export.pdf_text);
    drawn the ordinary way, page by page, the file is the same to the byte."""
    import kennisnet.export.pack as pack

    data, result, title = demo
    for names in (False, True):
        fast = write_pack(tmp_path, data, result, "nl", names=names, title=title)
        with monkeypatch.context() as patch:
            patch.setattr(pack, "attach", lambda _figure, _cache: None)
            ordinary = write_pack(tmp_path, data, result, "nl", names=names, title=title)
        assert page_count(fast) > COVER_PAGES + 5 * PAGES_PER_GROUP
        assert fast == ordinary


def test_a_dollar_sign_in_a_name_is_a_letter_not_mathematics(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data = small[0]
    department = "Kas $1 en $2"
    people = tuple(
        replace(p, department=department if p.department == "Werkplaats" else p.department)
        for p in data.people
    )
    data = replace(data, people=people)
    assert sum(p.department == department for p in data.people) >= 5
    pdf = write_pack(tmp_path, data, analyze(data), "en", names=True)
    assert department in text_of(pdf)


def test_the_cover_says_small_departments_or_small_teams_as_the_pack_is_made(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    # Per department: Werkplaats 12 and Lab 3 (left out: alone under 5).
    data, result = small
    for lang, said in (("en", "3 people in small departments are left out"),
                       ("nl", "3 mensen in kleine afdelingen zijn weggelaten")):  # fmt: skip
        cover = page_texts(write_pack(tmp_path, data, result, lang))[0]
        assert said in " ".join(cover.split())
    # Per team: Team Noord 6, Team Zuid 3 (left out), 6 without a team.
    team = {**dict.fromkeys(range(7, 10), "Team Zuid")}
    people = tuple(replace(p, team=team.get(p.id, p.team)) for p in data.people)
    data = replace(data, people=people)
    cover = page_texts(write_pack(tmp_path, data, analyze(data), "en", by="team"))[0]
    assert "3 people in small teams are left out" in " ".join(cover.split())
    assert "departments are left out" not in " ".join(cover.split())


def test_a_pack_for_a_choice_of_departments_never_shows_a_small_one_alone(
    tmp_path: Path, small: tuple[SurveyData, AnalysisResult]
) -> None:
    data = _many_small_departments(small[0])  # Werkplaats 8; Lab 3, Magazijn 2, Kantoor 2
    result = analyze(data)
    whole = page_texts(write_pack(tmp_path, data, result, "en"))
    chosen = page_texts(write_pack(tmp_path, data, result, "en", only=(" werkplaats",)))
    assert len(chosen) == COVER_PAGES + PAGES_PER_GROUP
    assert "Werkplaats" in chosen[COVER_PAGES] and "8 people" in chosen[COVER_PAGES]
    assert "A choice for this pack: 1 of 2 sheets." in " ".join(chosen[0].split())
    assert "Small departments together" not in "\n".join(chosen)
    # A small department chosen: the sheet of all small ones together, as in the whole pack.
    small_one = page_texts(write_pack(tmp_path, data, result, "en", only=("Lab",)))
    assert len(small_one) == COVER_PAGES + PAGES_PER_GROUP

    def unnumbered(pages: list[str]) -> list[str]:
        return [re.sub(r"^\d+$", "", page, flags=re.MULTILINE) for page in pages]

    # The same sheet but for its page numbers.
    assert small_one[COVER_PAGES] != whole[-PAGES_PER_GROUP]
    assert unnumbered(small_one[COVER_PAGES:]) == unnumbered(whole[-PAGES_PER_GROUP:])
    assert "7 people" in small_one[COVER_PAGES] and "Lab" not in "\n".join(small_one)
    assert "(small department, hidden)" in small_one[COVER_PAGES]
    assert "((" not in "\n".join(small_one)
    both = page_texts(write_pack(tmp_path, data, result, "en", only=("Lab", "Werkplaats")))
    assert len(both) == len(whole)
    with pytest.raises(ValueError, match="no department called “Lbo”"):
        write_pack(tmp_path, data, result, "en", only=("Werkplaats", "Lbo"))


def test_cli_pack_only_chooses_the_sheets(
    tmp_path: Path, demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kennisnet.session import Session

    with Session.open(demo_copy, readonly=True) as session:
        sizes = Counter(p.department for p in session.project.people() if not p.external)
    first, second = [d for d, n in sizes.most_common() if d and n >= 5][:2]
    target = tmp_path / "pack.pdf"
    command = ["export", str(demo_copy), "--pack", str(target), "--lang", "en"]
    assert main([*command, "--pack-only", first, "--pack-only", second.upper()]) == 0
    texts = page_texts(target.read_bytes())
    assert len(texts) == COVER_PAGES + 2 * PAGES_PER_GROUP
    assert first in texts[COVER_PAGES] and second in texts[COVER_PAGES + 2]
    capsys.readouterr()
    assert main([*command, "--force", "--pack-only", "Nowhere"]) != 0
    assert "Nowhere" in capsys.readouterr().err
    alone = ["export", str(demo_copy), "--png", str(tmp_path / "p.png"), "--pack-only", first]
    assert main(alone) != 0
    assert "--pack-only" in capsys.readouterr().err


def _gray_page(pdf: bytes, page: int, tmp_path: Path) -> list[bytes]:
    """Page ``page`` (1-based) drawn at 40 dpi in greys: its rows of pixels, the footer
    (page number) cut off."""
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    drawn = subprocess.run(
        ["pdftoppm", "-f", str(page), "-l", str(page), "-r", "40", "-gray", str(source)],
        capture_output=True,
        check=True,
    ).stdout
    header, width, height, _depth, pixels = drawn.split(maxsplit=4)
    assert header == b"P5"
    w, h = int(width), int(height)
    rows = [pixels[i * w : (i + 1) * w] for i in range(h)]
    return rows[: int(h * 0.94)]


def test_a_sheet_drawn_after_others_looks_as_it_does_alone(
    tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    """The sheets are drawn one after another on the same two figures, emptied between
    them: nothing of an earlier sheet (names, dots, lines) stays on a later one."""
    from kennisnet.export.pack_groups import pack_groups

    data, result, _title = demo
    whole = write_pack(tmp_path, data, result, "en")
    groups = pack_groups(result, "department", ()).groups
    number, group = next((i, g) for i, g in reversed(list(enumerate(groups))) if not g.merged)
    assert number >= 2 and group.name  # sheets were drawn before it
    last = COVER_PAGES + PAGES_PER_GROUP * number  # its front page, counted from 0
    alone = write_pack(tmp_path, data, result, "en", only=(group.name,))
    assert page_count(alone) == COVER_PAGES + PAGES_PER_GROUP
    for offset in range(PAGES_PER_GROUP):
        assert _gray_page(whole, last + 1 + offset, tmp_path) == _gray_page(
            alone, COVER_PAGES + 1 + offset, tmp_path
        )


def test_a_team_picture_draws_each_tie_once_solid_inside_and_dashed_outside(
    demo: tuple[SurveyData, AnalysisResult, str],
) -> None:
    from matplotlib.figure import Figure
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MplPath

    from kennisnet.export.pack_groups import pack_groups
    from kennisnet.export.pack_picture import draw_team
    from kennisnet.layout import compute_layout

    _data, result, _title = demo
    group = max(pack_groups(result, "department", ()).groups, key=lambda g: len(g.crossing))
    assert group.inside and group.crossing
    ax = Figure().add_axes((0, 0, 1, 1))
    draw_team(ax, result, group, compute_layout(result), {}, frozenset())
    ties = {p.get_zorder(): p for p in ax.get_children() if isinstance(p, PathPatch)}
    inside, outside = ties[2], ties[1]
    assert len(inside.get_path().vertices) == 2 * len(group.inside)
    assert list(inside.get_path().codes) == [MplPath.MOVETO, MplPath.LINETO] * len(group.inside)
    assert inside.get_linestyle() == "solid" and outside.get_linestyle() == (0, (3, 2))
    assert 0 < len(outside.get_path().vertices) <= 2 * len(group.crossing)
    assert inside.get_capstyle() == outside.get_capstyle() == "butt"


def test_a_sheet_page_uses_its_texts_again_as_if_they_were_new() -> None:
    from matplotlib.figure import Figure

    from kennisnet.export.pack import _sheet_figure

    page = _sheet_figure()
    first = page.text(0.1, 0.9, "Vorige", ha="right", va="top", fontsize=16,
                      fontweight="bold", color="#4b4b4b")  # fmt: skip
    page.empty()
    assert page.texts == []
    again = page.text(0.2, 0.1, "Nieuw")
    assert again is first  # used again, not made anew
    fresh = Figure().text(0.2, 0.1, "Nieuw")
    names = ("position", "text", "horizontalalignment", "verticalalignment", "fontsize",
             "fontweight", "color", "fontproperties", "rotation", "zorder")  # fmt: skip
    for name in names:
        assert again.properties()[name] == fresh.properties()[name], name
    assert page.texts == [again]
    # Anything else than the pack's keywords: a new text.
    other = page.text(0.5, 0.5, "Gedraaid", rotation=90)
    assert other is not again and other.get_rotation() == 90
