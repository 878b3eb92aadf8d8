"""When a number is and how sure the text is of it: its period (the last one named before it, a
compound rate's span, a change's starting year, a multiple's base, a plan's time named after it) and its
kind (actual, forecast, target), including the clauses that return to the present (已, 目前)."""

from __future__ import annotations

import re
from bisect import insort
from datetime import date, timedelta

from . import context, respectively, sources
from .periods import (
    Period,
    PeriodMention,
    blocks_period,
    compound_span,
    estimated_years,
    is_a_quarter,
    month_of,
    months_ending,
    one_before,
    whole_year,
    year_earlier,
)
from .quantities import CURRENCY_WORD, Quantity
from .scope import BASE_GAP, COMPARED_WITH, SentenceScope, names_a_base
from .units import Unit, is_money

# 将由2024年的1,425亿元增长至…: the number a change starts from.
CHANGE_BASE = re.compile(  # (较上年同期的338.6亿元增长约43.5%: the base compared with, as it stood)
    r"(?:由|从|较(?=上年|去年|\d{4}年))[^，。；]{0,12}的(?:约|近|逾)?(?:人民币|新台币|台币|美元|港元|港币)?$"
)


def _opened_after(
    sentence: str, sentence_before: str, mentions: list[PeriodMention], published: date
) -> Period | None:
    """The month its statement says, after the number, that something opened (已于今年8月上线)."""
    statement_end = _statement_end(sentence, len(sentence_before))
    return next(
        (
            m.period
            for m in mentions
            if len(sentence_before) <= m.start < statement_end
            and m.period.end <= published
            and MILESTONE_AFTER.match(sentence, m.end)
            and not describes_a_noun(sentence, m)
        ),
        None,
    )


def _opening_column(
    sentence: str, sentence_before: str, mentions: list[PeriodMention], published: date
) -> Period | None:
    """…投资15.2亿元，投运时间2026年3月: a table row's opening month (its own, not the row's before); a
    planned one (2026年10月（计划）) leaves the money this year's."""
    statement_end = _statement_end(sentence, len(sentence_before))
    for m in mentions:
        if len(sentence_before) <= m.start < statement_end and OPENING_LABEL.search(
            sentence, max(0, m.start - 6), m.start
        ):
            return m.period if m.period.end <= published else whole_year(published.year)
    return None


# 投运时间, 建成日期: a table's column saying when each row's works opened (or are to).
OPENING_COLUMN_WORDS = r"(?:投运|投产|建成|上线|启用|投用|开通)(?:时间|日期)[：:]?"
OPENING_LABEL = re.compile(rf"{OPENING_COLUMN_WORDS}$")


# 今年的算力券已兑付: the things of a time done so far (not 去年的约9%, 今年的前8个月, nor 今年的容量按年增长:
# a number's or a span's time)
NOUN_OF_THE_TIME = re.compile(
    r"的(?![约近超逾达为是上下前第全首后末底年月季度\d一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]{1,8}?已"
)


def describes_a_noun(sentence: str, mention: PeriodMention) -> bool:
    """一批去年投运的智算中心, 今年新签约的152个项目: the time says which things, not when the sentence's
    numbers stand."""
    if mention.start < 0 or names_a_base(sentence, mention):
        return False  # (较2025年实际完成的2,949亿元: the time compared with, its figure given)
    if founded_then(sentence, mention) or NOUN_OF_THE_TIME.match(sentence, mention.end):
        return True  # (截至8月底，今年的算力券已兑付6730万元: which vouchers)
    if sentence.startswith("全年", mention.start) and BUDGET_AFTER.match(sentence, mention.end):
        return True  # 占全年预算资金的76.7%: the year's budget, the whole a share is of
    if (
        sentence.startswith("今年", mention.start)
        and RUNNING_TOTAL_AFTER.match(sentence, mention.end)
        and "截至" in sentence[: mention.start]
    ):
        return True  # 截至10月底，陕西今年已累计发放算力券4.6亿元: the year the total runs in, not when it stands
    done = DONE_THEN.match(sentence, mention.end)
    return done is not None and sentence.startswith("的", done.end())


BUDGET_AFTER = re.compile(r"(?:的)?(?:预算|目标任务)")
RUNNING_TOTAL_AFTER = re.compile(r"(?:已经?|共)?(?:累计|共计)")


def founded_then(sentence: str, mention: PeriodMention) -> bool:
    """成立于2019年的液冷新创…, 冷穹科技成立于2019年，日前完成…, 2019年成立的云岫科技: when a body began,
    never the time of a number."""
    if mention.start < 0:
        return False
    if FOUNDED_IN.search(sentence, max(0, mention.start - 4), mention.start):
        return sentence.startswith(("的", "，", ","), mention.end)
    if LAUNCHED_AFTER.match(sentence, mention.end):
        return True
    founded = FOUNDED_AFTER.match(sentence, mention.end)
    # (2025年成立的算力相关企业超过1.2万家: the year of the founding counted)
    return founded is not None and not COUNTED_CLASS_AFTER.match(sentence, founded.end())


FOUNDING = r"(?:成立|创立|创办|始建|组建|设立)"
FOUNDED_IN = re.compile(rf"{FOUNDING}(?:于|在)$")
COUNTED_CLASS_AFTER = re.compile(
    r"[^，。；]{0,16}?(?:企业|公司|机构|项目|平台|主体)[^，。；\d]{0,8}?\d[\d.,]*\s*(?:万|亿)?\s*(?:家|个|户)"
)
FOUNDED_AFTER = re.compile(context.FOUNDED_THE)  # (not 设立: 去年设立的基金, its size is of then)
DONE_THEN = re.compile(
    rf"[^，。；,;\d]{{0,4}}?(?:{context.COMPLETION_WORDS}|完成|签约|开工|落地|引进|立项|备案|核准|批复)"
)
# 政府去年推出的「人工智能资助计划」已批出资助项目114个: when a scheme began, not when its count stands.
LAUNCHED_AFTER = re.compile(
    r"(?:正式|首次)?推出的(?![\d约逾近总])"
)  # (推出的30亿港元「…计划」: its size then)


ANOTHER_STATEMENT = re.compile(r"\s*(?:另外|此外|另)(?![据有外])")


# 较上年, 比去年 (not 同期, not 末/底, which set a stock against last year's end).
AGAINST_LAST_YEAR = re.compile(r"(?:较|比)(?:上年|去年)(?!同期|同月|末|底|年底|年末)")
# A year's figures set against the one before come out in its first months; later in a year, a figure
# naming no time set against last year's is this year's so far.
YEAR_OVER_UNTIL_MONTH = 6


# 已超过去年全年: a time compared with (a figure after it, past BASE_GAP, is not of that time).
COMPARED_BEFORE = re.compile(COMPARED_WITH)


