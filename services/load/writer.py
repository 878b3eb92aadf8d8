"""A batch of ExtractedFacts (their JSON) -> rows of suanli.articles, suanli.facts and suanli.events.

The engine does the work: the batch is parsed once into a temporary staging table (`staging`), and each
table is filled from it by one INSERT ... SELECT. Python only joins the messages' bytes.

Ids are deterministic (document + position + what was measured), so replays overwrite. When a document
is loaded again, facts and events it had before that the new extraction no longer has are retired with
a tombstone (is_deleted = 1): no duplicates and no stale facts. Each article lists the ids of its facts
and events, so what to retire is read from the articles of the documents in the batch; only when one of
them was loaded before is the facts table searched, for the sorting keys of the ids that disappeared.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from clickhouse_connect.driver.exceptions import DatabaseError

from .staging import PARSE_SETTINGS, STAGING_TABLE, staged_lines, staging_table_ddl

# The same fields make the id whatever the engine: cityHash64 is fixed in ClickHouse, and strings, not
# enum numbers, are hashed so that adding a label to a Literal leaves the ids as they were.
FACT_ID = (
    "lower(hex(cityHash64(m.doc_id, f.span.1, f.span.2, f.unit, toString(f.measure), f.value, "
    "ifNull(f.metric, ''), ifNull(f.region, ''), ifNull(f.period, ''), toString(f.kind))))"
)
EVENT_ID = "lower(hex(cityHash64('event', m.doc_id, toString(e.event_type), e.what, e.span.1)))"
ID_COLUMNS = {
    "fact_ids": f"arrayMap(f -> {FACT_ID}, m.facts)",
    "event_ids": f"arrayMap(e -> {EVENT_ID}, m.events)",
}

# The first of each id in a document: an extraction listing one number twice stores it once.
FIRST_OF_EACH = "indexOf({ids}, id) = position"
DISTINCT_IDS = "arrayFilter((id, position) -> indexOf({ids}, id) = position, {ids}, arrayEnumerate({ids}))"

# A document sent twice in one batch keeps its last version.
LATEST_ONLY = f"seq IN (SELECT max(seq) FROM {STAGING_TABLE} GROUP BY m.doc_id)"

# Rows of one insert never share a sorting key (ids are unique per batch), so the sort-and-collapse
# ReplacingMergeTree would run on each insert finds nothing to collapse; skipping it saves ~40% of
# chDB's time per facts insert.
INSERT_SETTINGS = "SETTINGS optimize_on_insert = 0, insert_null_as_default = 0"

BATCH_DOCS = f"SELECT m.doc_id FROM {STAGING_TABLE}"

# Per document of the batch: how many copies came, its facts and events (last copy), and whether it was
# loaded before: 0 new, 1 loaded before migration 0003 (its article lists no ids), 2 loaded with its ids.
SUMMARY = f"""
SELECT count(), sum(copies), sum(facts), sum(events), countIf(stored = 2), countIf(stored = 1),
       (SELECT (count(), uniqExact(seq), max(seq)) FROM {STAGING_TABLE})
FROM (
    SELECT m.doc_id AS doc_id, count() AS copies,
           argMax(length(arrayDistinct(fact_ids)), seq) AS facts,
           argMax(length(arrayDistinct(event_ids)), seq) AS events
    FROM {STAGING_TABLE} GROUP BY doc_id
) AS batch
LEFT JOIN (
    SELECT doc_id, 1 + max(ids_listed) AS stored FROM suanli.articles WHERE doc_id IN ({BATCH_DOCS}) GROUP BY doc_id
) AS known USING doc_id"""

FACTS = f"""
INSERT INTO suanli.facts (fact_id, doc_id, story_id, metric, subject, value, value_high, unit, value_text,
    qualifier, measure, period, period_start, period_end, kind, region, cited_source, sentence, span_start,
    span_end, site, url, published_at, extractor_version, ingested_at, version, is_deleted)
