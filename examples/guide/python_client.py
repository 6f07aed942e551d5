"""The integration guide's Python examples (docs/integration-guide.md §12), executed against the local
service by clients/python/tests/integration."""

# region py-setup
import os

from pet_roast_client import PetRoastClient, RetryPolicy


def create_client() -> PetRoastClient:
    """One client per process (it pools connections). The key comes from the environment (in AWS: from
    Secrets Manager), never from source code."""
    return PetRoastClient(
        os.environ.get("PET_ROAST_API_URL", "http://localhost:8000"),  # the stack's ApiUrl output in AWS
        os.environ["PET_ROAST_API_KEY"],
        retry=RetryPolicy(max_retries=4, base_delay_s=0.25, max_delay_s=8.0),  # the defaults, spelled out
        timeout_s=30.0,  # per attempt
        on_retry=lambda info: print(f"pet-roast: {info.method} {info.path} attempt {info.attempt} failed ({info.error.code}); retrying in {info.delay_s:.2f} s"),
    )
# endregion py-setup


# region py-roast-url
async def roast_url(client: PetRoastClient, image_url: str, prompt: str) -> dict:
    """The original guide's one call: create the job, wait for the video, report the outcome."""
    result = await client.generate_video_with_retry(image_url=image_url, prompt=prompt, max_retries=3)
    if result["success"]:
        return {"video_url": result["video_url"], "job_id": result["job_id"]}
    # e.g. no_pets_detected: show the API's own sentences to the user
    return {"error": result["error"], "suggestion": result["suggestion"], "code": result["error_code"]}
# endregion py-roast-url


# region py-roast-upload
async def roast_upload(client: PetRoastClient, photo_path: str, prompt: str, post_id: str, callback_url: str | None = None) -> dict:
    """Private photo: upload straight to storage, show what the detector found, then make the video."""
    upload_key = await client.upload_media(photo_path)  # Content-Type sniffed from the bytes
    detection = await client.detect_pets(upload_key=upload_key)
    if not detection["has_pets"]:
        return {"ok": False, "pets": []}  # tell the user at once; nothing was created or charged
    result = await client.generate_video_with_retry(
        upload_key=upload_key,  # the same upload: no second transfer
        prompt=prompt,
        callback_url=callback_url,  # optional: a signed POST when the job ends (section 6)
        metadata={"post_id": post_id},  # echoed in the status and the callback
        idempotency_key=f"post-{post_id}",  # same post, same job, even across restarts
        on_progress=lambda s: print(f"{s['job_id']}: {s['status']} {s['progress'] or 0}%"),
    )
    pets = [f"{p['label']} {p['confidence']:.0%}" for p in detection["pets"]]
    return {"ok": result.success, "pets": pets, "job_id": result.job_id, "video_url": result.video_url, "error": result.error}
# endregion py-roast-upload


# region py-errors
from pet_roast_client import PetRoastError


def explain(err: PetRoastError) -> tuple[str, bool]:
    """What to tell the user, and whether to try the same thing again later."""
    if err.code == "no_pets_detected":  # the API's own sentences: existing apps already show them
        return f"{err.message} {err.suggestion or ''}".strip(), False
    if err.code in ("invalid_media", "media_unreachable", "media_too_large", "unsupported_media_type", "inappropriate_text"):
        return err.message, False
    if err.code == "validation_error":  # a bug in the caller: log the issues, do not show them
        print("pet-roast rejected the request", err.issues, err.request_id)
        return "Something went wrong with this post.", False
    if err.code in ("rate_limited", "timeout", "network_error", "video_provider_error", "detector_error", "translation_provider_error"):
        return "Our roast machine is busy. Please try again in a minute.", True  # the client already retried
    print(f"pet-roast {err.status} {err.code}: {err.message} (request {err.request_id})")  # forbidden, ...
    return "Roasts are unavailable right now.", True
# endregion py-errors


# region py-sync
from pet_roast_client import SyncPetRoastClient


def translate_caption(text: str, target_lang: str) -> str:
    """The blocking twin for scripts, Django or Flask views: same methods, no await."""
    with SyncPetRoastClient.from_env() as client:  # PET_ROAST_API_URL, PET_ROAST_API_KEY
        return client.translate(text, source_lang="en", target_lang=target_lang)["translated_text"]
# endregion py-sync
