"""Shared test set-up: headless Qt, a private home folder, fixed language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own Kennisnet folder; nothing touches the user's real files."""
    home = tmp_path_factory.mktemp("kennisnet-home")
    monkeypatch.setenv("KENNISNET_HOME", str(home))


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    from kennisnet.i18n import language, set_language

    before = language()
    set_language("en")
    yield
    set_language(before)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.kennisnet"
