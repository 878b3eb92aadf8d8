"""fetch: suanli:fetch (FetchRequest) -> suanli:raw (RawDocument)."""

from __future__ import annotations

from faststream import FastStream
from faststream.redis import RedisBroker

from shared.envelope import encoded
from shared.messages import FetchRequest
from shared.settings import Settings
from shared.stage import StageRouter, build_app, stage_router, stage_subscriber
from shared.streams import RAW

from .http import Downloader
from .sources import read_file

STAGE = "fetch"


def create_router(settings: Settings) -> StageRouter:
    router = stage_router(STAGE, settings)
    raw_out = router.publisher(stream=RAW)
    downloader = Downloader(settings.HTTP_TIMEOUT_SECONDS, settings.HTTP_USER_AGENT)
    router.closers.append(downloader.close)

    # Downloads wait on the network, not the CPU: several at once per replica.
    @stage_subscriber(router, STAGE, settings, concurrency=settings.FETCH_CONCURRENCY)
    async def fetch_source(request: FetchRequest) -> None:
        if request.url:
            document = await downloader.download(request, settings.MAX_BODY_BYTES)
        else:
            document = read_file(request, settings.MAX_BODY_BYTES)
        await raw_out.publish(encoded(document))

    return router


def create_app(settings: Settings | None = None, broker: RedisBroker | None = None) -> FastStream:
    """The fetch service alone, around REDIS_URL (or a broker built by the caller)."""
    return build_app(STAGE, create_router, settings, broker)
