"""verify_webhook on the known-answer vectors of docs/revid-and-webhooks.md §3, the ones the TypeScript
signer's tests use (test/unit/callbacks/signing.test.ts), derived vectors included."""

from __future__ import annotations

import base64
import json

import pytest

from pet_roast_client import WebhookPayloadError, WebhookVerificationError, verify_webhook, verify_webhook_delivery
from pet_roast_client.webhooks import decode_secret, legacy_signature, sign_standard_webhook

# Vector A: the Standard Webhooks libraries' shared "sign function works" vector.
A = {
    "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    "id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
    "ts": 1614265330,
    "body": '{"test": 2432232314}',
    "sig": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
}
# Vector B: the Rust library's test_sign (also Resend and Svix).
B = {
    "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
    "id": "msg_27UH4WbU6Z5A5EzD8u03UvzRbpk",
    "ts": 1649367553,
    "body": '{"email":"test@example.com","username":"test_user"}',
    "sig": "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=",
}
EVENT = json.dumps(
    {
        "type": "video.completed",
        "timestamp": "2026-11-24T10:30:00Z",
        "data": {"job_id": "job_01JD3YQ5Z8M2W4V6T7R9P0K1C3", "status": "completed", "video_url": "https://v/x.mp4", "detail": None, "detected_pets": [], "metadata": None, "script": None, "writer": None, "narration": None},
    },
    separators=(",", ":"),
)


def sw(v: dict, sig: str | None = None) -> dict[str, str]:
    return {"webhook-id": v["id"], "webhook-timestamp": str(v["ts"]), "webhook-signature": sig or v["sig"]}


def reason(headers, body, secret, now, **kw) -> str:
    try:
        verify_webhook_delivery(headers, body, secret, now=now, **kw)
    except WebhookVerificationError as err:
        return err.reason
    except WebhookPayloadError:
        return "authentic"  # the vectors' bodies are not callback events: the signature passed
    return "passed"


def test_signs_vectors_a_and_b_exactly():
    assert sign_standard_webhook(A["id"], A["ts"], A["body"], A["secret"]) == A["sig"]
    assert sign_standard_webhook(B["id"], B["ts"], B["body"], B["secret"]) == B["sig"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", "v1,v48jdbgvh29KJz2Qc+ghw8G6vG3nAKnujWBg8oM/62A="),
        ('{"pet":"🐶"}', "v1,ndzABnZvCLOUgTLP7KmlcBd8awhKC0DQqdnlzJirHAY="),
        ('{"test": 2432232314}\n', "v1,FIt3hYjPQCdyuyMOw+0dZwwjGRAx1Il4CsgdFnOmrcc="),
    ],
)
def test_reproduces_the_derived_vectors(body, expected):
    assert sign_standard_webhook(A["id"], A["ts"], body, A["secret"]) == expected
    assert sign_standard_webhook(A["id"], A["ts"], body.encode(), A["secret"].removeprefix("whsec_")) == expected


def test_accepts_a_and_b_at_their_timestamps():
    assert reason(sw(A), A["body"], A["secret"], A["ts"]) == "authentic"
    assert reason(sw(B), B["body"].encode(), B["secret"].removeprefix("whsec_"), B["ts"]) == "authentic"


@pytest.mark.parametrize(
    "sig",
    [
        "v1,dawfeoifkpqwoekfpqoekf",
        "v1,",
        A["sig"][:8],
        A["sig"][:-1],
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=",  # the Python library's negative fixture
        A["sig"].replace("v1,", "v2,"),
        A["sig"].replace("v1,", "v1a,"),
        A["sig"][3:],
    ],
)
def test_rejects_wrong_signatures(sig):
    assert reason(sw(A, sig), A["body"], A["secret"], A["ts"]) == "no_matching_signature"


def test_rejects_rust_negative_fixture_other_secret_and_extra_newline():
    assert reason(sw(B, "v1,R3PTzyfHASBKHH98a7yexTwaJ4yNIcGhFQc1yuN+BPU="), B["body"], B["secret"], B["ts"]) == "no_matching_signature"
    assert reason(sw(A), A["body"], B["secret"], A["ts"]) == "no_matching_signature"
    assert reason(sw(A), A["body"] + "\n", A["secret"], A["ts"]) == "no_matching_signature"


def test_multi_signature_header_and_rotation():
    header = " ".join(["v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", A["sig"]])
    assert reason(sw(A, header), A["body"], A["secret"], A["ts"]) == "authentic"
    assert reason(sw(A), A["body"], [B["secret"], A["secret"]], A["ts"]) == "authentic"


