"""Verifying the completion callbacks Pet Roast AI POSTs to your backend (standard library only).

Two schemes arrive on every delivery (docs/integration-guide.md §6, docs/revid-and-webhooks.md):

- **Standard Webhooks v1** (https://www.standardwebhooks.com/): ``webhook-id``,
  ``webhook-timestamp`` (Unix seconds) and ``webhook-signature: v1,<base64 HMAC-SHA256(key,
  "<id>.<timestamp>.<raw body>")>``, where the key is the base64 part of the ``whsec_...`` secret;
  a space-separated list during a secret rotation.
- **Legacy** ``X-Revid-Signature: <hex HMAC-SHA256 of the raw body>`` keyed with the whole secret
  string as UTF-8, for integrations written against the original guide. It has no timestamp, so a
  captured request can be replayed: it is accepted only when no Standard Webhooks header is present.

This is the project's one Python verifier; it mirrors the service's signer
(lambdas/domain/callbacks/signing.ts) check for check, and its tests run the same known-answer vectors.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, Union, cast

from .types import CallbackEvent

#: Accepted clock skew of ``webhook-timestamp``, both directions, as in every official library.
DEFAULT_TOLERANCE_S: Final = 300
WEBHOOK_SECRET_PREFIX: Final = "whsec_"

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
# Standard base64; padding may be omitted (the Python reference library accepts 0, 1 or 2 '=').
_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_SW_HEADERS: Final = ("webhook-id", "webhook-timestamp", "webhook-signature")

VerificationReason = Literal[
    "missing_headers",
    "invalid_headers",
    "invalid_timestamp",
    "timestamp_too_old",
    "timestamp_too_new",
    "no_matching_signature",
]

#: Headers as a mapping (dict, Starlette/FastAPI ``Headers``, ``httpx.Headers``) or ``(name, value)`` pairs.
HeaderSource = Union[Mapping[str, str], Iterable[tuple[str, str]]]


class WebhookVerificationError(Exception):
    """The delivery is not authentic or is stale: answer 401 and change nothing. ``reason`` says why;
    the message never contains a secret."""

    def __init__(self, reason: VerificationReason, message: str) -> None:
        super().__init__(message)
        self.reason: VerificationReason = reason


class WebhookPayloadError(Exception):
    """The delivery is authentic but its body is not a callback event this client knows: answer 400."""


@dataclass(frozen=True)
class VerifiedWebhook:
    """A verified delivery.

    Attributes:
        event: the parsed callback event.
        id: ``webhook-id`` (the same on every retry: your idempotency key); for a legacy-only
            delivery ``legacy:<type>:<job_id>``.
        scheme: which signature authenticated it.
        timestamp: ``webhook-timestamp`` of this attempt (Unix seconds); None for legacy.
    """

    event: CallbackEvent
    id: str
    scheme: Literal["standard-webhooks", "legacy"]
    timestamp: int | None


def decode_secret(secret: str) -> bytes:
    """The HMAC key of a Standard Webhooks secret: the base64 after an optional ``whsec_`` prefix.

    Raises:
        TypeError: for an empty, ``whsec_``-only or non-base64 secret. That is a configuration error
            (answer 500 so the sender retries after you fix it), not a verification failure.
    """
    if not isinstance(secret, str):  # pyright: ignore[reportUnnecessaryIsInstance] -- callers may not be typed
        raise TypeError("Webhook secret must be a string.")
    encoded = secret[len(WEBHOOK_SECRET_PREFIX):] if secret.startswith(WEBHOOK_SECRET_PREFIX) else secret
    if encoded == "" or not _BASE64.fullmatch(encoded):
        raise TypeError("Webhook secret must be non-empty base64, optionally prefixed with whsec_.")
    key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    if not key:
        raise TypeError("Webhook secret can't be empty.")
    return key


def sign_standard_webhook(msg_id: str, timestamp: int, raw_body: bytes | str, secrets: str | Sequence[str]) -> str:
    """The ``webhook-signature`` value for one delivery: one ``v1,<base64>`` entry per secret, space-separated.

    For tests and for senders; the service signs with its own module (same vectors).
    """
    body = _raw_bytes(raw_body)
    return " ".join(f"v1,{base64.b64encode(_hmac_v1(decode_secret(s), msg_id, timestamp, body)).decode()}" for s in _secret_list(secrets))


def legacy_signature(raw_body: bytes | str, secret: str) -> str:
    """The legacy ``X-Revid-Signature`` value: lower-case hex HMAC-SHA256 of the raw body keyed by the
    secret string exactly as configured (``whsec_`` prefix included), as UTF-8."""
    if not isinstance(secret, str) or secret == "":  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError("Webhook secret can't be empty.")
    return hmac.new(secret.encode("utf-8"), _raw_bytes(raw_body), hashlib.sha256).hexdigest()


def verify_webhook(
    headers: HeaderSource,
    raw_body: bytes | str,
    secret: str | Sequence[str],
    *,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> CallbackEvent:
    """Verify a completion callback on its exact raw bytes, then (only then) parse it.

    Args:
        headers: the request headers, names in any letter case.
        raw_body: the body exactly as received (``await request.body()`` in FastAPI); never a parsed
            and re-serialised object: one changed byte breaks the signature.
        secret: the endpoint's ``whsec_...`` secret, or several during a rotation (any one may match).
        tolerance_s: accepted clock skew of ``webhook-timestamp``, both directions (default 300 s).
        now: the receiver's clock in Unix seconds (tests); default ``time.time()``.

    Returns:
        The callback event (``{"type", "timestamp", "data": {...}}``).

    Raises:
        WebhookVerificationError: not authentic, stale or malformed headers (answer 401).
        WebhookPayloadError: authentic but not a callback event (answer 400).
        TypeError: an unusable secret or a parsed object instead of the raw body (answer 500).
    """
    return verify_webhook_delivery(headers, raw_body, secret, tolerance_s=tolerance_s, now=now).event


def verify_webhook_delivery(
    headers: HeaderSource,
    raw_body: bytes | str,
    secret: str | Sequence[str],
    *,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
    now: float | None = None,
) -> VerifiedWebhook:
    """Like :func:`verify_webhook`, also returning the idempotency key, the scheme and the timestamp.

    Standard Webhooks headers win whenever any of them is present (a partial set is rejected, never
    downgraded to the legacy check). Checks, in order: the three headers are present and not
    repeated; ``webhook-timestamp`` matches ``^[0-9]{1,12}$``; it lies within ``tolerance_s`` of
    ``now``; some ``v1`` entry equals the HMAC under some secret (``hmac.compare_digest``; other
    versions are ignored). Only when none is present is ``X-Revid-Signature`` (bare or
    ``sha256=``-prefixed hex, any case) accepted; dedupe such deliveries on the returned ``id``.
    """
    body = _raw_bytes(raw_body)
    secrets = _secret_list(secret)
    h = _lower_headers(headers)
    timestamp: int | None = None
    if any(name in h for name in _SW_HEADERS):
        keys = [decode_secret(s) for s in secrets]
        msg_id, ts, signatures = (h.get(name, "") for name in _SW_HEADERS)
        if not (msg_id and ts and signatures):
            raise WebhookVerificationError("missing_headers", "Missing required headers")
        if not _TIMESTAMP.fullmatch(ts):
            raise WebhookVerificationError("invalid_timestamp", "Invalid webhook-timestamp header")
        timestamp = int(ts)
        now_s = int(time.time() if now is None else now)
        if now_s - timestamp > tolerance_s:
            raise WebhookVerificationError("timestamp_too_old", "Message timestamp too old")
        if timestamp - now_s > tolerance_s:
            raise WebhookVerificationError("timestamp_too_new", "Message timestamp too new")
        expected = [base64.b64encode(_hmac_v1(key, msg_id, timestamp, body)) for key in keys]
        matched = False
        for entry in signatures.split(" "):
            version, comma, given = entry.partition(",")
            if not comma or version != "v1":
                continue
            for candidate in expected:  # every candidate is compared: no early exit on a match
                matched = hmac.compare_digest(given.encode("utf-8", "replace"), candidate) or matched
        if not matched:
            raise WebhookVerificationError("no_matching_signature", "No matching signature found")
        scheme: Literal["standard-webhooks", "legacy"] = "standard-webhooks"
    else:
        legacy = h.get("x-revid-signature")
        if legacy is None:
            raise WebhookVerificationError("missing_headers", "Missing required headers")
        hex_digest = re.sub(r"^sha256=", "", legacy.strip(), flags=re.IGNORECASE)
        valid = bool(_HEX64.fullmatch(hex_digest))
        matched = False
        for s in secrets:
            expected_hex = legacy_signature(body, s)
            matched = (valid and hmac.compare_digest(hex_digest.lower(), expected_hex)) or matched
        if not matched:
            raise WebhookVerificationError("no_matching_signature", "No matching signature found")
        msg_id = ""
        scheme = "legacy"

    event = _parse_event(body)
    return VerifiedWebhook(
        event=event,
        id=msg_id or f"legacy:{event['type']}:{event['data']['job_id']}",
        scheme=scheme,
        timestamp=timestamp,
    )


def _parse_event(body: bytes) -> CallbackEvent:
    try:
        parsed: Any = json.loads(body)
    except ValueError as err:
        raise WebhookPayloadError("The callback body is not valid JSON.") from err
    event: dict[str, Any] = cast(dict[str, Any], parsed) if isinstance(parsed, dict) else {}
    data: dict[str, Any] = cast(dict[str, Any], event["data"]) if isinstance(event.get("data"), dict) else {}
    if (
        event.get("type") not in ("video.completed", "video.failed")
        or not isinstance(event.get("timestamp"), str)
        or not isinstance(data.get("job_id"), str)
        or data.get("status") not in ("completed", "failed")
    ):
        raise WebhookPayloadError("The callback body is not a video callback event.")
    return cast(CallbackEvent, parsed)


def _hmac_v1(key: bytes, msg_id: str, timestamp: int, body: bytes) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()


def _raw_bytes(raw_body: object) -> bytes:
    if isinstance(raw_body, (bytes, bytearray)):
        return bytes(raw_body)
    if isinstance(raw_body, memoryview):
        return cast(memoryview, raw_body).tobytes()
    if isinstance(raw_body, str):
        return raw_body.encode("utf-8")
    raise TypeError("Pass the exact raw body (bytes or str) of the request, not a parsed object.")


def _secret_list(secret: str | Sequence[str]) -> list[str]:
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets:
        raise TypeError("At least one webhook secret is required.")
    return secrets


def _lower_headers(headers: HeaderSource) -> dict[str, str]:
    """Header names lower-cased; a name that appears twice is ambiguous and refused."""
    items: Iterable[tuple[str, str]]
    multi = getattr(headers, "multi_items", None)  # Starlette keeps repeated headers apart
    if callable(multi):
        items = cast(Iterable[tuple[str, str]], multi())
    elif isinstance(headers, Mapping):
        items = cast(Mapping[str, str], headers).items()
    else:
        items = headers
    out: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        if key in out:
            raise WebhookVerificationError("invalid_headers", f"Header {key} appears more than once.")
        if isinstance(value, (list, tuple)):
            raise WebhookVerificationError("invalid_headers", f"Header {key} appears more than once.")
        out[key] = value
    return out
