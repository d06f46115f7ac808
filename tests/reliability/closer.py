"""Child process for the free-space tests: answers, a large import, then a close.

Usage: closer.py PROJECT SEED [FSIZE_LIMIT]. Prints "ready" once the project is open,
"ack <uuid>" after each single answer is stored (the kiosk's thank-you moment), one
"ack <uuid>" per answer after the large import's one transaction returned, "closing"
just before ``Project.close`` and "closed" after it. It stops at the first failed save
("failed <message>") and still closes. With FSIZE_LIMIT no file it writes may grow past
that many bytes (``RLIMIT_FSIZE``: a full disk where mounting a small disk is not allowed).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.store import NominationDraft, Project, ProjectError, ResponseDraft


def _draft(rng: random.Random, people: list[int], me: int) -> ResponseDraft:
    sources = rng.sample([p for p in people if p != me], rng.randint(1, 5))
    return ResponseDraft(
        respondent_id=me,
        nominations=tuple(
            NominationDraft(source_id=s, frequency=rng.choice(list(Frequency)), topic="t" * 60)
            for s in sources
        ),
        channels=tuple(rng.sample(list(Channel), rng.randint(0, 3))),
        training=rng.choice(list(TrainingAnswer)),
        training_which="Cursus " + "c" * 80,
        origin="import",
    )


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    if len(sys.argv) > 3:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = int(sys.argv[3])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    rng = random.Random(seed)
    try:
        project = Project.open(path)
    except ProjectError as error:
        print("failed", error, flush=True)
        return
    people = [p.id for p in project.people(include_external=False)]
    print("ready", flush=True)
    try:
        for me in people[:10]:
            print("ack", project.add_response(_draft(rng, people, me), replace=True), flush=True)
        uuids = []
        with project.transaction():
            for me in people[10:]:
                uuids.append(project.add_response(_draft(rng, people, me), replace=True))
        for uid in uuids:
            print("ack", uid, flush=True)
    except ProjectError as error:
        print("failed", error, flush=True)
    print("closing", flush=True)
    project.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
