"""What the reader remembers beyond one sentence: the facts kept so far (each once), the times the
document has named (its report year, the section's, the last span), each paragraph's source, period,
topic and places, and who answers in the paragraphs of a reply or a press conference."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from shared.chinese import FLASH_ITEM_OPENING
from shared.messages import MetricFact

from . import context, regions, respectively, sources, timing
from .periods import (
    FISCAL_QUARTER,
    MONTH_LABEL,
    RANGE_JOINER,
    RELATIVE_MONTH,
    THE_REPORTED_QUARTER,
    Period,
    PeriodMention,
    find_periods,
    is_a_quarter,
    month_of,
    months_ending,
    whole_year,
)
from .quantities import Quantity
from .scope import SentenceState, is_multiple_base, names_a_base
from .skipping import compile_skipping

# 期内，集团…收入占比升至38.5%: the period a results report covers, named earlier in the document; 截至报告期末,
# its last day.
REPORTED_PERIOD = compile_skipping(
    r"(?:本)?报告期内|本报告期(?!末)|本期间内?|本期内|(?:^|(?<=[，；,]))期内"
)  # (not 短期内, 预期内)
THE_REPORTED_YEAR = re.compile(r"本年度内?")
REPORTED_PERIOD_END = re.compile(r"(?:截至|截止)?报告期末")
YEAR_TO_REPORT_END = re.compile(r"年初至(?:本)?报告期末")


SCHEDULE_BEFORE = re.compile(r"(?:期限|周期|工期)(?:均)?(?:为|：|:)?\s*$")
LEAD_ONLY = re.compile(r"[^，。；]{0,24}")
OPENED = re.compile(
    r"(?:正式)?(?:投运|投用|投产|启用|开通|上线|揭牌运营|建成投用|建成投产|投入运营|投入使用|投入服务|投入运行|交付使用)"
)


OPENED_THEN = re.compile(r"[^，。；\d]{0,4}?" + OPENED.pattern)


HEADING_CHARS = 40
NEWS_DAY = re.compile(r"获悉|了解到|获知|日前|近日|此前")
# 6月16日，…智算中心一期正式投运。…¶一期项目共部署…: the next paragraph goes on about the project opened.
# (“一期总投资约23亿元…”: the same, in a quote; not “四期投运后，…: what came after)
PROJECT_GOES_ON = re.compile(
    r"^[“「]?(?:该|这个|此)?(?:项目|中心|[一二三四]期(?:项目|工程)?)(?![：:])(?![^，。；]{0,6}?(?:投运|建成|上线|投产|投用)后)"
)
REPORT_GOES_ON = re.compile(
    # (《报告》对全国31个省（区、市）的算力发展水平进行综合评估后指出: what it did, then what it says; 报告又指)
    r"^(?:[^，。；]{0,10}[，,])?(?:(?:《[^》]{1,12}》|(?:该|这份)?报告|白皮书|公报)(?:还|也|亦|又|同时|进一步)?"
    rf"{sources.AFTER_ASSESSING}|[^，。；]{{0,12}}?数据(?:还|也|亦|又|同时|进一步))(?:显示|指出|称|提到|从|指(?![导标数引南向明定]))"
    r"|^(?:从|由)?上表(?:中)?(?:可以|可)?(?:看出|看到|见)"
)
ANNUAL_RESULTS = re.compile(r"止(?:全年|年度|财政年度)")
RESULTS_MONTHS = re.compile(rf"个月|止中期|止半年|{ANNUAL_RESULTS.pattern}")
# 披露2025年年度报告。…年报显示，公司综合毛利率为56.82%: the year (or half) of the report the story says was
# published, the time of what the report is said to show.
REPORT_OF_A_YEAR = r"(?P<year>(?:19|20)\d{2})年(?:(?P<half>半年度报告|半年报|中期报告)|年度报告|年报)"
ANNUAL_REPORT_PUBLISHED = re.compile(rf"(?:公布|发布|披露)了?{REPORT_OF_A_YEAR}")
REPORT_SAYS = re.compile(
    r"(?:年报|年度报告|半年报|半年度报告|中期报告)(?:中|里)?(?:显示|表示|指出|称|披露|提到)"
)
# 今日公布了截至2025年9月30日的第三季度未经审计财报: the quarter a results announcement covers
YEAR_PREVIEWED = re.compile(r"(?:发布|披露|公布)了?(?P<year>(?:19|20)\d{2})年(?:年度|全年)?业绩(?:预告|快报)")
QUARTER_RESULTS_PUBLISHED = re.compile(
    rf"(?:公布|发布|披露)了?[^。；]{{0,24}}?(?:第?[一二三四1-4]季度|{FISCAL_QUARTER}|上半年|前三季度)"
    r"(?:[（(][^）)]{0,16}[）)])?的?(?:未经审计的?|经审计的?)?"  # (2026财年第二财季（截至2025年12月31日）业绩)
    r"(?:财报|财务报告|(?:财务|经营)?业绩|季报|半年报)"
)


# 【导读】今年前11个月，…超过12万张: an editor's summary of what the body says.
SUMMARY = re.compile(r"^[【\[]?(?:导读|导语|摘要|核心提示)[】\]：:]")


def is_heading(text: str) -> bool:
    """看点一：CoWoS产能一年翻倍，英伟达包下六成: a short line with no sentence end, heading a section (or a
    summary the body restates)."""
    return (len(text) <= HEADING_CHARS and not text.endswith(("。", "！", "？", "”", "」"))) or bool(
        SUMMARY.match(text)
    )


SINCE_A_START = re.compile(r"(?:自|从)[^，。；]{1,24}?以来")


@dataclass
class FactsSoFar:
    """The document's facts, each once: the same fact stated twice (a headline or a section heading and
    the body) is one fact, the body's."""

    facts: list[MetricFact] = field(default_factory=list)
    seen: dict[tuple, int] = field(default_factory=dict)
    from_headings: set[int] = field(default_factory=set)
    """The positions in `facts` of those a heading stated."""
    unnamed: dict[tuple, list[tuple]] = field(default_factory=dict)
    """The keys of facts with no metric, by number, unit, period and measure."""

    def keep(self, fact: MetricFact, in_heading: bool) -> None:
        key = self._same_as_before(fact) or _fact_key(fact)
        if key not in self.seen:
            self.seen[key] = len(self.facts)
            self.facts.append(fact)
            if fact.metric is None:
                self.unnamed.setdefault(key[1:], []).append(key)
        elif fact.cited_source and not self.facts[self.seen[key]].cited_source:
            # a headline repeated in the body: the body's statement says who gives the number
            self.facts[self.seen[key]] = fact
        else:
            return  # the same fact again, not kept
        # Marked by position, not by id(): the id of a fact dropped may be reused by a later fact's object.
        if in_heading:
            self.from_headings.add(self.seen[key])
        else:
            self.from_headings.discard(self.seen[key])

    def _same_as_before(self, fact: MetricFact) -> tuple | None:
        """The key of a fact kept before that this one restates under a longer or shorter name: 全省电信业务收入
        in the text, 电信业务收入 in its table (the same number, unit, period and measure)."""
        if fact.metric is not None:
            return None
        for key in self.unnamed.get(_fact_key(fact)[1:], ()):
            restated = key[0].endswith(fact.subject) or fact.subject.endswith(key[0])
            if restated and self.seen[key] not in self.from_headings:
                return key  # (a headline's fact gives way to the body's in result())
        return None

    def result(self) -> list[MetricFact]:
        """看点一：…英伟达包下六成 heads a section whose body says 包下…产能的约六成: the body's fact."""
        if not self.from_headings:
            return self.facts
        body = {(f.value, f.unit) for at, f in enumerate(self.facts) if at not in self.from_headings}
        return [
            f
            for at, f in enumerate(self.facts)
            if at not in self.from_headings or (f.value, f.unit) not in body
        ]


