"""Screenshots of repeating the survey (waves), to look at as an HR adviser would.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/waves.py

A copy of the demo gets a second wave after a training: Ruud Verbeek (first mechanic,
Monteurs Zuid, many learn from him) took the course and says so in the second wave;
most colleagues answer again, a few of them now also ask him. Writes PNGs to
out/screens/workspace/ (``*-waves-*``): the Overview, the new-wave dialog, the Responses
tab, the Results tab on the current and on the earlier wave, and the comparison, at
1366x768 and 1920x1080, in Dutch and English.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "workspace"
SIZES = ((1366, 768), (1920, 1080))
SECOND_WAVE = "Meting 2 (voorjaar 2027)"
TRAINED = "Ruud Verbeek"
ALSO_ASK = ("Roel Kaya", "Joost Peeters", "Kim de Jong", "Stijn Verhoeven")


def second_wave(path: Path) -> None:
    """Add a second wave to the demo copy at ``path``: Ruud trained, most people again."""
    from kennisnet.model import TrainingAnswer
    from kennisnet.store import NominationDraft, Project

    rng = random.Random(11)
    with Project.open(path, backup=False) as project:
        people = {p.name: p.id for p in project.people()}
        ruud = people[TRAINED]
        # The staff list does not record his training (it would count for the first wave
        # too); he says so himself in the second wave.
        project.update_person(ruud, trained_hr=None)
        first = [draft for _wave, draft in project.stored_responses()]
        wave = project.add_wave(SECOND_WAVE)
        with project.transaction():
            for draft in first:
                if draft.respondent_id is None:
                    continue
                if draft.respondent_id != ruud and rng.random() > 0.82:
                    continue
                nominations = draft.nominations
                name = next(n for n, i in people.items() if i == draft.respondent_id)
                if name in ALSO_ASK and all(n.source_id != ruud for n in nominations):
                    nominations = (*nominations, NominationDraft(source_id=ruud))
                training = TrainingAnswer.YES if draft.respondent_id == ruud else draft.training
                project.add_response(
                    replace(
                        draft,
                        uuid=None,
                        wave_id=wave,
                        submitted_at=None,
                        nominations=nominations,
                        training=training,
                        training_which="Vakopleiding installatietechniek"
                        if draft.respondent_id == ruud
                        else draft.training_which,
                    )
                )


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QWidget

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.store import Project
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.workspace.compare import CompareDialog
    from kennisnet.ui.workspace.waves import NewWaveDialog, wave_name
    from kennisnet.ui.workspace.window import OVERVIEW, RESPONSES, RESULTS, MainWindow

    _app = ensure_app()  # keep the application alive while the script runs
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*-waves-*.png"):
        old.unlink()
    one = work / "Demo Installatietechniek Van Dijk.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), one)
    two = work / "Demo Installatietechniek Van Dijk, twee metingen.kennisnet"
    shutil.copyfile(one, two)
    second_wave(two)
    with Project.open(one, readonly=True) as project:
        waves = project.waves()
        first = (wave_name(waves, project.current_wave_id()), [w[1] for w in waves])
        answered = project.response_count()
    settings = Settings(work / "settings.ini")
    settings.last_folder = str(work)

    def shot(widget: QWidget, name: str) -> None:
        shots.shot(widget, OUT, name)

    def dialog_shot(dialog: QWidget, name: str, prepare: Callable[[], None] | None = None) -> None:
        shots.dialog_shot(dialog, OUT, name, prepare)

    settle = shots.settle

    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            tag = f"{lang}-{width}x{height}-waves"
            window = MainWindow(settings)
            window.resize(width, height)
            window.show()
            window.open_project(two)
            session = window.session
            assert session is not None
            window.tabs.setCurrentIndex(OVERVIEW)
            shot(window, f"{tag}-01-overview")
            dialog_shot(NewWaveDialog(first[0], first[1], answered, window), f"{tag}-02-new-wave")
            window.tabs.setCurrentIndex(RESPONSES)
            shot(window, f"{tag}-03-responses")
            window.tabs.setCurrentIndex(RESULTS)
            shot(window, f"{tag}-04-results-current-wave")
            window.results_tab.wave_bar.chooser.setCurrentIndex(0)
            shot(window, f"{tag}-05-results-earlier-wave")
            window.results_tab.wave_bar.chooser.setCurrentIndex(1)
            compare = CompareDialog(session, window)
            compare.resize(min(900, width - 80), min(760, height - 60))
            dialog_shot(compare, f"{tag}-06-compare")
            compare = CompareDialog(session, window)
            compare.resize(min(900, width - 80), min(760, height - 60))

            def scrolled(dialog: CompareDialog = compare) -> None:
                dialog.report.moveCursor(QTextCursor.MoveOperation.End)
                dialog.report.ensureCursorVisible()

            dialog_shot(compare, f"{tag}-07-compare-lists", scrolled)
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
