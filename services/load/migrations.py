"""Versioned DDL, applied at start-up and recorded; the same files run on chDB and a ClickHouse server."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
from redis.lock import Lock

log = logging.getLogger("suanli.load.migrations")

SCHEMA_DIR = Path(__file__).with_name("schema")
MIGRATION_FILE = re.compile(r"^(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql$")
BOOTSTRAP = (
    "CREATE DATABASE IF NOT EXISTS suanli",
    "CREATE TABLE IF NOT EXISTS suanli.schema_migrations (version UInt32, name String, "
    "applied_at DateTime64(3, 'UTC') DEFAULT now64(3)) ENGINE = ReplacingMergeTree ORDER BY version",
)


MIGRATION_LOCK = "suanli:lock:migrations"
LOCK_TTL_SECONDS = 60.0
LOCK_WAIT_SECONDS = 1800.0


def migration_files() -> list[tuple[int, str, Path]]:
    found = []
    for path in sorted(SCHEMA_DIR.glob("*.sql")):
        if match := MIGRATION_FILE.match(path.name):
            found.append((int(match["version"]), match["name"], path))
    return found


def statements(sql: str) -> list[str]:
    """Split a migration file into statements, comments dropped."""
    without_comments = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [part.strip() for part in without_comments.split(";") if part.strip()]


def migrate(client: Any) -> list[int]:
    """Apply every migration not yet recorded, in order; return the versions applied now."""
    for statement in BOOTSTRAP:
        client.command(statement)
    done = {row[0] for row in client.query("SELECT version FROM suanli.schema_migrations FINAL").result_rows}
    applied = []
    for version, name, path in migration_files():
        if version in done:
            continue
        for statement in statements(path.read_text(encoding="utf-8")):
            client.command(statement)
        client.insert("suanli.schema_migrations", [[version, name]], column_names=["version", "name"])
        log.info("applied migration %04d_%s", version, name)
        applied.append(version)
    return applied


@contextmanager
def migration_lock(
    redis_url: str | None, ttl: float = LOCK_TTL_SECONDS, wait: float = LOCK_WAIT_SECONDS
) -> Iterator[None]:
    """Load replicas starting together (`--scale load=2`) migrate one at a time: the first applies, the
    rest find nothing left to do. Two at once would each copy `facts` for a rebuild and one would drop the
    other's copy. The lock lives in the Redis every replica already shares and expires `ttl` seconds after
    a holder dies; a live holder keeps extending it, however long a rebuild takes."""
    if not redis_url:
        yield  # no shared Redis: a single process (tests, tools), nothing to take turns with
        return
    client = redis.Redis.from_url(redis_url, socket_timeout=max(ttl / 3, 1.0))
    # thread_local=False: the keeper thread extends with the token the starting thread acquired
    lock = client.lock(MIGRATION_LOCK, timeout=ttl, blocking_timeout=wait, thread_local=False)
    try:
        if not lock.acquire():
            raise TimeoutError(f"another load replica held {MIGRATION_LOCK} for over {wait:.0f} s")
        lost: list[BaseException] = []
        stop = threading.Event()
        keeper = threading.Thread(target=_keep_extending, args=(lock, ttl, stop, lost), daemon=True)
        keeper.start()
        try:
            yield
        finally:
            stop.set()
            keeper.join()
            if not lost:
                lock.release()
        if lost:
            # Another replica may have migrated meanwhile: fail start-up, and the restart finds the
            # versions recorded (migrations are applied once each, and each is safe to rerun).
            raise RuntimeError(f"lost {MIGRATION_LOCK} while migrating") from lost[0]
    finally:
        client.close()


def _keep_extending(lock: Lock, ttl: float, stop: threading.Event, lost: list[BaseException]) -> None:
    while not stop.wait(ttl / 3):
        try:
            lock.extend(ttl, replace_ttl=True)
        except (redis.RedisError, OSError) as exc:  # LockNotOwnedError included: expired or taken
            log.exception("could not extend %s", MIGRATION_LOCK)
            lost.append(exc)
            return
