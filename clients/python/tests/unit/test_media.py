"""Content-Type of an upload from its magic bytes, else its extension."""

from __future__ import annotations

import pytest

from pet_roast_client.media import content_type_for, sniff_content_type


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n\0\0", "image/png"),
        (b"GIF89a\x01\0", "image/gif"),
        (b"RIFF\x10\0\0\0WEBPVP8 ", "image/webp"),
        (b"\0\0\0\x1cftypavif\0\0\0\0", "image/avif"),
        (b"\0\0\0\x18ftypisom\0\0\x02\0", "video/mp4"),
        (b"\0\0\0\x14ftypqt  \0\0\x02\0", "video/quicktime"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video/webm"),
        (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", "video/x-matroska"),
        (b"hello world", None),
    ],
)
def test_sniffs_every_accepted_type(head: bytes, expected: str | None):
    assert sniff_content_type(head) == expected


def test_bytes_win_over_the_extension_which_is_the_fallback():
    assert content_type_for(b"\x89PNG\r\n\x1a\n", "photo.jpg") == "image/png"
    assert content_type_for(b"????", "clip.MOV") == "video/quicktime"
    with pytest.raises(ValueError, match="content_type"):
        content_type_for(b"????", "notes.txt")
    assert content_type_for(b"\0\0\0\x18ftypheic\0\0\0\0", "IMG_0001.jpg") == "image/heic"
    with pytest.raises(ValueError, match="M4A"):
        content_type_for(b"\0\0\0\x18ftypM4B \0\0\0\0", "book.mp4")
