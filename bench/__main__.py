"""`make bench`: speed of each stage and of the whole pipeline, on this machine, printed and saved.

    python -m bench [--pages 400] [--skip-e2e]

Figures (never asserted in tests): clean pages/s per core beside trafilatura alone on the same pages
(40 KB and 180 KB), extract articles/s per core, load rows/s into chDB, `series` latency over 1,000,000
facts, and the pipeline end to end with each stage in its own process over a local Redis and chDB.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import trafilatura

from services.clean.document import clean_document
from services.cli.main import run_event_loop
from services.extract.app import extracted
from services.extract.facts import extract_facts
from services.fetch.sources import raw_document
from shared.batches import validate_each
from shared.messages import ExtractedFacts

from .corpus import Page, make_corpus
from .extractors import compare_extractors

ROOT = Path(__file__).resolve().parent.parent
CEILING_LOG = logging.getLogger("bench.redis_ceiling")
RESULTS = ROOT / "bench" / "results"
REGIONS = [
    "CN",
    "北京",
    "上海",
    "广东",
    "贵州",
    "内蒙古",
    "甘肃",
    "宁夏",
    "浙江",
    "江苏",
    "安徽",
    "四川",
    "重庆",
    "湖北",
    "山东",
    "河北",
    "天津",
    "福建",
    "河南",
    "湖南",
    "陕西",
    "辽宁",
    "新疆",
    "青海",
    "云南",
    "广西",
    "江西",
    "山西",
    "吉林",
    "海南",
]


def per_second(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def bench_clean(pages: list[Page]) -> dict[str, float]:
    raws = [raw_document(f"http://bench/{p.name}", p.body, content_type=p.content_type) for p in pages]
    started = time.process_time()
    documents = [clean_document(raw) for raw in raws]
    ours = time.process_time() - started
    started = time.process_time()
    for page in pages:
        trafilatura.extract(
            page.body.decode(page.encoding, errors="replace"), fast=True, include_comments=False
        )
    theirs = time.process_time() - started
    chars = statistics.mean(len(d.text) for d in documents)
    return {
        "pages": len(pages),
        "suanli_clean_pages_per_s": per_second(len(pages), ours),
        "trafilatura_fast_pages_per_s": per_second(len(pages), theirs),
        "ratio": theirs / ours if ours else float("inf"),
        "mean_body_chars": chars,
    }


def seed_documents() -> list:
    """The two seed articles, cleaned: real copy, with the density of numbers real news has."""
    documents = [
        clean_document(raw_document(seed.as_uri(), seed.read_bytes(), content_type="text/plain"))
        for seed in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    return documents * 40


def cleaned(pages: list[Page]) -> list:
    return [
        clean_document(raw_document(f"http://bench/{p.name}", p.body, content_type=p.content_type))
        for p in pages
    ]


def bench_extract(documents: list) -> dict[str, float]:
    # Articles of about 3,000 characters: join bodies until they reach that size.
    articles, current = [], None
    for document in documents:
        if current is None:
            current = document
        else:
            current = current.model_copy(
                update={
                    "text": current.text + "\n" + document.text,
                    "original": current.original + "\n" + document.original,
                    "offsets": [],
                }
            )
        if len(current.text) >= 3000:
            articles.append(current)
            current = None
    started = time.process_time()
    facts = sum(len(extract_facts(a)[0]) for a in articles)
    seconds = time.process_time() - started
    return {
        "articles": len(articles),
        "mean_chars": statistics.mean(len(a.text) for a in articles),
        "articles_per_s": per_second(len(articles), seconds),
        "facts_per_s": per_second(facts, seconds),
        "facts_per_article": facts / max(1, len(articles)),
    }


def bench_batch(template: ExtractedFacts, batch_no: int, size: int) -> list[ExtractedFacts]:
    """Batch `batch_no` of the load bench: `size` copies of the template as distinct documents."""
    batch = []
    for i in range(size):
        message = template.model_copy(deep=True)
        message.doc_id = f"bench-{batch_no}-{i}"
        message.published_at = datetime(2024 + (i % 2), 1 + i % 12, 1, tzinfo=UTC)
        for j, fact in enumerate(message.facts):
            fact.span = (j, j + 1)
            fact.value = fact.value * (1 + (i % 7) / 100)
            # A year of news: facts spread over some 20 metrics and 30 regions, not one series.
            if fact.metric and (batch_no + i) % 20:
                fact.metric = f"{fact.metric}_{(batch_no + i) % 20}"
            fact.region = REGIONS[(batch_no * 7 + i) % len(REGIONS)]
        batch.append(message)
    return batch


def bench_load_and_series(pages: list[Page], chdb_dir: Path, total_facts: int) -> dict[str, float]:
    from services.load.clickhouse import connect  # noqa: PLC0415 - one chDB engine per process: open late
    from services.load.migrations import migrate  # noqa: PLC0415
    from services.load.writer import ClickHouseWriter  # noqa: PLC0415
    from shared.settings import Settings  # noqa: PLC0415

    client = connect(Settings(CLICKHOUSE_URL=f"chdb://{chdb_dir}"))
    migrate(client)
    writer = ClickHouseWriter(client)
    template = extracted(
        clean_document(raw_document("http://bench/x", pages[0].body, content_type=pages[0].content_type))
    )
    per_message = max(1, len(template.facts))
    messages_per_batch = max(1, 10_000 // per_message)
    # Timed as the load service does it: the messages' JSON validated, then written (the writer alone is timed too).
    inserted, seconds, writer_seconds, batch_no = 0, 0.0, 0.0, 0
    while inserted < total_facts:
        payloads = [
            message.model_dump_json().encode()
            for message in bench_batch(template, batch_no, messages_per_batch)
        ]
        started = time.perf_counter()
        batch, malformed = validate_each(payloads, ExtractedFacts)
        if malformed:
            raise RuntimeError(f"bench messages failed validation: {malformed[0][1]}")
        validated = time.perf_counter()
        written = writer.write(batch)
        seconds += time.perf_counter() - started
        writer_seconds += time.perf_counter() - validated
        inserted += written.fact_count
        batch_no += 1
    latencies = []
    for _ in range(20):
        started = time.perf_counter()
        client.query(
            "SELECT period, kind, latest_value, sources, conflict FROM suanli.series "
            "WHERE metric = 'ai_compute_capacity' AND region = 'CN' ORDER BY period"
        )
        latencies.append((time.perf_counter() - started) * 1000)
    # Re-extraction: documents loaded before come again with one fact fewer, so each batch probes what
    # they had, retires the dropped facts with tombstones and overwrites the rest.
    reloaded, reload_seconds = 0, 0.0
    for again in range(min(batch_no, 10)):
        batch = bench_batch(template, again, messages_per_batch)
        for message in batch:
            message.facts = message.facts[:-1]
        started = time.perf_counter()
        reloaded += writer.write(batch).fact_count
        reload_seconds += time.perf_counter() - started
    return {
        "facts_loaded": inserted,
        "load_rows_per_s": per_second(inserted, seconds),
        "writer_alone_rows_per_s": per_second(inserted, writer_seconds),
        "rows_per_insert": inserted / max(1, batch_no),
        "series_ms_p50": statistics.median(latencies),
        "series_ms_max": max(latencies),
        "reextraction_rows_per_s": per_second(reloaded, reload_seconds),
    }


def _not_a_closed_connection(record: logging.LogRecord) -> bool:
    import redis.exceptions  # noqa: PLC0415

    return not (record.exc_info and isinstance(record.exc_info[1], redis.exceptions.ConnectionError))


async def bench_redis_ceiling(pages: list[Page], work: Path) -> dict[str, float]:
    """The plumbing alone: a four-hop chain of no-op FastStream handlers over consumer groups, shaped like
    the pipeline (fetch reads one message at a time, the others read batches and publish through a
    pipeline) and carrying messages of the real sizes (raw page, cleaned text, facts), in one process."""
    from faststream.redis import RedisBroker, StreamSub  # noqa: PLC0415

    from services.cli.embedded import embedded_redis  # noqa: PLC0415
    from shared.envelope import redis_of  # noqa: PLC0415

    hops = ["bench:fetch", "bench:raw", "bench:clean", "bench:facts", "bench:done"]
    sizes = {"bench:raw": 54_000, "bench:clean": 10_000, "bench:facts": 12_000}
    count = len(pages)
    done = asyncio.Event()
    arrived = 0
    with embedded_redis(work / "redis-ceiling") as url:
        broker = RedisBroker(url, logger=CEILING_LOG, log_level=logging.DEBUG)

        def stream(name: str, batch: bool) -> StreamSub:
            return StreamSub(
                name, group="bench", consumer="c1", polling_interval=100, batch=batch, max_records=32
            )

        def relay(source: str, target: str) -> None:
            publisher = broker.publisher(stream=target)
            payload = "x" * sizes.get(target, 100)
            if source == hops[0]:

                @broker.subscriber(stream=stream(source, batch=False))
                async def one(body: dict) -> None:
                    await publisher.publish({"doc": body.get("doc"), "payload": payload})

                return

            @broker.subscriber(stream=stream(source, batch=True))
            async def many(bodies: list[dict]) -> None:
                async with redis_of(broker).pipeline(transaction=False) as outputs:
                    for body in bodies:
                        await publisher.publish(
                            {"doc": body.get("doc"), "payload": payload}, pipeline=outputs
                        )
                    await outputs.execute()

        for source, target in itertools.pairwise(hops):
            relay(source, target)

        @broker.subscriber(stream=stream("bench:done", batch=True))
        async def finish(bodies: list[dict]) -> None:
            nonlocal arrived
            arrived += len(bodies)
            if arrived >= count:
                done.set()

        await broker.start()
        try:
            started_cpu, started = time.process_time(), time.perf_counter()
            redis_cpu = redis_cpu_seconds(url)
            for i in range(count):
                await broker.publish({"doc": i, "payload": "x" * 100}, stream="bench:fetch")
            await asyncio.wait_for(done.wait(), timeout=600)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
            redis_cpu = redis_cpu_seconds(url) - redis_cpu
        finally:
            # FastStream's stop() cancels the polling tasks without awaiting them, and on uvloop one of
            # them may still read as Redis goes down: that closed connection, and only it, is expected.
            CEILING_LOG.addFilter(_not_a_closed_connection)
            await broker.stop()
    return {
        "messages": count,
        "four_hop_chains_per_s": per_second(count, elapsed),
        "cpu_ms_per_chain": 1000 * cpu / count,
        "redis_server_cpu_ms_per_chain": 1000 * redis_cpu / count,
    }


@contextlib.contextmanager
def page_server(pages: list[Page], work: Path) -> Iterator[tuple[str, int]]:
    """(base URL, pid) of the corpus served by `bench.page_server` in its own process."""
    site = work / "site"
    site.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (site / page.name).write_bytes(page.body)
    (site / "index.json").write_text(json.dumps({p.name: p.content_type for p in pages}), encoding="utf-8")
    port_file = work / "site.port"
    port_file.unlink(missing_ok=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.page_server", str(site), str(port_file)], cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the bench page server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port_file.read_text()}", server.pid
    finally:
        server.terminate()
        server.wait(timeout=10)


def redis_cpu_seconds(redis_url: str) -> float:
    import redis  # noqa: PLC0415

    client = redis.Redis.from_url(redis_url)
    try:
        cpu = client.info("cpu")
        return float(cpu["used_cpu_sys"]) + float(cpu["used_cpu_user"])
    finally:
        client.close()


def _proc_stats(pid: int) -> tuple[float, int]:
    """(CPU seconds, peak RSS in KB) of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    peak = next(
        int(line.split()[1])
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if line.startswith("VmHWM")
    )
    return cpu, peak


