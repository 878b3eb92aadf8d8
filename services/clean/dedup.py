"""Near-duplicates: syndicated copies of one story (same text on five sites, in both scripts).

MinHash (datasketch) over character 5-grams of the simplified text, banded LSH whose buckets live in
Redis so every clean replica sees every copy. A copy is marked `duplicate_of` the first document seen
with it, never dropped: it is another mention of the story, from another source.

The lookup and the insert run as one Lua script inside Redis: one command per document instead of some
fifty (which cost more than cleaning the page), and atomic, so two replicas cleaning two copies of one
story at the same moment cannot both take theirs for the first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
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
PREFIX = "suanli:lsh2"
"""Versioned: signatures from another hashing of the 5-grams (v1 was SHA-1 per 5-gram) don't compare."""
NOT_TEXT = re.compile(r"[\s\W_]+")
POLYNOMIAL_BASE = np.uint64(1_000_003)

# KEYS[1]: the document's hash; KEYS[2..]: its band sets. ARGV: doc id, signature, ttl, threshold,
# prefix of document hashes, bytes per signature slot. Returns the story's first copy or ''.
# First-seen times come from Redis's clock: one clock for every replica.
# Candidate hashes are read by name (not declared in KEYS): the index lives on one Redis, never a cluster.
FIRST_COPY_SCRIPT = """
local known = redis.call('HGET', KEYS[1], 'duplicate_of')
if known then return known end
local doc_id, signature, threshold = ARGV[1], ARGV[2], tonumber(ARGV[4])
local width = tonumber(ARGV[6])
local slots = #signature / width
local best_seen, best_candidate, best_root = nil, nil, ''
local looked = {}
for i = 2, #KEYS do
  for _, candidate in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    if candidate ~= doc_id and not looked[candidate] then
      looked[candidate] = true
      local stored = redis.call('HMGET', ARGV[5] .. candidate, 'signature', 'first_seen', 'duplicate_of')
      if stored[1] and #stored[1] == #signature then
        local same = 0
        for at = 1, #signature, width do
          if string.sub(stored[1], at, at + width - 1) == string.sub(signature, at, at + width - 1) then
            same = same + 1
          end
        end
        local seen = tonumber(stored[2])
        if same / slots >= threshold and (best_seen == nil or seen < best_seen
            or (seen == best_seen and candidate < best_candidate)) then
          best_seen, best_candidate = seen, candidate
          -- Point at the story's first copy, not at another copy of it.
          if stored[3] and stored[3] ~= '' then best_root = stored[3] else best_root = candidate end
        end
      end
    end
  end
end
local now = redis.call('TIME')
redis.call('HSET', KEYS[1], 'signature', signature, 'first_seen', now[1] .. '.' .. string.format('%06d', now[2]),
  'duplicate_of', best_root)
redis.call('EXPIRE', KEYS[1], ARGV[3])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], doc_id)
  redis.call('EXPIRE', KEYS[i], ARGV[3])
end
return best_root
"""


@cache
def _template() -> MinHash:
    """Drawing the 128 permutations costs more than hashing an article: draw them once."""
    return MinHash(num_perm=NUM_PERM)


def _prehashed(value: int) -> int:
    return value


def shingle_hashes(letters: str) -> list[int]:
    """32-bit hashes of every character 5-gram, all computed at once by numpy (datasketch's default, a
    SHA-1 per 5-gram, was most of clean's time). MinHash mixes its input before permuting, so a
    polynomial hash over the code points is enough."""
    codes = np.frombuffer(letters.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - SHINGLE + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        hashes = hashes * POLYNOMIAL_BASE + codes[offset : offset + count]  # wraps around 2^64
    return ((hashes >> np.uint64(32)) ^ hashes & np.uint64(0xFFFFFFFF)).tolist()


def signature(text: str) -> MinHash | None:
    """MinHash of the text's character 5-grams, punctuation and spacing ignored; None if too short."""
    letters = NOT_TEXT.sub("", text)
    if len(letters) < MIN_CHARS:
        return None
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme, hashfunc=_prehashed
    )
    minhash.update_batch(shingle_hashes(letters))
    return minhash


def band_keys(minhash: MinHash) -> list[str]:
    values = minhash.hashvalues
    return [
        f"{PREFIX}:band:{band}:{hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).hexdigest()}"
        for band in range(BANDS)
    ]


class NearDuplicateIndex:
    """The shared LSH index: one hash per document (signature, first-seen time, what it duplicates)."""

    def __init__(self, redis: Any, ttl_seconds: int = 60 * 24 * 3600) -> None:
        self.redis = redis
        # Syndication happens within days: keys expire, so the index doesn't grow without end.
        self.ttl_seconds = ttl_seconds
        self.first_copy_script = redis.register_script(FIRST_COPY_SCRIPT)

    async def first_copies(self, documents: Sequence[tuple[str, str]]) -> list[str | None]:
        """For each (doc_id, text), in order, the doc_id of the earliest near-identical document seen
        before it (earlier ones in the same call included), indexing each on the way. A re-delivered
        document gets the same answer as the first time."""
        signatures = [signature(text) for _, text in documents]
        async with self.redis.pipeline(transaction=False) as pipe:
            for (doc_id, _), minhash in zip(documents, signatures, strict=True):
                if minhash is not None:
                    await self.first_copy_script(
                        keys=[f"{PREFIX}:doc:{doc_id}", *band_keys(minhash)],
                        args=[
                            doc_id,
                            minhash.hashvalues.tobytes(),
                            self.ttl_seconds,
                            THRESHOLD,
                            f"{PREFIX}:doc:",
                            minhash.hashvalues.itemsize,
                        ],
                        client=pipe,
                    )
            answers = iter(await pipe.execute())
        return [None if minhash is None else (next(answers).decode() or None) for minhash in signatures]


@cache
def near_duplicate_index(redis: Any, ttl_seconds: int) -> NearDuplicateIndex:
    """One index per Redis client and TTL: its script is registered once, not for every batch."""
    return NearDuplicateIndex(redis, ttl_seconds)
