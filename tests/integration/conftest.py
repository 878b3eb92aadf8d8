import pytest
import redis

from services.load.clickhouse import connect
from services.load.migrations import migrate
from shared.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(backends) -> Settings:
    return Settings(
        REDIS_URL=backends.redis_url,
        CLICKHOUSE_URL=backends.clickhouse_url,
        VAR_DIR=backends.var_dir,
        RECLAIM_IDLE_MS=30_000,
    )


@pytest.fixture
def clickhouse(settings):
    client = connect(settings)
    migrate(client)
    for table in ("articles", "facts", "events"):
        client.command(f"TRUNCATE TABLE suanli.{table}")
    return client


@pytest.fixture
def fresh_redis(settings):
    client = redis.Redis.from_url(settings.REDIS_URL)
    client.flushdb()
    yield client
    client.close()