async def submit_all(
    redis_url: str,
    urls: list[str],
    pace: float | None,
    submitted_at: dict[str, float],
    dead_letters: dict[str, int],
) -> None:
    """Queue the URLs from this process (no CLI start-up in the timing), all at once or `pace` per
    second, noting when each went in; wait until drained and count the dead letters by reason."""
    from services.cli.pipeline import submit, wait_until_drained  # noqa: PLC0415
    from shared.dead_letters import read_dead_letters  # noqa: PLC0415
    from shared.envelope import redis_of  # noqa: PLC0415
    from shared.messages import FetchRequest  # noqa: PLC0415
    from shared.stage import redis_broker  # noqa: PLC0415

    broker = redis_broker(redis_url)
    await broker.connect()
    if pace is None:
        submitted_at.update(dict.fromkeys(urls, time.time()))
        await submit(broker, [FetchRequest(url=url) for url in urls])
    else:
        # On a schedule, not a sleep after each: submitting takes time too.
        started = time.perf_counter()
        for i, url in enumerate(urls):
            await asyncio.sleep(max(0.0, started + i / pace - time.perf_counter()))
            submitted_at[url] = time.time()
            await submit(broker, [FetchRequest(url=url)])
    await wait_until_drained(redis_of(broker), timeout=1800)
    for _, letter in await read_dead_letters(redis_of(broker)):
        key = f"{letter.stage}:{letter.reason}"
        dead_letters[key] = dead_letters.get(key, 0) + 1
    await broker.stop()


