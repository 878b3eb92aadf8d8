"""Load replicas take turns migrating, through a lock in the real Redis they share."""

import threading
import time

import pytest
import redis

from services.load.migrations import MIGRATION_LOCK, migration_lock

pytestmark = pytest.mark.integration


def test_a_second_replica_waits_while_the_first_migrates_past_the_lock_ttl(settings, fresh_redis) -> None:
    holding = threading.Event()
    order: list[str] = []

    def first_replica() -> None:
        with migration_lock(settings.REDIS_URL, ttl=0.3):
            holding.set()
            time.sleep(1.2)  # four times the TTL: only the holder's extensions keep the lock
            order.append("first done")

    thread = threading.Thread(target=first_replica)
    thread.start()
    assert holding.wait(5)
    with pytest.raises(TimeoutError), migration_lock(settings.REDIS_URL, ttl=0.3, wait=0.6):
        order.append("second entered early")
    with migration_lock(settings.REDIS_URL, ttl=0.3, wait=5):
        order.append("second")
    thread.join()
    assert order == ["first done", "second"]
    assert not fresh_redis.exists(MIGRATION_LOCK)


def test_the_lock_of_a_dead_replica_expires(settings, fresh_redis) -> None:
    dead = redis.Redis.from_url(settings.REDIS_URL).lock(MIGRATION_LOCK, timeout=0.5)
    assert dead.acquire(blocking=False)  # taken and never released or extended, as by a killed process
    started = time.monotonic()
    with migration_lock(settings.REDIS_URL, wait=5):
        waited = time.monotonic() - started
    assert 0.2 < waited < 5


def test_a_lock_lost_while_migrating_fails_the_start_up(settings, fresh_redis) -> None:
    with pytest.raises(RuntimeError, match="lost"), migration_lock(settings.REDIS_URL, ttl=0.3):
        fresh_redis.delete(MIGRATION_LOCK)  # expired or taken over: the next extension finds it gone
        time.sleep(0.5)
