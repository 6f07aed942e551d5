"""Naming the Content-Type of an upload from its bytes (magic numbers), else its file extension.

The types are those ``POST /api/uploads`` accepts (docs/integration-guide.md §3.5). The service
sniffs the bytes again at detection, so this only has to pick the form's type; a format it
recognises and the service refuses (audio-only MP4, RAW, JPEG 2000) is refused here before any request.
"""

from __future__ import annotations

import os
from typing import Final

IMAGE_TYPES: Final = ("image/jpeg", "image/png", "image/webp", "image/gif", "image/avif", "image/heic", "image/heif")
VIDEO_TYPES: Final = ("video/mp4", "video/quicktime", "video/webm", "video/x-matroska")

BY_EXTENSION: Final = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".avif": "image/avif",
    ".heic": "image/heic",
    ".heif": "image/heif",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
}

# The ISO-BMFF brand rules of packages/protocol/src/media.ts (the service's and the TypeScript SDK's),
# checked against the same known answers (packages/protocol/vectors/media.json).
_AVIF_BRANDS: Final = frozenset({b"avif", b"avis"})
_HEIC_BRANDS: Final = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_HEIF_GENERIC_BRANDS: Final = frozenset({b"mif1", b"msf1", b"miaf", b"mif2"})
_AUDIO_BRANDS: Final = frozenset({b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "})


def _ftyp_type(data: bytes) -> str:
    """The accepted type of an ISO-BMFF file by its ``ftyp`` brands.

    Raises:
        ValueError: for what the service refuses by brand (audio-only MP4, RAW, JPEG 2000).
    """
    size = int.from_bytes(data[0:4], "big")
    end = min(size if size >= 16 else 16, len(data), 512)
    major = data[8:12]
    brands = [major] + [data[i : i + 4] for i in range(16, end - 3, 4)]
    if major in _AVIF_BRANDS or (major in _HEIF_GENERIC_BRANDS and any(b in _AVIF_BRANDS for b in brands)):
        return "image/avif"
    if major in _HEIC_BRANDS or (major in _HEIF_GENERIC_BRANDS and any(b in _HEIC_BRANDS for b in brands)):
        return "image/heic"
    if major in _HEIF_GENERIC_BRANDS:
        return "image/heif"
    if major in _AUDIO_BRANDS:
        raise ValueError("Audio-only MP4 files (M4A, M4B) are not accepted: send a video.")
    if major == b"crx " or major.startswith(b"jp2") or major in (b"jpx ", b"jpm "):
        raise ValueError("RAW and JPEG 2000 images are not accepted: convert the photo to JPEG.")
    if major == b"qt  ":
        return "video/quicktime"
    return "video/mp4"


def sniff_content_type(data: bytes) -> str | None:
    """The upload type of ``data`` from its first bytes; None when they are not recognised.

    Raises:
        ValueError: for what the service refuses by ISO-BMFF brand (M4A/M4B audio, RAW, JPEG 2000).
    """
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return _ftyp_type(data)
    if data[:4] == b"\x1a\x45\xdf\xa3":  # EBML: WebM declares its DocType near the start
        return "video/webm" if b"webm" in data[:64] else "video/x-matroska"
    return None


def content_type_for(data: bytes, filename: str | None = None) -> str:
    """The Content-Type to upload ``data`` with: sniffed, else from ``filename``'s extension.

    Raises:
        ValueError: when neither says (pass ``content_type`` yourself), or for a refused brand (M4A/M4B audio).
    """
    sniffed = sniff_content_type(data)
    if sniffed:
        return sniffed
    ext = os.path.splitext(filename or "")[1].lower()
    if ext in BY_EXTENSION:
        return BY_EXTENSION[ext]
    raise ValueError("Could not tell the type of the file; pass content_type.")


def extension_for(content_type: str) -> str:
    """A file extension for ``content_type`` (names streamed uploads)."""
    for ext, ctype in BY_EXTENSION.items():
        if ctype == content_type:
            return ext
    return ".bin"