def bench_end_to_end(
    pages: list[Page], work: Path, extract_replicas: int = 1, rate: float | None = None
) -> dict[str, object]:
    """Each stage in its own process (`suanli serve`), pages served over HTTP on 127.0.0.1."""
    work = work / f"e2e-{pages[0].name}-{len(pages)}-{extract_replicas}-{rate or 'burst'}"
    from services.cli.embedded import embedded_redis  # noqa: PLC0415

    chdb = work / "e2e-clickhouse"
    with page_server(pages, work) as (base_url, server_pid), embedded_redis(work / "redis") as redis_url:
        urls = [f"{base_url}/{p.name}" for p in pages]
        env = {
            **os.environ,
            "REDIS_URL": redis_url,
            "CLICKHOUSE_URL": f"chdb://{chdb}",
            "PYTHONUNBUFFERED": "1",
        }
        replicas = {"fetch": 1, "clean": 1, "extract": extract_replicas, "load": 1}
        stages = {
            (stage if count == 1 else f"{stage}-{i + 1}"): subprocess.Popen(
                [sys.executable, "-m", "services.cli", "serve", stage],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for stage, count in replicas.items()
            for i in range(count)
        }
        try:
            dead_letters: dict[str, int] = {}
            submitted_at: dict[str, float] = {}

            def submit_and_drain(batch: list[str], pace: float | None = None) -> None:
                run_event_loop(submit_all(redis_url, batch, pace, submitted_at, dead_letters))

            # Warm-up: one article through every stage, so imports, the chDB engine and migrations are
            # behind us before the clock and the CPU counters start.
            submit_and_drain(urls[:1])
            pids = {**{s: p.pid for s, p in stages.items()}, "page_server": server_pid}
            cpu_before = {s: _proc_stats(pid)[0] for s, pid in pids.items()}
            cpu_before["redis"] = redis_cpu_seconds(redis_url)
            started = time.perf_counter()
            submit_and_drain(urls[1:], rate)
            elapsed = time.perf_counter() - started
            stats = {s: _proc_stats(pid) for s, pid in pids.items()}
            stats["redis"] = (redis_cpu_seconds(redis_url), 0)
        finally:
            for process in stages.values():
                process.terminate()
            for process in stages.values():
                process.wait(timeout=30)
    latencies = submit_to_rows_ms(env, submitted_at, warm_up=urls[0])
    cut = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else [0.0] * 99
    articles = len(latencies)
    cpu = {s: stats[s][0] - cpu_before[s] for s in stats}
    return {
        "articles": articles,
        "seconds": elapsed,
        "articles_per_s": per_second(articles, elapsed),
        "submit_to_rows_ms_p50_p95_p99": [cut[49], cut[94], cut[98]],
        "cpu_seconds_per_stage": cpu,
        "cpu_ms_per_article": {s: 1000 * c / max(1, articles) for s, c in cpu.items()},
        "offered_per_s": rate,
        "peak_rss_mb_per_stage": {s: stats[s][1] / 1024 for s in stages},
        "dead_letters": dead_letters,
    }


def submit_to_rows_ms(env: dict[str, str], submitted_at: dict[str, float], warm_up: str) -> list[float]:
    """Per article, from submit to its row in ClickHouse (ingested_at is stamped by load as it builds the
    rows, just before the insert), read by another process: chDB allows one engine per process."""
    query = subprocess.run(
        [
            *(sys.executable, "-m", "services.cli", "query", "--format", "jsonl"),
            "SELECT url, toUnixTimestamp64Milli(ingested_at) AS ingested_ms FROM suanli.articles FINAL",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(line) for line in query.stdout.splitlines()]
    return [row["ingested_ms"] - 1000 * submitted_at[row["url"]] for row in rows if row["url"] != warm_up]


def plumbing_share(ceiling: dict, end_to_end: dict) -> dict[str, float]:
    """How much of the pipeline's CPU per article goes to moving messages rather than working on them:
    the Redis server's own share, and the no-op four-hop chain's cost (FastStream and redis-py on both
    ends of every hop, same message sizes) against the whole."""
    per_article = end_to_end["cpu_ms_per_article"]
    total = sum(per_article.values()) - per_article.get("page_server", 0.0)
    return {
        "total_cpu_ms_per_article": total,
        "redis_server_share": per_article["redis"] / total,
        "faststream_and_clients_share": ceiling["cpu_ms_per_chain"] / total,
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--pages", type=int, default=2000, help="40 KB pages (and a fifth as many of 180 KB)")
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts loaded for the series benchmark")
    parser.add_argument("--skip-e2e", action="store_true")
    args = parser.parse_args()
    results: dict[str, object] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    small, large = make_corpus(args.pages, large=False), make_corpus(max(20, args.pages // 5), large=True)
    print(f"corpus: {len(small)} pages of ~40 KB, {len(large)} of ~180 KB (GBK, Big5, UTF-8)", flush=True)
    sections = [
        ("main_content_extractors", lambda: compare_extractors(small[:100])),
        ("clean_40kb", lambda: bench_clean(small)),
        ("clean_180kb", lambda: bench_clean(large)),
        (
            "extract_synthetic_dense",
            lambda: bench_extract(
                [
                    clean_document(
                        raw_document(f"http://bench/{p.name}", p.body, content_type=p.content_type)
                    )
                    for p in small
                ]
            ),
        ),
        ("extract_seed_text", lambda: bench_extract(seed_documents())),
        ("load", lambda: bench_load_and_series(small, work / "clickhouse", args.facts)),
    ]
    if not args.skip_e2e:
        sections += [
            ("redis_ceiling", lambda: run_event_loop(bench_redis_ceiling(small, work))),
            ("end_to_end_40kb", lambda: bench_end_to_end(small, work)),
            ("end_to_end_180kb", lambda: bench_end_to_end(large, work)),
            ("end_to_end_40kb_2_extract", lambda: bench_end_to_end(small, work, extract_replicas=2)),
            ("end_to_end_40kb_paced_200_per_s", lambda: bench_end_to_end(small[:1000], work, rate=200.0)),
            ("end_to_end_40kb_paced_50_per_s", lambda: bench_end_to_end(small[:300], work, rate=50.0)),
        ]
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        for name, run in sections:
            print(f"running {name}...", flush=True)
            results[name] = run()
            print(f"  {results[name]}", flush=True)
    if "redis_ceiling" in results and "end_to_end_40kb" in results:
        results["plumbing_share_40kb"] = plumbing_share(results["redis_ceiling"], results["end_to_end_40kb"])
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{date.today().isoformat()}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    for section, figures in results.items():
        if isinstance(figures, dict):
            print(f"{section}:")
            for key, value in figures.items():
                if isinstance(value, dict):
                    shown = {k: round(v, 3) for k, v in value.items()}
                else:
                    shown = f"{value:,.1f}" if isinstance(value, float) else value
                print(f"  {key:32} {shown}")
    print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
