"""Rows to the terminal: a table for people, JSON lines or CSV for programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "jsonl", "csv")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value


def _cell(value: Any, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def print_rows(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table", title: str | None = None
) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(
                json.dumps({c: _jsonable(v) for c, v in zip(columns, row, strict=True)}, ensure_ascii=False)
            )
            sys.stdout.write("\n")
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_jsonable(v) for v in row] for row in rows])
        return
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(
            column, overflow="ellipsis", no_wrap=True, min_width=min(len(column), 12), max_width=40
        )
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    # Piped output has no terminal width to fit; don't squeeze columns to nothing.
    Console(width=None if sys.stdout.isatty() else 220).print(table)


def print_bars(labels: Sequence[str], values: Sequence[float], unit: str, width: int = 40) -> None:
    """A horizontal bar per value: a series a person would rather look at than read."""
    from shared.units import display_value  # noqa: PLC0415

    top = max((abs(v) for v in values), default=0) or 1
    pad = max(len(label) for label in labels)
    for label, value in zip(labels, values, strict=True):
        bar = "█" * max(1, round(abs(value) / top * width))
        sys.stdout.write(f"{label.ljust(pad)}  {bar} {display_value(value, unit)}\n")
