"""分别: a list of regions or periods shared out, in order, over a list of numbers.

    北京、上海、广东的智能算力规模分别达到12EFLOPS、10EFLOPS和8EFLOPS   -> 北京 12, 上海 10, 广东 8
    2023年和2024年，我国智能算力规模分别为414.1EFLOPS和725.3EFLOPS       -> 2023: 414.1, 2024: 725.3
    预计2025-2027年营业收入分别为1,550亿元、1,860亿元和2,150亿元          -> 2025, 2026, 2027

The numbers of one list share what the first of them measures; a list is shared out only when it has as
many regions (or periods) as numbers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import metrics, regions, sources
from .periods import Period, PeriodMention, quarter_of, whole_year
from .quantities import Quantity

RESPECTIVELY = re.compile(r"分别|依次|分列(?=[^，。；]{0,6}第)")  # (分列全球第一和第二位: ranks, in order)
SAME_PERIODS = re.compile(r"(?:^|[，,；。])(?:公司|集团|其)?同期[，,]?[^，。；\d]{0,10}$")
# (、-6.95亿元: signed; 358亿元和约560亿元: its own qualifier)
LIST_JOINER = re.compile(r"\s*(?:左右|以上|多)?(?:、|和|与|及|以及|,|，|/|／)?\s*(?:约|近|逾|超过)?[-－−]?")


@dataclass(frozen=True)
class Share:
    leader: int
    """Where the list's first number starts: the others take its subject and metric."""
    region: str | None
    period: Period | None
    subject: str | None = None
    """全省5G基站、5G移动电话用户和千兆宽带用户分别达到…: each number's own subject."""


def shares(
    masked: str,
    quantities: Sequence[Quantity],
    mentions: Sequence[PeriodMention],
    script: str,
    *,
    regions_before: list[str] | None = None,
    regions_named: list[str] | None = None,
    periods_before: list[Period] | None = None,
) -> dict[int, Share]:
    """For each number in a 分别 list, keyed by where it starts: its leader, region and period.
    `regions_before`: the places the paragraph's last 分别 list was of (京津冀、长三角地区5G基站分别达到….
    5G移动电话用户分别达…: the same places, in the same order); `regions_named`: the places a sentence
    before listed, which a list says it is of (三地, 两市); `periods_before`: the times the paragraph's last 分别
    list was of, which a list of the same times (同期) goes on with."""
    found: dict[int, Share] = {}
    if (
        regions_named
        and (counted := PLACES_COUNTED.search(masked))
        and not regions.place_spans(masked[: counted.start()], script)
    ):
        regions_before = (
            regions_named  # 上海、深圳、杭州的支持力度同样不小。今年，三地…分别为6亿元、5亿元和3.5亿元
        )
    owners_before: list[str] | None = None
    for word in RESPECTIVELY.finditer(masked):
        members = _listed_after(masked, quantities, word.end())
        if len(members) < 2:
            continue
        before = masked[: word.start()]
        spans = regions.place_spans(before, script)
        places = _listed_regions(before, spans, len(members))
        periods = _listed_periods(masked, mentions, word.start(), len(members))
        if (
            periods is None
            and periods_before
            and len(periods_before) == len(members)
            and SAME_PERIODS.search(masked, max(0, word.start() - 12), word.start())
        ):
            periods = periods_before  # 收入分别为…；同期毛利率分别为…: the times the list before named
        periods_before = periods or periods_before
        if (
            places is None
            and periods is None
            and regions_before
            and len(regions_before) == len(members)
            and not spans
        ):
            places = regions_before
        regions_before = places or regions_before
        clause = CLAUSE_OPENING.sub("", before).strip()
        names = None
        if not (places or periods):
            names = (
                _listed_subjects(clause, len(members))
                or _owners_sharing(clause, len(members))
                or _announcers_measured(before, len(members))
                or (
                    _owned(owners_before, clause)
                    if owners_before and len(owners_before) == len(members)
                    else None
                )
            )
        owners_before = _listed_owners(clause, len(members)) or owners_before
        if places is None and periods is None and names is None:
            continue
        for i, quantity in enumerate(members):
            found[quantity.start] = Share(
                members[0].start,
                places[i] if places else None,
                periods[i] if periods else None,
                names[i] if names else None,
            )
    return found


