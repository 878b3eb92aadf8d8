"""ExtractedFacts -> columns of suanli.articles, suanli.facts and suanli.events.

Ids are deterministic (document + position + what was measured), so replays overwrite. When a document
is loaded again, facts and events it had before that the new extraction no longer has are retired with
a tombstone (is_deleted = 1): no duplicates and no stale facts. Each article lists the ids of its
facts and events, so what to retire is known from the article (a primary-key lookup); only the sorting
keys of the ids that disappeared are then read from the facts (one column scanned, no FINAL).

Columns are built straight from the messages (no row lists to transpose) and inserted with the types
read once from the table: a DESCRIBE per insert, row-to-column transposition and per-value conversions
in the driver used to cost more than chDB's own work on a batch.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from hashlib import blake2b
from operator import attrgetter
from typing import Any, TypeVar

from shared.ids import stable_id
from shared.messages import Event, ExtractedFacts, MetricFact

ARTICLE_COLUMNS = [
    "doc_id",
    "url",
    "site",
    "title",
    "published_at",
    "published_source",
    "fetched_at",
    "script",
    "encoding",
    "encoding_source",
    "repairs",
    "duplicate_of",
    "sha256",
    "text",
    "original",
    "extractor_version",
    "ingested_at",
    "version",
    "fact_ids",
    "event_ids",
    "ids_listed",
]
FACT_COLUMNS = [
    "fact_id",
    "doc_id",
    "story_id",
    "metric",
    "subject",
    "value",
    "value_high",
    "unit",
    "value_text",
    "qualifier",
    "measure",
    "period",
    "period_start",
    "period_end",
    "kind",
    "region",
    "cited_source",
    "sentence",
    "span_start",
    "span_end",
    "site",
    "url",
    "published_at",
    "extractor_version",
    "ingested_at",
    "version",
    "is_deleted",
]
EVENT_COLUMNS = [
    "event_id",
    "doc_id",
    "event_type",
    "what",
    "place",
    "event_date",
    "amount",
    "amount_unit",
    "sentence",
    "site",
    "url",
    "published_at",
    "extractor_version",
    "ingested_at",
    "version",
    "is_deleted",
]


# The sorting key of each table: ReplacingMergeTree replaces rows with equal keys, so every column of
# the key is part of the id (a fact whose metric changed is a new fact; the old one gets a tombstone).
FACT_KEY = ["metric", "region", "period", "kind", "fact_id"]
EVENT_KEY = ["event_type", "event_id"]

# Rows of one insert never share a sorting key (ids are unique per batch), so the sort-and-collapse
# ReplacingMergeTree would run on each insert finds nothing to collapse; skipping it saves ~40% of
# chDB's time per facts insert.
INSERT_SETTINGS = {"optimize_on_insert": 0}

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND = timedelta(milliseconds=1)
_LOW_CARDINALITY = re.compile(r"^LowCardinality\((?P<inner>.*)\)$")

T = TypeVar("T")


def _fact_id(prefix: str, fact: MetricFact) -> str:
    """fact_id with the document part of the key already joined: the same digest as stable_id, without
    a generator and a str() call per part (f-string fields format exactly as str()). The hottest loop of
    load (~1.5 µs per fact), hence the conditionals spelled inline."""
    start, end = fact.span
    metric, region, period = fact.metric, fact.region, fact.period
    key = (
        f"{prefix}{start}\x1f{end}\x1f{fact.unit}\x1f{fact.measure}\x1f{fact.value}\x1f"
        f"{'' if metric is None else metric}\x1f{'' if region is None else region}\x1f"
        f"{'' if period is None else period}\x1f{fact.kind}"
    )
    return blake2b(key.encode(), digest_size=8).hexdigest()


def fact_id(doc_id: str, fact: MetricFact) -> str:
    return _fact_id(f"fact\x1f{doc_id}\x1f", fact)


def event_id(doc_id: str, event: Event) -> str:
    return stable_id("event", doc_id, event.event_type, event.what, event.span[0])


def millis(value: datetime | None) -> int | None:
    """DateTime64(3, 'UTC') ticks; a naive datetime is taken as UTC (what every stage writes)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return (value - _EPOCH) // _MILLISECOND


