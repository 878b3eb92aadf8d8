-- Articles list the ids of their facts and events, so loading a document again finds what to retire by
-- reading its article rather than scanning the facts. Rows written before this migration have no list
-- (ids_listed = 0): for those documents the writer looks the ids up in facts and events instead.
ALTER TABLE suanli.articles ADD COLUMN IF NOT EXISTS fact_ids Array(String);
ALTER TABLE suanli.articles ADD COLUMN IF NOT EXISTS event_ids Array(String);
ALTER TABLE suanli.articles ADD COLUMN IF NOT EXISTS ids_listed UInt8 DEFAULT 0;
