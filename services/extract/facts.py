"""The extract stage's logic: a CleanDocument in, MetricFacts and Events out. No Redis in here.

For each sentence: find quantities with units, then read around each one what it measures (subject,
metric), when (period), how sure the text is (kind, qualifier), where (region) and who says so (source).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from shared.messages import MOJIBAKE_MARK, CleanDocument, Event, MetricFact

from . import context, respectively
from .events import find_events
from .metrics import metric_for
from .periods import Period, PeriodMention, blocks_period, find_periods
from .quantities import (
    Quantity,
    find_doublings,
    find_fractions,
    find_quantities,
    find_ranks,
    find_ratios,
)

EXTRACTOR_VERSION = "0.2.0"

LEADING_NOISE = re.compile(
    r"^(?:而且|而|其中|此外|同时|另外|并且|并|且|以及|和|与|这个|这些|这一|其|这|此|该|目前|当前|此前|截至目前|预计|预测|有望|"
    r"例如|比如|通过|总体来看|整体来看|数据显示|据悉|记者了解到|也|还|在|于|从|由|对|到|截至|截止|"
    r"近年来|近年|近几年|多年来|大概|大约)+"
)
TRAILING_NOISE = re.compile(
    r"(?:分别|依次|将达到|将达|已达到|已达|达到|达|为|是|约为|约|近|接近|超过|超|逾|突破|增至|增长到|增长至|提升至|提升到|"
    r"提高到|提高至|降至|下降至|实现了|实现|完成了|完成|共有|已有|有|占到|占|大概|大约|仅|已经|将会|将|会|可|能|"
    r"有望|料|预计|累计|合计|总计|人民币|新台币|美元|了|的|已|再|还|也|并|则|共|在|至|到|位居|位列|排名|居|"
    r"[^\s、]{1,4}等)+$"
)
WHITESPACE = re.compile(r"\s+")
# 提供1,300 PFLOPS算力: what a capacity is of, written after it.
COMPUTE_NOUN = re.compile(r"(?:的)?(?:智能算力|智算算力|通用算力|超算算力|算力|计算能力|运算能力)")
CLAUSES = re.compile(r"[，,：:；;]")
SPEAKER_CLAUSE = re.compile(r"(?:表示|指出|称|认为|介绍|透露|宣布|显示|预计|预测)$")
TOPIC_END = re.compile(
    r"预计|预测|有望|将|已经|已|达到|达|为|是|同比|较|比|从|由|于|在|占|超过|超|突破|增长|增加|提升|提高|下降|减少|约|近|"
    r"启用|投用|建成|提供|形成|[，,：:；]"
)
POST_NOUN = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{1,12}?(?=[的，,。；、和与及在为向]|正式|已|将|实现|提供|$)"
)
SCRIPT_REGION = {"simplified": "CN", "traditional_tw": "TW", "traditional_hk": "HK"}
"""Where a document that names no region is from, judging by its script."""
LOCAL_CURRENCY = {"traditional_tw": "TWD", "traditional_hk": "HKD"}
ANAPHORA = re.compile(r"^(?:这|此|该|其|上述|前述)")
GENERIC_SUBJECTS = {
    "",
    "其",
    "这",
    "该",
    "同比",
    "同比增长",
    "增长",
    "增速",
    "年增速",
    "规模",
    "总数",
    "总量",
}


@dataclass
class SentenceState:
    """What carries from one clause to the next within a sentence."""

    subject: str | None = None
    metric: str | None = None


def clean_subject(text: str) -> str:
    text = WHITESPACE.sub("", text)
    for _ in range(3):
        trimmed = TRAILING_NOISE.sub("", LEADING_NOISE.sub("", text))
        if trimmed == text:
            break
        text = trimmed
    return text.strip("“”\"'()（）")


def subject_for(scope: SentenceScope, quantity: Quantity, clause: tuple[int, int], measure: str) -> str:
    """The words before the number in its clause (after any number before it there), minus periods and
    verbs; counts add the noun after. With no words of its own, the clause borrows the topic: of the
    sentence so far, of what the sentence opened with, or of the clause after it."""
    sentence, periods, state = scope.masked, scope.period_spans, scope.state
    clause_start, clause_end = clause
    subject_start = max(clause_start, scope.previous_end)
    subject = clean_subject(_without_periods(sentence, subject_start, quantity.start, periods))
    after = sentence[quantity.end :]
    noun = (
        POST_NOUN.match(after) if quantity.unit.canonical in ("count", "rack") else COMPUTE_NOUN.match(after)
    )
    if noun and (tail := clean_subject(noun.group(0))):
        subject = f"{subject} {tail}".strip()
    needs_topic = subject in GENERIC_SUBJECTS or len(subject) < 3
    if (
        measure in ("growth_yoy", "growth_pop", "share")
        and metric_for(subject, quantity.unit.canonical, measure) is None
    ):
        needs_topic = True  # 大概占到GDP的4%: the share of what the sentence is about
    if measure == "share" and subject.startswith("占"):
        needs_topic = True  # 占全国智能算力的比重将达到一成: whose share, the sentence said before
    if needs_topic and state.subject and not subject.startswith(state.subject):
        subject = f"{state.subject} {subject}".strip()
    elif needs_topic and clause_start > 0:
        # 全球数据中心耗电量预计到2030年将翻一番，达到945太瓦时: what an earlier clause is about.
        topic = topic_before(_without_periods(sentence, 0, clause_start, periods))
        subject = f"{topic} {subject}".strip() if topic else subject
    if not subject and clause_end < len(sentence):
        # 从2019年的47EFLOPS增至2024年的280EFLOPS，我国算力总规模五年增长近5倍: what comes next.
        subject = topic_of(_without_periods(sentence, clause_end, len(sentence), periods))
    return subject


def _without_periods(sentence: str, start: int, end: int, periods: list[tuple[int, int]]) -> str:
    """sentence[start:end] with the periods in it blanked out."""
    if not any(period_start < end and period_end > start for period_start, period_end in periods):
        return sentence[start:end]
    chars = list(sentence[start:end])
    for period_start, period_end in periods:
        for i in range(max(period_start, start), min(period_end, end)):
            chars[i - start] = " "
    return "".join(chars)


def topic_before(text: str) -> str:
    """The topic of the nearest clause before that has one, passing over who is speaking (X表示，)."""
    for clause in reversed(CLAUSES.split(text)):
        if clause.strip() and not SPEAKER_CLAUSE.search(clause) and len(topic := topic_of(clause)) >= 2:
            return topic
    return ""


def topic_of(text: str) -> str:
    """The noun phrase a sentence opens with: its first words up to a verb, a comparison or a comma."""
    end = TOPIC_END.search(text.lstrip(" ，,"))
    return clean_subject(text.lstrip(" ，,")[: end.start()] if end else text)


def _without_denominator(subject: str, measure: str) -> str:
    """A share's subject without what it is a share of: 占全国…比重 says nothing of where the part is."""
    return subject.split("占", maxsplit=1)[0] if measure == "share" else subject


