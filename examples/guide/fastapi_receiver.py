"""A FastAPI receiver for Pet Roast AI completion callbacks (docs/integration-guide.md §6.2).

Run it: ``PET_ROAST_WEBHOOK_SECRET=whsec_... uvicorn fastapi_receiver:app_from_env --factory --port 9000``
(with ``clients/python/src`` and this directory on ``PYTHONPATH``).
"""

# region py-receiver
import os
from collections.abc import Callable

from fastapi import FastAPI, Request, Response

from pet_roast_client import WebhookPayloadError, WebhookVerificationError, verify_webhook_delivery
from pet_roast_client.types import CallbackEvent

MAX_BODY_BYTES = 64 * 1024  # a callback is ~1 KB; refuse anything far larger before reading it all


def create_app(secrets: list[str], handle_event: Callable[[CallbackEvent], None], seen_ids: set[str] | None = None) -> FastAPI:
    """`secrets`: current first, the next one added during a rotation. `seen_ids` must remember ids for
    the whole retry span (~3 days): a table with a conditional put in production, not process memory.
    `handle_event` must be quick (enqueue durable work): the sender gives up on an attempt after 15 s."""
    app = FastAPI()
    seen = seen_ids if seen_ids is not None else set()

    @app.post("/webhooks/pet-roast")
    async def pet_roast_callback(request: Request) -> Response:
        raw = b""
        async for chunk in request.stream():  # the raw bytes: never request.json() before verifying
            raw += chunk
            if len(raw) > MAX_BODY_BYTES:
                return Response(status_code=413)
        try:
            delivery = verify_webhook_delivery(request.headers, raw, secrets)  # ±300 s, constant time
        except WebhookVerificationError:
            return Response(status_code=401)  # forged, altered or replayed: change nothing
        except WebhookPayloadError:
            return Response(status_code=400)  # authentic but not an event this code knows
        if delivery.id in seen:
            return Response(status_code=200)  # a redelivery (at-least-once): acknowledge, do nothing
        seen.add(delivery.id)
        handle_event(delivery.event)  # e.g. mark the post's video ready: data.job_id, data.video_url
        return Response(status_code=200)

    return app


def app_from_env() -> FastAPI:
    """For `uvicorn fastapi_receiver:app_from_env --factory`: secrets from PET_ROAST_WEBHOOK_SECRET."""
    secrets = os.environ["PET_ROAST_WEBHOOK_SECRET"].split()
    return create_app(secrets, lambda event: print(event["type"], event["data"]["job_id"], event["data"]["video_url"]))
# endregion py-receiver
