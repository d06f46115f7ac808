"""Shared set-up for the phone tests: a small project, a server on loopback, a client."""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

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


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Phone:
    """One phone talking to the laptop over loopback (plain HTTP, as a browser would)."""

    def __init__(self, url: str, source: str | None = None) -> None:
        #: The phone's own loopback address (127.0.0.x), so that phones are told apart.
        self.source = (source, 0) if source else None
        parts = urlsplit(url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80
        self.base = parts.path  # /s/<token>/
        self.csrf = ""

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        conn = http.client.HTTPConnection(
            self.host, self.port, timeout=10, source_address=self.source
        )
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return Reply(
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
            )
        finally:
            conn.close()

    def page(self, lang: str = "en") -> Reply:
        reply = self.request("GET", f"{self.base}?lang={lang}")
        found = re.search(rb'name="kennisnet-csrf" content="([^"]+)"', reply.body)
        if found:
            self.csrf = found.group(1).decode()
        return reply

    def search(self, query: str) -> Reply:
        from urllib.parse import quote

        return self.request("GET", f"{self.base}api/search?q={quote(query)}")

    def post(self, what: str, data: object, headers: dict[str, str] | None = None) -> Reply:
        sent = {"Content-Type": "application/json", "X-Kennisnet-CSRF": self.csrf}
        sent.update(headers or {})
        return self.request("POST", f"{self.base}api/{what}", json.dumps(data).encode(), sent)


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


def answer(respondent: str | None, **extra: Any) -> dict[str, Any]:
    """A whole submission as the phone page sends it."""
    import uuid

    data: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "consent": True,
        "lang": "en",
        "respondent": respondent,
        "code": None,
        "sources": [],
        "more": False,
        "channels": ["colleague"],
        "channel_other": "",
        "training": "no",
        "training_which": "",
        "training_when": "",
    }
    data.update(extra)
    return data


@pytest.fixture
def make_answer() -> Any:
    return answer
