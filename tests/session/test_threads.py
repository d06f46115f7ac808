"""The analysis reads the project on a worker thread while the window reads it too."""

from __future__ import annotations

import gc
import shutil
import threading
from pathlib import Path

from kennisnet.resources import resource
from kennisnet.session import Session


def test_the_analysis_reads_safely_beside_the_window(tmp_path: Path) -> None:
    """Every read holds the project's lock and takes all its rows before letting go, and
    SQLite serialises the connection's calls: the garbage collector running on the other
    thread meanwhile finds nothing of the connection to finalise half-way."""
    path = tmp_path / "demo.kennisnet"
    shutil.copyfile(resource("demo", "demo.kennisnet"), path)
    session = Session.open(path)
    try:
        expected = session.project.snapshot()
        worker: list[object] = []
        failed: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(5):
                    worker.append(session.project.snapshot())
                worker.append(session.analysis(betweenness=False).data)
            except BaseException as error:  # reported by the test
                failed.append(error)

        thread = threading.Thread(target=work)
        thread.start()
        people = []
        while thread.is_alive():
            people.append(len(session.project.people()))
            gc.collect()
        thread.join()
        assert not failed
        assert people and set(people) == {len(expected.people)}
        assert worker == [expected] * 6
    finally:
        session.close()
