"""The error hierarchy every stage raises from its logic.

- `PermanentError`: the input itself is bad (empty, binary, undecodable, malformed). Retrying cannot
  help: the message goes to the dead-letter stream with `reason`, and is acknowledged.
- `TransientError`: infrastructure failed (network, ClickHouse down). The message stays pending and
  is retried; after `max_attempts` deliveries it is dead-lettered too.
"""

from __future__ import annotations

import redis.exceptions


class SuanliError(Exception):
    """Base of all errors raised on purpose by suanli."""

    reason: str = "error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason


class PermanentError(SuanliError):
    """Bad input: dead-letter it, acknowledge it, keep going."""

    reason = "bad_input"


class TransientError(SuanliError):
    """Infrastructure trouble: leave the message pending so it is retried."""

    reason = "transient"


def is_transient(exc: BaseException) -> bool:
    """Infrastructure trouble, whoever raised it: ours, or a dropped or timed-out connection to Redis or a
    server (those say nothing about the message, so it must be retried, not dead-lettered)."""
    return isinstance(
        exc,
        TransientError
        | redis.exceptions.ConnectionError
        | redis.exceptions.TimeoutError
        | ConnectionError
        | TimeoutError,
    )
