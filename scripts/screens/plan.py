"""Screenshots of the Plan tab, to look at as an HR adviser would.

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/plan.py

A copy of the demo with a second wave (as ``waves.py`` makes it). In the first wave HR
accepted two actions (one with an owner and a date), rejected one, marked one done and
added an own action. Writes PNGs to out/screens/plan/: the plan of the first wave, the
change dialog, the plan of the second wave and the indicators across both waves, at
1366x768 and 1920x1080, in Dutch and English.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "plan"
SIZES = ((1366, 768), (1920, 1080))


def decide(path: Path) -> None:
    """HR's decisions on the first wave's plan, through the store's plan API."""
    from kennisnet.plan import Form, Status
    from kennisnet.session.plan import wave_plan
    from kennisnet.store import Project

    with Project.open(path, backup=False) as project:
        first = project.waves()[0][0]
        actions = wave_plan(project, project.snapshot(first)).plan.actions
        project.set_action_status(first, actions[0], Status.ACCEPTED)
        accepted = project.plan_actions(first)[0]
        project.edit_action(first, accepted, owner="Petra de Wit", due="2027-01-15")
        project.set_action_status(first, actions[1], Status.DONE)
        project.set_action_status(first, actions[2], Status.REJECTED)
        project.set_action_status(first, actions[-1], Status.ACCEPTED)
        project.add_own_action(
            first,
            form=Form.REFLECTION,
            text="Elke maand een half uur terugkijken in het werkoverleg van Monteurs Zuid.",
            owner="Teamleider Monteurs Zuid",
            due="2027-02-01",
        )


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from waves import second_wave

    from kennisnet.i18n import set_language
    from kennisnet.resources import resource
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.plan.dialog import ActionDialog, ActionValues
    from kennisnet.ui.plan.page import ACTIONS, INDICATORS
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.workspace.window import PLAN, RESULTS, MainWindow

    _app = ensure_app()  # keep the application alive while the script runs
    work = Path(tempfile.mkdtemp(prefix="kennisnet-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    path = work / "Demo Installatietechniek Van Dijk, twee metingen.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    decide(path)
    second_wave(path)
    settings = Settings(work / "settings.ini")
    settings.last_folder = str(work)

    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            tag = f"{lang}-{width}x{height}-plan"
            window = MainWindow(settings)
            window.resize(width, height)
            window.show()
            window.open_project(path)
            window.tabs.setCurrentIndex(RESULTS)
            window.results_tab.wave_bar.chooser.setCurrentIndex(0)  # the first wave
            window.tabs.setCurrentIndex(PLAN)
            page = window.plan_page
            page.tabs.setCurrentIndex(ACTIONS)
            shots.settle()
            tree = page.actions_view.tree
            tree.setCurrentItem(tree.topLevelItem(0).child(0))
            shots.shot(window, OUT, f"{tag}-01-first-wave")
            chosen = page.actions_view.chosen()
            assert chosen is not None
            dialog = ActionDialog(
                ActionValues(
                    chosen.form,
                    page.actions_view.details.text().split("\n")[0],
                    chosen.owner or "",
                    chosen.due or "",
                ),
                [],
                window,
            )
            shots.dialog_shot(dialog, OUT, f"{tag}-02-change")
            shots.dialog_shot(ActionDialog(None, [], window), OUT, f"{tag}-03-own-action")
            window.tabs.setCurrentIndex(RESULTS)
            window.results_tab.wave_bar.chooser.setCurrentIndex(1)  # the second wave
            window.tabs.setCurrentIndex(PLAN)
            shots.shot(window, OUT, f"{tag}-04-second-wave")
            page.tabs.setCurrentIndex(INDICATORS)
            shots.shot(window, OUT, f"{tag}-05-indicators")
            window.close_project()
            window.close()
            window.deleteLater()
            shots.settle()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
