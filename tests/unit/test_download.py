"""Bringing sources in: downloads from a real HTTP server on 127.0.0.1 (statuses map to permanent or
transient errors, oversized bodies are refused whether declared or streamed, redirects are followed and
recorded) and directories with their hints file."""

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from services.fetch.http import Downloader
from services.fetch.sources import expand_sources
from shared.errors import PermanentError, TransientError
from shared.messages import FetchRequest

PAGE = "<html><body><p>全国智算中心算力规模达到725.3EFLOPS。</p></body></html>".encode("gbk")
LIMIT = 10_000


class Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/page":
            self._send(200, PAGE, {"Content-Type": "text/html; charset=GBK", "ETag": '"v1"'})
        elif self.path == "/moved":
            self._send(301, b"", {"Location": "/page"})
        elif self.path == "/busy":
            self._send(503, b"try later")
        elif self.path == "/declared-huge":
            self._send(200, b"x" * (LIMIT + 1))
        elif self.path == "/streamed-huge":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(3):
                chunk = b"y" * (LIMIT // 2)
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self._send(404, b"not here")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def download(url: str):
    async def go():
        downloader = Downloader(5.0, "suanli-test")
        try:
            return await downloader.download(FetchRequest(url=url), LIMIT)
        finally:
            await downloader.close()

    return asyncio.run(go())


def test_page_with_its_headers_and_redirects_recorded(site: str) -> None:
    document = download(f"{site}/moved")
    assert document.body == PAGE
    assert document.final_url == f"{site}/page"
    assert document.declared_encoding == "gbk"
    assert document.etag == '"v1"'


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        ("/missing", PermanentError, "http_error"),
        ("/busy", TransientError, "http_retry"),
        ("/declared-huge", PermanentError, "too_large"),
        ("/streamed-huge", PermanentError, "too_large"),
    ],
)
def test_failures_say_whether_to_retry(site: str, path: str, error: type, reason: str) -> None:
    with pytest.raises(error) as raised:
        download(f"{site}{path}")
    assert raised.value.reason == reason


def test_unreachable_host_is_permanent() -> None:
    with pytest.raises(PermanentError) as raised:
        download("http://127.0.0.1:9/nothing")
    assert raised.value.reason == "unreachable"


def test_a_directory_hints_file_gives_its_files_their_publish_time(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "b.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "sources.json").write_text(
        '{"a.txt": {"published": "2025-08-25T00:00:00+08:00"}}', encoding="utf-8"
    )
    requests = {Path(r.path).name: r for r in expand_sources([str(tmp_path)])}
    assert set(requests) == {"a.txt", "b.txt"}
    assert requests["a.txt"].published.isoformat() == "2025-08-25T00:00:00+08:00"
    assert requests["b.txt"].published is None
