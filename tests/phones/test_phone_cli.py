"""``kennisnet phones`` as HR runs it: a real process, stopped by a signal or killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kennisnet.cli import main
from kennisnet.phones import codes
from kennisnet.store import Project

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def closed_project(project: Project) -> Path:
    path = project.path
    project.close()
    return path


def _start(*args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "kennisnet", "phones", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture
def running(closed_project: Path) -> Iterator[Any]:
    started: list[subprocess.Popen[str]] = []

    def run(*extra: str) -> tuple[subprocess.Popen[str], str]:
        process = _start(str(closed_project), "--host", "127.0.0.1", "--port", "0", *extra)
        started.append(process)
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/s/" in url, url
        return process, url

    yield run
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=20)  # also closes the pipes


def _one_answer(phone: Any, make_answer: Any, name: str) -> None:
    found = phone.search(name).json()["people"]
    assert [p["name"] for p in found] == [name]
    reply = phone.post("submit", make_answer(found[0]["ref"]))
    assert reply.json() == {"status": "saved"}


def test_sigterm_stops_cleanly_and_keeps_the_answer(
    running: Any, closed_project: Path, make_answer: Any, phone_at: Any
) -> None:
    process, url = running()
    _one_answer(phone_at(url), make_answer, "Bram Jansen")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Stopped" in err
    # Per department against the 80% target: Bram Jansen is 1 of the 2 in Techniek.
    assert "Responses: 1 of 6 (17%); the target is 80%." in out
    assert "  Techniek: 1/2 (50%)" in out
    assert "Traceback" not in err
    with Project.open(closed_project, readonly=True) as project:
        assert project.response_count() == 1


def test_kill_9_loses_no_acknowledged_answer(
    running: Any, closed_project: Path, make_answer: Any, phone_at: Any
) -> None:
    process, url = running()
    _one_answer(phone_at(url), make_answer, "Chantal Smit")
    process.kill()
    process.wait(timeout=20)
    with Project.open(closed_project, backup=False) as project:
        (stored,) = project.snapshot().responses
        assert project.person(stored.respondent_id).name == "Chantal Smit"  # type: ignore[union-attr]


def test_the_request_log_holds_no_personal_data(
    running: Any, closed_project: Path, make_answer: Any, phone_at: Any
) -> None:
    process, url = running()
    _one_answer(phone_at(url), make_answer, "Bram Jansen")
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    log = (Path(os.environ["KENNISNET_HOME"]) / "logs" / "phones.log").read_text("utf-8")
    assert "GET search 200" in log and "POST submit 200" in log
    token = url.rstrip("/").rsplit("/", 1)[1]
    for secret in (token, "Bram", "Jansen", "127.0.0.1"):
        assert secret not in log


def test_a_second_process_on_the_same_project_is_told(running: Any, closed_project: Path) -> None:
    running()
    second = _start(str(closed_project), "--host", "127.0.0.1", "--port", "0")
    out, err = second.communicate(timeout=30)
    assert second.returncode == 1
    assert out == ""
    assert "in use" in err.lower() or "open" in err.lower()


def test_poster_is_written_and_never_overwritten(
    running: Any, closed_project: Path, tmp_path: Path
) -> None:
    poster = tmp_path / "poster.pdf"
    process, _url = running("--poster", str(poster))
    assert poster.read_bytes().startswith(b"%PDF")
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=30)
    before = poster.read_bytes()
    code = main(
        [
            "phones",
            str(closed_project),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--poster",
            str(poster),
        ]
    )
    assert code == 1
    assert poster.read_bytes() == before


def test_cards_and_codes_used(
    closed_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cards = tmp_path / "cards.pdf"
    assert main(["phones", str(closed_project), "--codes-used"]) == 0
    assert "No personal codes" in capsys.readouterr().out
    assert main(["phones", str(closed_project), "--cards", str(cards)]) == 0
    assert "6 cards written" in capsys.readouterr().out
    assert cards.read_bytes().startswith(b"%PDF")
    assert main(["phones", str(closed_project), "--cards", str(cards)]) == 1
    assert "already exists" in capsys.readouterr().err
    with Project.open(closed_project, backup=False) as project:
        assert len(codes.code_cards(project)) == 6
    assert main(["phones", str(closed_project), "--codes-used"]) == 0
    out = capsys.readouterr().out
    assert "0 of 6 codes used." in out and "Anne de Vries" in out


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["--host", "0.0.0.0"], 2, "one network only"),
        (["--host", "laptop"], 2, "not an address"),
        (["--port", "70000"], 2, "0 to 65535"),
        (["--codes", "--host", "127.0.0.1", "--port", "0"], 1, "no personal codes yet"),
    ],
)
def test_wrong_arguments_are_told_plainly(
    closed_project: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    exit_code: int,
    message: str,
) -> None:
    assert main(["phones", str(closed_project), *args]) == exit_code
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""
    assert "Traceback" not in captured.err


def test_a_missing_project_is_told(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["phones", str(tmp_path / "nope.kennisnet"), "--host", "127.0.0.1"]) == 1
    assert "nope.kennisnet" in capsys.readouterr().err


def test_a_project_without_staff_list_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Project.create(tmp_path / "empty.kennisnet", name="Leeg").close()
    args = ["phones", str(tmp_path / "empty.kennisnet"), "--host", "127.0.0.1", "--port", "0"]
    assert main(args) == 1
    assert "no staff list yet" in capsys.readouterr().err
