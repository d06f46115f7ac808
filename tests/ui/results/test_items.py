"""The item that paints every tie at once: smooth only while that is cheap."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainterPath
from pytestqt.qtbot import QtBot

from kennisnet.ui.results.items import ArrowsItem, add_tie


def _arrows(ties: int) -> ArrowsItem:
    lines = QPainterPath()
    for i in range(ties):
        add_tie(lines, None, (0.0, float(i)), (100.0, float(i) + 50.0), 1.0, 1.0, 0.0)
    item = ArrowsItem(QRectF(0, 0, 100, ties + 50))
    item.set_layers([(lines, QPainterPath(), QColor("#505C70"), 1.0)])
    return item


def test_ties_are_smooth_in_small_networks_and_plain_in_large_ones(qtbot: QtBot) -> None:
    assert _arrows(300).antialias
    assert _arrows(1_500).antialias
    # The ties between the clusters of 10,000 people (about 2,000) took 0.4 s to paint
    # smooth: the window waited that long on every zoom.
    assert not _arrows(1_951).antialias
