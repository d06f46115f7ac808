"""Request limits per phone: a small token bucket per address and kind of request."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rate:
    """``burst`` requests at once, refilled at ``per_second``."""

    burst: float
    per_second: float


#: Generous for a person, tight for a script: typing a name is a few searches a second;
#: a whole survey is a handful of submissions; guessing codes is slow.
DEFAULT_RATES: Mapping[str, Rate] = {
    "page": Rate(burst=30, per_second=1.0),
    "search": Rate(burst=30, per_second=5.0),
    "code": Rate(burst=5, per_second=5 / 60),
    "submit": Rate(burst=10, per_second=10 / 60),
}

#: How many phones are remembered at most (the oldest are forgotten first).
MAX_CLIENTS = 10_000


class RateLimiter:
    """Thread-safe token buckets keyed by (client address, kind)."""

    def __init__(
        self,
        rates: Mapping[str, Rate] = DEFAULT_RATES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rates = dict(rates)
        self._clock = clock
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str, kind: str) -> bool:
        rate = self.rates[kind]
        at = self._clock()
        with self._lock:
            tokens, last = self._buckets.get((client, kind), (rate.burst, at))
            tokens = min(rate.burst, tokens + (at - last) * rate.per_second)
            allowed = tokens >= 1.0
            self._buckets[(client, kind)] = (tokens - 1.0 if allowed else tokens, at)
            if len(self._buckets) > MAX_CLIENTS * len(self.rates):
                oldest = sorted(self._buckets.items(), key=lambda item: item[1][1])
                for key, _ in oldest[: len(oldest) // 2]:
                    del self._buckets[key]
        return allowed
