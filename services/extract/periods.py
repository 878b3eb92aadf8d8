"""Periods: what time a number refers to, as a string plus start and end dates, resolved against the
publish date (今年, 去年, 明年, 截至6月底...)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .numbers import parse_number
from .skipping import compile_skipping


@dataclass(frozen=True)
class Period:
    label: str
    """'2024', '2025-H1', '2025-Q2', '2025-06', '2025-06-30', '2021/2025'."""
    start: date
    end: date
    until: bool = False
    """截至...: a stock as of the end date."""
    in_months: bool = field(default=False, compare=False)
    """Written as months (1-9月, not 前三季度), as bulletins count, whose stocks stand at the span's end."""


# 前年/后年 and 上年/本年 only standing alone: not the 前/后 of 目前年产能 or 今后年均增长, nor 成本年均, 日本年度, 线上年会.
# 今年, 去年, 前年…, but not 目前年 (目前), 此后年, 成本年, 线上年: a character before a relative year that
# makes a word with it is no year (因此今年 is one).
YEAR_NUMBER = (
    r"(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2}|"
    r"(?:(?<![今])今|去|明|(?<![目此之以日])前|(?<![此之以然今日产成运用])后(?!年均)|(?<!线)上一?|(?<![基成资版样账])本)"
)
# Taiwan writes years in the ROC calendar, often without 民國 (112年, 113年第3季): 100-129 is 2011-2040.
ROC_YEAR_HAN = r"一[〇零○一二][〇零○一二三四五六七八九]"  # 一一四年 (official)
ROC_YEAR_NUMBER = (
    rf"(?:民国\s*)?(?<![\d.])1[0-2]\d|(?:民国\s*)?(?<![〇零○一二三四五六七八九十]){ROC_YEAR_HAN}(?=\s*年)"
)
RELATIVE_YEAR = {"今": 0, "本": 0, "去": -1, "上": -1, "上一": -1, "明": 1, "前": -2, "后": 2}
MONTH_WORD = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
MONTH_NUM = rf"(?P<month>{MONTH_WORD})"


def _period_pattern(year_number: str) -> re.Pattern[str]:
    # (明年（民国115年）底: the same year glossed in brackets before its end)
    year = rf"(?P<year>{year_number})\s*年(?:度|内)?(?:[（(](?:民国)?\s*\d{{2,4}}\s*年[）)](?=[底末]))?"
    return re.compile(
        # The lookahead makes the scan skip, in C, every position where no period can start: without it
        # the all-optional pattern yields an empty match at every character.
        r"(?=[截到至\s\d二今去明前后上本下一三四第Q十五六七八九年底末首民])"
        rf"(?=(?:截至|截止|到|至)?\s*(?:\d|二[〇零○][一二三四五六七八九〇零○]{{2}}|{ROC_YEAR_HAN}\s*年|[今去明前后上本]\s*年|上一\s*年|上半年|下半年|前[三3]|首[三3]?季|民国|"
        r"[一二三四]季|第[一二三四1-4]季|Q[1-4]|十[三四五六]五|[一二三四五六七八九十]{1,2}\s*月|年?[底末]))"
        r"(?P<until>截至|截止|截止到|到|至)?\s*"
        r"(?:"
        r"(?P<fyp>[十]?[一二三四五六七八九十]{1,2})五(?:时期|期间|期末|末)?"  # 十四五
        r"|(?:" + year + r")?\s*(?:"
        # 首季 and 前三季 (without 度): Hong Kong and Taiwan.
        r"(?P<half>上半年|下半年|[前首][三3]季度?|首季度?|一季度|二季度|三季度|四季度|第[一二三四1-4]季度?|Q[1-4])(?P<halfend>末|底)?"
        r"|"
        + MONTH_NUM
        + r"\s*月\s*(?:(?P<day>[0-3]?\d|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日|(?P<monthend>(?:月|份)?(?:底|末)))?"
        r"|(?P<yearend>年?(?:底|末))"
        r")?"
        r")"
    )


