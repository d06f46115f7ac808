"""The questionnaire editor: both languages side by side, channels, limits, preview, saving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kennisnet.model import Channel
from kennisnet.store import Project
from kennisnet.ui.workspace.window import QUESTIONNAIRE, MainWindow


def preview_texts(window: MainWindow) -> list[str]:
    preview = window.questionnaire.editor.preview
    assert preview is not None
    return [label.text() for label in preview.findChildren(QLabel)]


def test_edit_both_languages_and_save(qtbot, window: MainWindow, small_project: Path) -> None:
    window.open_project(small_project)
    window.tabs.setCurrentIndex(QUESTIONNAIRE)
    page = window.questionnaire
    editor = page.editor
    assert not page.save_button.isEnabled()
    nl = editor.editors[("who_title", "nl")]
    en = editor.editors[("who_title", "en")]
    assert en.text() == "Who are you?"
    assert nl.text() and nl.text() != en.text()  # the Dutch default, side by side
    nl.setFocus()
    nl.selectAll()
    qtbot.keyClicks(nl, "Wat is je naam?")
    en.setFocus()
    en.selectAll()
    qtbot.keyClicks(en, "What is your name?")
    assert page.save_button.isEnabled()
    assert "Changes not saved yet" in page.state.text()
    # The preview follows the page being edited, in the chosen language.
    assert editor.preview_page.currentData() == "who"
    editor.preview_lang.setCurrentIndex(editor.preview_lang.findData("en"))
    assert "What is your name?" in preview_texts(window)
    editor.preview_lang.setCurrentIndex(editor.preview_lang.findData("nl"))
    assert "Wat is je naam?" in preview_texts(window)

    # Channels and limits.
    ai_row = list(Channel).index(Channel.AI)
    editor.channel_table.item(ai_row, 0).setCheckState(Qt.CheckState.Unchecked)
    editor.soft_cap.setValue(0)
    editor.idle.setValue(120)

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.save_button.isEnabled()
    window.close_project()
    with Project.open(small_project, readonly=True) as project:
        q = project.questionnaire()
        assert q.text("who_title", "nl") == "Wat is je naam?"
        assert q.text("who_title", "en") == "What is your name?"
        assert Channel.AI not in q.channels
        assert q.soft_cap is None
        assert q.idle_seconds == 120


def test_long_consent_text_and_channel_preview(
    qtbot, window: MainWindow, small_project: Path
) -> None:
    window.open_project(small_project)
    editor = window.questionnaire.editor
    body = editor.editors[("consent_body", "nl")]
    body.setFocus()
    assert editor.preview_page.currentData() == "consent"
    body.setPlainText("Doe mee, het duurt 3 minuten.")
    assert "Doe mee, het duurt 3 minuten." in preview_texts(window)
    editor.preview_page.setCurrentIndex(editor.preview_page.findData("channels"))
    labels = preview_texts(window)
    assert "Een AI-assistent vragen" in labels or any("AI" in t for t in labels)


def test_undo_changes_and_unsaved_changes_on_close(
    qtbot, window: MainWindow, boxes, small_project: Path
) -> None:
    window.open_project(small_project)
    page = window.questionnaire
    title = page.editor.editors[("thanks_title", "en")]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Cheers")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert title.text() == "Thank you!"
    assert not page.dirty
    title.selectAll()
    qtbot.keyClicks(title, "Many thanks")
    boxes.answer = True  # "Save them before closing?" -> Save
    window.close_project()
    assert "not saved" in boxes.seen[-1]
    with Project.open(small_project, readonly=True) as project:
        assert project.questionnaire().text("thanks_title", "en") == "Many thanks"
