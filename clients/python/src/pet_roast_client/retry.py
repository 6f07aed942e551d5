"""Retry policy: exponential backoff with full jitter, ``Retry-After`` honoured.

The rules are the TypeScript client's (docs/integration-guide.md §8): retry what can succeed next
time (no answer, 429, 5xx other than a configuration error), never any other 4xx. Before retry
*n* (0-based) sleep a uniformly random time in ``[0, min(max_delay_s, base_delay_s * 2**n))``
("full jitter", AWS Architecture Blog, *Exponential Backoff and Jitter*), or at least what
``Retry-After`` asks for.
"""

from __future__ import annotations

import email.utils
import random as _random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import PetRoastError


@dataclass(frozen=True)
class RetryPolicy:
    """How a call is retried.

    Attributes:
        max_retries: retries after the first attempt (default 4, so at most 5 attempts); 0 disables them.
        base_delay_s: cap of the first backoff window in seconds (default 0.25); doubles per retry.
        max_delay_s: largest backoff window in seconds (default 8).
        max_retry_after_s: a ``Retry-After`` longer than this is not waited for: the error is raised
            at once with ``retry_after_s`` set, so a daily quota does not block the caller (default 60).
    """

    max_retries: int = 4
    base_delay_s: float = 0.25
    max_delay_s: float = 8.0
    max_retry_after_s: float = 60.0

    def __post_init__(self) -> None:
        for name in ("max_retries", "base_delay_s", "max_delay_s", "max_retry_after_s"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or value < 0 or value != value:
                raise ValueError(f"RetryPolicy.{name} must be a non-negative number, not {value!r}.")

    def backoff_s(self, retry: int, rand: Callable[[], float] = _random.random) -> float:
        """Full-jitter delay before retry ``retry`` (0 for the first retry), in seconds."""
        window = min(self.max_delay_s, self.base_delay_s * 2**retry)
        return rand() * window

    def delay_before_retry_s(self, retry: int, error: PetRoastError, rand: Callable[[], float] = _random.random) -> float | None:
        """Seconds to sleep before retry ``retry`` after ``error``, or None when it must not be retried.

        None when the retries are used up, the error is not retryable (:func:`is_retryable`), or the
        server asked (``Retry-After``) for longer than ``max_retry_after_s``.
        """
        if retry >= self.max_retries or not is_retryable(error):
            return None
        delay = self.backoff_s(retry, rand)
        if error.retry_after_s is not None:
            if error.retry_after_s > self.max_retry_after_s:
                return None
            delay = max(delay, error.retry_after_s)
        return delay


NO_RETRIES = RetryPolicy(max_retries=0)


def is_retryable(error: PetRoastError) -> bool:
    """True for no answer (``network_error``, ``timeout``), 429, and 5xx other than 501 and ``provider_not_configured``."""
    if error.code in ("network_error", "timeout"):
        return True
    if error.status == 429:
        return True
    return error.status >= 500 and error.status != 501 and error.code != "provider_not_configured"


def parse_retry_after_s(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` (RFC 9110 §10.2.3) as seconds from ``now``: delay-seconds (``120``) or an HTTP
    date (``Wed, 21 Oct 2026 07:28:00 GMT``). None when absent or unparseable; never negative."""
    if value is None:
        return None
    text = value.strip()
    if re.fullmatch(r"\d+", text):
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
