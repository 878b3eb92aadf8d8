"""The load writer's columns, without an engine: ids stay what they were, one row per fact, types."""

from datetime import UTC, date, datetime, timedelta, timezone

from services.load.writer import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    FACT_COLUMNS,
    columns_for,
    fact_id,
    insert_type_name,
    millis,
    stale_ids,
)
from shared.ids import stable_id
from shared.messages import Event, ExtractedFacts, MetricFact


def fact(**changes) -> MetricFact:
    values = {
        "metric": "ai_compute_capacity",
        "subject": "智能算力规模",
        "value": 2.7819e21,
        "unit": "FLOPS",
        "value_text": "278.19EFLOPS",
        "period": "2024",
        "region": "CN",
        "sentence": "2024年我国智能算力规模达278.19EFLOPS。",
        "span": (10, 22),
        "period_start": date(2024, 1, 1),
    }
    return MetricFact(**(values | changes))


def message(doc_id: str = "doc-1", **changes) -> ExtractedFacts:
    values = {
        "doc_id": doc_id,
        "url": f"https://example.com/{doc_id}",
        "site": "example.com",
        "published_at": datetime(2025, 3, 13, 8, tzinfo=timezone(timedelta(hours=8))),
        "fetched_at": datetime(2025, 3, 13, 1, 2, 3, 456000, tzinfo=UTC),
        "extractor_version": "1.0.0",
        "facts": [fact(), fact(metric=None, region=None, period=None, span=(30, 35), value=12.5)],
        "events": [Event(event_type="start", what="智算中心", sentence="项目开工。", span=(40, 44))],
    }
    return ExtractedFacts(**(values | changes))


def as_rows(columns: list[list], names: list[str]) -> list[dict]:
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def test_fact_ids_are_the_stable_ids_they_always_were() -> None:
    for f in message().facts:
        expected = stable_id(
            "fact", "doc-1", *f.span, f.unit, f.measure, f.value, f.metric, f.region, f.period, f.kind
        )
        assert fact_id("doc-1", f) == expected


def test_one_row_per_distinct_fact_with_its_document_values() -> None:
    duplicated = message(facts=[fact(), fact(), fact(span=(50, 60))])
    columns = columns_for([message("doc-0"), duplicated])
    rows = as_rows(columns.facts, FACT_COLUMNS)
    assert [row["doc_id"] for row in rows] == ["doc-0", "doc-0", "doc-1", "doc-1"]
    assert columns.fact_count == 4
    assert columns.fact_ids["doc-1"] == [fact_id("doc-1", fact()), fact_id("doc-1", fact(span=(50, 60)))]
    articles = as_rows(columns.articles, ARTICLE_COLUMNS)
    assert [article["fact_ids"] for article in articles] == [
        columns.fact_ids["doc-0"],
        columns.fact_ids["doc-1"],
    ]
    assert articles[1]["event_ids"] == columns.event_ids["doc-1"]
    unnamed = rows[1]
    assert (unnamed["metric"], unnamed["region"], unnamed["period"]) == ("", "", "")
    assert unnamed["published_at"] == millis(datetime(2025, 3, 13, 0, tzinfo=UTC))
    assert {row["version"] for row in rows} == {columns.version}
    assert {row["is_deleted"] for row in rows} == {0}
    assert (rows[0]["span_start"], rows[0]["span_end"]) == (10, 22)


def test_a_document_sent_twice_keeps_its_last_version() -> None:
    columns = columns_for([message(title="old"), message(title="new", facts=[fact()], events=[])])
    articles = as_rows(columns.articles, ARTICLE_COLUMNS)
    assert [article["title"] for article in articles] == ["new"]
    assert columns.fact_count == 1
    assert as_rows(columns.events, EVENT_COLUMNS) == []


def test_events_carry_their_document() -> None:
    (event,) = as_rows(columns_for([message()]).events, EVENT_COLUMNS)
    assert (event["doc_id"], event["event_type"], event["place"], event["amount_unit"]) == (
        "doc-1",
        "start",
        "",
        "",
    )


def test_millis_takes_naive_as_utc() -> None:
    assert millis(datetime(1970, 1, 1, 0, 0, 1, 500)) == 1000
    assert millis(datetime(2025, 1, 1, 8, tzinfo=timezone(timedelta(hours=8)))) == millis(
        datetime(2025, 1, 1, tzinfo=UTC)
    )
    assert millis(None) is None


def test_low_cardinality_columns_are_sent_as_their_plain_type() -> None:
    assert insert_type_name("LowCardinality(String)") == "String"
    assert insert_type_name("LowCardinality(Nullable(String))") == "Nullable(String)"
    assert insert_type_name("Array(LowCardinality(String))") == "Array(LowCardinality(String))"
    assert insert_type_name("Nullable(DateTime64(3, 'UTC'))") == "Nullable(DateTime64(3, 'UTC'))"


def test_stale_ids_are_the_stored_ones_the_new_version_lacks() -> None:
    stored = {"a": ["1", "2"], "b": ["9"]}
    assert stale_ids(stored, {"a": ["1"], "b": ["9"], "c": ["3"]}) == ["2"]
    assert stale_ids({"a": ["9"]}, {"a": []}) == ["9"]
