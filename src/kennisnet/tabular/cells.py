"""Turn spreadsheet cell values into the text a person would read in the cell."""

from __future__ import annotations

import datetime as dt
import math


def clean(text: str) -> str | None:
    """Strip whitespace (also non-breaking spaces); empty text becomes None."""
    stripped = text.strip()
    return stripped or None


def number_text(value: float) -> str:
    """Whole numbers without '.0' (employee numbers!), other numbers without float noise."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    text = f"{value:.15g}"
    if "e" in text and math.isfinite(value) and abs(value) >= 1e-6:
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    return text


def cell_text(value: object) -> str | None:
    """The text of one cell value as openpyxl gives it (None for an empty cell)."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.timedelta):
        return _duration_text(value)
    return clean(str(value))


def _duration_text(value: dt.timedelta) -> str:
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
