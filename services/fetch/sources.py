"""Turn what a user names (files, directories, URLs) into fetch requests, and read local files."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from shared.errors import PermanentError
from shared.ids import doc_id_for
from shared.messages import FetchRequest, RawDocument


def source_url(request: FetchRequest) -> str:
    """Where a request's document comes from, as a URL (file:// for local files): its id derives from it."""
    return request.url or Path(request.path or "").resolve().as_uri()


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def expand_sources(sources: Iterable[str]) -> Iterator[FetchRequest]:
    """One request per URL and per regular file; directories are walked in name order, dotfiles skipped."""
    for source in sources:
        if is_url(source):
            yield FetchRequest(url=source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    yield FetchRequest(path=str(child.resolve()))
        elif path.is_file():
            yield FetchRequest(path=str(path.resolve()))
        else:
            raise FileNotFoundError(f"no such file, directory or URL: {source}")


def raw_document(
    source: str,
    body: bytes,
    *,
    final_url: str | None = None,
    status: int = 200,
    content_type: str | None = None,
    declared_encoding: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    hints: FetchRequest | None = None,
) -> RawDocument:
    """Wrap fetched bytes with their provenance; the id depends only on where they came from."""
    return RawDocument(
        doc_id=doc_id_for(source),
        url=source,
        final_url=final_url or source,
        fetched_at=datetime.now(UTC),
        status=status,
        content_type=content_type,
        declared_encoding=declared_encoding,
        body=body,
        etag=etag,
        last_modified=last_modified,
        sha256=hashlib.sha256(body).hexdigest(),
        hints=hints,
    )


def read_file(request: FetchRequest, max_bytes: int) -> RawDocument:
    """Read a local file, refusing what is missing or too large to be an article."""
    assert request.path is not None
    path = Path(request.path)
    if not path.is_file():
        raise PermanentError(f"not a readable file: {path}", reason="not_found")
    size = path.stat().st_size
    if size > max_bytes:
        raise PermanentError(f"{path} is {size} bytes, over the {max_bytes}-byte limit", reason="too_large")
    content_type, _ = mimetypes.guess_type(path.name)
    return raw_document(
        source_url(request),
        path.read_bytes(),
        content_type=content_type or ("text/plain" if path.suffix == ".txt" else None),
        hints=request,
    )