# 三地, 两市, 上述城市: the places a list is of, named in a sentence before.
PLACES_COUNTED = re.compile(r"(?:[两三四五六七八九]|\d)(?:地|市|省|城)(?![区方])|上述(?:城市|地区|省份)")


PLACE_JOINER = re.compile(r"\s*(?:、|和|与|及|以及)\s*")  # (not 广东深圳: a city in its province)


def places_listed(text: str, script: str) -> list[str] | None:
    """上海、深圳、杭州的支持力度同样不小: the last list of places a sentence names."""
    listed: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for span in regions.place_spans(text, script):
        run = [*run, span] if run and PLACE_JOINER.fullmatch(text, run[-1][1], span[0]) else [span]
        if len(run) >= 2:
            listed = run
    return [region for _, _, region in listed] or None


def last_periods(found: dict[int, Share]) -> list[Period] | None:
    """The times of the sentence's last 分别 list of times (2022年、2023年及2024年，收入分别为…): what a
    list of the next sentence's 同期 means."""
    groups: dict[int, list[Period | None]] = {}
    for start in sorted(found):
        groups.setdefault(found[start].leader, []).append(found[start].period)
    listed = [[period for period in group if period] for group in groups.values() if all(group)]
    return listed[-1] if listed else None


def last_places(found: dict[int, Share]) -> list[str] | None:
    """The places of the sentence's last 分别 list of places, in order: what the next sentence's list may
    go on with."""
    if not found:
        return None
    groups: dict[int, list[str | None]] = {}
    for start in sorted(found):
        groups.setdefault(found[start].leader, []).append(found[start].region)
    listed = [group for group in groups.values() if all(group)]
    return listed[-1] if listed else None


def _listed_after(masked: str, quantities: Sequence[Quantity], position: int) -> list[Quantity]:
    """The numbers after `position` joined as one list (、 和 与 及)."""
    after = sorted((q for q in quantities if q.start >= position), key=lambda q: q.start)
    members = after[:1]
    for quantity in after[1:]:
        if not LIST_JOINER.fullmatch(masked, members[-1].end, quantity.start):
            break
        members.append(quantity)
    return members


# 北京、上海、深圳位列全国城市算力规模前三，算力规模分别为…: the scope of a ranking is no place of the list.
WHOLE_SCOPES = {"全国", "全球", "全省", "全市", "国内", "世界"}
COUNTED_KIND = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十两])个$")


def _listed_regions(before: str, spans: list[tuple[int, int, str]], count: int) -> list[str] | None:
    """The last `count` regions named before 分别 (at `spans`), if they are written as one list."""
    # 内蒙古、贵州、甘肃、宁夏4个西部枢纽节点…分别: the count and kind after a list are no place of it
    named = [
        span
        for span in spans
        if not COUNTED_KIND.search(before, 0, span[0]) and before[span[0] : span[1]] not in WHOLE_SCOPES
    ][-count:]
    if len(named) < count or any(
        not LIST_JOINER.fullmatch(before, a[1], b[0]) for a, b in itertools.pairwise(named)
    ):
        return None
    if regions.names_a_destination(before, named[0][0], named[0][1]):
        return None  # 销往欧洲及东南亚的比重则分别为9.6%及8.3%: where the goods go, not whose shares
    return [region for _, _, region in named]


