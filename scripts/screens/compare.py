"""Screenshots of comparing two waves when the second is empty, partial or complete.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/compare.py

Three copies of the demo (79 people, 67 answered the first wave) get a second wave after
Ruud Verbeek's training: with no answers yet, with 32 answers (40%), and with 72 answers
(91%: everyone who answered the first time but one, plus six who did not). Answers in the
second wave are the first-wave answers again (identical for most people), a few now also
ask Ruud. Writes PNGs of the compare dialog to out/screens/workspace/
(``*-compare-{empty,partial,complete}*``) at 1366x768 and 1920x1080, in Dutch and English.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "workspace"
SIZES = ((1366, 768), (1920, 1080))
SECOND_WAVE = "Meting 2 (voorjaar 2027)"
TRAINED = "Ruud Verbeek"
ALSO_ASK = ("Roel Kaya", "Joost Peeters", "Kim de Jong", "Stijn Verhoeven")
#: How many people answer the second wave in each copy.
CASES = (("empty", 0), ("partial", 32), ("complete", 72))


def second_wave(path: Path, answers: int) -> None:
    """Start a second wave in the demo copy at ``path`` and add ``answers`` answers."""
    from kennisnet.model import TrainingAnswer
    from kennisnet.store import NominationDraft, Project, ResponseDraft

    rng = random.Random(19)
    with Project.open(path, backup=False) as project:
        people = {p.name: p.id for p in project.people(include_external=False)}
        ruud = people[TRAINED]
        project.update_person(ruud, trained_hr=None)
        first = [d for _w, d in project.stored_responses() if d.respondent_id is not None]
        wave = project.add_wave(SECOND_WAVE)
        ruud_first = next(d for d in first if d.respondent_id == ruud)
        others = [d for d in first if d.respondent_id != ruud]
        rng.shuffle(others)
        answered = {d.respondent_id for d in first}
        silent = sorted(set(people.values()) - answered)
        drafts = [ruud_first, *others][: min(answers, len(first) - 1)]
        extra = answers - len(drafts)
        drafts += [
            ResponseDraft(respondent_id=pid, nominations=(NominationDraft(source_id=ruud),))
            for pid in silent[:extra]
        ]
        names = {i: n for n, i in people.items()}
        with project.transaction():
            for draft in drafts:
                nominations = draft.nominations
                if names[draft.respondent_id or 0] in ALSO_ASK and all(
                    n.source_id != ruud for n in nominations
                ):
                    nominations = (*nominations, NominationDraft(source_id=ruud))
                mine = draft.respondent_id == ruud
                project.add_response(
                    replace(
                        draft,
                        uuid=None,
                        wave_id=wave,
                        submitted_at=None,
                        nominations=nominations,
                        training=TrainingAnswer.YES if mine else draft.training,
                    )
                )


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.session import Session
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.workspace.compare import CompareDialog

    _app = ensure_app()  # keep the application alive while the script runs
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*-compare-*.png"):
        old.unlink()
    files = {}
    for case, answers in CASES:
        path = work / f"demo-{case}.kennisnet"
        shutil.copyfile(resource("demo", "demo.kennisnet"), path)
        second_wave(path, answers)
        files[case] = path
    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            for case, path in files.items():
                with Session.open(path, readonly=True) as session:
                    tag = f"{lang}-{width}x{height}-compare-{case}"
                    dialog = CompareDialog(session)
                    dialog.resize(min(900, width - 80), min(760, height - 60))
                    shots.dialog_shot(dialog, OUT, tag)
                    if case == "complete":
                        dialog = CompareDialog(session)
                        dialog.resize(min(900, width - 80), min(760, height - 60))

                        def scrolled(d: CompareDialog = dialog) -> None:
                            d.report.moveCursor(QTextCursor.MoveOperation.End)
                            d.report.ensureCursorVisible()

                        shots.dialog_shot(dialog, OUT, f"{tag}-lists", scrolled)
    print(f"screenshots in {OUT}")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
