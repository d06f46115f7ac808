"""100 phones answering within one minute, against a 10,000-person project.

Run: python benchmarks/bench_phones.py [--phones 100] [--seconds 60]   (prints timings)

The laptop side is the real command, ``kennisnet phones PROJECT --host 127.0.0.1``, in
its own process. Each phone is a thread with its own loopback address (127.0.0.x, so
the per-phone rate limits apply as on a real network): it loads the page, types its own
name letter by letter (a name search per keystroke from 2 letters on), chooses three
colleagues the same way, and submits. The phones arrive spread over ``--seconds``;
after that a second group submits all at the same moment (the worst case). Then the
server is stopped and the project file is checked: every acknowledged answer stored.

Only loopback traffic; the number of requests and the run time are bounded.
Targets: submit p95 <= 300 ms, name search p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote, urlsplit

from bench_matching import roster

from kennisnet.store import Project

DEPARTMENTS = ("Zorg", "ICT", "Facilitair", "Financiën", "Personeelszaken", "Techniek")
KEYSTROKE = 0.12  # seconds between keystrokes: a quick typist on a phone
DEADLINE = 240  # the whole run stops after this many seconds, whatever happens


class Phone:
    def __init__(self, url: str, source: str) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.base = parts.hostname or "", parts.port or 80, parts.path
        self.source = source
        self.csrf = ""
        self.searches: list[float] = []
        self.submit_ms: float | None = None
        self.status = ""

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(
            self.host, self.port, timeout=30, source_address=(self.source, 0)
        )
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def load(self) -> None:
        status, body = self._request("GET", self.base + "?lang=nl")
        assert status == 200, status
        self.csrf = re.search(rb'name="kennisnet-csrf" content="([^"]+)"', body).group(1).decode()  # type: ignore[union-attr]
        for name in ("phone.css", "phone.js"):
            self._request("GET", f"{self.base}static/{name}")

    def type_name(self, name: str) -> str | None:
        """Type a name letter by letter; the reference of the person once the list shows them."""
        ref = None
        for end in range(2, len(name) + 1):
            time.sleep(KEYSTROKE)
            start = time.perf_counter()
            status, body = self._request("GET", f"{self.base}api/search?q={quote(name[:end])}")
            self.searches.append(1000 * (time.perf_counter() - start))
            if status != 200:
                continue
            people = json.loads(body)["people"]
            hits = [p["ref"] for p in people if p["name"] == name]
            if hits:
                ref = hits[0]
                if end >= 6:
                    break
        return ref

    def submit(self, respondent: str, sources: list[str]) -> None:
        data = {
            "id": str(uuid.uuid4()),
            "consent": True,
            "lang": "nl",
            "respondent": respondent,
            "sources": [{"ref": s, "frequency": "weekly", "topic": "werk"} for s in sources],
            "more": False,
            "channels": ["colleague", "documentation"],
            "training": "yes",
            "training_which": "Basiscursus",
            "training_when": "2024",
        }
        headers = {"Content-Type": "application/json", "X-Kennisnet-CSRF": self.csrf}
        start = time.perf_counter()
        status, body = self._request(
            "POST", f"{self.base}api/submit", json.dumps(data).encode(), headers
        )
        self.submit_ms = 1000 * (time.perf_counter() - start)
        self.status = json.loads(body).get("status", "") if status == 200 else f"HTTP {status}"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * (len(ordered) - 1) + 0.5))]


def figures(label: str, values: list[float]) -> None:
    print(
        f"  {label:28} n={len(values):5d}  p50 {percentile(values, 0.5):6.1f} ms  "
        f"p95 {percentile(values, 0.95):6.1f} ms  max {max(values):6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=100, help="phones per group (max 250)")
    parser.add_argument("--seconds", type=float, default=60, help="arrivals spread over this")
    args = parser.parse_args()
    count = max(1, min(args.phones, 250))
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as temp:
        os.environ["KENNISNET_HOME"] = temp
        path = Path(temp) / "big.kennisnet"
        with Project.create(path, name="10,000 people") as project, project.transaction():
            for person, name, number in roster(10_000):
                project.add_person(
                    name=name,
                    department=DEPARTMENTS[person % len(DEPARTMENTS)],
                    employee_number=number,
                )
        with Project.open(path, readonly=True) as project:
            names = sorted({p.name for p in project.people()})
        counts: dict[str, int] = {}
        for _, name, _ in roster(10_000):
            counts[name] = counts.get(name, 0) + 1
        unique = [n for n in names if counts[n] == 1]
        rng.shuffle(unique)
        respondents, colleagues = unique[: 2 * count], unique[2 * count :]
        src = Path(__file__).resolve().parents[1] / "src"
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kennisnet",
                "phones",
                str(path),
                "--host",
                "127.0.0.1",
                "--port",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(src)),
        )
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        print(f"server: {url.split('/s/')[0]} (its own process), 10,000 people on the roster")
        stopped_at = time.monotonic() + DEADLINE

        def run_phone(
            phone: Phone, name: str, wait_until: float, barrier: threading.Barrier | None
        ) -> None:
            time.sleep(max(0.0, wait_until - time.monotonic()))
            if time.monotonic() > stopped_at:
                return
            phone.load()
            me = phone.type_name(name)
            chosen = [phone.type_name(c) for c in rng.sample(colleagues, 3)]
            if barrier is not None:
                barrier.wait(timeout=DEADLINE)
            if me is not None:
                phone.submit(me, [c for c in chosen if c])

        groups: list[tuple[str, list[Phone]]] = []
        for group, (label, spread) in enumerate(
            ((f"arriving over {args.seconds:.0f} s", args.seconds), ("all submitting at once", 0.0))
        ):
            phones = [Phone(url, f"127.0.{group}.{i + 2}") for i in range(count)]
            barrier = threading.Barrier(count) if spread == 0 else None
            start = time.monotonic()
            threads = [
                threading.Thread(
                    target=run_phone,
                    args=(
                        phone,
                        respondents[group * count + i],
                        start + spread * i / count,
                        barrier,
                    ),
                )
                for i, phone in enumerate(phones)
            ]
            began = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=DEADLINE)
            print(f"\n{label}: {count} phones in {time.perf_counter() - began:.1f} s")
            submits = [p.submit_ms for p in phones if p.submit_ms is not None]
            figures("submit (until 'stored')", submits)
            figures("name search (per keystroke)", [s for p in phones for s in p.searches])
            statuses: dict[str, int] = {}
            for phone in phones:
                statuses[phone.status or "not sent"] = (
                    statuses.get(phone.status or "not sent", 0) + 1
                )
            print(f"  answers: {statuses}")
            groups.append((label, phones))
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=60)
        acknowledged = sum(1 for _, phones in groups for p in phones if p.status == "saved")
        with Project.open(path, readonly=True) as project:
            stored = project.response_count()
        print(f"\nserver stopped; acknowledged {acknowledged}, in the project file {stored}")
        _, minute = groups[0]
        submit_p95 = percentile([p.submit_ms for p in minute if p.submit_ms is not None], 0.95)
        search_p95 = percentile([s for p in minute for s in p.searches], 0.95)
        print(
            f"{count} phones within {args.seconds:.0f} s: submit p95 {submit_p95:.1f} ms "
            f"(target 300), search p95 {search_p95:.1f} ms (target 50); "
            f"{'every answer stored' if stored == acknowledged == 2 * count else 'ANSWERS MISSING'}"
        )


if __name__ == "__main__":
    main()