@dataclass
class DocumentTimes:
    """The times a document has named so far, for sentences that name none of their own."""

    published: date
    script: str
    report_year: Period | None
    """The year gone by the title names (2025年通信业统计公报), or the year the section heading names
    (一、2025年和“十四五”时期工作回顾)."""
    title_year: Period | None
    results: bool = False
    """The story reports a company's results (中期业绩, 半年报): its span dates what names no time."""
    reported_span: Period | None = None
    """The last span named (截至今年6月底止六个月, 上半年): what 期内 and 报告期末 refer to."""
    unread: list[str] = field(default_factory=list)
    """Sentences with no number, their times read only when 期内 needs them (今年首十一个月…运行平稳。期内，…)."""
    last_year: Period | None = None
    """The last whole year named: what 全年 is when its paragraph named none."""
    results_span: Period | None = None
    """截至2026年6月30日止六个月之中期业绩: the span a results announcement covers, named first (the
    comparisons after it, 2025年同期, are no span of its own)."""
    published_report: Period | None = None
    """披露2025年年度报告: the span of the report published, for sentences saying what it shows (年报显示)."""
    defined_span: Period | None = None
    """The years a prospectus defines its 报告期 as (报告期 指 2023年度、2024年度及2025年度)."""
    milestones: dict[str, Period] = field(default_factory=dict)
    """When each phase of a project is to be done (第二期计划于2029年底前建成), by phase (timing.phase_key), as
    this paragraph and the one before said: a page of many projects names many phases."""
    milestones_before: dict[str, Period] = field(default_factory=dict)

    @property
    def milestones_said(self) -> dict[str, Period]:
        return {**self.milestones_before, **self.milestones} if self.milestones_before else self.milestones

    def note_milestones(self, masked: str, mentions: list[PeriodMention] | None = None) -> None:
        if timing.COMPLETED_BY.search(masked):
            named = mentions if mentions is not None else find_periods(masked, self.published, self.script)
            timing.note_milestones(masked, named, self.milestones)

    @property
    def default_period(self) -> Period | None:
        """The period of a figure whose sentence and paragraph name none (else the publish year)."""
        return self.report_year or ((self.results_span or self.reported_span) if self.results else None)

    def note_results_span(self, masked: str) -> None:
        """A sentence naming the months a result covers (…止六个月), numbers or not: the report's span."""
        self._note_published_report(masked)
        if self.results_span is None and "业绩" in masked and (preview := YEAR_PREVIEWED.search(masked)):
            # 发布2026年年度业绩预告: the year whose results the story estimates, what names no time is of
            self.results_span, self.results = whole_year(int(preview["year"])), True
            return
        if self.results_span is not None or not (
            ("止" in masked and RESULTS_MONTHS.search(masked)) or QUARTER_RESULTS_PUBLISHED.search(masked)
        ):
            return
        if (year_end := ANNUAL_RESULTS.search(masked)) and (
            ended := [
                m.period for m in find_periods(masked, self.published, self.script) if m.end <= year_end.end()
            ]
        ):
            # 公布截至2025年12月31日止全年业绩: the year the results cover
            self.results_span, self.results = whole_year(ended[-1].end.year), True
            return
        spans = [
            m.period
            for m in find_periods(masked, self.published, self.script)
            if not _is_whole_year(m.period)
            and m.period.start != m.period.end  # (not a dateline's day)
            and not RELATIVE_MONTH.match(masked, m.start)  # (上月公布截至…止六个月: when, not what it covers)
        ]
        if spans:
            self.results_span, self.results = spans[0], True

    def enter(self, paragraph: str) -> None:
        """A report's numbered section heading (一、2025年…工作回顾) sets the year of what follows; a wire's
        flash item (15:36　《业绩》…) is a story of its own, the times the items before it named no longer hold."""
        if self.milestones:
            # (a paragraph naming none, 四、能源消耗情况¶项目全部建成后，年用电量…, keeps those said before it)
            self.milestones_before, self.milestones = self.milestones, {}
        if "指" in paragraph and (defined := REPORT_SPAN_DEFINED.search(paragraph)):
            years = [m.period for m in find_periods(defined["years"], self.published, self.script)]
            if len(years) >= 2 and all(_is_whole_year(year) for year in years):
                self.defined_span = Period(
                    f"{years[0].label}/{years[-1].label}", years[0].start, years[-1].end
                )
        if FLASH_ITEM.match(paragraph) or ITEM_HEADLINE.fullmatch(paragraph):
            self.results = RESULTS_TITLE.search(paragraph, 0, FLASH_HEADLINE_CHARS) is not None
            self.results_span = self.reported_span = self.last_year = None
            self.unread.clear()
        if SECTION_HEADING.match(paragraph) and is_heading(paragraph):
            self.report_year = _section_year(paragraph, self.published, self.script) or self.title_year

    def _note_published_report(self, masked: str) -> None:
        if "报" not in masked or (report := ANNUAL_REPORT_PUBLISHED.search(masked)) is None:
            return
        year = int(report["year"])
        span = months_ending(date(year, 6, 30), 6) if report["half"] else whole_year(year)
        if span.end < self.published:
            self.published_report = span

    def _read_unread(self) -> None:
        for masked in self.unread:
            named = [m.period for m in find_periods(masked, self.published, self.script)]
            spans = [period for period in named if period.start != period.end]
            self.reported_span = spans[-1] if spans else self.reported_span
        self.unread.clear()

    @property
    def past_report_year(self) -> Period | None:
        return (
            self.report_year
            if self.report_year is not None and self.report_year.end < self.published
            else None
        )

    def _note_monthly_release(self, when: str) -> None:
        """财政部今天发布民国114年11月海关进出口贸易统计: the month a release is of dates the sentences after it
        that name no time of their own (以主要货品观察，资通与视听产品出口321.7亿美元)."""
        named = find_periods(when, self.published, self.script)
        if (
            len(named) == 1
            and MONTH_LABEL.fullmatch(named[0].period.label)
            and named[0].period.end < self.published
        ):
            self.report_year = named[0].period

    def _year_so_far(self) -> Period | None:
        """The year the text named last, unless it is one to come (到2029年…。¶谈及全年，…: this year)."""
        if self.last_year is None or self.last_year.start.year > self.published.year:
            return None
        return self.last_year

    def _year_before(self, paragraph: ParagraphMemory, masked: str) -> Period | None:
        """The time the paragraph named last, for 全年 and 届时; not for 全年 a year to come (…到2027年，…力争突破
        5000亿元。他预计，全年…有望超过4亿元: this year's)."""
        last = paragraph.last_period()
        if (
            last is not None
            and "届时" not in masked
            and last.start.year > self.published.year
            and last == whole_year(last.start.year)
        ):
            return None
        return last

    def mentions(self, masked: str, paragraph: ParagraphMemory) -> tuple[list[PeriodMention], Period | None]:
        """The periods the sentence names, else the one it keeps from its paragraph (returned as carried)."""
        # 过去一年，…。预计全年…增长5.4%: 全年 is the year the text named before.
        earlier = (
            (self._year_before(paragraph, masked) or self._year_so_far() or self.report_year)
            if "全年" in masked or "届时" in masked
            else None
        )
        mentions = find_periods(masked, self.published, self.script, earlier, self.past_report_year)
        if self.report_year is None and "月" in masked and (release := MONTHLY_RELEASE.search(masked)):
            self._note_monthly_release(release["when"])
        if "“" in masked and mentions:
            mentions = _outside_quoted_names(masked, mentions)
        if paragraph.table_month is not None and "本月" in masked:
            mentions = [_this_month_of(m, masked, paragraph.table_month) for m in mentions]
        if self.unread and self.reported_span is None and "期" in masked:
            self._read_unread()
        self.note_results_span(masked)
        # (an annual report's 报告期 is the year its title names, not the last column of a table of years)
        reported = _reported_time(
            masked,
            _report_named(masked)
            or self.results_span
            or self.report_year
            or self.reported_span
            or self.last_year,
        )
        if self.defined_span is not None and "报告期" in masked:
            # 报告期内，公司营业收入分别为…、…和…: the years the prospectus defined, one by one
            reported = [
                PeriodMention(self.defined_span, m.start(), m.end()) for m in REPORT_SPAN.finditer(masked)
            ]
        if reported:
            mentions = sorted(
                [
                    *(m for m in mentions if not any(r.start <= m.start < r.end for r in reported)),
                    *reported,
                ],
                key=lambda m: m.start,
            )
        if not mentions and self.published_report and REPORT_SAYS.search(masked):
            # 年报显示，公司综合毛利率为56.82%: the report's time, for this sentence only (not 截至报告期末, its
            # last day, read above)
            return [PeriodMention(self.published_report, -1, -1)], None
        # 市场份额由2024年的58.0%降至41.3%: a sentence naming only where a change started names no time of its own;
        # nor does one naming only which things it means (上架率约为71%，一批去年投运的智算中心已满柜运行).
        none_its_own = bool(mentions) and all(
            names_a_base(masked, m) or timing.describes_a_noun(masked, m) for m in mentions
        )
        # (自2024年12月启用以来，已服务逾160家: a total since a start is now's, no time carried)
        carried = (
            (
                paragraph.rate_span
                if paragraph.rate_span and SPAN_FLOW.search(masked)
                else paragraph.period_carried()
            )
            if (not mentions or none_its_own) and not ("以来" in masked and SINCE_A_START.search(masked))
            else None
        )
        if carried and (carried.start != carried.end or carried.until):
            # 截至6月末，我国5G基站…。5G用户达到11.2亿户: a sentence naming no time keeps the paragraph's
            # (not the day of an event: 8月5日，项目开工。项目规划建设2万架…). Placed before the sentence.
            mentions = [PeriodMention(carried, -1, -1), *mentions]
        elif (
            (
                paragraph.goes_on
                or paragraph.table_period
                or (mentions and masked.startswith("全年", mentions[0].start))
                or (mentions and _statement_before(masked, mentions[0].start))
            )
            and mentions
            and mentions[0].start > 0
            and FIGURE.search(masked, 0, mentions[0].start)
            and (kept := paragraph.period_carried()) is not None
            and (kept.start != kept.end or kept.until)
        ):
            # 2026年上半年…。¶分厂商看，鼎曜科技以31.5%的市场份额排名第一，上半年出货额…: in a breakdown (or
            # more of the same data), a number before the sentence's first time keeps the totals' time; so does
            # one before 全年
            # (截至2024年底…。移动电话用户总数为17.9亿户，全年净增3920万户)
            mentions = [PeriodMention(kept, -1, -1), *mentions]
            carried = None
        else:
            carried = None
        # 是“十三五”末的4.2倍: the time of what a multiple is of is no time the text goes on about; nor is
        # when a body began (2019年成立的云岫科技), nor the time compared with (较2025年实际完成的…, 而这一数字
        # 在2021年底约为…).
        first_named = next((m.start for m in mentions if m.start >= 0), -1)
        own = [
            m
            for m in mentions
            if ("倍" not in masked or not is_multiple_base(masked, m))
            and not timing.founded_then(masked, m)
            and not names_a_base(masked, m)
            and not (
                m.start > first_named and THE_SAME_FIGURE_THEN.search(masked, max(0, m.start - 8), m.start)
            )
        ]
        if own:
            paragraph.note(own, masked)
            named = [m.period for m in own if not reported or m not in reported]
            spans = [period for period in named if period.start != period.end]
            years = [period for period in named if _is_whole_year(period)]
            self.reported_span = spans[-1] if spans else self.reported_span
            self.last_year = years[-1] if years else self.last_year
        return mentions, carried


