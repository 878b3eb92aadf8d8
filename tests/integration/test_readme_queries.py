"""Every SQL example in the README runs on the seed data and returns rows."""

import asyncio
import json
import re

import pytest

from services.cli.pipeline import run_pipeline
from services.cli.queries import read_only_query
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.integration
QUERIES = re.findall(r"```sql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)
MAY_BE_EMPTY = ("WHERE conflict",)  # the seeds agree with each other: no conflict to show


def test_readme_has_the_queries() -> None:
    assert len(QUERIES) >= 6


def test_readme_queries_run_on_seed_data(settings, clickhouse, fresh_redis) -> None:
    asyncio.run(run_pipeline([str(SEEDS)], settings, settings.REDIS_URL, timeout=120))
    for sql in QUERIES:
        _, rows = read_only_query(clickhouse, sql)  # raises on a query that doesn't run
        if not any(marker in sql for marker in MAY_BE_EMPTY):
            assert rows, f"no rows from:\n{sql}"


def test_dashboard_clickhouse_panels_run(settings, clickhouse, fresh_redis) -> None:
    asyncio.run(run_pipeline([str(SEEDS)], settings, settings.REDIS_URL, timeout=120))
    dashboard = json.loads(
        (ROOT / "deploy" / "grafana" / "dashboards" / "suanli.json").read_text(encoding="utf-8")
    )
    panels = [p for p in dashboard["panels"] if p["datasource"]["type"] == "grafana-clickhouse-datasource"]
    assert panels
    for panel in panels:
        read_only_query(clickhouse, panel["targets"][0]["rawSql"])
