"""At-least-once delivery: a message that fails transiently stays pending, is reclaimed and retried, and
after MAX_ATTEMPTS deliveries lands on the dead-letter stream; nothing accepted is lost."""

import asyncio

import pytest
import redis.asyncio as aioredis

from shared.dead_letters import read_dead_letters
from shared.envelope import redis_of
from shared.errors import TransientError
from shared.messages import FetchRequest
from shared.settings import Settings
from shared.stage import ensure_groups, redis_broker, stage_router, stage_subscriber, trim_acknowledged
from shared.streams import FETCH

pytestmark = pytest.mark.integration


def test_transient_failures_are_retried_then_dead_lettered(settings, fresh_redis) -> None:
    fast = Settings(**{**settings.model_dump(), "RECLAIM_IDLE_MS": 150, "MAX_ATTEMPTS": 3, "POLL_MS": 50})
    attempts: list[str] = []

    async def scenario() -> list:
        router = stage_router("fetch", fast)

        @stage_subscriber(router, "fetch", fast)
        async def always_down(request: FetchRequest) -> None:
            attempts.append(request.url or "")
            if request.url == "https://flaky.example/once" and attempts.count(request.url) > 1:
                return  # recovered on its second delivery
            raise TransientError("upstream unavailable", reason="unavailable")

        broker = redis_broker(fast.REDIS_URL)
        broker.include_router(router)
        await broker.connect()
        await ensure_groups(redis_of(broker))
        await broker.start()
        try:
            await broker.publish(FetchRequest(url="https://down.example/always"), stream=FETCH)
            await broker.publish(FetchRequest(url="https://flaky.example/once"), stream=FETCH)
            # Each retry waits RECLAIM_IDLE_MS plus the reclaim poll (1 s): allow all of them, twice over.
            deadline = (
                asyncio.get_running_loop().time()
                + 2 * fast.MAX_ATTEMPTS * (1 + fast.RECLAIM_IDLE_MS / 1000)
                + 5
            )
            while asyncio.get_running_loop().time() < deadline:
                letters = await read_dead_letters(redis_of(broker))
                pending = (await redis_of(broker).xpending(FETCH, "fetch"))["pending"]
                if letters and pending == 0:
                    return letters
                await asyncio.sleep(0.05)
            raise AssertionError(f"no dead letter after retries; attempts so far: {attempts}")
        finally:
            await broker.stop()

    letters = [letter for _, letter in asyncio.run(scenario())]
    assert len(letters) == 1
    assert letters[0].reason == "unavailable" and letters[0].attempts == 3
    assert attempts.count("https://down.example/always") == 3
    assert attempts.count("https://flaky.example/once") == 2


def test_trimming_keeps_what_a_group_has_not_acknowledged(settings, fresh_redis) -> None:
    async def scenario() -> tuple[int, int]:
        client = aioredis.Redis.from_url(settings.REDIS_URL)
        try:
            await ensure_groups(client)
            ids = [await client.xadd(FETCH, {"n": str(i)}) for i in range(5)]
            await client.xreadgroup("fetch", "c1", {FETCH: ">"}, count=3)  # 3 delivered
            await client.xack(FETCH, "fetch", ids[0], ids[2])  # ids[1] still pending
            removed = await trim_acknowledged(client, FETCH)
            return removed, await client.xlen(FETCH)
        finally:
            await client.aclose()

    removed, left = asyncio.run(scenario())
    assert (removed, left) == (1, 4)  # only ids[0] goes: ids[1] is pending, ids[3:] undelivered
