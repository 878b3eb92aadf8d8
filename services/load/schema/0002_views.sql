-- `series`: one row per (metric, region, period, kind, measure, unit) with the value of the most recently
-- published report, how many distinct stories gave a value (syndicated copies count once), and the
-- spread between them; `conflict` when they disagree by more than rounding (2% of the larger value).
-- A metric reported both as power (W) and energy (Wh), or in yuan and in dollars, is two series.
--
-- `revisions`: how what was said about one period changed over publish dates, with the change from the
-- previous statement.
--
-- CREATE OR REPLACE keeps the migration safe to run twice (load replicas starting together).

CREATE OR REPLACE VIEW suanli.series AS
SELECT
    metric,
    region,
    period,
    kind,
    measure,
    unit,
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
GROUP BY metric, region, period, kind, measure, unit;

CREATE OR REPLACE VIEW suanli.revisions AS
SELECT
    metric, region, period, kind, measure, said_on, unit, value, sources, mentions,
    value - lagInFrame(value, 1, value) OVER w AS change,
    row_number() OVER w                       AS revision
FROM
(
    SELECT
        metric, region, period, kind, measure,
        toDate(published_at)                       AS said_on,
        unit,
        argMax(value, published_at)                AS value,
        groupUniqArray(if(cited_source != '', cited_source, site)) AS sources,
        count()                                    AS mentions
    FROM suanli.facts FINAL
    WHERE metric != '' AND published_at IS NOT NULL AND period != ''
    GROUP BY metric, region, period, kind, measure, unit, said_on
)
WINDOW w AS (PARTITION BY metric, region, period, kind, measure, unit ORDER BY said_on
             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
