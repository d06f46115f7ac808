"""A phone talking to the laptop over plain HTTP, as a browser would; a whole answer.

Used by the phone server's tests (tests/phones) and the app's phones window tests
(tests/ui/phones).
"""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


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
