"""clean: suanli:raw (RawDocument) -> suanli:clean (CleanDocument)."""

from __future__ import annotations

from typing import Any

from faststream import Context, FastStream
from faststream.redis import RedisBroker, RedisRouter

from shared.envelope import redis_of
from shared.messages import RawDocument
from shared.settings import Settings
from shared.stage import build_app, stage_router, stage_subscriber
from shared.streams import CLEAN

from .dedup import NearDuplicateIndex
from .document import clean_document

STAGE = "clean"


def create_router(settings: Settings) -> RedisRouter:
    router = stage_router(STAGE, settings)
    clean_out = router.publisher(stream=CLEAN)

    @stage_subscriber(router, STAGE, settings)
    async def clean_raw_document(raw: RawDocument, broker: Any = Context("broker")) -> None:
        document = clean_document(raw, settings.MAX_BODY_BYTES)
        if settings.NEAR_DUPLICATES:
            index = NearDuplicateIndex(redis_of(broker))
            document.duplicate_of = await index.first_copy(document.doc_id, document.text)
        await clean_out.publish(document)

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The clean service alone, around REDIS_URL (or a broker built by the caller)."""
    return build_app(create_router, settings, broker)
