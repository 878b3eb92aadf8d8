"""extract: suanli:clean (CleanDocument) -> suanli:facts (ExtractedFacts)."""

from __future__ import annotations

from typing import Any

from faststream import Context, FastStream
from faststream.redis import RedisBroker

from shared.batches import process_each
from shared.envelope import encoded, redis_of
from shared.messages import CleanDocument, ExtractedFacts
from shared.observability import FACTS_PER_DOCUMENT
from shared.settings import Settings
from shared.stage import StageRouter, build_app, stage_router, stage_subscriber
from shared.streams import CLEAN, FACTS

from .facts import EXTRACTOR_VERSION, extract_facts

STAGE = "extract"


def extracted(document: CleanDocument) -> ExtractedFacts:
    """The facts of one document, with the article itself so load can store both together."""
    facts, events = extract_facts(document)
    FACTS_PER_DOCUMENT.observe(len(facts))
    return ExtractedFacts(
        doc_id=document.doc_id,
        url=document.url,
        site=document.site,
        title=document.title,
        published_at=document.published_at,
        published_source=document.published_source,
        fetched_at=document.fetched_at,
        extractor_version=EXTRACTOR_VERSION,
        facts=facts,
        events=events,
        # Load stores the article's text, not the map from text to original: half the message's size.
        article=document.model_copy(update={"offsets": []}),
    )


def create_router(settings: Settings) -> StageRouter:
    router = stage_router(STAGE, settings)
    facts_out = router.publisher(stream=FACTS)

    @stage_subscriber(router, STAGE, settings, batch_size=settings.BATCH_MAX)
    async def extract_documents(batch: list[Any], broker: Any = Context("broker")) -> None:
        async with redis_of(broker).pipeline(transaction=False) as outputs:

            async def extract_one(document: CleanDocument) -> None:
                await facts_out.publish(encoded(extracted(document)), pipeline=outputs)

            await process_each(
                batch, CleanDocument, stage=STAGE, stream=CLEAN, broker=broker, work=extract_one
            )
            await outputs.execute()

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The extract service alone, around REDIS_URL (or a broker built by the caller)."""
    return build_app(STAGE, create_router, settings, broker)
