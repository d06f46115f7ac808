"""A corpus of staff lists as Dutch organisations export them, each with the people it holds.

Deterministic: the same files every time (no random numbers, no today's date). Every layout
writes the same 16 colleagues the way one HR system (or a hand-made list) would, and carries the
names a person would expect to see, written out by hand below (not computed by Kennisnet).

    python tests/importing/corpus/rosters.py OUT_FOLDER     # write the files to try them by hand

Layouts follow the public import templates and export descriptions of each system (see
docs/importing.md); values use each system's own codes (naamgebruik E/P/V/N or 1-4, J/N).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl


@dataclass(frozen=True)
class Colleague:
    number: int
    roepnaam: str
    voornamen: str
    voorletters: str
    voorvoegsel: str
    achternaam: str  # own (birth) surname without voorvoegsel
    partner_vv: str
    partner: str
    usage: str  # E own, P partner, V partner-own, N own-partner
    department: str
    role: str
    trained: bool | None
    start: dt.date
    email: str
    shown: str  # the name as it should be shown (roepnaam + surname by naamgebruik)
    own: str  # roepnaam + own surname (for lists without partner columns)
    #: the shown name as a Windows-1252 export writes it (letters it lacks become "?")
    shown_1252: str = ""
    own_1252: str = ""


D = dt.date
PEOPLE: tuple[Colleague, ...] = (
    Colleague(10000, "Jan", "Johannes Petrus", "J.P.", "de", "Vries", "", "", "E", "Zorg",
              "Verpleegkundige", True, D(2012, 3, 1), "jan.devries@zorggroep.nl",
              "Jan de Vries", "Jan de Vries"),
    Colleague(10007, "Anna", "Anna Maria", "A.M.", "", "Jansen", "de", "Vries", "N", "Zorg",
              "Verzorgende IG", False, D(2015, 9, 1), "anna.jansen@zorggroep.nl",
              "Anna Jansen-de Vries", "Anna Jansen"),
    Colleague(10012, "Fatma", "Fatma", "F.", "", "Yılmaz", "", "", "E", "Zorg", "Helpende",
              None, D(2019, 1, 15), "fatma.yilmaz@zorggroep.nl", "Fatma Yılmaz",
              "Fatma Yılmaz", "Fatma Y?lmaz", "Fatma Y?lmaz"),
    Colleague(10020, "Piet", "Pieter", "P.", "van", "Dijk", "", "", "E", "Facilitair",
              "Chauffeur", True, D(2008, 6, 1), "piet.vandijk@zorggroep.nl", "Piet van Dijk",
              "Piet van Dijk"),
    Colleague(10021, "Mieke", "Maria Wilhelmina", "M.W.", "", "Bakker", "van der", "Berg",
              "V", "Facilitair", "Schoonmaker", False, D(2010, 2, 1),
              "mieke.vanderberg@zorggroep.nl", "Mieke van der Berg-Bakker", "Mieke Bakker"),
    Colleague(10033, "Łukasz", "Łukasz", "Ł.", "", "Wróbel", "", "", "E", "Facilitair",
              "Monteur", None, D(2021, 4, 1), "lukasz.wrobel@zorggroep.nl", "Łukasz Wróbel",
              "Łukasz Wróbel", "?ukasz Wróbel", "?ukasz Wróbel"),
    Colleague(10034, "Mohamed", "Mohamed", "M.", "", "El-Amrani", "", "", "E", "Zorg",
              "Verpleegkundige", True, D(2016, 11, 1), "m.elamrani@zorggroep.nl",
              "Mohamed El-Amrani", "Mohamed El-Amrani"),
    Colleague(10040, "Sanne", "Susanna", "S.", "ter", "Horst", "", "", "E", "Staf",
              "Beleidsmedewerker", True, D(2018, 5, 1), "sanne.terhorst@zorggroep.nl",
              "Sanne ter Horst", "Sanne ter Horst"),
    Colleague(10041, "Kees", "Cornelis", "C.", "in 't", "Veld", "", "", "E", "Staf",
              "Controller", False, D(2005, 1, 1), "kees.intveld@zorggroep.nl",
              "Kees in 't Veld", "Kees in 't Veld"),
    Colleague(10052, "Çiğdem", "Çiğdem", "Ç.", "", "Öztürk", "", "", "E", "Zorg",
              "Verzorgende IG", None, D(2022, 8, 15), "cigdem.ozturk@zorggroep.nl",
              "Çiğdem Öztürk", "Çiğdem Öztürk", "Çi?dem Öztürk", "Çi?dem Öztürk"),
    Colleague(10053, "Henk", "Hendrik", "H.", "", "Smit", "", "", "E", "Facilitair",
              "Conciërge", True, D(1999, 9, 1), "henk.smit@zorggroep.nl", "Henk Smit",
              "Henk Smit"),
    Colleague(10060, "Lisa", "Elisabeth", "E.", "", "Visser", "", "Mulder", "P", "Zorg",
              "Teamleider", True, D(2014, 3, 1), "lisa.mulder@zorggroep.nl", "Lisa Mulder",
              "Lisa Visser"),
    Colleague(10061, "Emre", "Emre", "E.", "", "Şahin", "", "", "E", "Staf", "ICT-beheerder",
              None, D(2023, 1, 9), "emre.sahin@zorggroep.nl", "Emre Şahin", "Emre Şahin",
              "Emre ?ahin", "Emre ?ahin"),
    Colleague(10070, "José", "José", "J.", "", "García", "", "", "E", "Zorg",
              "Fysiotherapeut", False, D(2020, 10, 1), "jose.garcia@zorggroep.nl",
              "José García", "José García"),
    Colleague(10071, "Noor", "Noor", "N.", "de", "Jong", "", "", "E", "Staf",
              "HR-adviseur", True, D(2017, 7, 1), "noor.dejong@zorggroep.nl",
              "Noor de Jong", "Noor de Jong"),
    Colleague(10072, "Bram", "Abraham", "A.", "van den", "Heuvel", "", "", "E",
              "Facilitair", "Kok", None, D(2011, 12, 1), "bram.vandenheuvel@zorggroep.nl",
              "Bram van den Heuvel", "Bram van den Heuvel"),
)  # fmt: skip


@dataclass(frozen=True)
class Expected:
    name: str
    department: str
    trained: bool | None
    number: str | None
    start: str | None = None  # ISO date


@dataclass(frozen=True)
class Case:
    """One file of the corpus and what a correct import gives (or that it is refused)."""

    file: Path
    system: str
    people: tuple[Expected, ...]  # empty: the file must be refused
    #: rows whose names must be flagged (letters lost to the encoding)
    flagged: int = 0
    refusal: str = ""  # a word the refusal must contain


def _surname(vv: str, name: str) -> str:
    return f"{vv} {name}".strip()


def _dutch_date(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _ja_nee(value: bool | None, yes: str = "ja", no: str = "nee") -> str:
    return "" if value is None else yes if value else no


def _write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str, sep: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    return path


def _write_xlsx(
    path: Path,
    sheets: Sequence[tuple[str, Sequence[Sequence[object]]]],
    setup: Callable[[Any], None] | None = None,
) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    if setup is not None:
        setup(workbook)
    workbook.save(path)
    # A fixed time stamp inside the package: the same bytes every run.
    _fix_timestamps(path)
    return path


def _fix_timestamps(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-12-01T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def _expected(
    use: str = "shown", number: str = "{}", trained: bool = False
) -> tuple[Expected, ...]:
    return tuple(
        Expected(
            getattr(p, use),
            p.department,
            p.trained if trained else None,
            number.format(p.number),
            p.start.isoformat(),
        )
        for p in PEOPLE
    )


def _lost(use: str) -> int:
    return sum(1 for p in PEOPLE if getattr(p, use))


# --- the HR systems -------------------------------------------------------------------------

_AFAS_USAGE = {
    "E": "Geboortenaam",
    "P": "Geb. naam partner",
    "V": "Geb. naam partner + Geboortenaam",
    "N": "Geboortenaam + Geb. naam partner",
}


def afas(folder: Path) -> Case:
    """AFAS Profit: a list exported to Excel, a title row, the employee code as "Medewerker"."""
    header = ["Medewerker", "Roepnaam", "Voornaam", "Voorletters", "Voorvoegsel", "Achternaam",
              "Voorv. geb.naam partner", "Geb.naam partner", "Naamgebruik",
              "Organisatorische eenheid", "Omschrijving organisatorische eenheid", "Functie",
              "Datum in dienst", "E-mail werk"]  # fmt: skip
    units = {"Zorg": "4100", "Facilitair": "4200", "Staf": "4300"}
    rows: list[list[object]] = [["Medewerkers per 1 december 2026"], [], header]
    for p in PEOPLE:
        rows.append([str(p.number), p.roepnaam, p.voornamen, p.voorletters, p.voorvoegsel,
                     p.achternaam, p.partner_vv, p.partner, _AFAS_USAGE[p.usage],
                     units[p.department], p.department, p.role,
                     dt.datetime.combine(p.start, dt.time()), p.email])  # fmt: skip
    info = [["Toelichting"], ["Export uit Profit, alleen medewerkers in dienst."]]

    def setup(workbook: Any) -> None:
        hidden = workbook.create_sheet("Filter")
        hidden.append(["Naam", "Waarde"])
        hidden.append(["Peildatum", "2026-12-01"])
        hidden.sheet_state = "hidden"
        for row in workbook["Medewerkers"].iter_rows(min_row=4, min_col=13, max_col=13):
            for cell in row:
                cell.number_format = "dd-mm-yyyy"

    path = _write_xlsx(
        folder / "afas-profit-medewerkers.xlsx",
        [("Toelichting", info), ("Medewerkers", rows)],
        setup,
    )
    return Case(path, "AFAS Profit", _expected())


def youforce(folder: Path) -> Case:
    """Visma|Raet Youforce: a report saved as CSV with ";" in Windows-1252 (letters lost)."""
    header = ["Persnr", "Roepnaam", "Voorletters", "Voorvoegsels", "Geboortenaam",
              "Voorvoegsels partner", "Naam partner", "Naamgebruik", "Afdeling", "Functie",
              "Datum in dienst", "E-mail"]  # fmt: skip
    rows = [header] + [
        [f"{p.number:08d}", p.roepnaam, p.voorletters, p.voorvoegsel, p.achternaam,
         p.partner_vv, p.partner, p.usage, p.department, p.role, _dutch_date(p.start), p.email]
        for p in PEOPLE
    ]  # fmt: skip
    path = _write_csv(folder / "youforce-medewerkers.csv", rows, "cp1252", ";")
    people = tuple(
        Expected(
            p.shown_1252 or p.shown, p.department, None, f"{p.number:08d}", p.start.isoformat()
        )
        for p in PEOPLE
    )
    return Case(path, "Visma|Raet Youforce", people, flagged=_lost("shown_1252"))


def nmbrs(folder: Path) -> Case:
    """Visma Nmbrs: "Naam" holds the surname; NaamSamenstelling 1-4."""
    codes = {"E": 1, "P": 2, "V": 3, "N": 4}
    header = ["Persnr", "Naam", "Voorletters", "Roepnaam", "Voornamen", "Voorvoegsels",
              "VoorvoegselsPartner", "NaamPartner", "NaamSamenstelling", "EmailWerk",
              "Afdeling", "Functie", "Datum in dienst"]  # fmt: skip
    rows = [header] + [
        [p.number, p.achternaam, p.voorletters.replace(".", ""), p.roepnaam, p.voornamen,
         p.voorvoegsel, p.partner_vv, p.partner, codes[p.usage], p.email, p.department,
         p.role, _dutch_date(p.start)]
        for p in PEOPLE
    ]  # fmt: skip
    path = _write_xlsx(folder / "nmbrs-werknemers.xlsx", [("Werknemers", rows)])
    return Case(path, "Visma Nmbrs", _expected())


_LOKET_USAGE = {
    "E": "Eigen naam",
    "P": "Naam partner",
    "V": "Naam partner gevolgd door eigen naam",
    "N": "Eigen naam gevolgd door naam partner",
}


def loket(folder: Path) -> Case:
    """Loket.nl: CSV with "," in UTF-8 with BOM, naamgebruik in words."""
    header = ["Werknemernummer", "Roepnaam", "Voorletters", "Voorvoegsel", "Achternaam",
              "Voorvoegsel partner", "Achternaam partner", "Naamgebruik", "Afdeling", "Functie",
              "Datum in dienst", "E-mailadres werk"]  # fmt: skip
    rows = [header] + [
        [p.number, p.roepnaam, p.voorletters, p.voorvoegsel, p.achternaam, p.partner_vv,
         p.partner, _LOKET_USAGE[p.usage], p.department, p.role, p.start.isoformat(), p.email]
        for p in PEOPLE
    ]  # fmt: skip
    path = _write_csv(folder / "loket-werknemers.csv", rows, "utf-8-sig", ",")
    return Case(path, "Loket.nl", _expected())


def hr2day(folder: Path) -> Case:
    """HR2day: tab-separated, a code in "Medewerker", a sort name with initials in "Naam"."""
    header = ["Medewerker", "Naam", "Roepnaam", "Tussenvoegsel", "Achternaam", "Afdeling",
              "Kostenplaats", "Functie", "In dienst"]  # fmt: skip
    rows = [header] + [
        [f"HR-{p.number}", f"{p.achternaam}, {p.voorletters} {p.voorvoegsel}".strip(),
         p.roepnaam, p.voorvoegsel, p.achternaam, p.department, "KP" + str(p.number)[-2:],
         p.role, _dutch_date(p.start)]
        for p in PEOPLE
    ]  # fmt: skip
    path = _write_csv(folder / "hr2day-medewerkers.txt", rows, "utf-8", "\t")
    return Case(path, "HR2day", _expected("own", "HR-{}"))


def successfactors(folder: Path) -> Case:
    """SAP SuccessFactors: English headers; the tussenvoegsel sits in "Last Name"."""
    header = ["User ID", "First Name", "Last Name", "Email", "Department", "Job Title",
              "Hire Date", "Status"]  # fmt: skip
    rows = [header] + [
        [f"E{p.number}", p.roepnaam, _surname(p.voorvoegsel, p.achternaam), p.email,
         p.department, p.role, dt.datetime.combine(p.start, dt.time()), "Active"]
        for p in PEOPLE
    ]  # fmt: skip
    path = _write_xlsx(folder / "successfactors-employees.xlsx", [("Employees", rows)])
    return Case(path, "SAP SuccessFactors", _expected("own", "E{}"))


def workday(folder: Path) -> Case:
    """Workday: "Worker" holds the full name; the organisation is "Supervisory Organization"."""
    header = ["Worker", "Employee ID", "Business Title", "Supervisory Organization",
              "Hire Date", "Primary Work Email"]  # fmt: skip
    rows: list[list[object]] = [["Workers for Zorggroep"], header]
    rows += [
        [p.shown, str(p.number), p.role, p.department, p.start.isoformat(), p.email] for p in PEOPLE
    ]
    path = _write_xlsx(folder / "workday-workers.xlsx", [("Workers", rows)])
    return Case(path, "Workday", _expected())


def personio(folder: Path) -> Case:
    """Personio: CSV with ",", UTF-8 without BOM, an "ID" column."""
    header = ["ID", "First name", "Last name", "Email", "Department", "Position", "Hire date",
              "Status"]  # fmt: skip
    rows = [header] + [
        [p.number, p.roepnaam, _surname(p.voorvoegsel, p.achternaam), p.email, p.department,
         p.role, p.start.isoformat(), "active"]
        for p in PEOPLE
    ]  # fmt: skip
    path = _write_csv(folder / "personio-employees.csv", rows, "utf-8", ",")
    return Case(path, "Personio", _expected("own"))


# --- hand-made lists ------------------------------------------------------------------------


def handmade_excel(folder: Path) -> Case:
    """A list typed in Excel: title, merged title cells, "Vries, Jan de", J/N, formulas, dates."""
    rows: list[list[object]] = [
        ["Personeelslijst Zorggroep", None, None, None, None],
        [None, None, None, None, None],
        ["Naam", "Afdeling", "Getraind", "Personeelsnummer", "In dienst"],
    ]
    for n, p in enumerate(PEOPLE, start=4):
        written = (
            f"{p.achternaam}, {p.roepnaam} {p.voorvoegsel}".strip() if n % 2 else p.own
        )  # every other row in the sort form
        formula = f"=10000+{p.number - 10000}"  # a formula, with the value Excel stored
        serial = (p.start - dt.date(1899, 12, 30)).days  # a date typed as a plain number
        rows.append([written, p.department, _ja_nee(p.trained, "J", "N"), formula, serial])

    def setup(workbook: Any) -> None:
        sheet = workbook["Personeel"]
        sheet.merge_cells("A1:E1")

    path = _write_xlsx(folder / "handmatig-personeelslijst.xlsx", [("Personeel", rows)], setup)
    # openpyxl writes formulas without their value: add the value Excel would have stored.
    _add_cached_values(path, {f"D{n}": str(p.number) for n, p in enumerate(PEOPLE, start=4)})
    return Case(path, "hand-made Excel", _expected(use="own", trained=True))


def _add_cached_values(path: Path, values: dict[str, str]) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                for cell, value in values.items():
                    text, count = re.subn(
                        rf'<c r="{cell}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)?</c>',
                        rf'<c r="{cell}"\1><f>\2</f><v>{value}</v></c>',
                        text,
                    )
                    assert count == 1, f"no formula in {cell}"
                data = text.encode("utf-8")
            archive.writestr(info, data)


def handmade_csv(folder: Path, sep: str, encoding: str, label: str) -> Case:
    """A list typed by hand and saved as CSV: Voornaam / Tussenvoegsel / Achternaam, ja/nee."""
    header = ["Voornaam", "Tussenvoegsel", "Achternaam", "Afdeling", "Getraind", "E-mail"]
    rows = [header] + [
        [p.roepnaam, p.voorvoegsel, p.achternaam, p.department, _ja_nee(p.trained), p.email]
        for p in PEOPLE
    ]
    name = f"handmatig-{label}.csv"
    path = _write_csv(folder / name, rows, encoding, sep)
    use = "own_1252" if encoding == "cp1252" else "own"
    people = tuple(
        Expected(getattr(p, use) or p.own, p.department, p.trained, None) for p in PEOPLE
    )
    return Case(path, f"hand-made CSV ({label})", people, flagged=_lost("own_1252") if
                encoding == "cp1252" else 0)  # fmt: skip


# --- files that must be refused ------------------------------------------------------------


def numbers_as_names(folder: Path) -> Case:
    """The file of issue 11: "Naam" holds employee numbers and there are no name parts."""
    rows = [["Naam", "Afdeling"]] + [[p.number, p.department] for p in PEOPLE]
    path = _write_csv(folder / "fout-nummers-als-naam.csv", rows, "utf-8", ";")
    return Case(path, "numbers in the name column", (), refusal="Naam")


def emails_as_names(folder: Path) -> Case:
    rows = [["Medewerker", "Afdeling"]] + [[p.email, p.department] for p in PEOPLE]
    path = _write_csv(folder / "fout-email-als-naam.csv", rows, "utf-8", ";")
    return Case(path, "e-mail addresses as names", (), refusal="Medewerker")


def invisible_names(folder: Path) -> Case:
    rows = [["Naam", "Afdeling"]] + [[p.own, p.department] for p in PEOPLE]
    rows[3][0] = "\u200b"
    rows[5][0] = "\u2066\u2069"
    path = _write_csv(folder / "fout-onzichtbare-namen.csv", rows, "utf-8", ";")
    return Case(path, "invisible names", (), refusal="invisible")


def builders() -> list[Callable[[Path], Case]]:
    return [
        afas, youforce, nmbrs, loket, hr2day, successfactors, workday, personio,
        handmade_excel,
        lambda f: handmade_csv(f, ";", "utf-8-sig", "puntkomma-utf8-bom"),
        lambda f: handmade_csv(f, ",", "utf-8", "komma-utf8"),
        lambda f: handmade_csv(f, "\t", "cp1252", "tab-windows-1252"),
        numbers_as_names, emails_as_names, invisible_names,
    ]  # fmt: skip


def write_all(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    return [build(folder) for build in builders()]


if __name__ == "__main__":
    for case in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "roster-corpus")):
        print(f"{case.system}: {case.file} ({len(case.people) or 'refused'})")