# 公司日前披露的2025年年度报告显示，报告期内…: the report the sentence names sets its 报告期.
ANNUAL_REPORT_NAMED = re.compile(rf"{REPORT_OF_A_YEAR}(?:显示|中|称|披露)")


def _report_named(sentence: str) -> Period | None:
    if "报告期" not in sentence or not (named := ANNUAL_REPORT_NAMED.search(sentence)) or named["half"]:
        return None
    return whole_year(int(named["year"]))


def _reported_time(sentence: str, span: Period | None) -> list[PeriodMention]:
    """期内 is the span the report covers; 年初至报告期末, the year to its end; 截至报告期末, its last day
    (where the sentence says so)."""
    if span is None:
        return []
    found = [PeriodMention(span, m.start(), m.end()) for m in REPORTED_PERIOD.finditer(sentence)]
    if "当季" in sentence and is_a_quarter(span):
        # 公布截至2026年4月26日的2027财年第一财季…财务报告。…当季英伟达实现营收: that quarter
        found += [PeriodMention(span, m.start(), m.end()) for m in THE_REPORTED_QUARTER.finditer(sentence)]
    if "本年度" in sentence and _is_whole_year(span):
        # 截至2025年12月31日止年度之全年业绩公告: 本年度收入… is that year's
        found += [PeriodMention(span, m.start(), m.end()) for m in THE_REPORTED_YEAR.finditer(sentence)]
    found += [
        PeriodMention(months_ending(span.end, span.end.month), m.start(), m.end())
        for m in YEAR_TO_REPORT_END.finditer(sentence)
    ]
    if not found and (end := REPORTED_PERIOD_END.search(sentence)):
        found.append(
            PeriodMention(
                Period(span.end.isoformat(), span.end, span.end, until=True), end.start(), end.end()
            )
        )
    return found


