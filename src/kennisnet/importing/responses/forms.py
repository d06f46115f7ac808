"""Microsoft Forms and Google Forms exports: their own columns, answer times and waves.

Both exporters add columns of their own around the questions, named in the
language of the form owner's screen: Microsoft ``ID``/``Id``, ``Start time``/
``Begintijd``, ``Completion time``/``Tijd van voltooien``, ``Email``/``E-mail``,
``Name``/``Naam``; Google ``Timestamp``/``Tijdstempel``, ``Email Address``/
``E-mailadres``. Quizzes add points and feedback columns (``Total points``,
``Points - <question>``, ``<question> [Score]`` …), which are never answers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime

from kennisnet.importing.roster.fields import header_key

MS_META = {
    "id",
    "start time",
    "begintijd",
    "starttijd",
    "completion time",
    "tijd van voltooien",
    "voltooiingstijd",
    "eindtijd",
    "email",
    "e mail",
    "e mailadres",
    "name",
    "naam",
    "last modified time",
    "tijdstip van laatste wijziging",
    "laatst gewijzigd",
    "total points",
    "totaal aantal punten",
    "totaalpunten",
    "punten",
    "points",
    "quiz feedback",
    "quizfeedback",
    "feedback op test",
    "feedback op quiz",
    "grade posted time",
    "tijdstip van cijferpublicatie",
}
GOOGLE_META = {
    "timestamp",
    "tijdstempel",
    "email address",
    "e mailadres",
    "e mail adres",
    "email",
    "e mail",
    "score",
    "totale score",
    "totaalscore",
}
#: Columns with the respondent's work e-mail as the form recorded it.
EMAIL_HEADERS = {"email", "e mail", "email address", "e mailadres", "e mail adres"}
#: Microsoft's column with the respondent's name (forms inside the organisation).
NAME_HEADERS = {"name", "naam"}
#: The answer time, best first.
TIME_HEADERS = (
    "completion time",
    "tijd van voltooien",
    "voltooiingstijd",
    "eindtijd",
    "timestamp",
    "tijdstempel",
    "start time",
    "begintijd",
    "starttijd",
)
#: The exporter's own columns in English (its dates are then written month first).
ENGLISH_META = {"timestamp", "start time", "completion time", "email address", "id"}
#: Values the exporter writes when the respondent was not identified.
ANONYMOUS = {"anonymous", "anoniem", "anoniem gebruiker", "anonymous user"}


def is_quiz_column(header: str) -> bool:
    """Points and feedback columns of a quiz (Microsoft and Google, Dutch and English)."""
    key = header_key(header)
    if re.match(r"^(points|punten|feedback|score)\b", key):
        return True
    return bool(re.search(r"\[(score|feedback|punten|points)\]\s*$", header.casefold()))


def time_column(headers: Sequence[str]) -> int | None:
    keys = [header_key(h) for h in headers]
    for wanted in TIME_HEADERS:
        if wanted in keys:
            return keys.index(wanted)
    return None


_DATE = re.compile(
    r"^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s*(am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)


class TimeReader:
    """Reads the answer times of one file; day-month or month-day is decided per file."""

    def __init__(self, values: Sequence[str], *, english: bool = False) -> None:
        """``english``: the export's own columns are in English (US dates: month first)."""
        self.day_first = True
        firsts: list[int] = []
        seconds: list[int] = []
        american = False
        for value in values:
            match = _DATE.match(value)
            if match and len(match.group(1)) <= 2:
                firsts.append(int(match.group(1)))
                seconds.append(int(match.group(2)))
                american = american or ((bool(match.group(7)) or english) and "/" in value)
        later = any(n > 12 for n in seconds) or american
        if later and not any(n > 12 for n in firsts):
            self.day_first = False
        #: True when nothing in the file says whether it is day-month or month-day.
        self.ambiguous = (
            bool(firsts)
            and not any(n > 12 for n in firsts + seconds)
            and any(a != b for a, b in zip(firsts, seconds, strict=True))
        )

    def read(self, value: str) -> str | None:
        """ISO 8601 (seconds), or None when the text is not a date and time."""
        text = value.strip()
        try:
            return datetime.fromisoformat(text).replace(tzinfo=None).isoformat(timespec="seconds")
        except ValueError:
            pass
        match = _DATE.match(text)
        if not match:
            return None
        a, b, c, hour, minute, second, half = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        else:
            year = int(c) + (2000 if len(c) <= 2 else 0)
            day, month = (int(a), int(b)) if self.day_first else (int(b), int(a))
        h = int(hour)
        if half and half.lower().startswith("p") and h < 12:
            h += 12
        if half and half.lower().startswith("a") and h == 12:
            h = 0
        try:
            moment = datetime(year, month, day, h, int(minute), int(second or 0))
        except ValueError:
            return None
        return moment.isoformat(timespec="seconds")


def wave_for(time: str, waves: Sequence[tuple[int, str, str]]) -> int:
    """The wave an answer given at ``time`` belongs to: the last one started before it.

    ``waves`` are (id, name, started_at) in order; an answer from before the
    first wave's start belongs to the first wave.
    """
    starts = [started for _, _, started in waves]
    index = bisect_right(starts, time) - 1
    return waves[max(index, 0)][0]


__all__ = [
    "ANONYMOUS",
    "EMAIL_HEADERS",
    "GOOGLE_META",
    "MS_META",
    "NAME_HEADERS",
    "TimeReader",
    "is_quiz_column",
    "time_column",
    "wave_for",
]