PERIOD = _period_pattern(YEAR_NUMBER)
PERIOD_TAIWAN = _period_pattern(rf"{ROC_YEAR_NUMBER}|{YEAR_NUMBER}")
# 1-10月份, 今年1至4月 (the year to date of monthly statistics), 2024—2027年 (a compound growth rate's span).
RANGE_JOINER = r"\s*(?:-|—|–|－|~|～|至|到)\s*"
MONTH_RANGE = re.compile(
    r"(?=[\d二今去明前后上本一三四五六七八九十])"
    rf"(?:(?P<year>{YEAR_NUMBER})\s*年)?\s*(?P<first>{MONTH_WORD})\s*(?:月)?"
    rf"{RANGE_JOINER}(?P<last>{MONTH_WORD})\s*月(?:份)?(?![底末]|\d{{1,2}}\s*[日号])"
)
# 2025年11月至2026年2月, 去年12月至今年3月: months across a year's end, one span.
MONTHS_ACROSS_YEARS = compile_skipping(
    rf"(?P<year>{YEAR_NUMBER})\s*年\s*(?P<first>{MONTH_WORD})\s*月(?:份)?"
    rf"{RANGE_JOINER}(?P<year_last>{YEAR_NUMBER})\s*年\s*(?P<last>{MONTH_WORD})\s*月(?:份)?(?![底末]|\d{{1,2}}\s*[日号])"
)
# 累计前10月, 前三个月: from January.
FIRST_MONTHS = compile_skipping(
    rf"(?:(?P<year>{YEAR_NUMBER})\s*年)?\s*(?:(?<![目此之以提])前|首)\s*(?P<last>1[0-2]|[2-9]|十[一二]?|[二两三四五六七八九])\s*个?月(?:份)?"
)
HAN_YEAR = r"二[〇零○][一二三四五六七八九〇零○]{2}"  # 二〇二五 (Hong Kong's and official writing)
YEAR_RANGE = compile_skipping(
    rf"(?<!\d)(?P<first>(?:19|20)\d{{2}}|{HAN_YEAR})\s*年?{RANGE_JOINER}(?P<last>(?:19|20)\d{{2}}|{HAN_YEAR})\s*年"
)
# 民國115年至118年: an ROC span; in Taiwan text 民國 may go unwritten (115至118年).
ROC_YEAR_RANGE = re.compile(
    rf"民国\s*(?P<first>1[0-2]\d)\s*年?{RANGE_JOINER}(?:民国\s*)?(?P<last>1[0-2]\d)\s*年"
)
ROC_YEAR_RANGE_TAIWAN = re.compile(
    rf"(?:民国\s*)?(?<![\d.])(?P<first>1[0-2]\d)\s*年?{RANGE_JOINER}(?:民国\s*)?(?P<last>1[0-2]\d)\s*年"
)
ROC_OFFSET = 1911
MONTHS_IN_A_SPAN = 24
QUARTER_AHEAD = timedelta(days=92)
SINCE = re.compile(r"[^，。；]{0,8}?以来")
PLAN_SINCE = re.compile(r"[”\"’]?(?:时期|期间)?以来")
COMPARED_AFTER = re.compile(r"(?:末|底|同期)?(?:相比|相较|比较|对比)")
# 自去年起…已, 自去年10月接受申请，已收到: a start, the total is now
SINCE_ON = re.compile(
    r"起[^。；]{0,20}?(?:已|累计|共)|[^，。；]{0,12}?[，,][^，。；]{0,6}?(?:已|迄今|至今|累计|共)"
)
TIMES_OF = re.compile(r"(?:同期)?的[^，。；]{0,3}?[\d.一二三四五六七八九十两]+倍")
BASELINE = re.compile(
    r"(?:较|(?<![占对])比|相比|相较|对比|超越)\s*[“\"「『]?$"
)  # (占比今年可望: no comparison; 较“十三五”末)
# 较2025年实际完成的2,949亿元: the figure compared with, given, is of the time compared with; so is money after
# a year written out (较115年度的约新台币52.4亿元; 上年的人民币12.3亿元 is left to timing).
BASE_VALUE_AFTER = re.compile(
    r"[^，。；\d]{0,6}?的\s*(?:约|近|逾)?\s*(?P<currency>人民币|新台币|台币|美元|港元|港币)?\s*\d"
)
ROC_YEAR = re.compile(r"(?:民国|民國)\s*(?P<roc>\d{2,3})\s*年")
# 过去一年 in a report given in January: the year before.
PAST_YEAR = re.compile(r"过去(?:的)?一年")
PAST_YEAR_MONTHS = 3
QUARTER_REPORT = re.compile(r"(?P<quarter>[一二三四1-4])季(?:度)?报")
# A broker's years: 2025A营收 (actual), 2026E营收 and FY2027F (estimated).
BROKER_MARK = re.compile(r"20\d{2}[AEF]")
BROKER_YEAR = re.compile(
    r"(?<![\dA-Za-z])(?:FY)?(?P<year>20\d{2})(?P<mark>[AEF])(?![A-Za-z])"
    # (a financial word, another year of the span or a bracket after it: not 2050E of exaFLOPS)
    r"(?=\s*(?:营|收|净|归|利|每|毛|市|EPS|PE|PS|[-—–~～/／至）)]))"
)


def estimated_years(text: str) -> set[int]:
    """The years a broker's marks estimate (2026E, FY2027F)."""
    if not BROKER_MARK.search(text):
        return set()
    return {int(m["year"]) for m in BROKER_YEAR.finditer(text) if m["mark"] != "A"}