def period_for(
    sentence_before: str,
    mentions: list[PeriodMention],
    kind: str,
    published: date,
    *,
    sentence: str = "",
    default: Period | None = None,
) -> Period | None:
    """The last period named before the number in its sentence (so one period carries over the clauses
    that follow it); else, for a statement of fact with no time given, the publish year."""
    before = [m for m in mentions if m.end <= len(sentence_before) and not founded_then(sentence, m)]
    # 截至8月底，今年新签约的152个项目已开工94个: the time saying which projects is not the number's
    # (…；今年第1季新核准的资料中心用电容量合计约420MW: what it counts, in its own statement, is of that time)
    statement_start = context.statement_start(sentence_before, len(sentence_before))
    of_the_number = [m for m in before if not describes_a_noun(sentence, m)]
    if any(m.start >= statement_start for m in of_the_number):
        before = of_the_number
    if before and (
        _past_a_base(sentence_before, before[-1])
        # (已超过去年全年；综合毛利率约为21%: the time compared with is no time of a later figure)
        or (
            before[-1].start >= 0
            and len(sentence_before) - before[-1].end > BASE_GAP
            and COMPARED_BEFORE.search(sentence, max(0, before[-1].start - 3), before[-1].start)
        )
    ):
        before = before[:-1]  # 到民国119年…比重将由目前的约4%升至约11%: the base's time is not the end's
        if before and before[-1].period.start.year != before[-1].period.end.year:
            return whole_year(before[-1].period.end.year)  # (民国115年至119年年均成长约18%，…升至约11%)
    after_last = sentence_before[max(before[-1].end if before else 0, statement_start) :]
    if blocks_period(after_last) and not (
        before and before[-1].start >= 0 and not blocks_period(ANNUAL_USE.sub("", after_last))
    ):
        # 近年来 after the last period named: about no single period (but 到2030年，…每年用电需求将增至: the
        # named year's use)
        return None
    if (
        before
        and before[-1].end < statement_start
        and kind == "actual"
        and (opened := _opened_after(sentence, sentence_before, mentions, published))
    ):
        return opened  # 今年前3季…；…新增AI算力约80PFLOPS，已于今年8月上线: its own statement's month
    if before and kind == "actual" and (stands_at := _standing_again(sentence, before, statement_start)):
        return stands_at
    if (
        before
        and before[-1].start < 0
        and kind == "actual"
        and (column := _opening_column(sentence, sentence_before, mentions, published))
    ):
        return column  # (not the opening month of the row before, carried)
    if (
        before
        and statement_start > 0
        and before[-1].end < statement_start
        and kind == "actual"
        and ANOTHER_STATEMENT.match(sentence_before, statement_start)
    ):
        before = []  # …目标于2028年…；另拨款约12亿港元: another thing, done now
    named = [m for m in mentions if m.start >= 0 and m.end <= len(sentence_before)]
    if (
        named
        and kind == "actual"
        and not named[-1].period.until
        and "至今" in sentence_before[named[-1].end :]
    ):
        return whole_year(published.year)  # 政府于去年推出的计划至今已批出约11.6亿港元: a total now
    if before:
        period = before[-1].period
        if period.start == period.end and not period.until:
            if kind == "actual" and _opened_on(sentence, before[-1], len(sentence_before)):
                # 已于10月28日正式投运，新增智能算力2000P: the month it opened (as the sentences after keep it)
                return month_of(period.start)
            # 9月10日，…总投资360亿元: a day in the sentence dates the event, the number is that year's.
            return whole_year(period.start.year)
        if (
            _one_month(period)
            and not period.until
            and (  # (截至8月底 dates no event)
                EVENT_AFTER.match(sentence, before[-1].end)
                # 6月初，总投资约86亿元的中卫绿算智算中心项目开工建设: the event closes the number's clause
                or EVENT_CLOSING.match(sentence, len(sentence_before))
            )
        ):
            # 已于今年5月动工，总投资约25亿港元: so is an event's month (not 今年前8个月，新签约的项目有11个)
            return whole_year(period.start.year)
        if (
            kind == "actual"
            and period.until
            and period.end <= published
            and MILESTONE_AFTER.match(sentence, before[-1].end)
        ):
            if describes_a_noun(sentence, before[-1]) and context.NOW.search(
                sentence, before[-1].end, _statement_end(sentence, before[-1].end)
            ):
                # 该校去年底启用的人工智能超算平台目前算力约120PFLOPS: which platform, its figure now
                return whole_year(published.year)
            return month_of(
                period.end
            )  # 已于今年3月底正式投入运营，总投资约12.6亿澳门元: the month it opened
        return period
    if kind == "actual" and (as_of := _as_of_at_the_end(sentence, mentions)) is not None:
        return (
            as_of  # …智能算力总规模超过54EFLOPS（截至2024年6月）。: the day the sentence stands at, said last
        )
    if kind == "actual":
        # 项目总投资约28亿元，一期已于去年12月建成投用: a project's numbers are of when it opened.
        opened = _opened_after(sentence, sentence_before, mentions, published) or _opening_column(
            sentence, sentence_before, mentions, published
        )
        if opened or default:
            return opened or default
        near = max(statement_start, len(sentence_before) - 12)
        if (
            not mentions
            and published.month <= YEAR_OVER_UNTIL_MONTH
            and AGAINST_LAST_YEAR.search(sentence, near, _statement_end(sentence, len(sentence_before)))
        ):
            # 出货量约为52万台，较上年增长近两倍: a whole year set against the one before is a year over
            return whole_year(published.year - 1)
        return whole_year(published.year)
    # 拟部署GPU卡4096张，…，预计于2026年三季度完成部署: a plan's time, named after its number.
    statement_end = _statement_end(sentence, len(sentence_before))
    after = next((m for m in mentions if len(sentence_before) <= m.start < statement_end), None)
    if after:
        return after.period
    # 二、2026年主要预期目标…：算力总规模突破15EFLOPS: the year its section is about, if still to come.
    return default if default is not None and default.end >= published else None


ANNUAL_USE = re.compile(r"每年[^，。；]{0,6}?(?:用电|耗电|电量|需求|消耗)")


def _standing_again(sentence: str, before: list[PeriodMention], statement_start: int) -> Period | None:
    """截至6月底，…建成标准机架46.8万架，上半年新增4.2万架；算力总规模突破12万P: the half is the time of
    what was added in its own statement; the next statement's stock stands at the date again."""
    last = before[-1]
    if last.end >= statement_start or not SPAN_WITHIN_YEAR.match(last.period.label):
        return None
    if not FLOW_AFTER_SPAN.match(sentence, last.end):
        return None
    number_statement = sentence[statement_start : _statement_end(sentence, statement_start)]
    if FLOW_WORDS.search(number_statement) or FLOW_NOUNS.search(number_statement):
        return None  # (…；数据中心用电量达到18亿千瓦时, 算力投资达到85亿元: what flowed over the half)
    return next(
        (
            m.period
            for m in reversed(before[:-1])
            if m.period.until and m.period.start == m.period.end and m.period.end == last.period.end
        ),
        None,
    )


FLOW_NOUNS = re.compile(r"收入|营收|投资|用电|耗电|电量|销售|出货|产量|交易|调用")
FLOW_AFTER_SPAN = re.compile(r"[，,]?(?:累计|共|全市|全省|全区|集群)?(?:新增|新建|新签约|新投运|完成投资)")


AS_OF_BRACKET = r"[（(]\s*(?:数据)?(?:截至|截止)[^）)]{2,16}[）)]"  # （截至2024年6月底）, （数据截至…）
AS_OF_LAST = re.compile(rf"{AS_OF_BRACKET}\s*[。；]?\s*$")


def _as_of_at_the_end(sentence: str, mentions: list[PeriodMention]) -> Period | None:
    """The day a sentence naming no other time stands at, in brackets at its end (（截至2024年6月）)."""
    if "截" not in sentence or not (last := AS_OF_LAST.search(sentence)):
        return None
    if any(0 <= m.start < last.start() for m in mentions):
        return None
    return next((m.period for m in mentions if m.start >= last.start()), None)


def _past_a_base(sentence_before: str, mention: PeriodMention) -> bool:
    """The number is where a change ends, after a base that is now (由目前的约4%升至约11%, now read into the
    clause for the base). A base's named time (由去年的27%) scope.change_bases has left out already."""
    now = NOW_AS_BASE.search(sentence_before, mention.start) if mention.start == mention.end else None
    return now is not None and CHANGE_TO.search(sentence_before, now.end()) is not None


LAST_YEARS_WHOLE = re.compile(r"占(?:公司)?(?:上年|去年|上一年度?|最近一个会计年度)")


