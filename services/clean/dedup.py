"""Near-duplicates: syndicated copies of one story (same text on five sites, in both scripts).

MinHash (datasketch) over character 5-grams of the simplified text, banded LSH whose buckets live in
Redis so every clean replica sees every copy. A copy is marked `duplicate_of` the first document seen
with it, never dropped: it is another mention of the story, from another source.
"""

from __future__ import annotations

import hashlib
import re
import time
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 16, 8
"""16 bands of 8 rows: pairs above ~0.7 estimated Jaccard collide in some band with high probability."""
SHINGLE = 5
THRESHOLD = 0.8
"""Estimated Jaccard similarity from which two articles are the same story."""
MIN_CHARS = 80
"""Shorter texts share too many 5-grams by chance to be judged."""
PREFIX = "suanli:lsh"
NOT_TEXT = re.compile(r"[\s\W_]+")


@cache
def _template() -> MinHash:
    """Drawing the 128 permutations costs more than hashing an article: draw them once."""
    return MinHash(num_perm=NUM_PERM)


def signature(text: str) -> MinHash | None:
    """MinHash of the text's character 5-grams, punctuation and spacing ignored; None if too short."""
    letters = NOT_TEXT.sub("", text)
    if len(letters) < MIN_CHARS:
        return None
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme)
    minhash.update_batch([letters[i : i + SHINGLE].encode() for i in range(len(letters) - SHINGLE + 1)])
    return minhash


def band_keys(minhash: MinHash) -> list[str]:
    values = minhash.hashvalues
    return [
        f"{PREFIX}:band:{band}:{hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
        for band in range(BANDS)
    ]


def similarity(minhash: MinHash, stored: bytes) -> float:
    other = np.frombuffer(stored, dtype=minhash.hashvalues.dtype)
    return float(np.count_nonzero(minhash.hashvalues == other)) / len(other)


class NearDuplicateIndex:
    """The shared LSH index: one hash per document (signature, first-seen time, what it duplicates)."""

    def __init__(self, redis: Any, ttl_seconds: int = 60 * 24 * 3600) -> None:
        self.redis = redis
        # Syndication happens within days: keys expire, so the index doesn't grow without end.
        self.ttl_seconds = ttl_seconds

    async def first_copy(self, doc_id: str, text: str) -> str | None:
        """The doc_id of the earliest near-identical document, indexing this one on the way."""
        minhash = signature(text)
        if minhash is None:
            return None
        doc_key = f"{PREFIX}:doc:{doc_id}"
        known = await self.redis.hget(doc_key, "duplicate_of")
        if known is not None:  # a re-delivery: same answer as the first time
            return known.decode() or None
        keys = band_keys(minhash)
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.smembers(key)
            buckets = await pipe.execute()
        candidates = {member.decode() for bucket in buckets for member in bucket} - {doc_id}
        original = await self._earliest_similar(minhash, candidates)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(
                doc_key,
                mapping={
                    "signature": minhash.hashvalues.tobytes(),
                    "first_seen": time.time(),
                    "duplicate_of": original or "",
                },
            )
            for key in keys:
                pipe.sadd(key, doc_id)
                pipe.expire(key, self.ttl_seconds)
            pipe.expire(doc_key, self.ttl_seconds)
            await pipe.execute()
        return original

    async def _earliest_similar(self, minhash: MinHash, candidates: set[str]) -> str | None:
        best: tuple[float, str] | None = None
        for candidate in sorted(candidates):
            stored = await self.redis.hmget(
                f"{PREFIX}:doc:{candidate}", "signature", "first_seen", "duplicate_of"
            )
            if stored[0] is None or similarity(minhash, stored[0]) < THRESHOLD:
                continue
            # Point at the story's first copy, not at another copy of it.
            root = stored[2].decode() if stored[2] else candidate
            seen = float(stored[1])
            if best is None or seen < best[0]:
                best = (seen, root)
        return best[1] if best else None
