"""Edit the XML inside an xlsx, to make files the way Excel (not openpyxl) writes them."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path


def patch_sheet(path: Path, member: str, change: Callable[[str], str]) -> None:
    """Rewrite one XML part inside an xlsx (to add cached formula values and the like)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, data in parts.items():
            archive.writestr(filename, data)


def add_cached_value(xml: str, cell: str, value: str, kind: str | None = None) -> str:
    """Give the formula in ``cell`` the value Excel would have stored when it saved the file."""
    pattern = re.compile(rf'<c r="{cell}"([^>]*)>(<f>.*?</f>)(?:<v\s*/>|<v></v>)')
    kind_attr = f' t="{kind}"' if kind else ""
    new, count = pattern.subn(rf'<c r="{cell}"\1{kind_attr}>\2<v>{value}</v>', xml)
    assert count == 1, f"no formula cell {cell} in the sheet XML"
    return new
