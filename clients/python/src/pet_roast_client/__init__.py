"""Python client of the Pet Roast AI API (httpx; async :class:`PetRoastClient`, sync :class:`SyncPetRoastClient`).

Quick use (see docs/integration-guide.md §2 and the README's "Python client")::

    from pet_roast_client import PetRoastClient

    async with PetRoastClient("http://localhost:8000", api_key) as client:
        result = await client.generate_video_with_retry(image_url="https://…/dog.jpg", prompt="Roast my lazy dog!")
        print(result["video_url"] if result["success"] else result["error"])
"""

from ._core import GenerationResult, RetryInfo
from ._version import __version__
from .client import AsyncPetRoastClient, PetRoastClient, SyncPetRoastClient
from .errors import (
    ForbiddenError,
    IdempotencyConflictError,
    InappropriateTextError,
    InvalidResponseError,
    JobNotFoundError,
    MediaError,
    NetworkError,
    NoPetsDetectedError,
    PetRoastError,
    RateLimitedError,
    ServerError,
    UploadFailedError,
    ValidationError,
    VideoFailedError,
    VideoNotReadyError,
    WaitTimeoutError,
)
from .retry import RetryPolicy, is_retryable, parse_retry_after_s
from .webhooks import (
    VerifiedWebhook,
    WebhookPayloadError,
    WebhookVerificationError,
    verify_webhook,
    verify_webhook_delivery,
)

__all__ = [
    "AsyncPetRoastClient",
    "ForbiddenError",
    "GenerationResult",
    "IdempotencyConflictError",
    "InappropriateTextError",
    "InvalidResponseError",
    "JobNotFoundError",
    "MediaError",
    "NetworkError",
    "NoPetsDetectedError",
    "PetRoastClient",
    "PetRoastError",
    "RateLimitedError",
    "RetryInfo",
    "RetryPolicy",
    "ServerError",
    "SyncPetRoastClient",
    "UploadFailedError",
    "ValidationError",
    "VerifiedWebhook",
    "VideoFailedError",
    "VideoNotReadyError",
    "WaitTimeoutError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "is_retryable",
    "parse_retry_after_s",
    "verify_webhook",
    "verify_webhook_delivery",
]