# 今年是“十五五”开局之年: the plan names the year, it is not the numbers' period.
PLAN_YEAR = re.compile(r"[”\"』」]?\s*(?:规划|时期)?(?:的)?(?:开局之年|收官之年|起步之年|第一年|最后一年)")
NO_PERIOD = compile_skipping(
    r"近年来|近年|近几年|多年来|(?<!创)历年(?!同月|同期|新高|最高|最佳)|长期以来|未来几年|未来[一二三四五六七八九十两\d]+年|近[二三四五六七八九十两\d]{1,2}年|过去[二三四五六七八九十两\d]{1,2}年|每年"
)
FIVE_YEAR_PLANS = {"十三": (2016, 2020), "十四": (2021, 2025), "十五": (2026, 2030), "十六": (2031, 2035)}
QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# 已于上月投入服务: the month before the story's.
# (当月 is the month named before, not the story's: it stays unread.)
WITHIN_THE_YEAR = re.compile(
    r"(?<![\d一二两三四五六七八九十今去明本上前后当度半])年内(?!地|溢利|利润|亏损|盈利|纯利|净利|全面收益|派息)"
)  # (not 上半年内地市场: the mainland; nor 年内溢利, a results line: the year the results are of)
RELATIVE_MONTH = re.compile(
    r"(?P<rel>上个?月|本月|这个月|下个?月)(?:(?P<day>[1-9]|[12]\d|3[01])日|(?P<monthend>底|末))?"
)
RELATIVE_MONTHS = {"上月": -1, "上个月": -1, "本月": 0, "这个月": 0, "下月": 1, "下个月": 1}


def _relative_month(match: re.Match[str], published: date) -> Period:
    """上月, 下月21日 (a day, not the month: 下月21日截标), 上月底 (the stock on the month's last day)."""
    month = _month_from(published, RELATIVE_MONTHS[match["rel"]])
    if match["day"] and int(match["day"]) <= month.end.day:
        day = month.start.replace(day=int(match["day"]))
        return Period(day.isoformat(), day, day)
    if match["monthend"]:
        return Period(month.end.isoformat(), month.end, month.end, True)
    return month


def month_of(day: date) -> Period:
    """The month a day lies in."""
    return _month_from(day, 0)


def _month_from(published: date, shift: int) -> Period:
    index = published.year * 12 + published.month - 1 + shift
    year, month = divmod(index, 12)
    return Period(f"{year}-{month + 1:02d}", date(year, month + 1, 1), _month_end(year, month + 1))


def _year_value(text: str, published: date) -> int:
    if text in RELATIVE_YEAR:
        return published.year + RELATIVE_YEAR[text]
    if text.startswith("民国") or len(text) == 3:
        return int(parse_number(text.removeprefix("民国").strip())) + ROC_OFFSET
    return int(parse_number(text))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# 超微的AI伺服器規劃第4季出貨，…預估: a quarter ahead that a plan or a forecast names is this year's.
AHEAD_WORDS = re.compile(r"规划|计划|预计|预估|预期|可望|有望|将|拟")


def _looks_ahead(match: re.Match[str]) -> bool:
    text = match.string
    return AHEAD_WORDS.search(text, max(0, match.start() - 8), min(len(text), match.end() + 16)) is not None


def _resolve(match: re.Match[str], published: date) -> Period | None:
    until = bool(match["until"]) and match["until"] != "到"
    if match["fyp"]:
        span = FIVE_YEAR_PLANS.get(match["fyp"])
        return Period(f"{span[0]}/{span[1]}", date(span[0], 1, 1), date(span[1], 12, 31)) if span else None
    year = _year_value(match["year"], published) if match["year"] else None
    if match["half"]:
        period = _half_or_quarter(match["half"], year or published.year, until)
        if year is None and (
            (period.start.month == 1 and period.end.month >= 6 and published.month <= 3 < period.end.month)
            or (period.start > published + QUARTER_AHEAD and not _looks_ahead(match))
        ):
            # 前三季度 or 上半年 in a January story, 第四季度 in a March one: last year's (this year's has
            # hardly begun, or is a season away), as 1-9月 would be.
            period = _half_or_quarter(match["half"], published.year - 1, until)
        if match["halfend"]:
            # 截至一季度末: the stock on the quarter's last day.
            return Period(period.end.isoformat(), period.end, period.end, True)
        return period
    if match["month"]:
        month = int(parse_number(match["month"]))
        if year is None:
            # 截至6月底 in an August article is this year's June; in a March article, last year's.
            year = published.year if month <= published.month else published.year - 1
        if match["day"]:
            day_number = int(parse_number(match["day"]))
            day = date(year, month, min(day_number, calendar.monthrange(year, month)[1]))
            return Period(day.isoformat(), day, day, until)
        if match["monthend"] or match["until"] in ("截至", "截止", "截止到"):
            # 截至2024年6月, as 截至6月底: the stock at the month's end
            end = _month_end(year, month)
            return Period(end.isoformat(), end, end, True)
        return Period(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month), until)
    if match["yearend"]:
        year = year or published.year
        return Period(f"{year}-12-31", date(year, 12, 31), date(year, 12, 31), True)
    if year is not None:
        return Period(str(year), date(year, 1, 1), date(year, 12, 31), until)
    return None


