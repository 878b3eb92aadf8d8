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
from .migrations import migrate, migration_lock
from .writer import ClickHouseWriter

STAGE = "load"
log = logging.getLogger("suanli.load")


def write_isolating_bad_documents(
    writer: ClickHouseWriter, messages: list[ExtractedFacts]
) -> list[tuple[ExtractedFacts, Exception]]:
    """Insert the batch; if ClickHouse rejects it for its data, insert document by document and return
    the documents it still rejects. Connection trouble is transient: the whole batch is retried."""
    try:
        _write(writer, messages)
        return []
    except TransientError:
        raise
    except Exception:
        if len(messages) == 1:
            raise
        log.warning("batch insert failed, retrying document by document", exc_info=True)
    rejected = []
    for message in messages:
        try:
            _write(writer, [message])
        except TransientError:
            raise
        except Exception as exc:  # noqa: BLE001 - any rejection of one document's data dead-letters it
            rejected.append((message, exc))
    return rejected


def _write(writer: ClickHouseWriter, messages: list[ExtractedFacts]) -> None:
    try:
        writer.write(messages)
    except OperationalError as exc:
        raise TransientError(f"ClickHouse unavailable: {exc}", reason="clickhouse_unavailable") from exc


def create_router(settings: Settings, writer: ClickHouseWriter | None = None) -> StageRouter:
    """The load handlers; migrations run here, before the first message is read."""
    if writer is None:
        client = connect(settings)
        with migration_lock(settings.REDIS_URL):
            migrate(client)
        writer = ClickHouseWriter(client)
        writer.check_schema()
    router = stage_router(STAGE, settings)

    @stage_subscriber(router, STAGE, settings, batch_size=settings.LOAD_BATCH_MAX)
    async def load_batch(batch: list[Any], broker: Any = Context("broker")) -> None:
        # chDB pays ~5-10 ms per insert whatever its size: at low rates, wait a little for more rows.
        limits = {"limit": settings.LOAD_BATCH_MAX, "wait_ms": settings.LOAD_BATCH_WAIT_MS}
        async with with_late_arrivals(redis_of(broker), STAGE, FACTS, batch, **limits) as items:
            messages, malformed = validate_each(items, ExtractedFacts)
            for item, exc in malformed:
                await dead_letter(broker, STAGE, FACTS, as_bytes(item), exc)
            if messages:
                BATCH_SIZE.observe(len(messages))
                # In a worker thread: the engine releases the GIL while it inserts, so the loop keeps
                # reading ahead and, when stages share a process, the other stages keep working meanwhile.
                rejected = await asyncio.to_thread(write_isolating_bad_documents, writer, messages)
                for message, exc in rejected:
                    error = PermanentError(f"ClickHouse rejected the rows: {exc}", reason="insert_rejected")
                    await dead_letter(broker, STAGE, FACTS, message.model_dump_json().encode(), error)
                DOCUMENTS.labels(STAGE, "ok").inc(len(messages) - len(rejected))

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The load service alone, around REDIS_URL and CLICKHOUSE_URL."""
    return build_app(STAGE, create_router, settings, broker)
