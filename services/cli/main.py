"""The `suanli` command: run the pipeline, serve one stage, submit sources, query the results."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
from collections.abc import Coroutine, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from shared.envelope import redis_of
from shared.settings import Settings
from shared.streams import STAGES
from shared.units import display_value

from .output import FORMATS, print_rows

log = logging.getLogger("suanli")

T = TypeVar("T")


def run_event_loop(main: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on uvloop where it is installed (not on Windows): with hiredis's reply parser it takes
    ~15% off the CPU that moving a message costs FastStream and redis-py (the README's Speed)."""
    try:
        import uvloop  # noqa: PLC0415
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)


@contextlib.contextmanager
def redis_url_for(settings: Settings) -> Iterator[str]:
    """REDIS_URL when set; otherwise the embedded redis-server under VAR_DIR (started if not running)."""
    if settings.REDIS_URL:
        yield settings.REDIS_URL
        return
    from .embedded import embedded_redis  # noqa: PLC0415

    with embedded_redis(settings.VAR_DIR) as url:
        yield url


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from services.load.clickhouse import connect  # noqa: PLC0415

    from .pipeline import run_pipeline  # noqa: PLC0415
    from .progress import StageProgress  # noqa: PLC0415
    from .queries import FACTS_OF_DOCS, read_only_query  # noqa: PLC0415

    with redis_url_for(settings) as url, StageProgress() as progress:
        summary = run_event_loop(run_pipeline(args.paths, settings, url, args.timeout, progress.update))
    client = connect(settings)
    columns, rows = read_only_query(client, FACTS_OF_DOCS, {"docs": summary.doc_ids})
    if args.format == "table":
        # value + unit in the unit a reader expects (725.3 EFLOPS), not in base units
        columns = ["metric", "value", *columns[3:]]
        rows = [(r[0] or "-", display_value(r[1], r[2]), *r[3:]) for r in rows]
    print_rows(columns, rows, args.format, title="facts stored")
    total = client.query("SELECT count() FROM suanli.facts FINAL").result_rows[0][0]
    print(
        f"{summary.submitted} sources in {summary.seconds:.1f}s: {len(rows)} facts from these sources, "
        f"{total} facts in suanli.facts, {len(summary.dead_letters)} dead letters",
        file=sys.stderr,
    )
    for letter in summary.dead_letters:
        print(f"  dead letter [{letter.stage}] {letter.reason}: {letter.error[:200]}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import importlib  # noqa: PLC0415

    from shared.observability import json_logging, serve_metrics  # noqa: PLC0415
    from shared.stage import redis_broker  # noqa: PLC0415

    json_logging(logging.DEBUG if args.verbose else logging.INFO)
    module = importlib.import_module(f"services.{args.stage}.app")
    with redis_url_for(settings) as url:
        broker = redis_broker(url)
        app = module.create_app(settings, broker)
        if settings.METRICS_PORT:
            serve_metrics(settings.METRICS_PORT, lambda: broker.running)
        run_event_loop(app.run())
    return 0


def cmd_submit(args: argparse.Namespace, settings: Settings) -> int:
    from services.fetch.sources import expand_sources  # noqa: PLC0415
    from shared.stage import ensure_groups, redis_broker  # noqa: PLC0415

    from .pipeline import submit  # noqa: PLC0415

    requests = list(expand_sources(args.sources))

    async def go(url: str) -> None:
        broker = redis_broker(url)
        await broker.connect()
        await ensure_groups(redis_of(broker))
        await submit(broker, requests)
        await broker.stop()

    with redis_url_for(settings) as url:
        run_event_loop(go(url))
    print(f"submitted {len(requests)} sources", file=sys.stderr)
    return 0


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    from services.load.clickhouse import connect  # noqa: PLC0415

    from .queries import read_only_query  # noqa: PLC0415

    columns, rows = read_only_query(connect(settings), args.sql)
    print_rows(columns, rows, args.format)
    return 0


def _local_document(path: str, published: str | None, settings: Settings):
    from services.clean.document import clean_document  # noqa: PLC0415
    from services.fetch.sources import read_file  # noqa: PLC0415
    from shared.messages import FetchRequest  # noqa: PLC0415

    hint = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    request = FetchRequest(path=str(Path(path).resolve()), published=hint)
    return clean_document(read_file(request, settings.MAX_BODY_BYTES))


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from services.extract.facts import extract_facts  # noqa: PLC0415

    columns = [
        "metric",
        "subject",
        "value",
        "value_high",
        "unit",
        "qualifier",
        "measure",
        "period",
        "kind",
        "region",
        "value_text",
        "cited_source",
    ]
    rows = []
    for path in args.files:
        facts, _ = extract_facts(_local_document(path, args.published, settings))
        for fact in facts:
            if args.format == "jsonl":
                sys.stdout.write(fact.model_dump_json() + "\n")
            else:
                rows.append([getattr(fact, c) for c in columns])
    if args.format != "jsonl":
        print_rows(columns, rows, "table")
    return 0


def cmd_clean(args: argparse.Namespace, settings: Settings) -> int:
    document = _local_document(args.file, args.published, settings)
    if args.format == "json":
        sys.stdout.write(document.model_dump_json(exclude={"offsets"}, indent=2) + "\n")
        return 0
    print(f"title:     {document.title}")
    print(f"published: {document.published_at} ({document.published_source})")
    print(f"script:    {document.script}; encoding {document.encoding} ({document.encoding_source})")
    for repair in document.repairs:
        print(f"repair:    {repair.kind}: {repair.before!r} -> {repair.after!r}")
    print()
    print(document.text)
    return 0


def cmd_series(args: argparse.Namespace, settings: Settings) -> int:
    from services.load.clickhouse import connect  # noqa: PLC0415

    from .output import print_bars  # noqa: PLC0415
    from .queries import SERIES, read_only_query  # noqa: PLC0415

    params = {"metric": args.metric, "region": args.region or "", "kind": args.kind or ""}
    columns, rows = read_only_query(connect(settings), SERIES, params)
    if args.format != "table":
        print_rows(columns, rows, args.format)
        return 0
    shown = [
        (r[0], r[1], r[2], display_value(r[4], r[3]), r[6], r[7], "yes" if r[11] else "", r[12], r[13])
        for r in rows
    ]
    print_rows(
        [
            "period",
            "kind",
            "measure",
            "value",
            "qualifier",
            "sources",
            "conflict",
            "latest source",
            "published",
        ],
        shown,
        "table",
        title=f"{args.metric} ({args.region or 'all regions'})",
    )
    levels = [r for r in rows if r[2] == "level"]
    if len(levels) > 1:
        print_bars([f"{r[0]} {r[1]}" for r in levels], [r[4] for r in levels], levels[0][3])
    return 0


def cmd_facts(args: argparse.Namespace, settings: Settings) -> int:
    from services.load.clickhouse import connect  # noqa: PLC0415

    from .queries import FACTS, read_only_query  # noqa: PLC0415

    params = {"metric": args.metric or "", "doc": args.doc or "", "limit": args.limit}
    columns, rows = read_only_query(connect(settings), FACTS, params)
    if args.format == "table":
        rows = [(r[0][:8], r[1] or "-", display_value(r[2], r[3]), *r[4:]) for r in rows]
        columns = ["doc", "metric", "value", *columns[4:]]
    print_rows(columns, rows, args.format)
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    import redis.asyncio as aioredis  # noqa: PLC0415

    from shared.dead_letters import read_dead_letters  # noqa: PLC0415

    from .status import group_states  # noqa: PLC0415

    async def go(url: str) -> tuple[list, list]:
        client = aioredis.Redis.from_url(url)
        try:
            return await group_states(client), await read_dead_letters(client)
        finally:
            await client.aclose()

    with redis_url_for(settings) as url:
        states, letters = run_event_loop(go(url))
    print_rows(
        ["stream", "group", "length", "lag", "pending", "oldest_pending_ms", "consumers"],
        [[s.stream, s.group, s.length, s.lag, s.pending, s.oldest_pending_ms, s.consumers] for s in states],
        args.format,
    )
    reasons: dict[str, int] = {}
    for _, letter in letters:
        key = f"{letter.stage}:{letter.reason}"
        reasons[key] = reasons.get(key, 0) + 1
    print(json.dumps({"dead_letters": reasons}, ensure_ascii=False), file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="suanli", description=__doc__)
    root.add_argument("-v", "--verbose", action="store_true", help="log at INFO level")
    commands = root.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run all stages in this process over PATH... and print the facts")
    run.add_argument("paths", nargs="+", help="files, directories or URLs")
    run.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for the pipeline to drain")
    run.add_argument("--format", choices=FORMATS, default="table")
    run.set_defaults(handler=cmd_run)

    serve = commands.add_parser("serve", help="run one stage as a service")
    serve.add_argument("stage", choices=STAGES)
    serve.set_defaults(handler=cmd_serve)

    submit = commands.add_parser("submit", help="queue files, directories or URLs for a running pipeline")
    submit.add_argument("sources", nargs="+")
    submit.set_defaults(handler=cmd_submit)

    query = commands.add_parser("query", help="run a read-only SQL statement against ClickHouse")
    query.add_argument("sql")
    query.add_argument("--format", choices=FORMATS, default="table")
    query.set_defaults(handler=cmd_query)

    extract = commands.add_parser("extract", help="clean + extract files in-process (no Redis, no storage)")
    extract.add_argument("files", nargs="+")
    extract.add_argument("--published", help="publish date YYYY-MM-DD, when the text gives none")
    extract.add_argument("--format", choices=("table", "jsonl"), default="table")
    extract.set_defaults(handler=cmd_extract)

    clean = commands.add_parser("clean", help="print the cleaned document, for debugging")
    clean.add_argument("file")
    clean.add_argument("--published", help="publish date YYYY-MM-DD, when the text gives none")
    clean.add_argument("--format", choices=("text", "json"), default="text")
    clean.set_defaults(handler=cmd_clean)

    series = commands.add_parser("series", help="the time series of one metric, newest report per period")
    series.add_argument("metric", help="a metric key from services/extract/taxonomy.toml")
    series.add_argument("--region", help="CN, a province or city, HK, TW, GLOBAL")
    series.add_argument("--kind", choices=("actual", "forecast", "target"))
    series.add_argument("--format", choices=FORMATS, default="table")
    series.set_defaults(handler=cmd_series)

    facts = commands.add_parser("facts", help="facts with their sentences and sources")
    facts.add_argument("--metric")
    facts.add_argument("--doc", help="a document id")
    facts.add_argument("--limit", type=int, default=200)
    facts.add_argument("--format", choices=FORMATS, default="table")
    facts.set_defaults(handler=cmd_facts)

    status = commands.add_parser("status", help="streams, consumer groups, lag, pending and dead letters")
    status.add_argument("--format", choices=FORMATS, default="table")
    status.set_defaults(handler=cmd_status)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose or args.command == "serve" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return args.handler(args, Settings())


if __name__ == "__main__":
    sys.exit(main())