# 截至2025年6月30日止六个月, 截至6月底止的三个月 (Hong Kong and Taiwan results).
FISCAL_QUARTER = r"第[一二三四1-4]财季"  # (a company's own quarter, named by its fiscal year)
MONTHS_ENDING = re.compile(
    r"\s*止?的?\s*(?:(?P<months>十二|[三六九]|3|6|9|12)\s*个月|(?<=止)(?P<interim>中期|半年度?)(?=业绩|报告|[，,])"
    r"|(?<=止)(?P<annual>年度|财政年度|全年)|(?<=止)(?P<quarter>季度|季)(?![末底])"
    # 截至2026年4月26日的2027财年第一财季, 截至2026年1月25日的2026财年: a company's own quarter or year
    rf"|(?<=的)(?:(?:19|20)\d{{2}}\s*财年)?(?P<fiscal_quarter>{FISCAL_QUARTER})|(?<=的)(?P<fiscal_year>(?:19|20)\d{{2}}\s*财年))"
)  # (截至6月底止中期业绩: the six months; 截至二零二三年十二月三十一日止年度，: the year; 止季度: three months)
QUARTER_MONTHS, INTERIM_MONTHS, ANNUAL_MONTHS = 3, 6, 12
FISCAL_YEAR_ENDING = re.compile(r"财年[（(]\s*$")


def _fiscal_span_ending(text: str, day_at: int, day: Period) -> Period:
    """2026财年第二财季截止日期2025年7月27日: the quarter ending that day; 本财年（截至2027年3月31日）: the year."""
    if FISCAL_QUARTER_ENDING.search(text, 0, day_at):
        return months_ending(day.end, QUARTER_MONTHS)
    if FISCAL_YEAR_ENDING.search(text, 0, day_at):
        return months_ending(day.end, ANNUAL_MONTHS)
    return day


FISCAL_QUARTER_ENDING = re.compile(rf"{FISCAL_QUARTER}(?:[（(]|(?:截止日期|截止日|截至|截止)[：:为]?)\s*$")


def is_a_quarter(period: Period) -> bool:
    """Three months from a month's first day: a calendar or a fiscal quarter."""
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    return months == QUARTER_MONTHS and period.start.day == 1


def months_ending(end: date, months: float) -> Period:
    """The months up to a month's end, labelled as a half, a quarter, the first three quarters or a year
    when they are one: one label for one span, however the text wrote it (1-6月, 上半年, 截至6月30日止六个月),
    because `series` groups by the label."""
    first_month = end.month - int(months) + 1
    year = end.year if first_month >= 1 else end.year - 1
    first_month = first_month if first_month >= 1 else first_month + 12
    start = date(year, first_month, 1)
    label = f"{start.year}-{first_month:02d}/{end.year}-{end.month:02d}"
    if start.year == end.year and end == _month_end(end.year, end.month):
        label = {
            (1, 6): f"{year}-H1",
            (7, 12): f"{year}-H2",
            (1, 9): f"{year}-Q1/Q3",
            (1, 12): str(year),
        }.get((first_month, end.month), label)
        if months == 3 and end.month % 3 == 0:
            label = f"{year}-Q{end.month // 3}"
    return Period(label, start, end)


def _half_or_quarter(half: str, year: int, until: bool) -> Period:
    if half in ("上半年", "下半年"):
        first = half == "上半年"
        start, end = (
            (date(year, 1, 1), date(year, 6, 30)) if first else (date(year, 7, 1), date(year, 12, 31))
        )
        return Period(f"{year}-H{1 if first else 2}", start, end, until)
    if half.startswith(("前三", "前3", "首三", "首3")):  # 前三季度, 首三季 (Hong Kong)
        return Period(f"{year}-Q1/Q3", date(year, 1, 1), date(year, 9, 30), until)
    return quarter_of(year, 1 if half.startswith("首") else QUARTERS[half.strip("第季度Q")[0]], until=until)


def quarter_of(year: int, number: int, *, until: bool = False) -> Period:
    return Period(f"{year}-Q{number}", date(year, number * 3 - 2, 1), _month_end(year, number * 3), until)


def whole_year(year: int) -> Period:
    return Period(str(year), date(year, 1, 1), date(year, 12, 31))


@dataclass(frozen=True)
class PeriodMention:
    period: Period
    start: int
    end: int