def _without_the_wholes_time(
    masked: str, mentions: list[PeriodMention], clause_start: int, number_start: int
) -> list[PeriodMention]:
    """占公司2025年度经审计营业收入的42.6%, 金额9.85亿元，占上年营收比重12.4%: the year of the whole a share is
    of is not its own."""
    if (audited := masked.rfind("经审计", clause_start, number_start)) >= 0:
        return [m for m in mentions if not clause_start <= m.start < audited]
    if whole := LAST_YEARS_WHOLE.search(masked, clause_start, number_start):
        return [m for m in mentions if not whole.start() <= m.start < whole.end()]
    return mentions


NOW_AS_BASE = re.compile(r"[由从](?:目前|现在|当前|现时)")
# (由现时约1,200兆瓦提升至…; 较现时约3,200PFLOPS大幅提升: the figure now a change or a target starts from)
NOW_THE_BASE = re.compile(r"(?:[由从较比]|相较于?|相比)(?:目前|现在|当前|现时)的?(?:约|近|逾|超过|不足)?$")
CHANGE_TO = re.compile(r"(?:升|增|提高|提升|降|下降|扩大|增长|增加|上升|跃升|攀升|减少|缩小)(?:至|到)")
CHANGE_REACHES = re.compile(CHANGE_TO.pattern + r"(?:约|近|逾|超过)?$")


def when(  # noqa: PLR0917 - the clause's views, as fact_for holds them
    scope: SentenceScope,
    quantity: Quantity,
    clause_start: int,
    kind: str,
    measure: str,
    share: respectively.Share | None,
) -> tuple[str, Period | None]:
    """The kind and period of the number: its list's period, else the span a compound rate is over, else
    the last period named before it."""
    sentence_before = scope.masked[: quantity.start]
    mentions = scope.mentions
    if item_start := scope.item_start(quantity.start):
        # 一是…2027年…；二是…: each item's own, and what the sentences before named (（一）到2027年。一是…)
        # 截至8月底，…；一期工程2400个机柜已完成设备安装: a date things stand at, before the items, is theirs too.
        mentions = [
            m
            for m in mentions
            if m.start >= item_start
            or m.start < 0
            or (
                kind == "actual"
                and m.period.until
                and m.period.end <= scope.published
                and m.end <= scope.item_starts[0]
            )
        ]
    present_end = quantity.start  # where a 目前 or 已 that makes the number now must come before
    if measure == "share":
        mentions = _without_the_wholes_time(scope.masked, mentions, clause_start, quantity.start)
    if multiple_bases := scope.multiple_bases:
        # …是“十三五”末的4.2倍；算力总规模达到9.6EFLOPS: the base's time is neither the multiple's nor later ones'.
        mentions = [m for m in mentions if all(m is not b or quantity.start < at for b, at in multiple_bases)]
    if bases := scope.change_bases:
        # 份额已由2024年的约29%升至约46%: the year a change starts from is the time of its first number only.
        mentions = [
            m for m in mentions if all(m is not b for b in bases) or quantity.start - m.end <= BASE_GAP
        ]
    if measure == "multiple" and (times_of := MULTIPLE_OF.search(scope.masked, clause_start, quantity.start)):
        # 119年…将达约320万瓩，是114年约80万瓩的4倍: the year of what it is a multiple of is not its own.
        mentions = [m for m in mentions if not times_of.start() <= m.start < quantity.start]
        present_end = times_of.start()  # 是现时的约两倍: now is what it is a multiple of
    period = (
        (share and share.period)
        or (measure == "growth_yoy" and compound_span(sentence_before, scope.mentions))
        or _parallel_base(scope, quantity, clause_start)
        or period_for(
            sentence_before,
            mentions,
            kind,
            scope.published,
            sentence=scope.masked,
            default=None if _project_money(scope, quantity, clause_start) else scope.report_year,
        )
    )
    if kind == "actual" and share and share.period and period.start.year in estimated_years(scope.masked):
        kind = "forecast"  # 份额（2024A/2025A/2026E）分别为27%/41%/52%: the estimated year's is foreseen
    if (
        period is not None
        and period.until
        and (period.end.month, period.end.day) == (12, 31)
        and (quantity.unit.canonical == "Wh" or (measure == "rank" and _ranks_energy(scope, quantity)))
        and not any(m.period is period for m in mentions if m.start >= 0)
    ):
        # 截至2025年底… ¶分区域看，内蒙古数据中心用电量约215亿千瓦时，居全国第一: energy used by a year's
        # end, carried from a sentence before, is the year's
        period = whole_year(period.end.year)
    kind, period = _when_the_works_stand(scope, quantity, clause_start, kind, period)
    if (fixed := _time_fixed_apart(scope, quantity)) is not None:
        kind, period = fixed
    if (
        kind == "actual"
        and scope.carried_opening
        and period is not None
        and period is scope.mentions[0].period
        and context.states_the_present(scope.masked[: quantity.start])
    ):
        # 已于今年6月完成部署并投入试运行。…中心总算力规模已超过2,000P: how things stand that year (the
        # project's own figures in the sentences after keep the month it opened)
        period = whole_year(period.end.year)
    compared = period and _time_compared_with(scope, quantity, clause_start, period)
    if _back_to_the_present(scope, clause_start, present_end, kind, compared):
        # 预计明年增至3,000P，使用率已超过九成: the 已 clause says how things stand now, and so do the
        # clauses after it that name no time and forecast nothing (…，稳居全球第一); but 已由去年的约35%降至…
        # starts from last year.
        kind, now = "actual", whole_year(scope.published.year)
        period = compared if compared is not period else now
        insort(scope.mentions, PeriodMention(now, clause_start, clause_start), key=lambda m: m.start)
        scope.present_from = clause_start
    else:
        period = compared
    if (
        kind == "forecast"
        and scope.present_from is not None
        and clause_start >= scope.present_from
        and not context.FORECAST.search(scope.masked, clause_start, quantity.start)
    ):
        kind = "actual"
    if (
        kind == "actual"
        and period is not None
        and (period.start > scope.published or _over_years_to_come(scope, period, measure, quantity.unit))
        and not _money_set_aside(scope, quantity)
    ):
        kind = "forecast"
    elif (
        kind == "forecast"
        and period is not None
        and period.end < scope.published
        and (
            CHANGE_BASE.search(scope.masked, clause_start, quantity.start)
            or not (
                context.FORECAST_WORD.search(
                    scope.masked, _list_start(scope.masked, clause_start), quantity.start
                )
                or _estimates_a_past_period(scope, quantity.start)
                or _share_of_a_forecast(scope, measure)
                or (
                    FORECAST_OPENS.match(
                        scope.masked, context.statement_start(scope.masked, clause_start), clause_start
                    )
                    # (…将超过300EFLOPS，较2025年的约180EFLOPS增长逾六成: the base, as it stands)
                    and not BASE_COMPARED.search(scope.masked, clause_start, quantity.start)
                )
            )
        )
    ):
        kind = "actual"  # 预测…将由2024年的1,425亿元增长至…: the past a forecast starts from
    if kind == "forecast" and scope.policy_document and not _someone_forecasts(scope, quantity.start):
        kind = "target"  # 到2027年，全省算力规模超过80EFLOPS, in an action plan: no one forecast it
    elif (kind in ("actual", "forecast") and _change_of_a_target(scope, quantity, clause_start, measure)) or (
        kind == "actual"
        and (
            _share_of_a_target(scope, quantity, clause_start, measure)
            or (
                scope.plans_item
                and not is_money(quantity.unit)
                and period is not None
                and period.end > scope.published
                and not context.states_the_present(scope.masked[: quantity.start])
                and not SUBSIDY_TERMS.search(scope.masked)
            )
        )
    ):
        # 三、2026年重点工作 / …二是推动绿电直供，数据中心绿电使用比例提高到80%以上; 计划下半年新增交付机柜约1.5万个，
        # 其中高功率智算机柜占比约六成: the plan's part
        kind = "target"
    if is_money(quantity.unit) and (reserved := _reserved_now(scope, quantity)) is not None:
        return "actual", reserved  # …；政府亦建议预留50亿港元成立「人工智能算力基金」: money set aside now
    if (
        period is None
        or (period.end > scope.published and not any(0 <= m.start < quantity.start for m in scope.mentions))
    ) and THIS_YEARS_PLAN.search(scope.masked, 0, quantity.start):
        # 年度计划投资4.29亿元: this year's plan (not the time a row before named, 计划2027年6月底前投用)
        return kind, whole_year(scope.published.year)
    if (
        period is not None
        and period.end > scope.published
        and _stated_now(scope, quantity, clause_start, kind)
    ):
        return "actual", whole_year(scope.published.year)
    period = _flow_so_far(scope, quantity, measure, _flow_by_the_years_end(scope, quantity, measure, period))
    return kind, _past_a_rates_span(
        scope,
        measure,
        _stock_at_the_end(
            scope,
            quantity,
            clause_start,
            measure,
            _growth_of_the_stock_before(
                scope, quantity, clause_start, measure, _stock_after_a_flow(scope, quantity, measure, period)
            ),
        ),
    )


