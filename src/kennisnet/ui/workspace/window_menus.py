"""The window's actions and menus: File, Waves, View, Settings and Help.

:class:`Menus` makes the actions, fills the menu bar and keeps the texts and the
enabled states current; the window connects each action to what it does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from kennisnet.i18n import tr
from kennisnet.ui.settings import Settings

TABS = 6


class Menus(QObject):
    """The actions of the HR workspace, in the window's menu bar."""

    #: A recent project was chosen in File → Recent projects (its path).
    recent_chosen = Signal(str)

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        keys = QKeySequence.StandardKey
        self.new_action = self._action(keys.New)
        self.open_action = self._action(keys.Open)
        self.demo_action = self._action()
        self.merge_action = self._action()
        self.import_action = self._action("Ctrl+I")
        self.template_action = self._action()
        self.rescue_action = self._action()
        self.export_action = self._action("Ctrl+E")
        self.restore_action = self._action()
        self.backup_folder_action = self._action()
        self.kiosk_action = self._action()
        self.phones_action = self._action()
        self.new_wave_action = self._action()
        self.compare_action = self._action()
        self.close_action = self._action(keys.Close)
        self.quit_action = self._action(keys.Quit)
        self.find_action = self._action(keys.Find)
        self.refresh_action = self._action(keys.Refresh)
        self.save_action = self._action(keys.Save)
        self.names_action = self._action()
        self.settings_action = self._action("Ctrl+,")
        self.about_action = self._action()
        self.log_action = self._action()
        self.shortcuts_action = self._action()
        self.tab_actions = [self._action(f"Ctrl+{i + 1}") for i in range(TABS)]

        self.file_menu = QMenu(window)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.rescue_action)
        self.file_menu.addAction(self.merge_action)
        self.file_menu.addAction(self.names_action)
        self.file_menu.addAction(self.template_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.kiosk_action)
        self.file_menu.addAction(self.phones_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.backup_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.waves_menu = QMenu(window)
        self.waves_menu.addAction(self.new_wave_action)
        self.waves_menu.addAction(self.compare_action)
        self.view_menu = QMenu(window)
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.settings_menu = QMenu(window)
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = QMenu(window)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)
        bar = window.menuBar()
        for menu in (
            self.file_menu,
            self.waves_menu,
            self.view_menu,
            self.settings_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)

    def _action(self, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        # Added to the window too, so the shortcut works while no menu is open.
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_projects
        for path in paths:
            action = self.recent_menu.addAction(Path(path).stem + "   " + str(Path(path).parent))
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _checked=False, p=path: self.recent_chosen.emit(p))
        if not paths:
            none = self.recent_menu.addAction(tr("No recent projects"))
            none.setEnabled(False)

    def update(self, *, project_open: bool, waves: int) -> None:
        """Enable what makes sense with (or without) an open project of ``waves`` waves."""
        for action in (
            self.merge_action,
            self.import_action,
            self.rescue_action,
            self.export_action,
            self.restore_action,
            self.names_action,
            self.close_action,
            self.find_action,
            self.refresh_action,
            self.save_action,
            self.new_wave_action,
            self.kiosk_action,
            self.phones_action,
            *self.tab_actions,
        ):
            action.setEnabled(project_open)
        self.compare_action.setEnabled(project_open and waves > 1)
        self.template_action.setEnabled(True)

    def retranslate(self, tab_titles: tuple[str, ...]) -> None:
        self.file_menu.setTitle(tr("&File"))
        self.recent_menu.setTitle(tr("Recent projects"))
        self.waves_menu.setTitle(tr("&Waves"))
        self.view_menu.setTitle(tr("&View"))
        self.settings_menu.setTitle(tr("&Settings"))
        self.help_menu.setTitle(tr("&Help"))
        texts = (
            (self.new_action, tr("New survey…")),
            (self.open_action, tr("Open a project…")),
            (self.demo_action, tr("Open the demo")),
            (self.import_action, tr("Import responses…")),
            (self.merge_action, tr("Merge laptops…")),
            (self.names_action, tr("Check names…")),
            (self.template_action, tr("Save the response template…")),
            (self.rescue_action, tr("Import kiosk answers that were not saved…")),
            (self.export_action, tr("Export…")),
            (self.restore_action, tr("Restore a backup…")),
            (self.backup_folder_action, tr("Open backup folder")),
            (self.kiosk_action, tr("Start kiosk on this laptop")),
            (self.phones_action, tr("Answer on phones…")),
            (self.new_wave_action, tr("Start the next wave…")),
            (self.compare_action, tr("Compare waves…")),
            (self.close_action, tr("Close the project")),
            (self.quit_action, tr("Quit")),
            (self.find_action, tr("Find…")),
            (self.refresh_action, tr("Recalculate the results")),
            (self.save_action, tr("Save the questionnaire")),
            (self.settings_action, tr("Settings…")),
            (self.about_action, tr("About Kennisnet")),
            (self.log_action, tr("Where is the log file?")),
            (self.shortcuts_action, tr("Keyboard shortcuts")),
            *zip(self.tab_actions, tab_titles, strict=True),
        )
        for action, text in texts:
            action.setText(text)
