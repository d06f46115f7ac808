"""Screenshots of every HR workspace view, to look at as an HR adviser would.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/workspace.py

Writes PNGs to out/screens/workspace/: the main window at 1366x768 and 1920x1080, in
Dutch and English, on a copy of the demo and on a generated 2,000-person organisation;
the File dialogs (export and its summary, restore a backup, kiosk answers) and About.
``--file-dialogs`` takes only the File dialogs and About (quick).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kennisnet.demo.names import FIRST_NAMES, LAST_NAMES

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "workspace"
SIZES = ((1366, 768), (1920, 1080))
FILE_DIALOG_SHOTS = ("12", "13", "14", "15", "16", "17")
DEPARTMENTS = [
    "Spoedeisende hulp",
    "Intensive care",
    "Verpleegafdeling Noord",
    "Verpleegafdeling Zuid",
    "Kinderafdeling",
    "Polikliniek",
    "Radiologie",
    "Laboratorium",
    "Apotheek",
    "Operatiekamers",
    "Facilitair bedrijf",
    "ICT & Informatievoorziening",
    "HR & Opleidingen",
    "Financiën en control",
    "Inkoop en logistiek",
    "Communicatie",
    "Kwaliteit en veiligheid",
    "Raad van bestuur en staf",
]


def big_project(path: Path, size: int = 2000) -> Path:
    """A 2,000-person organisation with 82% response, written through the store API."""
    from kennisnet.model import Channel, Frequency, TrainingAnswer
    from kennisnet.store import NominationDraft, Project, ResponseDraft

    rng = random.Random(7)
    with Project.create(path, name="Ziekenhuis Rivierenland (2.000 medewerkers)") as project:
        ids: list[tuple[int, str]] = []
        with project.transaction():
            for i in range(size):
                department = DEPARTMENTS[min(len(DEPARTMENTS) - 1, int(rng.random() ** 1.3 * 18))]
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                trained = rng.choice([True, True, False, None])
                person = project.add_person(
                    name=name,
                    department=department,
                    team=f"Team {rng.randint(1, 6)}",
                    role=rng.choice(["Verpleegkundige", "Arts", "Medewerker", "Teamleider"]),
                    employee_number=f"{10000 + i}",
                    trained_hr=trained,
                )
                ids.append((person, department))
        by_department: dict[str, list[int]] = {}
        for person, department in ids:
            by_department.setdefault(department, []).append(person)
        with project.transaction():
            for person, department in ids:
                rate = 0.55 if department in DEPARTMENTS[-4:] else 0.88
                if rng.random() > rate:
                    continue
                colleagues = by_department[department]
                chosen = {rng.choice(colleagues) for _ in range(rng.randint(1, 5))} - {person}
                nominations = [
                    NominationDraft(source_id=c, frequency=rng.choice(list(Frequency)))
                    for c in chosen
                ]
                if rng.random() < 0.01:
                    nominations.append(NominationDraft(written=rng.choice(FIRST_NAMES)))
                project.add_response(
                    ResponseDraft(
                        respondent_id=person,
                        nominations=tuple(nominations),
                        channels=tuple(rng.sample(list(Channel), 3)),
                        training=rng.choice(list(TrainingAnswer)),
                        laptop_id=rng.choice(["laptop-restaurant", "laptop-hal", "laptop-poli"]),
                        origin="kiosk",
                    )
                )
    return path


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


MESSY_ROSTER = [
    ["Personeelsoverzicht Zorggroep Oost", "", "", "", ""],
    ["", "", "", "", ""],
    ["Collega", "Afdeling", "Getraind", "Opleiding gevolgd (ja/nee)", "Personeelsnummer"],
    ["Anne de Vries", "Zorg", "BHV 2023", "ja", "1001"],
    ["Bob Jansen", "Zorg", "", "nee", "1002"],
    ["", "Facilitair", "VCA", "", "1003"],
    ["Dirk van den Berg", "Facilitair", "wel gedaan?", "ja", "1002"],
]


def file_dialogs(
    window: Any,
    tag: str,
    work: Path,
    dialog_shot: Callable[..., None],
    shot: Callable[..., None],
) -> None:
    """The File dialogs and About, on the project open in ``window``."""
    from kennisnet.importing.responses import rescue_path
    from kennisnet.session.kiosk_saving import Answers, ResponseSaver
    from kennisnet.store import WriteFailed
    from kennisnet.ui.dialogs.text import TextDialog
    from kennisnet.ui.workspace.about import about_html
    from kennisnet.ui.workspace.backups import RestoreDialog
    from kennisnet.ui.workspace.export import ExportDialog
    from kennisnet.ui.workspace.export_summary import ExportSummaryDialog
    from kennisnet.ui.workspace.kiosk_answers import RescueOfferDialog
    from kennisnet.ui.workspace.window import RESPONSES

    project = window.session.project
    export = ExportDialog(project.name, str(work / "export"), window)
    dialog_shot(export, f"{tag}-13-export")
    export = ExportDialog(project.name, str(work / "export"), window)

    def pseudonymised() -> None:
        export.pseudonymise.setChecked(True)
        for kind in ("svg", "pdf", "gexf"):
            export.kind_boxes[kind].setChecked(True)
        export.page.setCurrentIndex(export.page.findData("a4"))
        export.landscape.setChecked(True)

    dialog_shot(export, f"{tag}-13-export-pseudonymised", pseudonymised)
    folder = work / "export"
    folder.mkdir(exist_ok=True)
    names = ("xlsx", "png", "svg", "pdf", "gexf")
    paths = []
    for size, ending in zip((412_000, 388_000, 1_200_000, 960_000, 84_000), names, strict=True):
        path = folder / f"{project.name} 2027-03-02.{ending}"
        path.write_bytes(b"0" * size)
        paths.append(path)
    dialog_shot(ExportSummaryDialog(paths, True, window), f"{tag}-14-export-summary")
    dialog_shot(
        RestoreDialog(project.name, project.backups(), work / "backups", window),
        f"{tag}-15-restore",
    )
    # A kiosk that could not save one answer: the notice on the Responses tab and the offer.
    saver = ResponseSaver(project)
    if not saver.pending:
        person = project.people(include_external=False)[0]
        original = type(project).add_response

        def full_disk(*_args: object, **_kwargs: object) -> str:
            raise WriteFailed(project.path, "the disk is full")

        type(project).add_response = full_disk  # type: ignore[method-assign]
        try:
            saver.save(Answers(respondent=person).draft(language="nl"), name=person.name)
        finally:
            type(project).add_response = original  # type: ignore[method-assign]
    window.refresh()
    window.tabs.setCurrentIndex(RESPONSES)
    shot(window, f"{tag}-16-responses-rescue-notice")
    dialog_shot(
        RescueOfferDialog(rescue_path(project.project_id), 1, window), f"{tag}-17-rescue-offer"
    )
    dialog_shot(TextDialog("About Kennisnet", about_html(), window), f"{tag}-12-about")


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtWidgets import QApplication, QWidget

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.store import Project
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.wizard import NewProjectWizard
    from kennisnet.ui.workspace.merge_summary import MergeSummaryDialog
    from kennisnet.ui.workspace.names import NameResolutionDialog
    from kennisnet.ui.workspace.response_import import ResponseImportDialog
    from kennisnet.ui.workspace.settings_dialog import SettingsDialog
    from kennisnet.ui.workspace.window import (
        OVERVIEW,
        QUESTIONNAIRE,
        RESPONSES,
        RESULTS,
        ROSTER,
        MainWindow,
    )

    _app = ensure_app()  # keep the application alive while the script runs
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    only_file_dialogs = "--file-dialogs" in sys.argv
    for old in OUT.glob("*.png"):
        if not only_file_dialogs or old.stem.split("-", 2)[-1][:2] in FILE_DIALOG_SHOTS:
            old.unlink()
    demo = work / "Demo Installatietechniek Van Dijk.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    big = work / "Ziekenhuis Rivierenland.kennisnet"
    if not only_file_dialogs:
        print("generating the 2,000-person project…", flush=True)
        big_project(big)
    roster = write_csv(work / "personeelslijst.csv", MESSY_ROSTER)
    forms = write_csv(
        work / "forms-export.csv",
        [
            ["Respondent", "Persoon A", "Hoe vaak A", "Kanalen", "Formele training"],
            ["Marijke van Dijk", "Linda Kaya", "wekelijks", "Een collega vragen", "ja"],
            ["Linda Kaya", "Jan", "dagelijks", "Op internet zoeken", "nee"],
        ],
    )
    laptop = work / "laptop-werkplaats.kennisnet"
    shutil.copyfile(demo, laptop)
    settings = Settings(work / "settings.ini")
    settings.add_recent(str(big))
    settings.add_recent(str(demo))
    settings.last_folder = str(work)

    def shot(widget: QWidget, name: str) -> None:
        shots.shot(widget, OUT, name)

    def dialog_shot(dialog: QWidget, name: str, prepare: Callable[[], None] | None = None) -> None:
        shots.dialog_shot(dialog, OUT, name, prepare)

    settle = shots.settle

    if only_file_dialogs:
        for lang in ("nl", "en"):
            set_language(lang)
            switch_language(lang)
            for width, height in SIZES:
                window = MainWindow(Settings(work / "settings.ini"))
                window.resize(width, height)
                window.show()
                window.open_project(demo)
                file_dialogs(window, f"{lang}-{width}x{height}", work, dialog_shot, shot)
                window.close_project()
                window.close()
                window.deleteLater()
        print(f"screenshots in {OUT}")
        return 0
    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            tag = f"{lang}-{width}x{height}"
            window = MainWindow(settings)
            window.resize(width, height)
            window.show()
            shot(window, f"{tag}-01-start")

            wizard = NewProjectWizard(settings, window)
            wizard.resize(min(980, width - 40), min(680, height - 60))
            wizard.show()
            wizard.name_page.name.setText("Zorggroep Oost, voorjaar 2027")
            shot(wizard, f"{tag}-02-wizard-1-name")
            wizard.next()
            wizard.roster_page.set_file(roster)
            shot(wizard, f"{tag}-02-wizard-2-roster")
            wizard.next()
            settle()
            shot(wizard, f"{tag}-02-wizard-3-mapping-no-name")
            page = wizard.mapping_page
            page.boxes["name"].setCurrentIndex(page.boxes["name"].findText("Collega"))
            settle()
            shot(wizard, f"{tag}-02-wizard-3-mapping-errors")
            wizard.next()  # blocked while there are errors: stays on the mapping page
            wizard.close()
            wizard2 = NewProjectWizard(settings, window)
            wizard2.resize(min(980, width - 40), min(680, height - 60))
            wizard2.show()
            wizard2.name_page.name.setText("Zorggroep Oost")
            wizard2.next()
            wizard2.roster_page.skip.setChecked(True)
            wizard2.next()
            shot(wizard2, f"{tag}-02-wizard-4-questionnaire")
            wizard2.next()
            shot(wizard2, f"{tag}-02-wizard-5-ready")
            wizard2.close()

            for label, path in (("demo", demo), ("big", big)):
                window.open_project(path)
                for index, view in (
                    (OVERVIEW, "03-overview"),
                    (ROSTER, "04-roster"),
                    (QUESTIONNAIRE, "05-questionnaire"),
                    (RESPONSES, "06-responses"),
                    (RESULTS, "07-results"),
                ):
                    window.tabs.setCurrentIndex(index)
                    shot(window, f"{tag}-{label}-{view}")
                assert window.session is not None
                project = window.session.project
                if width == 1366:
                    dialog_shot(NameResolutionDialog(project, window), f"{tag}-{label}-08-names")
                if label == "demo" and width == 1366:
                    importer = ResponseImportDialog(project, forms, window)
                    dialog_shot(importer, f"{tag}-demo-09-import-mapping")
                    with Project.open(laptop, readonly=True):
                        pass
                    from kennisnet.merge import MergeReport

                    report = MergeReport(
                        files=(str(laptop),),
                        added=12,
                        already_there=55,
                        conflicts=(
                            "Sanne Bakker answered on more than one laptop; the answer "
                            "submitted last counts.",
                        ),
                        unmatched_names=("Kees van de groothandel",),
                    )
                    dialog_shot(
                        MergeSummaryDialog(report, 4, window), f"{tag}-demo-10-merge-summary"
                    )
                    dialog_shot(
                        SettingsDialog(
                            settings, window.session, window.results_tab.shown_wave(), window
                        ),
                        f"{tag}-11-settings",
                    )
                if label == "demo":
                    file_dialogs(window, tag, work, dialog_shot, shot)
                window.close_project()
            window.close()
            window.deleteLater()
            settle()
    print(f"screenshots in {OUT}")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
