"""The stages as separate processes (`suanli serve ...`) against one Redis; rows checked in ClickHouse
after `load` has stopped (chDB allows one engine per process, so the reader is another process)."""

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import redis.asyncio as aioredis

from services.cli.pipeline import wait_until_drained
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.integration
SUANLI = [sys.executable, "-m", "services.cli"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def suanli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*SUANLI, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_stages_as_separate_processes(backends, fresh_redis, tmp_path) -> None:
    clickhouse_url = backends.clickhouse_url
    if clickhouse_url.startswith("chdb://"):
        clickhouse_url = f"chdb://{tmp_path / 'clickhouse'}"  # this process holds the shared chDB path
    env = {
        **os.environ,
        "REDIS_URL": backends.redis_url,
        "CLICKHOUSE_URL": clickhouse_url,
        "RECLAIM_IDLE_MS": "30000",
        "PYTHONUNBUFFERED": "1",
    }
    metrics_port = free_port()
    services = {
        stage: subprocess.Popen(
            [*SUANLI, "serve", stage],
            env={**env, "METRICS_PORT": str(metrics_port)} if stage == "clean" else env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            # A file, not a pipe: a pipe nobody reads fills up and blocks the service's logging.
            stderr=(tmp_path / f"{stage}.log").open("w"),
        )
        for stage in ("fetch", "clean", "extract", "load")
    }
    try:
        submitted = suanli("submit", str(SEEDS), env=env)
        assert submitted.returncode == 0, submitted.stderr

        async def drained() -> None:
            client = aioredis.Redis.from_url(backends.redis_url)
            try:
                await wait_until_drained(client, timeout=120)
            finally:
                await client.aclose()

        asyncio.run(drained())
        health = urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/health", timeout=5)
        assert health.status == 200
        metrics = (
            urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5).read().decode()
        )
        cleaned = re.search(r'suanli_documents_total\{outcome="ok",stage="clean"\} ([\d.]+)', metrics)
        assert cleaned and float(cleaned.group(1)) >= 2, metrics[:2000]
        assert "faststream_received_messages_total" in metrics
        for process in services.values():
            assert process.poll() is None, (tmp_path / "load.log").read_text()[-3000:]
    finally:
        for process in services.values():
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 30
        for process in services.values():
            try:
                process.wait(timeout=max(1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()

    result = suanli(
        "query", "SELECT metric, value, period FROM suanli.facts FINAL", "--format", "jsonl", env=env
    )
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) >= 15
    assert any('"metric": "ai_compute_capacity"' in row and '"period": "2024"' in row for row in rows)
