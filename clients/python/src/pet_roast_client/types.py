"""Response and event shapes of the Pet Roast API, as ``TypedDict``\\ s.

Each mirrors a named component of ``GET /openapi.json`` (the document is generated from the zod
schemas that validate requests); the integration tests compare the keys of every class here with
the live document, so a field added to the API and missing here fails a test.
"""

# No `from __future__ import annotations`: TypedDict needs NotRequired evaluated to compute __required_keys__.
from typing import Any, Literal, NotRequired, TypedDict

JobStatus = Literal["queued", "processing", "completed", "failed"]
PetLabel = Literal["bird", "cat", "dog", "horse", "sheep", "cow", "elephant", "bear", "zebra", "giraffe"]
Writer = Literal["bedrock", "template", "verbatim"]
VideoProvider = Literal["builtin", "revid"]
SpeechProvider = Literal["polly", "bhashini", "google", "espeak"]


class Voice(TypedDict, total=False):
    """``voice`` of ``POST /api/generate-video`` (component ``VoiceRequest``): ``gender`` female|male, ``speed`` 0.8–1.25."""

    gender: Literal["female", "male"]
    speed: float


class Narration(TypedDict):
    """Who spoke a built-in render's narration (component ``Narration``): the provider after any fail-over."""

    language: str
    provider: SpeechProvider
    voice: str
    simulated: NotRequired[bool]


class HealthCheck(TypedDict):
    ok: bool
    latency_ms: float
    error: NotRequired[str]


class Health(TypedDict):
    """``GET /healthz`` (component ``Health``)."""

    status: Literal["ok", "degraded"]
    version: str
    checks: NotRequired[dict[str, HealthCheck]]


class Filter(TypedDict):
    """One AR filter (component ``Filter``)."""

    id: str
    name: str
    description: str
    pets: list[PetLabel]
    tags: list[str]
    ar_cloud: bool
    """Whether the effect is published to AR Cloud (the Banuba SDK downloads it from the manifest)."""
    preview_url: str | None
    """Time-limited URL of the effect's preview PNG when published, else None."""


class FiltersResponse(TypedDict):
    """``GET /api/banuba-filters`` (component ``FiltersResponse``)."""

    filters: list[Filter]


class ProviderAttempt(TypedDict):
    provider: str
    outcome: Literal["ok", "failed", "skipped"]
    reason: NotRequired[str]


class TranslationProviderMetadata(TypedDict):
    """Who translated, how fast, and whether the cache answered (component ``TranslationProviderMetadata``)."""

    provider: str
    model: str
    latency_ms: int
    cached: bool
    simulated: NotRequired[bool]
    failover: NotRequired[bool]
    attempted: NotRequired[list[ProviderAttempt]]


class TranslateResponse(TypedDict):
    """``POST /api/translate-text`` (component ``TranslateResponse``)."""

    translated_text: str
    source_language: str
    target_language: str
    task: Literal["translation"]
    provider_metadata: TranslationProviderMetadata


class Box(TypedDict):
    """Pixels of the original, EXIF-oriented image."""

    x: int
    y: int
    width: int
    height: int


class DetectedPet(TypedDict):
    """One pet found (component ``DetectedPet``)."""

    label: PetLabel
    confidence: float
    box: Box
    frame_time_s: NotRequired[float]


class MediaInfo(TypedDict):
    kind: Literal["image", "video"]
    format: str
    width: int
    height: int
    frames_checked: int


class ModelInfo(TypedDict):
    name: str
    threshold: float


class Timings(TypedDict):
    fetch: float
    decode: float
    inference: float
    total: float


class DetectPetsResponse(TypedDict):
    """``POST /api/detect-pets`` (component ``DetectPetsResponse``)."""

    has_pets: bool
    pets: list[DetectedPet]
    media: MediaInfo
    model: ModelInfo
    timings_ms: Timings


class UploadResponse(TypedDict):
    """``POST /api/uploads``: a presigned S3 POST (component ``UploadResponse``)."""

    upload_key: str
    url: str
    fields: dict[str, str]
    expires_in: int
    max_bytes: int


class PetSummary(TypedDict):
    label: PetLabel
    confidence: float


class GenerateVideoResponse(TypedDict):
    """``POST /api/generate-video`` → 202 (component ``GenerateVideoResponse``)."""

    job_id: str
    status: JobStatus
    detected_pets: list[PetSummary]
    recommended_filters: list[str]


class VideoStatusResponse(TypedDict):
    """``GET /api/video-status/{job_id}`` (component ``VideoStatusResponse``). ``updated_at`` is ISO 8601 UTC."""

    job_id: str
    status: JobStatus
    detail: str | None
    progress: int | None
    updated_at: str
    language: str
    filter_id: str | None
    metadata: dict[str, str] | None
    provider: VideoProvider | None
    script: str | None
    writer: Writer | None
    script_subject: PetLabel | None
    narration: Narration | None


class VideoResultResponse(TypedDict):
    """``GET /api/video-result/{job_id}`` of a completed job (component ``VideoResultResponse``).

    ``video_url`` is time-limited: fetch it soon, ask again for a fresh one later.
    """

    job_id: str
    status: Literal["completed"]
    video_url: str
    thumbnail_url: str | None
    duration_s: float | None
    subtitles_url: str | None
    """WebVTT subtitles of a built-in video (a cue per phrase, word timestamps inside); None for Revid."""
    music_track: str | None
    """The music track that played under the voice (built-in videos): a track id, ``"caller"`` when your ``music_url`` track played, or None."""
    filter_applied: str | None
    """The filter whose render look the built-in video shows, or None."""
    detail: str | None
    provider: VideoProvider
    script: str | None
    writer: Writer | None
    script_subject: PetLabel | None
    narration: Narration | None


class CallbackEventData(TypedDict):
    job_id: str
    status: Literal["completed", "failed"]
    video_url: str | None
    subtitles_url: str | None
    music_track: str | None
    """A track id, ``"caller"`` (your ``music_url``) or None."""
    detail: str | None
    detected_pets: list[PetSummary]
    metadata: dict[str, str] | None
    script: str | None
    writer: Writer | None
    script_subject: PetLabel | None
    narration: Narration | None


class CallbackEvent(TypedDict):
    """The completion callback POSTed to your backend (component ``CallbackEvent``)."""

    type: Literal["video.completed", "video.failed"]
    timestamp: str
    data: CallbackEventData


OpenApiDocument = dict[str, Any]
