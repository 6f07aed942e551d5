"""The protocol's known-answer vectors (packages/protocol/vectors/*.json), the same files the
TypeScript tests run against the service and the TypeScript SDK (test/unit/protocol/vectors.test.ts)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pet_roast_client.media import content_type_for
from pet_roast_client.retry import parse_retry_after_s
from pet_roast_client.webhooks import legacy_signature, sign_standard_webhook, verify_webhook_delivery

VECTORS = Path(__file__).resolve().parents[4] / "packages" / "protocol" / "vectors"


def _load(name: str) -> list[dict]:
    cases = json.loads((VECTORS / name).read_text(encoding="utf-8"))["cases"]
    assert cases, f"{name} has no cases"
    return cases


@pytest.mark.parametrize("case", _load("retry-after.json"), ids=lambda c: repr(c["value"]))
def test_retry_after(case: dict) -> None:
    now = datetime.fromisoformat(case["now"].replace("Z", "+00:00")).timestamp()
    expected = None if case["expected_ms"] is None else case["expected_ms"] / 1000
    assert parse_retry_after_s(case["value"], now) == expected


@pytest.mark.parametrize("case", _load("media.json"), ids=lambda c: c["name"])
def test_media(case: dict) -> None:
    data = bytes.fromhex(case["hex"])
    if isinstance(case["expected"], dict):
        with pytest.raises(ValueError, match="not accepted"):
            content_type_for(data)
    else:
        assert content_type_for(data) == case["expected"]


@pytest.mark.parametrize("case", _load("webhooks.json"), ids=lambda c: c["name"])
def test_webhook_signatures(case: dict) -> None:
    assert sign_standard_webhook(case["id"], case["timestamp"], case["body"], case["secrets"]) == case["signature"]
    assert legacy_signature(case["body"], case["secrets"][0]) == case["legacy_signature"]
    headers = {"webhook-id": case["id"], "webhook-timestamp": str(case["timestamp"]), "webhook-signature": case["signature"]}
    for secret in case["secrets"]:
        verified = verify_webhook_delivery(headers, case["body"].encode(), secret, now=case["timestamp"])
        assert verified.id == case["id"]
