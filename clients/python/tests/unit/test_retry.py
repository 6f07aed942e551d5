"""Retry schedule, Retry-After, the Idempotency-Key across retries and typed errors, over a scripted
transport and a fake clock (no real sleeps)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from fake_api import FakeApi, envelope, reply

from pet_roast_client import (
    ForbiddenError,
    NetworkError,
    NoPetsDetectedError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    ValidationError,
    is_retryable,
    parse_retry_after_s,
)
from pet_roast_client.errors import PetRoastError, error_from_response

JOB = {"job_id": "job_01JD3YQ5Z8M2W4V6T7R9P0K1C3", "status": "queued", "detected_pets": [{"label": "dog", "confidence": 0.9}], "recommended_filters": []}


def test_full_jitter_windows_double_up_to_the_cap():
    policy = RetryPolicy(max_retries=6, base_delay_s=0.25, max_delay_s=1.0)
    assert [policy.backoff_s(n, lambda: 0.999999) for n in range(5)] == pytest.approx([0.25, 0.5, 1.0, 1.0, 1.0], abs=1e-5)
    assert policy.backoff_s(3, lambda: 0.0) == 0.0
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_retry_after_parses_seconds_and_http_dates():
    assert parse_retry_after_s("120") == 120
    assert parse_retry_after_s("Wed, 21 Oct 2026 07:28:10 GMT", now=1792567680.0) == pytest.approx(10)
    assert parse_retry_after_s("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert parse_retry_after_s("soon") is None
    assert parse_retry_after_s(None) is None


def test_retries_503_then_succeeds_with_the_same_idempotency_key_and_jittered_sleeps():
    api = FakeApi([envelope(503, "video_provider_error"), httpx.ConnectError("refused"), envelope(502, "detector_error"), reply(202, JOB)])
    seen = []
    client = api.sync_client(RetryPolicy(max_retries=3, base_delay_s=1.0, max_delay_s=8.0), rand=lambda: 0.5, on_retry=seen.append)
    job = client.generate_video("Roast my dog", image_url="https://cdn.test/dog.jpg", metadata={"post_id": "p1"})
    assert job["job_id"] == JOB["job_id"]
    keys = {r.headers["idempotency-key"] for r in api.requests}
    assert len(api.requests) == 4 and len(keys) == 1 and len(keys.pop()) == 36
    assert api.sleeps == [0.5, 1.0, 2.0]  # half of the 1, 2 and 4 s windows
    assert [(i.attempt, i.error.code) for i in seen] == [(1, "video_provider_error"), (2, "network_error"), (3, "detector_error")]
    assert json.loads(api.requests[0].content) == {"text": "Roast my dog", "image_url": "https://cdn.test/dog.jpg", "metadata": {"post_id": "p1"}}
    assert api.requests[0].headers["x-api-key"] == "key-0123456789abcdefghij"
    assert str(api.requests[0].url) == "http://api.test/prod/api/generate-video"


def test_honours_retry_after_on_429_and_503():
    api = FakeApi([envelope(429, "rate_limited", headers={"retry-after": "7"}), reply(202, JOB)])
    api.sync_client(rand=lambda: 0.0).generate_video("x", upload_key="uploads/k", idempotency_key="post-1")
    assert api.sleeps == [7.0]
    assert [r.headers["idempotency-key"] for r in api.requests] == ["post-1", "post-1"]
    api = FakeApi([reply(503, {"message": "Service Unavailable"}, {"retry-after": "3"}), reply(200, {"filters": []})])
    assert api.sync_client(rand=lambda: 0.0).list_filters(pet="dog") == {"filters": []}
    assert api.sleeps == [3.0]
    assert api.requests[0].url.params["pet"] == "dog"


def test_a_retry_after_beyond_the_limit_raises_at_once_with_the_wait():
    api = FakeApi([envelope(429, "rate_limited", "quota", headers={"retry-after": "3600"})])
    with pytest.raises(RateLimitedError) as info:
        api.sync_client().list_filters()
    assert (info.value.retry_after_s, info.value.attempts, api.sleeps) == (3600, 1, [])


def test_gives_up_after_max_retries_and_says_how_many_attempts():
    api = FakeApi([httpx.ReadTimeout("slow")] * 3)
    with pytest.raises(NetworkError) as info:
        api.sync_client(RetryPolicy(max_retries=2)).get_status("job_01JD3YQ5Z8M2W4V6T7R9P0K1C3")
    assert (info.value.code, info.value.attempts, len(api.requests)) == ("timeout", 3, 3)


@pytest.mark.parametrize(
    ("answer", "cls", "code"),
    [
        (envelope(400, "no_pets_detected", "No pets found.", suggestion="Try a clear photo."), NoPetsDetectedError, "no_pets_detected"),
        (envelope(403, "forbidden", "Forbidden"), ForbiddenError, "forbidden"),
        (envelope(422, "validation_error", "bad", issues=[{"path": "body.text", "message": "Required"}]), ValidationError, "validation_error"),
        (envelope(503, "provider_not_configured", "no provider"), ServerError, "provider_not_configured"),
        (reply(403, {"message": "Forbidden"}), ForbiddenError, "forbidden"),
    ],
)
def test_never_retries_client_errors_or_configuration_errors_and_keeps_the_envelope(answer, cls, code):
    api = FakeApi([answer])
    with pytest.raises(cls) as info:
        api.sync_client().translate("hi", source_lang="en", target_lang="hi")
    err = info.value
    assert (err.code, err.status, err.attempts, err.request_id, len(api.requests)) == (code, answer.status_code, 1, f"req-{answer.status_code}", 1)
    if code == "no_pets_detected":
        assert (err.message, err.suggestion) == ("No pets found.", "Try a clear photo.")
    if code == "validation_error":
        assert err.issues == [{"path": "body.text", "message": "Required"}]


def test_non_envelope_bodies_still_give_a_code_and_message():
    err = error_from_response(502, b"<html><body>Bad Gateway</body></html>", request_id="r1")
    assert (type(err), err.code, err.message, err.request_id) == (ServerError, "http_502", "HTTP 502: <html><body>Bad Gateway</body></html>", "r1")
    assert is_retryable(err)
    assert not is_retryable(PetRoastError(status=501, code="http_501", message="x"))


def test_delete_counts_a_404_on_a_retry_as_success_but_not_on_the_first_attempt():
    api = FakeApi([httpx.ReadError("lost answer"), envelope(404, "job_not_found")])
    api.sync_client(rand=lambda: 0.0).delete_job("job_01JD3YQ5Z8M2W4V6T7R9P0K1C3")
    assert [r.method for r in api.requests] == ["DELETE", "DELETE"]
    api = FakeApi([envelope(404, "job_not_found")])
    with pytest.raises(PetRoastError, match="job_not_found"):
        api.sync_client().delete_job("job_01JD3YQ5Z8M2W4V6T7R9P0K1C3")


def test_the_async_client_runs_the_same_schedule():
    api = FakeApi([envelope(502, "detector_error"), envelope(429, "rate_limited", headers={"retry-after": "2"}), reply(202, JOB)])

    async def main() -> str:
        async with api.async_client(RetryPolicy(base_delay_s=1.0), rand=lambda: 0.5) as client:
            return (await client.generate_video("x", image_url="https://cdn.test/d.jpg"))["job_id"]

    assert asyncio.run(main()) == JOB["job_id"]
    assert api.sleeps == [0.5, 2.0]
    assert len({r.headers["idempotency-key"] for r in api.requests}) == 1
