"""The client's logic, written once for both the sync and the async client ("sans-I/O").

Every operation is a *plan*: a generator that yields :class:`Send` (an ``httpx.Request`` to send;
the driver sends back the ``httpx.Response`` or throws in the ``httpx.TransportError``) and
:class:`Sleep` (seconds to wait), and returns the operation's result. ``PetRoastClient`` drives
plans with ``httpx.AsyncClient`` and ``asyncio.sleep``, ``SyncPetRoastClient`` with
``httpx.Client`` and ``time.sleep``; retries, backoff, polling and error mapping live only here.
"""

from __future__ import annotations

import os
import platform
import random
import re
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar, Union, cast

import httpx

from ._version import __version__
from .errors import (
    InvalidResponseError,
    MediaError,
    NetworkError,
    PetRoastError,
    UploadFailedError,
    VideoFailedError,
    VideoNotReadyError,
    WaitTimeoutError,
    error_from_response,
)
from .media import content_type_for, extension_for
from .retry import NO_RETRIES, RetryPolicy, parse_retry_after_s
from .types import (
    DetectPetsResponse,
    FiltersResponse,
    GenerateVideoResponse,
    Health,
    Narration,
    OpenApiDocument,
    TranslateResponse,
    UploadResponse,
    VideoResultResponse,
    VideoStatusResponse,
    Voice,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Send this request; the driver answers with the response or throws the transport error in."""

    request: httpx.Request


@dataclass(frozen=True)
class Sleep:
    """Wait this many seconds."""

    seconds: float


Plan = Generator[Union[Send, Sleep], Any, T]

#: What ``upload_media`` takes: a file path or the bytes.
MediaSource = Union[str, "os.PathLike[str]", bytes]

#: Largest upload the service accepts at all (videos, docs/integration-guide.md §3.6); the form may allow less.
MAX_UPLOAD_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class RetryInfo:
    """Passed to ``on_retry`` before each retry sleep: for logs and metrics.

    Attributes:
        method: HTTP method. path: path and query (``(presigned upload)`` for the storage POST).
        attempt: the attempt that failed, 1-based. delay_s: the sleep before the next attempt.
        error: why the attempt failed.
    """

    method: str
    path: str
    attempt: int
    delay_s: float
    error: PetRoastError


@dataclass(frozen=True)
class GenerationResult(Mapping[str, Any]):
    """What :meth:`generate_video_with_retry` returns; never raised, always returned.

    Read it as attributes (``result.success``) or as the mapping of the original guide
    (``result["success"]``, ``result.get("video_url")``, ``dict(result)``).

    Attributes:
        success: True when the video was made.
        job_id: the job, once created (also on a failed render), else None.
        video_url: time-limited URL of the MP4 when ``success``.
        error: the API's human sentence when not ``success`` (show it to the user).
        error_code: the machine-readable code (``no_pets_detected``, ``video_failed``, ``rate_limited``...).
        suggestion: what the API suggests the user do (e.g. on ``no_pets_detected``), else None.
        request_id: ``x-request-id`` of the failing answer, for support.
        thumbnail_url, duration_s, script, writer, script_subject, detected_pets: from the job, when known
            (``script_subject``: the pet class the roast is about).
        narration: who spoke a built-in video's narration, ``{"language", "provider", "voice"}`` (and
            ``"simulated": True`` from local simulators), ``provider`` being the speech provider that
            actually spoke after any fail-over (docs/voices.md); None for Revid videos and failures.
        exception: the :class:`PetRoastError` behind a failure (not part of the mapping).
    """

    success: bool
    job_id: str | None = None
    video_url: str | None = None
    error: str | None = None
    error_code: str | None = None
    suggestion: str | None = None
    request_id: str | None = None
    thumbnail_url: str | None = None
    duration_s: float | None = None
    script: str | None = None
    writer: str | None = None
    script_subject: str | None = None
    detected_pets: list[dict[str, Any]] = field(default_factory=list)
    narration: Narration | None = None
    exception: PetRoastError | None = field(default=None, repr=False, compare=False)

    _KEYS = ("success", "job_id", "video_url", "error", "error_code", "suggestion", "request_id", "thumbnail_url", "duration_s", "script", "writer", "script_subject", "detected_pets", "narration")

    def __getitem__(self, key: str) -> Any:
        if key not in self._KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._KEYS)

    def __len__(self) -> int:
        return len(self._KEYS)


def _required_keys(shape: Any) -> frozenset[str]:
    return cast(frozenset[str], getattr(shape, "__required_keys__", frozenset[str]()))


class Core:
    """Configuration and plans shared by both clients (see the module docstring)."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        retry: RetryPolicy | None,
        timeout_s: float,
        user_agent: str | None,
        on_retry: Callable[[RetryInfo], None] | None,
        rand: Callable[[], float] | None,
        clock: Callable[[], float] | None,
    ) -> None:
        if not re.match(r"^https?://", base_url or ""):
            raise ValueError("base_url must be an http(s) URL, e.g. http://localhost:8000 or the stack's ApiUrl output.")
        if not api_key:
            raise ValueError("api_key is required (the usage plan's key; locally the one npm start prints).")
        # Kept as a prefix so a stage path such as /prod is preserved.
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.retry = retry or RetryPolicy()
        self.timeout_s = timeout_s
        self.user_agent = user_agent or f"pet-roast-client-python/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
        self.on_retry = on_retry
        self.rand = rand or random.random
        self.clock = clock or time.monotonic

    # ---- HTTP ---------------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout_s: float | None = None,
    ) -> httpx.Request:
        """An API request: the key goes only to ``base_url`` (redirects are never followed)."""
        all_headers = {"accept": "application/json", "user-agent": self.user_agent, "x-api-key": self.api_key, **(headers or {})}
        return httpx.Request(
            method,
            self.base_url + path,
            params=dict(query) if query else None,
            json=json,
            headers=all_headers,
            extensions={"timeout": httpx.Timeout(timeout_s or self.timeout_s).as_dict()},
        )

    def with_retries(
        self,
        method: str,
        label: str,
        build: Callable[[], httpx.Request],
        accept: Callable[[httpx.Response, int], bool],
        *,
        policy: RetryPolicy | None = None,
        error_of: Callable[[httpx.Response, int], PetRoastError] | None = None,
    ) -> Plan[httpx.Response]:
        """Send ``build()`` until ``accept(response, attempt)``, a non-retryable failure, or the retries run out.

        Retries network errors, timeouts, 429 and 5xx (:func:`~pet_roast_client.retry.is_retryable`)
        with full-jitter backoff, waiting at least ``Retry-After``. ``build`` is called per attempt, so
        each attempt is a fresh request with the same headers (the same ``Idempotency-Key``).
        """
        policy = policy or self.retry
        attempt = 0
        while True:
            attempt += 1
            error: PetRoastError
            try:
                response: httpx.Response = yield Send(build())
            except httpx.TimeoutException as err:
                error = NetworkError(status=0, code="timeout", message=f"{method} {label}: no answer in time ({type(err).__name__}).")
            except httpx.TransportError as err:
                error = NetworkError(status=0, code="network_error", message=f"{method} {label}: {err or type(err).__name__}")
            else:
                if accept(response, attempt):
                    return response
                error = (error_of or self.error_of)(response, attempt)
            error.attempts = attempt
            delay = policy.delay_before_retry_s(attempt - 1, error, self.rand)
            if delay is None:
                raise error
            if self.on_retry:
                self.on_retry(RetryInfo(method=method, path=label, attempt=attempt, delay_s=delay, error=error))
            yield Sleep(delay)

    @staticmethod
    def error_of(response: httpx.Response, attempt: int) -> PetRoastError:
        return error_from_response(
            response.status_code,
            response.content,
            request_id=response.headers.get("x-request-id"),
            attempts=attempt,
            retry_after_s=parse_retry_after_s(response.headers.get("retry-after")),
        )

    def call(
        self,
        method: str,
        path: str,
        shape: Any,
        *,
        expect: tuple[int, ...] = (200,),
        query: Mapping[str, str] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        policy: RetryPolicy | None = None,
        timeout_s: float | None = None,
    ) -> Plan[Any]:
        """One JSON API call with retries; the body is checked for ``shape``'s required keys."""
        label = f"{path}?{httpx.QueryParams(dict(query))}" if query else path
        response = yield from self.with_retries(
            method,
            label,
            lambda: self.request(method, path, query=query, json=json, headers=headers, timeout_s=timeout_s),
            lambda res, _attempt: res.status_code in expect,
            policy=policy,
        )
        return self.parse(method, path, response, shape)

    def parse(self, method: str, path: str, response: httpx.Response, shape: Any) -> Any:
        request_id = response.headers.get("x-request-id")
        try:
            body: Any = response.json()
        except ValueError:
            if response.status_code >= 300:
                raise self.error_of(response, 1) from None
            raise InvalidResponseError(status=response.status_code, code="invalid_response", message=f"{method} {path}: the response is not JSON.", request_id=request_id) from None
        keys: set[str] = {str(k) for k in cast(dict[Any, Any], body)} if isinstance(body, dict) else set()
        missing = sorted(_required_keys(shape) - keys) if isinstance(body, dict) else ["(an object)"]
        if missing:
            if response.status_code >= 300:  # an accepted non-2xx (a 503 from /healthz) that is not the documented body
                raise self.error_of(response, 1)
            raise InvalidResponseError(
                status=response.status_code,
                code="invalid_response",
                message=f"{method} {path}: the response does not match the API contract (missing {', '.join(missing)}).",
                request_id=request_id,
            )
        return cast(dict[str, Any], body)

    # ---- Endpoints ----------------------------------------------------------------------------

    def health(self, deep: bool = False) -> Plan[Health]:
        """``GET /healthz[?deep=true]``; a 503 with per-check results is returned (``status: degraded``). Not retried."""
        result = yield from self.call("GET", "/healthz", Health, expect=(200, 503), query={"deep": "true"} if deep else None, policy=NO_RETRIES)
        return cast(Health, result)

    def openapi(self) -> Plan[OpenApiDocument]:
        """``GET /openapi.json``: the OpenAPI 3.1 document."""
        result = yield from self.call("GET", "/openapi.json", OpenApiDocument)
        if not isinstance(result.get("paths"), dict) or not str(result.get("openapi", "")).startswith("3."):
            raise InvalidResponseError(status=200, code="invalid_response", message="GET /openapi.json: not an OpenAPI 3 document.")
        return cast(OpenApiDocument, result)

    def list_filters(self, pet: str | None = None) -> Plan[FiltersResponse]:
        """``GET /api/banuba-filters[?pet=dog]``: the AR filter catalogue, best first for ``pet``."""
        result = yield from self.call("GET", "/api/banuba-filters", FiltersResponse, query={"pet": pet} if pet else None)
        return cast(FiltersResponse, result)

    def translate(self, text: str, source_lang: str, target_lang: str = "en", task: str = "translation") -> Plan[TranslateResponse]:
        """``POST /api/translate-text``."""
        body = {"text": text, "source_lang": source_lang, "target_lang": target_lang, "task": task}
        result = yield from self.call("POST", "/api/translate-text", TranslateResponse, json=body)
        return cast(TranslateResponse, result)

    def detect_pets(self, *, image_url: str | None = None, video_url: str | None = None, upload_key: str | None = None) -> Plan[DetectPetsResponse]:
        """``POST /api/detect-pets`` with exactly one media source; ``has_pets: false`` is an answer, not an error."""
        body = media_source(image_url=image_url, video_url=video_url, upload_key=upload_key)
        result = yield from self.call("POST", "/api/detect-pets", DetectPetsResponse, json=body)
        return cast(DetectPetsResponse, result)

    def create_upload(self, content_type: str, *, policy: RetryPolicy | None = None) -> Plan[UploadResponse]:
        """``POST /api/uploads``: a presigned S3 POST for one file of ``content_type``."""
        result = yield from self.call("POST", "/api/uploads", UploadResponse, expect=(201, 200), json={"content_type": content_type}, policy=policy)
        return cast(UploadResponse, result)

    def upload_media(
        self,
        source: MediaSource,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        policy: RetryPolicy | None = None,
    ) -> Plan[str]:
        """Upload a private file and return its ``upload_key`` (for detect-pets and generate-video).

        Gets a presigned POST from ``/api/uploads``, then POSTs the policy ``fields`` and the ``file``
        part as multipart/form-data straight to storage, without the API key. The Content-Type is
        sniffed from the bytes (else the extension) unless given.

        Raises:
            MediaError: ``media_too_large`` over the form's ``max_bytes``; ``unsupported_media_type``
                when the type cannot be told or is refused (audio-only MP4), before any request.
            UploadFailedError: storage refused the form.
        """
        data, name = read_media(source, filename)
        try:
            ctype = content_type or content_type_for(data, name)
        except ValueError as err:
            raise MediaError(status=0, code="unsupported_media_type", message=str(err)) from None
        ticket = yield from self.create_upload(ctype, policy=policy)
        if len(data) > ticket["max_bytes"]:
            raise MediaError(status=0, code="media_too_large", message=f"The file is {len(data)} bytes; uploads are limited to {ticket['max_bytes']}.")
        part_name = name or f"upload{extension_for(ctype)}"

        def build() -> httpx.Request:
            # Storage wants the policy fields first and the file last; httpx writes data before files.
            return httpx.Request(
                "POST",
                ticket["url"],
                data=dict(ticket["fields"]),
                files={"file": (part_name, data, ctype)},
                headers={"user-agent": self.user_agent},
                extensions={"timeout": httpx.Timeout(max(self.timeout_s, 120.0)).as_dict()},
            )

        def upload_error(res: httpx.Response, attempt: int) -> PetRoastError:
            text = res.text
            code = re.search(r"<Code>([^<]{0,100})</Code>", text)
            message = re.search(r"<Message>([^<]{0,300})</Message>", text)
            return UploadFailedError(
                status=res.status_code,
                code="upload_failed",
                message=f"The storage service refused the upload (HTTP {res.status_code}{' ' + code.group(1) if code else ''}{': ' + message.group(1) if message else ''}).",
                detail={"error": "upload_failed", "message": text[:500], "storage_code": code.group(1) if code else None},
                attempts=attempt,
                retry_after_s=parse_retry_after_s(res.headers.get("retry-after")),
            )

        yield from self.with_retries("POST", "(presigned upload)", build, lambda res, _a: 200 <= res.status_code < 300, policy=policy, error_of=upload_error)
        return ticket["upload_key"]

    def generate_video(
        self,
        text: str,
        *,
        image_url: str | None = None,
        video_url: str | None = None,
        upload_key: str | None = None,
        text_mode: str | None = None,
        language: str | None = None,
        source_lang: str | None = None,
        filter_id: str | None = None,
        music: str | None = None,
        music_url: str | None = None,
        caption_style: str | None = None,
        voice: Voice | None = None,
        callback_url: str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        policy: RetryPolicy | None = None,
    ) -> Plan[GenerateVideoResponse]:
        """``POST /api/generate-video`` → 202 with the queued job.

        Always sends an ``Idempotency-Key`` (a new UUID unless given) and reuses it on every retry of
        this call, so a retried request never creates a second job. Pass your own stable key (the
        post id) to make retries across restarts safe too.

        ``music`` is ``"auto"`` (default), ``"none"`` or a track id; ``music_url`` plays your own licensed
        track (MP3, AAC/M4A, WAV, Ogg or FLAC on a public https URL) instead: give one or the other.
        ``caption_style`` is ``"karaoke"`` (default: the spoken word highlighted), ``"phrase"`` or ``"none"``.

        Raises:
            NoPetsDetectedError: the media shows no pet (nothing created, nothing charged).
            IdempotencyConflictError: the key was used before with another body.
        """
        body: dict[str, Any] = {"text": text, **media_source(image_url=image_url, video_url=video_url, upload_key=upload_key)}
        optional = {"text_mode": text_mode, "language": language, "source_lang": source_lang, "filter_id": filter_id, "music": music, "music_url": music_url, "caption_style": caption_style, "callback_url": callback_url}
        if voice is not None:
            body["voice"] = dict(voice)
        body.update({k: v for k, v in optional.items() if v is not None})
        if metadata is not None:
            body["metadata"] = dict(metadata)
        key = idempotency_key or str(uuid.uuid4())
        result = yield from self.call("POST", "/api/generate-video", GenerateVideoResponse, expect=(202, 200), json=body, headers={"idempotency-key": key}, policy=policy)
        return cast(GenerateVideoResponse, result)

    def get_status(self, job_id: str, *, policy: RetryPolicy | None = None) -> Plan[VideoStatusResponse]:
        """``GET /api/video-status/{job_id}``; raises ``JobNotFoundError`` for an unknown job."""
        result = yield from self.call("GET", f"/api/video-status/{_quote(job_id)}", VideoStatusResponse, policy=policy)
        return cast(VideoStatusResponse, result)

    def get_result(self, job_id: str, *, policy: RetryPolicy | None = None) -> Plan[VideoResultResponse]:
        """``GET /api/video-result/{job_id}``; raises ``VideoNotReadyError`` while the job runs, ``VideoFailedError`` if it failed."""
        result = yield from self.call("GET", f"/api/video-result/{_quote(job_id)}", VideoResultResponse, policy=policy)
        return cast(VideoResultResponse, result)

    def delete_job(self, job_id: str) -> Plan[None]:
        """``DELETE /api/jobs/{job_id}``: erases the job, its media and video, and cancels its pending callback.

        A 404 on a *retry* counts as success (the earlier attempt erased it but its answer was lost); a
        404 on the first attempt raises ``JobNotFoundError``.
        """
        path = f"/api/jobs/{_quote(job_id)}"
        yield from self.with_retries(
            "DELETE",
            path,
            lambda: self.request("DELETE", path),
            lambda res, attempt: res.status_code in (200, 204) or (res.status_code == 404 and attempt > 1),
        )

    def wait_for_video(
        self,
        job_id: str,
        *,
        timeout_s: float = 900.0,
        poll_interval_s: float = 2.0,
        max_poll_interval_s: float = 15.0,
        on_progress: Callable[[VideoStatusResponse], None] | None = None,
        policy: RetryPolicy | None = None,
    ) -> Plan[VideoResultResponse]:
        """Poll the job until it completes and return its result.

        The interval starts at ``poll_interval_s`` and grows ×1.5 while nothing changes, up to
        ``max_poll_interval_s``; it starts over whenever the status or progress changes, and then
        ``on_progress(status)`` is called (also on the first poll).

        Raises:
            VideoFailedError: the job failed (``reason`` from the job's ``detail``).
            WaitTimeoutError: not finished within ``timeout_s``.
            JobNotFoundError and other non-retryable errors at once. A 409 ``video_not_ready`` from
                the result (status and result can race while the video is mirrored) is waited through.
        """
        deadline = self.clock() + timeout_s
        max_interval = max(poll_interval_s, max_poll_interval_s)
        interval = poll_interval_s
        last_key: str | None = None
        last_status: str | None = None
        while True:
            status = yield from self.get_status(job_id, policy=policy)
            last_status = status["status"]
            key = f"{status['status']}:{status.get('progress')}"
            if key != last_key:
                last_key = key
                interval = poll_interval_s
                if on_progress:
                    on_progress(status)
            else:
                interval = min(max_interval, interval * 1.5)
            if status["status"] == "failed":
                reason = status.get("detail") or "unknown"
                raise VideoFailedError(
                    status=409,
                    code="video_failed",
                    message=f"The video could not be generated: {reason}",
                    detail={"error": "video_failed", "message": "The video could not be generated.", "reason": reason, "status": "failed"},
                )
            if status["status"] == "completed":
                try:
                    return (yield from self.get_result(job_id, policy=policy))
                except VideoNotReadyError:
                    pass
            remaining = deadline - self.clock()
            if remaining <= 0:
                raise WaitTimeoutError(job_id, timeout_s, last_status)
            yield Sleep(min(interval, remaining))

    def generate_video_with_retry(
        self,
        *,
        prompt: str,
        image_url: str | None = None,
        video_url: str | None = None,
        upload_key: str | None = None,
        upload_path: MediaSource | None = None,
        upload_filename: str | None = None,
        max_retries: int = 3,
        text_mode: str | None = None,
        language: str | None = None,
        source_lang: str | None = None,
        filter_id: str | None = None,
        music: str | None = None,
        music_url: str | None = None,
        caption_style: str | None = None,
        voice: Voice | None = None,
        callback_url: str | None = None,
        metadata: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        timeout_s: float = 900.0,
        poll_interval_s: float = 2.0,
        on_progress: Callable[[VideoStatusResponse], None] | None = None,
    ) -> Plan[GenerationResult]:
        """Upload (``upload_path``), create the job, wait for the video: the original guide's one call.

        Every request is retried up to ``max_retries`` times on network errors, timeouts, 429 and
        5xx (full-jitter backoff, ``Retry-After`` honoured); the job is created once, under one
        ``Idempotency-Key`` kept across those retries. A failed render is not re-run (a new job
        costs a new render): it is reported.

        Returns:
            A :class:`GenerationResult`; API failures (no pet, bad media, a failed render, retries
            exhausted, the wait timing out) are reported in it (``success`` False with ``error``,
            ``error_code`` and ``suggestion``), never raised. Programming errors (no or several media
            sources, a missing file) still raise.
        """
        sources = [s for s in (image_url, video_url, upload_key, upload_path) if s is not None]
        if len(sources) != 1:
            raise ValueError("Give exactly one of image_url, video_url, upload_key or upload_path.")
        policy = replace(self.retry, max_retries=max_retries)
        job: GenerateVideoResponse | None = None
        try:
            if upload_path is not None:
                upload_key = yield from self.upload_media(upload_path, filename=upload_filename, policy=policy)
            job = yield from self.generate_video(
                prompt,
                image_url=image_url,
                video_url=video_url,
                upload_key=upload_key,
                text_mode=text_mode,
                language=language,
                source_lang=source_lang,
                filter_id=filter_id,
                music=music,
                music_url=music_url,
                caption_style=caption_style,
                voice=voice,
                callback_url=callback_url,
                metadata=metadata,
                idempotency_key=idempotency_key,
                policy=policy,
            )
            result = yield from self.wait_for_video(job["job_id"], timeout_s=timeout_s, poll_interval_s=poll_interval_s, on_progress=on_progress, policy=policy)
        except PetRoastError as err:
            return GenerationResult(
                success=False,
                job_id=job["job_id"] if job else None,
                error=err.message,
                error_code=err.code,
                suggestion=err.suggestion,
                request_id=err.request_id,
                detected_pets=[dict(p) for p in job["detected_pets"]] if job else [],
                exception=err,
            )
        return GenerationResult(
            success=True,
            job_id=job["job_id"],
            video_url=result["video_url"],
            thumbnail_url=result.get("thumbnail_url"),
            duration_s=result.get("duration_s"),
            script=result.get("script"),
            writer=result.get("writer"),
            script_subject=result.get("script_subject"),
            detected_pets=[dict(p) for p in job["detected_pets"]],
            narration=result.get("narration"),
        )


def media_source(*, image_url: str | None, video_url: str | None, upload_key: str | None) -> dict[str, str]:
    """The one media source of a request (raises ValueError for none or several)."""
    given = {k: v for k, v in (("image_url", image_url), ("video_url", video_url), ("upload_key", upload_key)) if v is not None}
    if len(given) != 1:
        raise ValueError("Give exactly one of image_url, video_url or upload_key.")
    return given


def read_media(source: MediaSource, filename: str | None, limit: int = MAX_UPLOAD_BYTES) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and a file name for the form, refusing more than ``limit`` bytes."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"{path} is not a file.")
        if path.stat().st_size > limit:
            raise MediaError(status=0, code="media_too_large", message=f"{path} is larger than {limit} bytes.")
        data = path.read_bytes()
        filename = filename or path.name
    if len(data) > limit:
        raise MediaError(status=0, code="media_too_large", message=f"The file is larger than {limit} bytes.")
    return data, filename


def _quote(segment: str) -> str:
    from urllib.parse import quote

    return quote(segment, safe="")
