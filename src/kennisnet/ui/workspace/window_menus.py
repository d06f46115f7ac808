"""The window's actions and menus (a mixin): File, Waves, View, Settings and Help.

``MainWindow`` inherits these methods and provides the slots the actions call
(``new_project``, ``export_files``, ``find`` and friends) and ``project``,
``settings`` and ``tabs``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget

from kennisnet.i18n import tr


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class WindowMenus:
    """Creates the actions, fills the menus and keeps their texts and states current."""

    project: Any
    settings: Any
    tabs: QTabWidget

    def _action(self, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.new_project, keys.New)
        self.open_action = self._action(self.choose_project, keys.Open)
        self.demo_action = self._action(self.open_demo)
        self.merge_action = self._action(self.merge_laptops)
        self.import_action = self._action(self.import_responses, "Ctrl+I")
        self.template_action = self._action(self.save_template)
        self.rescue_action = self._action(self.import_kiosk_answers)
        self.export_action = self._action(self.export_files, "Ctrl+E")
        self.restore_action = self._action(self.restore_a_backup)
        self.backup_folder_action = self._action(self.open_backup_folder)
        self.kiosk_action = self._action(self.start_kiosk)
        self.new_wave_action = self._action(self.start_new_wave)
        self.compare_action = self._action(self.compare_waves)
        self.close_action = self._action(self.close_project, keys.Close)
        self.quit_action = self._action(self.close, keys.Quit)
        self.find_action = self._action(self.find, keys.Find)
        self.refresh_action = self._action(self.recalculate, keys.Refresh)
        self.save_action = self._action(self.save_questionnaire, keys.Save)
        self.names_action = self._action(self.resolve_names)
        self.settings_action = self._action(self.open_settings, "Ctrl+,")
        self.about_action = self._action(self.about)
        self.log_action = self._action(self.show_log)
        self.tab_actions = [
            self._action(lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            for i in range(5)
        ]
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.recent_menu = QMenu(self)
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
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.backup_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.waves_menu = QMenu(self)
        self.waves_menu.addAction(self.new_wave_action)
        self.waves_menu.addAction(self.compare_action)
        self.view_menu = QMenu(self)
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.settings_menu = QMenu(self)
        self.settings_menu.addAction(self.settings_action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)
        for menu in (
            self.file_menu,
            self.waves_menu,
            self.view_menu,
            self.settings_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_projects
        for path in paths:
            action = self.recent_menu.addAction(Path(path).stem + "   " + str(Path(path).parent))
            action.setEnabled(Path(path).exists())
            action.triggered.connect(lambda _c=False, p=path: self.open_project(Path(p)))
        if not paths:
            none = self.recent_menu.addAction(tr("No recent projects"))
            none.setEnabled(False)

    def _update_actions(self) -> None:
        has = self.project is not None
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
            *self.tab_actions,
        ):
            action.setEnabled(has)
        self.compare_action.setEnabled(has and len(self.project.waves()) > 1)
        self.template_action.setEnabled(True)
        self.kiosk_action.setVisible(module_available("kennisnet.ui.kiosk"))
        self.kiosk_action.setEnabled(has)

    def _retranslate_menus(self) -> None:
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
        )
        for action, text in texts:
            action.setText(text)
