"""Stream entries as FastStream writes them: bodies encoded for publishing, read back outside a subscriber
(status, dead letters, load)."""

from __future__ import annotations

import json
from typing import Any

from faststream.redis.parser.binary import BinaryMessageFormatV1
from pydantic import BaseModel

DATA_FIELD = b"__data__"


def entry_data(fields: dict[bytes, bytes]) -> bytes:
    """What a stream entry carries: FastStream's data field, or, for an entry some other producer wrote
    field by field (XADD s * url ...), all its fields as JSON, so a dead letter keeps them."""
    if DATA_FIELD in fields:
        return fields[DATA_FIELD]
    return json.dumps({as_text(k): as_text(v) for k, v in fields.items()}, ensure_ascii=False).encode()


def entry_body(fields: dict[bytes, bytes]) -> bytes:
    """The message body of a stream entry (FastStream's binary envelope unwrapped)."""
    raw = entry_data(fields)
    return BinaryMessageFormatV1.parse(raw)[0] if raw.startswith(b"\x89BIN") else raw


def redis_of(broker: Any) -> Any:
    """The redis.asyncio client a connected RedisBroker holds: FastStream has no public handle for the
    stream commands it doesn't wrap (XINFO, XPENDING, XACK of entries we read ourselves)."""
    return broker._connection


def as_text(value: bytes | str) -> str:
    """Redis replies come as bytes unless the client decodes them: one spelling for both."""
    return value.decode() if isinstance(value, bytes) else str(value)


def encoded(message: BaseModel) -> bytes:
    """A message body serialised by pydantic's own encoder: FastStream's path for a model (to plain
    Python, then the json module) cost a tenth of a stage's time on fact-heavy messages. Batch readers
    validate bodies from JSON bytes either way."""
    return message.model_dump_json().encode()
