"""Each stage's handler alone, in memory (FastStream's TestRedisBroker): right output, dead letters."""

from typing import Any

import pytest
from faststream.redis import RedisBroker, TestRedisBroker

from services.clean.app import create_router as clean_router
from services.extract.app import create_router as extract_router
from services.fetch.app import create_router as fetch_router
from services.fetch.sources import raw_document, read_file
from shared.messages import CleanDocument, ExtractedFacts, FetchRequest, RawDocument
from shared.settings import Settings
from shared.streams import CLEAN, DEAD, FACTS, FETCH, RAW
from tests.conftest import SEEDS

SETTINGS = Settings(RECLAIM_IDLE_MS=0, NEAR_DUPLICATES=False)  # both need a real Redis


def broker_with(router_factory) -> tuple[RedisBroker, dict]:
    broker = RedisBroker()
    broker.include_router(router_factory(SETTINGS))
    seen: dict[str, list] = {RAW: [], CLEAN: [], FACTS: [], DEAD: []}
    for stream, bucket in seen.items():
        broker.subscriber(stream=stream)(collector(bucket))
    return broker, seen


def collector(bucket: list):
    async def collect(body: Any) -> None:
        bucket.append(body)

    return collect


@pytest.mark.asyncio
async def test_fetch_reads_a_file() -> None:
    broker, seen = broker_with(fetch_router)
    async with TestRedisBroker(broker) as test_broker:
        path = next(SEEDS.glob("000_*.txt"))
        await test_broker.publish(FetchRequest(path=str(path)), stream=FETCH)
    raw = RawDocument.model_validate(seen[RAW][0])
    assert raw.body == path.read_bytes()
    assert raw.url.startswith("file://")
    assert not seen[DEAD]


@pytest.mark.asyncio
async def test_fetch_dead_letters_a_missing_file_and_a_malformed_request() -> None:
    broker, seen = broker_with(fetch_router)
    async with TestRedisBroker(broker) as test_broker:
        await test_broker.publish(FetchRequest(path="/nonexistent/article.txt"), stream=FETCH)
        await test_broker.publish({"schema_version": 1}, stream=FETCH)
        await test_broker.publish(b"\xff not json", stream=FETCH)
    reasons = [letter["reason"] for letter in seen[DEAD]]
    assert reasons == ["not_found", "validation", "validation"]
    assert all(letter["stage"] == "fetch" for letter in seen[DEAD])


@pytest.mark.asyncio
async def test_clean_then_extract() -> None:
    clean_broker, cleaned = broker_with(clean_router)
    path = next(SEEDS.glob("004_*.txt"))
    raw = read_file(FetchRequest(path=str(path)), 10**7)
    async with TestRedisBroker(clean_broker) as test_broker:
        await test_broker.publish(raw, stream=RAW)
    document = CleanDocument.model_validate(cleaned[CLEAN][0])
    assert document.script == "traditional_tw"

    extract_broker, extracted = broker_with(extract_router)
    async with TestRedisBroker(extract_broker) as test_broker:
        await test_broker.publish(document, stream=CLEAN)
    facts = ExtractedFacts.model_validate(extracted[FACTS][0])
    assert any(f.metric == "base_stations_5g" and f.value == 4_550_000 for f in facts.facts)


@pytest.mark.asyncio
async def test_clean_dead_letters_binary_input() -> None:
    broker, seen = broker_with(clean_router)
    async with TestRedisBroker(broker) as test_broker:
        await test_broker.publish(
            raw_document("file:///img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), stream=RAW
        )
    assert [letter["reason"] for letter in seen[DEAD]] == ["binary"]
    assert not seen[CLEAN]
