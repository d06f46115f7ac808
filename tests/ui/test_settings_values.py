"""Typed settings: a value in the file that cannot be used gives the default and a warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kennisnet.i18n import system_language
from kennisnet.ui.settings import MAX_RECENT, Settings

BAD = """\
[analysis]
overloaded_threshold=abc
advice_k=51

[ui]
language=fr
window_geometry=not bytes

[projects]
last_folder={gone}
"""


def test_bad_values_give_the_defaults_and_a_warning_each(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(BAD.format(gone=tmp_path / "gone"), encoding="utf-8")
    settings = Settings(path)
    with caplog.at_level(logging.WARNING, logger="kennisnet.ui.settings"):
        assert settings.overloaded_threshold == 8
        assert settings.advice_k == 3
        assert settings.language == system_language()
        assert settings.window_geometry == b""
        assert settings.overloaded_threshold == 8  # read again: no second warning
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 4, warnings
    assert "analysis/overloaded_threshold='abc'" in warnings[0]
    assert "not a whole number" in warnings[0] and "using the default 8" in warnings[0]
    assert "analysis/advice_k='51'" in warnings[1] and "between 0 and 50" in warnings[1]
    assert "ui/language='fr'" in warnings[2]
    assert "ui/window_geometry" in warnings[3]
    # A folder that is gone is no mistake in the file: the default, quietly.
    assert settings.last_folder in (str(Path.home() / "Documents"), str(Path.home()))
    assert len(caplog.records) == 4


def test_good_values_are_read_back_with_their_types(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.overloaded_threshold = 999
    settings.advice_k = 0
    settings.language = "nl"
    settings.last_folder = str(tmp_path)
    settings.window_geometry = b"\x01\x02\xff"
    for number in range(MAX_RECENT + 2):
        settings.add_recent(f"/projects/{number}.kennisnet")
    settings.remove_recent("/projects/5.kennisnet")
    settings.sync()

    again = Settings(path)
    assert again.overloaded_threshold == 999
    assert again.advice_k == 0
    assert again.language == "nl"
    assert again.last_folder == str(tmp_path)
    assert again.window_geometry == b"\x01\x02\xff"
    assert again.recent_projects == [f"/projects/{n}.kennisnet" for n in (9, 8, 7, 6, 4, 3, 2)]


def test_one_recent_project_and_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert (settings.overloaded_threshold, settings.advice_k, settings.recent_projects) == (
        8,
        3,
        [],
    )
    settings.add_recent("/projects/only.kennisnet")  # INI stores one item as plain text
    settings.sync()
    assert Settings(path).recent_projects == ["/projects/only.kennisnet"]


def test_the_program_cannot_store_a_value_out_of_range(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    with pytest.raises(ValueError, match="between 1 and 999"):
        settings.overloaded_threshold = 0
    with pytest.raises(ValueError, match="not one of"):
        settings.language = "fr"
    assert settings.overloaded_threshold == 8
