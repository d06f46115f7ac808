"""Channel answers: splitting a multi-select cell and matching each choice to a channel.

A cell is split on the exporter's separator *before* anything is normalised:
``A;B;`` (the template, Microsoft Forms) or ``A, B`` (Google Forms). A choice
whose own label holds a comma ("Look it up in manuals, procedures or the
intranet") is kept whole by matching the comma-split pieces against the known
options, longest first.

Each choice is then read as a channel in one of four ways, and the import says
which: the questionnaire's wording in either language (``label``), an earlier
decision of HR for this project (``remembered``, see :func:`remember_options`),
the words in it (``words``, e.g. "Ik vraag het een collega" has "collega"; the
import lists every such reading so HR can correct it), or not at all
(``unknown``: stored as "other" with a line in the report).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from kennisnet.i18n import LANGUAGES, tr
from kennisnet.matching import normalise
from kennisnet.model import Channel
from kennisnet.questionnaire import CHANNEL_LABELS, Questionnaire
from kennisnet.store import Project

#: Where HR's own option texts are remembered (meta table, JSON: text -> channel).
OPTIONS_KEY = "response_channel_options"

_CHANNEL_WORDS: tuple[tuple[Channel, tuple[str, ...]], ...] = (
    (Channel.TRAINING, ("training", "cursus", "course", "opleiding", "geleerd")),
    (Channel.TRIAL_ERROR, ("zelf", "uitproberen", "trial", "try it", "vallen en opstaan")),
    (Channel.AI, ("ai", "chatgpt", "copilot", "assistent", "assistant")),
    (Channel.MANAGER, ("leidinggevende", "manager", "chef", "teamleider")),
    (Channel.COLLEAGUE, ("collega", "colleague", "collegas", "colleagues")),
    (Channel.DOCUMENTATION, ("handleiding", "handleidingen", "procedure", "procedures")),
    (Channel.DOCUMENTATION, ("intranet", "manual", "manuals", "opzoeken")),
    (Channel.INTERNET, ("internet", "google", "online", "zoeken")),
)


def channel_by_words(text: str) -> Channel | None:
    """The channel a free wording names by its words, when exactly one channel fits."""
    part = normalise(text)
    words = set(part.split())
    fits = {
        channel
        for channel, hints in _CHANNEL_WORDS
        if any((h in words) if " " not in h else (h in part) for h in hints)
    }
    if len(fits) == 1:
        return fits.pop()
    if fits == {Channel.DOCUMENTATION, Channel.INTERNET}:
        return Channel.DOCUMENTATION  # "opzoeken op intranet": looking something up
    return None


def channel_labels(questionnaire: Questionnaire | None = None) -> dict[str, Channel]:
    """Every known label of every channel (both languages), normalised -> channel."""
    labels: dict[str, Channel] = {}
    for channel, label in CHANNEL_LABELS.items():
        for lang in LANGUAGES:
            labels[normalise(tr(label, lang=lang))] = channel
            if questionnaire is not None:
                labels[normalise(questionnaire.channel_label(channel, lang))] = channel
        labels[normalise(channel.value)] = channel
    return labels


def remembered_options(project: Project) -> dict[str, Channel]:
    """HR's decisions for option texts of their own form (normalised text -> channel)."""
    raw = project.meta(OPTIONS_KEY)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    out: dict[str, Channel] = {}
    if isinstance(data, dict):
        for text, value in data.items():
            if isinstance(text, str) and value in Channel.__members__.values():
                out[normalise(text)] = Channel(value)
    return out


def remember_options(project: Project, options: Mapping[str, Channel]) -> None:
    """Remember for this project that an option text means a channel (later imports reuse it)."""
    current = remembered_options(project)
    current.update({normalise(text): channel for text, channel in options.items()})
    project.set_meta(
        OPTIONS_KEY, json.dumps({k: c.value for k, c in sorted(current.items())}, indent=0)
    )


def parse_channel(text: str) -> Channel:
    """A channel from its name in either language or its key (ValueError if not)."""
    key = normalise(text)
    labels = channel_labels()
    if key in labels:
        return labels[key]
    short = {
        "collega": Channel.COLLEAGUE,
        "leidinggevende": Channel.MANAGER,
        "handleiding": Channel.DOCUMENTATION,
        "documentatie": Channel.DOCUMENTATION,
        "zelf": Channel.TRIAL_ERROR,
        "trial and error": Channel.TRIAL_ERROR,
        "uitproberen": Channel.TRIAL_ERROR,
        "anders": Channel.OTHER,
    }
    if key.replace(" ", "_") in Channel.__members__.values():
        return Channel(key.replace(" ", "_"))
    if key in short:
        return short[key]
    raise ValueError(text)


@dataclass(frozen=True, slots=True)
class Choice:
    """One choice as written in the cell, and how it was read."""

    text: str
    channel: Channel | None
    how: str  # "label", "remembered", "words" or "unknown"


class ChannelParser:
    """Splits a channel cell into choices and reads each one."""

    def __init__(self, labels: Mapping[str, Channel], remembered: Mapping[str, Channel]) -> None:
        self.labels = dict(labels)
        self.remembered = dict(remembered)

    def known(self, text: str) -> tuple[Channel, str] | None:
        key = normalise(text)
        if not key:
            return None
        if key in self.remembered:
            return self.remembered[key], "remembered"
        if key in self.labels:
            return self.labels[key], "label"
        return None

    def read(self, text: str) -> Choice:
        found = self.known(text)
        if found is not None:
            return Choice(text, found[0], found[1])
        by_words = channel_by_words(text)
        return Choice(text, by_words, "words" if by_words else "unknown")

    def split(self, cell: str) -> list[str]:
        """The choices in a cell, split on ``;`` then (Google Forms) on ``,``, as written."""
        parts = [p.strip() for p in cell.split(";")]
        out: list[str] = []
        for part in parts:
            if not part:
                continue
            if "," not in part or self.known(part) is not None:
                out.append(part)
                continue
            out += self._split_commas(part)
        return out

    def _split_commas(self, part: str) -> list[str]:
        pieces = [p.strip() for p in re.split(r",", part)]
        out: list[str] = []
        start = 0
        while start < len(pieces):
            # The longest run of pieces that is one known option ("manuals, procedures …").
            end = next(
                (
                    stop
                    for stop in range(len(pieces), start + 1, -1)
                    if self.known(", ".join(pieces[start:stop])) is not None
                ),
                start + 1,
            )
            text = ", ".join(pieces[start:end]).strip()
            if text:
                out.append(text)
            start = end
        return out

    def parse(self, cell: str) -> list[Choice]:
        return [self.read(text) for text in self.split(cell)]


__all__ = [
    "OPTIONS_KEY",
    "ChannelParser",
    "Choice",
    "channel_by_words",
    "channel_labels",
    "parse_channel",
    "remember_options",
    "remembered_options",
]
