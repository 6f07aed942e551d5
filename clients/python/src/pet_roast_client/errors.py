"""Typed errors of the Pet Roast client.

Every failure is a :class:`PetRoastError` carrying the HTTP ``status`` (0 when no answer was
received or the client refused locally), the API's machine-readable ``code`` and the whole
``detail`` object of the error envelope ``{"detail": {"error", "message", ...}}`` (docs/integration-guide.md
§7), so callers can branch on ``err.code`` or use ``isinstance`` on the subclasses. The classes
and codes are the TypeScript client's (examples/client/errors.ts), named the Python way.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final, cast

#: Error codes the API documents (docs/integration-guide.md §7).
API_ERROR_CODES: Final = (
    "no_pets_detected",
    "invalid_media",
    "media_unreachable",
    "media_too_large",
    "unsupported_media_type",
    "unsupported_language",
    "unsupported_task",
    "inappropriate_text",
    "script_too_long",
    "script_language_mismatch",
    "invalid_encoding",
    "forbidden",
    "job_not_found",
    "method_not_allowed",
    "video_not_ready",
    "video_failed",
    "idempotency_conflict",
    "payload_too_large",
    "unsupported_content_type",
    "validation_error",
    "rate_limited",
    "translation_provider_error",
    "video_provider_error",
    "detector_error",
    "provider_not_configured",
)

#: Codes the client raises itself when there is no API answer to report.
CLIENT_ERROR_CODES: Final = (
    "network_error",
    "timeout",
    "wait_timeout",
    "invalid_response",
    "upload_failed",
)

#: The API's exact no-pet wording (docs/integration-guide.md §3.7), for a "no pet" learnt from
#: ``detect_pets`` (``has_pets: false``) rather than from a 400.
NO_PETS_MESSAGE: Final = (
    "No pets found in the uploaded image. Please upload an image or video containing pets "
    "(dogs, cats, birds, etc.) to generate a roast video."
)
NO_PETS_SUGGESTION: Final = "Try uploading a clear photo or video of your pet."


class PetRoastError(Exception):
    """Base class of every error the client raises.

    Attributes:
        status: HTTP status, or 0 when no answer was received (network error, timeout) or the client
            refused locally.
        code: the envelope's ``error`` (``no_pets_detected``, ``rate_limited``, ...) or a client code
            (:data:`CLIENT_ERROR_CODES`).
        message: the envelope's human sentence.
        detail: the whole ``detail`` object of the envelope (``error`` and ``message`` included).
        request_id: ``x-request-id`` of the failing answer: quote it when asking for support.
        attempts: HTTP attempts made, retries included.
        retry_after_s: seconds the server asked to wait (``Retry-After``), when it did.
    """

    def __init__(
        self,
        *,
        status: int,
        code: str,
        message: str,
        detail: dict[str, Any] | None = None,
        request_id: str | None = None,
        attempts: int = 1,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail: dict[str, Any] = detail if detail is not None else {"error": code, "message": message}
        self.request_id = request_id
        self.attempts = attempts
        self.retry_after_s = retry_after_s

    @property
    def suggestion(self) -> str | None:
        """What the API suggests the user do (e.g. on ``no_pets_detected``)."""
        value = self.detail.get("suggestion")
        return value if isinstance(value, str) else None

    @property
    def issues(self) -> list[dict[str, str]]:
        """Schema violations of a 422 ``validation_error`` (``[{path, message}]``); empty otherwise."""
        value = self.detail.get("issues")
        if not isinstance(value, list):
            return []
        return [cast(dict[str, str], i) for i in cast(list[Any], value) if isinstance(i, dict)]

    def __str__(self) -> str:
        where = f" (request {self.request_id})" if self.request_id else ""
        return f"{self.code}: {self.message}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, code={self.code!r}, message={self.message!r}, request_id={self.request_id!r})"


class NoPetsDetectedError(PetRoastError):
    """400 ``no_pets_detected``: the media decoded fine but shows no pet. Show ``message`` and ``suggestion``."""

    @classmethod
    def from_detection(cls) -> NoPetsDetectedError:
        """The API's wording, for a "no pet" learnt from ``detect_pets`` (``has_pets: false``)."""
        return cls(
            status=400,
            code="no_pets_detected",
            message=NO_PETS_MESSAGE,
            detail={"error": "no_pets_detected", "message": NO_PETS_MESSAGE, "suggestion": NO_PETS_SUGGESTION},
        )


class MediaError(PetRoastError):
    """400 ``invalid_media``, ``media_unreachable``, ``media_too_large`` or ``unsupported_media_type``."""


