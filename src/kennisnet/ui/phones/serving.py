"""The phone server of one window: started on a worker thread, stopped on the GUI thread.

The server itself is Qt-free (``kennisnet.phones.server.PhoneServer``: uvicorn in a
daemon thread, on the one address HR chose). Starting it (importing uvicorn, binding
the port, making the codes) runs through ``run_task`` so the window never freezes;
stopping waits for answers being stored, so nothing a phone was thanked for is lost.
A window closed while the server is still starting stops it as soon as it is up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from kennisnet.phones import codes
from kennisnet.phones.server import PhoneServer, PortInUse, log_requests
from kennisnet.phones.session import CODES, PhoneSession
from kennisnet.store import Project
from kennisnet.ui.tasks import Cancel, Progress, Task, run_task

#: When the chosen port is taken, the next ones are tried (the QR code carries the port).
PORT_TRIES = 10


@dataclass(frozen=True, slots=True)
class Started:
    """What the window shows once phones can answer."""

    url: str
    host: str
    port: int
    mode: str


class Serving:
    """At most one running phone server, for one open project."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.server: PhoneServer | None = None
        self.task: Task | None = None
        self._lock = threading.Lock()
        self._wanted = False

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def starting(self) -> bool:
        return self.task is not None and not self.task.done.is_set()

    def start(
        self,
        host: str,
        port: int,
        mode: str,
        on_started: Callable[[Started], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """Start serving in the background; one of the callbacks follows on the GUI thread."""
        self._wanted = True

        def work(_progress: Progress, _cancelled: Cancel) -> Started | None:
            with self._lock:  # stop() waits for this: a server is never left running
                if not self._wanted:
                    return None
                if mode == CODES:
                    codes.issue_codes(self.project)  # everyone on the list has a code
                session = PhoneSession(self.project, mode=mode)
                server = _bind(session, host, port)
                log_requests()
                server.start()
                self.server = server
                return Started(server.url, server.address.host, server.address.port, mode)

        def done(started: Started | None) -> None:
            self.task = None
            if started is not None and self._wanted and self.server is not None:
                on_started(started)

        def failed(error: BaseException, _trace: str) -> None:
            self.task = None
            if self._wanted:  # a window closed meanwhile is told nothing
                on_failed(error)

        self.task = run_task(work, on_done=done, on_error=failed)

    def session(self) -> PhoneSession | None:
        return self.server.session if self.server is not None else None

    def stop(self) -> None:
        """Stop serving (a server still starting is stopped once up); safe to call twice."""
        self._wanted = False
        with self._lock:
            server, self.server = self.server, None
        if server is not None:
            server.stop()


def _bind(session: PhoneSession, host: str, port: int) -> PhoneServer:
    """The server on ``port``, or on one of the next ports when it is taken."""
    last = port if port == 0 else min(port + PORT_TRIES - 1, 65535)
    while True:
        try:
            return PhoneServer(session, host, port)
        except PortInUse:
            if port >= last:
                raise
            port += 1