def _time_fixed_apart(scope: SentenceScope, quantity: Quantity) -> tuple[str, Period] | None:
    """A figure whose time the words around it fix, whatever the sentence says: a change's start named
    as now (…总电力容量由现时约1,200兆瓦提升至…), or what stands at the end of a building period
    (新建标准机架12000架…；建设期限：2026—2028年)."""
    if quantity.unit.canonical != "multiple" and NOW_THE_BASE.search(
        scope.masked, max(0, quantity.start - 8), quantity.start
    ):
        return "actual", whole_year(scope.published.year)  # (较现时翻一番: the change, not the base)
    if (built_by := _built_by(scope, quantity)) is not None:
        return "target", built_by
    return None


def _stated_now(scope: SentenceScope, quantity: Quantity, clause_start: int, kind: str) -> bool:
    """A figure stated now though a time to come was named before it: what the works are designed to
    (…计划于2028年底前建成。项目设计PUE不高于1.18; …预计明年二季度投产，设计PUE不高于1.2) and the money the
    project commits (…预计明年二季度投产。整个园区总投资约85亿元)."""
    # (a completion's time after the number, 拟投资…，项目计划于2027年底前建成, is none of its own, nor is
    # the 届时 that points back to it)
    mentions = [
        m
        for m in scope.mentions
        if not (
            m.start > quantity.end
            and (
                COMPLETED_BY.search(scope.masked, m.end, m.end + 8)
                or scope.masked.startswith("届时", m.start)
            )
        )
    ]
    own_time = any(m.start >= 0 for m in mentions)
    if DESIGNED.search(scope.masked, clause_start, quantity.start):
        # (not 到2027年，新建智算中心设计PUE降至1.25以下: a target's time, not a completion's)
        return not any(m.start >= clause_start for m in mentions) and (
            not own_time or COMPLETED_BY.search(scope.masked, 0, clause_start) is not None
        )
    return (
        kind != "actual"
        and is_money(quantity.unit)
        # (…二期24MW预计2027年第1季上线，总投资约新台币95亿元: the completion's time, not the money's; but
        # 到2030年总投资达200亿元, 届时总投资: the money's own time)
        and (not own_time or COMPLETED_BY.search(scope.masked, 0, clause_start) is not None)
        and not any(clause_start <= m.start < quantity.start for m in mentions)
        and not OWN_TIME_WORDS.search(scope.masked, clause_start, quantity.start)
        and COMMITTED_TOTAL.search(scope.masked, clause_start, quantity.start) is not None
    )


# 增加值, 营业收入, 用电量: what a year adds up, not what stands on a day.
FLOW_OF_A_YEAR = re.compile(r"增加值|营业收入|营收|产值|用电量|耗电量|销售额|出货量")


def _flow_by_the_years_end(
    scope: SentenceScope, quantity: Quantity, measure: str, period: Period | None
) -> Period | None:
    """2025年底，数字经济增加值预计将突破49万亿元: a year's flow counted by its end is the year's."""
    if (
        period is None
        or not period.until
        or (period.end.month, period.end.day) != (12, 31)
        or measure not in ("level", "growth_yoy")
    ):
        return period
    words = scope.masked[context.statement_start(scope.masked, quantity.start) : quantity.start]
    if "累计" in words:
        return period  # 截至2024年底，累计出货量超过100万台: since it began, not the year's
    return whole_year(period.end.year) if FLOW_OF_A_YEAR.search(words) else period


# 移动互联网累计流量62.7亿GB (8月末): the year's flow so far, not a stock.
FLOW_SO_FAR = re.compile(
    r"累计(?:完成)?[^，。；\d]{0,8}?(?:流量|业务收入|业务量)"
)  # (not 累计出货量: since it began)


def _flow_so_far(
    scope: SentenceScope, quantity: Quantity, measure: str, period: Period | None
) -> Period | None:
    """A flow counted so far at a month's end (8月末…移动互联网累计流量62.7亿GB) is the year's months to it."""
    if (
        period is None
        or not period.until
        or period.end.month == 12
        or (period.end + timedelta(days=1)).day != 1  # (截至8月20日: no month's end)
        or measure not in ("level", "growth_yoy")
    ):
        return period
    if not FLOW_SO_FAR.search(
        scope.masked, context.statement_start(scope.masked, quantity.start), quantity.start
    ):
        return period
    return months_ending(period.end, period.end.month)


PART_OPENS = re.compile(r"\s*(?:其中|当中|这当中|这其中)")
DESIGNED = re.compile(r"设计(?:PUE|pue|能效|电能利用效率)")
# …预计明年二季度投产，设计PUE不高于1.2: the time named is when the works are done (not 到2027年, a target's).
COMPLETED_BY = re.compile(f"{context.COMPLETION_WORDS}|落成")  # (落成: Hong Kong and Taiwan)
OWN_TIME_WORDS = re.compile(r"届时|时总投资|后总投资")
COMMITTED_TOTAL = re.compile(
    rf"(?:总投资(?:额|规模)?|(?:拟|计划)投资)(?:约为?|超过|不超过|逾|近|达|为|高达)?{CURRENCY_WORD}?\s*$"
)  # (公司拟投资不超过12亿元…，项目计划于2027年底前建成: the money committed now)


def _reserved_now(scope: SentenceScope, quantity: Quantity) -> Period | None:
    """Money set aside in a statement of its own that names no time (…；政府亦建议预留50亿港元; a sentence
    whose time was only carried from the one before, 自2022年底成立…。政府预留10亿元成立…): this year's."""
    statement = context.statement_start(scope.masked, quantity.start)
    if not RESERVED.search(scope.masked, statement, quantity.start):
        return None
    if any(statement <= m.start < quantity.start for m in scope.mentions):
        return None
    if not statement and any(m.start >= 0 for m in scope.mentions):
        return None
    return whole_year(scope.published.year)


RESERVED = re.compile(r"(?:预留|拨出|拨款|注资)(?:约|不少于|超过|逾)?$")


def _past_a_rates_span(scope: SentenceScope, measure: str, period: Period | None) -> Period | None:
    """民国115年至120年年均成长约24%，占…比重将升至约8%: a level after a rate's span is of its last year."""
    if measure not in ("level", "share") or period is None or period.start.year == period.end.year:
        return period
    if any(
        m.period is period and RATE_AFTER_SPAN.match(scope.masked, m.end)
        for m in scope.mentions
        if m.start >= 0
    ):
        return whole_year(period.end.year)
    return period