def _ranges(text: str, published: date, taiwan: bool) -> list[PeriodMention]:
    """Spans of months or years: one period from the first's start to the last's end."""
    found: list[PeriodMention] = []
    if "月" in text:
        for match in MONTHS_ACROSS_YEARS.finditer(text):
            start = date(_year_value(match["year"], published), int(parse_number(match["first"])), 1)
            end = _month_end(_year_value(match["year_last"], published), int(parse_number(match["last"])))
            months = (end.year - start.year) * 12 + end.month - start.month + 1
            if 1 < months <= MONTHS_IN_A_SPAN:
                found.append(
                    PeriodMention(replace(months_ending(end, months), in_months=True), *match.span())
                )
        for match in [*MONTH_RANGE.finditer(text), *FIRST_MONTHS.finditer(text)]:
            if any(m.start <= match.start() < m.end for m in found):
                continue
            if BASELINE.search(text[max(0, match.start() - 3) : match.start()]):
                continue  # 占比较前10个月提高0.4个百分点: the months compared with
            first = int(parse_number(match["first"])) if "first" in match.re.groupindex else 1
            last = int(parse_number(match["last"]))
            if match["year"]:
                year = _year_value(match["year"], published)
            else:
                year = published.year if last <= published.month else published.year - 1
            if first < last:
                # 1-9月 is labelled as 前三季度 is, so the two land in one series
                period = replace(months_ending(_month_end(year, last), last - first + 1), in_months=True)
                found.append(PeriodMention(period, match.start(), match.end()))
    roc = ROC_YEAR_RANGE_TAIWAN if taiwan else ROC_YEAR_RANGE
    roc_spans = roc.finditer(text) if taiwan or "民国" in text else ()
    for match, offset in [
        *((m, 0) for m in YEAR_RANGE.finditer(text)),
        *((m, ROC_OFFSET) for m in roc_spans),
    ]:
        first, last = (
            int(parse_number(match["first"])) + offset,
            int(parse_number(match["last"])) + offset,
        )
        if first < last:
            period = Period(f"{first}/{last}", date(first, 1, 1), date(last, 12, 31))
            found.append(PeriodMention(period, match.start(), match.end()))
    for match in FISCAL_YEAR.finditer(text) if "年" in text else ():
        first = int(match["first"])
        if int(match["next"] or match["next_dash"]) == (first + 1) % 100:
            found.append(PeriodMention(months_ending(date(first + 1, 3, 31), 12), match.start(), match.end()))
    return found


# 2025/26财政年度, 2026/27年度: Hong Kong's government's year, split over two, April to March (not a school
# year, nor a company's 财年, which may start in any month).
FISCAL_YEAR = re.compile(  # (2025-26年度 only with 财政: a company's year may start in any month)
    r"(?P<first>(?:19|20)\d{2})\s*(?:[/／]\s*(?P<next>\d{2})\s*(?:财政|財政)?|[\-–]\s*(?P<next_dash>\d{2})\s*(?:财政|財政))年度"
)


AHEAD = re.compile(r"(?:将|预计|计划|拟|有望|可望)(?:于|在|到)?$")
SPAN_END_BEFORE = re.compile(r"[^，。；]{0,8}?(?:至|到|-|—|～|~)")


def _shifted_a_year(period: Period) -> Period:
    start, end = (
        period.start.replace(year=period.start.year + 1),
        _month_end(period.end.year + 1, period.end.month),
    )
    if period.start == period.end:
        end = start
    label = period.label.replace(str(period.start.year), str(start.year), 1)
    return Period(label, start, end, period.until)


# A progress table's column of planned dates (计划完成时间, 计划开工时间), read as a row: the date is the plan's.
PLANNED_DATE_LABEL = re.compile(
    r"(?:计划|预计|原定)(?:完成|完工|开工|建成|投产|竣工)?(?:时间|时限|日期)[：:]?$"
)
# 完成情况92.5%: how much of the works is done (a share, of no metric).
WORKS_PROGRESS = r"完成情况|完成率|完成进度|形象进度|工程进度"
PROGRESS_AFTER = re.compile(rf"[^，。；]{{0,4}}[，,；]\s*(?:实际|目前|当前)?(?:{WORKS_PROGRESS}|进度)")


