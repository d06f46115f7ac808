"""Sentences that can be shown in either language after the analysis ran.

The analysis stores a :class:`Message` (an English source text marked with
``N_`` plus the values to fill in) instead of a finished string, so that a view
can switch language without recomputing anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from kennisnet.i18n import tr

Value = str | int | float


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable sentence: ``code`` says what it is about, ``text`` says it."""

    code: str
    template: str
    values: tuple[tuple[str, Value], ...] = ()
    #: Names of values that are themselves English texts marked with ``N_``.
    translated: tuple[str, ...] = ()

    def text(self, lang: str | None = None) -> str:
        """The sentence in ``lang`` (default: the current language)."""
        plain = dict(self.values)
        values = {
            key: tr(value, lang=lang, **plain)
            if key in self.translated and isinstance(value, str)
            else value
            for key, value in self.values
        }
        return tr(self.template, lang=lang, **values)

    def __str__(self) -> str:
        return self.text()


def message(
    code: str, template: str, *, translated: tuple[str, ...] = (), **values: Value
) -> Message:
    """Build a :class:`Message`; ``template`` must be a literal marked with ``N_``.

    ``translated`` names the values that are marked texts to translate as well.
    """
    return Message(code, template, tuple(sorted(values.items())), translated)


def percent(share: float) -> int:
    """A share 0..1 as a whole percentage for sentences (rounded half up)."""
    return int(share * 100 + 0.5)