# 2021至2025年年均增长, “十四五”期间年平均增速: a span a rate is over (read here and by the paragraph's memory).
RATE_AFTER_SPAN = re.compile(
    r"[^，。；\d]{0,4}?(?:年均|年平均|复合|年复合)"
    # (“十四五”期间，全国数据中心用电量年均增速: the rate's subject between)
    r"|[^，。；\d]{0,4}?[，,][^，。；\d]{0,16}?(?:年均|年平均|年复合)(?:增速|增长|增幅)"
)


def _stock_at_the_end(
    scope: SentenceScope, quantity: Quantity, clause_start: int, measure: str, period: Period | None
) -> Period | None:
    """今年1至2月，…移动电话用户总数达17.46亿户，比上年末净增240.9万户: what is counted at the span's end."""
    # (7-9月 and 1-12月 are labelled 2025-Q3 and 2025: bulletins' months all the same)
    if period is None or period.until or not (period.in_months or SPAN_WITHIN_YEAR.match(period.label)):
        return period
    if quantity.unit.canonical not in ("count", "rack", "percent", "percentage_point"):
        return period
    words = scope.masked[clause_start : quantity.start]
    statement_start = context.statement_start(scope.masked, quantity.start)
    statement = scope.masked[statement_start : quantity.start]
    if not STOCK_WORDS.search(statement) or FLOW_WORDS.search(statement):
        return period  # (新增标准机架分别为21.3万架、18.6万架: flows, the list's items too)
    if not (period.in_months or MONTHS_ONLY.match(period.label)) and not _counted_in_the_clause(
        scope.masked, statement_start, clause_start, words
    ):
        # 上半年，…企业达到1260家，较去年底增加142家: a half's or quarters' stock only where its own clause
        # counts one (not 营业收入…同比增长近三成 after 在用机柜超过20万个 in the same sentence)
        return period
    if measure == "growth_yoy" and any(
        statement_start <= q.start and q.end <= quantity.start and q.unit.canonical in ("count", "rack")
        for q in scope.quantities
    ):
        # 5G移动电话用户1-10月5412.6万户，同比增长11.3%: the stock's growth over a year, at the span's end
        return Period(period.end.isoformat(), period.end, period.end, True)
    if measure not in ("level", "share") and not context.SINCE_YEAR_END.search(words):
        return period  # (…占比较上年末提高2.2个百分点: the change since the year's end, to the span's)
    if quantity.unit.canonical == "percent" and measure != "share":
        return period
    return Period(period.end.isoformat(), period.end, period.end, True)


MONTHS_ONLY = re.compile(r"^\d{4}-\d{2}/\d{4}-\d{2}$")
STOCK_OF_MONEY = re.compile(r"在手订单|订单储备|未完成订单|未交付订单|余额")
STOCK_UNITS = frozenset({"count", "rack", "FLOPS", "W", "byte", "percent"})


def _stock_after_a_flow(
    scope: SentenceScope, quantity: Quantity, measure: str, period: Period | None
) -> Period | None:
    """截至6月底，…机架达到27.8万架，上半年新增3.1万架；服务器装机能力约165万台 (截至2025年底…，全年新增…；…):
    a level in a statement after the one a flow's span dated keeps the day the sentence counts its stock at."""
    if (
        period is None
        or period.until
        or measure not in ("level", "share")
        # (…；数据中心用电量达到18亿千瓦时: the half's use; but …；公司在手订单约74亿元: a stock of money)
        or not (
            quantity.unit.canonical in STOCK_UNITS
            or STOCK_OF_MONEY.search(scope.masked, max(0, quantity.start - 12), quantity.start)
        )
        # (截至今年3月底，…其中一季度新增3800个；千兆宽带用户达到786.3万户: a quarter's flow too)
        or not (
            SPAN_WITHIN_YEAR.match(period.label)
            or is_a_quarter(period)
            or period == whole_year(period.start.year)
        )
    ):
        return period
    statement_start = context.statement_start(scope.masked, quantity.start)
    named = [m for m in scope.mentions if 0 <= m.start < quantity.start]
    if (
        not named
        or named[-1].start >= statement_start
        or named[-1].period != period
        # (今年以来新增交付: the year so far)
        or not FLOW_WORDS.match(
            scope.masked, named[-1].end + scope.masked.startswith("以来", named[-1].end) * 2
        )
        or FLOW_WORDS.search(scope.masked, statement_start, quantity.start)
    ):
        return period
    # (截至8月末，…，其中今年以来新增交付约6500P；公司在手订单约74亿元: the year so far, to that day)
    so_far = period == whole_year(period.start.year)
    stock = next(
        (
            m
            for m in reversed(named[:-1])
            if m.period.until
            and (m.period.end == period.end or (so_far and m.period.end.year == period.end.year))
        ),
        None,
    )
    return stock.period if stock else period


def _growth_of_the_stock_before(
    scope: SentenceScope, quantity: Quantity, clause_start: int, measure: str, period: Period | None
) -> Period | None:
    """…；千兆宽带用户达到1,168万户，同比增长22.5%: the change of the stock just counted is of its day (not the
    year a flow before it named: 全年新增4.6万个)."""
    last = scope.state.last_listed
    if (
        measure != "growth_yoy"
        or period is None
        or period.until
        or last is None
        or last.measure != "level"
        or last.period is None
        or not last.period.until
        or last.period.end.year != period.end.year
        or not CHANGE_ALONE.fullmatch(scope.masked, clause_start, quantity.start)
    ):
        return period
    return last.period


# 同比增长, 较上年增加, 较2025年实际完成额下降约: a change with no words of its own, of the number just before.
CHANGE_ALONE = re.compile(
    r"\s*(?:同比|环比|按年|年|较[^，。；]{0,12}?|比[^，。；]{0,10}?)?"
    r"(?:增长|增加|提高|降低|下降|减少|上升|回落|增|减)(?:了)?(?:约|近|超过|逾)?\s*"
)


def _counted_in_the_clause(masked: str, statement_start: int, clause_start: int, words: str) -> bool:
    """The clause counts a stock (企业达到1260家), or changes the one the clause before counted (，较去年底
    增加142家)."""
    if STOCK_WORDS.search(words):
        return True
    if not context.SINCE_YEAR_END.match(words):
        return False
    last_clause = re.split(r"[，,]", masked[statement_start:clause_start].rstrip("，,"))[-1]
    return STOCK_WORDS.search(last_clause) is not None


SPAN_WITHIN_YEAR = re.compile(r"^\d{4}-(?:\d{2}/\d{4}-\d{2}|H[12]|Q[1-4]/Q[1-4])$")
STOCK_WORDS = re.compile(
    r"总数|用户|端口|保有量|在用|存量|基站|机架|企业数量|企业(?:总数)?(?:达到|达|超过|突破)|挂牌"
)
FLOW_WORDS = re.compile(
    r"新增|新建|新发展|引进|新(?:注册|设立|登记|成立|落户|挂牌)|交易额|成交额|销售额|产量|出货|销量|签约|惠及|服务(?!业|器)|完成|处理|调度|进口|出口|办理|受理"
)


# 发布2025年度业绩预告，预计全年…: an estimate of a period gone by, before its results are out.
PAST_ESTIMATE = re.compile(
    r"业绩预告|业绩快报|初步核算|据此(?:测算|推算|估算)|预计[^，。；]{0,6}(?:全年|上半年|前三季度|(?:19|20)\d{2}年(?:度|全年)?实现)"
)  # (公司预计2025年实现归母净利润6.8亿元至7.6亿元，同比增长85%至107%；扣非净利润…: each the estimate)


# 按合同金额的30%给予补贴: a policy's terms, in force as it is stated
SUBSIDY_TERMS = re.compile(r"补贴|补助|奖励|资助|算力券")


def _list_start(masked: str, clause_start: int) -> int:
    """预计全县地区生产总值完成138.6亿元、增长6.2%: where the clauses a 、 joins begin."""
    while clause_start > 0 and masked[clause_start - 1] == "、":
        clause_start = max(masked.rfind(mark, 0, clause_start - 1) for mark in "，,；：、") + 1
    return clause_start


