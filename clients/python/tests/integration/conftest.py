"""The live local service these tests run against, described by the environment that
test/integration/python-client.test.ts sets (it starts the runtime, a loopback photo server, and
allows the receiver's port). A missing variable is an error, never a skip."""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[4]
GUIDE_DIR = REPO_ROOT / "examples" / "guide"


@dataclass(frozen=True)
class Service:
    url: str
    api_key: str
    webhook_secret: str
    receiver_port: int
    photo_base_url: str
    dog_photo: str
    no_pet_photo: str


def _need(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise pytest.UsageError(
            f"{name} is not set. These tests run against the local service: `npm test` (test/integration/python-client.test.ts) "
            "sets it; for the unit tests alone run `python3 -m pytest clients/python/tests/unit`."
        )
    return value


@pytest.fixture(scope="session")
def service() -> Service:
    return Service(
        url=_need("PET_ROAST_API_URL"),
        api_key=_need("PET_ROAST_API_KEY"),
        webhook_secret=_need("PET_ROAST_WEBHOOK_SECRET"),
        receiver_port=int(_need("PET_ROAST_RECEIVER_PORT")),
        photo_base_url=_need("PET_ROAST_PHOTO_BASE_URL"),
        dog_photo=_need("PET_ROAST_DOG_PHOTO"),
        no_pet_photo=_need("PET_ROAST_NO_PET_PHOTO"),
    )


def load_guide_module(name: str) -> ModuleType:
    """An example file of examples/guide, imported from its path (it is not a package)."""
    if str(GUIDE_DIR) not in sys.path:
        sys.path.insert(0, str(GUIDE_DIR))
    spec = importlib.util.spec_from_file_location(name, GUIDE_DIR / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
