"""A scripted stand-in for the API over ``httpx.MockTransport``: each request pops the next answer
(a response, or an exception to raise as a transport failure) and is recorded; a fake clock advances
with every sleep, so retry and polling schedules are observed without waiting."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from pet_roast_client import PetRoastClient, RetryPolicy, SyncPetRoastClient

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    """A JSON answer (``x-request-id`` set like the service does)."""
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers={"content-type": "application/json", "x-request-id": f"req-{status}", **(headers or {})})


def envelope(http_status: int, code: str, message: str = "msg", headers: dict[str, str] | None = None, **extra: Any) -> httpx.Response:
    """An error answer in the API's envelope; ``extra`` goes into ``detail`` (e.g. ``suggestion``, ``status``)."""
    return reply(http_status, {"detail": {"error": code, "message": message, **extra}}, headers)


class FakeApi:
    def __init__(self, answers: list[Answer] | None = None, route: Callable[[httpx.Request], Answer] | None = None) -> None:
        self.answers = list(answers or [])
        self.route = route
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.now = 1000.0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.route(request) if self.route else self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def sync_client(self, retry: RetryPolicy | None = None, **kw: Any) -> SyncPetRoastClient:
        return SyncPetRoastClient(
            "http://api.test/prod", "key-0123456789abcdefghij", transport=httpx.MockTransport(self.handle), sleep=self.sleep, clock=self.clock, retry=retry, **kw
        )

    def async_client(self, retry: RetryPolicy | None = None, **kw: Any) -> PetRoastClient:
        return PetRoastClient(
            "http://api.test/prod", "key-0123456789abcdefghij", transport=httpx.MockTransport(self.handle), sleep=self.asleep, clock=self.clock, retry=retry, **kw
        )
