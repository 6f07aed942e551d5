"""The Python client against the real local service (moto, the real detector, the Revid simulator):
every endpoint, one generation end to end with a signed callback delivered to the FastAPI example,
and the guide's Python examples. Started by test/integration/python-client.test.ts."""

from __future__ import annotations

import asyncio
import json
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any, get_type_hints

import httpx
import pytest
import uvicorn
from conftest import Service, load_guide_module

from pet_roast_client import (
    JobNotFoundError,
    NoPetsDetectedError,
    PetRoastClient,
    SyncPetRoastClient,
    ValidationError,
    WebhookVerificationError,
    verify_webhook,
    verify_webhook_delivery,
)
from pet_roast_client import types as api_types
from pet_roast_client.errors import NO_PETS_MESSAGE, NO_PETS_SUGGESTION


@pytest.fixture(scope="module")
def client(service: Service) -> Iterator[SyncPetRoastClient]:
    with SyncPetRoastClient(service.url, service.api_key) as c:
        yield c


def test_the_typed_shapes_match_the_live_openapi_components(client: SyncPetRoastClient):
    doc = client.openapi()
    assert doc["openapi"].startswith("3.1")
    components = doc["components"]["schemas"]
    shapes = {
        "Health": api_types.Health,
        "Filter": api_types.Filter,
        "FiltersResponse": api_types.FiltersResponse,
        "TranslateResponse": api_types.TranslateResponse,
        "TranslationProviderMetadata": api_types.TranslationProviderMetadata,
        "DetectPetsResponse": api_types.DetectPetsResponse,
        "DetectedPet": api_types.DetectedPet,
        "UploadResponse": api_types.UploadResponse,
        "GenerateVideoResponse": api_types.GenerateVideoResponse,
        "VideoStatusResponse": api_types.VideoStatusResponse,
        "VideoResultResponse": api_types.VideoResultResponse,
        "CallbackEvent": api_types.CallbackEvent,
    }
    for name, shape in shapes.items():
        schema = components[name]
        assert set(get_type_hints(shape)) == set(schema["properties"]), name
        assert set(shape.__required_keys__) == set(schema.get("required", [])), name
    data = components["CallbackEvent"]["properties"]["data"]
    assert set(get_type_hints(api_types.CallbackEventData)) == set(data["properties"])


def test_health_filters_and_translation(client: SyncPetRoastClient):
    assert client.health()["status"] == "ok"
    deep = client.health(deep=True)  # 503 comes back as "degraded" with the failing check, not as an error
    assert deep["status"] in ("ok", "degraded") and deep["version"]
    assert {"table", "render_queue", "notify_queue", "detector"} <= set(deep.get("checks", {})), deep
    assert deep["checks"]["table"]["ok"] is True, deep
    filters = client.list_filters(pet="dog")["filters"]
    assert "desi-fire" in [f["id"] for f in filters]
    text = f"Your dog is a couch potato, says test {time.time_ns()}."
    first = client.translate(text, source_lang="en", target_lang="hi")
    assert first["target_language"] == "hi" and any("\u0900" <= ch <= "\u097f" for ch in first["translated_text"])
    assert first["provider_metadata"]["cached"] is False
    assert client.translate(text, source_lang="en", target_lang="hi")["provider_metadata"]["cached"] is True


def test_bad_input_raises_typed_errors_with_the_envelope(service: Service, client: SyncPetRoastClient):
    with pytest.raises(ValidationError) as info:
        client.detect_pets(image_url="not a url")
    assert info.value.status == 422 and info.value.issues and info.value.request_id
    with pytest.raises(JobNotFoundError) as missing:
        client.get_status("job_01JD3YQ5Z8M2W4V6T7R9P0K1C3")
    assert (missing.value.status, missing.value.code) == (404, "job_not_found")
    with SyncPetRoastClient(service.url, "wrong-key-0123456789abcdef") as intruder, pytest.raises(Exception) as forbidden:
        intruder.list_filters()
    assert (forbidden.value.status, forbidden.value.code) == (403, "forbidden")


def test_detect_pets_from_a_url_and_from_an_upload(service: Service):
    async def main() -> tuple[dict, dict, dict]:
        async with PetRoastClient(service.url, service.api_key) as c:
            by_url = await c.detect_pets(image_url=f"{service.photo_base_url}/dog.jpg")
            upload_key = await c.upload_media(service.dog_photo)
            by_upload = await c.detect_pets(upload_key=upload_key)
            none = await c.detect_pets(upload_key=await c.upload_media(service.no_pet_photo))
            return dict(by_url), dict(by_upload), dict(none)

    by_url, by_upload, none = asyncio.run(main())
    for found in (by_url, by_upload):
        assert found["has_pets"] and found["pets"][0]["label"] == "dog"
        assert found["media"]["kind"] == "image"
    assert by_upload["pets"][0]["box"] == by_url["pets"][0]["box"]  # the same bytes either way
    assert none["has_pets"] is False and none["pets"] == []


def test_no_pet_is_a_typed_error_and_a_reported_result(service: Service, client: SyncPetRoastClient):
    with pytest.raises(NoPetsDetectedError) as info:
        client.generate_video("Roast my lazy dog!", image_url=f"{service.photo_base_url}/aurora.jpg")
    err = info.value
    assert (err.status, err.code, err.message, err.suggestion) == (400, "no_pets_detected", NO_PETS_MESSAGE, NO_PETS_SUGGESTION)
    assert err.request_id
    # The original guide's call, through the guide's own example: reported, not raised.
    guide = load_guide_module("python_client")
    outcome = asyncio.run(_with_client(service, lambda c: guide.roast_url(c, f"{service.photo_base_url}/aurora.jpg", "Roast my lazy dog!")))
    assert outcome == {"error": NO_PETS_MESSAGE, "suggestion": NO_PETS_SUGGESTION, "code": "no_pets_detected"}
    message, try_later = guide.explain(err)
    assert (message, try_later) == (f"{NO_PETS_MESSAGE} {NO_PETS_SUGGESTION}", False)


