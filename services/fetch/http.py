"""Download one URL with bounded time and size."""

from __future__ import annotations

import httpx

from shared.errors import PermanentError, TransientError
from shared.messages import FetchRequest, RawDocument

from .sources import raw_document

RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


async def download(client: httpx.AsyncClient, request: FetchRequest, max_bytes: int) -> RawDocument:
    """GET the URL, streaming so an oversized body is refused without being held in memory."""
    assert request.url is not None
    try:
        async with client.stream("GET", request.url) as response:
            if response.status_code in RETRYABLE_STATUS:
                raise TransientError(f"{request.url}: HTTP {response.status_code}", reason="http_retry")
            if response.status_code >= 400:
                raise PermanentError(f"{request.url}: HTTP {response.status_code}", reason="http_error")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise PermanentError(
                    f"{request.url}: {declared} bytes, over the {max_bytes}-byte limit", reason="too_large"
                )
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise PermanentError(
                        f"{request.url}: over the {max_bytes}-byte limit", reason="too_large"
                    )
    except httpx.TimeoutException as exc:
        raise TransientError(f"{request.url}: timed out ({exc})", reason="timeout") from exc
    except httpx.ConnectError as exc:
        raise PermanentError(f"{request.url}: unreachable ({exc})", reason="unreachable") from exc
    except httpx.TransportError as exc:  # the connection broke mid-way: worth another try
        raise TransientError(f"{request.url}: {exc}", reason="transport") from exc
    except httpx.HTTPError as exc:
        raise PermanentError(f"{request.url}: {exc}", reason="http_error") from exc
    content_type = response.headers.get("content-type")
    return raw_document(
        request.url,
        bytes(body),
        final_url=str(response.url),
        status=response.status_code,
        content_type=content_type,
        declared_encoding=charset_of(content_type),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        hints=request,
    )


def http_client(timeout_seconds: float, user_agent: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_seconds, connect=min(timeout_seconds, 10.0)),
        follow_redirects=True,
        headers={"User-Agent": user_agent, "Accept-Language": "zh-CN,zh;q=0.9,zh-TW;q=0.8"},
    )