class InappropriateTextError(PetRoastError):
    """400 ``inappropriate_text``: the prompt or script was refused before anything was created or charged."""


class ForbiddenError(PetRoastError):
    """403 ``forbidden``: missing or invalid API key."""


class JobNotFoundError(PetRoastError):
    """404 ``job_not_found``."""


class VideoNotReadyError(PetRoastError):
    """409 ``video_not_ready``; ``job_status`` says where the job is."""

    @property
    def job_status(self) -> str | None:
        value = self.detail.get("status")
        return value if isinstance(value, str) else None


class VideoFailedError(PetRoastError):
    """409 ``video_failed``, or a job :meth:`wait_for_video` saw reach ``failed``; ``reason`` says why."""

    @property
    def reason(self) -> str | None:
        value = self.detail.get("reason")
        return value if isinstance(value, str) else None


class IdempotencyConflictError(PetRoastError):
    """409 ``idempotency_conflict``: the ``Idempotency-Key`` was used before with another body."""


class ValidationError(PetRoastError):
    """422 ``validation_error``; see :attr:`PetRoastError.issues`."""


class RateLimitedError(PetRoastError):
    """429 ``rate_limited`` after the retries ran out, or with a ``Retry-After`` too long to wait for."""


class ServerError(PetRoastError):
    """5xx: a dependency or the service failed; the client already retried."""


class NetworkError(PetRoastError):
    """No HTTP answer: connection refused/reset, DNS failure (``network_error``) or no answer in time (``timeout``)."""


class WaitTimeoutError(PetRoastError):
    """:meth:`wait_for_video` gave up; ``last_status`` is the last status seen."""

    def __init__(self, job_id: str, timeout_s: float, last_status: str | None) -> None:
        super().__init__(
            status=0,
            code="wait_timeout",
            message=f"Job {job_id} did not finish within {round(timeout_s)} s (last status: {last_status or 'unknown'}).",
        )
        self.job_id = job_id
        self.timeout_s = timeout_s
        self.last_status = last_status


class InvalidResponseError(PetRoastError):
    """The server answered 2xx with a body that breaks the API contract."""


class UploadFailedError(PetRoastError):
    """The storage service refused the presigned upload."""


_MEDIA_CODES: Final = frozenset({"invalid_media", "media_unreachable", "media_too_large", "unsupported_media_type"})


def error_class_for(status: int, code: str) -> type[PetRoastError]:
    """The subclass for an API answer, so ``isinstance`` and ``err.code`` agree."""
    if code == "no_pets_detected":
        return NoPetsDetectedError
    if code in _MEDIA_CODES:
        return MediaError
    if code == "inappropriate_text":
        return InappropriateTextError
    if code == "forbidden" or status == 403:
        return ForbiddenError
    if code == "job_not_found":
        return JobNotFoundError
    if code == "video_not_ready":
        return VideoNotReadyError
    if code == "video_failed":
        return VideoFailedError
    if code == "idempotency_conflict":
        return IdempotencyConflictError
    if code == "validation_error" or status == 422:
        return ValidationError
    if code == "rate_limited" or status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    return PetRoastError


def error_from_response(
    status: int,
    body: bytes | str,
    *,
    request_id: str | None = None,
    attempts: int = 1,
    retry_after_s: float | None = None,
) -> PetRoastError:
    """The error for a non-2xx answer.

    The envelope is ``{"detail": {"error", "message", ...}}``; anything else (a proxy's HTML page, an
    empty 502) still yields a useful code (``http_<status>``, ``rate_limited`` for 429, ``forbidden``
    for 403) and a message quoting the start of the body.
    """
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    detail: dict[str, Any] | None = None
    try:
        parsed: Any = json.loads(text)
        candidate: Any = cast(dict[str, Any], parsed).get("detail") if isinstance(parsed, dict) else None
        if isinstance(candidate, dict):
            fields = cast(dict[str, Any], candidate)
            if isinstance(fields.get("error"), str) and isinstance(fields.get("message"), str):
                detail = fields
    except ValueError:
        pass
    if detail is None:
        code = "rate_limited" if status == 429 else "forbidden" if status == 403 else f"http_{status}"
        snippet = re.sub(r"\s+", " ", text).strip()[:200]
        detail = {"error": code, "message": f"HTTP {status}: {snippet}" if snippet else f"HTTP {status}"}
    cls = error_class_for(status, str(detail["error"]))
    return cls(
        status=status,
        code=str(detail["error"]),
        message=str(detail["message"]),
        detail=detail,
        request_id=request_id,
        attempts=attempts,
        retry_after_s=retry_after_s,
    )