TITLE_LINE_CHARS = 60


def title_line(text: str) -> str | None:
    """A page with no title (text copied from a PDF) whose first line reads as one: 中华人民共和国2025年国民经济和
    社会发展统计公报, no sentence."""
    first = text.split("\n", 1)[0].strip()
    return first if len(first) <= TITLE_LINE_CHARS and not SENTENCE_MARKS.search(first) else None


SENTENCE_MARKS = re.compile(r"[。，；！？,;]")


def report_year_of(title: str | None, published: date, script: str) -> Period | None:
    """The one year gone by a report's title names (2025年通信业统计公报, 2025年中国算力产业回顾), if any; a
    headline naming a year of one figure (冲刺科创板：2024年营收19.47亿元) is no report of that year."""
    if not title or "年" not in title or not REPORT_TITLE.search(title):
        return None
    mentions = find_periods(context.mask_titles(title), published, script)
    if len(mentions) == 1 and _is_whole_year(year := mentions[0].period) and year.end < published:
        return year
    return None


FLASH_ITEM = re.compile(f"^{FLASH_ITEM_OPENING}")
# ■星汇算力配股净筹6.75亿: a column's item headline, a story of its own after it (a headline, no sentence).
ITEM_HEADLINE = re.compile(r"\s*[■◆▲□◇]\s*[^。；，,：:]{2,30}")
FLASH_HEADLINE_CHARS = 40
RESULTS_TITLE = re.compile(r"中期|半年报|半年度|季报|季度业绩|业绩|年报|财报")
MONTHLY_RELEASE = re.compile(
    r"(?:发布|公布)了?[^，。；\d]{0,6}?(?P<when>(?:(?:民国)?\d{2,4}年)?\d{1,2}月)份?[^，。；]{0,16}?(?:统计|数据|快报|运行情况)"
)
REPORT_TITLE = re.compile(r"公报|报告|年报|回顾|年鉴|白皮书|综述|盘点|运行情况|发展情况|年度")
# 一、2025年和“十四五”时期工作回顾, 第二部分: a report's numbered section, whose heading may name its year.
SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}(?:部分|章))")


def _section_year(heading: str, published: date, script: str) -> Period | None:
    """The year a section heading names first (the sentences below naming no time are of it)."""
    mentions = find_periods(context.mask_titles(heading), published, script) if "年" in heading else []
    return mentions[0].period if mentions and _is_whole_year(mentions[0].period) else None


def _is_whole_year(period: Period) -> bool:
    return period == whole_year(period.start.year)


def _fact_key(fact: MetricFact) -> tuple:
    # value_high: 3,500亿至4,200亿千瓦时 and 约为350太瓦时 are two estimates, though both start at 3.5e14 Wh
    # region: 西部地区 and 京津冀 may both have 42.4% of their users on 5G
    return (
        fact.metric or fact.subject,
        fact.value,
        fact.value_high,
        fact.unit,
        fact.period,
        fact.measure,
        fact.region,
    )


FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|EFLOPS|PFLOPS|P\b|万|亿|架|个|台|家|兆瓦|MW|千瓦)")
TABLE_BELOW = re.compile(r"(?:见|如)下表[。：:]?\s*$")
# 电源环节同样景气。, “一张网”的骨架正在搭起来。: a short sentence setting the scene for the paragraph (the
# opening read with it is the next sentence's).
SCENE_SENTENCE_CHARS = 20
# 分区来看，海淀区智算规模达到1.86万P: a paragraph breaking down the totals before it, at their time.
BREAKDOWN = re.compile(
    rf"^(?:[^。；\d]{{2,{SCENE_SENTENCE_CHARS}}}。)?"  # “一张网”的骨架正在搭起来。分区域看，…: after a scene
    r"(?:[^，。；]{2,24}(?:数据显示|显示|指出|介绍|表示)[，,])?"  # IDC数据显示，分厂商看，…
    r"(?:分|按|从|就)(?:[\u4e00-\u9fff]{1,4}?结构|区|地区|地域|区域|省份|省|城市|市|国家|国别|经济体|行业|业别|产业别|领域|企业|厂商|公司|品牌|类型|结构|板块|业务|总量|增速|占比"
    r"|技术路线|路线|产品|应用|场景|用途|客户|厂商格局|市场格局|格局|细分|环节|出货|集群|枢纽|节点|园区|运营商|项目"
    r"|盈利能力|盈利|利润|毛利|收入结构|营收结构|费用|现金流|财务|布局"
    r"|固定宽带|宽带|移动网络|移动电话|移动|用户|基站|网络设施|电信业务)[^，。；：:\d]{0,4}?"  # 从固定宽带看
    r"(?:来看|看|划分|计|而言)[，,：:]"  # 从厂商销售额来看, 从出货台数来看, 从存储结构看
)