def _share_of_a_forecast(scope: SentenceScope, measure: str) -> bool:
    """2025年数字经济增加值有望达到49万亿元，占GDP的比重约35%: the share of a level just estimated."""
    last = scope.state.last_listed
    return measure == "share" and last is not None and last.kind == "forecast" and last.measure == "level"


def _change_of_a_target(scope: SentenceScope, quantity: Quantity, clause_start: int, measure: str) -> bool:
    """资本支出将上修至约新台币260亿元，年增约7成: the planned sum's change."""
    last = scope.state.last_listed
    return (
        measure == "growth_yoy"
        and last is not None
        and (last.kind, last.measure) == ("target", "level")
        and CHANGE_ALONE.fullmatch(scope.masked, clause_start, quantity.start) is not None
    )


SHARE_MOVED_FROM = re.compile(r"(?:由|从)[^，。；]{0,12}$")


def _share_of_a_target(scope: SentenceScope, quantity: Quantity, clause_start: int, measure: str) -> bool:
    """计划下半年新增交付机柜约1.5万个，其中高功率智算机柜占比约六成: the plan's part; 算力投资计划约420亿元，
    占资本开支的比重约为30%，较2025年提升约5个百分点: the planned sum's share, and that share's change."""
    last = scope.state.last_listed
    clause_before = scope.masked[clause_start : quantity.start]
    if (
        last is None
        or last.kind != "target"
        or context.states_the_present(clause_before)
        # (占…的比重由2024年的约20%提升至25%左右: the base, as it was)
        or SHARE_MOVED_FROM.search(clause_before)
    ):
        return False
    if quantity.unit.canonical == "percentage_point":
        return last.measure == "share"
    # (…计划合计约890亿元，同比增长约18%，占资本开支的比重升至32.8%: the planned sum's, after its growth)
    return measure == "share" and (
        (last.measure == "level" and scope.masked.startswith("其中", clause_start))
        or (last.measure in ("level", "growth_yoy") and scope.masked.startswith("占", clause_start))
    )


# 报告预计，2025年全球…出货量约为2,350万只: the statement a forecaster's verb opens is its estimate.
BASE_COMPARED = re.compile(r"(?:较|比|相比|高于|低于)[^，。；]{0,12}的(?:约|近|逾|超过)?$")
FORECAST_OPENS = re.compile(r"[^，。；]{0,24}?(?<!及)(?:预计|预测)[，,：:]")


def _estimates_a_past_period(scope: SentenceScope, start: int) -> bool:
    return PAST_ESTIMATE.search(scope.masked, 0, start) is not None


# 同日公告…项目计划总投资约18亿元, in a results story: money a project commits, not the report's span.
PROJECT_MONEY = re.compile(r"总投资|计划投资|投资建设|项目投资")


def _project_money(scope: SentenceScope, quantity: Quantity, clause_start: int) -> bool:
    return (
        is_money(quantity.unit)
        and PROJECT_MONEY.search(scope.masked, clause_start, quantity.start) is not None
    )


# 计画期程为民国115年至118年，总经费约新台币480亿元: a programme's budget, decided now for years to come.
SET_ASIDE = re.compile(r"经费|预算|编列|拨款")


def _money_set_aside(scope: SentenceScope, quantity: Quantity) -> bool:
    """A budget, or its change next to it (预算编列新台币68.4亿元，较今年度增加约31%)."""
    statement = context.statement_start(scope.masked, quantity.start)
    budget_or_change = is_money(quantity.unit) or quantity.unit.canonical in ("percent", "multiple")
    return budget_or_change and SET_ASIDE.search(scope.masked, statement, quantity.start) is not None


def _someone_forecasts(scope: SentenceScope, start: int) -> bool:
    """预计, 有望 or someone speaking (表示, 指出) before the number: a forecast even in a plan."""
    return scope.cues.forecast_end <= start or any(
        not REPORT_SAYS.search(scope.masked, max(0, said.start() - 6), said.start())
        for said in sources.SPEAKING.finditer(scope.masked, 0, start)
    )


# 总投资26.63亿，年度计划投资4.29亿元: this year's plan, its year unnamed.
THIS_YEARS_PLAN = re.compile(r"年度计划投资(?:约|为|达)?$")
REPORT_SAYS = re.compile(r"(?:报告|》)(?:还|也|中|同时|进一步)?$")  # 报告指出，贵州将…: the plan itself


def _back_to_the_present(
    scope: SentenceScope, clause_start: int, start: int, kind: str, period: Period | None
) -> bool:
    """A clause saying 已 or 目前 and naming no period of its own: after the sentence looked ahead; or,
    saying 目前 (or 已 after a semicolon), after the sentence named a span or a year gone by
    (今年1-11月，产业规模…；全市已建成智算中心14个)."""
    clause = scope.masked[clause_start:start]
    if NOW_AS_BASE.search(clause) and CHANGE_TO.search(clause):
        return False  # 比重将由目前的约4%升至约11%: now is where the change starts, not where it ends
    if not context.states_the_present(clause) or _names_its_time(scope, clause_start, start):
        # ；目前，集团…亦已全面投产，可提供智能算力约1,500P: a clause after 目前 in its statement.
        if scope.cues.now_end > clause_start:
            return False  # no 目前 before this clause
        statement = context.statement_start(scope.masked, start)
        if not (
            statement < clause_start
            and context.NOW.search(scope.masked, statement, clause_start)
            and not any(statement <= m.start < start for m in scope.mentions)
        ):
            return False
        clause_start = statement
    if kind == "forecast" or (period is not None and period.start > scope.published):
        return True
    if period is None or period == whole_year(scope.published.year):
        return False
    # 目前 in this clause, or anywhere before it when the period came from an earlier sentence.
    now_said = (
        context.NOW.search(scope.masked, 0 if scope.period_carried else clause_start, start) is not None
    )
    last_named = max((m.end for m in scope.mentions if m.end <= clause_start), default=0)
    # (…；当中已获确认供电安排的申请有29宗: a part of what was just counted, at its time)
    said_apart = "；" in scope.masked[last_named:clause_start] and not PART_OPENS.match(
        scope.masked, context.statement_start(scope.masked, clause_start)
    )
    if period.until:
        # 截至9月底…已: as of that day, unless said apart (截至2025年末，…；公司目前在手订单超过60亿元), or the day
        # was when something was done (已于去年底完成，目前出租率接近100%)
        done_then = any(
            m.period is period and m.start >= 0 and DONE_THEN.match(scope.masked, m.end)
            for m in scope.mentions
        )
        return now_said and (scope.period_carried or said_apart or done_then)
    # (2025年，全市共签约…；已开工算力项目26个, in a year's review: still that year's)
    return now_said or (said_apart and period != whole_year(period.start.year))


def _ranks_energy(scope: SentenceScope, quantity: Quantity) -> bool:
    """…用电量约215亿千瓦时，居全国第一: a rank by the energy just stated."""
    earlier = [q for q in scope.quantities if q.end <= quantity.start]
    return bool(earlier) and earlier[-1].unit.canonical == "Wh"


def _opened_on(sentence: str, day: PeriodMention, number_at: int) -> bool:
    """The day is when the works the number is of opened: right before the words (已于10月28日正式投运), or
    opening the sentence that tells of the opening by the number's clause (6月18日，总投资约52亿元的…项目正式投运，
    新增智能算力6000P)."""
    if day.start < 0:
        return False  # (a time carried from a sentence before)
    if MILESTONE_AFTER.match(sentence, day.end):
        return True
    clause_end = CLAUSE_MARK.search(sentence, number_at)
    return (
        day.start <= LEAD_CHARS
        and "，" not in sentence[: day.start]
        and sentence.startswith(("，", ","), day.end)  # (not 今日（二月十二日）出席…时表示，…由…十二月启用时)
        and COMPLETED_BY.search(sentence, day.end, clause_end.start() if clause_end else len(sentence))
        is not None
    )


