"""Load into a real ClickHouse engine: migrations, idempotent redelivery, re-extraction replaces facts."""

import asyncio
from datetime import UTC, datetime

import pytest

from services.clean.document import clean_document
from services.cli.pipeline import build_broker, wait_until_drained
from services.extract.app import extracted
from services.fetch.sources import read_file
from services.load.migrations import migrate, migration_files, statements
from services.load.writer import ClickHouseWriter
from shared.envelope import redis_of
from shared.messages import ExtractedFacts, FetchRequest
from shared.stage import ensure_groups
from shared.streams import FACTS
from tests.conftest import SEEDS

pytestmark = pytest.mark.integration


def seed_facts() -> ExtractedFacts:
    path = SEEDS / "000_66d0186e73ff0a74.txt"
    return extracted(clean_document(read_file(FetchRequest(path=str(path)), 10**7)))


def counts(clickhouse) -> tuple[int, int, int]:
    return tuple(
        clickhouse.query(f"SELECT count() FROM suanli.{table} FINAL").result_rows[0][0]
        for table in ("articles", "facts", "events")
    )


def test_migrations_run_once(clickhouse) -> None:
    assert migrate(clickhouse) == []
    versions = clickhouse.query(
        "SELECT version FROM suanli.schema_migrations FINAL ORDER BY version"
    ).result_rows
    assert [v for (v,) in versions] == [version for version, _, _ in migration_files()]


def test_rebuilding_facts_with_small_granules_keeps_every_fact(clickhouse) -> None:
    ClickHouseWriter(clickhouse).write([seed_facts()])
    before = counts(clickhouse)
    assert before[1] > 0
    rebuild = next(path for _, name, path in migration_files() if name == "fact_granules")
    # Twice: a rerun after a crash between the swap and the drop must not swap the old table back.
    for _ in range(2):
        for statement in statements(rebuild.read_text(encoding="utf-8")):
            clickhouse.command(statement)
    assert counts(clickhouse) == before
    ddl = clickhouse.query("SHOW CREATE TABLE suanli.facts").result_rows[0][0]
    assert "index_granularity = 1024" in ddl


def test_same_message_three_times_same_rows(settings, clickhouse, fresh_redis) -> None:
    message = seed_facts()

    async def deliver() -> None:
        broker, routers = build_broker(settings.REDIS_URL, settings, ["load"])
        await broker.connect()
        await ensure_groups(redis_of(broker))
        await broker.start()
        try:
            for _ in range(3):
                await broker.publish(message, stream=FACTS)
            await wait_until_drained(redis_of(broker), timeout=60)
        finally:
            await broker.stop()
            for router in routers:
                await router.close()

    asyncio.run(deliver())
    articles, facts, events = counts(clickhouse)
    assert (articles, facts) == (1, len(message.facts))
    assert events == len(message.events)


def test_reextraction_replaces_old_facts(clickhouse) -> None:
    writer = ClickHouseWriter(clickhouse)
    message = seed_facts()
    writer.write([message])
    assert counts(clickhouse)[1] == len(message.facts)

    newer = message.model_copy(deep=True)
    newer.extractor_version = "9.9.9"
    newer.facts = newer.facts[:3]
    newer.events = newer.events[:-1]
    newer.facts[0].value = newer.facts[0].value * 2  # a changed reading of the same number
    writer.write([newer])
    rows = clickhouse.query(
        "SELECT value, extractor_version FROM suanli.facts FINAL WHERE doc_id = {d:String} ORDER BY span_start",
        parameters={"d": message.doc_id},
    ).result_rows
    assert len(rows) == 3
    assert {version for _, version in rows} == {"9.9.9"}
    assert rows[0][0] == message.facts[0].value * 2
    assert counts(clickhouse)[1:] == (3, len(message.events) - 1)


def test_series_view_picks_latest_and_flags_conflict(clickhouse) -> None:
    writer = ClickHouseWriter(clickhouse)
    first = seed_facts()
    second = first.model_copy(deep=True)
    second.doc_id, second.url, second.site = "other-doc", "https://example.com/b", "example.com"
    second.published_at = datetime(2025, 6, 1, tzinfo=UTC)
    for fact in second.facts:
        fact.cited_source = "另一家机构"
        if fact.metric == "ai_compute_capacity" and fact.period == "2025":
            fact.value = 1.2e21
    writer.write([first, second])
    rows = clickhouse.query(
        "SELECT latest_value, sources, conflict FROM suanli.series "
        "WHERE metric = 'ai_compute_capacity' AND period = '2025' AND measure = 'level'"
    ).result_rows
    assert rows == [(1.2e21, 2, True)]


def test_revisions_show_a_forecast_changing(clickhouse) -> None:
    writer = ClickHouseWriter(clickhouse)
    said_2025 = seed_facts()
    said_2026 = said_2025.model_copy(deep=True)
    said_2026.doc_id, said_2026.url = "later-report", "https://example.com/later"
    said_2026.published_at = datetime(2026, 1, 15, tzinfo=UTC)
    for fact in said_2026.facts:
        if fact.metric == "ai_compute_capacity" and fact.period == "2028":
            fact.value = 3.0e21  # the 2028 forecast, raised
    writer.write([said_2025, said_2026])
    rows = clickhouse.query(
        "SELECT said_on, value, change, revision FROM suanli.revisions "
        "WHERE metric = 'ai_compute_capacity' AND period = '2028' AND measure = 'level' ORDER BY said_on"
    ).result_rows
    assert [(str(d), v) for d, v, _, _ in rows] == [("2025-03-13", 2.7819e21), ("2026-01-15", 3.0e21)]
    assert rows[1][2] == pytest.approx(3.0e21 - 2.7819e21)
    assert [r for *_, r in rows] == [1, 2]


def test_times_are_stored_as_the_utc_instants_sent(clickhouse) -> None:
    message = seed_facts()
    message.published_at = datetime(2025, 3, 13, 9, 30, 15, 250000, tzinfo=UTC)
    message.fetched_at = datetime(2025, 3, 14, 1, 2, 3, 4000, tzinfo=UTC)  # whole milliseconds: DateTime64(3)
    ClickHouseWriter(clickhouse).write([message])
    article = clickhouse.query("SELECT published_at, fetched_at FROM suanli.articles FINAL").result_rows[0]
    fact_times = clickhouse.query("SELECT DISTINCT published_at FROM suanli.facts FINAL").result_rows
    assert [as_utc(value) for value in article] == [message.published_at, message.fetched_at]
    assert [as_utc(value) for (value,) in fact_times] == [message.published_at]


def as_utc(value: datetime) -> datetime:
    """The driver returns DateTime64(3, 'UTC') naive or aware depending on its settings; either is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def test_reextraction_of_a_document_loaded_before_the_id_lists(clickhouse) -> None:
    """Articles written before migration 0003 list no ids: their facts are found in the facts table."""
    writer = ClickHouseWriter(clickhouse)
    message = seed_facts()
    writer.write([message])
    clickhouse.command(
        "ALTER TABLE suanli.articles UPDATE fact_ids = [], event_ids = [], ids_listed = 0 WHERE 1 "
        "SETTINGS mutations_sync = 2"
    )
    newer = message.model_copy(deep=True)
    newer.facts = newer.facts[:2]
    writer.write([newer])
    assert counts(clickhouse)[1] == 2