def _names_no_time_of_its_own(text: str, match: re.Match[str], found: bool) -> bool:
    """A time the text names that no number after it is of: compared with, a start, a base, a price basis."""
    if match["yearend"] and not match["year"] and not match["yearend"].startswith("年"):
        return True  # a bare 底/末 is no period
    if text[max(0, match.start() - 1) : match.start()] in ("与", "和", "同") and COMPARED_AFTER.match(
        text, match.end()
    ):
        return True  # 5G基站总数与2020年相比增长了5倍: the time compared with
    if (
        BASELINE.search(text[max(0, match.start() - 3) : match.start()])
        and not (
            (base := BASE_VALUE_AFTER.match(text, match.end()))
            and (not base["currency"] or (match["year"] or "")[:1].isdigit())
        )
    ) or TIMES_OF.match(text, match.end()):
        return True  # 较2024年增长43%, 是上年同期的2.4倍: the time compared with, not the time of the number
    if match["fyp"] and PLAN_YEAR.match(text, match.end()):
        return True
    if (
        match["fyp"]
        and PLAN_SINCE.match(text, match.end())
        and not COMPOUND_RATE.search(text, match.end(), _statement_end(text, match.end()))
    ):
        # “十四五”以来，全市累计签约…23个: a start, the total is now (not 年均增速, over the span)
        return True
    if PLANNED_DATE_LABEL.search(text, max(0, match.start() - 8), match.start()) and PROGRESS_AFTER.match(
        text, match.end()
    ):
        return True  # 计划完成时间2026年6月，完成情况92.5%: a table's column of planned dates, not the figure's time
    if (
        match["year"]
        and text[max(0, match.start() - 1) : match.start()] in ("自", "从")
        and SINCE_ON.match(text, match.end())
    ):
        return True  # 政府自去年起已在北部都会区推出共4幅: a start, the total is now
    if (
        match["year"]
        and not match["half"]
        and not match["month"]
        and SINCE.match(text, match.end())
        and not (match["year"] in ("今", "本") and text.startswith("以来", match.end()))
    ):
        # 自2024年启动建设以来，已累计完成投资41.5亿元: a start, the total is now (今年以来 is this year)
        return True
    if (
        match["month"]
        and text[max(0, match.start() - 1) : match.start()] in ("自", "从")
        and SINCE.match(text, match.end())
    ):
        return True  # 自去年12月启用以来，其算力使用率已高达八成: so is a month
    if (
        match["year"]
        and match["year"][0].isdigit()
        and not match["month"]
        and not match["half"]
        and (text.startswith("同期", match.end()))
    ):
        return True  # （2025年同期：77.9%）: the same period a year before the sentence's (year_earlier)
    if match["year"] in ("上", "去") and text.startswith(("不变价", "价格", "可比价"), match.end()):
        return True  # 按照上年不变价计算的电信业务总量: the prices a volume is reckoned in, not its time
    if (
        match["year"] in ("上", "去")
        and (
            text.startswith("同期", match.end())
            or (
                # 2025年…比重由上年的27%提升至38.9%: the year before the one named (with none named, 去年 is
                # the year before the story's: 比重将由去年的约2.2%升至118年的约6.5%)
                (found or match["year"] == "上")  # (上年 is the year before the one talked about)
                and not match["yearend"]  # 由去年底的约45%: the year's end itself, named
                and text.startswith("的", match.end())
                and text[match.start() - 1 : match.start()] in ("由", "从")
            )
        )
    ):
        return True  # 由上年同期的22.4%, 由上年的27%: the period before, which the number's own says (year_earlier)
    # 较上一季度: the quarter before, compared with
    return bool(
        match["half"] and not match["year"] and text[match.start() - 1 : match.start()] in ("上", "下")
    )


def find_periods(
    text: str,
    published: date,
    script: str = "simplified",
    earlier: Period | None = None,
    report_year: Period | None = None,
) -> list[PeriodMention]:
    """Every period expression in a piece of text, in order, with its position. `earlier` is the period
    the text before named last, for 全年 and 届时 with none before them here; `report_year` the year gone
    by a report is about, whose end a bare 年末 is (2025年统计公报: 年末全省5G基站13.8万个)."""
    taiwan = script == "traditional_tw"
    found = _ranges(text, published, taiwan)
    shifted_end = -1
    covered = [(m.start, m.end) for m in found]
    for match in (PERIOD_TAIWAN if taiwan else PERIOD).finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue  # part of a span read above
        if match.end() == match.start() or not (
            match["fyp"] or match["year"] or match["half"] or match["month"] or match["yearend"]
        ):
            continue

        if _names_no_time_of_its_own(text, match, bool(found)):
            continue
        try:
            period = _resolve(match, published)
        except (ValueError, KeyError):
            continue
        if (
            period
            and match["month"]
            and not match["year"]
            and period.end < published
            and match["until"] not in ("截至", "截止", "截止到")  # (相关计划截至6月底: a stock, as of then)
            and (
                AHEAD.search(text, max(0, match.start() - 4), match.start())
                # (将于12月10日10时至12月11日10时: the span's end is as far ahead as its start)
                or (
                    shifted_end >= 0
                    and SPAN_END_BEFORE.fullmatch(
                        text, shifted_end, match.start() + (text[match.start()] in "至到")
                    )
                )
            )
        ):
            period = _shifted_a_year(period)  # 将于10月30日投产 in a September story: this October
            shifted_end = match.end()
        if (
            period
            and period.start == period.end
            and not period.until
            and match["year"]
            and (
                (
                    text[match.start() - 1 : match.start()] in ("于", "於")
                    and text.startswith(("，", ","), match.end())
                )
                or text.startswith(("前完成", "前建成", "前形成", "前投入"), match.end())
                # 资产总额2025年12月31日612,438.75万元 (a balance sheet's row read as a sentence): its day
                or text[match.end() : match.end() + 1].isdigit()
            )
        ):  # (须于2026年6月30日前完成…: a deadline, the day it holds by)
            period = Period(
                period.label, period.start, period.end, True
            )  # 於2026年6月30日，…: a balance date
        if report_year is not None and match["yearend"] and not match["year"]:
            end = report_year.end
            period = Period(end.isoformat(), end, end, True)
        if period and period.start == period.end:
            period = _fiscal_span_ending(text, match.start(), period)
        if period and period.until and (months := MONTHS_ENDING.match(text, match.end())):
            # 截至今年6月底止六个月: the months ending then, not the day.
            count = (
                parse_number(months["months"])
                if months["months"]
                else (
                    INTERIM_MONTHS
                    if months["interim"]
                    else QUARTER_MONTHS
                    if months["quarter"] or months["fiscal_quarter"]
                    else ANNUAL_MONTHS
                )
            )
            period, end = months_ending(period.end, count), months.end()
        else:
            end = match.end()
        if period:
            found.append(PeriodMention(period, match.start(), end))
    if "月" in text:
        for match in RELATIVE_MONTH.finditer(text):
            if not any(start <= match.start() < end for start, end in covered) and not BASELINE.search(
                text, max(0, match.start() - 3), match.start()
            ):
                found.append(PeriodMention(_relative_month(match, published), match.start(), match.end()))
    for match in () if taiwan else ROC_YEAR.finditer(text):
        if any(start <= match.start() < end for start, end in covered) or any(
            m.start <= match.start() < m.end for m in found
        ):
            continue  # (明年（民国115年）底: the gloss of a year read above)
        year = int(match["roc"]) + ROC_OFFSET
        found.append(PeriodMention(whole_year(year), match.start(), match.end()))
    if "年内" in text:
        # 《清单》项目年内全部建成投产后: this year (not 三年内, 今年内, 2026年内: a span, or a year named)
        found += [
            PeriodMention(whole_year(published.year), m.start(), m.end())
            for m in WITHIN_THE_YEAR.finditer(text)
            if not any(start <= m.start() < end for start, end in covered)
        ]
    if BROKER_MARK.search(text):
        found += [
            PeriodMention(whole_year(int(m["year"])), m.start(), m.end()) for m in BROKER_YEAR.finditer(text)
        ]
    found = _years_carried_on(text, [*found, *_quarter_reported(text, published, covered)])
    if "过去" in text and published.month <= PAST_YEAR_MONTHS:  # (in November, the twelve months just gone)
        past = whole_year(published.year - 1)
        found += [PeriodMention(past, match.start(), match.end()) for match in PAST_YEAR.finditer(text)]
    found.sort(key=lambda m: m.start)
    if "全年" in text or "届时" in text:
        found = _relative(text, found, published, earlier)
    return found


