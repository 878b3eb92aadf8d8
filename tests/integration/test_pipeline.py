"""The whole pipeline in one process over a real Redis and a real ClickHouse engine."""

import asyncio
import json
import math

import opencc
import pytest

from services.cli.pipeline import build_broker, run_pipeline, wait_until_drained
from shared.dead_letters import read_dead_letters
from shared.envelope import redis_of
from shared.stage import ensure_groups
from shared.streams import CLEAN, FACTS, FETCH, RAW
from tests.conftest import GOLD, SEED_FILES, SEEDS

pytestmark = pytest.mark.integration
GOLD_DOCS = json.loads((GOLD / "seeds.gold.json").read_text(encoding="utf-8"))["documents"]


def fact_count(clickhouse) -> int:
    return clickhouse.query("SELECT count() FROM suanli.facts FINAL").result_rows[0][0]


def test_seeds_go_through_and_a_second_run_adds_no_rows(settings, clickhouse, fresh_redis) -> None:
    summary = asyncio.run(run_pipeline([str(SEEDS)], settings, settings.REDIS_URL, timeout=120))
    assert summary.submitted == len(SEED_FILES)
    assert summary.dead_letters == []
    first = fact_count(clickhouse)
    stored = clickhouse.query("SELECT value, unit, period, kind FROM suanli.facts FINAL").result_rows
    # 000 carries its own date in the text, so its periods are independent of when this runs.
    for gold in GOLD_DOCS["000_66d0186e73ff0a74.txt"]["facts"]:
        assert any(
            math.isclose(v, gold["value_normalized"], rel_tol=1e-6)
            and u == gold["unit_normalized"]
            and p == gold["period"]
            and k == gold["kind"]
            for v, u, p, k in stored
        ), gold
    articles = clickhouse.query("SELECT count() FROM suanli.articles FINAL").result_rows[0][0]
    assert articles == 2

    asyncio.run(run_pipeline([str(SEEDS)], settings, settings.REDIS_URL, timeout=120))
    assert fact_count(clickhouse) == first
    # Acknowledged entries are trimmed: the streams don't keep every page forever.
    assert [fresh_redis.xlen(stream) for stream in (FETCH, RAW, CLEAN, FACTS)] == [0, 0, 0, 0]
    clickhouse.command("OPTIMIZE TABLE suanli.facts FINAL")
    raw_rows = clickhouse.query("SELECT count() FROM suanli.facts WHERE is_deleted = 0").result_rows[0][0]
    assert raw_rows == first


def test_malformed_messages_are_dead_lettered_while_good_ones_flow(settings, clickhouse, fresh_redis) -> None:
    async def scenario() -> list:
        broker, routers = build_broker(settings.REDIS_URL, settings, ["fetch", "clean", "extract", "load"])
        await broker.connect()
        redis = redis_of(broker)
        await ensure_groups(redis)
        await broker.start()
        try:
            for stream in (FETCH, RAW, CLEAN, FACTS):
                await broker.publish(b"\x00\xffnot json at all", stream=stream)
                await broker.publish({"schema_version": 1, "unexpected": True}, stream=stream)
            for path in SEED_FILES:
                await broker.publish({"path": str(path)}, stream=FETCH)
            await wait_until_drained(redis, timeout=120)
            return await read_dead_letters(redis)
        finally:
            await broker.stop()
            for router in routers:
                await router.close()

    letters = [letter for _, letter in asyncio.run(scenario())]
    by_stage = {}
    for letter in letters:
        by_stage.setdefault(letter.stage, []).append(letter.reason)
    assert set(by_stage) == {"fetch", "clean", "extract", "load"}
    assert all(reason == "validation" for reasons in by_stage.values() for reason in reasons)
    assert all(len(reasons) == 2 for reasons in by_stage.values())
    assert fact_count(clickhouse) > 10
    assert all(letter.payload for letter in letters)


def test_bad_sources_are_dead_lettered_with_reasons(settings, clickhouse, fresh_redis, tmp_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "huge.txt").write_bytes("算力".encode() * (settings.MAX_BODY_BYTES // 6 + 10))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1") * 3)
    sources = [str(tmp_path), "http://127.0.0.1:9/unreachable.html", str(SEEDS / "000_66d0186e73ff0a74.txt")]
    summary = asyncio.run(run_pipeline(sources, settings, settings.REDIS_URL, timeout=120))
    reasons = sorted(f"{letter.stage}:{letter.reason}" for letter in summary.dead_letters)
    assert "clean:empty" in reasons
    assert "clean:binary" in reasons or "clean:not_text" in reasons
    assert "fetch:too_large" in reasons
    assert "fetch:unreachable" in reasons
    assert fact_count(clickhouse) >= 7


def test_syndicated_copy_in_the_other_script_is_marked_not_dropped(
    settings, clickhouse, fresh_redis, tmp_path
) -> None:
    original = SEEDS / "000_66d0186e73ff0a74.txt"
    asyncio.run(run_pipeline([str(original)], settings, settings.REDIS_URL, timeout=120))
    copy = tmp_path / "syndicated_copy.txt"
    text = opencc.OpenCC("t2s").convert(original.read_text(encoding="utf-8"))
    copy.write_text("转载自证券日报\n" + text.replace("编 辑:路金娣", "责任编辑:张三"), encoding="utf-8")
    asyncio.run(run_pipeline([str(copy)], settings, settings.REDIS_URL, timeout=120))
    rows = dict(clickhouse.query("SELECT url, duplicate_of FROM suanli.articles FINAL").result_rows)
    original_id = clickhouse.query(
        "SELECT doc_id FROM suanli.articles FINAL WHERE url LIKE '%000_66d0186e73ff0a74.txt'"
    ).result_rows[0][0]
    assert rows[copy.resolve().as_uri()] == original_id
    assert rows[original.resolve().as_uri()] is None
    per_doc = clickhouse.query("SELECT count() FROM suanli.facts FINAL GROUP BY doc_id").result_rows
    assert len(per_doc) == 2  # the copy's facts are kept: another mention of the same numbers
    sources = clickhouse.query(
        "SELECT sources, mentions FROM suanli.series WHERE metric = 'ai_compute_capacity' "
        "AND period = '2024' AND measure = 'level'"
    ).result_rows
    assert sources == [(1, 2)]  # two copies, one story
