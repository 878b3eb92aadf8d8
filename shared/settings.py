"""Settings from the environment. Only REDIS_URL and CLICKHOUSE_URL differ between embedded and deployed."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything a stage can be told from outside; unset URLs mean the embedded runtime."""

    model_config = SettingsConfigDict(env_ignore_empty=True, extra="ignore")

    REDIS_URL: str | None = None
    """redis://host:6379/0 or unix:///path.sock; unset: start the embedded redis-server."""
    CLICKHOUSE_URL: str | None = None
    """http://user:pass@host:8123 or chdb:///abs/path; unset: chDB under VAR_DIR."""
    VAR_DIR: Path = Path("var")
    """Where the embedded runtime keeps its socket, Redis data and chDB files."""

    MAX_BODY_BYTES: int = 5 * 1024 * 1024
    """Larger sources are dead-lettered as too_large."""
    HTTP_TIMEOUT_SECONDS: float = 20.0
    HTTP_USER_AGENT: str = "suanli/0.1 (+https://github.com/suanli)"

    FETCH_CONCURRENCY: int = 16
    """Downloads one fetch replica runs at once."""

    MAX_ATTEMPTS: int = 5
    """Deliveries before a message that keeps failing transiently is dead-lettered."""
    RECLAIM_IDLE_MS: int = 60_000
    """A pending message idle this long belongs to a dead consumer and is claimed by a live one."""
    POLL_MS: int = 100
    """How long a read blocks waiting for new messages."""

    NEAR_DUPLICATES: bool = True
    """Mark syndicated copies (MinHash LSH shared in Redis); off only where there is no real Redis."""
    NEAR_DUPLICATE_DAYS: int = 60
    """How long an article stays in the near-duplicate index (its Redis keys expire after that)."""

    BATCH_MAX: int = 32
    """Most messages clean and extract read and handle at once (outputs published in one pipeline)."""
    LOAD_BATCH_MAX: int = 500
    """Most messages load reads and inserts at once."""
    LOAD_BATCH_WAIT_MS: int = 100
    """How long load waits for more messages before inserting a small batch (time threshold)."""

    TRIM_INTERVAL_SECONDS: float = 30.0
    """How often a stage trims its input stream below what every group acknowledged."""
    METRICS_PORT: int = 0
    """`suanli serve` exposes /metrics and /health on this port (0: off)."""

    def chdb_path(self) -> Path:
        return (self.VAR_DIR / "clickhouse").resolve()

    def clickhouse_dsn(self) -> str:
        return self.CLICKHOUSE_URL or f"chdb://{self.chdb_path()}"
