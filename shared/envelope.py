"""Reading stream entries that FastStream wrote, outside a subscriber (status, dead letters, load)."""

from __future__ import annotations

from faststream.redis.parser.binary import BinaryMessageFormatV1

DATA_FIELD = b"__data__"


def entry_body(fields: dict[bytes, bytes]) -> bytes:
    """The message body of a stream entry (FastStream's binary envelope unwrapped)."""
    raw = fields.get(DATA_FIELD, b"")
    return BinaryMessageFormatV1.parse(raw)[0] if raw.startswith(b"\x89BIN") else raw