def _listed_periods(
    masked: str, mentions: Sequence[PeriodMention], position: int, count: int
) -> list[Period] | None:
    """The last `count` periods named before 分别, if they are written as one list; or the years of a
    span of as many years."""
    before = [m for m in mentions if m.end <= position]
    if before and len(years := _years_of(before[-1].period)) == count:
        return [whole_year(year) for year in years]
    named_last = masked[before[-1].start : before[-1].end] if before else ""
    if "季" in named_last and QUARTER_TO.search(named_last):
        # 去年第1季至第4季营收分别为…, 一至四季度…分别为: a span of quarters, quarter by quarter (not 前三季度)
        first = before[-2].period if len(before) > 1 and QUARTER_TO.match(masked, before[-1].start) else None
        quarters = _quarters_of(before[-1].period, first)
        if len(quarters) == count:
            return quarters
    if spread := _spans_and_periods(masked, before, count):
        return spread
    named = before[-count:]
    if len(named) < count or any(
        not LIST_JOINER.fullmatch(masked, a.end, b.start) for a, b in itertools.pairwise(named)
    ):
        return None
    return [mention.period for mention in named]


SUBJECT_JOINER = re.compile(r"、|和|与|及|以及")
CLAUSE_OPENING = re.compile(r".*[，,。；：:]")


def _listed_subjects(clause: str, count: int) -> list[str] | None:
    """The `count` metrics listed right before 分别 in its clause (5G基站、5G用户和千兆宽带用户), not
    owners sharing one (中国移动、中国电信和中国联通的算力投资)."""
    names = [name.strip() for name in SUBJECT_JOINER.split(clause)]
    if len(names) != count or any(len(name) < 2 or "的" in name for name in names):
        return None
    return names if sum(map(metrics.names_a_metric, names)) >= 2 else None


def _listed_owners(clause: str, count: int) -> list[str] | None:
    """The `count` names listed right before 分别 in its clause, whatever they are (算力基础设施、数据要素应用、
    电子信息制造类项目分别签约…)."""
    names = [name.strip() for name in SUBJECT_JOINER.split(clause)]
    return names if len(names) == count and all(2 <= len(name) <= 16 for name in names) else None


# 数据中心、云计算、人工智能、大数据等产业规模; 中国移动、中国电信和中国联通的算力投资: owners, then what
# is measured of each of them.
SHARED_MEASURE = re.compile(r"(?P<owner>[^的等]{2,12}?)(?P<joint>等的|等|的)(?P<measured>[^的等]{2,12})")
MEASURED_WORD = re.compile(r"(?:规模|收入|营收|投资|产值|增加值|增速|出货量|利润|数量|用户)$")
LEADING_TIME = re.compile(
    r"^(?:截至|截止|到)?(?:\d{4}|今|去|明)年(?:底|末|上半年|下半年|前三季度|第?[一二三四]季度)?"
)


def _owners_sharing(clause: str, count: int) -> list[str] | None:
    """The `count` owners listed before 分别 whose last names what is measured of each of them."""
    names = [name.strip() for name in SUBJECT_JOINER.split(LEADING_TIME.sub("", clause))]
    if len(names) != count or not (last := SHARED_MEASURE.fullmatch(names[-1])):
        return None
    owners = [*names[:-1], last["owner"]]
    measured = last["measured"]
    if any(not 2 <= len(owner) <= 12 or "的" in owner for owner in owners):
        return None
    if not (MEASURED_WORD.search(measured) or metrics.names_a_metric(measured)):
        return None
    joint = "的" if "的" in last["joint"] else ""
    return [f"{owner}{joint}{measured}" for owner in owners]


# 代工厂广达（2382）、纬创、纬颖、英业达昨（8）日公布9月营收，分别为…: the companies announcing, each its own.
ANNOUNCERS = re.compile(
    r"(?:^|[，,。；])(?P<names>[^，。；]{4,60}?)(?:昨|今|日前|近日)?(?:[（(][\d一二三四五六七八九十]{1,3}[）)])?日?"
    r"(?:公布|发布|公告)了?(?P<measured>[^，。；]{0,12}?)[，,]?$"
)
MEASURED_PERIOD = re.compile(r"^(?:\d{1,2}月|第?[一二三四1-4]季度?|前[三3]季|上半年|全年|去年|今年)")


