"""Find the app's resources the same way from a checkout, a wheel and the frozen app.

* frozen (PyInstaller): ``<bundle>/resources``
* installed wheel: ``kennisnet/resources`` inside the package
* checkout / editable install: ``resources/`` at the top of the repository
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent.parent / "resources"]
    for candidate in candidates:
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError(
        "the Kennisnet resources folder was not found: " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Where Kennisnet keeps its own files (the demo copy, logs). KENNISNET_HOME overrides."""
    override = os.environ.get("KENNISNET_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Kennisnet"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Kennisnet"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "kennisnet"


def user_cache_dir() -> Path:
    """Where Kennisnet keeps files it can always make again (cached analyses).

    The system's cache folder (so it is not copied with a roaming profile or a backup of
    the user's documents); ``KENNISNET_HOME`` overrides: ``<home>/cache``.
    """
    override = os.environ.get("KENNISNET_HOME")
    if override:
        return Path(override) / "cache"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Kennisnet" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Kennisnet"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "kennisnet"
