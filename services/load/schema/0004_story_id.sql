-- Syndicated copies of one story count once: each fact carries the story it belongs to (the doc_id of
-- the first copy seen, from clean's near-duplicate index), and `series` counts stories, not copies.

ALTER TABLE suanli.facts ADD COLUMN IF NOT EXISTS story_id String DEFAULT doc_id AFTER doc_id;

CREATE OR REPLACE VIEW suanli.series AS
SELECT
    metric,
    region,
    period,
    kind,
    measure,
    any(unit)                                   AS unit,
    argMax(value, published_at)                 AS latest_value,
    argMax(value_high, published_at)            AS latest_value_high,
    argMax(qualifier, published_at)             AS latest_qualifier,
    argMax(cited_source, published_at)          AS latest_source,
    max(published_at)                           AS latest_published_at,
    uniqExact(story_id)                         AS sources,
    groupUniqArrayIf(cited_source, cited_source != '') AS cited_sources,
    count()                                     AS mentions,
    min(value)                                  AS min_value,
    max(value)                                  AS max_value,
    (max(value) - min(value)) > 0.02 * greatest(abs(max(value)), abs(min(value))) AS conflict,
    min(period_start)                           AS period_start,
    max(period_end)                             AS period_end
FROM suanli.facts FINAL
WHERE metric != ''
GROUP BY metric, region, period, kind, measure;
