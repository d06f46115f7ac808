"""Personal one-time codes: made once per person and wave, used once, no link to the answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kennisnet.outputs import OutputExists, OutputRefused
from kennisnet.phones import codes
from kennisnet.phones.printouts import qr_runs, write_cards, write_poster
from kennisnet.phones.session import CODES, PhoneSession
from kennisnet.store import Project
from kennisnet.store.schema import SCHEMA_VERSION


def test_codes_are_made_once_per_person_and_kept(project: Project) -> None:
    cards = codes.issue_codes(project)
    assert sorted(c.person.name for c in cards) == sorted(p.name for p in project.people())
    assert len({c.code for c in cards}) == len(cards)
    for card in cards:
        assert len(card.code) == codes.LENGTH
        assert set(card.code) <= set(codes.ALPHABET)
        assert card.used_at is None
    again = codes.issue_codes(project)
    assert {c.person.id: c.code for c in again} == {c.person.id: c.code for c in cards}
    # No schema change: the file keeps its version, the table is simply there.
    assert project.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION


def test_a_new_wave_gets_new_codes(project: Project) -> None:
    first = {c.person.id: c.code for c in codes.issue_codes(project)}
    project.add_wave("Na de training")
    second = {c.person.id: c.code for c in codes.issue_codes(project)}
    assert set(first) == set(second)
    assert not set(first.values()) & set(second.values())


def test_a_code_works_once_and_skips_who_are_you(
    project: Project, serve: Any, phone_for: Any, make_answer: Any
) -> None:
    cards = {c.person.name: c.code for c in codes.issue_codes(project)}
    server = serve(PhoneSession(project, mode=CODES))
    phone = phone_for(server)
    typed = codes.shown(cards["Daan van Dam"]).lower().replace("-", " ")
    assert phone.post("code", {"code": typed}).json() == {"status": "ok", "name": "Daan van Dam"}
    assert phone.post("code", {"code": "AAAAA-AAAAA"}).json()["status"] == "unknown"
    # The respondent comes from the code; a respondent sent along is ignored.
    data = make_answer(None, code=typed)
    assert phone.post("submit", data).json() == {"status": "saved"}
    assert phone.post("submit", data).json() == {"status": "saved"}  # a retry
    assert phone.post("code", {"code": typed}).json()["status"] == "used"
    second = make_answer(None, code=cards["Daan van Dam"])
    assert phone.post("submit", second).json() == {"status": "code_used"}
    wrong = make_answer(None, code="AAAAA-AAAAA")
    assert phone.post("submit", wrong).json() == {"status": "code_unknown"}
    (stored,) = project.snapshot().responses
    assert project.person(stored.respondent_id).name == "Daan van Dam"  # type: ignore[union-attr]
    used = [c for c in codes.code_cards(project) if c.used_at]
    assert [c.person.name for c in used] == ["Daan van Dam"]
    # HR sees that the code was used, not what was answered: no link to the response.
    columns = {r["name"] for r in project.query("PRAGMA table_info(phone_codes)")}
    assert columns == {"code", "wave_id", "person_id", "created_at", "used_at"}


def test_a_person_who_answered_at_the_kiosk_keeps_their_code(
    project: Project, serve: Any, phone_for: Any, make_answer: Any, refs: dict[str, str]
) -> None:
    cards = {c.person.name: c.code for c in codes.issue_codes(project)}
    server = serve(PhoneSession(project, mode=CODES))
    phone = phone_for(server)
    open_phone = serve(PhoneSession(project))
    other = phone_for(open_phone, "127.0.0.2")
    assert other.post("submit", make_answer(refs["Eva Mulder"])).json() == {"status": "saved"}
    reply = phone.post("submit", make_answer(None, code=cards["Eva Mulder"]))
    assert reply.json() == {"status": "already_answered"}
    assert not [c for c in codes.code_cards(project) if c.used_at]


def test_the_code_check_is_only_there_in_code_mode(
    project: Project, serve: Any, phone_for: Any
) -> None:
    server = serve(PhoneSession(project))
    assert phone_for(server).post("code", {"code": "AAAAA-AAAAA"}).status == 404


def test_poster_and_cards_are_written_safely(project: Project, tmp_path: Path) -> None:
    url = "http://127.0.0.1:8470/s/abcdefghijklmnopqrstuvwxyz012345/"
    poster = write_poster(tmp_path / "poster.pdf", url)
    data = poster.read_bytes()
    assert (
        data.startswith(b"%PDF")
        and data.count(b"/Type /Page\n")
        + data.count(b"/Type /Page\r")
        + data.count(b"/Type /Page ")
        + data.count(b"/Type /Page>")
        >= 1
    )
    before = poster.stat().st_mtime_ns
    with pytest.raises(OutputExists):
        write_poster(poster, url)
    assert poster.stat().st_mtime_ns == before
    write_poster(poster, url, force=True)
    cards = codes.issue_codes(project)
    sheet = write_cards(tmp_path / "cards.pdf", cards)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    # Never onto the project, not even with --force.
    before_project = project.path.read_bytes()
    for write in (
        lambda: write_poster(project.path, url, force=True, protect=[project.path]),
        lambda: write_cards(project.path, cards, force=True, protect=[project.path]),
    ):
        with pytest.raises(OutputRefused):
            write()
    assert project.path.read_bytes() == before_project


def test_the_qr_code_draws_exactly_segnos_dark_modules() -> None:
    import segno

    url = "http://10.0.0.5:8470/s/token/"
    size, runs = qr_runs(url)
    drawn = {(y, x + i) for y, x, n in runs for i in range(n)}
    matrix = segno.make(url, error="m", micro=False).matrix
    dark = {(y, x) for y, row in enumerate(matrix) for x, cell in enumerate(row) if cell}
    assert size == len(matrix)
    assert drawn == dark
