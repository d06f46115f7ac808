"""Shared settings for the analysis tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kennisnet.i18n import language, set_language


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Sentences are checked in English unless a test asks for another language."""
    before = language()
    set_language("en")
    yield
    set_language(before)