def _one_month(period: Period) -> bool:
    return (period.start.year, period.start.month) == (period.end.year, period.end.month)


# (9月下旬，算力服务商云澜数科宣布，将…投资约32亿令吉: the month dates the announcement; 上月发表的《施政报告》…预留
# 30亿港元: the address, not the money)
EVENT_AFTER = re.compile(
    r"[^，。；]{0,3}?(?:动工|开工|签约|奠基|启动建设|开建|宣布|启动|发表的?《|截止(?![到至])|截标|[，,][^，。；]{1,16}?(?:宣布|签约|签署))"
)
CLAUSE_MARK = re.compile(r"[，,。；]")
LEAD_CHARS = 24
EVENT_CLOSING = re.compile(r"[^，。；]{0,30}?(?:开工建设|开工|动工|签约|奠基|开建)(?=[，。；]|$)")
MILESTONE_AFTER = re.compile(
    rf"[^，。；]{{0,4}}?(?:{context.COMPLETION_WORDS})"
    r"(?!的?(?:机柜|机架|算力|容量|规模|服务器|IT负载|数据中心))"  # (2025年末已投运机柜18,600个: which racks)
)
BASE_BEFORE = re.compile(r"(?:由|从)(?:约|近|逾|超过)?$")


def _parallel_base(scope: SentenceScope, quantity: Quantity, clause_start: int) -> Period | None:
    """用电量由2023年的约36亿度增至去年的约47亿度，占比由约8%升至约10%: a change that names no year
    starts where the change before it did."""
    if not scope.change_bases or not BASE_BEFORE.search(scope.masked, clause_start, quantity.start):
        return None
    if any(clause_start <= m.start < quantity.start for m in scope.mentions):
        return None
    earlier = [m for m in scope.change_bases if m.end <= clause_start]
    return earlier[-1].period if earlier else None


def _statement_end(sentence: str, position: int) -> int:
    end = sentence.find("；", position)
    return len(sentence) if end < 0 else end


# 由上年同期的22.4%, 较去年同期的38%: the same period a year before (but 较上年同期翻了一番 is a change).
SAME_PERIOD_BEFORE = re.compile(
    r"(?:(?:由|从)(?:上年|去年)(?:同期)?的?|(?:较|比|高于|低于|快于|慢于|不及)(?:上年|去年)(?:同期)?的|(?:上年|去年)同期[^，。；\d]{0,6}?(?:为|是|亏损|盈利)[^，。；\d]{0,4})"
    rf"(?:约|近|接近|超过|逾|不足)?{CURRENCY_WORD}?$|(?:19|20)\d{{2}}年同期[：:]?\s*$"
)  # (上年同期为盈利1.26亿元, 去年同期这一比例为31.2%, （2025年同期：77.9%）, 较上年的人民币12.3亿元大幅收窄)
SAME_PERIOD_OPENS = re.compile(r"(?:^|[，,：:])(?:上年|去年)同期[，,]")
PERIOD_BEFORE_COMPARED = re.compile(
    r"(?:较|比|由|从|高于|低于|快于|慢于|不及)(?:上一?个?季度?|上一?个?月)(?:末|底)?的(?:约|近|接近|超过|逾|不足)?$"
)
CHANGED_TO_TIME = re.compile(r"[^，。；\d]{0,3}(?:升|降|增|提高|提升|回落|下降|扩大|缩小|跌)(?:至|到)?$")


def _time_compared_with(
    scope: SentenceScope, quantity: Quantity, clause_start: int, period: Period
) -> Period:
    """The time a figure compared with is of: the same period a year before, the year before, or the
    quarter or month before the one the sentence names."""
    if (
        ("同期" in scope.masked or "年的" in scope.masked)
        and (
            before := SAME_PERIOD_BEFORE.search(
                scope.masked, max(0, min(clause_start, quantity.start - 12)), quantity.start
            )
        )
        and not any(before.start() <= m.start < before.end() for m in scope.mentions)
    ):
        # 出租率已由去年同期的约91%降至三季度的约78%: a year before the time the change went to
        period = _changed_to_time(scope, quantity) or period
        # 比重由上年同期的22.4%提升至41.5%; 占比由去年的近五成降至…: the same period, or the whole year, before
        return year_earlier(period) if "同期" in before.group(0) else whole_year(period.start.year - 1)
    if "同期" in scope.masked and SAME_PERIOD_OPENS.search(
        scope.masked, context.statement_start(scope.masked, clause_start), quantity.start
    ):
        return year_earlier(period)  # 上年同期，公司…净利润为8.43亿元: the same period a year before
    if "上" in scope.masked and PERIOD_BEFORE_COMPARED.search(
        scope.masked, max(0, quantity.start - 14), quantity.start
    ):
        # 三季度…同比增长41%，增速较上一季度的34%进一步加快: the quarter (or month) before the one named
        return one_before(period) or period
    return period


def _changed_to_time(scope: SentenceScope, quantity: Quantity) -> Period | None:
    return next(
        (
            m.period
            for m in scope.mentions
            if quantity.end <= m.start and CHANGED_TO_TIME.fullmatch(scope.masked, quantity.end, m.start)
        ),
        None,
    )


MULTIPLE_OF = re.compile(r"(?:是|为|相当于)[^，。；]{1,20}?的(?=[^，。；]{0,6}$)")


def _over_years_to_come(scope: SentenceScope, period: Period, measure: str, unit: Unit) -> bool:
    """115年至119年全国用电量年均成长约2.8%, 115年至119年资料中心新增负载约265万瓩(，其中约七成…): a rate, a flow
    or its part over a span of years mostly to come is a projection (a budget over them, 计划期程为115年至118年，
    总经费262亿元, and its part, 其中约四成用于…, is money set aside now)."""
    projected = (
        measure in ("growth_yoy", "growth_pop")
        or (measure == "level" and not is_money(unit))
        or _share_of_a_forecast(scope, measure)
    )
    return projected and period.start.year <= scope.published.year < period.end.year


PLANNED_LATER = re.compile(
    r"(?:[^。；]{0,40}?[，,])(?P<word>预计|计划|拟)于?[^，。；]{0,14}?(?:建成|投产|投用|投运|投入运营|投入使用|投入服务|竣工|交付|启用|激活|上线|完成)"
)  # (激活: OpenCC's mainland word for Taiwan's 啟用)


OPENED_COLUMN = re.compile(rf"[^。；]{{0,40}}?[，,]{OPENING_COLUMN_WORDS}(?P<time>[^，。；]{{2,16}})")


def _planned_later(scope: SentenceScope, quantity: Quantity) -> tuple[str, Period] | None:
    """A building's size or capacity in a statement that ends saying when it opens, naming no time before
    it: of that time, expected or planned (the money it commits is stated now)."""
    reaches = CHANGE_REACHES.search(scope.masked, max(0, quantity.start - 8), quantity.start)
    # 由现时约600张增至约1,500张，预计今年底完成: what a change from now reaches, when it is done (whatever
    # time the statement named before: 港大今年斥资约3.8亿港元扩建…)
    from_now = reaches is not None and NOW_AS_BASE.search(
        scope.masked, max(0, reaches.start() - 16), reaches.start()
    )
    if is_money(quantity.unit) or not (
        quantity.unit.canonical in PLANNED_UNITS or from_now or _counts_racks(scope.masked, quantity)
    ):
        return None
    statement_start = context.statement_start(scope.masked, quantity.start)
    if not from_now and any(
        statement_start <= m.start < quantity.start for m in scope.mentions if m.start >= 0
    ):
        return None
    if (opened := OPENED_COLUMN.match(scope.masked, quantity.end)) is not None:
        # 算力规模1300P，总投资16.8亿元，投运时间2025年7月 (a table's row): when it opened, or is to
        named = next(
            (m.period for m in scope.mentions if opened.start("time") <= m.start < opened.end()), None
        )
        if named is None:
            return None
        planned = named.end > scope.published or "计划" in opened.group(0)
        return ("target" if planned else "actual"), named
    plan = PLANNED_LATER.match(scope.masked, quantity.end)
    if plan is None:
        return None
    named = next((m.period for m in scope.mentions if quantity.end <= m.start < plan.end()), None)
    if named is None:
        return None
    return ("target" if plan["word"] in ("计划", "拟") else "forecast"), named


