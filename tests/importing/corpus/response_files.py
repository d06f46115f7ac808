"""A corpus of response files as HR gets them, each with the ties and channels it holds.

Layouts: Microsoft Forms "Open in Excel" workbooks and Google Forms CSV
downloads, each with the exporter's own columns in Dutch and in English, quiz
exports with points and feedback columns, forms without a "who are you"
question (the work e-mail or name identifies the respondent), a form worded by
HR in its own words, a Microsoft export saved again as CSV by Dutch Excel (``;``,
Windows-1252), the Kennisnet template as workbook and as CSV with ``;``,
``,`` and tab in UTF-8, UTF-8 with BOM and Windows-1252, and a staff list
offered as a response file by mistake.

Everything expected is written down here, independently of the import code:
the option labels are typed out, not taken from the app.

``python tests/importing/corpus/response_files.py FOLDER`` writes the files.
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

DOMAIN = "gemeente-voorbeeld.example"
#: name, department, employee number
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("Anne de Vries", "Burgerzaken", "2001"),
    ("Bram van den Berg", "Burgerzaken", "2002"),
    ("Chantal Öztürk", "Burgerzaken", "2003"),
    ("Daan Jansen", "ICT", "2004"),
    ("Els van der Meer-Bos", "ICT", "2005"),
    ("Fatima El Amrani", "ICT", "2006"),
    ("Gert-Jan Mulder", "Financiën", "2007"),
    ("Hanneke Peeters", "Financiën", "2008"),
    ("Ilse Smit", "Financiën", "2009"),
    ("Joost de Jong", "Wijkteam", "2010"),
    ("Karin Visser", "Wijkteam", "2011"),
    ("Luuk Bakker", "Wijkteam", "2012"),
    ("José Peña", "Wijkteam", "2013"),
)
CHANNELS = (
    "colleague",
    "manager",
    "documentation",
    "internet",
    "ai",
    "trial_error",
    "training",
)
LABELS = {
    "en": {
        "colleague": "Ask a colleague",
        "manager": "Ask my manager",
        "documentation": "Look it up in manuals, procedures or the intranet",
        "internet": "Search the internet",
        "ai": "Ask an AI assistant",
        "trial_error": "Try it myself (trial and error)",
        "training": "Use what I learned in a training or course",
    },
    "nl": {
        "colleague": "Een collega vragen",
        "manager": "Mijn leidinggevende vragen",
        "documentation": "Opzoeken in handleidingen, procedures of op intranet",
        "internet": "Op internet zoeken",
        "ai": "Een AI-assistent vragen",
        "trial_error": "Zelf uitproberen (vallen en opstaan)",
        "training": "Gebruiken wat ik in een training of cursus heb geleerd",
    },
    # An HR department's own wording (the form of the bug report).
    "hr": {
        "colleague": "Ik vraag het een collega",
        "manager": "Ik vraag het mijn leidinggevende",
        "documentation": "Ik zoek het op in de handleiding of op intranet",
        "internet": "Ik zoek het op internet",
        "ai": "Ik vraag het een AI-assistent",
        "trial_error": "Ik probeer het zelf uit",
        "training": "Ik gebruik wat ik op de cursus heb geleerd",
    },
}
TRAINING = {"en": ("Yes", "No", "Don't know"), "nl": ("Ja", "Nee", "Weet ik niet")}
QUESTIONS = {
    "en": (
        "Who are you?",
        "From whom do you learn the most in your work? (names)",
        "How do you solve a problem when you don't know something?",
        "Did you have formal training or a course for your current work?",
    ),
    "nl": (
        "Wie ben je?",
        "Van wie leer je het meest in je werk? (namen)",
        "Hoe los je een probleem op als je iets niet weet?",
        "Heb je een formele opleiding of cursus gehad voor je huidige werk?",
    ),
}


def email(name: str) -> str:
    plain = name.lower().replace("ö", "o").replace("é", "e").replace("ñ", "n")
    return ".".join(plain.replace("-", " ").split()) + "@" + DOMAIN


@dataclass(frozen=True)
class Answer:
    respondent: str
    sources: tuple[str, ...]
    channels: tuple[str, ...]  # in the order given
    training: str | None  # "yes", "no", "dont_know" or None
    at: datetime


@dataclass
class Case:
    """One file and what a correct import stores from it (or that it must be refused)."""

    name: str
    path: Path
    answers: list[Answer] = field(default_factory=list)
    ranked: bool = True
    refused: bool = False
    #: Extra command-line arguments a user would give (an option mapping …).
    args: tuple[str, ...] = ()


def answers(seed: int, count: int = 11, start: datetime | None = None) -> list[Answer]:
    rng = random.Random(seed)
    names = [p[0] for p in PEOPLE]
    when = start or datetime(2026, 10, 5, 9, 0)
    out = []
    for respondent in rng.sample(names, count):
        others = [n for n in names if n != respondent]
        sources = tuple(rng.sample(others, rng.randint(0, 3)))
        channels = tuple(rng.sample(CHANNELS, rng.randint(0, 3)))
        training = rng.choice(("yes", "no", "dont_know", None))
        when += timedelta(minutes=rng.randint(3, 300))
        out.append(Answer(respondent, sources, channels, training, when))
    return out


def _training(answer: Answer, lang: str) -> str | None:
    if answer.training is None:
        return None
    return TRAINING[lang][("yes", "no", "dont_know").index(answer.training)]


def _xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def _csv(path: Path, rows: Sequence[Sequence[object]], sep: str, encoding: str) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=sep).writerows(
            [["" if v is None else v for v in row] for row in rows]
        )
    return path


def microsoft(
    folder: Path,
    lang: str,
    *,
    quiz: bool = False,
    who: str = "question",
    labels: str | None = None,
    seed: int = 1,
    saved_as_csv: bool = False,
) -> Case:
    """A Microsoft Forms "Open in Excel" workbook (``who``: question, email or name)."""
    q = QUESTIONS[lang]
    given = answers(seed)
    meta = (
        ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
        if lang == "en"
        else [
            "Id",
            "Begintijd",
            "Tijd van voltooien",
            "E-mail",
            "Naam",
            "Tijdstip van laatste wijziging",
        ]
    )
    questions = list(q if who == "question" else q[1:])
    headers = list(meta)
    if quiz:
        headers += (
            ["Total points", "Quiz feedback"]
            if lang == "en"
            else ["Totaal aantal punten", "Feedback op test"]
        )
    for question in questions:
        headers.append(question)
        if quiz:
            headers += (
                [f"Points - {question}", f"Feedback - {question}"]
                if lang == "en"
                else [f"Punten - {question}", f"Feedback - {question}"]
            )
    words = LABELS[labels or lang]
    rows: list[list[object]] = [headers]
    for number, a in enumerate(given, start=1):
        anonymous = "anonymous" if lang == "en" else "anoniem"
        row: list[object] = [
            number,
            a.at - timedelta(minutes=4),
            a.at,
            email(a.respondent) if who == "email" else anonymous,
            a.respondent if who == "name" else None,
            None,
        ]
        if quiz:
            row += [0, None]
        values: list[object] = []
        if who == "question":
            values.append(a.respondent)
        values += [
            ", ".join(a.sources) or None,
            "".join(words[c] + ";" for c in a.channels) or None,
            _training(a, lang),
        ]
        for value in values:
            row.append(value)
            if quiz:
                row += [0, None]
        rows.append(row)
    suffix = f"{'quiz_' if quiz else ''}{who}_{labels or lang}"
    if saved_as_csv:
        # The workbook opened in Dutch Excel and saved as CSV: ";" and Windows-1252,
        # dates written as Excel shows them.
        for row in rows[1:]:
            for i, value in enumerate(row):
                if isinstance(value, datetime):
                    row[i] = f"{value.day}-{value.month}-{value.year} {value:%H:%M}"
        path = _csv(folder / f"msforms_{lang}_{suffix}_excel.csv", rows, ";", "cp1252")
        return Case(f"msforms-{lang}-{suffix}-excel-csv", path, given, ranked=False)
    path = _xlsx(folder / f"msforms_{lang}_{suffix}.xlsx", rows)
    return Case(f"msforms-{lang}-{suffix}", path, given, ranked=False)


def google(
    folder: Path, lang: str, *, quiz: bool = False, who: str = "question", seed: int = 2
) -> Case:
    """A Google Forms CSV download (comma-separated, UTF-8)."""
    q = QUESTIONS[lang]
    given = answers(seed)
    headers = ["Timestamp", "Email Address"] if lang == "en" else ["Tijdstempel", "E-mailadres"]
    if quiz:
        headers.append("Score")
    questions = list(q if who == "question" else q[1:])
    for question in questions:
        headers.append(question)
        if quiz:
            headers += [f"{question} [Score]", f"{question} [Feedback]"]
    rows: list[list[object]] = [headers]
    for a in given:
        stamp = (
            f"{a.at.month}/{a.at.day}/{a.at.year} {a.at:%H:%M:%S}"
            if lang == "en"
            else f"{a.at.day}-{a.at.month}-{a.at.year} {a.at:%H:%M:%S}"
        )
        row: list[object] = [stamp, email(a.respondent) if who == "email" else None]
        if quiz:
            row.append("0 / 0")
        values: list[object] = []
        if who == "question":
            values.append(a.respondent)
        values += [
            ", ".join(a.sources) or None,
            ", ".join(LABELS[lang][c] for c in a.channels) or None,
            _training(a, lang),
        ]
        for value in values:
            row.append(value)
            if quiz:
                row += [None, None]
        rows.append(row)
    name = f"gforms_{lang}_{'quiz_' if quiz else ''}{who}"
    path = _csv(folder / f"{name}.csv", rows, ",", "utf-8")
    return Case(name.replace("_", "-"), path, given, ranked=False)


def template(
    folder: Path, lang: str, suffix: str, sep: str = ";", encoding: str = "utf-8", seed: int = 3
) -> Case:
    """The Kennisnet template: Bron 1…/Source 1…, channels ranked, separated by ";"."""
    given = answers(seed)
    head = {
        "nl": ("Respondent", "Bron", "Frequentie", "Kanalen", "Formele training"),
        "en": ("Respondent", "Source", "Frequency", "Channels", "Formal training"),
    }[lang]
    headers = [head[0]]
    for i in range(1, 4):
        headers += [f"{head[1]} {i}", f"{head[2]} {i}"]
    headers += [head[3], head[4]]
    freq = {"nl": "wekelijks", "en": "weekly"}[lang]
    rows: list[list[object]] = [headers]
    for a in given:
        row: list[object] = [a.respondent]
        for i in range(3):
            row += [a.sources[i], freq] if i < len(a.sources) else [None, None]
        row += ["; ".join(LABELS[lang][c] for c in a.channels) or None, _training(a, lang)]
        rows.append(row)
    if suffix == "xlsx":
        path = _xlsx(folder / f"template_{lang}.xlsx", rows)
    else:
        path = _csv(folder / f"template_{lang}_{suffix}.csv", rows, sep, encoding)
    return Case(f"template-{lang}-{suffix}", path, given, ranked=True)


def staff_list(folder: Path) -> Case:
    rows: list[list[object]] = [["Naam", "Afdeling", "Functie", "Personeelsnummer", "E-mail"]]
    rows += [[n, d, "Medewerker", e, email(n)] for n, d, e in PEOPLE]
    path = _xlsx(folder / "personeelslijst.xlsx", rows)
    return Case("staff-list-by-mistake", path, [], refused=True)


BUILDERS: tuple[Callable[[Path], Case], ...] = (
    lambda f: microsoft(f, "en"),
    lambda f: microsoft(f, "nl"),
    lambda f: microsoft(f, "nl", who="email", seed=4),
    lambda f: microsoft(f, "en", who="name", seed=5),
    lambda f: microsoft(f, "nl", quiz=True, who="email", seed=6),
    lambda f: microsoft(f, "en", quiz=True, seed=7),
    lambda f: microsoft(f, "nl", who="email", seed=17, saved_as_csv=True),
    lambda f: google(f, "en"),
    lambda f: google(f, "nl", seed=8),
    lambda f: google(f, "nl", who="email", seed=9),
    lambda f: google(f, "en", quiz=True, who="email", seed=10),
    lambda f: template(f, "nl", "xlsx"),
    lambda f: template(f, "en", "xlsx", seed=11),
    lambda f: template(f, "nl", "semicolon_utf8", ";", "utf-8", seed=12),
    lambda f: template(f, "nl", "semicolon_bom", ";", "utf-8-sig", seed=13),
    lambda f: template(f, "nl", "comma_cp1252", ",", "cp1252", seed=14),
    lambda f: template(f, "en", "tab_utf8", "\t", "utf-8", seed=15),
    staff_list,
)


def own_words(folder: Path) -> Case:
    """HR's own option texts: read by their words and listed, or mapped with --option."""
    case = microsoft(folder, "nl", labels="hr", seed=16)
    case.args = tuple(
        arg for channel, text in LABELS["hr"].items() for arg in ("--option", f"{text}={channel}")
    )
    return case


def write_corpus(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    return [build(folder) for build in BUILDERS] + [own_words(folder)]


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "response-corpus")
    for case in write_corpus(target):
        print(case.path)
