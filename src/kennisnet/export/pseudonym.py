"""Codes instead of names, and hiding figures of small groups.

**Codes.** Every person in a project gets a personal code such as ``P-017``.
The codes are numbered in the order of a hash of each person's internal random
id (``Person.uid``, a UUID that only exists inside the project file), so

* the code list cannot be rebuilt from the staff list (it is not alphabetical
  and not in the order of the roster), and
* the same project gives the same codes in every export and in the workshop,
  so that the personal code handed to an employee ("find yourself") matches
  the picture on the projector. Adding people to the staff list renumbers.

**Pseudonymised outputs** replace every name and employee number with the
code — in cells, sentences, labels, titles and file metadata (in a finished sentence a
plain number such as ``15`` is a count and stays, even when someone has that employee
number: see :func:`figure_like`) — leave out the
job title and team (they can identify one person), show a department only when
it has at least :data:`MIN_GROUP` people on the staff list, and hide every
figure about a group smaller than :data:`MIN_GROUP` people (PRODUCT.md,
"Privacy and trust").
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from kennisnet.analysis import AnalysisResult, ClusterResult, Message, PersonResult
from kennisnet.i18n import N_, tr
from kennisnet.model import Person

#: Figures about groups with fewer people than this are hidden when pseudonymised.
MIN_GROUP = 5

HIDDEN_GROUP = N_("hidden (fewer than 5 people)")
HIDDEN_DEPARTMENT = N_("(small department, hidden)")
HIDDEN_SMALL_CLUSTER = N_("Figures hidden: this group has fewer than 5 people.")


def person_codes(people: Iterable[Person]) -> dict[int, str]:
    """The personal code of every person (see the module docstring)."""
    ordered = sorted(people, key=lambda p: (hashlib.sha256(p.uid.encode()).hexdigest(), p.id))
    width = max(3, len(str(len(ordered))))
    return {p.id: f"P-{n:0{width}d}" for n, p in enumerate(ordered, start=1)}


#: A plain number of at least this many digits is no count in any sentence (30,000 people
#: make at most some 150,000 ties).
LONG_NUMBER = 7


def figure_like(secret: str) -> bool:
    """Whether ``secret`` (an employee number) could be a figure in a finished sentence.

    A plain number such as ``15`` or ``2026`` under :data:`LONG_NUMBER` digits without a
    leading zero: in "15 colleagues would lose every route" it is a count, and a code in
    its place would be a wrong figure (small organisations number their staff 1, 2, 3 …).
    Sentences get their names and other texts through their values, which are replaced
    one by one (:meth:`Naming.message`); a value, a label or a title is replaced whole,
    plain numbers included (:meth:`Naming.scrub`).
    """
    text = secret.strip()
    return text.isdigit() and not text.startswith("0") and len(text) < LONG_NUMBER


def _alternation(secrets: Iterable[str]) -> re.Pattern[str] | None:
    # Longest first, so that "Jan de Vries" wins over "Jan".
    alternatives = sorted(secrets, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(
        r"(?<!\w)(" + "|".join(re.escape(a) for a in alternatives) + r")(?!\w)",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class Naming:
    """How one export refers to people: by name, or by code (pseudonymised)."""

    pseudonymised: bool
    codes: Mapping[int, str]
    #: Department -> people on the staff list (for hiding small departments).
    department_sizes: Mapping[str | None, int]
    #: Full names and employee numbers -> code, for scrubbing free text.
    _replacements: Mapping[str, str]
    _pattern: re.Pattern[str] | None
    #: Texts already scrubbed: the pattern has an alternative for every name, number
    #: and e-mail (30,000 at 10,000 people), and the same department, cluster and
    #: sentence texts come back thousands of times in one export.
    _scrubbed: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    #: The pattern without plain numbers (see :func:`figure_like`), for finished
    #: sentences; made when first needed.
    _sentence: dict[str, re.Pattern[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def build(cls, people: Iterable[Person], *, pseudonymised: bool) -> Naming:
        people = list(people)
        codes = person_codes(people)
        sizes = Counter(p.department for p in people if not p.external)
        replacements: dict[str, str] = {}
        for p in people:
            for secret in (p.name, p.employee_number, p.email):
                if secret and secret.strip():
                    replacements[secret.strip().casefold()] = codes[p.id]
        pattern = _alternation(replacements) if pseudonymised else None
        return cls(pseudonymised, codes, dict(sizes), replacements, pattern)

    def code(self, person_id: int) -> str:
        return self.codes.get(person_id, f"P-?{person_id}")

    def label(self, person: PersonResult) -> str:
        """The name, or the code when pseudonymised."""
        return self.code(person.id) if self.pseudonymised else person.name

    def hidden(self, size: int) -> bool:
        """True when figures about a group of ``size`` people must not be shown."""
        return self.pseudonymised and size < MIN_GROUP

    def department(self, department: str | None, lang: str) -> str | None:
        if department is None or not self.pseudonymised:
            return department
        if self.department_sizes.get(department, 0) < MIN_GROUP:
            return tr(HIDDEN_DEPARTMENT, lang=lang)
        return self.scrub(department)

    def scrub(self, text: str) -> str:
        """``text`` with every full name, employee number and e-mail replaced by a code."""
        if self._pattern is None:
            return text
        done = self._scrubbed.get(text)
        if done is None:
            done = self._scrubbed[text] = self._replace(self._pattern, text)
        return done

    def message(self, msg: Message, lang: str) -> str:
        """A sentence rendered with pseudonymised values (names and small groups)."""
        if not self.pseudonymised:
            return msg.text(lang)
        shown = self._warning(msg, lang)
        if shown is None:
            return tr(HIDDEN_GROUP, lang=lang)
        # The values are replaced already; a last pass for names in the finished
        # sentence, but not its counts.
        text = shown.text(lang)
        if "pattern" not in self._sentence:
            self._sentence["pattern"] = _alternation(
                s for s in self._replacements if not figure_like(s)
            )
        pattern = self._sentence["pattern"]
        return text if pattern is None else self._replace(pattern, text)

    def _replace(self, pattern: re.Pattern[str], text: str) -> str:
        """``text`` with what ``pattern`` finds replaced by the person's code."""
        return pattern.sub(lambda m: self._replacements[m.group(1).casefold()], text)

    def result(self, result: AnalysisResult, lang: str) -> AnalysisResult:
        """A copy of ``result`` that can be shown as it is (unchanged when not pseudonymised).

        Names and employee numbers become codes, job title and team go, small
        departments are hidden, cluster sentences about small clusters are
        replaced and warnings are rendered without names or small departments.
        """
        if not self.pseudonymised:
            return result
        people = tuple(
            replace(
                p,
                name=self.code(p.id),
                employee_number=None,
                team=None,
                role=None,
                department=self.department(p.department, lang),
            )
            for p in result.people
        )
        clusters = tuple(self._cluster(c, lang) for c in result.clusters)
        externals = tuple(replace(e, name=self.code(e.id)) for e in result.external_people)
        warnings = tuple(w for w in (self._warning(w, lang) for w in result.warnings) if w)
        departments = tuple(
            replace(d, department=self.department(d.department, lang))
            for d in result.quality.departments
            if not self.hidden(d.roster)
        )
        return replace(
            result,
            wave_name=self.scrub(result.wave_name),
            people=people,
            clusters=clusters,
            external_people=externals,
            warnings=warnings,
            quality=replace(result.quality, departments=departments),
        )

    def _cluster(self, cluster: ClusterResult, lang: str) -> ClusterResult:
        departments = tuple(
            (self.department(d, lang), n) for d, n in cluster.departments if not self.hidden(n)
        )
        if not self.hidden(cluster.size):
            return replace(
                cluster,
                departments=departments,
                main_department=self.department(cluster.main_department, lang),
            )
        return replace(
            cluster,
            departments=(),
            main_department=None,
            sentence=Message("hidden_small_group", HIDDEN_SMALL_CLUSTER),
        )

    def _warning(self, warning: Message, lang: str) -> Message | None:
        values = []
        for key, value in warning.values:
            if isinstance(value, str):
                if warning.code == "low_response_departments" and key == "departments":
                    kept = [
                        d for d in value.split(", ") if self.department_sizes.get(d, 0) >= MIN_GROUP
                    ]
                    if not kept:
                        return None
                    value = ", ".join(kept)
                value = self.scrub(value)
            values.append((key, value))
        return replace(warning, values=tuple(values))
