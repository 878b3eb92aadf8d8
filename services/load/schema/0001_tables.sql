-- Articles, facts and events. ReplacingMergeTree everywhere: ids are deterministic, so a replayed or
-- re-processed message overwrites its rows instead of adding to them. `version` is the ingest time in
-- microseconds: the newest write of an id wins. Facts and events carry `is_deleted`, so re-extracting a
-- document can retire facts the new extractor no longer finds. `story_id` is the doc_id of the first
-- copy of a syndicated story (clean's near-duplicate index), so copies count once in `series`.

CREATE TABLE IF NOT EXISTS suanli.articles
(
    doc_id            String,
    url               String,
    site              LowCardinality(String),
    title             String,
    published_at      Nullable(DateTime64(3, 'UTC')),
    published_source  LowCardinality(String),
    fetched_at        DateTime64(3, 'UTC'),
    script            LowCardinality(String),
    encoding          LowCardinality(String),
    encoding_source   LowCardinality(String),
    repairs           Array(Tuple(kind String, before String, after String)),
    duplicate_of      Nullable(String),
    sha256            String,
    text              String,
    original          String,
    extractor_version LowCardinality(String),
    ingested_at       DateTime64(3, 'UTC'),
    version           UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY doc_id;

CREATE TABLE IF NOT EXISTS suanli.facts
(
    fact_id           String,
    doc_id            String,
    story_id          String,
    metric            LowCardinality(String),
    subject           String,
    value             Float64,
    value_high        Nullable(Float64),
    unit              LowCardinality(String),
    value_text        String,
    qualifier         LowCardinality(String),
    measure           LowCardinality(String),
    period            String,
    period_start      Nullable(Date),
    period_end        Nullable(Date),
    kind              LowCardinality(String),
    region            LowCardinality(String),
    cited_source      String,
    sentence          String,
    span_start        UInt32,
    span_end          UInt32,
    site              LowCardinality(String),
    url               String,
    published_at      Nullable(DateTime64(3, 'UTC')),
    extractor_version LowCardinality(String),
    ingested_at       DateTime64(3, 'UTC'),
    version           UInt64,
    is_deleted        UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (metric, region, period, kind, fact_id);

CREATE TABLE IF NOT EXISTS suanli.events
(
    event_id          String,
    doc_id            String,
    event_type        LowCardinality(String),
    what              String,
    place             String,
    event_date        Nullable(Date),
    amount            Nullable(Float64),
    amount_unit       LowCardinality(String),
    sentence          String,
    site              LowCardinality(String),
    url               String,
    published_at      Nullable(DateTime64(3, 'UTC')),
    extractor_version LowCardinality(String),
    ingested_at       DateTime64(3, 'UTC'),
    version           UInt64,
    is_deleted        UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (event_type, event_id);
