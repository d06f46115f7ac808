"""Time read_table on generated 10,000-row rosters (xlsx and CSV) in a temporary folder.

Run: python benchmarks/bench_tabular.py   (prints timings; not a test)
Targets on a 2-core machine: xlsx well under 3 s, CSV well under 0.5 s.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from kennisnet.tabular import read_table

HEADERS = [
    "Naam", "Afdeling", "Team", "Functie", "Personeelsnummer", "E-mail", "Getraind",
    "Training", "In dienst", "Uren",
]  # fmt: skip
ROWS = 10_000


def row(number: int) -> list[object]:
    return [
        f"José {number} de Vries",
        ["Zorg", "Facilitair", "ICT", "HR"][number % 4],
        f"Team {number % 37}",
        "Verpleegkundige",
        100_000 + number,
        f"m{number}@example.nl",
        ["ja", "nee", None][number % 3],
        "BHV" if number % 5 == 0 else None,
        dt.date(2015, 1, 1) + dt.timedelta(days=number % 3000),
        32.0 if number % 2 else 24.5,
    ]


def write_xlsx(path: Path, merged: bool = False, formulas: bool = False) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Personeel"
    sheet.append(["Personeelslijst"])
    sheet.append(HEADERS)
    for number in range(ROWS):
        values = row(number)
        if formulas:
            values[9] = f"=24+{number % 10}"
        sheet.append(values)
    if merged:
        for start in range(3, ROWS, 50):
            sheet.merge_cells(start_row=start, start_column=2, end_row=start + 9, end_column=2)
    workbook.save(path)
    if formulas:  # give every formula the value Excel would have stored
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        xml = re.sub(
            r"<f>24\+(\d)</f><v\s*/>", lambda m: f"<f>24+{m[1]}</f><v>{24 + int(m[1])}</v>", xml
        )
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)


def write_csv(path: Path, encoding: str, separator: str) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        writer.writerow(HEADERS)
        for number in range(ROWS):
            writer.writerow(["" if value is None else value for value in row(number)])


def timed(label: str, path: Path, **options: Callable[..., bool]) -> None:
    best = float("inf")
    for _attempt in range(3):
        start = time.perf_counter()
        table = read_table(path, **options)
        best = min(best, time.perf_counter() - start)
    size = path.stat().st_size / 1024
    print(
        f"{label:34} {best * 1000:7.0f} ms  ({len(table.rows):,} rows, {size:,.0f} KiB, "
        f"{len(table.problems)} problems)"
    )


def main() -> None:
    def is_header(cells: object) -> bool:
        return "Naam" in cells  # type: ignore[operator]

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        write_xlsx(base / "plain.xlsx")
        write_xlsx(base / "merged.xlsx", merged=True)
        write_xlsx(base / "formulas.xlsx", formulas=True)
        write_csv(base / "utf8.csv", "utf-8", ";")
        write_csv(base / "bom.csv", "utf-8-sig", ",")
        write_csv(base / "cp1252.csv", "cp1252", ";")
        write_csv(base / "utf16.txt", "utf-16", "\t")
        print(f"Best of 3, {ROWS:,} rows x {len(HEADERS)} columns (target xlsx < 3 s, CSV < 0.5 s)")
        timed("xlsx", base / "plain.xlsx", is_header=is_header)
        timed("xlsx, 200 merged ranges", base / "merged.xlsx", is_header=is_header)
        timed("xlsx, 10,000 formulas (cached)", base / "formulas.xlsx", is_header=is_header)
        timed("CSV UTF-8 ';'", base / "utf8.csv")
        timed("CSV UTF-8 with BOM ','", base / "bom.csv")
        timed("CSV Windows-1252 ';'", base / "cp1252.csv")
        timed("CSV UTF-16 tabs", base / "utf16.txt")


if __name__ == "__main__":
    main()
