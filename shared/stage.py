"""Wiring every stage shares: its router, its consumer-group subscriptions, its consumer groups."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from faststream import AckPolicy, FastStream
from faststream.redis import RedisBroker, RedisRouter, StreamSub
from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from shared.batches import raw_batch_decoder, raw_batch_parser
from shared.dead_letters import DeadLetterMiddleware
from shared.envelope import as_text, redis_of
from shared.observability import prometheus_middleware
from shared.settings import Settings
from shared.streams import STAGE_INPUT, consumer_name

log = logging.getLogger("suanli.stage")


class StageRouter(RedisRouter):
    """A stage's router, with what the stage holds open (an HTTP connection pool...) to close on stop."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.closers: list[Callable[[], Awaitable[None]]] = []

    async def close(self) -> None:
        """Close everything, even after one close fails (logged): the others still hold resources."""
        for close in self.closers:
            try:
                await close()
            except Exception:
                log.exception("closing a resource of the stage failed")


def stage_router(stage: str, settings: Settings) -> StageRouter:
    """A router whose handlers dead-letter what they cannot process."""
    return StageRouter(
        middlewares=[
            prometheus_middleware(stage),
            DeadLetterMiddleware.for_stage(stage, settings.MAX_ATTEMPTS),
        ]
    )


def stage_subscriber(
    router: RedisRouter,
    stage: str,
    settings: Settings,
    *,
    batch_size: int = 0,
    concurrency: int = 1,
) -> Callable[[Callable[..., Any]], Any]:
    """Subscribe a handler to its stage's input through the stage's consumer group.

    Two subscriptions share the handler: one reads new messages, the other claims messages left pending
    by a consumer that died (idle longer than RECLAIM_IDLE_MS). Acks come after the handler returns,
    i.e. after its output is published; on a transient error the message stays pending. With
    `batch_size` the handler gets up to that many messages at once (see shared/batches.py).
    """
    common = {
        "group": stage,
        "consumer": consumer_name(),
        "batch": batch_size > 0,
        "max_records": batch_size or None,
    }
    subscriptions = [StreamSub(STAGE_INPUT[stage], polling_interval=settings.POLL_MS, **common)]
    if settings.RECLAIM_IDLE_MS > 0:
        reclaim = {"min_idle_time": settings.RECLAIM_IDLE_MS, "polling_interval": max(settings.POLL_MS, 1000)}
        subscriptions.append(StreamSub(STAGE_INPUT[stage], **reclaim, **common))

    options: dict[str, Any] = {"ack_policy": AckPolicy.NACK_ON_ERROR}
    if batch_size:
        options["parser"] = raw_batch_parser
        options["decoder"] = raw_batch_decoder
    if concurrency > 1:
        options["max_workers"] = concurrency

    def register(handler: Callable[..., Any]) -> Any:
        for sub in subscriptions:
            handler = router.subscriber(stream=sub, **options)(handler)
        return handler

    return register


async def start_publishers(broker: RedisBroker) -> None:
    """Give every publisher its producer before any subscriber starts. FastStream's `broker.start()`
    starts subscribers first: with a backlog waiting, handlers ran and published before their publisher
    had a producer, and those messages were dead-lettered (IncorrectState) at every restart."""
    for publisher in broker.publishers:
        await publisher.start()


async def ensure_groups(redis: Redis) -> None:
    """Create every stage's consumer group at the start of its stream.

    FastStream would create them at '$' (only messages published after the group exists); creating them
    at '0' first means a stage started after its input was written still sees everything.
    """
    for stage, stream in STAGE_INPUT.items():
        try:
            await redis.xgroup_create(stream, stage, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise


def redis_broker(url: str) -> RedisBroker:
    """A broker for one Redis, logging through `suanli.broker` (per-message lines at DEBUG)."""
    return RedisBroker(url, logger=logging.getLogger("suanli.broker"), log_level=logging.DEBUG)


def _id_after(entry_id: str) -> str:
    millis, _, seq = entry_id.partition("-")
    return f"{millis}-{int(seq or 0) + 1}"


def _as_tuple(entry_id: str) -> tuple[int, int]:
    millis, _, seq = entry_id.partition("-")
    return int(millis), int(seq or 0)


async def trim_acknowledged(redis: Any, stream: str) -> int:
    """Drop the entries every consumer group of the stream has acknowledged; keep anything pending or
    not yet delivered to some group. Returns how many entries went."""
    if not await redis.exists(stream):
        return 0
    keep_from: list[str] = []
    for group in await redis.xinfo_groups(stream):
        name = as_text(group["name"])
        last = as_text(group["last-delivered-id"])
        if int(group["pending"]):
            oldest = (await redis.xpending(stream, name))["min"]
            keep_from.append(as_text(oldest))
        else:
            keep_from.append(_id_after(last))
    if not keep_from:
        return 0
    return await redis.xtrim(stream, minid=min(keep_from, key=_as_tuple), approximate=False)


async def trim_forever(redis: Any, stream: str, interval_seconds: float) -> None:
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            await trim_acknowledged(redis, stream)
        except RedisError:
            log.warning("could not trim %s, will try again", stream, exc_info=True)


def build_app(
    stage: str,
    create_router: Callable[[Settings], StageRouter],
    settings: Settings | None = None,
    broker: RedisBroker | None = None,
) -> FastStream:
    """Wire one stage's router into a broker and an app that creates the consumer groups on start and
    trims its input stream below what every group has acknowledged while it runs."""
    settings = settings or Settings()
    if broker is None:
        if not settings.REDIS_URL:
            raise ValueError("REDIS_URL is not set: use `suanli serve`, which starts the embedded Redis")
        broker = redis_broker(settings.REDIS_URL)
    router = create_router(settings)
    broker.include_router(router)
    app = FastStream(broker)

    trimming: list[asyncio.Task[None]] = []

    @app.on_startup
    async def create_groups() -> None:
        await broker.connect()
        await ensure_groups(redis_of(broker))
        await start_publishers(broker)

    @app.after_startup
    async def start_trimming() -> None:
        trim = trim_forever(redis_of(broker), STAGE_INPUT[stage], settings.TRIM_INTERVAL_SECONDS)
        trimming.append(asyncio.create_task(trim))

    @app.on_shutdown
    async def stop_trimming() -> None:
        for task in trimming:
            task.cancel()

    @app.after_shutdown
    async def close_resources() -> None:
        await router.close()

    return app
