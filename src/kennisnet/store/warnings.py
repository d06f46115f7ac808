"""Things the store must tell the person without stopping the work (a failed backup).

The command line prints them on stderr, the app shows them; without a listener they
go to the log. Listeners are set with :func:`listen` (a context manager).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_listeners: list[Callable[[str], None]] = []


def warn(message: str) -> None:
    """Tell ``message`` (a translated sentence) to whoever listens, else log it."""
    if _listeners:
        logging.getLogger("kennisnet.store").info("%s", message)
        _listeners[-1](message)
    else:
        logging.getLogger("kennisnet.store").warning("%s", message)


@contextmanager
def listen(listener: Callable[[str], None]) -> Iterator[None]:
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)
