"""The questionnaire: its texts in both languages, the channel list and its limits.

HR can edit every text; the defaults below ship complete in Dutch and English.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from kennisnet.i18n import LANGUAGES, N_, tr
from kennisnet.model import Channel, Frequency, TrainingAnswer

#: Text keys of the questionnaire and their English defaults (Dutch in the catalog).
DEFAULT_TEXTS: Mapping[str, str] = {
    "consent_title": N_("Welcome"),
    "consent_body": N_(
        "With this short survey we want to learn how colleagues learn from each other "
        "in their work. It takes about 3 minutes.\n\n"
        "Your answers are confidential, but not anonymous: you choose your name, so that we "
        "can draw the network. Only the HR advisers running this survey see your answers. "
        "In reports and workshops we show the network, never your individual answers, and "
        "we can hide names.\n\n"
        "Taking part is voluntary. If you choose not to take part, nothing is stored."
    ),
    "consent_yes": N_("I take part"),
    "consent_no": N_("I do not take part"),
    "who_title": N_("Who are you?"),
    "who_help": N_("Type part of your name and choose yourself from the list."),
    "sources_title": N_("From whom do you learn the most in your work?"),
    "sources_help": N_(
        "Think of the last 3 months. Type part of a name and choose the colleague. "
        "For each person, say how often you learn from them."
    ),
    "sources_more": N_("There are more people I learn from"),
    "sources_not_on_list": N_("Someone who is not on the list"),
    "sources_topic": N_("About what? (optional)"),
    "channels_title": N_("How do you solve a problem when you don't know something?"),
    "channels_help": N_("Choose up to 3, the one you use most first."),
    "training_title": N_("Did you have formal training or a course for your current work?"),
    "training_which": N_("Which training or course?"),
    "training_when": N_("When (about)?"),
    "thanks_title": N_("Thank you!"),
    "thanks_body": N_("Your answers have been saved. The next colleague can start."),
}

#: Channel labels (English; Dutch in the catalog).
CHANNEL_LABELS: Mapping[Channel, str] = {
    Channel.COLLEAGUE: N_("Ask a colleague"),
    Channel.MANAGER: N_("Ask my manager"),
    Channel.DOCUMENTATION: N_("Look it up in manuals, procedures or the intranet"),
    Channel.INTERNET: N_("Search the internet"),
    Channel.AI: N_("Ask an AI assistant"),
    Channel.TRIAL_ERROR: N_("Try it myself (trial and error)"),
    Channel.TRAINING: N_("Use what I learned in a training or course"),
    Channel.OTHER: N_("Other"),
}

FREQUENCY_LABELS: Mapping[Frequency, str] = {
    Frequency.DAILY: N_("daily"),
    Frequency.WEEKLY: N_("weekly"),
    Frequency.MONTHLY: N_("monthly"),
    Frequency.LESS: N_("less often"),
}

TRAINING_LABELS: Mapping[TrainingAnswer, str] = {
    TrainingAnswer.YES: N_("yes"),
    TrainingAnswer.NO: N_("no"),
    TrainingAnswer.DONT_KNOW: N_("don't know"),
}


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """The questionnaire as HR configured it."""

    #: language -> text key -> text
    texts: Mapping[str, Mapping[str, str]]
    #: language -> channel -> label
    channel_labels: Mapping[str, Mapping[str, str]]
    channels: tuple[Channel, ...] = tuple(Channel)
    #: Soft cap on the number of sources (a gentle note, never a hard stop); None = none.
    soft_cap: int | None = 10
    max_channels: int = 3
    #: Seconds without input before the kiosk warns and resets.
    idle_seconds: int = 90
    extra: Mapping[str, object] = field(default_factory=dict)

    def text(self, key: str, lang: str) -> str:
        return self.texts.get(lang, {}).get(key) or tr(DEFAULT_TEXTS[key], lang=lang)

    def channel_label(self, channel: Channel, lang: str) -> str:
        return self.channel_labels.get(lang, {}).get(channel.value) or tr(
            CHANNEL_LABELS[channel], lang=lang
        )

    def with_text(self, lang: str, key: str, value: str) -> Questionnaire:
        texts = {lg: dict(t) for lg, t in self.texts.items()}
        texts.setdefault(lang, {})[key] = value
        return replace(self, texts=texts)

    def to_json(self) -> str:
        return json.dumps(
            {
                "texts": self.texts,
                "channel_labels": self.channel_labels,
                "channels": [c.value for c in self.channels],
                "soft_cap": self.soft_cap,
                "max_channels": self.max_channels,
                "idle_seconds": self.idle_seconds,
                "extra": self.extra,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Questionnaire:
        data = json.loads(text)
        return cls(
            texts=data["texts"],
            channel_labels=data["channel_labels"],
            channels=tuple(Channel(c) for c in data["channels"]),
            soft_cap=data.get("soft_cap"),
            max_channels=int(data.get("max_channels", 3)),
            idle_seconds=int(data.get("idle_seconds", 90)),
            extra=data.get("extra", {}),
        )


def default_questionnaire() -> Questionnaire:
    """The shipped questionnaire, complete in Dutch and English."""
    return Questionnaire(
        texts={lang: {k: tr(v, lang=lang) for k, v in DEFAULT_TEXTS.items()} for lang in LANGUAGES},
        channel_labels={
            lang: {c.value: tr(label, lang=lang) for c, label in CHANNEL_LABELS.items()}
            for lang in LANGUAGES
        },
    )
