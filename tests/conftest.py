"""Shared test set-up: headless Qt, a private home folder, fixed language."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own Kennisnet folder; nothing touches the user's real files."""
    home = tmp_path_factory.mktemp("kennisnet-home")
    monkeypatch.setenv("KENNISNET_HOME", str(home))


@pytest.fixture(autouse=True)
def _nothing_frozen() -> Iterator[None]:
    """A big analysis on screen freezes what is in memory (``gc.freeze``, see
    ``GuiThreadCollector.keep_long_lived``); the next test starts with nothing frozen
    (frozen objects are invisible to ``gc.get_referrers``, which other tools use)."""
    import gc

    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    from kennisnet.i18n import language, set_language

    before = language()
    set_language("en")
    yield
    set_language(before)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.kennisnet"


SmallDisk = Callable[[Path, str], AbstractContextManager[Path]]


@pytest.fixture
def small_disk() -> SmallDisk:
    """``with small_disk(folder, "16k"):`` a tmpfs of that size on ``folder`` (made if needed).

    Only root can mount (CI runs as root); elsewhere, or where mounting is refused, the
    test is skipped with the reason.
    """

    @contextlib.contextmanager
    def mount(folder: Path, size: str) -> Iterator[Path]:
        if os.geteuid() != 0:
            pytest.skip("not root: a small file system cannot be mounted")
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs was refused: {done.stderr.strip()}")
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=True)

    return mount