# 报告期、报告期内　　指　　2023年度、2024年度及2025年度: a prospectus' glossary line, and the span it names.
REPORT_SPAN_DEFINED = re.compile(
    r"报告期(?:、报告期内)?\s*指\s*(?P<years>(?:(?:19|20)\d{2}年度?[、和及与]?){2,6})"
)
REPORT_SPAN = re.compile(r"报告期(?:内|各期)(?!末)")
# 2. 东数西算（庆阳）智算产业园A区, （三）…, 四、…: a numbered item's heading.
NUMBERED_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)"
)
GROUND_LAID_FOR = re.compile(r"[”\"」』]?(?:时期)?(?:的)?(?:高质量)?(?:发展)?(?:奠定|打下|开好局|起好步)")
# 将于第四季开始贡献营收, 预计明年1月起实施: when something is to start.
STARTS_THEN = re.compile(r"(?:开始|起)(?!\d)")
WILL_AT = re.compile(r"(?:将|预计|计划|拟)(?:于|在|从|自)?$")

# 国家数据局同时公布了各枢纽节点建设情况。内蒙古枢纽…: more of the release before, at its time.
RELEASE_GOES_ON = re.compile(
    r"^[^，。；]{2,20}?(?:(?:同时|同日|还|也|亦|另|并|随后)(?:公布|发布|通报|披露)了?[^，。；]{0,20}?"
    r"|(?:公布|发布|通报|披露)了?[^，。；]{0,8}?各[^，。；]{0,16}?)(?:情况|数据)[。：:]"
)

# 衡湃算力前三季度营收增速…, 与之形成对比的是，澜汀科技前三季度由盈转亏: a company, named by its trade, opening
# the paragraph.
# 三是川铭精工（002976.SZ）。公司董秘…: a listed company, by its code, opening the paragraph (an item of a list).
LISTED_OPENING = re.compile(
    r"^(?:[一二三四五六七八九十]是|[一二三四五六七八九十\d]{1,2}[、.．])?\s*(?P<name>[\u4e00-\u9fff]{2,6})"
    + sources.LISTED_CODE.pattern
)
COMPANY_OPENING = re.compile(
    r"^(?:[^，。；]{0,12}?[，。])?(?:[^，。；\d]{0,10}?(?:营运商|运营商|服务商|供应商|厂商))?"  # 内地数据中心营运商华诺数据
    r"(?:[一二三四五六七八九十]是)?(?!人工|智能算力|国产|通用|大数据|云计算|数字|新型|传统|智算)"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:算力|科技|数据|智能|电脑|智算|数科|半导体|通信|电子|电气|光电|能源|集团))"
    r"(?=前|第|上半|全年|今年|去年|本季|[一二三四]季|\d|在|于|实现|营收|营业|净利|业绩|的|，|[（(]\d|是其中)"
)


