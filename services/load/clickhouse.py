"""One ClickHouse client per process: a server over HTTP, or chDB in-process (one engine per process)."""

from __future__ import annotations

import threading
from typing import Any

import clickhouse_connect

from shared.settings import Settings

_clients: dict[str, Any] = {}
_lock = threading.Lock()


def connect(settings: Settings) -> Any:
    """The process's client for the configured DSN, created once."""
    dsn = settings.clickhouse_dsn()
    with _lock:
        if dsn not in _clients:
            if not settings.CLICKHOUSE_URL:
                settings.chdb_path().parent.mkdir(parents=True, exist_ok=True)
            _clients[dsn] = clickhouse_connect.get_client(dsn=dsn)
        return _clients[dsn]
