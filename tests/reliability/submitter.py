"""Child process for the kill test: submits responses the way the kiosk does.

Usage: submitter.py PROJECT SEED. Prints "ready" once the project is open, then
"ack <uuid>" after each ``Project.add_response`` has returned (the moment the
kiosk shows its thank-you screen), until it is killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.store import NominationDraft, Project, ResponseDraft


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    project = Project.open(path, backup=False)
    people = [p.id for p in project.people(include_external=False)]
    print("ready", flush=True)
    while True:
        me = rng.choice(people)
        sources = rng.sample([p for p in people if p != me], rng.randint(0, 5))
        draft = ResponseDraft(
            respondent_id=me,
            nominations=tuple(
                NominationDraft(source_id=s, frequency=rng.choice(list(Frequency)), topic="x" * 40)
                for s in sources
            ),
            channels=tuple(rng.sample(list(Channel), rng.randint(0, 3))),
            training=rng.choice(list(TrainingAnswer)),
            language="nl",
            laptop_id=f"kill-{seed}",
        )
        uid = project.add_response(draft, replace=True)
        print("ack", uid, flush=True)


if __name__ == "__main__":
    main()
