"""GUI test set-up: fresh settings under tmp_path for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kennisnet.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")
