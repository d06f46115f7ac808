"""Typed settings in one place (QSettings, INI format, user scope).

Every setting is declared once, on :class:`Settings`, with its key, type and default
(and the values it may take). A value in the file that is not valid (``abc`` for a
number, a number out of range, a language Kennisnet does not have) is never an error:
the default is used and a warning goes to the log, once per setting.

``--config-file`` (or ``Settings(path)``) points at another INI file: tests and
kiosk laptops use their own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from kennisnet.i18n import LANGUAGES, system_language
from kennisnet.session.options import DEFAULTS, LIMITS
from kennisnet.ui.folders import documents_folder, is_hidden

log = logging.getLogger(__name__)

MAX_RECENT = 8

T = TypeVar("T")


class BadValue(ValueError):
    """A value in the settings file that a setting cannot use."""


class Setting(Generic[T]):
    """One setting: ``key`` in the INI file, ``read`` turns the stored value into a ``T``
    (raising :class:`BadValue` when it cannot), ``write`` into what QSettings stores.

    ``default`` is a value, or a function for a default that depends on the computer
    (the system language, the Documents folder).
    """

    def __init__(
        self,
        key: str,
        default: T | Callable[[], T],
        read: Callable[[object], T],
        write: Callable[[T], object],
    ) -> None:
        self.key = key
        self._default = default
        self._read = read
        self._write = write
        self.name = key

    def __set_name__(self, owner: type[Settings], name: str) -> None:
        self.name = name

    def default(self) -> T:
        if callable(self._default):
            made: T = self._default()
            return made
        return self._default

    @overload
    def __get__(self, settings: None, owner: type[Settings]) -> Setting[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type[Settings]) -> T: ...

    def __get__(self, settings: Settings | None, owner: type[Settings]) -> Setting[T] | T:
        if settings is None:
            return self
        stored = settings.stored(self.key)
        if stored is None:  # not set: the default, nothing to say
            return self.default()
        try:
            return self._read(stored)
        except BadValue as problem:
            fallback = self.default()
            settings.warn_once(
                self.key,
                f"setting {self.key}={stored!r} in {settings.path} is not valid ({problem}); "
                f"using the default {fallback!r}",
            )
            return fallback

    def __set__(self, settings: Settings, value: T) -> None:
        settings.store(self.key, self._write(value))


# -- the kinds of setting ---------------------------------------------------------------


def number(key: str, default: int, low: int, high: int) -> Setting[int]:
    """A whole number from ``low`` to ``high``."""

    def read(stored: object) -> int:
        try:
            value = int(str(stored).strip())
        except ValueError:
            raise BadValue("not a whole number") from None
        if not low <= value <= high:
            raise BadValue(f"not between {low} and {high}")
        return value

    def write(value: int) -> object:
        return read(value)  # a value out of range is a mistake in the program

    return Setting(key, default, read, write)


def choice(key: str, default: Callable[[], str], allowed: tuple[str, ...]) -> Setting[str]:
    """One of ``allowed``; the empty text means "not chosen" (the default)."""

    def read(stored: object) -> str:
        value = str(stored)
        if value == "":
            return default()
        if value not in allowed:
            raise BadValue(f"not one of {', '.join(allowed)}")
        return value

    def write(value: str) -> object:
        if value not in allowed:
            raise ValueError(f"{key}: {value!r} is not one of {', '.join(allowed)}")
        return value

    return Setting(key, default, read, write)


def folder(key: str, default: Callable[[], str]) -> Setting[str]:
    """A folder; none, one that is gone (a USB stick taken out) or a hidden one (the demo
    copy's, in Kennisnet's own data folder) gives the default.

    A folder that is gone is no mistake in the file, so that is not logged.
    """

    def read(stored: object) -> str:
        value = str(stored)
        usable = value and Path(value).is_dir() and not is_hidden(Path(value))
        return value if usable else default()

    return Setting(key, default, read, str)


def text_list(key: str) -> Setting[list[str]]:
    """A list of texts (INI stores one item as a plain text); empty items are left out."""

    def read(stored: object) -> list[str]:
        if isinstance(stored, str):
            return [stored] if stored else []
        if isinstance(stored, list | tuple):
            return [str(item) for item in stored if item]
        raise BadValue("not a list")

    def write(value: list[str]) -> object:
        return [str(item) for item in value]

    return Setting(key, list, read, write)


def byte_string(key: str) -> Setting[bytes]:
    """Bytes (stored as ``@ByteArray(…)``), e.g. a window's geometry."""

    def read(stored: object) -> bytes:
        if isinstance(stored, QByteArray):
            return bytes(stored.data())
        if isinstance(stored, bytes | bytearray):
            return bytes(stored)
        raise BadValue("not a byte string")

    def write(value: bytes) -> object:
        return QByteArray(bytes(value))

    return Setting(key, b"", read, write)


class Settings:
    """The user's settings. Each attribute below is a :class:`Setting`: read it for a
    valid value, assign to store one (``sync()`` writes the file)."""

    #: The language of the screens; the system's language until HR chooses one.
    language = choice("ui/language", system_language, tuple(LANGUAGES))
    #: The analysis values HR starts a NEW project with (per user). An open project
    #: keeps its own analysis options per wave (``Session.options``); these are only
    #: the defaults for projects made from now on.
    overloaded_threshold = number(
        "analysis/overloaded_threshold",
        DEFAULTS.overloaded_threshold,
        *LIMITS["overloaded_threshold"],
    )
    #: See :attr:`overloaded_threshold`: a per-user default for new projects.
    advice_k = number("analysis/advice_k", DEFAULTS.advice_k, *LIMITS["advice_k"])
    #: Recently opened projects, newest first (at most :data:`MAX_RECENT`).
    recent_projects = text_list("projects/recent")
    #: The folder of the last file opened or saved (file dialogs start there).
    last_folder = folder("projects/last_folder", documents_folder)
    #: The main window's size and place (``QWidget.saveGeometry``).
    window_geometry = byte_string("ui/window_geometry")

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kennisnet", "Kennisnet"
            )
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        self._warned: set[str] = set()

    @property
    def path(self) -> str:
        return self._q.fileName()

    def stored(self, key: str) -> object:
        """What the file holds for ``key`` (None when it holds nothing)."""
        value: object = self._q.value(key)
        return value

    def store(self, key: str, value: object) -> None:
        self._q.setValue(key, value)
        self._warned.discard(key)

    def warn_once(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning("%s", message)

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent_projects if p != path]
        self.recent_projects = [path, *items][:MAX_RECENT]

    def remove_recent(self, path: str) -> None:
        self.recent_projects = [p for p in self.recent_projects if p != path]

    def sync(self) -> None:
        self._q.sync()
