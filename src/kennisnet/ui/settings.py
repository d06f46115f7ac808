"""Typed settings in one place (QSettings, INI format, user scope).

``--config-file`` (or ``Settings(path)``) points at another INI file: tests and
kiosk laptops use their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kennisnet.i18n import LANGUAGES, system_language

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kennisnet", "Kennisnet"
            )
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._q.fileName()

    def _get(self, key: str, default: object) -> object:
        return self._q.value(key, default)

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "") or "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def overloaded_threshold(self) -> int:
        return int(str(self._get("analysis/overloaded_threshold", 8)))

    @overloaded_threshold.setter
    def overloaded_threshold(self, value: int) -> None:
        self._q.setValue("analysis/overloaded_threshold", int(value))

    @property
    def advice_k(self) -> int:
        return int(str(self._get("analysis/advice_k", 3)))

    @advice_k.setter
    def advice_k(self, value: int) -> None:
        self._q.setValue("analysis/advice_k", int(value))

    @property
    def recent_projects(self) -> list[str]:
        value = self._get("projects/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent_projects if p != path]
        self._q.setValue("projects/recent", [path, *items][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._q.setValue("projects/recent", [p for p in self.recent_projects if p != path])

    @property
    def last_folder(self) -> str:
        """The folder of the last file opened or saved (file dialogs start there)."""
        value = str(self._get("projects/last_folder", "") or "")
        if value and Path(value).is_dir():
            return value
        documents = Path.home() / "Documents"
        return str(documents if documents.is_dir() else Path.home())

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._q.setValue("projects/last_folder", value)

    @property
    def window_geometry(self) -> bytes:
        value = self._get("ui/window_geometry", b"")
        if isinstance(value, QByteArray):
            return bytes(value.data())
        return bytes(value) if isinstance(value, bytes | bytearray) else b""

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._q.setValue("ui/window_geometry", QByteArray(bytes(value)))

    def sync(self) -> None:
        self._q.sync()
