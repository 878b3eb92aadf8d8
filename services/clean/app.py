"""clean: suanli:raw (RawDocument) -> suanli:clean (CleanDocument)."""

from __future__ import annotations

from typing import Any

from faststream import Context, FastStream
from faststream.redis import RedisBroker

from shared.batches import process_each
from shared.envelope import encoded, redis_of
from shared.messages import CleanDocument, RawDocument
from shared.settings import Settings
from shared.stage import StageRouter, build_app, stage_router, stage_subscriber
from shared.streams import CLEAN, RAW

from .dedup import near_duplicate_index
from .document import clean_document

STAGE = "clean"


def create_router(settings: Settings) -> StageRouter:
    router = stage_router(STAGE, settings)
    clean_out = router.publisher(stream=CLEAN)

    @stage_subscriber(router, STAGE, settings, batch_size=settings.BATCH_MAX)
    async def clean_raw_documents(batch: list[Any], broker: Any = Context("broker")) -> None:
        redis = redis_of(broker)
        cleaned: list[CleanDocument] = []

        async def clean_one(raw: RawDocument) -> None:
            cleaned.append(clean_document(raw, settings.MAX_BODY_BYTES))

        await process_each(batch, RawDocument, stage=STAGE, stream=RAW, broker=broker, work=clean_one)
        if settings.NEAR_DUPLICATES and cleaned:
            # The whole batch in one round trip to the shared index.
            index = near_duplicate_index(redis, settings.NEAR_DUPLICATE_DAYS * 86400)
            originals = await index.first_copies([(d.doc_id, d.text) for d in cleaned])
            for document, original in zip(cleaned, originals, strict=True):
                document.duplicate_of = original
        async with redis.pipeline(transaction=False) as outputs:
            for document in cleaned:
                await clean_out.publish(encoded(document), pipeline=outputs)
            await outputs.execute()

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The clean service alone, around REDIS_URL (or a broker built by the caller)."""
    return build_app(STAGE, create_router, settings, broker)
