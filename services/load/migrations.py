"""Versioned DDL, applied at start-up and recorded; the same files run on chDB and a ClickHouse server."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("suanli.load.migrations")

SCHEMA_DIR = Path(__file__).with_name("schema")
MIGRATION_FILE = re.compile(r"^(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql$")
BOOTSTRAP = (
    "CREATE DATABASE IF NOT EXISTS suanli",
    "CREATE TABLE IF NOT EXISTS suanli.schema_migrations (version UInt32, name String, "
    "applied_at DateTime64(3, 'UTC') DEFAULT now64(3)) ENGINE = ReplacingMergeTree ORDER BY version",
)


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
