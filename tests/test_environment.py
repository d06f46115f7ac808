"""Guards on the environment the app runs in."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version


def test_pyside6_is_not_the_broken_release() -> None:
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call
    # and aborts after a few thousand calls ("Fatal Python error: none_dealloc").
    assert version("PySide6-Essentials") != "6.12.0"


def test_many_void_calls_do_not_exhaust_none() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "before = sys.getrefcount(None)\n"
        "for i in range(20000):\n"
        "    o.setObjectName('x')\n"
        "after = sys.getrefcount(None)\n"
        "assert after >= before - 100, (before, after)\n"
        "print('ok')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


def test_core_imports_without_qt() -> None:
    """The core must work on a machine without PySide6 (only kennisnet.ui needs it)."""
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import kennisnet\n"
        "for m in pkgutil.walk_packages(kennisnet.__path__, 'kennisnet.'):\n"
        "    if m.name.startswith('kennisnet.ui') or m.name.endswith('__main__'):\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
