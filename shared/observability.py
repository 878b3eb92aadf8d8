"""What a running stage tells the outside: Prometheus metrics, a health endpoint, JSON log lines.

FastStream's Prometheus middleware counts messages, sizes and handler time per stream; these add what
only suanli knows: documents in and out, facts per document, dead letters by reason, batch sizes.
`suanli serve` exposes them on METRICS_PORT: GET /metrics (Prometheus text) and GET /health (200 when
the broker is connected, 503 otherwise).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from faststream.redis.prometheus import RedisPrometheusMiddleware
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry()

DOCUMENTS = Counter(
    "suanli_documents_total", "Documents handled by a stage", ["stage", "outcome"], registry=REGISTRY
)
FACTS_PER_DOCUMENT = Histogram(
    "suanli_facts_per_document",
    "Facts extracted from one document",
    buckets=(0, 1, 2, 5, 10, 20, 50, 100),
    registry=REGISTRY,
)
DEAD_LETTERS = Counter(
    "suanli_dead_letters_total", "Dead letters by stage and reason", ["stage", "reason"], registry=REGISTRY
)
STAGE_SECONDS = Histogram(
    "suanli_stage_seconds", "Time a stage's logic takes per message", ["stage"], registry=REGISTRY
)
BATCH_SIZE = Histogram(
    "suanli_load_batch_size",
    "Documents per ClickHouse insert",
    buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500),
    registry=REGISTRY,
)


def prometheus_middleware(stage: str) -> RedisPrometheusMiddleware:
    return RedisPrometheusMiddleware(registry=REGISTRY, app_name=f"suanli-{stage}")


def serve_metrics(port: int, is_healthy: Callable[[], bool]) -> ThreadingHTTPServer:
    """/metrics and /health on a daemon thread (the stage's event loop stays free)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/health"):
                healthy = is_healthy()
                body = json.dumps({"status": "ok" if healthy else "unavailable"}).encode()
                self._reply(200 if healthy else 503, "application/json", body)
            elif self.path.startswith("/metrics"):
                self._reply(200, CONTENT_TYPE_LATEST, generate_latest(REGISTRY))
            else:
                self._reply(404, "text/plain", b"not found")

        def _reply(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("0.0.0.0", port), Handler)
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    return server


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with the stage and document id when the record carries them."""

    FIELDS = ("stage", "doc_id", "reason", "error")

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({name: getattr(record, name) for name in self.FIELDS if hasattr(record, name)})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def json_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=level, handlers=[handler], force=True)