@dataclass
class ParagraphMemory:
    """What a paragraph's earlier sentences leave to its later ones: the source they cite, the period
    they name, the topic they are about. Sources and periods are read only when a number needs them,
    from the latest sentence back: many sentences hold no fact, and reading each of them cost a third
    of the stage's time."""

    index: int
    published: date
    script: str
    source: str | None = None
    unread_citations: list[str] = field(default_factory=list)
    period: Period | None = None
    stock_day: Period | None = None
    """The last day the paragraph counted its stocks at (截至2025年底，全省…。2025年，全省…绿电…)."""
    unread_periods: list[str] = field(default_factory=list)
    document_sources: sources.DocumentSources | None = None
    topic: SentenceState = field(default_factory=SentenceState)
    answering: str | None = None
    """Whose answer the paragraph is, from the line before it (韩启明：¶…: his body)."""
    speaker: str | None = None
    """The body whose answer the paragraph is (沈一鸣：… after 冷擎科技创始人沈一鸣)."""
    after_heading_of: ParagraphMemory | None = None
    """The paragraph before, when this one is a heading naming no time (一、现代服务业引领作用增强): the
    paragraph a breakdown under the heading goes on from."""
    earlier: ParagraphMemory | None = None
    """The paragraph before this one, whatever it is."""
    goes_on: bool = False
    """The paragraph goes on with the figures of the one before, at their time: it breaks down their totals
    (分区来看，…) or reports more of the same data (集邦咨询数据还显示，…)."""
    list_lead: ParagraphMemory | None = None
    """The paragraph introducing the list this one is an item of (以下为榜单前十名：¶1. 天穹智算：…): the items
    are at its time, not at the time the item before named."""
    rate_span: Period | None = None
    """The span a rate was over (“十四五”期间年均增速), for a flow over it said after (五年累计…)."""
    sets_targets: bool = False
    """The paragraph sets a plan's targets (到2027年，…), or is an item of a list that goes on from one."""
    source_carried: str | None = None
    """A breakdown's (从技术路线看，…): the source of the figures it breaks down, unless it cites anyone of
    its own (分省份看，根据各地数据主管部门公布的数据，…: nobody named, not the totals' source)."""
    period_opened: bool = False
    """The period is when something opened (已于今年6月完成部署)."""
    first_region: str | None = None
    """The region of the paragraph's first figure (its totals', before any 其中 part)."""
    region_carried: str | None = None
    """A breakdown's (分行业看，…): the region of the figures it breaks down, for its parts naming none."""
    earlier_cues: list[context.Cues] = field(default_factory=list)
    """The cues of the paragraph's earlier sentences with numbers, read for a place only when needed."""
    listed_places: list[str] | None = None
    """The places of the last 分别 list of places (京津冀、长三角地区…分别), which a later list may go on with."""
    table_month: Period | None = None
    """The month a table's caption names (表1 2026年8月份…产量：), which its 本月 columns mean."""
    table_period: Period | None = None
    """The time a table's caption names (表：…运营数据（截至2025年末）：…), which every row keeps before a time of
    its own (…，2025年营收86.37亿元 names its cell's year, not the row's)."""
    company_table: bool = False
    """The paragraph is a company's table of its own figures (表：澄岳数据2026年10月主要经营数据：…)."""
    opening_company: str | None = None
    """The company the paragraph opens with (衡湃算力前三季度营收增速…。公司在三季报中表示): its 公司."""
    listed_periods: list[Period] | None = None
    """The times of the last 分别 list of times (2022年、2023年及2024年，收入分别为…), which a list of the same
    times goes on with (公司同期研发开支分别为…)."""
    listing_places: str | None = None
    """The last sentence with no number that may list places (上海、深圳、杭州的支持力度同样不小), read only when a
    list says it is of them (三地…分别)."""

    def note_places(self, masked: str) -> None:
        """A sentence with no number may list the places the next list is of (上海、深圳、杭州…。三地…分别)."""
        if "、" in masked:
            self.listing_places = masked

    def shares_out(
        self, masked: str, quantities: Sequence[Quantity], mentions: Sequence[PeriodMention]
    ) -> dict[int, respectively.Share]:
        """The sentence's 分别 lists, which may go on with the places of the paragraph's last one."""
        shared = respectively.shares(
            masked,
            quantities,
            mentions,
            self.script,
            regions_before=self.listed_places,
            regions_named=(
                respectively.places_listed(self.listing_places, self.script)
                if self.listing_places and respectively.PLACES_COUNTED.search(masked)
                else None
            ),
            periods_before=self.listed_periods,
        )
        self.listed_places = respectively.last_places(shared) or self.listed_places
        self.listed_periods = respectively.last_periods(shared) or self.listed_periods
        return shared

    def cited_source(self) -> str | None:
        """The source the latest citing sentence so far names."""
        pronoun = False
        while self.unread_citations:
            sentence = self.unread_citations.pop()
            if CITES_ITS_OWN.search(sentence):
                self.source_carried = None
            answered = self.document_sources.answering(sentence) if self.document_sources else None
            if not answered and self.speaker and sources.WE_SAY.search(sentence):
                answered = self.speaker  # 我们判断，到2027年…: the one answering, not the report cited before
            source = sources.cited_source(sentence) or answered
            if source and self.answering and sources.FIRST_PERSON_BODY.match(source):
                source = self.answering  # 韩启明：¶…我院研究显示: the speaker's own body
            if source == sources.BARE_REPORT:
                # 报告预计，…: the report an earlier sentence named, here or before (who published it, not
                # an analyst speaking in between: DocumentSources.in_full)
                self.source = source
                self.unread_citations.clear()
            elif source == sources.PRONOUN:
                pronoun = True  # 周明哲认为，…。他预计，…: the one an earlier sentence named, here or before
            elif source:
                self.source, self.source_carried = source, None
                self.unread_citations.clear()
            elif sources.ANONYMOUS_SOURCE.search(sentence):
                # 据不完全统计, 法人预估: nobody's, whoever the sentences (or the breakdown's totals) before cited
                self.source, self.source_carried = None, None
                self.unread_citations.clear()
        if pronoun and self.source is None:
            self.source = sources.PRONOUN  # the document's latest named source (DocumentSources.in_full)
        return self.source or self.source_carried

    def last_place(self) -> str | None:
        """The place the paragraph's earlier sentences named last (not in a list)."""
        while self.earlier_cues:
            if place := regions.region_around(self.earlier_cues[-1].places):
                self.earlier_cues[:-1] = []
                return place
            self.earlier_cues.pop()
        return None

    def next(
        self, index: int, opening: str, names: sources.DocumentSources, last_sentence: str = ""
    ) -> ParagraphMemory:
        """The memory of the paragraph after this one, which opens with `opening` (this one ending with
        `last_sentence`)."""
        after = ParagraphMemory(index, self.published, self.script, document_sources=names)
        after.sets_targets = TARGET_LEAD.match(opening) is not None and not context.FORECAST_WORD.search(
            opening
        )
        before = self
        if self.after_heading_of is not None and self.last_period() is None:
            before = self.after_heading_of  # 前三季度，全省…。¶一、现代服务业引领作用增强¶分行业看，…
        if is_heading(opening):
            after.after_heading_of = before
        after.company_table = COMPANY_TABLE.match(opening) is not None
        if company := COMPANY_OPENING.match(opening) or LISTED_OPENING.match(opening):
            after.opening_company = company["name"]
        if (caption := TABLE_CAPTION.match(opening)) and (
            named := find_periods(caption.group(0), self.published, self.script)
        ):
            after.table_period = named[-1].period
        if (month := MONTH_CAPTION.match(opening)) and (
            named := find_periods(month["month"], self.published, self.script)
        ):
            after.table_month = named[0].period
        after.earlier = self
        if (
            NUMBERED_HEADING.match(last_sentence)
            and is_heading(last_sentence)
            and (named := regions.regions_in(last_sentence, self.script))
            and named[-1] not in ("CN", "GLOBAL")
        ):
            # 2. 东数西算（庆阳）智算产业园A区（甘肃庆阳）¶项目于今年5月开工，总投资42.6亿元: the item's place (not
            # 三、国内贸易, a section of the whole)
            after.region_carried = named[-1]
        if (
            BREAKDOWN.match(opening)
            or RELEASE_GOES_ON.match(opening)
            or (self.goes_on and TABLE_BELOW.search(last_sentence))
        ):
            # (分地区看，…部分设区市情况见下表。¶杭州算力规模21.4EFLOPS…: the table goes on with the breakdown)
            # 截至10月底，全市…。¶分区来看，海淀区…: the same time
            after.period = _last_period_before(before, counts_stocks=bool(timing.STOCK_WORDS.search(opening)))
            after.goes_on = True
            after.source_carried = before.cited_source()  # and the same source
            after.region_carried = before.first_region  # and place
        elif (
            context.LIST_ITEM.match(opening)
            and (listed_from := before.period_carried()) is not None
            and listed_from.end > self.published
            and before.sets_targets
        ):
            # 二、主要目标¶到2027年，…基本形成。¶一是…超过15EFLOPS: a plan's items go on at the time its lead set
            after.period = listed_from
            after.goes_on = after.sets_targets = True
        elif context.LIST_ITEM.match(opening) and (
            lead := before.list_lead or (self if last_sentence.rstrip().endswith(("：", ":")) else None)
        ):
            # (not the heading before a lead naming no time: 本报讯 …发布《…白皮书》，主要观点如下：¶● …)
            # 截至2025年底，…。以下为榜单前十名：¶1. 天穹智算：运营智能算力约2.86万P: the list's lead's time and source
            after.list_lead = lead
            after.period = lead.period_carried()
            after.goes_on = True
            after.source_carried = lead.cited_source()
        elif TABLE_BELOW.search(last_sentence):
            # 记者从市政数局了解到，…情况见下表。: the table's source
            after.source_carried = self.cited_source()
        elif REPORT_GOES_ON.match(opening):
            # 《报告》显示，截至2026年6月底，…。¶《报告》显示，排名前十的城市…: the report's time goes on; 从上表可以
            # 看出，…: the table's
            after.period = before.period_carried()
            after.goes_on = True
        elif PROJECT_GOES_ON.match(opening) and (opened := before.last_period()) and before.period_opened:
            # (…一期已于去年11月建成投运。¶“一期总投资约23亿元…: an opening told with no figure, read now)
            after.period, after.period_opened = opened, True
        return after

    def period_carried(self) -> Period | None:
        """The time a sentence naming none of its own takes: its table's, else the last named."""
        return self.table_period or self.last_period()

    def last_period(self) -> Period | None:
        """The last period named by the latest sentence so far that names one."""
        while self.unread_periods:
            masked = self.unread_periods.pop()
            # (…。全年新投运一批智算中心: 全年 is the year an earlier sentence named, not one of its own)
            if (mentions := find_periods(masked, self.published, self.script)) and not all(
                masked.startswith(("全年", "届时"), m.start) for m in mentions
            ):
                self.note(mentions, masked)
        return self.period

    def note(self, mentions: list[PeriodMention], masked: str) -> None:
        """The periods a sentence names: the last carries on (not a project's 建设期限, its schedule)."""
        mentions = [
            m
            for m in mentions
            if not SCHEDULE_BEFORE.search(masked, max(0, m.start - 8), max(0, m.start))
            # (上半年…营业收入24.68亿元。其中，第二季度实现…: a part of the time, not the one that goes on)
            and not (m.start > 0 and PART_OF_THE_TIME.search(masked, max(0, m.start - 6), m.start))
            # (为“十五五”发展奠定了坚实基础。全区地区生产总值完成…: the plan laid ground for, no time of the figures)
            and not GROUND_LAID_FOR.match(masked, m.end)
            # (…合计占比达76%；2纳米则将于第四季开始贡献营收。: when something is to start, not the figures' time)
            and not (
                m.period.end > self.published
                and STARTS_THEN.match(masked, m.end)
                and WILL_AT.search(masked, max(0, m.start - 4), max(0, m.start))
            )
        ]
        # (截至2025年底…，“十四五”期间年均增速超过30%。其中…: a rate's span dates the rate, not the levels after it;
        # a flow over the span after it, 五年累计完成投资…, keeps it)
        spans = [
            m
            for m in mentions
            if m.start >= 0
            and m.period.start.year != m.period.end.year
            and timing.RATE_AFTER_SPAN.match(masked, m.end)
        ]
        if spans:
            self.rate_span = spans[-1].period
            mentions = [m for m in mentions if m not in spans]
        if not mentions:
            self.unread_periods.clear()
            return
        self.period = mentions[-1].period
        self.stock_day = next(
            (
                m.period
                for m in reversed(mentions)
                if m.period.until
                and not masked.startswith("止", m.end)  # (截至…止全年业绩: a year's results)
            ),
            self.stock_day,
        )
        # 已于今年6月完成部署: when a project opened, which the sentences after may count from (建成后)
        if mentions[-1].start >= 0:  # (a period carried keeps what it was)
            self.period_opened = bool(timing.MILESTONE_AFTER.match(masked, mentions[-1].end))
        if (opening := mentions[0]).start >= 0 and _opens_on(opening, masked):
            # 4月14日，黔云智算贵安智算中心…正式投运。…项目总投资约42亿元: the month it opened; 9月23日，记者
            # 从…获悉，…已于今年8月建成投运: the day of the news, then the month it opened
            dated = next((m for m in mentions[1:] if OPENED_THEN.match(masked, m.end)), None)
            # (记者20日从…获悉，…日前完成升级并投入运行: the day of the news, and an opening some days before)
            if dated is not None or not NEWS_DAY.search(masked, opening.end, len(masked)):
                self.period, self.period_opened = month_of((dated or opening).period.start), True
        self.unread_periods.clear()


