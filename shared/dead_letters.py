"""Dead letters: what a stage does with a message it cannot process, so the consumer keeps going.

Every router gets `DeadLetterMiddleware.for_stage(...)`. Around each handler call it turns failures into
one of two outcomes:
- bad input (validation error, `PermanentError`, or any unexpected error raised by the stage's logic
  on this message): a `DeadLetter` on `suanli:dead` with the reason, logged, then acknowledged;
- infrastructure trouble (`TransientError`): re-raised, so the message stays pending and is reclaimed
  and retried later; once it has been delivered `max_attempts` times it is dead-lettered as well.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, ClassVar

from faststream._internal.middlewares import BaseMiddleware
from pydantic import ValidationError

from shared.envelope import as_text, entry_body, redis_of
from shared.errors import PermanentError, TransientError, is_transient
from shared.messages import DeadLetter
from shared.observability import DEAD_LETTERS, DOCUMENTS, STAGE_SECONDS
from shared.streams import DEAD

log = logging.getLogger("suanli.dead_letters")

PAYLOAD_LIMIT = 8 * 1024 * 1024
"""A dead letter keeps the original message whole up to this size (a 5 MB page, base64 in JSON)."""


def reason_for(exc: BaseException) -> str:
    """A short, stable reason code for an exception."""
    if isinstance(exc, ValidationError):
        return "validation"
    if isinstance(exc, PermanentError | TransientError):
        return exc.reason
    return f"error:{type(exc).__name__}"


def dead_letter_for(
    stage: str, stream: str, payload: bytes, exc: BaseException, attempts: int = 1
) -> DeadLetter:
    """Build the dead letter for one failed message."""
    return DeadLetter(
        stage=stage,
        stream=stream,
        reason=reason_for(exc),
        error=str(exc)[:2000],
        payload=payload[:PAYLOAD_LIMIT],
        attempts=attempts,
        first_seen=datetime.now(UTC),
    )


async def publish_dead_letter(broker: Any, letter: DeadLetter) -> None:
    """Put a dead letter on the dead-letter stream and say so in the log."""
    DEAD_LETTERS.labels(letter.stage, letter.reason).inc()
    log.error(
        "dead letter",
        extra={"stage": letter.stage, "reason": letter.reason, "error": letter.error[:300]},
    )
    await broker.publish(letter, stream=DEAD)


async def delivery_count(broker: Any, stream: str, group: str, message_id: bytes) -> int:
    """How many times this group has delivered the message (1 on first delivery)."""
    pending = await redis_of(broker).xpending_range(stream, group, min=message_id, max=message_id, count=1)
    return int(pending[0]["times_delivered"]) if pending else 1


class DeadLetterMiddleware(BaseMiddleware):
    """Turns a failing message into a dead letter instead of a stuck consumer."""

    stage: ClassVar[str] = ""
    max_attempts: ClassVar[int] = 5

    @classmethod
    def for_stage(cls, stage: str, max_attempts: int) -> type[DeadLetterMiddleware]:
        return type(f"{stage.title()}DeadLetters", (cls,), {"stage": stage, "max_attempts": max_attempts})

    async def consume_scope(self, call_next: Any, msg: Any) -> Any:
        try:
            with STAGE_SECONDS.labels(self.stage).time():
                result = await call_next(msg)
            if msg.raw_message.get("type") != "bstream":  # batches count their documents one by one
                DOCUMENTS.labels(self.stage, "ok").inc()
            return result
        except Exception as exc:
            if not is_transient(exc):
                if not isinstance(exc, ValidationError | PermanentError):
                    log.exception("unexpected error in %s, dead-lettering the message", self.stage)
                DOCUMENTS.labels(self.stage, "dead").inc()
                await self._dead_letter(msg, exc, 1)
                return None
            attempts = await self._attempts(msg)
            if attempts < self.max_attempts:
                log.warning("transient failure, will retry", extra={"stage": self.stage, "error": str(exc)})
                raise
            DOCUMENTS.labels(self.stage, "dead").inc()
            await self._dead_letter(msg, exc, attempts)
        return None

    async def _attempts(self, msg: Any) -> int:
        raw = msg.raw_message
        ids = raw.get("message_ids") or []
        if not ids:
            return 1
        broker = self.context.get("broker")
        return await delivery_count(broker, raw["channel"], self.stage, ids[0])

    async def _dead_letter(self, msg: Any, exc: BaseException, attempts: int) -> None:
        """One dead letter per stream entry: a batch that fails as a whole is still replayable entry by entry."""
        raw = msg.raw_message
        if raw.get("type") == "bstream":
            bodies = [entry_body(fields) for fields in raw["data"]]
        else:
            bodies = [msg.body if isinstance(msg.body, bytes) else str(msg.body).encode()]
        for body in bodies:
            letter = dead_letter_for(self.stage, raw.get("channel", ""), body, exc, attempts)
            await publish_dead_letter(self.context.get("broker"), letter)


async def read_dead_letters(
    redis: Any, after: str = "-", count: int = 10_000
) -> list[tuple[str, DeadLetter]]:
    """(entry id, letter) from the dead-letter stream, oldest first, optionally after an entry id."""
    start = f"({after}" if after != "-" else "-"
    letters = []
    for entry_id, fields in await redis.xrange(DEAD, min=start, max="+", count=count):
        body = entry_body(fields)
        key = as_text(entry_id)
        try:
            letters.append((key, DeadLetter.model_validate_json(body)))
        except ValidationError:
            log.warning("unreadable entry %s on the dead-letter stream", key)
    return letters
