"""Saving: thanks only after the write; a failed write keeps the answer and tells HR."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_steps import PIN, click, finish, start, type_and_pick
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kennisnet.store import Project, WriteFailed
from kennisnet.ui.kiosk.window import KioskWindow


def open_hr_menu(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.keyClicks(kiosk.hr.pin_page.edit, PIN)
    qtbot.keyClick(kiosk.hr.pin_page.edit, Qt.Key.Key_Return)
    assert kiosk.current() is kiosk.hr.menu


def answer_with_a_source(qtbot: QtBot, kiosk: KioskWindow, me: str, source: str) -> None:
    start(qtbot, kiosk, me)
    type_and_pick(qtbot, kiosk.sources.search, source)
    finish(qtbot, kiosk)


def test_a_failed_write_keeps_the_answer_and_retry_saves_it(
    qtbot: QtBot,
    kiosk: KioskWindow,
    project: Project,
    ids: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> str:
        raise WriteFailed(project.path, "the disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(Project, "add_response", full_disk)
        answer_with_a_source(qtbot, kiosk, "anne", "bob")
        assert kiosk.current() is kiosk.failed  # no thanks: it is not on disk
        assert "kept safely" in kiosk.failed.message.text()
        assert len(kiosk.saver.pending) == 1
        rescue = json.loads(kiosk.saver.rescue_file.read_text(encoding="utf-8"))
        (kept,) = rescue["responses"]
        assert kept["name"] == "Anne de Vries"
        assert kept["draft"]["nominations"][0]["source_id"] == ids["Bob"]
        # The failed page waits for HR; it does not reset by itself.
        assert not kiosk.idle.enabled and not kiosk.thanks_timer.isActive()
        click(qtbot, kiosk.failed.next_button)
        open_hr_menu(qtbot, kiosk)
        assert "1 answer could not be saved yet" in kiosk.hr.menu.pending_label.text()
        click(qtbot, kiosk.hr.menu.retry_button)  # still failing
        assert "still cannot be saved" in kiosk.hr.menu.message.text()
        assert len(kiosk.saver.pending) == 1
    assert project.response_count() == 0
    click(qtbot, kiosk.hr.menu.retry_button)
    assert "now saved" in kiosk.hr.menu.message.text()
    assert not kiosk.hr.menu.retry_button.isVisible()
    assert not kiosk.saver.rescue_file.exists()
    (response,) = project.snapshot().responses
    assert response.respondent_id == ids["Anne"]
    assert response.nominations[0].source_id == ids["Bob"]
    click(qtbot, kiosk.hr.menu.next_button)
    assert kiosk.current() is kiosk.consent


def test_someone_whose_answer_is_kept_is_told_they_answered(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(Project, "add_response", _fail)
        answer_with_a_source(qtbot, kiosk, "anne", "bob")
    kiosk.reset()
    start(qtbot, kiosk, "anne")
    assert kiosk.current() is kiosk.already


def _fail(self: Project, *_args: object, **_kwargs: object) -> str:
    raise WriteFailed(self.path, "the file is read-only")


@pytest.fixture
def read_only() -> Iterator[tuple[Callable[[Project], None], Callable[[Project], None]]]:
    """Make an open project file really unwritable, and writable again.

    As root (the file's permissions do not stop root) the file and its write-ahead log
    are made immutable with chattr; otherwise SQLite itself is told the file is
    read-only for this connection. Either way the write fails inside SQLite.
    """
    use_chattr = shutil.which("chattr") is not None and os.geteuid() == 0
    done: list[Path] = []

    def files(project: Project) -> list[Path]:
        return [project.path, project.path.with_name(project.path.name + "-wal")]

    def lock(project: Project) -> None:
        if use_chattr:
            for path in files(project):
                subprocess.run(["chattr", "+i", str(path)], check=True)
                done.append(path)
        else:
            for path in files(project):
                path.chmod(0o444)
            project._conn.execute("PRAGMA query_only = ON")

    def unlock(project: Project) -> None:
        if use_chattr:
            subprocess.run(["chattr", "-i", *map(str, files(project))], check=True)
        else:
            for path in files(project):
                path.chmod(0o644)
            project._conn.execute("PRAGMA query_only = OFF")

    yield lock, unlock
    for path in done:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_really_read_only_file_keeps_the_answer(
    qtbot: QtBot,
    kiosk: KioskWindow,
    project: Project,
    read_only: tuple[Callable[[Project], None], Callable[[Project], None]],
    ids: dict[str, int],
) -> None:
    lock, unlock = read_only
    answer_with_a_source(qtbot, kiosk, "bob", "anne")  # saved before
    kiosk.reset()
    lock(project)
    answer_with_a_source(qtbot, kiosk, "eva", "daan")
    assert kiosk.current() is kiosk.failed
    assert len(kiosk.saver.pending) == 1
    unlock(project)
    click(qtbot, kiosk.failed.next_button)
    open_hr_menu(qtbot, kiosk)
    click(qtbot, kiosk.hr.menu.retry_button)
    assert kiosk.saver.pending == []
    respondents = {r.respondent_id for r in project.snapshot().responses}
    assert respondents == {ids["Bob"], ids["Eva"]}


def test_a_file_that_is_gone_keeps_the_answer_for_the_next_kiosk(
    qtbot: QtBot,
    make_kiosk: Callable[..., KioskWindow],
    project: Project,
    tmp_path: Path,
    ids: dict[str, int],
) -> None:
    kiosk = make_kiosk()
    answer_with_a_source(qtbot, kiosk, "bob", "anne")
    kiosk.reset()
    project.close()
    backup = tmp_path / "backup.kennisnet"
    shutil.copy(project.path, backup)
    reopened = Project.open(project.path)
    kiosk = make_kiosk(project=reopened)
    project.path.unlink()  # the USB stick was pulled out
    answer_with_a_source(qtbot, kiosk, "chloe", "gert")
    assert kiosk.current() is kiosk.failed
    click(qtbot, kiosk.failed.next_button)
    open_hr_menu(qtbot, kiosk)
    click(qtbot, kiosk.hr.menu.retry_button)
    assert "no longer there" in kiosk.hr.menu.message.text()
    click(qtbot, kiosk.hr.menu.rescue_button)
    assert str(kiosk.saver.rescue_file) in kiosk.hr.menu.message.text()
    with qtbot.waitSignal(kiosk.left):
        click(qtbot, kiosk.hr.menu.leave_button)
    reopened.close()
    # The file comes back; the next kiosk on it finds the kept answer and saves it.
    shutil.copy(backup, project.path)
    again = Project.open(project.path)
    kiosk = make_kiosk(project=again)
    assert len(kiosk.saver.pending) == 1
    click(qtbot, kiosk.hr_button)
    open_hr_menu(qtbot, kiosk)
    click(qtbot, kiosk.hr.menu.retry_button)
    respondents = {r.respondent_id for r in again.snapshot().responses}
    assert respondents == {ids["Bob"], ids["Chloë"]}
    with qtbot.waitSignal(kiosk.left):
        click(qtbot, kiosk.hr.menu.leave_button)
    again.close()


def test_leaving_with_kept_answers_writes_the_rescue_file(
    qtbot: QtBot, kiosk: KioskWindow, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Project, "add_response", _fail)
    answer_with_a_source(qtbot, kiosk, "anne", "bob")
    kiosk.saver.rescue_file.unlink()
    click(qtbot, kiosk.failed.next_button)
    open_hr_menu(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.left):
        click(qtbot, kiosk.hr.menu.leave_button)
    assert kiosk.saver.rescue_file.exists()