PLANNED_UNITS = {"W", "m2", "rack", "FLOPS", "byte"}
RACKS_AFTER = re.compile(r"[^，。；]{0,2}(?:机柜|机架)")
RACKS_BEFORE = re.compile(r"(?:机柜|机架)[^，。；\d]{0,4}$")
BUILD_PERIOD_AFTER = re.compile(
    r"[^。]{0,80}?[；;，,]\s*建设(?:起止)?(?:期限|周期|工期|年限)(?:均)?(?:为|：|:)?\s*"
)
# 建设起止年限2025—2027 (a key-projects list's column): the years written bare.
BARE_YEARS = re.compile(r"(?:19|20)\d{2}\s*[-—–~～至到]\s*(?P<last>(?:19|20)\d{2})(?!\d)")


def _counts_racks(masked: str, quantity: Quantity) -> bool:
    """机架3200个, 3200个机柜: racks counted with 个, sized and planned like racks."""
    return quantity.unit.canonical == "count" and (
        RACKS_AFTER.match(masked, quantity.end) is not None
        or RACKS_BEFORE.search(masked, max(0, quantity.start - 12), quantity.start) is not None
    )


def _built_by(scope: SentenceScope, quantity: Quantity) -> Period | None:
    """A project's capacity in a statement whose 建设期限 is a span of years: the last of them."""
    if quantity.unit.canonical not in PLANNED_UNITS and not _counts_racks(scope.masked, quantity):
        return None
    if "建设" not in scope.masked or (after := BUILD_PERIOD_AFTER.match(scope.masked, quantity.end)) is None:
        return None
    span = next((m.period for m in scope.mentions if m.start == after.end()), None)
    if span is None and (bare := BARE_YEARS.match(scope.masked, after.end())):
        return whole_year(int(bare["last"]))
    if span is None or span.start.year == span.end.year:
        return None
    return whole_year(span.end.year)


# 第一期预计2027年第二季投入运作, 第二期计划于2029年底前建成: when each phase of a project is to be done, for
# the figures of what it will be once done (第一期投入运作后可提供…, 全项目建成后…), in whatever paragraph.
PHASE = r"第?[一二三四五1-5]期|首期|全项目|整个项目|项目整体|项目"
MILESTONE_VERB = rf"(?:全面|全部|正式|整体)?(?:{context.COMPLETION_WORDS})"
PHASE_BEFORE_TIME = re.compile(rf"(?P<phase>{PHASE})(?![^，。；]*?(?:{MILESTONE_VERB})(?:后|之后|以后))")
MILESTONE_REACHED = re.compile(rf"(?P<phase>{PHASE})?{MILESTONE_VERB}(?:后|之后|以后)")
PHASE_NUMBERS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "首": "1"}


def phase_key(phase: str | None) -> str:
    """第一期, 一期 and 首期 are one phase; 全项目 is the whole; a bare 项目 (or none named) the project."""
    if phase is None or phase == "项目":
        return "project"
    if phase in ("全项目", "整个项目", "项目整体"):
        return "whole"
    number = phase.removeprefix("第")[0]
    return PHASE_NUMBERS.get(number, number)


def note_milestones(masked: str, mentions: list[PeriodMention], milestones: dict[str, Period]) -> None:
    """The phases a sentence says when they will be done (第二期计划于2029年底前建成)."""
    for mention in mentions:
        if mention.start < 0 or not MILESTONE_AFTER.match(masked, mention.end):
            continue
        clause_start = max(masked.rfind(mark, 0, mention.start) for mark in "，,。；") + 1
        phases = list(PHASE_BEFORE_TIME.finditer(masked, clause_start, mention.start))
        milestones[phase_key(phases[-1]["phase"] if phases else None)] = mention.period


def _milestone_reached(scope: SentenceScope, quantity: Quantity, clause_start: int) -> Period | None:
    """全项目建成后智能算力将达到约600PFLOPS: the time the text said that phase will be done."""
    if not scope.milestones:
        return None
    statement = context.statement_start(scope.masked, clause_start)
    reached = list(MILESTONE_REACHED.finditer(scope.masked, statement, quantity.start))
    if not reached or any(reached[-1].end() <= m.start < quantity.start for m in scope.mentions):
        return None
    key = phase_key(reached[-1]["phase"])
    verb_at = reached[-1].end("phase") if reached[-1]["phase"] else reached[-1].start()
    if (
        key == "project"
        and WHOLE_DONE.match(scope.masked, verb_at)
        and not any(statement <= m.start < reached[-1].start() for m in scope.mentions)
    ):
        # 计划于2028年底前全部建成。…项目全部建成后，年用电量…: when the whole was said to be done (not
        # 明年全面上线后, its time in the sentence)
        return scope.milestones.get("project") or scope.milestones.get("whole")
    if key == "project":
        return None  # (项目建成后, with no phase named: the time the sentence carries, if any)
    if key != "whole":
        return scope.milestones.get(key)
    # the whole is done when its last phase is
    return max((p for k, p in scope.milestones.items() if k.isdigit()), key=lambda p: p.end, default=None)


WHOLE_DONE = re.compile(r"全部|全面|整体")


def _when_the_works_stand(
    scope: SentenceScope, quantity: Quantity, clause_start: int, kind: str, period: Period | None
) -> tuple[str, Period | None]:
    """A capacity whose time a plan or an expected opening names, after it or before in the text."""
    if (
        kind != "actual"
        and not THIS_YEARS_PLAN.search(scope.masked, clause_start, quantity.start)  # (年度计划投资18.2亿元)
        and (planned := _planned_time(scope, quantity)) is not None
    ):
        return kind, planned  # IT负载120兆瓦，计划2029年全部建成: the time the plan after the number names
    if (milestone := _milestone_reached(scope, quantity, clause_start)) is not None:
        if kind != "actual":
            # 第一期预计2027年第二季投入运作。…第一期投入运作后可提供智能算力约220PFLOPS
            return kind, milestone
        if milestone.end > scope.published and not context.ALREADY_REACHED.search(
            scope.masked, clause_start, quantity.start
        ):
            return "target", milestone  # 计划于2028年底前全部建成。…项目全部建成后，年用电量约…: as planned
    if kind == "actual" and (later := _planned_later(scope, quantity)) is not None:
        return later  # 总建筑面积约52万平方英尺，新增IT负载约60兆瓦，预计2027年第二季度投入运营
    return kind, period


def _planned_time(scope: SentenceScope, quantity: Quantity) -> Period | None:
    plan = context.planned_after(scope.masked, quantity.end, scope.quantities)
    if plan is None:
        return None
    return next((m.period for m in scope.mentions if quantity.end <= m.start < plan.end()), None)


def _names_its_time(scope: SentenceScope, clause_start: int, start: int) -> bool:
    """A period named in the clause before the number, not the one a change starts from (已由二○二四年
    十二月启用时约1,300PFLOPS提升至约3,000PFLOPS: the 3,000 is now)."""
    return any(
        clause_start <= m.start < start and (m not in scope.change_bases or start - m.end <= 6)
        for m in scope.mentions
    )
