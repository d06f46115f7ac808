"""Screenshots of the new-project wizard's column page with real staff lists (issue 11).

Run under Xvfb:
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screens/roster_preview.py

Writes PNGs to out/screens/roster/ at 1366x768 and 1920x1080, in Dutch and English: the
staff-list page, a good AFAS export (green), a Windows-1252 Youforce export that lost
letters (amber, names marked), and a list whose name column holds employee numbers
(refused, red).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "screens" / "roster"
SIZES = ((1366, 768), (1920, 1080))
sys.path.insert(0, str(ROOT / "tests" / "importing"))


def main() -> int:
    os.environ.setdefault("KENNISNET_HOME", tempfile.mkdtemp(prefix="kennisnet-screens-"))
    import shots  # this folder is on sys.path when the script runs
    from corpus.rosters import afas, numbers_as_names, youforce

    from kennisnet.i18n import set_language
    from kennisnet.ui.app import ensure_app
    from kennisnet.ui.language import switch_language
    from kennisnet.ui.settings import Settings
    from kennisnet.ui.wizard import NewProjectWizard

    _app = ensure_app()  # keep the application alive while the script runs
    work = Path(tempfile.mkdtemp(prefix="kennisnet-roster-screens-"))
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        "good-afas": afas(work).file,
        "lost-letters-youforce": youforce(work).file,
        "numbers-as-names": numbers_as_names(work).file,
    }
    settings = Settings(work / "settings.ini")
    settings.last_folder = str(work)
    for lang in ("nl", "en"):
        set_language(lang)
        switch_language(lang)
        for width, height in SIZES:
            for label, roster in files.items():
                wizard = NewProjectWizard(settings)
                wizard.resize(min(980, width - 40), min(680, height - 60))
                wizard.show()
                wizard.name_page.name.setText("Zorggroep Oost")
                wizard.next()
                wizard.roster_page.set_file(roster)
                if label == "good-afas":
                    shots.shot(wizard, OUT, f"{lang}-{width}x{height}-staff-list-page")
                wizard.next()
                shots.settle()
                if label == "numbers-as-names":
                    page = wizard.mapping_page
                    page.boxes["name"].setCurrentIndex(page.boxes["name"].findText("Naam"))
                shots.shot(wizard, OUT, f"{lang}-{width}x{height}-{label}")
                wizard.close()
                wizard.deleteLater()
    print(f"screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