def _years_carried_on(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """预计明年第3季完成建置、第4季正式上线: a quarter or month named bare right after one of another year is of
    that year (not this one)."""
    carried = list(found)
    for i in range(1, len(carried)):
        before, bare = carried[i - 1], carried[i]
        year = before.period.start.year
        if (
            (QUARTER_LABEL.fullmatch(before.period.label) or MONTH_LABEL.fullmatch(before.period.label))
            and bare.period.start.year != year
            and NUMBERED_QUARTER_OR_MONTH.fullmatch(text, bare.start, bare.end)
            and 0 <= bare.start - before.end <= YEAR_CARRIES_CHARS
            and not any(mark in text[before.end : bare.start] for mark in "。；;")
            and (label := bare.period.label)
        ):
            if QUARTER_LABEL.fullmatch(label):
                carried[i] = PeriodMention(quarter_of(year, int(label[-1])), bare.start, bare.end)
            elif MONTH_LABEL.fullmatch(label):
                carried[i] = PeriodMention(month_of(date(year, int(label[5:]), 1)), bare.start, bare.end)
    return carried


YEAR_CARRIES_CHARS = 12
NUMBERED_QUARTER_OR_MONTH = re.compile(
    r"[至到、和及\-—]?\s*(?:第?[一二三四1-4]季度?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?)"  # (…至第4季)
)


# 第三季营收…，全年营收年增35%: the whole year of the period named before; 到2028年…，届时: that time
# (a span's last year).
RELATIVE_PERIOD = re.compile(r"(?<!年)全年|届时")


# 三季报显示，公司当季资本开支…, 第一财季…财务报告。…当季英伟达实现营收: the quarter a report is of.
THE_REPORTED_QUARTER = re.compile(r"当季度?")


def _quarter_reported(text: str, published: date, covered: list[tuple[int, int]]) -> list[PeriodMention]:
    """三季报显示，公司当季资本开支为318亿元: 当季 is the quarter the report is of (this year's, once ended)."""
    if "当季" not in text or not (report := QUARTER_REPORT.search(text)):
        return []
    quarter = QUARTERS[report["quarter"]]
    year = published.year if quarter * 3 < published.month else published.year - 1
    return [
        PeriodMention(quarter_of(year, quarter), m.start(), m.end())
        for m in THE_REPORTED_QUARTER.finditer(text)
        if not any(start <= m.start() < end for start, end in covered)
    ]


def _statement_end(text: str, start: int) -> int:
    return min((at for mark in "。；" if (at := text.find(mark, start)) >= 0), default=len(text))


BASE_MARKS = ("是", "较", "比")


def _a_fiscal_year(period: Period) -> bool:
    """Twelve months ending on a month's end other than December's (2025-04/2026-03)."""
    return (
        period.start.day == 1
        and period.start.month != 1
        and period.end.year == period.start.year + 1
        and period.end.month == period.start.month - 1
    )


def _relative(
    text: str, found: list[PeriodMention], published: date, earlier: Period | None
) -> list[PeriodMention]:
    resolved = list(found)
    for match in RELATIVE_PERIOD.finditer(text):
        if any(m.start <= match.start() < m.end for m in found):
            continue  # (截至今年3月底止全年业绩: a year read with the day it ends on)
        before = [
            *([earlier] if earlier else []),
            # (…是去年全年的2.5倍；预计全年出货量将突破22万张: a base named with 是/较/比 is not the year meant)
            *(
                m.period
                for m in found
                if m.end <= match.start() and text[max(0, m.start - 1) : m.start] not in BASE_MARKS
            ),
        ]
        if match.group(0) == "全年" and before and _a_fiscal_year(before[-1]):
            period = before[-1]  # 截至今年3月底止全年业绩，…全年平均出租率约94%: the company's year
        elif match.group(0) == "全年":
            period = whole_year(before[-1].start.year if before else published.year)
        elif before:
            last = before[-1]
            period = whole_year(last.end.year) if last.start.year != last.end.year else last
        else:
            continue
        resolved.append(PeriodMention(period, match.start(), match.end()))
    return sorted(resolved, key=lambda m: m.start)


# 由2024年的1,425亿元增长至2029年的1.34万亿元，年均复合增长率约为56.6%: a compound rate over the span
# written around the numbers, from the year after 由/从 to the last year named before the rate.
COMPOUND_RATE = re.compile(r"年均|复合|年化")
SPAN_FROM = re.compile(r"(?:由|从)\s*$")
FORESEEN_BETWEEN = re.compile(r"[，,；]\s*预计\s*$")
SPAN_TO = re.compile(r"(?:到|至)\s*(?:\d|$)")


def compound_span(text_before: str, mentions: list[PeriodMention]) -> Period | None:
    """The years a compound growth rate spans when the sentence says them apart (由2024年…至2029年…)."""
    if not COMPOUND_RATE.search(text_before):
        return None
    years = [m for m in mentions if m.start >= 0 and m.end <= len(text_before) and _is_year(m.period)]
    if len(years) < 2 or len(years) != len([m for m in mentions if 0 <= m.start < len(text_before)]):
        return None  # months or quarters among them: no span of years
    first, last = years[0], years[-1].period
    # 2025年…约为820亿元，预计到2028年将增至2,100亿元，年均复合增长率约37%: from the year stated to the one
    # reached (two years only, the second after 到)
    reached = len(years) == 2 and (
        SPAN_TO.search(text_before, max(0, years[-1].start - 3), years[-1].start + 1) is not None
        or _counts_the_years(text_before, last.start.year - first.period.start.year)
        # 2024年…约为46亿元，预计2029年将达到310亿元，年均复合增长率约47%: the year stated to the one foreseen
        or FORESEEN_BETWEEN.search(text_before, first.end, years[-1].start) is not None
    )
    if first.period.start >= last.start or not (
        SPAN_FROM.search(text_before, max(0, first.start - 3), first.start) or reached
    ):
        return None
    return Period(f"{first.period.label}/{last.label}", first.period.start, last.end)


# 2022年…259.9EFLOPS，预计2027年达到…，五年复合增长率达33.9%: a rate over as many years as lie between.
YEARS_OF_A_RATE = re.compile(r"(?P<n>[二三四五六七八九十]|\d{1,2})年(?:的)?(?:年均)?(?:复合|年均)")


def _counts_the_years(text_before: str, years_between: int) -> bool:
    said = YEARS_OF_A_RATE.search(text_before)
    if said is None:
        return False
    return int(parse_number(said["n"])) == years_between


def _is_year(period: Period) -> bool:
    """A whole year, 至2029年 (an until) included."""
    whole = whole_year(period.start.year)
    return (period.label, period.start, period.end) == (whole.label, whole.start, whole.end)


def year_earlier(period: Period) -> Period:
    """The same period a year before (上年同期): 2025-Q1/Q3 -> 2024-Q1/Q3."""
    start, end = _years_back(period.start), _years_back(period.end)
    label = (
        period.label.replace(str(period.start.year), str(start.year))
        if start.year == end.year
        else (f"{start.year}/{end.year}")
    )
    return Period(label, start, end, period.until)


def one_before(period: Period) -> Period | None:
    """The quarter or the month before (上一季度, 上月), or None when the period is neither."""
    if QUARTER_LABEL.fullmatch(period.label):
        number = period.start.month // 3 + 1
        return (
            quarter_of(period.start.year, number - 1) if number > 1 else quarter_of(period.start.year - 1, 4)
        )
    if MONTH_LABEL.fullmatch(period.label):
        return month_of(period.start - timedelta(days=1))
    return None


QUARTER_LABEL = re.compile(r"\d{4}-Q[1-4]")
MONTH_LABEL = re.compile(r"\d{4}-\d{2}")


def _years_back(day: date) -> date:
    return (
        day.replace(year=day.year - 1, day=min(day.day, 28))
        if day.month == 2
        else day.replace(year=day.year - 1)
    )


def blocks_period(text: str) -> bool:
    """近年来 and the like: the number is about no single period."""
    return bool(NO_PERIOD.search(text))
