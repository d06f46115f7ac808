"""Size the dots of the network by a number: the analysis's own or any numeric column.

One mapping for the dashboard and every exported picture (like
:mod:`kennisnet.export.attributes` for colours): by default a dot grows with the
number of colleagues who learn from the person; it can instead grow with how often
they are named (weighted), the years since the start date, or any column of the
staff list whose values are numbers (hours, FTE, a score of your own). The smallest
value gets the smallest dot, the largest the largest; the *area* grows with the
value. People without a value are drawn smaller still, and the legend says so.

The legend shows the range only (the lowest and highest value), never a person's
value next to their name or code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kennisnet.analysis import AnalysisResult
from kennisnet.export.attributes import COLUMN, EXCLUDED, years_since_start
from kennisnet.i18n import N_, language, ntr, tr
from kennisnet.model import Person

#: The default: colleagues who learn from the person (the analysis's in-degree).
LEARNERS = "learners"
#: The analysis's own figures a dot can be sized by (key -> label).
FIGURES: Mapping[str, str] = {
    LEARNERS: N_("Colleagues who learn from them"),
    "weighted": N_("Learners, weighted by how often"),
}
#: The staff list's start date as a number: years since then.
YEARS = "start_date"
YEARS_LABEL = N_("Years since start")
#: Share of a column's filled-in values that must be numbers for it to size dots.
NUMERIC_SHARE = 0.9


def number(text: str | None) -> float | None:
    """``text`` as a number ("0,8", "0.8", "36", "1.000,5" -> 1000.5), or None."""
    raw = (text or "").strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if not raw:
        return None
    if "," in raw and "." in raw:  # one is a thousands separator: the last one is decimal
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    else:
        raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def shown_number(value: float, lang: str | None = None) -> str:
    """A value for the legend: whole numbers as they are, others with at most 2 decimals
    (a decimal comma in Dutch)."""
    if abs(value - round(value)) < 1e-9:
        text = str(round(value))
    else:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if (lang or language()) == "nl" else text


@dataclass(frozen=True, slots=True)
class SizeBy:
    """What the dots can be sized by: an analysis figure, the years since start, a column."""

    key: str

    @property
    def figure(self) -> bool:
        return self.key in FIGURES

    def label(self, lang: str | None = None) -> str:
        if self.key in FIGURES:
            return tr(FIGURES[self.key], lang=lang)
        if self.key == YEARS:
            return tr(YEARS_LABEL, lang=lang)
        return self.key.removeprefix(COLUMN)


def value_of(person: Person, size_by: SizeBy, today: date | None = None) -> float | None:
    """The person's number on the staff list for ``size_by`` (None: not known)."""
    if size_by.key == YEARS:
        years = years_since_start(person, today)
        return None if years is None else round(years, 1)
    return number(person.attributes.get(size_by.key.removeprefix(COLUMN)))


def _numeric(values: Sequence[str]) -> bool:
    filled = [v for v in values if v.strip()]
    numbers = [n for n in (number(v) for v in filled) if n is not None]
    return len(set(numbers)) >= 2 and bool(filled) and len(numbers) >= NUMERIC_SHARE * len(filled)


def available(people: Iterable[Person]) -> list[SizeBy]:
    """The analysis's figures, then the years since start and every numeric column of the
    staff list (at least 2 different numbers; by name)."""
    people = [p for p in people if not p.external]
    out = [SizeBy(k) for k in FIGURES]
    today, years = date.today(), SizeBy(YEARS)
    starts: set[float] = set()
    for p in people:  # two different start dates are enough
        value = value_of(p, years, today)
        if value is not None:
            starts.add(value)
            if len(starts) >= 2:
                out.append(years)
                break
    names: set[str] = set()
    for p in people:
        names.update(k for k in p.attributes if k not in EXCLUDED)
    for name in sorted(names, key=str.casefold):
        if _numeric([p.attributes.get(name, "") for p in people]):
            out.append(SizeBy(COLUMN + name))
    return out


