"""`make bench`: speed of each stage and of the whole pipeline, on this machine, printed and saved.

    python -m bench [--pages 400] [--skip-e2e]

Figures (never asserted in tests): clean pages/s per core beside trafilatura alone on the same pages
(40 KB and 180 KB), extract articles/s per core, load rows/s into chDB, `series` latency over 1,000,000
facts, and the pipeline end to end with each stage in its own process over a local Redis and chDB.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import trafilatura

from services.clean.document import clean_document
from services.extract.app import extracted
from services.extract.facts import extract_facts
from services.fetch.sources import raw_document
from shared.messages import ExtractedFacts

from .corpus import Page, make_corpus
from .extractors import compare_extractors

ROOT = Path(__file__).resolve().parent.parent
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
        for seed in sorted((ROOT / "seeds").iterdir())
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
    inserted, seconds, batch_no = 0, 0.0, 0
    while inserted < total_facts:
        batch = bench_batch(template, batch_no, messages_per_batch)
        started = time.perf_counter()
        written = writer.write(batch)
        seconds += time.perf_counter() - started
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
        "rows_per_insert": inserted / max(1, batch_no),
        "series_ms_p50": statistics.median(latencies),
        "series_ms_max": max(latencies),
        "reextraction_rows_per_s": per_second(reloaded, reload_seconds),
    }


async def bench_redis_ceiling(pages: list[Page], work: Path) -> dict[str, float]:
    """The plumbing alone: a four-hop chain of no-op FastStream handlers over consumer groups, carrying
    messages of the real sizes (raw page, cleaned text, facts), in one process."""
    from faststream.redis import StreamSub  # noqa: PLC0415

    from services.cli.embedded import embedded_redis  # noqa: PLC0415
    from shared.stage import redis_broker  # noqa: PLC0415

    hops = ["bench:fetch", "bench:raw", "bench:clean", "bench:facts", "bench:done"]
    sizes = {"bench:raw": 54_000, "bench:clean": 10_000, "bench:facts": 12_000}
    count = len(pages)
    done = asyncio.Event()
    arrived = 0
    with embedded_redis(work / "redis-ceiling") as url:
        broker = redis_broker(url)

        def relay(target: str) -> object:
            publisher = broker.publisher(stream=target)
            payload = "x" * sizes.get(target, 100)

            async def hop(body: dict) -> None:
                await publisher.publish({"doc": body.get("doc"), "payload": payload})

            return hop

        for source, target in itertools.pairwise(hops):
            broker.subscriber(stream=StreamSub(source, group="bench", consumer="c1", polling_interval=100))(
                relay(target)
            )

        async def finish(body: dict) -> None:
            nonlocal arrived
            arrived += 1
            if arrived == count:
                done.set()

        broker.subscriber(stream=StreamSub("bench:done", group="bench", consumer="c1", polling_interval=100))(
            finish
        )
        await broker.start()
        started_cpu, started = time.process_time(), time.perf_counter()
        for i in range(count):
            await broker.publish({"doc": i, "payload": "x" * 100}, stream="bench:fetch")
        await asyncio.wait_for(done.wait(), timeout=600)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        await broker.stop()
    return {
        "messages": count,
        "four_hop_chains_per_s": per_second(count, elapsed),
        "cpu_ms_per_chain": 1000 * cpu / count,
    }


class _Pages(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, Page]] = {}

    def do_GET(self) -> None:
        page = self.pages.get(self.path.strip("/"))
        if page is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        self.wfile.write(page.body)

    def log_message(self, *args: object) -> None:
        return


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


def bench_end_to_end(
    pages: list[Page], work: Path, extract_replicas: int = 1, rate: float | None = None
) -> dict[str, object]:
    """Each stage in its own process (`suanli serve`), pages served over HTTP on 127.0.0.1."""
    work = work / f"e2e-{extract_replicas}-{rate or 'burst'}"
    from services.cli.embedded import embedded_redis  # noqa: PLC0415
    from services.cli.pipeline import submit, wait_until_drained  # noqa: PLC0415
    from shared.envelope import redis_of  # noqa: PLC0415
    from shared.messages import FetchRequest  # noqa: PLC0415
    from shared.stage import redis_broker  # noqa: PLC0415

    _Pages.pages = {p.name: p for p in pages}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [f"http://127.0.0.1:{server.server_port}/{p.name}" for p in pages]
    chdb = work / "e2e-clickhouse"
    with embedded_redis(work / "redis") as redis_url:
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

            def submit_and_drain(batch: list[str], pace: float | None = None) -> None:
                """Queue the URLs from this process (no CLI start-up in the timing), all at once or `pace`
                per second, and wait until drained."""

                async def go() -> None:
                    broker = redis_broker(redis_url)
                    await broker.connect()
                    if pace is None:
                        await submit(broker, [FetchRequest(url=url) for url in batch])
                    else:
                        for url in batch:
                            await submit(broker, [FetchRequest(url=url)])
                            await asyncio.sleep(1 / pace)
                    await wait_until_drained(redis_of(broker), timeout=1800)
                    await broker.stop()

                asyncio.run(go())

            # Warm-up: one article through every stage, so imports, the chDB engine and migrations are
            # behind us before the clock and the CPU counters start.
            submit_and_drain(urls[:1])
            cpu_before = {s: _proc_stats(p.pid)[0] for s, p in stages.items()}
            started = time.perf_counter()
            submit_and_drain(urls[1:], rate)
            elapsed = time.perf_counter() - started
            stats = {s: _proc_stats(p.pid) for s, p in stages.items()}
        finally:
            for process in stages.values():
                process.terminate()
            for process in stages.values():
                process.wait(timeout=30)
            server.shutdown()
    query = subprocess.run(
        [
            sys.executable,
            "-m",
            "services.cli",
            "query",
            "--format",
            "jsonl",
            "SELECT count() - 1 AS articles, quantiles(0.5, 0.95, 0.99)(dateDiff('millisecond', fetched_at, ingested_at)) AS q "
            "FROM suanli.articles FINAL",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    row = json.loads(query.stdout.splitlines()[0])
    cpu = {s: stats[s][0] - cpu_before[s] for s in stages}
    return {
        "articles": row["articles"],
        "seconds": elapsed,
        "articles_per_s": per_second(row["articles"], elapsed),
        "fetch_to_rows_ms_p50_p95_p99": row["q"],
        "cpu_seconds_per_stage": cpu,
        "cpu_ms_per_article": {s: 1000 * c / max(1, row["articles"]) for s, c in cpu.items()},
        "peak_rss_mb_per_stage": {s: stats[s][1] / 1024 for s in stages},
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--pages", type=int, default=400)
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
        sections.append(("redis_ceiling", lambda: asyncio.run(bench_redis_ceiling(small, work))))
        sections.append(("end_to_end_40kb", lambda: bench_end_to_end(small, work)))
        sections.extend(
            [
                ("end_to_end_40kb_2_extract", lambda: bench_end_to_end(small, work, extract_replicas=2)),
                ("end_to_end_40kb_paced_40_per_s", lambda: bench_end_to_end(small[:200], work, rate=40.0)),
            ]
        )
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        for name, run in sections:
            print(f"running {name}...", flush=True)
            results[name] = run()
            print(f"  {results[name]}", flush=True)
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
