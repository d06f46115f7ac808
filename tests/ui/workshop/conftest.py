"""Workshop tests: the offscreen platform cannot size or raise windows, nor let the name
picker's list grab the keyboard; that is not our bug."""

from __future__ import annotations

import os

import pytest

_OFFSCREEN_LIMITS = (
    r"^This plugin does not support "
    r"(propagateSizeHints\(\)|raise\(\)|requestActivate\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        for item in items:
            if "workshop" in str(item.path):
                item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))
