"""clean: suanli:raw (RawDocument) -> suanli:clean (CleanDocument)."""

from __future__ import annotations

from typing import Any

from faststream import Context, FastStream
from faststream.redis import RedisBroker, RedisRouter

from shared.batches import process_each
from shared.envelope import redis_of
from shared.messages import RawDocument
from shared.settings import Settings
from shared.stage import build_app, stage_router, stage_subscriber
from shared.streams import CLEAN, RAW

from .dedup import NearDuplicateIndex
from .document import clean_document

STAGE = "clean"


def create_router(settings: Settings) -> RedisRouter:
    router = stage_router(STAGE, settings)
    clean_out = router.publisher(stream=CLEAN)

    @stage_subscriber(router, STAGE, settings, batch_size=settings.BATCH_MAX)
    async def clean_raw_documents(batch: list[Any], broker: Any = Context("broker")) -> None:
        redis = redis_of(broker)
        async with redis.pipeline(transaction=False) as outputs:

            async def clean_one(raw: RawDocument) -> None:
                document = clean_document(raw, settings.MAX_BODY_BYTES)
                if settings.NEAR_DUPLICATES:
                    document.duplicate_of = await NearDuplicateIndex(
                        redis, settings.NEAR_DUPLICATE_DAYS * 86400
                    ).first_copy(document.doc_id, document.text)
                await clean_out.publish(document, pipeline=outputs)

            await process_each(batch, RawDocument, stage=STAGE, stream=RAW, broker=broker, work=clean_one)
            await outputs.execute()

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The clean service alone, around REDIS_URL (or a broker built by the caller)."""
    return build_app(STAGE, create_router, settings, broker)
