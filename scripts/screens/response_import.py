"""Screenshots of the response import: a Forms export in HR's own words, the read-vs-stored
report, the answer options, the replace question, the summary, and a staff list refused.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/response_import.py

Writes PNGs to out/screens/import/ at 1366x768 and 1920x1080, in Dutch and English, on a
copy of the demo; and the Channels tab after importing a Forms export.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "import"
SIZES = ((1366, 768), (1920, 1080))
OPTIONS = (
    "Ik vraag het een collega",
    "Ik zoek het op internet",
    "Ik vraag het een AI-assistent",
    "Ik probeer het zelf uit",
    "Ik zoek het op in de handleiding of op intranet",
)


def forms_export(path: Path, names: list[str]) -> Path:
    """A Microsoft Forms workbook in Dutch with HR's own option texts."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            "Id",
            "Begintijd",
            "Tijd van voltooien",
            "E-mail",
            "Naam",
            "Wie ben je?",
            "Van wie leer je het meest in je werk? (namen)",
            "Hoe los je een probleem op als je iets niet weet?",
            "Heb je een formele opleiding of cursus gehad voor je huidige werk?",
        ]
    )
    for i, name in enumerate(names):
        at = datetime(2026, 11, 2, 9, 0).replace(minute=i % 60)
        chosen = [OPTIONS[(i + k) % len(OPTIONS)] for k in range(1 + i % 3)]
        if i == 3:
            chosen.append("Ik bid erom")
        sources = ", ".join(names[(i + k) % len(names)] for k in (1, 2))
        ws.append(
            [
                i + 1,
                at,
                at,
                "anoniem",
                None,
                name,
                sources,
                "".join(c + ";" for c in chosen),
                "Ja" if i % 2 else "Nee",
            ]
        )
    wb.save(path)
    return path


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtWidgets import QMessageBox

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.store import Project
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.workspace import response_import_text
    from kennisnet.ui.workspace.response_import import ResponseImportDialog
    from kennisnet.ui.workspace.window import RESULTS, MainWindow

    _app = ensure_app()
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    demo = work / "Demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), demo)
    with Project.open(demo, readonly=True) as project:
        answered = {r.respondent_id for r in project.snapshot().responses}
        people = project.people(include_external=False)
        fresh = [p.name for p in people if p.id not in answered][:10]
        again = [p.name for p in people if p.id in answered][:2]
        roster = [("Naam", "Afdeling", "Functie")] + [
            (p.name, p.department or "", p.role or "") for p in people
        ]
    export = forms_export(work / "Forms-export leren.xlsx", fresh + again)
    staff = work / "personeelslijst.csv"
    staff.write_text("\n".join(";".join(r) for r in roster), encoding="utf-8")
    settings = Settings(work / "settings.ini")

    boxes: list[tuple[str, Any]] = []

    def grab_box(box: QMessageBox) -> int:
        box.show()
        shots.settle()
        name = boxes.pop(0)[0] if boxes else "box"
        box.grab().save(str(OUT / f"{name}.png"))
        print("  ", name, flush=True)
        yes = next(
            (b for b in box.buttons() if box.buttonRole(b) != QMessageBox.ButtonRole.RejectRole),
            box.buttons()[0],
        )
        yes.click()
        return 0

    QMessageBox.exec = grab_box  # type: ignore[method-assign]

    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            tag = f"{lang}-{width}x{height}"
            target = work / f"{tag}.kennisnet"
            shutil.copyfile(demo, target)
            window = MainWindow(settings)
            window.resize(width, height)
            window.show()
            window.open_project(target)
            shots.settle()
            assert window.session is not None
            dialog = ResponseImportDialog(window.session.project, export, window)
            dialog.resize(min(1200, width - 80), min(900, height - 80))
            dialog.show()
            shots.settle()
            shots.shot(dialog, OUT, f"{tag}-1-forms-check")
            boxes.append((f"{tag}-2-replace-question", None))
            dialog.start_import()
            shots.settle()
            summary = response_import_text.import_summary(dialog.report) if dialog.report else ""
            print("   imported:", summary)
            dialog.close()
            refused = ResponseImportDialog(window.session.project, staff, window)
            refused.resize(min(1200, width - 80), min(900, height - 80))
            refused.show()
            shots.settle()
            shots.shot(refused, OUT, f"{tag}-3-staff-list-refused")
            refused.close()
            window.refresh()
            window.tabs.setCurrentIndex(RESULTS)
            shots.settle()
            panel = window.results_tab.panel
            tabs = getattr(panel, "tabs", None)
            if tabs is not None:
                for index in range(tabs.count()):
                    if tabs.widget(index) is getattr(panel, "channels_tab", None):
                        tabs.setCurrentIndex(index)
            shots.settle()
            shots.shot(window, OUT, f"{tag}-4-channels")
            window.close_project()
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
