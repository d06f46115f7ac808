"""Shared set-up for the phone tests: a small project, a server on loopback, a client
(the client itself is in phone_client.py, also used by the app's phones window tests)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_client import Phone, answer

from kennisnet.phones.server import PhoneServer
from kennisnet.phones.session import PhoneSession
from kennisnet.store import Project

PEOPLE = [
    ("Anne de Vries", "Zorg", "E1"),
    ("Annelies Bakker", "Zorg", "E2"),
    ("Bram Jansen", "Techniek", "E3"),
    ("Chantal Smit", "Techniek", "E4"),
    ("Daan van Dam", "Planning", "E5"),
    ("Eva Mulder", "Planning", "E6"),
]


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "phones.kennisnet", name="Phones") as made:
        for name, department, number in PEOPLE:
            made.add_person(name=name, department=department, employee_number=number)
    opened = Project.open(tmp_path / "phones.kennisnet", backup=False)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def serve() -> Iterator[Any]:
    """serve(session) -> a running server on 127.0.0.1 (stopped after the test)."""
    running: list[PhoneServer] = []

    def start(session: PhoneSession, port: int = 0) -> PhoneServer:
        server = PhoneServer(session, "127.0.0.1", port)
        server.start()
        running.append(server)
        return server

    yield start
    for server in running:
        server.stop()


@pytest.fixture
def phone_at() -> Any:
    """phone_at(url) -> a Phone that has loaded the page."""

    def make(url: str) -> Phone:
        phone = Phone(url)
        phone.page()
        return phone

    return make


@pytest.fixture
def phone_for() -> Any:
    def make(server: PhoneServer, source: str | None = None) -> Phone:
        phone = Phone(server.url, source)
        phone.page()
        return phone

    return make


@pytest.fixture
def refs(project: Project) -> dict[str, str]:
    """Each person's reference as the phone sees it (name -> uid)."""
    return {p.name: p.uid for p in project.people()}


@pytest.fixture
def make_answer() -> Any:
    return answer
