"""Turn what a user names (files, directories, URLs) into fetch requests, and read local files."""

from __future__ import annotations

import hashlib
import json
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


HINTS_FILE = "sources.json"
"""In a directory: what is known of its files beyond their bytes, as a feed would tell a crawler
({"name.txt": {"published": "2025-08-25T00:00:00+08:00", "site": "udn.com"}}): FetchRequest hints."""


def expand_sources(sources: Iterable[str]) -> Iterator[FetchRequest]:
    """One request per URL and per regular file; directories are walked in name order, dotfiles and the
    hints file skipped, each file with its hints."""
    for source in sources:
        if is_url(source):
            yield FetchRequest(url=source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            hints = _hints(path)
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if (
                    child.is_file()
                    and str(relative) != HINTS_FILE
                    and not any(part.startswith(".") for part in relative.parts)
                ):
                    yield FetchRequest.model_validate(
                        {**hints.get(str(relative), {}), "path": str(child.resolve())}
                    )
        elif path.is_file():
            yield FetchRequest(path=str(path.resolve()))
        else:
            raise FileNotFoundError(f"no such file, directory or URL: {source}")


def _hints(directory: Path) -> dict[str, dict]:
    hints_file = directory / HINTS_FILE
    if not hints_file.is_file():
        return {}
    try:
        hints = json.loads(hints_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{hints_file}: not a JSON object of file name -> hints ({exc})") from exc
    if not isinstance(hints, dict):
        raise TypeError(f"{hints_file}: not a JSON object of file name -> hints")
    return hints


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