PART_OF_THE_TIME = re.compile(rf"{timing.PART_OPENS.pattern}[，,]?\s*$")
# 分省份看，根据各地数据主管部门公布的数据，…: the breakdown says whose figures it gives, if no one by name.
CITES_ITS_OWN = re.compile(r"(?:^|[，,])(?:据|根据)[^，。；]{2,30}?(?:数据|统计|资料|显示|测算)")
# 到2027年，全省算力基础设施布局更加合理…: a plan's lead, setting the time of the items after it.
TARGET_LEAD = re.compile(r"^(?:力争|计划|预期)?(?:到|至)\s*(?:19|20)\d{2}\s*年")
SPAN_FLOW = re.compile(r"累计|期间|[两三四五]年来|[两三四五]年间|五年")
# 表1 2026年8月份四川省规模以上工业主要电子信息产品产量：: a table of one month, its 本月 columns that month.
MONTH_CAPTION = re.compile(  # (附表：2026年10月末全省主要通信用户发展情况：)
    r"^附?表\s*\d*\s*[：:]?\s*(?P<month>(?:19|20)\d{2}年\d{1,2}月)[末底]?份?[^：:。]{0,40}[：:]"
)
YEAR_TO_THIS_MONTH = re.compile(rf"1{RANGE_JOINER}$")


# “中国移动2026年至2027年新型智算中心（试验网）采购项目（标包3）”: a project's name, its years part of it.
QUOTED_NAME = re.compile(
    r"“[^”，。；,]{6,80}?(?:项目|工程|采购|招标|标包|计划)[^”，。；,]{0,12}”"
)  # (no quoted speech)


