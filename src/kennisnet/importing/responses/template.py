"""The response template (Dutch and English), shipped in resources/templates.

``python -m kennisnet.importing.responses.template`` writes the four files again.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kennisnet.i18n import LANGUAGES, N_, tr
from kennisnet.questionnaire import CHANNEL_LABELS, FREQUENCY_LABELS, TRAINING_LABELS

SOURCES = 5

_HEADERS = {
    "nl": (
        "Respondent",
        "Bron",
        "Frequentie",
        "Kanalen",
        "Formele training",
        "Welke training",
        "Wanneer getraind",
        "Meer bronnen",
    ),
    "en": (
        "Respondent",
        "Source",
        "Frequency",
        "Channels",
        "Formal training",
        "Which training",
        "When trained",
        "More sources",
    ),
}

INSTRUCTIONS = (
    N_("One row per person who answered. Only the column Respondent is required."),
    N_("Respondent: the name or employee number of the person who answered."),
    N_(
        "Source 1 to 5: the colleagues this person learns the most from (name or employee "
        "number). Add columns Source 6, Frequency 6 and so on if you need more."
    ),
    N_("Frequency: daily, weekly, monthly or less often. Empty counts as less often."),
    N_(
        "Channels: how this person solves a problem when they don't know something; up to 3, "
        "most used first, separated by ;"
    ),
    N_("Formal training: yes, no or don't know."),
    N_("More sources: yes if the person said there are more people they learn from."),
    N_(
        "Names are matched to the staff list; names that do not match one person are shown "
        "to you to decide. Nothing is guessed."
    ),
)


def headers(lang: str) -> list[str]:
    h = _HEADERS[lang]
    out = [h[0]]
    for i in range(1, SOURCES + 1):
        out += [f"{h[1]} {i}", f"{h[2]} {i}"]
    return out + list(h[3:])


def write_csv(path: Path, lang: str) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerow(headers(lang))


def write_xlsx(path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = tr("Responses", lang=lang)
    ws.append(headers(lang))
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="2F5D62")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    for column in ws.iter_cols(min_row=1, max_row=1):
        ws.column_dimensions[column[0].column_letter].width = 22
    freq = ",".join(tr(label, lang=lang) for label in FREQUENCY_LABELS.values())
    training = ",".join(tr(label, lang=lang) for label in TRAINING_LABELS.values())
    freq_rule = DataValidation(type="list", formula1=f'"{freq}"', allow_blank=True)
    training_rule = DataValidation(type="list", formula1=f'"{training}"', allow_blank=True)
    ws.add_data_validation(freq_rule)
    ws.add_data_validation(training_rule)
    for i in range(SOURCES):
        letter = ws.cell(row=1, column=3 + 2 * i).column_letter
        freq_rule.add(f"{letter}2:{letter}2000")
    training_col = ws.cell(row=1, column=2 + 2 * SOURCES + 1).column_letter
    training_rule.add(f"{training_col}2:{training_col}2000")

    info = wb.create_sheet(tr("Instructions", lang=lang))
    info.column_dimensions["A"].width = 110
    info.append([tr("How to fill in this template", lang=lang)])
    info["A1"].font = Font(bold=True, size=14)
    for line in INSTRUCTIONS:
        info.append([tr(line, lang=lang)])
    info.append([])
    info.append([tr("The ways to solve a problem (for the column Channels):", lang=lang)])
    for label in CHANNEL_LABELS.values():
        info.append(["• " + tr(label, lang=lang)])
    for row in info.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def main() -> None:
    from kennisnet.resources import resource

    folder = resource("templates")
    for lang in LANGUAGES:
        write_xlsx(folder / f"responses_{lang}.xlsx", lang)
        write_csv(folder / f"responses_{lang}.csv", lang)
        print(f"wrote {folder}/responses_{lang}.xlsx and .csv")


if __name__ == "__main__":
    main()