def find(people: Iterable[Person], text: str) -> SizeBy | None:
    """The choice named ``text``: a key, a label (either language) or a column's name."""
    wanted = text.strip().casefold().replace(" ", "_")
    aliases = {
        "in_degree": LEARNERS,
        "start": YEARS,
        "years": YEARS,
        "weighted_in_degree": "weighted",
    }
    if wanted in aliases:
        wanted = aliases[wanted]
    for size_by in available(people):
        names = {
            size_by.key.casefold(),
            size_by.key.removeprefix(COLUMN).casefold().replace(" ", "_"),
            size_by.label("en").casefold().replace(" ", "_"),
            size_by.label("nl").casefold().replace(" ", "_"),
        }
        if wanted in names:
            return size_by
    return None


@dataclass(frozen=True, slots=True)
class Sizing:
    """How big every dot is for one choice, and the legend lines that explain it."""

    size_by: SizeBy
    values: Mapping[int, float | None]
    low: float
    high: float

    @property
    def missing(self) -> int:
        return sum(1 for v in self.values.values() if v is None)

    def fraction(self, pid: int) -> float | None:
        """0 (smallest value) … 1 (largest), growing with the area; None: no value."""
        value = self.values.get(pid)
        if value is None:
            return None
        if self.high <= self.low:
            return 0.5
        share = (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)
        return math.sqrt(share)

    def title(self, lang: str | None = None) -> str:
        """E.g. "Dot size: FTE, 0.4 (small) to 1 (big)"."""
        return tr(
            "Dot size: {attribute}, {low} (small) to {high} (big)",
            lang=lang,
            attribute=self.size_by.label(lang),
            low=shown_number(self.low, lang),
            high=shown_number(self.high, lang),
        )

    def missing_label(self, lang: str | None = None) -> str:
        """E.g. "Smallest dot: FTE not known (3 people)" ("" when everyone has a value)."""
        if not self.missing:
            return ""
        return ntr(
            "Smallest dot: {attribute} not known ({count} person)",
            "Smallest dot: {attribute} not known ({count} people)",
            self.missing,
            lang=lang,
            attribute=self.size_by.label(lang),
        )

    def legend(self, lang: str | None = None) -> list[str]:
        return [t for t in (self.title(lang), self.missing_label(lang)) if t]


def sizing(
    people: Iterable[Person],
    size_by: SizeBy,
    result: AnalysisResult | None = None,
    *,
    today: date | None = None,
) -> Sizing:
    """The size of everyone's dot for ``size_by``. The analysis's figures come from
    ``result`` (people not in it have no value); the rest from the staff list."""
    if size_by.figure:
        if result is None:
            raise ValueError("sizing by an analysis figure needs the analysis result")
        values: dict[int, float | None] = {
            p.id: float(p.in_degree if size_by.key == LEARNERS else p.weighted_in_degree)
            for p in result.people
        }
    else:
        values = {p.id: value_of(p, size_by, today) for p in people if not p.external}
        if result is not None:  # named colleagues outside the staff list: not known
            values = {p.id: values.get(p.id) for p in result.people}
    known = [v for v in values.values() if v is not None]
    low, high = (min(known), max(known)) if known else (0.0, 0.0)
    return Sizing(size_by, values, low, high)


def picture_sizing(
    people: Sequence[Person], size_by: str, result: AnalysisResult, *, lang: str
) -> Sizing | None:
    """The sizes of an exported picture sized by ``size_by`` (None: the default, colleagues
    who learn from them). Raises ValueError for a choice the staff list does not have."""
    if size_by in ("", LEARNERS):
        return None
    chosen = SizeBy(size_by) if SizeBy(size_by) in available(people) else find(people, size_by)
    if chosen is None:
        names = ", ".join(s.label(lang) for s in available(people))
        raise ValueError(
            tr(
                "The staff list has no numbers in '{name}' to size the dots by. "
                "You can choose: {names}.",
                lang=lang,
                name=size_by,
                names=names,
            )
        )
    if chosen.key == LEARNERS:
        return None
    return sizing(people, chosen, result)
