"""Response columns: template headers, Forms question guesses and answer parsing."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kennisnet.importing.responses.forms import (
    EMAIL_HEADERS,
    GOOGLE_META,
    MS_META,
    NAME_HEADERS,
    is_quiz_column,
)
from kennisnet.importing.roster.fields import header_key
from kennisnet.model import Frequency, TrainingAnswer

#: Fields a response column can be mapped to. Numbered fields take " N" (e.g. "source 2").
FIELDS = (
    "respondent",
    "source",
    "frequency",
    "topic",
    "channels",
    "training",
    "training_which",
    "training_when",
    "more_sources",
    "ignore",
)
NUMBERED = ("source", "frequency", "topic")


@dataclass(frozen=True, slots=True)
class FieldRef:
    """Where a column goes: a field and, for numbered fields, the source number."""

    field: str
    number: int | None = None

    def __str__(self) -> str:
        return f"{self.field} {self.number}" if self.number else self.field

    @classmethod
    def parse(cls, text: str) -> FieldRef:
        parts = text.strip().casefold().replace("_", " ").split()
        if not parts:
            raise ValueError(text)
        number = int(parts[-1]) if parts[-1].isdigit() and len(parts) > 1 else None
        name = "_".join(parts[:-1] if number else parts)
        if name not in FIELDS or (number and name not in NUMBERED):
            raise ValueError(text)
        return cls(name, number)


_TEMPLATE: Mapping[str, str] = {
    "respondent": "respondent",
    "bron": "source",
    "source": "source",
    "frequentie": "frequency",
    "frequency": "frequency",
    "onderwerp": "topic",
    "topic": "topic",
    "kanalen": "channels",
    "channels": "channels",
    "formele training": "training",
    "formal training": "training",
    "welke training": "training_which",
    "which training": "training_which",
    "wanneer getraind": "training_when",
    "when trained": "training_when",
    "meer bronnen": "more_sources",
    "more sources": "more_sources",
}


def template_field(header: str) -> FieldRef | None:
    """The template field a header names ("Bron 2" -> source 2), or None."""
    key = header_key(header)
    match = re.fullmatch(r"(.*?)\s*(\d+)", key)
    if match and match.group(1) in _TEMPLATE and _TEMPLATE[match.group(1)] in NUMBERED:
        return FieldRef(_TEMPLATE[match.group(1)], int(match.group(2)))
    if key in _TEMPLATE:
        name = _TEMPLATE[key]
        return FieldRef(name, 1 if name in NUMBERED else None)
    return None


def looks_like_response_header(cells: Sequence[str]) -> bool:
    found = {template_field(c) for c in cells if c}
    keys = {header_key(c) for c in cells if c}
    forms = bool(keys & {"id", "start time", "begintijd", "timestamp", "tijdstempel"})
    return any(f and f.field == "respondent" for f in found) or forms


# -- Forms: which question is which ------------------------------------------

_QUESTION_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("frequency", ("hoe vaak", "how often", "frequentie", "frequency")),
    ("channels", ("hoe los", "how do you solve", "probleem op", "solve a problem", "niet weet")),
    ("training_which", ("welke opleiding", "welke training", "welke cursus", "which training")),
    ("training_when", ("wanneer", "when did", "when was")),
    ("training", ("formele", "formal training", "opleiding of cursus", "training or a course")),
    (
        "source",
        ("van wie", "from whom", "learn from", "leer je", "bron", "source", "collega", "colleague"),
    ),
    ("more_sources", ("meer mensen", "more people")),
    ("respondent", ("wie ben je", "who are you", "jouw naam", "je naam", "your name", "naam")),
)


def detect_format(headers: Sequence[str]) -> str:
    """'template', 'msforms' or 'gforms' from the header row."""
    keys = [header_key(h) for h in headers]
    if keys and keys[0] in ("timestamp", "tijdstempel"):
        return "gforms"
    ids = {"id"} & set(keys)
    starts = {"start time", "begintijd", "starttijd"} & set(keys)
    ends = {"completion time", "tijd van voltooien", "voltooiingstijd", "eindtijd"} & set(keys)
    if ids and (starts or ends):
        return "msforms"
    return "template"


def guess_mapping(headers: Sequence[str], fmt: str) -> dict[int, FieldRef]:
    """Column index -> field, as far as it can be told from the header texts."""
    mapping: dict[int, FieldRef] = {}
    forms = fmt in ("msforms", "gforms")
    meta = MS_META if fmt == "msforms" else GOOGLE_META if fmt == "gforms" else set()
    numbers: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        ref = template_field(header)
        if ref is not None and not forms:
            mapping[index] = ref
            continue
        if key in meta or (forms and is_quiz_column(header)):
            continue
        if ref is not None:
            mapping[index] = ref
            continue
        for field_name, hints in _QUESTION_HINTS:
            if any(h in key for h in hints):
                number_match = re.search(r"(\d+)\s*$", key)
                if field_name in NUMBERED:
                    if number_match:
                        number = int(number_match.group(1))
                    else:
                        number = numbers.get(field_name, 0) + 1
                    numbers[field_name] = number
                    mapping[index] = FieldRef(field_name, number)
                else:
                    mapping[index] = FieldRef(field_name)
                break
    fields = {ref.field for ref in mapping.values()}
    if "respondent" not in fields and forms:
        # No "who are you" question: the form recorded the work e-mail (and name).
        keys = [header_key(h) for h in headers]
        for wanted in (EMAIL_HEADERS, NAME_HEADERS if fmt == "msforms" else set()):
            for index, key in enumerate(keys):
                if key in wanted:
                    mapping[index] = FieldRef("respondent")
    # One source column without a number holds several names (a Forms text answer).
    sources = [i for i, r in mapping.items() if r.field == "source"]
    if len(sources) == 1 and "frequency" not in fields:
        mapping[sources[0]] = FieldRef("source")
    return mapping


#: Fields that hold answers (a file with none of these is not a response file).
ANSWER_FIELDS = frozenset(
    {"source", "frequency", "topic", "channels", "training", "training_which", "more_sources"}
)


# -- answers ---------------------------------------------------------------------

_FREQUENCIES: Mapping[str, Frequency] = {
    "dagelijks": Frequency.DAILY,
    "daily": Frequency.DAILY,
    "elke dag": Frequency.DAILY,
    "iedere dag": Frequency.DAILY,
    "every day": Frequency.DAILY,
    "wekelijks": Frequency.WEEKLY,
    "weekly": Frequency.WEEKLY,
    "elke week": Frequency.WEEKLY,
    "every week": Frequency.WEEKLY,
    "maandelijks": Frequency.MONTHLY,
    "monthly": Frequency.MONTHLY,
    "elke maand": Frequency.MONTHLY,
    "every month": Frequency.MONTHLY,
    "minder vaak": Frequency.LESS,
    "minder": Frequency.LESS,
    "less": Frequency.LESS,
    "less often": Frequency.LESS,
    "zelden": Frequency.LESS,
    "rarely": Frequency.LESS,
    "4": Frequency.DAILY,
    "3": Frequency.WEEKLY,
    "2": Frequency.MONTHLY,
    "1": Frequency.LESS,
}

_TRAINING: Mapping[str, TrainingAnswer] = {
    "ja": TrainingAnswer.YES,
    "yes": TrainingAnswer.YES,
    "j": TrainingAnswer.YES,
    "y": TrainingAnswer.YES,
    "1": TrainingAnswer.YES,
    "x": TrainingAnswer.YES,
    "nee": TrainingAnswer.NO,
    "no": TrainingAnswer.NO,
    "n": TrainingAnswer.NO,
    "0": TrainingAnswer.NO,
    "weet niet": TrainingAnswer.DONT_KNOW,
    "weet ik niet": TrainingAnswer.DONT_KNOW,
    "dont know": TrainingAnswer.DONT_KNOW,
    "don t know": TrainingAnswer.DONT_KNOW,
    "do not know": TrainingAnswer.DONT_KNOW,
    "onbekend": TrainingAnswer.DONT_KNOW,
    "unknown": TrainingAnswer.DONT_KNOW,
}

_YES_NO: Mapping[str, bool] = {"ja": True, "yes": True, "x": True, "1": True, "nee": False}


def parse_frequency(text: str) -> Frequency | None:
    """The frequency a text names; raises ValueError when it is not understood."""
    key = header_key(text)
    if key in _FREQUENCIES:
        return _FREQUENCIES[key]
    raise ValueError(text)


def parse_training(text: str) -> TrainingAnswer:
    key = header_key(text)
    if key in _TRAINING:
        return _TRAINING[key]
    if key.startswith(("ja", "yes")):
        return TrainingAnswer.YES
    if key.startswith(("nee", "no")):
        return TrainingAnswer.NO
    raise ValueError(text)


def parse_flag(text: str) -> bool:
    return _YES_NO.get(header_key(text), False)
