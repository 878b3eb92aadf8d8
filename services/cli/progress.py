"""A live view of the pipeline while `suanli run` works: per stage, what waits and what is in hand."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.live import Live
from rich.table import Table

from .status import GroupState


class StageProgress:
    """Shown on stderr while the pipeline drains, if stderr is a terminal; silent otherwise."""

    def __init__(self) -> None:
        self.console = Console(stderr=True)
        self.live: Live | None = None

    def __enter__(self) -> StageProgress:
        if sys.stderr.isatty():
            self.live = Live(console=self.console, transient=True, refresh_per_second=8)
            self.live.__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.live is not None:
            self.live.__exit__(exc_type, exc, tb)

    def update(self, states: list[GroupState]) -> None:
        if self.live is None:
            return
        table = Table(title="suanli run", show_edge=False)
        for column in ("stage", "stream", "waiting", "in hand", "state"):
            table.add_column(column)
        for state in states:
            busy = "done" if state.drained else "working"
            table.add_row(state.group, state.stream, str(state.lag), str(state.pending), busy)
        self.live.update(table)
