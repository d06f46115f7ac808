"""What Help → About says about Kennisnet and the libraries it includes.

Versions and licences are read from the installed package metadata, so they
stay true after an update; where a package does not state its licence as an
SPDX expression (or is not installed as a package, as in some bundles), the
licence known for it is shown instead.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata

from kennisnet import __version__

#: (name shown, distribution names to look for, licence if the metadata does not say).
LIBRARIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("PySide6 (Qt)", ("PySide6-Essentials", "PySide6"), "LGPL-3.0-only"),
    ("NetworkX", ("networkx",), "BSD-3-Clause"),
    ("igraph", ("igraph", "python-igraph"), "GPL-2.0-or-later"),
    ("matplotlib", ("matplotlib",), "PSF-based (Matplotlib License)"),
    ("openpyxl", ("openpyxl",), "MIT"),
    ("NumPy", ("numpy",), "BSD-3-Clause"),
    ("SciPy", ("scipy",), "BSD-3-Clause"),
    ("lxml", ("lxml",), "BSD-3-Clause"),
)
_SPDX_WORDS = {"AND", "OR", "WITH", "MIT", "ISC", "Zlib", "Unlicense", "PostgreSQL"}
_SPDX_TOKEN = re.compile(r"\(?[A-Za-z0-9][A-Za-z0-9.+\-]*\)?")


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str
    licence: str


def is_spdx(text: str) -> bool:
    """True for a short SPDX licence expression ("BSD-3-Clause", "MIT OR Apache-2.0")."""
    if not text or len(text) > 120 or "\n" in text.strip():
        return False
    for token in text.split():
        if not _SPDX_TOKEN.fullmatch(token):
            return False
        word = token.strip("()")
        if word not in _SPDX_WORDS and not any(c.isdigit() or c == "-" for c in word):
            return False
    return True


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """The stripped value of a metadata field; empty when the package does not state it."""
    return str(meta[name]).strip() if name in meta else ""


def licence_from(meta: metadata.PackageMetadata | None, fallback: str) -> str:
    """The SPDX expression the package states (License-Expression, then License)."""
    if meta is None:
        return fallback
    for field in ("License-Expression", "License"):
        value = _field(meta, field)
        if is_spdx(value):
            return value
    return fallback


def _find(names: tuple[str, ...]) -> tuple[str, metadata.PackageMetadata | None]:
    for name in names:
        try:
            return metadata.version(name), metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
    return "", None


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return ""
    return str(qVersion())


def bundled_libraries() -> list[Library]:
    out = []
    for name, dists, fallback in LIBRARIES:
        version, meta = _find(dists)
        if name.startswith("PySide6") and version:
            qt = _qt_version()
            if qt and qt != version:
                version = f"{version} (Qt {qt})"
        out.append(Library(name, version or "?", licence_from(meta, fallback)))
    out.append(Library("Python", platform.python_version(), "PSF-2.0"))
    return out


def app_licence() -> str:
    try:
        meta = metadata.metadata("kennisnet")
    except metadata.PackageNotFoundError:
        return "Proprietary"
    return _field(meta, "License-Expression") or _field(meta, "License") or "Proprietary"


def app_version() -> str:
    return __version__
