"""The start screen: what the app does, three big buttons and the recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kennisnet.i18n import tr
from kennisnet.ui.typography import heading, scaled_font


class StartPage(QWidget):
    """Welcome: open the demo, start a new survey, open a project, or a recent one."""

    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        column.addStretch(1)
        self.title = heading("", 2.2)
        column.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setFont(scaled_font(self.intro, 1.15))
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.intro)
        column.addSpacing(10)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.demo_button = self._big_button()
        self.new_button = self._big_button()
        self.open_button = self._big_button()
        self.new_button.setDefault(True)
        for button in (self.new_button, self.demo_button, self.open_button):
            buttons.addWidget(button)
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        column.addLayout(buttons)
        column.addSpacing(10)

        self.recent_label = heading("", 1.15)
        column.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentProjects")
        self.recent.setMaximumHeight(220)
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.itemActivated.connect(self._activated)
        column.addWidget(self.recent)
        self.no_recent = QLabel()
        self.no_recent.setWordWrap(True)
        column.addWidget(self.no_recent)
        column.addStretch(2)
        self._paths: list[str] = []
        self.retranslate()

    def _big_button(self) -> QPushButton:
        button = QPushButton()
        button.setMinimumSize(QSize(200, 84))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFont(scaled_font(button, 1.2, bold=True))
        return button

    def set_recent(self, paths: list[str]) -> None:
        self._paths = list(paths)
        self.recent.clear()
        for path in self._paths:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self._fill_recent()

    def _fill_recent(self) -> None:
        for row in range(self.recent.count()):
            item = self.recent.item(row)
            path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
            if path.exists():
                item.setText(f"{path.stem}    —    {path.parent}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setText(tr("{name} (not found: {folder})", name=path.stem, folder=path.parent))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        has = bool(self._paths)
        self.recent.setVisible(has)
        self.no_recent.setVisible(not has)
        if has:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.title.setText(tr("Welcome to Kennisnet"))
        self.intro.setText(
            "<p>"
            + tr("Kennisnet shows how colleagues learn from each other in your organisation.")
            + "</p><ul><li>"
            + tr("Import your staff list and let colleagues answer a 3-minute survey on a laptop.")
            + "</li><li>"
            + tr("See who the knowledge holders are, and where people have no trained colleague.")
            + "</li><li>"
            + tr("Discuss the results in a team workshop and export them to Excel and slides.")
            + "</li></ul>"
        )
        self.demo_button.setText(tr("Open the demo"))
        self.demo_button.setToolTip(
            tr("A finished example survey of an installation company, to look around safely.")
        )
        self.new_button.setText(tr("Start a new survey"))
        self.new_button.setToolTip(tr("Create a project and import your staff list (Ctrl+N)."))
        self.open_button.setText(tr("Open a project…"))
        self.open_button.setToolTip(tr("Open a .kennisnet project file (Ctrl+O)."))
        self.recent_label.setText(tr("Recent projects"))
        self.no_recent.setText(tr("Projects you open appear here."))
        self._fill_recent()