def _outside_quoted_names(masked: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    names = [match.span() for match in QUOTED_NAME.finditer(masked)]
    return [m for m in mentions if not any(start <= m.start < end for start, end in names)]


def _this_month_of(mention: PeriodMention, masked: str, month: Period) -> PeriodMention:
    """本月 in a table of one month is that month, 本月末 its end; 1-本月累计 the year's months to it."""
    if masked[mention.start : mention.end] in ("本月末", "本月底"):
        return PeriodMention(
            Period(month.end.isoformat(), month.end, month.end, True), mention.start, mention.end
        )
    if masked[mention.start : mention.end] != "本月":
        return mention
    if ahead := YEAR_TO_THIS_MONTH.search(masked, max(0, mention.start - 3), mention.start):
        return PeriodMention(months_ending(month.end, month.end.month), ahead.start(), mention.end)
    return PeriodMention(month, mention.start, mention.end)


# 表：三家IDC上市公司运营数据（截至2025年末）：: a table's caption, the time of its rows in brackets.
# 表1：…（截至2025年底）：, or a title without its label (深圳市重点区智能算力建设情况（截至2026年6月底）：): the
# rows' time, as clean writes a table after its caption
TABLE_CAPTION = re.compile(rf"^(?:表\s*\d*[：:])?[^：:。，,]{{0,60}}?{timing.AS_OF_BRACKET}[：:]")
# 表：澄岳数据2026年10月主要经营数据：…: a company's own figures, of no one place its parks are in.
COMPANY_TABLE = re.compile(
    r"^表\s*\d*[：:][^：:。]{2,40}?(?:经营数据|运营数据|经营指标|运营指标|财务数据|主要财务指标)[：:]"
)


REPORTER_ASKS = re.compile(r"^(?:【(?:记者|提问)】)?[^：:【】\s]{0,16}(?:记者|提问)[：:]$")
QUESTION = re.compile(r"请问|想问|请介绍|能否介绍|如何看待|怎么看")


@dataclass
class Answers:
    """Who answers in the paragraphs to come: a written reply's body after 答复：, a press conference's
    speaker after 何建军：, an investor platform's company after 擎云科技 董秘回复 (that paragraph only)."""

    names: sources.DocumentSources
    replying: str | None = None
    asking: bool = False
    """The paragraph is a reporter's question (【记者】经济日报记者：¶…请问…？): it states nothing."""

    def source_after(self, previous_text: str, opening: str = "") -> str | None:
        """The source of the paragraph opening with `opening`, after one ending with `previous_text`."""
        # 【记者】经济日报记者：¶…请问…？: a reporter's question (not 【解说】, the reporter's narration)
        self.asking = bool(REPORTER_ASKS.match(previous_text)) and QUESTION.search(opening) is not None
        previous_text = sources.speaker_label(previous_text) or previous_text  # 【发布人　周立衡】, 【同期】…
        if sources.REPLY_START.match(previous_text):
            self.replying = self.names.written_reply
        elif sources.REPORT_POINTS.match(previous_text):
            self.replying = self.names.report_cited_last()  # 报告核心观点 / 一是…: the report's points
        elif speaker := sources.SPEAKER_LINE.match(previous_text):
            if sources.ASKING.search(speaker["who"]):
                self.replying = None  # 人民日报记者：, 主持人：: a question, no answer
            elif speaker["body"] and (named := sources.tidy_source(speaker["body"])):
                self.replying = named  # 【同期声】芜湖市数据资源管理局局长 王立新：: the body named with them
            elif body := self.names.speaker_body(speaker["who"]):
                self.replying = body  # 何建军：, then his answers (主席：, a salutation, changes nothing)
        if (asked := sources.answers(opening)) and sources.ASKING.search(asked["who"]):
            self.replying = None  # 记者：…, 主持人：…: the reporter's own words, no one's answers
        if reply := sources.REPLY_HEADER.match(previous_text):
            return self.names.in_full(sources.tidy_source(reply["who"]))
        return self.replying


# …超过1,230万架，而这一数字在2021年底约为520万架: the same figure at a time before, no time the text goes on at.
THE_SAME_FIGURE_THEN = re.compile(r"(?:这一|该|此|这个)(?:数字|数据|数值|指标|比例|比重)(?:在|于)?$")


def _statement_before(masked: str, start: int) -> bool:
    """A statement with a figure before the one naming the sentence's first time (…总投资约36亿元，一期部署
    1500P；二期计划于2026年底前建成): it names no time of its own, so it keeps the paragraph's."""
    semicolon = masked.rfind("；", 0, start)
    if semicolon > 0 and FIGURE.search(masked, 0, semicolon) is not None:
        return True
    # …其中3纳米占23%，2纳米则将于第4季开始贡献营收: set against the figures, what is yet to come
    comma = max(masked.rfind("，", 0, start), masked.rfind(",", 0, start))
    return (
        comma > 0
        and CONTRASTED_FUTURE.search(masked, comma, start) is not None
        and FIGURE.search(masked, 0, comma) is not None
    )


CONTRASTED_FUTURE = re.compile(r"[，,][^，,。；]{0,10}?则将于$")


def _opens_on(mention: PeriodMention, sentence: str) -> bool:
    """The sentence opens with a day and tells of something opening then (4月14日，…正式投运)."""
    period = mention.period
    return (
        period.start == period.end
        and not period.until
        and LEAD_ONLY.fullmatch(sentence, 0, mention.start) is not None  # (本报讯（记者 龙 静）4月14日，…)
        and OPENED.search(sentence, mention.end) is not None
        # (据华算研究院3月18日发布的《白皮书》显示，…已投运智算中心超过520个: the day a report came out)
        and not PUBLISHED_THEN.match(sentence, mention.end)
    )


PUBLISHED_THEN = re.compile(r"(?:晚间|上午|下午|晚)?(?:发布|公布|印发|披露|出版|发表)")


def _last_period_before(
    paragraph: ParagraphMemory, reach: int = 3, *, counts_stocks: bool = False
) -> Period | None:
    """The time the paragraphs before a breakdown last named: the totals' (截至8月底，…¶“…”该负责人说，…¶分区域看，…
    goes on from the totals two paragraphs up, past a quote that names no time)."""
    for _ in range(reach):
        period = paragraph.last_period()
        if period is not None and paragraph.period_opened and paragraph.earlier is not None:
            # (平台于2024年12月上线试运行，目前…¶分枢纽看，…: when the platform opened, not the totals' time)
            paragraph = paragraph.earlier
            continue
        if period is not None or paragraph.earlier is None:
            day = paragraph.stock_day
            if (
                counts_stocks
                and period
                and day
                and period == whole_year(day.end.year)
                and day.end == period.end
            ):
                return day  # 截至2025年底，全省…。2025年，全省…。¶分地区看，…: the totals' day, not the year
            return period
        paragraph = paragraph.earlier
    return None
