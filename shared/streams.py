"""Stream and consumer-group names: the one place they are spelled."""

from __future__ import annotations

import os
import socket

FETCH = "suanli:fetch"
RAW = "suanli:raw"
CLEAN = "suanli:clean"
FACTS = "suanli:facts"
DEAD = "suanli:dead"

# The input stream of each stage; the consumer group is named after the stage.
STAGE_INPUT: dict[str, str] = {
    "fetch": FETCH,
    "clean": RAW,
    "extract": CLEAN,
    "load": FACTS,
}
STAGES: tuple[str, ...] = tuple(STAGE_INPUT)


def consumer_name() -> str:
    """Unique per replica, so scaled-out copies of a stage share one group's work."""
    return f"{socket.gethostname()}-{os.getpid()}"