def _without_listed_region(subject: str) -> str:
    """广东的智能算力规模 -> 智能算力规模, when the regions come from a 分别 list."""
    prefix, marker, rest = subject.partition("的")
    return rest if marker and rest and context.REGION_PATTERN.fullmatch(prefix) else subject


def local_currency(quantity: Quantity, script: str, cues: context.Cues) -> str:
    """元 in a Taiwan or Hong Kong story is the local dollar unless the sentence is about the mainland."""
    unit = quantity.unit.canonical
    if unit != "CNY" or script not in LOCAL_CURRENCY:
        return unit
    if quantity.currency_named or cues.mainland_end <= quantity.end:
        return unit
    return LOCAL_CURRENCY[script]


def period_for(
    sentence_before: str, mentions: list[PeriodMention], kind: str, published: date
) -> Period | None:
    """The last period named before the number in its sentence (so one period carries over the clauses
    that follow it); else, for a statement of fact with no time given, the publish year."""
    if blocks_period(sentence_before):
        return None
    before = [m.period for m in mentions if m.end <= len(sentence_before)]
    if before:
        period = before[-1]
        if period.start == period.end and not period.until:
            # 9月10日，…总投资360亿元: a day in the sentence dates the event, the number is that year's.
            year = period.start.year
            return Period(str(year), date(year, 1, 1), date(year, 12, 31))
        return period
    if kind == "actual":
        return Period(str(published.year), date(published.year, 1, 1), date(published.year, 12, 31))
    return None