@dataclass(frozen=True)
class Stamp:
    """When a batch is written: ingest time (DateTime64 ticks) and the ReplacingMergeTree version."""

    ingested_at: int
    version: int

    @staticmethod
    def now() -> Stamp:
        return Stamp(millis(datetime.now(UTC)), time.time_ns() // 1000)


def story_id(message: ExtractedFacts) -> str:
    """Syndicated copies share the story of their first copy, so they count once in `series`."""
    return (message.article.duplicate_of if message.article else None) or message.doc_id


def unique_by_id(ids: list[str], items: Sequence[T]) -> tuple[list[str], list[T]]:
    """The first item of each id, in order: an extraction listing one number twice stores it once."""
    if len(set(ids)) == len(ids):
        return ids, list(items)
    first: dict[str, T] = {}
    for key, item in zip(ids, items, strict=True):
        first.setdefault(key, item)
    return list(first), list(first.values())


def _column(items: list[Any], name: str) -> list[Any]:
    return list(map(attrgetter(name), items))


def _text_column(items: list[Any], name: str) -> list[str]:
    return ["" if value is None else value for value in map(attrgetter(name), items)]


def _repeat(columns: dict[str, list[Any]], values: dict[str, Any], times: int) -> None:
    """Extend the per-document columns by one document's values, once per fact or event it has."""
    for name, value in values.items():
        columns[name] += [value] * times


DOCUMENT_FIELDS = ["doc_id", "site", "url", "published_at", "extractor_version"]
"""Columns of facts and events that repeat their document's values."""


def _document_values(message: ExtractedFacts) -> dict[str, Any]:
    return {
        "doc_id": message.doc_id,
        "site": message.site or "",
        "url": message.url,
        "published_at": millis(message.published_at),
        "extractor_version": message.extractor_version,
    }


def _batch_values(stamp: Stamp, count: int) -> dict[str, list[Any]]:
    return {
        "ingested_at": [stamp.ingested_at] * count,
        "version": [stamp.version] * count,
        "is_deleted": [0] * count,
    }


def _ordered(columns: dict[str, list[Any]], names: list[str]) -> list[list[Any]]:
    return [columns[name] for name in names]


def _per_document(
    messages: Iterable[ExtractedFacts],
    items_of: Callable[[ExtractedFacts], Sequence[T]],
    ids_of: Callable[[ExtractedFacts], list[str]],
    values_of: Callable[[ExtractedFacts], dict[str, Any]],
    value_names: list[str],
) -> tuple[list[str], list[T], dict[str, list[str]], dict[str, list[Any]]]:
    """The items (facts or events) of every document, each id once: (ids, items, ids per document, the
    per-document columns repeated once per item)."""
    ids: list[str] = []
    items: list[T] = []
    ids_by_doc: dict[str, list[str]] = {}
    per_doc: dict[str, list[Any]] = {name: [] for name in value_names}
    for message in messages:
        doc_ids, doc_items = unique_by_id(ids_of(message), items_of(message))
        ids_by_doc[message.doc_id] = doc_ids
        ids += doc_ids
        items += doc_items
        _repeat(per_doc, values_of(message), len(doc_items))
    return ids, items, ids_by_doc, per_doc


def fact_columns(
    messages: Iterable[ExtractedFacts], stamp: Stamp
) -> tuple[list[list[Any]], dict[str, list[str]]]:
    """The facts of these documents as FACT_COLUMNS, and the fact ids of each document."""

    def ids_of(message: ExtractedFacts) -> list[str]:
        prefix = f"fact\x1f{message.doc_id}\x1f"
        return [_fact_id(prefix, fact) for fact in message.facts]

    ids, facts, ids_by_doc, per_doc = _per_document(
        messages,
        lambda m: m.facts,
        ids_of,
        lambda m: {**_document_values(m), "story_id": story_id(m)},
        [*DOCUMENT_FIELDS, "story_id"],
    )
    spans = _column(facts, "span")
    columns = {
        "fact_id": ids,
        **per_doc,
        **{name: _column(facts, name) for name in ("subject", "value", "value_high", "unit", "value_text")},
        **{name: _column(facts, name) for name in ("qualifier", "measure", "period_start", "period_end")},
        **{name: _column(facts, name) for name in ("kind", "sentence")},
        **{name: _text_column(facts, name) for name in ("metric", "period", "region", "cited_source")},
        "span_start": [start for start, _ in spans],
        "span_end": [end for _, end in spans],
        **_batch_values(stamp, len(ids)),
    }
    return _ordered(columns, FACT_COLUMNS), ids_by_doc


def event_columns(
    messages: Iterable[ExtractedFacts], stamp: Stamp
) -> tuple[list[list[Any]], dict[str, list[str]]]:
    """The events of these documents as EVENT_COLUMNS, and the event ids of each document."""
    ids, events, ids_by_doc, per_doc = _per_document(
        messages,
        lambda m: m.events,
        lambda m: [event_id(m.doc_id, event) for event in m.events],
        _document_values,
        DOCUMENT_FIELDS,
    )
    columns = {
        "event_id": ids,
        **per_doc,
        **{
            name: _column(events, name) for name in ("event_type", "what", "event_date", "amount", "sentence")
        },
        **{name: _text_column(events, name) for name in ("place", "amount_unit")},
        **_batch_values(stamp, len(ids)),
    }
    return _ordered(columns, EVENT_COLUMNS), ids_by_doc


def _article_values(message: ExtractedFacts) -> dict[str, Any]:
    article = message.article
    return {
        "title": message.title or "",
        "published_source": message.published_source,
        "fetched_at": millis(message.fetched_at),
        "script": article.script if article else "",
        "encoding": (article.encoding or "") if article else "",
        "encoding_source": (article.encoding_source or "") if article else "",
        "repairs": [(r.kind, r.before, r.after) for r in article.repairs] if article else [],
        "duplicate_of": article.duplicate_of if article else None,
        "sha256": article.sha256 if article else "",
        "text": article.text if article else "",
        "original": article.original if article else "",
    }


def article_columns(
    messages: Iterable[ExtractedFacts],
    stamp: Stamp,
    fact_ids: dict[str, list[str]],
    event_ids: dict[str, list[str]],
) -> list[list[Any]]:
    """One row per document as ARTICLE_COLUMNS, with the ids of its facts and events."""
    columns: dict[str, list[Any]] = {name: [] for name in ARTICLE_COLUMNS}
    for message in messages:
        ids = {"fact_ids": fact_ids[message.doc_id], "event_ids": event_ids[message.doc_id], "ids_listed": 1}
        _repeat(columns, {**_document_values(message), **_article_values(message), **ids}, 1)
    count = len(columns["doc_id"])
    columns |= {"ingested_at": [stamp.ingested_at] * count, "version": [stamp.version] * count}
    return _ordered(columns, ARTICLE_COLUMNS)


@dataclass
class Columns:
    """What one batch of messages becomes, table by table, in each table's column order."""

    articles: list[list[Any]]
    facts: list[list[Any]]
    events: list[list[Any]]
    fact_ids: dict[str, list[str]]
    event_ids: dict[str, list[str]]
    version: int

    @property
    def fact_count(self) -> int:
        return len(self.facts[0])


def latest_versions(messages: Iterable[ExtractedFacts]) -> list[ExtractedFacts]:
    """One message per document: a document sent twice in one batch keeps its last version."""
    return list({message.doc_id: message for message in messages}.values())


def columns_for(messages: Iterable[ExtractedFacts]) -> Columns:
    """The columns of a batch, all sharing one ingest time and version."""
    latest = latest_versions(messages)
    stamp = Stamp.now()
    facts, fact_ids = fact_columns(latest, stamp)
    events, event_ids = event_columns(latest, stamp)
    articles = article_columns(latest, stamp, fact_ids, event_ids)
    return Columns(articles, facts, events, fact_ids, event_ids, stamp.version)


def stale_ids(stored: dict[str, list[str]], current: dict[str, list[str]]) -> list[str]:
    """The ids stored for each document that its new version no longer has."""
    stale: list[str] = []
    for doc_id, ids in stored.items():
        now = set(current.get(doc_id, []))
        stale += [id_ for id_ in ids if id_ not in now]
    return stale


def insert_type_name(type_name: str) -> str:
    """The type a column is sent as: LowCardinality columns go as their plain type, which the engine
    converts on insert, since building dictionaries in Python costs more than the conversion."""
    match = _LOW_CARDINALITY.match(type_name)
    return match["inner"] if match else type_name


class ClickHouseWriter:
    """Writes batches of extracted documents; one instance per process (chDB allows one engine)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self._types: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()

    def _type_names(self, table: str, columns: list[str]) -> list[str]:
        """The insert types of these columns, read from the table once per writer."""
        if table not in self._types:
            described = self.client.query(f"DESCRIBE TABLE suanli.{table}").result_rows
            self._types[table] = {row[0]: insert_type_name(row[1]) for row in described}
            _require_millisecond_datetimes(table, self._types[table])
        return [self._types[table][column] for column in columns]

    def check_schema(self) -> None:
        """Read every table's insert types now: a column missing or of the wrong type stops the service
        at start-up instead of dead-lettering every batch as rejected data."""
        for table, names in (
            ("articles", ARTICLE_COLUMNS),
            ("facts", FACT_COLUMNS),
            ("events", EVENT_COLUMNS),
        ):
            self._type_names(table, names)

    def _insert(self, table: str, columns: list[list[Any]], names: list[str]) -> None:
        if not columns[0]:
            return
        self.client.insert(
            f"suanli.{table}",
            columns,
            column_names=names,
            column_type_names=self._type_names(table, names),
            column_oriented=True,
            settings=INSERT_SETTINGS,
        )

    def _stored_ids(self, doc_ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        """The fact and event ids listed by the articles of the documents loaded before."""
        if not doc_ids:
            return {}
        result = self.client.query(
            "SELECT doc_id, fact_ids, event_ids, ids_listed FROM suanli.articles FINAL "
            "WHERE doc_id IN {docs:Array(String)}",
            parameters={"docs": doc_ids},
        )
        stored = {doc_id: (facts, events) for doc_id, facts, events, _ in result.result_rows}
        unlisted = [doc_id for doc_id, _, _, listed in result.result_rows if not listed]
        return {**stored, **self._live_ids(unlisted)}

    def _live_ids(self, doc_ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        """The ids of the live facts and events of documents whose article predates the id lists
        (migration 0003): read from the tables themselves, as the writer did before."""
        if not doc_ids:
            return {}
        found: dict[str, tuple[list[str], list[str]]] = {doc_id: ([], []) for doc_id in doc_ids}
        for position, (table, key) in enumerate((("facts", "fact_id"), ("events", "event_id"))):
            result = self.client.query(
                f"SELECT doc_id, groupArray({key}) FROM suanli.{table} FINAL "
                "WHERE doc_id IN {docs:Array(String)} AND is_deleted = 0 GROUP BY doc_id",
                parameters={"docs": doc_ids},
            )
            for doc_id, ids in result.result_rows:
                found[doc_id][position].extend(ids)
        return found

    def _tombstones(self, table: str, key: list[str], ids: list[str], version: int) -> None:
        """Retire the rows of these ids: a newer version of each sorting key with is_deleted = 1. The key
        columns are part of the id, so any stored row of an id has them; no FINAL needed."""
        if not ids:
            return
        result = self.client.query(
            f"SELECT DISTINCT doc_id, {', '.join(key)} FROM suanli.{table} WHERE {key[-1]} IN {{ids:Array(String)}}",
            parameters={"ids": ids},
        )
        stale = result.result_rows
        if not stale:
            return
        now = millis(datetime.now(UTC))
        names = ["doc_id", *key, "version", "is_deleted", "ingested_at"]
        self._insert(
            table,
            [list(column) for column in zip(*stale, strict=True)] + _constant(stale, version, 1, now),
            names,
        )

    def write(self, messages: list[ExtractedFacts]) -> Columns:
        """Insert the batch; returns once every row is in (only then may its messages be acked).

        Concurrent writes take turns: the tombstones of one must see the facts of the one before."""
        with self._lock:
            columns = columns_for(messages)
            stored = self._stored_ids(list(columns.fact_ids))
            stale_facts = stale_ids({doc: facts for doc, (facts, _) in stored.items()}, columns.fact_ids)
            stale_events = stale_ids({doc: events for doc, (_, events) in stored.items()}, columns.event_ids)
            self._tombstones("facts", FACT_KEY, stale_facts, columns.version)
            self._tombstones("events", EVENT_KEY, stale_events, columns.version)
            self._insert("facts", columns.facts, FACT_COLUMNS)
            self._insert("events", columns.events, EVENT_COLUMNS)
            # Last: the article lists the ids its next load retires from, so it must not be in before its
            # facts and tombstones are (a failure in between is retried from the older list).
            self._insert("articles", columns.articles, ARTICLE_COLUMNS)
            return columns


def _constant(rows: list[Any], *values: Any) -> list[list[Any]]:
    return [[value] * len(rows) for value in values]


def _require_millisecond_datetimes(table: str, types: dict[str, str]) -> None:
    """millis() writes DateTime64 ticks in milliseconds: a column of another precision would get wrong
    times without an error, so refuse it."""
    for column, type_name in types.items():
        if "DateTime64" in type_name and not re.search(r"DateTime64\(3\b", type_name):
            raise TypeError(f"suanli.{table}.{column} is {type_name}; the writer sends milliseconds")
