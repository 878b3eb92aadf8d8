-- `series` reads one metric and region: a few hundred rows of a sorted range, merged with FINAL. With
-- 8,192-row granules it read and merged some forty times the rows it kept; 1,024-row granules cut a
-- series over 1,000,000 facts from ~19 ms to ~13 ms on chDB, and inserts of 10,000 rows took the same
-- time (both measured here). The granule size is fixed when a table is created, so the table is rebuilt:
-- copied, swapped in, and the old one dropped. Dropping a leftover copy first makes a rerun after a crash
-- start over instead of swapping the old table back.

DROP TABLE IF EXISTS suanli.facts_rebuilt;

CREATE TABLE suanli.facts_rebuilt AS suanli.facts
ENGINE = ReplacingMergeTree(version, is_deleted)
ORDER BY (metric, region, period, kind, fact_id)
SETTINGS index_granularity = 1024;

INSERT INTO suanli.facts_rebuilt SELECT * FROM suanli.facts;

EXCHANGE TABLES suanli.facts AND suanli.facts_rebuilt;

DROP TABLE suanli.facts_rebuilt;
