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

from kennisnet.i18n import N_, tr

Value = str | int

#: At most this many names in one list; the rest is counted ("and 3 others").
MAX_NAMES = 4


def join_names(labels: Sequence[str], lang: str | None = None) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C, D and 2 others' (translated)."""
    if not labels:
        return tr("nobody", lang=lang)
    shown = list(labels[:MAX_NAMES])
    rest = len(labels) - len(shown)
    if rest == 1:
        shown.append(tr("1 other", lang=lang))
    elif rest > 1:
        shown.append(tr("{count} others", lang=lang, count=rest))
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

    def render(self, label: Callable[[int], str], lang: str | None = None) -> str:
        filled: dict[str, object] = dict(self.values)
        for key, ids in self.people:
            filled[key] = join_names([label(i) for i in ids], lang)
        return tr(self.template, lang=lang, **filled)

    def without(self, person_id: int) -> Sentence:
        """The same sentence without this person (after an erasure)."""
        return Sentence(
            self.code,
            self.template,
            self.values,
            tuple((k, tuple(i for i in ids if i != person_id)) for k, ids in self.people),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "code": self.code,
                "template": self.template,
                "values": dict(self.values),
                "people": {k: list(ids) for k, ids in self.people},
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Sentence:
        data = json.loads(text)
        return cls(
            str(data["code"]),
            str(data["template"]),
            tuple(sorted((str(k), v) for k, v in data.get("values", {}).items())),
            tuple(sorted((str(k), tuple(int(i) for i in v)) for k, v in data["people"].items())),
        )


def sentence(
    code: str, template: str, people: dict[str, Sequence[int]], **values: Value
) -> Sentence:
    """Build a :class:`Sentence`; ``template`` must be a literal marked with ``N_``."""
    return Sentence(
        code,
        template,
        tuple(sorted(values.items())),
        tuple(sorted((k, tuple(v)) for k, v in people.items())),
    )


#: HR's own action without wording yet.
NO_TEXT = N_("(no description yet)")
