"""Plan sentences that name people by id, so they can be shown in either language,
with names or with codes (pseudonymised), and lose a person who was erased.

A :class:`Sentence` keeps an English template (marked with ``N_``), plain
values and, separately, the lists of person ids it names. Names are filled in
only when it is shown: :meth:`Sentence.render` with a function that gives the
label of a person (the name, or the code in a pseudonymised output).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kennisnet.i18n import N_, ntr, tr

Value = str | int

#: At most this many names in one list; the rest is counted ("and 3 others").
MAX_NAMES = 4


def join_names(labels: Sequence[str], lang: str | None = None) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C, D and 2 others' (translated)."""
    if not labels:
        return tr("nobody", lang=lang)
    shown = list(labels[:MAX_NAMES])
    rest = len(labels) - len(shown)
    if rest > 0:
        shown.append(ntr("{count} other", "{count} others", rest, lang=lang))
    if len(shown) == 1:
        return shown[0]
    return tr("{first} and {last}", lang=lang, first=", ".join(shown[:-1]), last=shown[-1])


@dataclass(frozen=True, slots=True)
class Sentence:
    """A translatable sentence about people; see the module docstring."""

    code: str
    template: str
    values: tuple[tuple[str, Value], ...] = ()
    #: (placeholder, person ids) — each filled in as a list of names.
    people: tuple[tuple[str, tuple[int, ...]], ...] = ()
    #: The plural form of a sentence about a count (``Nn_``): the value ``count`` chooses.
    plural: str | None = None

    def render(self, label: Callable[[int], str], lang: str | None = None) -> str:
        filled: dict[str, object] = dict(self.values)
        for key, ids in self.people:
            filled[key] = join_names([label(i) for i in ids], lang)
        count = filled.get("count")
        if self.plural is not None and isinstance(count, int):
            return ntr(self.template, self.plural, count, lang=lang, **filled)
        return tr(self.template, lang=lang, **filled)

    def without(self, person_id: int) -> Sentence:
        """The same sentence without this person (after an erasure)."""
        return Sentence(
            self.code,
            self.template,
            self.values,
            tuple((k, tuple(i for i in ids if i != person_id)) for k, ids in self.people),
            self.plural,
        )

    def to_json(self) -> str:
        data: dict[str, object] = {
            "code": self.code,
            "template": self.template,
            "values": dict(self.values),
            "people": {k: list(ids) for k, ids in self.people},
        }
        if self.plural is not None:
            data["plural"] = self.plural
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Sentence:
        data = json.loads(text)
        return cls(
            str(data["code"]),
            str(data["template"]),
            tuple(sorted((str(k), v) for k, v in data.get("values", {}).items())),
            tuple(sorted((str(k), tuple(int(i) for i in v)) for k, v in data["people"].items())),
            str(data["plural"]) if data.get("plural") is not None else None,
        )


def sentence(
    code: str,
    template: str | tuple[str, str],
    people: dict[str, Sequence[int]],
    **values: Value,
) -> Sentence:
    """Build a :class:`Sentence`; ``template`` must be a literal marked with ``N_``, or
    the two forms of a count marked with ``Nn_`` (then the value ``count`` chooses)."""
    plural = None
    if isinstance(template, tuple):
        if not isinstance(values.get("count"), int):
            raise ValueError(f"the sentence {code!r} about a count needs count=<int>")
        template, plural = template
    return Sentence(
        code,
        template,
        tuple(sorted(values.items())),
        tuple(sorted((k, tuple(v)) for k, v in people.items())),
        plural,
    )


#: HR's own action without wording yet.
NO_TEXT = N_("(no description yet)")
