"""The two clients: :class:`PetRoastClient` (async, as in the original guide) and its sync twin
:class:`SyncPetRoastClient`. Both run the same plans (``_core.py``); only the I/O differs."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx

from ._core import Core, GenerationResult, MediaSource, Plan, RetryInfo, Send, Sleep, read_media
from .retry import RetryPolicy
from .types import (
    DetectPetsResponse,
    FiltersResponse,
    GenerateVideoResponse,
    Health,
    OpenApiDocument,
    TranslateResponse,
    UploadResponse,
    VideoResultResponse,
    VideoStatusResponse,
    Voice,
)

T = TypeVar("T")
ProgressCallback = Callable[[VideoStatusResponse], None]


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ValueError(f"Set {name}.")
    return value


class PetRoastClient:
    """Async client of the Pet Roast AI HTTP API (httpx).

    ``client = PetRoastClient(base_url, api_key)``, then ``await client.generate_video_with_retry(...)``.
    One client per process (it pools connections); ``async with`` or :meth:`aclose` releases them.

    Every call retries network errors, timeouts, 429 (honouring ``Retry-After``) and 5xx with
    exponential backoff and full jitter (:class:`RetryPolicy`), never other 4xx; failures raise
    :class:`~pet_roast_client.errors.PetRoastError` subclasses carrying the API's envelope.

    Args:
        base_url: API root, e.g. ``http://localhost:8000`` or the stack's ``ApiUrl`` output (stage included).
        api_key: the usage-plan key, sent as ``x-api-key`` to ``base_url`` only (never to storage, never
            across a redirect: redirects are not followed).
        retry: the retry policy (default ``RetryPolicy()``: 4 retries, 0.25 s base, 8 s cap).
        timeout_s: per-attempt timeout in seconds (default 30; API Gateway gives up at 29 s).
        on_retry: called before each retry sleep with a :class:`RetryInfo`.
        transport: an ``httpx.AsyncBaseTransport`` (tests: ``httpx.MockTransport``); default: the network.
        sleep: the sleep coroutine (default ``asyncio.sleep``); rand/clock: jitter source and
            monotonic clock (tests).
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        retry: RetryPolicy | None = None,
        timeout_s: float = 30.0,
        user_agent: str | None = None,
        on_retry: Callable[[RetryInfo], None] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._core = Core(base_url, api_key, retry=retry, timeout_s=timeout_s, user_agent=user_agent, on_retry=on_retry, rand=rand, clock=clock)
        self._http = httpx.AsyncClient(transport=transport, follow_redirects=False, trust_env=transport is None)
        self._sleep = sleep or asyncio.sleep

    @classmethod
    def from_env(cls, **options: Any) -> PetRoastClient:
        """A client for ``PET_ROAST_API_URL`` (default ``http://localhost:8000``) and ``PET_ROAST_API_KEY``."""
        return cls(os.environ.get("PET_ROAST_API_URL") or "http://localhost:8000", _env("PET_ROAST_API_KEY"), **options)

    async def _run(self, plan: Plan[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                action = plan.throw(error) if error is not None else plan.send(value)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            if isinstance(action, Sleep):
                await self._sleep(action.seconds)
            else:
                try:
                    value = await self._http.send(action.request)
                except httpx.TransportError as err:
                    error = err

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> PetRoastClient:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()

    async def health(self, *, deep: bool = False) -> Health:
        """``GET /healthz[?deep=true]``; 503 is returned as ``status: "degraded"``, not raised."""
        return await self._run(self._core.health(deep))

    async def openapi(self) -> OpenApiDocument:
        """``GET /openapi.json``: the OpenAPI 3.1 document."""
        return await self._run(self._core.openapi())

    async def list_filters(self, *, pet: str | None = None) -> FiltersResponse:
        """``GET /api/banuba-filters[?pet=dog]``: the AR filters, best first for ``pet``."""
        return await self._run(self._core.list_filters(pet))

    async def translate(self, text: str, *, source_lang: str, target_lang: str = "en", task: str = "translation") -> TranslateResponse:
        """``POST /api/translate-text`` (``source_lang``/``target_lang``: ISO 639-1, English and 12 Indian languages)."""
        return await self._run(self._core.translate(text, source_lang, target_lang, task))

    async def detect_pets(self, *, image_url: str | None = None, video_url: str | None = None, upload_key: str | None = None) -> DetectPetsResponse:
        """``POST /api/detect-pets`` with exactly one media source; ``has_pets: False`` is an answer, not an error."""
        return await self._run(self._core.detect_pets(image_url=image_url, video_url=video_url, upload_key=upload_key))

    async def create_upload(self, content_type: str) -> UploadResponse:
        """``POST /api/uploads``: a presigned storage POST; most callers want :meth:`upload_media`."""
        return await self._run(self._core.create_upload(content_type))

    async def upload_media(self, source: MediaSource, *, content_type: str | None = None, filename: str | None = None) -> str:
        """Upload a file (path or bytes) straight to storage and return its ``upload_key``.

        The file is read in memory (at most 100 MB) in a worker thread, so the event loop is not blocked
        by disk reads; see ``Core.upload_media`` for the errors.
        """
        if not isinstance(source, (bytes, bytearray)):
            source, filename = await asyncio.to_thread(read_media, source, filename)
        return await self._run(self._core.upload_media(source, content_type=content_type, filename=filename))

    async def generate_video(
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
    ) -> GenerateVideoResponse:
        """``POST /api/generate-video`` → the queued job; one ``Idempotency-Key`` (yours, else a UUID) across retries.

        Raises ``NoPetsDetectedError`` when the media shows no pet, ``IdempotencyConflictError`` when the
        key was used with another body.
        """
        return await self._run(
            self._core.generate_video(
                text,
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
            )
        )

    async def get_status(self, job_id: str) -> VideoStatusResponse:
        """``GET /api/video-status/{job_id}``."""
        return await self._run(self._core.get_status(job_id))

    async def get_result(self, job_id: str) -> VideoResultResponse:
        """``GET /api/video-result/{job_id}``; ``VideoNotReadyError`` while running, ``VideoFailedError`` if failed."""
        return await self._run(self._core.get_result(job_id))

    async def delete_job(self, job_id: str) -> None:
        """``DELETE /api/jobs/{job_id}`` (a 404 on a retry counts as success)."""
        await self._run(self._core.delete_job(job_id))

    async def wait_for_video(
        self,
        job_id: str,
        *,
        timeout_s: float = 900.0,
        poll_interval_s: float = 2.0,
        max_poll_interval_s: float = 15.0,
        on_progress: ProgressCallback | None = None,
    ) -> VideoResultResponse:
        """Poll until the job completes (2 s, ×1.5 while nothing changes, at most 15 s) and return its result.

        Raises ``VideoFailedError``, ``WaitTimeoutError``, or a non-retryable error such as ``JobNotFoundError``.
        """
        return await self._run(
            self._core.wait_for_video(job_id, timeout_s=timeout_s, poll_interval_s=poll_interval_s, max_poll_interval_s=max_poll_interval_s, on_progress=on_progress)
        )

    async def generate_video_with_retry(
        self,
        *,
        prompt: str,
        image_url: str | None = None,
        video_url: str | None = None,
        upload_key: str | None = None,
        upload_path: str | os.PathLike[str] | None = None,
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
        on_progress: ProgressCallback | None = None,
    ) -> GenerationResult:
        """Upload (``upload_path``) or use a URL/upload, create the job, wait for the video.

        Returns a :class:`GenerationResult` (``success``, ``job_id``, ``video_url``, ``error``,
        ``suggestion``, ...); API failures are reported in it, never raised. Each request is retried up
        to ``max_retries`` times; the job is created once under one ``Idempotency-Key``. The file of
        ``upload_path`` is read in a worker thread, off the event loop.
        """
        source: MediaSource | None = upload_path
        upload_filename: str | None = None
        if upload_path is not None:
            try:
                source, upload_filename = await asyncio.to_thread(read_media, upload_path, None)
            except Exception:  # noqa: BLE001 - the core reports it exactly as for the sync client
                source = upload_path  # a missing file raises there, a too-large one is a reported failure
        return await self._run(
            self._core.generate_video_with_retry(
                prompt=prompt,
                image_url=image_url,
                video_url=video_url,
                upload_key=upload_key,
                upload_path=source,
                upload_filename=upload_filename,
                max_retries=max_retries,
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
                timeout_s=timeout_s,
                poll_interval_s=poll_interval_s,
                on_progress=on_progress,
            )
        )


#: The async client under the httpx-style name.
AsyncPetRoastClient = PetRoastClient


class SyncPetRoastClient:
    """The blocking twin of :class:`PetRoastClient`: the same methods and arguments, without ``await``.

    For scripts, Django/Flask views and workers. ``with SyncPetRoastClient(...) as client:`` or
    :meth:`close` releases the connections. ``transport`` is an ``httpx.BaseTransport``; ``sleep``
    defaults to ``time.sleep``.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        retry: RetryPolicy | None = None,
        timeout_s: float = 30.0,
        user_agent: str | None = None,
        on_retry: Callable[[RetryInfo], None] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        rand: Callable[[], float] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._core = Core(base_url, api_key, retry=retry, timeout_s=timeout_s, user_agent=user_agent, on_retry=on_retry, rand=rand, clock=clock)
        self._http = httpx.Client(transport=transport, follow_redirects=False, trust_env=transport is None)
        self._sleep = sleep or time.sleep

    @classmethod
    def from_env(cls, **options: Any) -> SyncPetRoastClient:
        """A client for ``PET_ROAST_API_URL`` (default ``http://localhost:8000``) and ``PET_ROAST_API_KEY``."""
        return cls(os.environ.get("PET_ROAST_API_URL") or "http://localhost:8000", _env("PET_ROAST_API_KEY"), **options)

    def _run(self, plan: Plan[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                action = plan.throw(error) if error is not None else plan.send(value)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            if isinstance(action, Sleep):
                self._sleep(action.seconds)
            else:
                assert isinstance(action, Send)
                try:
                    value = self._http.send(action.request)
                except httpx.TransportError as err:
                    error = err

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncPetRoastClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def health(self, *, deep: bool = False) -> Health:
        """See :meth:`PetRoastClient.health`."""
        return self._run(self._core.health(deep))

    def openapi(self) -> OpenApiDocument:
        """See :meth:`PetRoastClient.openapi`."""
        return self._run(self._core.openapi())

    def list_filters(self, *, pet: str | None = None) -> FiltersResponse:
        """See :meth:`PetRoastClient.list_filters`."""
        return self._run(self._core.list_filters(pet))

    def translate(self, text: str, *, source_lang: str, target_lang: str = "en", task: str = "translation") -> TranslateResponse:
        """See :meth:`PetRoastClient.translate`."""
        return self._run(self._core.translate(text, source_lang, target_lang, task))

    def detect_pets(self, *, image_url: str | None = None, video_url: str | None = None, upload_key: str | None = None) -> DetectPetsResponse:
        """See :meth:`PetRoastClient.detect_pets`."""
        return self._run(self._core.detect_pets(image_url=image_url, video_url=video_url, upload_key=upload_key))

    def create_upload(self, content_type: str) -> UploadResponse:
        """See :meth:`PetRoastClient.create_upload`."""
        return self._run(self._core.create_upload(content_type))

    def upload_media(self, source: MediaSource, *, content_type: str | None = None, filename: str | None = None) -> str:
        """See :meth:`PetRoastClient.upload_media`."""
        return self._run(self._core.upload_media(source, content_type=content_type, filename=filename))

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
    ) -> GenerateVideoResponse:
        """See :meth:`PetRoastClient.generate_video`."""
        return self._run(
            self._core.generate_video(
                text,
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
            )
        )

    def get_status(self, job_id: str) -> VideoStatusResponse:
        """See :meth:`PetRoastClient.get_status`."""
        return self._run(self._core.get_status(job_id))

    def get_result(self, job_id: str) -> VideoResultResponse:
        """See :meth:`PetRoastClient.get_result`."""
        return self._run(self._core.get_result(job_id))

    def delete_job(self, job_id: str) -> None:
        """See :meth:`PetRoastClient.delete_job`."""
        self._run(self._core.delete_job(job_id))

    def wait_for_video(
        self,
        job_id: str,
        *,
        timeout_s: float = 900.0,
        poll_interval_s: float = 2.0,
        max_poll_interval_s: float = 15.0,
        on_progress: ProgressCallback | None = None,
    ) -> VideoResultResponse:
        """See :meth:`PetRoastClient.wait_for_video`."""
        return self._run(
            self._core.wait_for_video(job_id, timeout_s=timeout_s, poll_interval_s=poll_interval_s, max_poll_interval_s=max_poll_interval_s, on_progress=on_progress)
        )

    def generate_video_with_retry(
        self,
        *,
        prompt: str,
        image_url: str | None = None,
        video_url: str | None = None,
        upload_key: str | None = None,
        upload_path: str | os.PathLike[str] | None = None,
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
        on_progress: ProgressCallback | None = None,
    ) -> GenerationResult:
        """See :meth:`PetRoastClient.generate_video_with_retry`."""
        return self._run(
            self._core.generate_video_with_retry(
                prompt=prompt,
                image_url=image_url,
                video_url=video_url,
                upload_key=upload_key,
                upload_path=upload_path,
                max_retries=max_retries,
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
                timeout_s=timeout_s,
                poll_interval_s=poll_interval_s,
                on_progress=on_progress,
            )
        )