SELECT id, m.doc_id, ifNull(m.article.duplicate_of, m.doc_id), ifNull(f.metric, ''), f.subject, f.value,
    f.value_high, f.unit, f.value_text, f.qualifier, f.measure, ifNull(f.period, ''), f.period_start,
    f.period_end, f.kind, ifNull(f.region, ''), ifNull(f.cited_source, ''), f.sentence, f.span.1, f.span.2,
    ifNull(m.site, ''), m.url, m.published_at, m.extractor_version, now64(3), {{version:UInt64}}, 0
FROM {STAGING_TABLE} ARRAY JOIN m.facts AS f, fact_ids AS id, arrayEnumerate(fact_ids) AS position
WHERE {FIRST_OF_EACH.format(ids="fact_ids")} {{latest}}
{INSERT_SETTINGS}"""

EVENTS = f"""
INSERT INTO suanli.events (event_id, doc_id, event_type, what, place, event_date, amount, amount_unit,
    sentence, site, url, published_at, extractor_version, ingested_at, version, is_deleted)
SELECT id, m.doc_id, e.event_type, e.what, ifNull(e.place, ''), e.event_date, e.amount,
    ifNull(e.amount_unit, ''), e.sentence, ifNull(m.site, ''), m.url, m.published_at, m.extractor_version,
    now64(3), {{version:UInt64}}, 0
FROM {STAGING_TABLE} ARRAY JOIN m.events AS e, event_ids AS id, arrayEnumerate(event_ids) AS position
WHERE {FIRST_OF_EACH.format(ids="event_ids")} {{latest}}
{INSERT_SETTINGS}"""

ARTICLES = f"""
INSERT INTO suanli.articles (doc_id, url, site, title, published_at, published_source, fetched_at, script,
    encoding, encoding_source, repairs, duplicate_of, sha256, text, original, extractor_version, ingested_at,
    version, fact_ids, event_ids, ids_listed)
SELECT m.doc_id, m.url, ifNull(m.site, ''), ifNull(m.title, ''), m.published_at, m.published_source,
    m.fetched_at, m.article.script, ifNull(m.article.encoding, ''), ifNull(m.article.encoding_source, ''),
    m.article.repairs, m.article.duplicate_of, m.article.sha256, m.article.text, m.article.original,
    m.extractor_version, now64(3), {{version:UInt64}},
    {DISTINCT_IDS.format(ids="fact_ids")}, {DISTINCT_IDS.format(ids="event_ids")}, 1
FROM {STAGING_TABLE} WHERE 1 {{latest}}
{INSERT_SETTINGS}"""


def tombstones(table: str, key: list[str], ids: str, *, unlisted: bool) -> str:
    """Retire the rows of the ids stored for the batch's documents that their new versions lack: a newer
    version of each sorting key with is_deleted = 1. The key columns are part of the id, so any stored
    row of an id has them; no FINAL needed. The stored ids are those the documents' articles list; for
    articles written before migration 0003 (`unlisted`), the live ids in the table itself."""
    id_column = key[-1]
    if unlisted:
        stored = f"""
        SELECT doc_id, {id_column} AS id FROM suanli.{table} FINAL
        WHERE doc_id IN (SELECT doc_id FROM suanli.articles FINAL WHERE doc_id IN ({BATCH_DOCS}) AND NOT ids_listed)
          AND NOT is_deleted"""
    else:
        stored = f"""
        SELECT doc_id, id FROM suanli.articles FINAL ARRAY JOIN {ids} AS id
        WHERE doc_id IN ({BATCH_DOCS}) AND ids_listed"""
    return f"""
