"""Deterministic ids: the same input always gets the same id, so replays overwrite instead of adding."""

from __future__ import annotations

import hashlib


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts, joined unambiguously."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(joined.encode(), digest_size=length // 2).hexdigest()


def doc_id_for(source: str) -> str:
    """The id of a document is the id of where it came from (URL or absolute path)."""
    return stable_id("doc", source)
