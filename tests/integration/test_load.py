"""Load into a real ClickHouse engine: migrations, idempotent redelivery, re-extraction replaces facts."""

import asyncio
from datetime import UTC, datetime

import pytest

from services.clean.document import clean_document
from services.cli.pipeline import build_broker, wait_until_drained
from services.extract.app import extracted
from services.fetch.sources import read_file
from services.load.app import write_isolating_bad_messages
from services.load.migrations import migrate, migration_files
from services.load.writer import BatchRefused, ClickHouseWriter
from shared.dead_letters import reason_for
from shared.envelope import encoded, redis_of
from shared.messages import ExtractedFacts, FetchRequest
from shared.stage import ensure_groups
from shared.streams import FACTS
from tests.conftest import SEEDS

pytestmark = pytest.mark.integration


def seed_facts() -> ExtractedFacts:
    path = SEEDS / "000_66d0186e73ff0a74.txt"
    return extracted(clean_document(read_file(FetchRequest(path=str(path)), 10**7)))


def bodies(*messages: ExtractedFacts) -> list[bytes]:
    return [encoded(message) for message in messages]


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
    writer.write(bodies(message))
    assert counts(clickhouse)[1] == len(message.facts)

    newer = message.model_copy(deep=True)
    newer.extractor_version = "9.9.9"
    newer.facts = newer.facts[:3]
    newer.events = newer.events[:-1]
    newer.facts[0].value = newer.facts[0].value * 2  # a changed reading of the same number
    writer.write(bodies(newer))
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
    writer.write(bodies(first, second))
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
    writer.write(bodies(said_2025, said_2026))
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
    ClickHouseWriter(clickhouse).write(bodies(message))
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
    writer.write(bodies(message))
    clickhouse.command(
        "ALTER TABLE suanli.articles UPDATE fact_ids = [], event_ids = [], ids_listed = 0 WHERE 1 "
        "SETTINGS mutations_sync = 2"
    )
    newer = message.model_copy(deep=True)
    newer.facts = newer.facts[:2]
    writer.write(bodies(newer))
    assert counts(clickhouse)[1] == 2


def test_a_document_sent_twice_in_a_batch_keeps_its_last_version(clickhouse) -> None:
    old = seed_facts()
    new = old.model_copy(deep=True)
    new.title, new.facts = "newer title", new.facts[:2]
    loaded = ClickHouseWriter(clickhouse).write(bodies(old, new))
    assert (loaded.documents, loaded.facts) == (1, 2)
    titles = clickhouse.query("SELECT title, length(fact_ids) FROM suanli.articles FINAL").result_rows
    assert titles == [("newer title", 2)]
    assert counts(clickhouse)[1] == 2


def test_a_number_listed_twice_is_stored_once_with_its_document(clickhouse) -> None:
    message = seed_facts()
    message.facts = [message.facts[0], message.facts[0].model_copy(), message.facts[1]]
    ClickHouseWriter(clickhouse).write(bodies(message))
    rows = clickhouse.query(
        "SELECT fact_id, doc_id, site, is_deleted, span_start FROM suanli.facts ORDER BY span_start"
    ).result_rows
    assert len(rows) == 2 and {row[1:4] for row in rows} == {(message.doc_id, message.site or "", 0)}
    (listed,) = clickhouse.query("SELECT fact_ids FROM suanli.articles").result_rows[0]
    assert listed == [row[0] for row in rows if row[4] == message.facts[0].span[0]] + [
        row[0] for row in rows if row[4] == message.facts[2].span[0]
    ]


def test_ids_are_the_same_whenever_a_message_is_loaded(clickhouse) -> None:
    message = seed_facts()
    writer = ClickHouseWriter(clickhouse)
    writer.write(bodies(message))
    first = clickhouse.query("SELECT fact_ids, event_ids FROM suanli.articles FINAL").result_rows
    writer.write(bodies(message))
    assert clickhouse.query("SELECT fact_ids, event_ids FROM suanli.articles FINAL").result_rows == first
    assert len(set(first[0][0])) == len(message.facts)


def test_a_body_smuggling_a_second_message_is_refused_and_dead_lettered(clickhouse) -> None:
    message = seed_facts()
    other = message.model_copy(update={"doc_id": "smuggled"})
    smuggling = encoded(message) + b'}\n{"seq":7,"m":' + encoded(other)
    writer = ClickHouseWriter(clickhouse)
    with pytest.raises(BatchRefused):
        writer.write([smuggling])
    rejected = write_isolating_bad_messages(writer, [smuggling, encoded(message)])
    assert [reason_for(exc) for _, exc in rejected] == ["validation"]
    assert clickhouse.query("SELECT doc_id FROM suanli.articles FINAL").result_rows == [(message.doc_id,)]


def test_bad_messages_are_returned_with_reasons_and_the_rest_loaded(clickhouse) -> None:
    good, article_less, infinite = seed_facts(), seed_facts(), seed_facts()
    article_less.doc_id, article_less.article = "no-article", None
    infinite.doc_id = "infinite"
    infinite.facts[0].value = float("inf")  # pydantic writes null, which no float accepts
    batch = [encoded(good), b"\x00\xff", encoded(article_less), encoded(infinite), b'{"doc_id": 1}']
    rejected = write_isolating_bad_messages(ClickHouseWriter(clickhouse), batch)
    assert [(body, reason_for(exc)) for body, exc in rejected] == [
        (b"\x00\xff", "validation"),
        (encoded(infinite), "validation"),
        (b'{"doc_id": 1}', "validation"),
    ]
    stored = clickhouse.query("SELECT doc_id, text FROM suanli.articles FINAL ORDER BY doc_id").result_rows
    assert [doc for doc, _ in stored] == sorted([good.doc_id, "no-article"])
    assert dict(stored)["no-article"] == ""