def test_tolerance_window_is_300_s_both_ways():
    assert reason(sw(A), A["body"], A["secret"], A["ts"] + 300) == "authentic"
    assert reason(sw(A), A["body"], A["secret"], A["ts"] - 300) == "authentic"
    assert reason(sw(A), A["body"], A["secret"], A["ts"] + 301) == "timestamp_too_old"
    assert reason(sw(A), A["body"], A["secret"], A["ts"] - 301) == "timestamp_too_new"
    assert reason(sw(A, "v1,x"), A["body"], A["secret"], A["ts"] + 10_000) == "timestamp_too_old"
    assert reason(sw(A), A["body"], A["secret"], A["ts"] + 61, tolerance_s=60) == "timestamp_too_old"


@pytest.mark.parametrize("ts", ["hello", "1614265330abc", "-1614265330", "1614265330.0", " 1614265330", "1234567890123"])
def test_rejects_malformed_timestamps(ts):
    headers = {**sw(A), "webhook-timestamp": ts}
    assert reason(headers, A["body"], A["secret"], A["ts"]) == "invalid_timestamp"


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_partial_standard_set_is_rejected_never_downgraded_to_legacy(missing):
    headers = {k: v for k, v in sw(A).items() if k != missing}
    headers["x-revid-signature"] = legacy_signature(A["body"], A["secret"])
    assert reason(headers, A["body"], A["secret"], A["ts"]) == "missing_headers"


def test_header_names_in_any_case_pairs_and_repeats():
    mixed = {"Webhook-Id": A["id"], "WEBHOOK-TIMESTAMP": str(A["ts"]), "webhook-Signature": A["sig"]}
    assert reason(mixed, A["body"], A["secret"], A["ts"]) == "authentic"
    pairs = [*sw(A).items(), ("webhook-signature", A["sig"])]
    assert reason(pairs, A["body"], A["secret"], A["ts"]) == "invalid_headers"


def test_legacy_header_github_and_stripe_vectors():
    hex_sig = legacy_signature("Hello, World!", "It's a Secret to Everybody")
    assert hex_sig == "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    assert legacy_signature("", "test_secret") == "f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd"
    assert legacy_signature('{"obj1":"hello","obj2":"world"}', "test_secret") == "bebb1a643997f419b315ddba19e6f5411e1ce7f810ba6d3617ce72823092f363"
    assert legacy_signature("😀", "test_secret") == "837da296d05c4fe31f61d5d7ead035099d9585a5bcde87de952012a78f0b0c43"


def test_legacy_only_delivery_verifies_with_prefix_any_case_and_returns_a_dedupe_id():
    sig = legacy_signature(EVENT, A["secret"])
    for header in (sig, sig.upper(), f"sha256={sig}"):
        verified = verify_webhook_delivery({"X-Revid-Signature": header}, EVENT.encode(), A["secret"])
        assert verified.scheme == "legacy"
        assert verified.id == "legacy:video.completed:job_01JD3YQ5Z8M2W4V6T7R9P0K1C3"
    for bad in (legacy_signature(EVENT, B["secret"]), sig[:8], f"{sig}00", ""):
        assert reason({"x-revid-signature": bad}, EVENT, A["secret"], None) == "no_matching_signature"
    assert reason({}, EVENT, A["secret"], None) == "missing_headers"


def test_returns_the_event_only_after_verification():
    sig = sign_standard_webhook("msg_1", 1_700_000_000, EVENT, A["secret"])
    headers = {"webhook-id": "msg_1", "webhook-timestamp": "1700000000", "webhook-signature": sig}
    event = verify_webhook(headers, EVENT.encode(), A["secret"], now=1_700_000_000)
    assert event == json.loads(EVENT)
    verified = verify_webhook_delivery(headers, EVENT, A["secret"], now=1_700_000_000)
    assert (verified.id, verified.scheme, verified.timestamp) == ("msg_1", "standard-webhooks", 1_700_000_000)
    with pytest.raises(WebhookPayloadError):
        verify_webhook(sw(A), A["body"], A["secret"], now=A["ts"])  # authentic, but not a callback event


def test_configuration_errors_are_type_errors_that_never_echo_the_secret():
    for secret in ("", "whsec_", "whsec_%%%supersecret"):
        with pytest.raises(TypeError) as info:
            verify_webhook(sw(A), A["body"], secret, now=A["ts"])
        assert "supersecret" not in str(info.value)
    with pytest.raises(TypeError):
        verify_webhook(sw(A), A["body"], [], now=A["ts"])
    with pytest.raises(TypeError, match="raw body"):
        verify_webhook(sw(A), json.loads(A["body"]), A["secret"], now=A["ts"])


def test_secrets_with_0_1_2_padding_characters_and_without_padding():
    for n in (24, 25, 26):
        key = bytes([7]) * n
        padded = "whsec_" + base64.b64encode(key).decode()
        assert decode_secret(padded) == key
        assert decode_secret(padded.rstrip("=")) == key
