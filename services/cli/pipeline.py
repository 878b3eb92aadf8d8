"""`suanli run`: all four stages in one process over one Redis, inputs submitted, wait until drained."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from faststream.redis import RedisBroker

from services.clean.app import create_router as clean_router
from services.extract.app import create_router as extract_router
from services.fetch.app import create_router as fetch_router
from services.fetch.sources import expand_sources, source_url
from services.load.app import create_router as load_router
from shared.dead_letters import read_dead_letters
from shared.envelope import redis_of
from shared.ids import doc_id_for
from shared.messages import DeadLetter, FetchRequest
from shared.settings import Settings
from shared.stage import StageRouter, ensure_groups, redis_broker, start_publishers, trim_acknowledged
from shared.streams import DEAD, FETCH, STAGE_INPUT

from .status import GroupState, group_states

log = logging.getLogger("suanli.run")
ROUTERS: dict[str, Callable[[Settings], StageRouter]] = {
    "fetch": fetch_router,
    "clean": clean_router,
    "extract": extract_router,
    "load": load_router,
}


@dataclass
class RunSummary:
    submitted: int
    seconds: float
    doc_ids: list[str] = field(default_factory=list)
    """The documents the submitted sources became."""
    dead_letters: list[DeadLetter] = field(default_factory=list)


async def submit(broker: RedisBroker, requests: Sequence[FetchRequest]) -> None:
    """Queue fetch requests; pipelined so a large directory goes in at once."""
    for request in requests:
        await broker.publish(request, stream=FETCH)


async def last_entry_id(redis: Any, stream: str) -> str:
    entries = await redis.xrevrange(stream, count=1)
    if not entries:
        return "0-0"
    entry_id = entries[0][0]
    return entry_id.decode() if isinstance(entry_id, bytes) else entry_id


async def wait_until_drained(
    redis: Any, timeout: float, on_progress: Callable[[list[GroupState]], None] | None = None
) -> None:
    """Every stage's group has read everything (no lag) and acknowledged it (no pending).

    Stages publish before they ack, and the streams are checked in pipeline order, so one pass that sees
    them all drained means nothing is still on its way.
    """
    deadline = time.monotonic() + timeout
    while True:
        states = await group_states(redis)
        if on_progress:
            on_progress(states)
        if all(state.drained for state in states):
            return
        if time.monotonic() > deadline:
            stuck = ", ".join(f"{s.group}: lag {s.lag} pending {s.pending}" for s in states if not s.drained)
            raise TimeoutError(f"pipeline not drained after {timeout:.0f}s ({stuck})")
        await asyncio.sleep(0.05)


def build_broker(
    redis_url: str, settings: Settings, stages: Sequence[str]
) -> tuple[RedisBroker, list[StageRouter]]:
    """A broker serving the given stages, with their routers (to close when the broker stops)."""
    broker = redis_broker(redis_url)
    routers = [ROUTERS[stage](settings) for stage in stages]
    for router in routers:
        broker.include_router(router)
    return broker, routers


async def run_pipeline(
    sources: Sequence[str],
    settings: Settings,
    redis_url: str,
    timeout: float = 600.0,
    on_progress: Callable[[list[GroupState]], None] | None = None,
) -> RunSummary:
    """Run every stage in this process until the submitted sources have gone all the way through."""
    requests = list(expand_sources(sources))
    started = time.monotonic()
    broker, routers = build_broker(redis_url, settings, list(ROUTERS))
    await broker.connect()
    redis = redis_of(broker)
    await ensure_groups(redis)
    dead_before = await last_entry_id(redis, DEAD)
    await start_publishers(broker)
    await broker.start()
    try:
        await submit(broker, requests)
        await wait_until_drained(redis, timeout, on_progress)
        letters = [letter for _, letter in await read_dead_letters(redis, after=dead_before)]
        for stream in STAGE_INPUT.values():  # everything went through: keep the streams small
            await trim_acknowledged(redis, stream)
    finally:
        await broker.stop()
        for router in routers:
            await router.close()
    return RunSummary(
        submitted=len(requests),
        seconds=time.monotonic() - started,
        doc_ids=[doc_id_for(source_url(request)) for request in requests],
        dead_letters=letters,
    )
