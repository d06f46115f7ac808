"""What Help → About says about Kennisnet and the libraries it includes (``about_html``).

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
from kennisnet.i18n import tr
from kennisnet.ui.crash import log_file

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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def about_html() -> str:
    from kennisnet.store.backup import backup_dir

    rows = "".join(
        f"<tr><td>{_escape(lib.name)}</td><td>&nbsp;{_escape(lib.version)}&nbsp;</td>"
        f"<td>{_escape(lib.licence)}</td></tr>"
        for lib in bundled_libraries()
    )
    return (
        f"<h2>Kennisnet {__version__}</h2><p>"
        + tr("Kennisnet shows how colleagues learn from each other in your organisation.")
        + "</p><p>"
        + tr("Everything stays on this computer, in the project file. Nothing is sent anywhere.")
        + "</p><p>"
        + tr("Licence of Kennisnet: {licence}", licence=_escape(app_licence()))
        + "</p><p>"
        + tr("The log file is at {log}.", log=_escape(str(log_file())))
        + "<br>"
        + tr(
            "Backup copies of your projects are in {folder}.",
            folder=_escape(str(backup_dir("x").parent)),
        )
        + "</p><p><b>"
        + tr("Libraries included in Kennisnet")
        + "</b></p><table cellspacing='0' cellpadding='1'>"
        + f"<tr><th align='left'>{tr('Library')}</th><th align='left'>&nbsp;{tr('Version')}</th>"
        + f"<th align='left'>{tr('Licence')}</th></tr>"
        + rows
        + "</table><p>"
        + tr(
            "PySide6 and Qt are used under the GNU LGPL version 3. The licence texts are "
            "in the folders of the libraries."
        )
        + "</p>"
    )
