"""Reading a stage's input in batches without letting one bad message sink the others.

Batch subscribers cut FastStream's per-message cost several times over, but its validation and the
dead-letter middleware act on the whole batch. So batch handlers validate and handle each message
alone here: a malformed or bad one becomes a dead letter with its reason, the rest go on; a
`TransientError` still fails the whole batch, which stays pending and is retried (replays are harmless:
ids are deterministic).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from faststream.message import gen_cor_id
from pydantic import BaseModel, ValidationError

from shared.dead_letters import dead_letter_for, publish_dead_letter
from shared.envelope import entry_body, entry_data
from shared.errors import PermanentError, is_transient
from shared.observability import DOCUMENTS
from shared.streams import consumer_name

log = logging.getLogger("suanli.batches")
Model = TypeVar("Model", bound=BaseModel)


async def raw_batch_parser(message: Any, original_parser: Any) -> Any:
    """The batch as the raw bodies of its entries. FastStream's batch parser JSON-decodes every body,
    re-encodes the list and decodes it once more, and fails the whole batch on one non-UTF-8 body; the
    handlers validate each body with pydantic's own JSON parser anyway (`validate_each`), which also
    turns a malformed body into a dead letter of its own. The message is built by FastStream's parser
    (bound to the subscriber: consumer, group, ack ids), only its body is ours."""
    parser = original_parser.__self__
    bodies: list[bytes] = []
    headers: list[dict[str, Any]] = []
    for item in message["data"]:
        body, item_headers = parser.config.message_format.parse(entry_data(item))
        bodies.append(body)
        headers.append(item_headers)
    first = headers[0] if headers else {}
    message_id = first.get("message_id") or gen_cor_id()
    # _build_message: the one constructor that binds consumer and group.
    return parser._build_message(
        raw_message=message,
        body=bodies,
        path={},
        headers=first,
        batch_headers=headers,
        reply_to=first.get("reply_to", ""),
        content_type=None,
        message_id=message_id,
        correlation_id=first.get("correlation_id", message_id),
    )


async def raw_batch_decoder(message: Any, original_decoder: Any) -> list[bytes]:
    """The raw bodies `raw_batch_parser` put in the message, undecoded."""
    return list(message.body)


async def read_more(
    redis: Any, stage: str, stream: str, *, have: int, limit: int, wait_ms: int
) -> tuple[list[bytes], list[bytes]]:
    """Wait up to `wait_ms` for more entries after a batch of `have`, up to `limit` in all: at moderate
    rates a subscriber wakes for every message, and the per-batch costs (a Redis round trip or an insert
    each) would be paid per message. Returns the entry ids and bodies read, still pending: the caller
    acks them after handling them, as FastStream acks the batch it delivered."""
    ids: list[bytes] = []
    bodies: list[bytes] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_ms / 1000
    while have + len(ids) < limit and (remaining := deadline - loop.time()) > 0.001:
        response = await redis.xreadgroup(
            stage,
            consumer_name(),
            {stream: ">"},
            count=limit - have - len(ids),
            block=max(1, int(remaining * 1000)),
        )
        for _, entries in response or []:
            for entry_id, fields in entries:
                ids.append(entry_id)
                bodies.append(entry_body(fields))
    return ids, bodies


@asynccontextmanager
async def with_late_arrivals(
    redis: Any, stage: str, stream: str, batch: list[Any], *, limit: int, wait_ms: int
) -> AsyncIterator[list[Any]]:
    """The batch FastStream delivered plus what arrives within `wait_ms`; the late arrivals are acked
    when the block completes (FastStream acks only what it delivered), left pending if it raises."""
    late_ids, late_items = await read_more(
        redis, stage, stream, have=len(batch), limit=limit, wait_ms=wait_ms
    )
    yield [*batch, *late_items]
    if late_ids:
        await redis.xack(stream, stage, *late_ids)


def as_bytes(item: Any) -> bytes:
    if isinstance(item, bytes):
        return item
    if isinstance(item, str):
        return item.encode()
    return json.dumps(item, ensure_ascii=False, default=str).encode()


def validate_each(items: list[Any], model: type[Model]) -> tuple[list[Model], list[tuple[Any, Exception]]]:
    """Each item as `model`, or the reason it isn't one."""
    good: list[Model] = []
    bad: list[tuple[Any, Exception]] = []
    for item in items:
        try:
            if isinstance(item, bytes | str):
                good.append(model.model_validate_json(item))
            else:
                good.append(model.model_validate(item))
        except ValidationError as exc:
            bad.append((item, exc))
    return good, bad


async def dead_letter(broker: Any, stage: str, stream: str, payload: bytes, exc: BaseException) -> None:
    DOCUMENTS.labels(stage, "dead").inc()
    await publish_dead_letter(broker, dead_letter_for(stage, stream, payload, exc))


async def process_each(
    items: list[Any],
    model: type[Model],
    *,
    stage: str,
    stream: str,
    broker: Any,
    work: Callable[[Model], Awaitable[None]],
) -> None:
    """Validate and handle each message of a batch on its own."""
    messages, malformed = validate_each(items, model)
    for item, exc in malformed:
        await dead_letter(broker, stage, stream, as_bytes(item), exc)
    for message in messages:
        try:
            await work(message)
        except Exception as exc:
            if is_transient(exc):
                raise
            if not isinstance(exc, PermanentError):
                log.exception("unexpected error in %s, dead-lettering the message", stage)
            await dead_letter(broker, stage, stream, message.model_dump_json().encode(), exc)
        else:
            DOCUMENTS.labels(stage, "ok").inc()
