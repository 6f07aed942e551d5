# Integration guide example: verifying callbacks with only the Python standard library. Quoted
# verbatim by docs/integration-guide.md; test/unit/examples/guide.test.ts runs it on the official
# Standard Webhooks test vectors and on deliveries signed by the service's own signer.
# region verify
import base64
import hashlib
import hmac
import json
import re
import time

TOLERANCE_S = 300


class WebhookVerificationError(Exception):
    pass


def verify_webhook(headers, raw_body: bytes, secret: str, tolerance_s: int = TOLERANCE_S, now=None) -> dict:
    """Verify a Pet Roast callback on its exact raw bytes, then (only then) parse it."""
    h = {k.lower(): v for k, v in headers.items()}
    msg_id, timestamp, signatures = h.get("webhook-id"), h.get("webhook-timestamp"), h.get("webhook-signature")

    if msg_id or timestamp or signatures:  # Standard Webhooks v1: never downgrade to the legacy header
        if not (msg_id and timestamp and signatures):
            raise WebhookVerificationError("missing headers")
        if not re.fullmatch(r"[0-9]{1,12}", timestamp):
            raise WebhookVerificationError("invalid timestamp")
        now = int(time.time()) if now is None else now
        if abs(now - int(timestamp)) > tolerance_s:
            raise WebhookVerificationError("timestamp outside the tolerance")
        key = base64.b64decode(secret[len("whsec_"):] if secret.startswith("whsec_") else secret)
        signed = f"{msg_id}.{timestamp}.".encode() + raw_body
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
        for entry in signatures.split(" "):
            version, _, signature = entry.partition(",")
            if version == "v1" and hmac.compare_digest(signature.encode(), expected):
                return json.loads(raw_body)
        raise WebhookVerificationError("no matching signature")

    legacy = h.get("x-revid-signature")  # hex HMAC of the body keyed by the whole secret string
    if legacy is None:
        raise WebhookVerificationError("missing headers")
    expected_hex = hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(legacy.strip().lower().removeprefix("sha256=").encode(), expected_hex.encode()):
        raise WebhookVerificationError("no matching signature")
    return json.loads(raw_body)  # no timestamp: dedupe on data.job_id
# endregion verify