def _announcers_measured(before: str, count: int) -> list[str] | None:
    """The `count` bodies or companies listed as announcing what a 分别 list then gives, each with it."""
    found = ANNOUNCERS.search(before)
    if found is None:
        return None
    names = [
        sources.KIND_OF_TRADER.sub("", sources.LISTED_CODE.sub("", name)).strip()
        for name in SUBJECT_JOINER.split(found["names"])
    ]
    if len(names) != count or not all(2 <= len(name) <= 10 for name in names):
        return None
    measured = MEASURED_PERIOD.sub("", found["measured"])
    return [f"{name}{measured}" for name in names] if len(measured) >= 2 else None


def _owned(owners: list[str], measured: str) -> list[str] | None:
    """…分别签约38个、53个和35个，签约金额分别约为352亿元、186亿元和144亿元: the owners the list before
    named, each with what this clause measures."""
    if len(measured) < 2 or SUBJECT_JOINER.search(measured) or not metrics.names_a_metric(measured):
        return None
    return [f"{owner}{measured}" for owner in owners]


def _spans_and_periods(masked: str, before: Sequence[PeriodMention], count: int) -> list[Period] | None:
    """2022年至2024年及2025年上半年…分别为A、B、C和D: a span's years, then the periods listed with it."""
    spread: list[Period] = []
    listed: list[PeriodMention] = []
    for mention in reversed(before):
        if listed and not LIST_JOINER.fullmatch(masked, mention.end, listed[-1].start):
            break
        years = _years_of(mention.period)
        spread = [*([whole_year(y) for y in years] if len(years) > 1 else [mention.period]), *spread]
        listed.append(mention)
        if len(spread) >= count:
            break
    spans = sum(len(_years_of(m.period)) > 1 for m in listed)
    return spread if len(spread) == count and len(listed) > 1 and spans else None


QUARTER_TO = re.compile(r"(?:至|到|-|—)")


def _quarters_of(period: Period, since: Period | None = None) -> list[Period]:
    """The quarters of a span of whole quarters (一至四季度), or from the quarter `since` to this one
    (第1季至第4季), else none."""
    first, last = (since or period).start, period.end
    if first.day != 1 or (first.month - 1) % 3 or last.month % 3 or last.year != first.year:
        return []
    return [quarter_of(last.year, q) for q in range(first.month // 3 + 1, last.month // 3 + 1)]


def _years_of(period: Period) -> list[int]:
    """The years of a span of whole years (2025/2027), else none."""
    whole = (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31)
    return list(range(period.start.year, period.end.year + 1)) if whole else []


# IDC、伯恩斯坦（Bernstein）和集邦咨询（TrendForce）给出的预估分别为47%、42%左右和38%左右: each number is the
# estimate of the body listed in its place.
SOURCES_LISTED = re.compile(
    r"(?:^|[，,。；：:])(?P<names>[^，。；：:]{2,80}?)(?:给出的|发布的|的)?(?:预估|预测|估计|估算|统计|数据|测算)(?:值|结果)?"
    r"(?:则)?分别$"
)
BRACKETED = re.compile(r"[（(][^（）()]{1,30}[）)]")


FORECAST_OF_WHAT = re.compile(r"对[^，。；：:]{2,40}$")


def sources_listed(masked: str, quantities: Sequence[Quantity]) -> dict[int, str]:
    """The source a 分别 list of bodies gives each of its numbers, keyed by where the number starts (the
    first list a number belongs to wins)."""
    found: dict[int, str] = {}
    if "分别" not in masked:
        return found
    for word in RESPECTIVELY.finditer(masked):
        members = _listed_after(masked, quantities, word.end())
        if len(members) < 2 or (listed := SOURCES_LISTED.search(masked, 0, word.end())) is None:
            continue
        # 华屹证券、禾丰证券和东岳证券对2026年…占比的预测: the bodies, without what they forecast
        bodies = FORECAST_OF_WHAT.sub("", BRACKETED.sub("", listed["names"]))
        names = [n.strip() for n in SUBJECT_JOINER.split(bodies) if n.strip()]
        if len(names) == len(members) and all(2 <= len(n) <= 20 for n in names):
            for member, name in zip(members, names, strict=True):
                found.setdefault(member.start, name)
    return found