def _back_to_the_present(
    scope: SentenceScope, clause_start: int, start: int, kind: str, period: Period | None
) -> bool:
    """A clause saying 已 or 目前, naming no period of its own, after the sentence looked ahead."""
    looked_ahead = kind == "forecast" or (period is not None and period.start > scope.published)
    return (
        looked_ahead
        and context.states_the_present(scope.masked[clause_start:start])
        and not any(clause_start <= m.start < start for m in scope.mentions)
    )


def _fact_key(fact: MetricFact) -> tuple:
    return (fact.metric or fact.subject, fact.value, fact.unit, fact.period, fact.measure)


@dataclass
class SentenceScope:
    """One sentence being read: the text, the periods named in it, what carries between its clauses."""

    document: CleanDocument
    sentence: context.Sentence
    masked: str
    """The sentence with 《titles》 blanked out."""
    cues: context.Cues
    mentions: list[PeriodMention]
    published: date
    state: SentenceState = field(default_factory=SentenceState)
    shares: dict[int, respectively.Share] = field(default_factory=dict)
    """分别 lists: for each listed number (by start), its region or period and the list's first number."""
    leaders: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    """Subject and metric of each list's first number, for the numbers after it."""
    previous_end: int = 0
    """Where the previous number of the sentence ends: a subject starts after it."""

    @property
    def period_spans(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.mentions]


@dataclass
class ParagraphMemory:
    """What a paragraph's earlier sentences leave to its later ones: the source they cite, the period
    they name, the topic they are about. Sources and periods are read only when a number needs them,
    from the latest sentence back: many sentences hold no fact, and reading each of them cost a third
    of the stage's time."""

    index: int
    published: date
    source: str | None = None
    unread_citations: list[str] = field(default_factory=list)
    period: Period | None = None
    unread_periods: list[str] = field(default_factory=list)
    topic: SentenceState = field(default_factory=SentenceState)

    def cited_source(self) -> str | None:
        """The source the latest citing sentence so far names."""
        while self.unread_citations:
            if source := context.cited_source(self.unread_citations.pop()):
                self.source = source
                self.unread_citations.clear()
        return self.source

    def last_period(self) -> Period | None:
        """The last period named by the latest sentence so far that names one."""
        while self.unread_periods:
            if mentions := find_periods(self.unread_periods.pop(), self.published):
                self.period = mentions[-1].period
                self.unread_periods.clear()
        return self.period


def extract_facts(document: CleanDocument) -> tuple[list[MetricFact], list[Event]]:
    """Every numeric fact in the document's body, each once."""
    text = document.text
    published = (document.published_at or document.fetched_at).date()
    default_region = context.dominant_region(text) or SCRIPT_REGION.get(document.script)
    facts: list[MetricFact] = []
    seen: set[tuple] = set()
    paragraph = ParagraphMemory(-1, published)
    sentences = list(context.sentences(text))
    for sentence in sentences:
        if MOJIBAKE_MARK in sentence.text:
            continue
        if sentence.paragraph != paragraph.index:
            paragraph = ParagraphMemory(sentence.paragraph, published)
        if context.may_cite(sentence.text):
            paragraph.unread_citations.append(sentence.text)
        masked = context.mask_titles(sentence.text)
        if not context.may_hold_number(masked):
            continue  # most sentences of commentary: nothing to read, nothing carried but the source
        found = [
            *find_quantities(masked),
            *find_ranks(masked),
            *find_ratios(masked),
            *find_doublings(masked),
            *find_fractions(masked),
        ]
        if not found:
            paragraph.unread_periods.append(masked)
            continue
        mentions = find_periods(masked, published)
        if not mentions and ANAPHORA.match(masked) and (carried := paragraph.last_period()):
            # 这个可能带动...: a sentence pointing back at the previous one shares its time.
            mentions = [PeriodMention(carried, 0, 0)]
        if mentions:
            paragraph.period = mentions[-1].period
            paragraph.unread_periods.clear()
        # 预计2025年将达1037.3EFLOPS: a sentence that names no subject continues the paragraph's topic.
        scope = SentenceScope(
            document,
            sentence,
            masked,
            context.Cues(sentence.text, masked, document.script),
            mentions,
            published,
            SentenceState(paragraph.topic.subject, paragraph.topic.metric),
            respectively.shares(masked, found, mentions, document.script),
        )
        for quantity in sorted(found, key=lambda q: q.start):
            fact = fact_for(scope, quantity)
            scope.previous_end = quantity.end
            if fact is None:
                continue
            fact.cited_source = paragraph.cited_source()
            fact.region = fact.region or default_region
            paragraph.topic = scope.state
            key = _fact_key(fact)
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts, find_events(document, published, sentences)


