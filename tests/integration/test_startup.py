"""A stage started with a backlog waiting handles it all: nothing is dead-lettered because the stage's
publishers were not ready when its subscribers began to read (FastStream starts subscribers first)."""

import os
import subprocess
import time

import pytest

from shared.envelope import DATA_FIELD
from shared.messages import FetchRequest
from shared.streams import DEAD, FETCH, RAW
from tests.conftest import ROOT, SEED_FILES
from tests.integration.test_processes import SUANLI

pytestmark = pytest.mark.integration


def test_backlog_at_start_is_handled_not_dead_lettered(settings, fresh_redis, tmp_path) -> None:
    requests = [FetchRequest(path=str(seed)) for seed in SEED_FILES] * 50
    for request in requests:
        fresh_redis.xadd(FETCH, {DATA_FIELD: request.model_dump_json()})
    env = {**os.environ, "REDIS_URL": settings.REDIS_URL, "PYTHONUNBUFFERED": "1"}
    with (tmp_path / "fetch.log").open("w") as log:
        fetch = subprocess.Popen([*SUANLI, "serve", "fetch"], env=env, cwd=ROOT, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 60
            while fresh_redis.xlen(RAW) + fresh_redis.xlen(DEAD) < len(requests):
                assert time.monotonic() < deadline, (tmp_path / "fetch.log").read_text()[-2000:]
                time.sleep(0.1)
        finally:
            fetch.terminate()
            fetch.wait(timeout=30)
    assert fresh_redis.xlen(DEAD) == 0, (tmp_path / "fetch.log").read_text()[-2000:]
    assert fresh_redis.xlen(RAW) == len(requests)
