"""Download one URL with bounded time and size.

aiohttp rather than httpx: on this machine it spends a fifth to a third of the CPU per request, and
fetch is one of the four stages sharing two cores.
"""

from __future__ import annotations

import aiohttp

from shared.errors import PermanentError, TransientError
from shared.messages import FetchRequest, RawDocument

from .sources import raw_document

RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
CHUNK_BYTES = 64 * 1024


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


class Downloader:
    """One HTTP session (connection pool) per event loop, opened on first use and closed with the stage."""

    def __init__(self, timeout_seconds: float, user_agent: str) -> None:
        self.timeout = aiohttp.ClientTimeout(total=timeout_seconds, connect=min(timeout_seconds, 10.0))
        self.headers = {"User-Agent": user_agent, "Accept-Language": "zh-CN,zh;q=0.9,zh-TW;q=0.8"}
        self._session: aiohttp.ClientSession | None = None

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            # Portals send big cookies. No trust_env: it reads ~/.netrc in a thread for every request,
            # which cost more CPU than the download itself here.
            self._session = aiohttp.ClientSession(
                timeout=self.timeout, headers=self.headers, max_field_size=65536
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def download(self, request: FetchRequest, max_bytes: int) -> RawDocument:
        """GET the URL, streaming so an oversized body is refused without being held in memory."""
        assert request.url is not None
        try:
            async with self.session().get(request.url, allow_redirects=True) as response:
                _check_status(request.url, response.status)
                if response.content_length is not None and response.content_length > max_bytes:
                    raise PermanentError(
                        f"{request.url}: {response.content_length} bytes, over the {max_bytes}-byte limit",
                        reason="too_large",
                    )
                body = bytearray()
                async for chunk in response.content.iter_chunked(CHUNK_BYTES):
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise PermanentError(
                            f"{request.url}: over the {max_bytes}-byte limit", reason="too_large"
                        )
        except TimeoutError as exc:
            raise TransientError(f"{request.url}: timed out", reason="timeout") from exc
        except aiohttp.ClientConnectorError as exc:
            raise PermanentError(f"{request.url}: unreachable ({exc})", reason="unreachable") from exc
        except (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError) as exc:
            # The connection broke mid-way (reset, server gone, truncated body): worth another try.
            raise TransientError(f"{request.url}: {exc}", reason="transport") from exc
        except (aiohttp.ClientError, ValueError) as exc:  # bad URL, too many redirects, bad headers
            raise PermanentError(f"{request.url}: {exc}", reason="http_error") from exc
        content_type = response.headers.get("Content-Type")
        return raw_document(
            request.url,
            bytes(body),
            final_url=str(response.url),
            status=response.status,
            content_type=content_type,
            declared_encoding=charset_of(content_type),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            hints=request,
        )


def _check_status(url: str, status: int) -> None:
    if status in RETRYABLE_STATUS:
        raise TransientError(f"{url}: HTTP {status}", reason="http_retry")
    if status >= 400:
        raise PermanentError(f"{url}: HTTP {status}", reason="http_error")
