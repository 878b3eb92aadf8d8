"""Read-only access to ClickHouse for the CLI."""

from __future__ import annotations

import re
from typing import Any

READ_ONLY_STATEMENT = re.compile(
    r"^\s*(?:\(\s*)*(?:SELECT|WITH|SHOW|DESCRIBE|DESC|EXPLAIN|EXISTS)\b", re.IGNORECASE
)

FACTS_OF_DOCS = """
SELECT metric, value, unit, qualifier, measure, period, kind, region, subject, cited_source
FROM suanli.facts FINAL
WHERE doc_id IN {docs:Array(String)}
ORDER BY doc_id, span_start
"""


class ReadOnlyError(ValueError):
    """The statement would change data; `suanli query` refuses it."""


def check_read_only(sql: str) -> str:
    statement = sql.strip().rstrip(";")
    if ";" in statement or not READ_ONLY_STATEMENT.match(statement):
        raise ReadOnlyError("suanli query runs one SELECT, WITH, SHOW, DESCRIBE, EXPLAIN or EXISTS statement")
    return statement


def read_only_query(
    client: Any, sql: str, parameters: dict[str, Any] | None = None
) -> tuple[list[str], list[tuple]]:
    """Run a read-only statement: checked here, and refused by ClickHouse itself (readonly=1)."""
    statement = check_read_only(sql)
    result = client.query(statement, parameters=parameters, settings={"readonly": 1})
    return list(result.column_names), [tuple(row) for row in result.result_rows]


SERIES = """
SELECT period, kind, measure, unit, latest_value, latest_value_high, latest_qualifier, sources, mentions,
       min_value, max_value, conflict, latest_source, latest_published_at
FROM suanli.series
WHERE metric = {metric:String}
  AND ({region:String} = '' OR region = {region:String})
  AND ({kind:String} = '' OR kind = {kind:String})
ORDER BY measure, period_start, period, kind
"""

FACTS = """
SELECT doc_id, metric, value, unit, qualifier, measure, period, kind, region, cited_source, sentence
FROM suanli.facts FINAL
WHERE ({metric:String} = '' OR metric = {metric:String})
  AND ({doc:String} = '' OR doc_id = {doc:String})
ORDER BY metric, period, published_at
LIMIT {limit:UInt32}
"""