INSERT INTO suanli.{table} (doc_id, {", ".join(key)}, version, is_deleted, ingested_at)
SELECT DISTINCT doc_id, {", ".join(key)}, {{version:UInt64}}, 1, now64(3)
FROM suanli.{table}
WHERE {id_column} IN (
    SELECT id FROM ({stored})
    WHERE (doc_id, id) NOT IN (SELECT m.doc_id, id FROM {STAGING_TABLE} ARRAY JOIN {ids} AS id WHERE 1 {{latest}}))
{INSERT_SETTINGS}"""


FACT_KEY = ["metric", "region", "period", "kind", "fact_id"]
EVENT_KEY = ["event_type", "event_id"]
TOMBSTONES = {
    unlisted: [
        tombstones("facts", FACT_KEY, "fact_ids", unlisted=unlisted),
        tombstones("events", EVENT_KEY, "event_ids", unlisted=unlisted),
    ]
    for unlisted in (False, True)
}


class BatchRefused(ValueError):
    """The engine's parser took a batch for something else than one message per body."""


@dataclass(frozen=True)
class Loaded:
    """What one batch became: documents (a document sent twice counts once), facts and events stored."""

    documents: int
    facts: int
    events: int
    reloaded: int
    """Documents that were loaded before, whose old facts and events were retired where they changed."""
    reloaded_unlisted: int = 0
    """Of those, the ones whose article predates the id lists."""


class ClickHouseWriter:
    """Writes batches of extracted documents; one instance per process (chDB allows one engine)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self._lock = threading.Lock()

    def check_schema(self) -> None:
        """Run every statement on an empty batch now: a table or column missing or of the wrong type
        stops the service at start-up instead of dead-lettering every batch as rejected data."""
        with self._lock:
            self._stage([])
            for statement in (*TOMBSTONES[False], *TOMBSTONES[True], FACTS, EVENTS, ARTICLES):
                self._run(statement, 0, latest="")

    def _stage(self, bodies: list[bytes]) -> None:
        """Parse the batch into the staging table, emptied first. The table lives in the client's session:
        created on the first batch, and again when a server has expired the session since the last one."""
        try:
            self.client.command(f"TRUNCATE TABLE {STAGING_TABLE}")
        except DatabaseError:
            self.client.command(staging_table_ddl(ID_COLUMNS))
        if bodies:
            self.client.raw_insert(
                STAGING_TABLE, insert_block=staged_lines(bodies), fmt="JSONEachRow", settings=PARSE_SETTINGS
            )

    def _run(self, statement: str, version: int, latest: str) -> None:
        self.client.command(statement.replace("{latest}", latest), parameters={"version": version})

    def _summary(self, count: int) -> tuple[Loaded, bool]:
        """What the staging table holds, and whether a document came twice."""
        row = self.client.query(SUMMARY).result_rows[0]
        documents, copies, facts, events, listed, unlisted, (lines, distinct_seq, last_seq) = row
        if lines != count or distinct_seq != count or (count and last_seq != count - 1):
            raise BatchRefused(f"{count} messages were read as {lines} rows")
        return Loaded(documents, facts, events, listed + unlisted, unlisted), copies > documents

    def write(self, bodies: list[bytes]) -> Loaded:
        """Insert the batch; returns once every row is in (only then may its messages be acked).

        Concurrent writes take turns: the tombstones of one must see the facts of the one before."""
        with self._lock:
            self._stage(bodies)
            loaded, repeated = self._summary(len(bodies))
            latest = f"AND {LATEST_ONLY}" if repeated else ""
            version = time.time_ns() // 1000
            for unlisted, count in (
                (False, loaded.reloaded - loaded.reloaded_unlisted),
                (True, loaded.reloaded_unlisted),
            ):
                for statement in TOMBSTONES[unlisted] if count else []:
                    self._run(statement, version, latest)
            if loaded.facts:
                self._run(FACTS, version, latest)
            if loaded.events:
                self._run(EVENTS, version, latest)
            # Last: the article lists the ids its next load retires from, so it must not be in before its
            # facts and tombstones are (a failure in between is retried from the older list).
            if loaded.documents:
                self._run(ARTICLES, version, latest)
            return loaded
