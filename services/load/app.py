"""load: suanli:facts (ExtractedFacts, read in batches) -> ClickHouse suanli.articles/facts/events."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from clickhouse_connect.driver.exceptions import OperationalError
from faststream import Context, FastStream
from faststream.redis import RedisBroker

from shared.batches import as_bytes, dead_letter, validate_each, with_late_arrivals
from shared.envelope import redis_of
from shared.errors import PermanentError, TransientError
from shared.messages import ExtractedFacts
from shared.observability import BATCH_SIZE, DOCUMENTS
from shared.settings import Settings
from shared.stage import StageRouter, build_app, stage_router, stage_subscriber
from shared.streams import FACTS

from .clickhouse import connect
from .migrations import migrate
from .staging import with_article
from .writer import ClickHouseWriter

STAGE = "load"
log = logging.getLogger("suanli.load")


def write_isolating_bad_messages(
    writer: ClickHouseWriter, bodies: list[bytes]
) -> list[tuple[bytes, Exception]]:
    """Insert the batch as it came; if the engine refuses it, validate each message in pydantic (a
    malformed one is returned with pydantic's reason) and insert the valid ones, document by document if
    they are refused together; return what is refused with why. Connection trouble is transient: the
    whole batch is retried."""
    try:
        _write(writer, bodies)
        return []
    except TransientError:
        raise
    except Exception:
        log.info("batch of %d refused, validating message by message", len(bodies), exc_info=True)
    messages, malformed = validate_each(bodies, ExtractedFacts)
    rejected: list[tuple[bytes, Exception]] = [(as_bytes(body), exc) for body, exc in malformed]
    valid = [with_article(message) for message in messages]
    if len(valid) > 1:
        try:
            _write(writer, valid)
            return rejected
        except TransientError:
            raise
        except Exception:
            log.warning("valid messages refused together, inserting document by document", exc_info=True)
    for body in valid:
        try:
            _write(writer, [body])
        except TransientError:
            raise
        except Exception as exc:  # noqa: BLE001 - any rejection of one document's data dead-letters it
            rejected.append((body, _refusal(exc)))
    return rejected


def _refusal(exc: BaseException) -> PermanentError:
    return PermanentError(f"ClickHouse rejected the rows: {exc}", reason="insert_rejected")


def _write(writer: ClickHouseWriter, bodies: list[bytes]) -> None:
    try:
        writer.write(bodies)
    except OperationalError as exc:
        raise TransientError(f"ClickHouse unavailable: {exc}", reason="clickhouse_unavailable") from exc


def create_router(settings: Settings, writer: ClickHouseWriter | None = None) -> StageRouter:
    """The load handlers; migrations run here, before the first message is read."""
    if writer is None:
        client = connect(settings)
        migrate(client)
        writer = ClickHouseWriter(client)
        writer.check_schema()
    router = stage_router(STAGE, settings)

    @stage_subscriber(router, STAGE, settings, batch_size=settings.LOAD_BATCH_MAX)
    async def load_batch(batch: list[Any], broker: Any = Context("broker")) -> None:
        # chDB pays ~5-10 ms per insert whatever its size: at low rates, wait a little for more rows.
        limits = {"limit": settings.LOAD_BATCH_MAX, "wait_ms": settings.LOAD_BATCH_WAIT_MS}
        async with with_late_arrivals(redis_of(broker), STAGE, FACTS, batch, **limits) as items:
            bodies = [as_bytes(item) for item in items]
            BATCH_SIZE.observe(len(bodies))
            # In a worker thread: the engine releases the GIL while it works, so the loop keeps reading
            # ahead and, when stages share a process, the other stages keep working meanwhile.
            rejected = await asyncio.to_thread(write_isolating_bad_messages, writer, bodies)
            for body, exc in rejected:
                await dead_letter(broker, STAGE, FACTS, body, exc)
            DOCUMENTS.labels(STAGE, "ok").inc(len(bodies) - len(rejected))

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The load service alone, around REDIS_URL and CLICKHOUSE_URL."""
    return build_app(STAGE, create_router, settings, broker)