def fact_for(scope: SentenceScope, quantity: Quantity) -> MetricFact | None:
    """Read what one quantity measures from the words around it."""
    masked, state, cues = scope.masked, scope.state, scope.cues
    clause_start, clause_end = context.clause_bounds(
        cues.clause_breaks, quantity.start, quantity.end, len(masked)
    )
    clause_before = masked[clause_start : quantity.start]
    sentence_before = masked[: quantity.start]
    unit = local_currency(quantity, scope.document.script, cues)
    if context.is_market_quote(sentence_before):
        return None
    measure = context.measure_of(clause_before, unit)
    value = quantity.value
    value_high = quantity.value_high
    if measure in ("growth_yoy", "growth_pop") and context.is_decline(clause_before):
        # 下降3%至5% is -5..-3: both ends change sign and swap.
        value, value_high = (-value_high, -value) if value_high is not None else (-value, None)
    kind = context.kind_of(quantity.start, clause_before, cues)
    qualifier = (
        "range"
        if quantity.value_high is not None
        else context.qualifier_of(clause_before, masked[quantity.end : clause_end], quantity.more)
    )
    share = scope.shares.get(quantity.start)
    if share and share.leader in scope.leaders:
        subject, metric = scope.leaders[share.leader]
    else:
        subject = subject_for(scope, quantity, (clause_start, clause_end), measure)
        if not subject:
            return None
        if share and share.region:
            subject = _without_listed_region(subject)
        metric = metric_for(subject, unit, measure)
        if metric is None and state.subject and subject.startswith(state.subject):
            metric = state.metric
        if share:
            scope.leaders[quantity.start] = (subject, metric)
    if measure in ("level", "multiple") or state.subject is None:
        state.subject, state.metric = subject, metric
    elif measure in ("growth_yoy", "growth_pop") and not subject.startswith(f"{state.subject} "):
        # 其中算力投资同比增长超过20%，达到约800亿元: a growth rate naming its own subject makes that
        # subject the topic of what follows.
        core = context.GROWTH.split(subject, maxsplit=1)[0].strip()
        if len(core) >= 2:
            state.subject, state.metric = core, metric
    period = (share and share.period) or period_for(sentence_before, scope.mentions, kind, scope.published)
    if _back_to_the_present(scope, clause_start, quantity.start, kind, period):
        # 预计明年增至3,000P，使用率已超过九成: the 已 clause says how things stand now.
        kind, period = "actual", period_for("", [], "actual", scope.published)
    if kind == "actual" and period is not None and period.start > scope.published:
        kind = "forecast"
    document, sentence = scope.document, scope.sentence
    start, end = document.original_span(sentence.start + quantity.start, sentence.start + quantity.end)
    sentence_start, sentence_end = document.original_span(sentence.start, sentence.start + len(sentence.text))
    return MetricFact(
        metric=metric,
        subject=subject,
        value=value,
        value_high=value_high,
        unit=unit,
        value_text=sentence.text[quantity.start : quantity.end],
        qualifier=qualifier,
        measure=measure,
        period=period.label if period else None,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        kind=kind,
        region=(share and share.region)
        or context.region_of(
            _without_denominator(subject, measure), cues.regions_before(quantity.start), scope.document.script
        ),
        sentence=document.original[sentence_start:sentence_end],
        span=(start, end),
    )
