-- How what was said about one period changed over publish dates: one row per (metric, region, period,
-- kind, measure, day said), with the value said that day and the change from the previous statement.

CREATE VIEW IF NOT EXISTS suanli.revisions AS
SELECT
    metric, region, period, kind, measure, said_on, unit, value, sources, mentions,
    value - lagInFrame(value, 1, value) OVER w AS change,
    row_number() OVER w                       AS revision
FROM
(
    SELECT
        metric, region, period, kind, measure,
        toDate(published_at)                       AS said_on,
        any(unit)                                  AS unit,
        argMax(value, published_at)                AS value,
        groupUniqArray(if(cited_source != '', cited_source, site)) AS sources,
        count()                                    AS mentions
    FROM suanli.facts FINAL
    WHERE metric != '' AND published_at IS NOT NULL AND period != ''
    GROUP BY metric, region, period, kind, measure, said_on
)
WINDOW w AS (PARTITION BY metric, region, period, kind, measure ORDER BY said_on
             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);
