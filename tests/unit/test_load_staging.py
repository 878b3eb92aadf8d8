"""The load staging contract without an engine: ClickHouse types generated from the pydantic models,
the batch framing, and the article an article-less message is stored with."""

import json
from datetime import UTC, date, datetime
from typing import Literal

import pytest
from pydantic import BaseModel

from services.load.staging import clickhouse_type, named_tuple, staged_lines, with_article
from shared.messages import CleanDocument, Event, ExtractedFacts, MetricFact


class Sample(BaseModel):
    name: str
    count: int = 0
    share: float | None = None
    kind: Literal["a", "b"] = "a"
    span: tuple[int, int] = (0, 0)
    day: date | None = None


def test_scalars_options_literals_and_tuples_map_to_engine_types() -> None:
    assert named_tuple(Sample) == (
        "Tuple(name String, count Int64, share Nullable(Float64), kind Enum8('a' = 1, 'b' = 2), "
        "span Tuple(Int64, Int64), day Nullable(Date))"
    )


def test_lists_of_models_are_arrays_of_named_tuples() -> None:
    assert clickhouse_type(list[Sample]).startswith("Array(Tuple(name String,")


def test_an_optional_model_is_its_tuple_since_the_engine_has_no_nullable_tuple() -> None:
    assert clickhouse_type(Sample | None) == named_tuple(Sample)


def test_a_type_without_an_engine_twin_is_refused() -> None:
    with pytest.raises(TypeError):
        clickhouse_type(dict[str, int])
    with pytest.raises(TypeError):
        clickhouse_type(int | str)


def test_the_message_type_holds_what_load_stores_and_not_the_articles_offsets() -> None:
    message_type = named_tuple(ExtractedFacts)
    for field in (
        "doc_id String",
        "fetched_at DateTime64(3, 'UTC')",
        "facts Array(Tuple(metric Nullable(String)",
    ):
        assert field in message_type
    assert "offsets" not in message_type
    assert "kind Enum8('actual' = 1, 'forecast' = 2, 'target' = 3)" in clickhouse_type(MetricFact)
    assert "span Tuple(Int64, Int64)" in clickhouse_type(Event)
    assert "text String" in named_tuple(CleanDocument) and "doc_id" not in named_tuple(CleanDocument)


def test_each_message_is_wrapped_with_its_position() -> None:
    lines = staged_lines([b'{"doc_id":"a"}', b'{"doc_id":"b"}']).split(b"\n")
    assert [json.loads(line) for line in lines] == [
        {"seq": 0, "m": {"doc_id": "a"}},
        {"seq": 1, "m": {"doc_id": "b"}},
    ]


def test_a_message_without_article_gets_an_empty_one() -> None:
    fetched = datetime(2025, 1, 1, tzinfo=UTC)
    message = ExtractedFacts(doc_id="d", url="u", fetched_at=fetched, extractor_version="1")
    stored = json.loads(with_article(message))
    assert stored["article"]["text"] == "" and stored["article"]["doc_id"] == "d"
    kept = message.model_copy(
        update={
            "article": CleanDocument(doc_id="d", url="u", fetched_at=fetched, text="正文", original="正文")
        }
    )
    assert json.loads(with_article(kept))["article"]["text"] == "正文"
