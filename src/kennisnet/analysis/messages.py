"""Sentences that can be shown in either language after the analysis ran.

The analysis stores a :class:`Message` (an English source text marked with
``N_`` plus the values to fill in) instead of a finished string, so that a view
can switch language without recomputing anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from kennisnet.i18n import Decimal1, ntr, tr

Value = str | int | float | Decimal1

#: Under this share of answers the bridge scores are unreliable (HR sees "under 80%").
RELIABLE_RATE = 0.80
#: Under this share of answers all results should be treated with caution.
CAUTION_RATE = 0.65
#: Whole percentages that texts compare against: 100 (everyone), 80, 65 (response),
#: 50 (at least half of a cluster cannot reach trained knowledge).
THRESHOLD_PERCENTS = (50, 65, 80, 100)


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable sentence: ``code`` says what it is about, ``text`` says it."""

    code: str
    template: str
    values: tuple[tuple[str, Value], ...] = ()
    #: Names of values that are themselves English texts marked with ``N_``.
    translated: tuple[str, ...] = ()
    #: The plural form of a sentence about a count (``Nn_``): chosen by the value ``count``.
    plural: str | None = None

    def text(self, lang: str | None = None) -> str:
        """The sentence in ``lang`` (default: the current language)."""
        plain = dict(self.values)
        values = {
            key: tr(value, lang=lang, **plain)
            if key in self.translated and isinstance(value, str)
            else value
            for key, value in self.values
        }
        if self.plural is not None:
            count = values.pop("count")
            assert isinstance(count, int), "a plural sentence needs a whole count"
            return ntr(self.template, self.plural, count, lang=lang, count=count, **values)
        return tr(self.template, lang=lang, **values)

    def __str__(self) -> str:
        return self.text()


def message(
    code: str,
    template: str | tuple[str, str],
    *,
    translated: tuple[str, ...] = (),
    **values: Value,
) -> Message:
    """Build a :class:`Message`; ``template`` must be a literal marked with ``N_``, or
    the two forms of a count marked with ``Nn_`` (then ``count`` chooses the form).

    ``translated`` names the values that are marked texts to translate as well.
    """
    if isinstance(template, tuple):
        if not isinstance(values.get("count"), int):
            raise ValueError(f"the sentence {code!r} about a count needs count=<int>")
        singular, plural = template
        return Message(code, singular, tuple(sorted(values.items())), translated, plural)
    return Message(code, template, tuple(sorted(values.items())), translated)


def percent(share: float) -> Decimal1:
    """A share 0..1 as a percentage for sentences: whole, rounded half up.

    It never contradicts a comparison: a share *below* one of the
    :data:`THRESHOLD_PERCENTS` that would round up to it is written with one
    decimal, and stays under it (51 of 64 is ``79.7``, not ``80``, next to "under
    80%"; 199 of 200 is ``99.5``, not ``100``; 79.96% is ``79.9``). The comparisons
    themselves use the
    exact share.
    """
    whole = int(share * 100 + 0.5)
    if whole in THRESHOLD_PERCENTS and share < whole / 100:
        return Decimal1(min(int(share * 1000 + 0.5), whole * 10 - 1))
    return Decimal1(whole * 10)
