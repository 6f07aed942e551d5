"""wait_for_video's growing poll interval and generate_video_with_retry's flows, over a scripted API."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
import pytest
from fake_api import FakeApi, envelope, reply

from pet_roast_client import MediaError, RetryPolicy, VideoFailedError, WaitTimeoutError

JOB_ID = "job_01JD3YQ5Z8M2W4V6T7R9P0K1C3"
JOB = {"job_id": JOB_ID, "status": "queued", "detected_pets": [{"label": "dog", "confidence": 0.9}], "recommended_filters": ["desi-fire"]}
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 60


def status(state: str, progress: int | None = None, detail: str | None = None) -> httpx.Response:
    return reply(200, {"job_id": JOB_ID, "status": state, "detail": detail, "progress": progress, "updated_at": "2026-11-30T10:00:00Z", "language": "en", "filter_id": None, "metadata": None, "provider": "revid", "script": None, "writer": None, "script_subject": None, "narration": None})


RESULT = {"job_id": JOB_ID, "status": "completed", "video_url": "http://s3.test/v.mp4", "thumbnail_url": None, "duration_s": 12.5, "detail": None, "provider": "revid", "script": "Meet Bruno.", "writer": "template", "script_subject": "dog", "narration": None, "subtitles_url": None, "music_track": None, "filter_applied": None}


def test_polls_with_a_growing_interval_that_restarts_on_change():
    answers = [status("queued", 0), status("queued", 0), status("queued", 0), status("processing", 40), status("processing", 40), status("completed", 100), reply(200, RESULT)]
    api = FakeApi(answers)
    seen = []
    result = api.sync_client().wait_for_video(JOB_ID, poll_interval_s=2, max_poll_interval_s=4, on_progress=lambda s: seen.append((s["status"], s["progress"])))
    assert result["video_url"] == "http://s3.test/v.mp4"
    assert api.sleeps == [2, 3, 4, 2, 3]  # ×1.5 while unchanged, capped at 4; back to 2 on a change
    assert seen == [("queued", 0), ("processing", 40), ("completed", 100)]


def test_waits_through_a_result_that_is_not_ready_yet():
    api = FakeApi([status("completed", 100), envelope(409, "video_not_ready", status="processing"), status("completed", 100), reply(200, RESULT)])
    assert api.sync_client().wait_for_video(JOB_ID)["job_id"] == JOB_ID


def test_a_failed_job_raises_video_failed_with_its_reason():
    api = FakeApi([status("failed", None, "render failed: provider out of credits")])
    with pytest.raises(VideoFailedError) as info:
        api.sync_client().wait_for_video(JOB_ID)
    assert info.value.reason == "render failed: provider out of credits"


def test_gives_up_at_the_deadline_with_the_last_status():
    api = FakeApi(route=lambda _req: status("processing", 10))
    with pytest.raises(WaitTimeoutError) as info:
        api.sync_client().wait_for_video(JOB_ID, timeout_s=20, poll_interval_s=2, max_poll_interval_s=5)
    assert info.value.last_status == "processing"
    assert sum(api.sleeps) == pytest.approx(20)
    assert max(api.sleeps) == 5


def test_generate_video_with_retry_success_reads_as_object_and_mapping():
    api = FakeApi([envelope(503, "video_provider_error"), reply(202, JOB), status("completed", 100), reply(200, RESULT)])
    result = api.sync_client(rand=lambda: 0.0).generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast my lazy dog!", max_retries=3)
    assert result.success and result["success"] is True
    assert (result.job_id, result["video_url"], result.get("error"), result.script) == (JOB_ID, "http://s3.test/v.mp4", None, "Meet Bruno.")
    assert dict(result)["detected_pets"] == [{"label": "dog", "confidence": 0.9}]
    generate = [r for r in api.requests if r.url.path.endswith("/generate-video")]
    assert len(generate) == 2 and generate[0].headers["idempotency-key"] == generate[1].headers["idempotency-key"]


def test_generate_video_with_retry_reports_no_pet_and_failures_instead_of_raising():
    api = FakeApi([envelope(400, "no_pets_detected", "No pets found in the uploaded image.", suggestion="Try uploading a clear photo or video of your pet.")])
    result = api.sync_client().generate_video_with_retry(image_url="https://cdn.test/sky.jpg", prompt="Roast!")
    assert (result.success, result.error_code, result.job_id) == (False, "no_pets_detected", None)
    assert result["error"] == "No pets found in the uploaded image."
    assert result["suggestion"] == "Try uploading a clear photo or video of your pet."
    assert result.request_id == "req-400"

    api = FakeApi([reply(202, JOB), status("failed", None, "render failed")])
    result = api.sync_client().generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast!")
    assert (result.success, result.error_code, result.job_id) == (False, "video_failed", JOB_ID)

    api = FakeApi([envelope(502, "detector_error")] * 2)
    result = api.sync_client(rand=lambda: 0.0).generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast!", max_retries=1)
    assert (result.success, result.error_code, len(api.requests)) == (False, "detector_error", 2)

    with pytest.raises(ValueError):
        api.sync_client().generate_video_with_retry(prompt="Roast!")


def test_upload_path_posts_the_form_to_storage_without_the_api_key(tmp_path):
    photo = tmp_path / "dog.jpg"
    photo.write_bytes(JPEG)
    ticket = {"upload_key": "uploads/local/01J/image", "url": "http://s3.test/bucket", "fields": {"key": "uploads/local/01J/image", "Content-Type": "image/jpeg", "Policy": "p"}, "expires_in": 900, "max_bytes": 15_000_000}
    api = FakeApi([reply(201, ticket), httpx.Response(204), reply(202, JOB), status("completed", 100), reply(200, RESULT)])
    result = api.sync_client().generate_video_with_retry(upload_path=photo, prompt="Roast my lazy dog!")
    assert result.success
    create, post, generate = api.requests[:3]
    assert create.read() == b'{"content_type": "image/jpeg"}'
    assert str(post.url) == "http://s3.test/bucket" and "x-api-key" not in post.headers
    body = post.read()
    assert body.index(b'name="Policy"') < body.index(b'name="file"; filename="dog.jpg"')
    assert b"Content-Type: image/jpeg" in body and JPEG in body
    assert b'"upload_key": "uploads/local/01J/image"' in generate.read()


@pytest.fixture
def photo_readers(tmp_path, monkeypatch):
    """A dog.jpg in tmp_path, and the names of the threads that read any file's bytes (a spy on Path.read_bytes)."""
    from pathlib import Path

    photo = tmp_path / "dog.jpg"
    photo.write_bytes(JPEG)
    readers: list[str] = []
    original = Path.read_bytes

    def recording_read_bytes(self: Path) -> bytes:
        readers.append(threading.current_thread().name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", recording_read_bytes)
    return photo, readers


def test_async_upload_reads_a_file_path_off_the_event_loop(photo_readers):
    photo, readers = photo_readers
    ticket = reply(201, {"upload_key": "uploads/local/01J/image", "url": "http://s3.test/bucket", "fields": {"Policy": "p"}, "expires_in": 900, "max_bytes": 1000})
    api = FakeApi([ticket, reply(204)])

    async def upload() -> str:
        async with api.async_client() as client:
            return await client.upload_media(photo)

    assert asyncio.run(upload()) == "uploads/local/01J/image"
    assert readers and threading.main_thread().name not in readers
    assert b'filename="dog.jpg"' in api.requests[1].read() and JPEG in api.requests[1].read()


def test_async_generate_video_with_retry_reads_upload_path_off_the_event_loop(photo_readers):
    photo, readers = photo_readers
    ticket = {"upload_key": "uploads/local/01J/image", "url": "http://s3.test/bucket", "fields": {"Policy": "p"}, "expires_in": 900, "max_bytes": 15_000_000}
    api = FakeApi([reply(201, ticket), httpx.Response(204), reply(202, JOB), status("completed", 100), reply(200, RESULT)])

    async def run():
        async with api.async_client() as client:
            return await client.generate_video_with_retry(upload_path=photo, prompt="Roast my lazy dog!", poll_interval_s=1)

    result = asyncio.run(run())
    assert result.success
    assert readers and threading.main_thread().name not in readers
    assert b'filename="dog.jpg"' in api.requests[1].read()


def test_async_generate_video_with_retry_still_raises_for_a_missing_file(tmp_path):
    api = FakeApi([])

    async def run():
        async with api.async_client() as client:
            return await client.generate_video_with_retry(upload_path=tmp_path / "nope.jpg", prompt="Roast!")

    with pytest.raises(FileNotFoundError):
        asyncio.run(run())
    assert api.requests == []


def test_upload_refuses_audio_only_mp4_and_oversize_before_or_after_the_ticket():
    api = FakeApi([])
    with pytest.raises(MediaError, match="M4A"):
        api.sync_client().upload_media(b"\0\0\0\x18ftypM4A " + b"\0" * 20)
    assert api.requests == []
    api = FakeApi([reply(201, {"upload_key": "k", "url": "http://s3.test/b", "fields": {}, "expires_in": 900, "max_bytes": 10})])
    with pytest.raises(MediaError) as info:
        api.sync_client().upload_media(JPEG)
    assert info.value.code == "media_too_large"


def test_storage_refusal_is_an_upload_failed_error_with_the_storage_code():
    api = FakeApi([reply(201, {"upload_key": "k", "url": "http://s3.test/b", "fields": {}, "expires_in": 900, "max_bytes": 1000}), httpx.Response(403, text="<Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>")])
    with pytest.raises(Exception) as info:
        api.sync_client(RetryPolicy(max_retries=0)).upload_media(JPEG)
    assert (info.value.code, info.value.detail["storage_code"]) == ("upload_failed", "AccessDenied")
    assert "Policy expired" in str(info.value)


def test_async_generate_video_with_retry_matches_the_sync_twin():
    api = FakeApi([reply(202, JOB), status("processing", 50), status("completed", 100), reply(200, RESULT)])

    async def main():
        async with api.async_client() as client:
            return await client.generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast!", poll_interval_s=1)

    result = asyncio.run(main())
    assert (result.success, result.video_url, api.sleeps) == (True, "http://s3.test/v.mp4", [1])


def test_generate_video_sends_the_voice_choice_and_the_result_reports_who_spoke():
    spoken = {**RESULT, "provider": "builtin", "narration": {"language": "hi", "provider": "google", "voice": "hi-IN-Wavenet-B"}}
    api = FakeApi([reply(202, JOB), reply(200, spoken)])
    client = api.sync_client()
    client.generate_video("Roast my dog", image_url="https://cdn.test/dog.jpg", language="hi", voice={"gender": "male", "speed": 1.1})
    assert json.loads(api.requests[0].content)["voice"] == {"gender": "male", "speed": 1.1}
    assert client.get_result(JOB_ID)["narration"] == {"language": "hi", "provider": "google", "voice": "hi-IN-Wavenet-B"}


def test_generate_video_with_retry_reports_who_spoke_as_attribute_and_key():
    said = {"language": "ta", "provider": "bhashini", "voice": "ai4bharat/indic-tts-coqui-dravidian-gpu--t4 (female)"}
    spoken = {**RESULT, "provider": "builtin", "narration": said}
    api = FakeApi([reply(202, JOB), status("completed", 100), reply(200, spoken)])
    result = api.sync_client().generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast!", language="ta", poll_interval_s=1)
    assert result.success and result.narration == said
    assert result["narration"] == said and dict(result)["narration"] == said and "narration" in list(result)
    # Revid videos carry no narration, and neither does a failed job.
    api = FakeApi([reply(202, JOB), status("completed", 100), reply(200, RESULT)])
    assert api.sync_client().generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast!", poll_interval_s=1)["narration"] is None
    api = FakeApi([reply(202, JOB), status("failed", None, "render failed")])
    failed = api.sync_client().generate_video_with_retry(image_url="https://cdn.test/dog.jpg", prompt="Roast!", poll_interval_s=1)
    assert (failed.success, failed.narration, failed["narration"]) == (False, None, None)


def test_generate_video_sends_the_caption_style_and_music_only_when_given():
    api = FakeApi([reply(202, JOB), reply(202, JOB)])
    client = api.sync_client()
    client.generate_video("Roast my dog", image_url="https://cdn.test/dog.jpg", caption_style="phrase", music="none")
    sent = json.loads(api.requests[0].content)
    assert (sent["caption_style"], sent["music"]) == ("phrase", "none")
    client.generate_video("Roast my dog", image_url="https://cdn.test/dog.jpg")
    assert "caption_style" not in json.loads(api.requests[1].content)