async def _with_client(service: Service, use: Any) -> Any:
    async with PetRoastClient(service.url, service.api_key) as c:
        return await use(c)


class RecordingReceiver:
    """The guide's FastAPI receiver under uvicorn on the allowed loopback port, with every raw request
    (headers, body, answered status) recorded in front of it."""

    def __init__(self, service: Service) -> None:
        receiver = load_guide_module("fastapi_receiver")
        self.events: list[dict] = []
        self.app = receiver.create_app([service.webhook_secret], self.events.append)
        self.requests: list[tuple[list[tuple[str, str]], bytes, int]] = []
        self.url = f"http://127.0.0.1:{service.receiver_port}/webhooks/pet-roast"
        config = uvicorn.Config(self.asgi, host="127.0.0.1", port=service.receiver_port, log_level="warning", lifespan="off", interface="asgi3")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    async def asgi(self, scope: dict, receive: Any, send: Any) -> None:
        chunks, more = [], True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        status = {"code": 0}
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def record(message: dict) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, replay, record)
        self.requests.append((headers, body, status["code"]))

    def __enter__(self) -> RecordingReceiver:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def test_one_roast_end_to_end_with_a_verified_callback(service: Service):
    guide = load_guide_module("python_client")
    post_id = f"p_{time.time_ns()}"
    with RecordingReceiver(service) as receiver:
        async def roast(c: PetRoastClient) -> dict:
            return await guide.roast_upload(c, service.dog_photo, "Roast my lazy dog who sleeps all day!", post_id, callback_url=receiver.url)

        outcome = asyncio.run(_with_client(service, roast))
        assert outcome["ok"] is True, outcome
        assert outcome["pets"][0].startswith("dog ")
        job_id, video_url = outcome["job_id"], outcome["video_url"]

        # The video is a real MP4 (H.264), fetched from the time-limited URL.
        video = httpx.get(video_url, timeout=30)
        assert video.status_code == 200 and video.content[4:8] == b"ftyp"
        with tempfile.NamedTemporaryFile(suffix=".mp4") as f:
            f.write(video.content)
            f.flush()
            probe = json.loads(subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_streams", "-show_format", f.name], check=True, capture_output=True).stdout)
        assert "mp4" in probe["format"]["format_name"]
        assert any(s["codec_type"] == "video" and s["codec_name"] == "h264" for s in probe["streams"])

        # The signed completion callback reached the FastAPI example, which verified it and handed it on.
        deadline = time.monotonic() + 60
        while not receiver.events:
            assert time.monotonic() < deadline, f"no verified callback; requests seen: {[(r[2], r[1][:80]) for r in receiver.requests]}"
            time.sleep(0.2)
        event = receiver.events[0]
        assert (event["type"], event["data"]["job_id"], event["data"]["status"]) == ("video.completed", job_id, "completed")
        assert event["data"]["metadata"] == {"post_id": post_id}
        headers, body, answered = receiver.requests[0]
        assert answered == 200

        # verify_webhook on the delivery's exact bytes: both schemes, and the failures a receiver must refuse.
        delivery = verify_webhook_delivery(headers, body, service.webhook_secret)
        assert (delivery.scheme, delivery.event) == ("standard-webhooks", event)
        assert delivery.id == dict(headers)["webhook-id"]
        legacy_only = [(k, v) for k, v in headers if k.lower() == "x-revid-signature"]
        assert verify_webhook_delivery(legacy_only, body, service.webhook_secret).scheme == "legacy"
        tampered = body.replace(b'"completed"', b'"Completed"', 1)
        with pytest.raises(WebhookVerificationError) as bad:
            verify_webhook(headers, tampered, service.webhook_secret)
        assert bad.value.reason == "no_matching_signature"
        with pytest.raises(WebhookVerificationError) as stale:
            verify_webhook(headers, body, service.webhook_secret, now=time.time() + 600)
        assert stale.value.reason == "timestamp_too_old"

        # The example answers a redelivery 200 without handling it twice, and a forgery 401.
        replay_headers = {k: v for k, v in headers if k.lower() not in ("host", "content-length")}
        assert httpx.post(receiver.url, content=body, headers=replay_headers).status_code == 200
        assert httpx.post(receiver.url, content=tampered, headers=replay_headers).status_code == 401
        assert len(receiver.events) == 1

    # The job as the other endpoints see it; then erased.
    with SyncPetRoastClient(service.url, service.api_key) as c:
        status = c.get_status(job_id)
        assert (status["status"], status["progress"], status["metadata"]) == ("completed", 100, {"post_id": post_id})
        assert c.get_result(job_id)["provider"] == "revid"
        c.delete_job(job_id)
        with pytest.raises(JobNotFoundError):
            c.get_status(job_id)


def test_the_sync_guide_example_translates(service: Service, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PET_ROAST_API_URL", service.url)
    monkeypatch.setenv("PET_ROAST_API_KEY", service.api_key)
    guide = load_guide_module("python_client")
    assert any("\u0900" <= ch <= "\u097f" for ch in guide.translate_caption("Your dog is a couch potato.", "hi"))
    client = guide.create_client()
    assert asyncio.run(_close_after(client, client.list_filters(pet="cat")))["filters"]
    other = guide.create_client()
    with pytest.raises(ValidationError):  # a malformed job id is a 422
        asyncio.run(_close_after(other, other.get_result("nope")))


async def _close_after(client: PetRoastClient, call: Any) -> Any:
    try:
        return await call
    finally:
        await client.aclose()
