"""The deployed shape, checked without Docker: what compose would start and how it is wired."""

import yaml

from tests.conftest import ROOT

COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]


def test_every_stage_runs_from_one_image_with_the_same_settings() -> None:
    for stage in ("fetch", "clean", "extract", "load"):
        service = SERVICES[stage]
        assert service["command"] == ["serve", stage]
        assert service["image"] == "suanli:latest"
        assert service["environment"]["REDIS_URL"] == "redis://redis:6379/0"
        assert service["environment"]["CLICKHOUSE_URL"].startswith("http://")
        assert "container_name" not in service  # replicas must be able to scale


def test_backends_have_healthchecks_and_stages_wait_for_them() -> None:
    assert "--appendonly" in SERVICES["redis"]["command"]
    assert ":" in SERVICES["clickhouse"]["image"] and not SERVICES["clickhouse"]["image"].endswith(":latest")
    for backend in ("redis", "clickhouse"):
        assert "healthcheck" in SERVICES[backend]
        assert SERVICES["load"]["depends_on"][backend]["condition"] == "service_healthy"


def test_secrets_are_required_from_the_environment() -> None:
    text = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    assert "${CLICKHOUSE_PASSWORD:?" in text
    assert "sleep" not in text
