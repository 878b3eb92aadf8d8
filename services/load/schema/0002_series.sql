-- One row per (metric, region, period, kind, measure): the value of the most recently published report,
-- how many distinct sources gave a value, and the spread between them. `conflict` is set when sources
-- disagree by more than rounding (2% of the larger value).

CREATE VIEW IF NOT EXISTS suanli.series AS
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
    uniqExact(if(cited_source != '', cited_source, site)) AS sources,
    count()                                     AS mentions,
    min(value)                                  AS min_value,
    max(value)                                  AS max_value,
    (max(value) - min(value)) > 0.02 * greatest(abs(max(value)), abs(min(value))) AS conflict,
    min(period_start)                           AS period_start,
    max(period_end)                             AS period_end
FROM suanli.facts FINAL
WHERE metric != ''
GROUP BY metric, region, period, kind, measure;
