"""When was the article published: page metadata, then the byline or a news-agency dateline, then fetch time.

Only the header lines (byline, dateline) are read, never the body: `2028年將達到...` is a forecast, not
a publish date. Dates in the future of the fetch are rejected.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

from shared.messages import PublishedSource

FULL_DATE = re.compile(
    r"(?P<y>20\d{2}|19\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天])?(?:\s*(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2}))?"
)
# 新华社北京3月12日电 / 中新网上海6月3日电: the year is implied by the fetch date.
DATELINE = re.compile(
    r"(?:社|网|網|报|報|电|電|台)[\u4e00-\u9fff]{0,6}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|電)"
)
CLOCK_SKEW = timedelta(days=1)
BEIJING = timezone(timedelta(hours=8))
"""Dates written in mainland, Taiwan and Hong Kong pages are all UTC+8."""


def _valid(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, tzinfo=BEIJING)
    except ValueError:
        return None


# 发布日期：2025-06-20 beats the 成文日期 (when the document was written) beside it.
PUBLISHED_LABEL = re.compile(r"(?:发布|發布|发稿|發稿|刊登|出版)(?:日期|时间|時間)\s*[：:]\s*")
# 今天是2025年11月29日 星期六: a portal's clock, not the article's date.
TODAY = re.compile(r"今天是|今日是|今天：|当前时间")


def date_in_header(lines: Sequence[str], fetched_at: datetime) -> datetime | None:
    """The full date (with time if given) in the byline/header lines, if not in the future: the one
    labelled as the publish date, else the first."""
    labelled = [line[label.end() :] for line in lines for label in PUBLISHED_LABEL.finditer(line)]
    for line in [*labelled, *lines]:
        for match in FULL_DATE.finditer(line):
            found = _valid(
                int(match["y"]),
                int(match["m"]),
                int(match["d"]),
                int(match["H"] or 0),
                int(match["M"] or 0),
            )
            if found and found <= fetched_at + CLOCK_SKEW:
                return found
    return None


def date_from_dateline(
    first_paragraph: str, fetched_at: datetime, reference_year: int | None = None
) -> datetime | None:
    """`新华社北京3月12日电`: in the page's copyright year if it states one, else the latest such day
    not after the fetch."""
    match = DATELINE.search(first_paragraph[:40])
    if not match:
        return None
    years = [reference_year] if reference_year else []
    for year in (*years, fetched_at.year, fetched_at.year - 1):
        found = _valid(year, int(match["m"]), int(match["d"]))
        if found and found <= fetched_at + CLOCK_SKEW:
            return found
    return None


def publish_date(
    *,
    hint: datetime | None,
    html_date: date | datetime | None,
    header: list[str],
    body: list[str],
    above_title: Sequence[str] = (),
    fetched_at: datetime,
    reference_year: int | None = None,
) -> tuple[datetime, PublishedSource]:
    """The publish time and where it came from, in order of trust."""
    if hint is not None:
        return (hint if hint.tzinfo else hint.replace(tzinfo=UTC)), "hint"
    if html_date is not None:
        found = (
            html_date
            if isinstance(html_date, datetime)
            else datetime(html_date.year, html_date.month, html_date.day, tzinfo=UTC)
        )
        if found.tzinfo is None:
            found = found.replace(tzinfo=UTC)
        if found <= fetched_at + CLOCK_SKEW:
            return found, "html_meta"
    if found := date_in_header(header, fetched_at):
        return found, "text"
    if found := date_in_header([line for line in above_title if not TODAY.search(line)], fetched_at):
        return found, "text"
    if body and (found := date_from_dateline(body[0], fetched_at, reference_year)):
        return found, "text"
    return fetched_at, "fetch_time"
