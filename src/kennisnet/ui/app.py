"""Start the app window or the kiosk (called by ``kennisnet.launcher``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kennisnet import APP_NAME, __version__
from kennisnet.i18n import language, set_language
from kennisnet.resources import resource
from kennisnet.ui import crash
from kennisnet.ui.language import use_qt_translations
from kennisnet.ui.settings import Settings
from kennisnet.ui.tasks import import_heavy_modules_in_steps


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "kennisnet.png"))))
    return app


def run(mode: str, project: str | None, config: str | None = None, lang: str | None = None) -> int:
    """``mode`` is "app" (the HR workspace), "kiosk", "workshop" or "workshop-pseudonymized"
    (both show codes) or "workshop-names"; ``project`` a .kennisnet path; ``lang`` (from
    ``--lang``) wins over the settings."""
    app = ensure_app()
    crash.install()
    window = start(mode, project, config, lang)
    if window is None:
        return 1
    smoke = os.environ.get("KENNISNET_SMOKE_TEST")
    if smoke:
        _smoke_test(window, Path(smoke))
    return int(app.exec())


def start(
    mode: str, project: str | None, config: str | None = None, lang: str | None = None
) -> QWidget | None:
    """Everything :func:`run` does before the event loop: note that the app runs (and tell
    HR when the last run did not end normally), apply the language, show the window."""
    app = ensure_app()
    crashed = crash.start_session()
    app.aboutToQuit.connect(crash.end_session)
    settings = Settings(Path(config) if config else None)
    set_language(lang or settings.language)
    use_qt_translations(language())
    if crashed and mode == "kiosk":  # HR is at the laptop now, before the kiosk locks it
        crash.crash_notice(crashed).exec()
    if mode.startswith("workshop"):
        from kennisnet.ui.workshop.launch import launch_workshop

        window = launch_workshop(
            Path(project) if project else None,
            settings,
            pseudonymised=mode != "workshop-names",
        )
    elif mode == "kiosk":
        from kennisnet.ui.kiosk.launch import launch_kiosk

        window = launch_kiosk(Path(project) if project else None, settings)
    else:
        from kennisnet.ui.workspace.launch import launch_workspace

        window = launch_workspace(Path(project) if project else None, settings)
    if window is None:
        return None
    if crashed and mode != "kiosk":
        notice = crash.crash_notice(crashed, window)
        notice.open()  # on top of the window, without blocking it
    if mode == "app":
        # Background work (imports, analysis) finds the heavy libraries loaded: see tasks.py.
        QTimer.singleShot(0, import_heavy_modules_in_steps)
    return window


def _smoke_test(window: QWidget, target: Path) -> None:
    """For the packaged-app check: let the window settle, save a picture of it, quit."""

    def finish() -> None:
        window.grab().save(str(target))
        window.close()
        QApplication.exit(0)

    QTimer.singleShot(4000, finish)
