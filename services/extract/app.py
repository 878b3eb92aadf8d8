"""extract: suanli:clean (CleanDocument) -> suanli:facts (ExtractedFacts)."""

from __future__ import annotations

from faststream import FastStream
from faststream.redis import RedisBroker, RedisRouter

from shared.messages import CleanDocument, ExtractedFacts
from shared.observability import FACTS_PER_DOCUMENT
from shared.settings import Settings
from shared.stage import build_app, stage_router, stage_subscriber
from shared.streams import FACTS

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
        article=document,
    )


def create_router(settings: Settings) -> RedisRouter:
    router = stage_router(STAGE, settings)
    facts_out = router.publisher(stream=FACTS)

    @stage_subscriber(router, STAGE, settings)
    async def extract_document(document: CleanDocument) -> None:
        await facts_out.publish(extracted(document))

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The extract service alone, around REDIS_URL (or a broker built by the caller)."""
    return build_app(create_router, settings, broker)
