"""Response columns: template headers, Forms question guesses and answer parsing."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kennisnet.i18n import LANGUAGES, tr
from kennisnet.matching import normalise
from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.questionnaire import CHANNEL_LABELS, Questionnaire
from kennisnet.roster.fields import header_key

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

_MS_META = {
    "id",
    "start time",
    "begintijd",
    "completion time",
    "tijd van voltooien",
    "voltooiingstijd",
    "email",
    "e mail",
    "name",
    "naam",
    "last modified time",
    "tijdstip van laatste wijziging",
}
_GOOGLE_META = {"timestamp", "tijdstempel", "email address", "e mailadres"}

_QUESTION_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("frequency", ("hoe vaak", "how often", "frequentie", "frequency")),
    ("channels", ("hoe los", "how do you solve", "probleem op", "solve a problem", "niet weet")),
    ("training_which", ("welke opleiding", "welke training", "welke cursus", "which training")),
    ("training_when", ("wanneer", "when did", "when was")),
    ("training", ("formele", "formal training", "opleiding of cursus", "training or a course")),
    ("source", ("van wie", "from whom", "learn from", "leer je", "bron", "source")),
    ("more_sources", ("meer mensen", "more people")),
    ("respondent", ("wie ben je", "who are you", "jouw naam", "je naam", "your name", "naam")),
)


def detect_format(headers: Sequence[str]) -> str:
    """'template', 'msforms' or 'gforms' from the header row."""
    keys = [header_key(h) for h in headers]
    if keys and keys[0] in _GOOGLE_META:
        return "gforms"
    if {"id", "start time"} <= set(keys) or {"id", "begintijd"} <= set(keys):
        return "msforms"
    return "template"


def guess_mapping(headers: Sequence[str], fmt: str) -> dict[int, FieldRef]:
    """Column index -> field, as far as it can be told from the header texts."""
    mapping: dict[int, FieldRef] = {}
    meta = _MS_META if fmt == "msforms" else _GOOGLE_META if fmt == "gforms" else set()
    numbers: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        ref = template_field(header)
        if ref is not None:
            mapping[index] = ref
            continue
        if key in meta:
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
    if "respondent" not in fields and fmt == "msforms":
        for index, header in enumerate(headers):
            if header_key(header) in ("name", "naam"):
                mapping[index] = FieldRef("respondent")
    # One source column without a number holds several names (a Forms text answer).
    sources = [i for i, r in mapping.items() if r.field == "source"]
    if len(sources) == 1 and "frequency" not in fields:
        mapping[sources[0]] = FieldRef("source")
    return mapping


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


_CHANNEL_WORDS: tuple[tuple[Channel, tuple[str, ...]], ...] = (
    (Channel.TRAINING, ("training", "cursus", "course", "opleiding", "geleerd")),
    (Channel.TRIAL_ERROR, ("zelf", "uitproberen", "trial", "try it", "vallen en opstaan")),
    (Channel.AI, ("ai", "chatgpt", "copilot", "assistent", "assistant")),
    (Channel.MANAGER, ("leidinggevende", "manager", "chef", "teamleider")),
    (Channel.COLLEAGUE, ("collega", "colleague")),
    (Channel.DOCUMENTATION, ("handleiding", "procedure", "intranet", "manual", "opzoeken")),
    (Channel.INTERNET, ("internet", "google", "online", "zoeken")),
)


def channel_labels(questionnaire: Questionnaire | None = None) -> dict[str, Channel]:
    """Every known label of every channel (both languages) -> channel."""
    labels: dict[str, Channel] = {}
    for channel, label in CHANNEL_LABELS.items():
        for lang in LANGUAGES:
            labels[normalise(tr(label, lang=lang))] = channel
            if questionnaire is not None:
                labels[normalise(questionnaire.channel_label(channel, lang))] = channel
        labels[normalise(channel.value)] = channel
    return labels


class ChannelParser:
    """Finds the ranked channels in a cell.

    Cells look like ``A;B;`` (template, Microsoft Forms) or ``A, B`` (Google
    Forms). Known labels are found first, since a label may itself hold a comma.
    """

    def __init__(self, labels: Mapping[str, Channel]) -> None:
        self.labels = dict(labels)
        ordered = sorted(self.labels, key=len, reverse=True)
        self.pattern = re.compile(
            r"(?<![^\s;,])(" + "|".join(re.escape(label) for label in ordered) + r")(?![^\s;,])"
        )

    def parse(self, text: str) -> tuple[list[Channel], list[str]]:
        """Ranked channels, and the parts that were not recognised."""
        rest = normalise(text.replace(";", " ; ").replace(",", " , "))
        found: list[tuple[int, Channel]] = []
        for match in self.pattern.finditer(rest):
            found.append((match.start(), self.labels[match.group(1)]))
        blanked = self.pattern.sub(lambda m: " " * len(m.group(0)), rest)
        unknown: list[str] = []
        position = 0
        for part in re.split(r"[;,]", blanked):
            start = position
            position += len(part) + 1
            part = part.strip()
            if not part:
                continue
            channel = _channel_by_word(part)
            if channel is None:
                unknown.append(part)
            else:
                found.append((start, channel))
        ordered: list[Channel] = []
        for _, channel in sorted(found, key=lambda item: item[0]):
            if channel not in ordered:
                ordered.append(channel)
        return ordered, unknown


def _channel_by_word(part: str) -> Channel | None:
    words = set(part.split())
    for channel, hints in _CHANNEL_WORDS:
        if any((h in words) if " " not in h else (h in part) for h in hints):
            return channel
    return None
