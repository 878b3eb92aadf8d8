"""One sentence being read: its text, the periods and quantities in it, and what carries between its
clauses. Shared by the readers of what a number measures (facts), when (timing) and where."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from shared.messages import CleanDocument

from . import context, regions, respectively
from .lazy import cached_property
from .periods import Period, PeriodMention
from .quantities import Quantity
from .skipping import compile_skipping

ITEM_CHARS = re.compile(r"是|（|期|；")
COMPARED_WITH = "超过|超出|高于|低于|不及"
# 由2024年的…, 从二○二四年十二月启用时约…, 较2025年实际完成的…: where a change starts from.
# (已超过去年全年: the time compared with)
CHANGE_FROM = compile_skipping(rf"由|从|较|(?<![占对])比|{COMPARED_WITH}")
BASE_GAP = 6
"""How far after a change's base time its number may stand (由2024年的…, 较2025年实际完成的…)."""


def names_a_base(masked: str, mention: PeriodMention) -> bool:
    """由2024年的58.0%, 较2025年实际完成的2,949亿元, 与“十三五”末相比: the time is where a change starts from."""
    return mention.start >= 0 and (
        CHANGE_FROM.search(masked, max(0, mention.start - 3), mention.start) is not None
        or (
            COMPARED_TO.search(masked, max(0, mention.start - 2), mention.start) is not None
            and COMPARED_AFTER.match(masked, mention.end) is not None
        )
    )


COMPARED_TO = re.compile(r"[与同和跟][“\"]?$")
COMPARED_AFTER = re.compile(r"[”\"]?(?:末|底|年底|年末|同期)?(?:相比|相较|比较)")


# 是“十三五”末的4.2倍, 为上年同期的2倍: what a multiple is of, around the period it names.
MULTIPLE_BASE_BEFORE = re.compile(r"(?:是|为|相当于)[^，。；]{0,3}$")
MULTIPLE_BASE_AFTER = re.compile(r"[^，。；]{0,16}的[^，。；]{0,6}")
MULTIPLE_AFTER_BASE = re.compile(r"[^，。；]{0,16}的[^，。；]{0,8}倍")


def is_multiple_base(masked: str, mention: PeriodMention) -> bool:
    """The period names what a multiple is of (是“十三五”末的4.2倍)."""
    return bool(
        MULTIPLE_BASE_BEFORE.search(masked, max(0, mention.start - 4), mention.start)
        and MULTIPLE_AFTER_BASE.match(masked, mention.end)
    )


@dataclass(frozen=True)
class ListedBefore:
    """What the sentence's latest number was: what a number listed after it goes on with."""

    unit: str
    measure: str
    kind: str
    decline: bool
    qualifier: str = "eq"
    period: Period | None = None


@dataclass
class SentenceState:
    """What carries from one clause to the next within a sentence."""

    subject: str | None = None
    metric: str | None = None
    region: str | None = None
    """Where the topic is."""
    share_subject: str | None = None
    """The last share the sentence stated (平均上架率达到66%): what a change in points after it is of."""
    last_measure: str | None = None
    """What the sentence's latest number measured."""
    last_listed: ListedBefore | None = None
    planned: bool = False
    """The sentence has set a target already (计划资本开支约1,420亿元): where a share goes next is planned."""
    whole: tuple[str | None, str | None, str | None] | None = None
    """The topic (subject, metric, region) before a clause about a part of it (其中贵安新区22.8万架),
    which the next statement (after a semicolon) goes back to."""

    def part_of_the_whole(self) -> None:
        if self.whole is None:
            self.whole = (self.subject, self.metric, self.region)

    def back_to_the_whole(self) -> None:
        if self.whole is not None:
            self.subject, self.metric, self.region = self.whole
            self.whole = None


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
    quantities: list[Quantity] = field(default_factory=list)
    """Every quantity of the sentence, in order."""
    shares: dict[int, respectively.Share] = field(default_factory=dict)
    """分别 lists: for each listed number (by start), its region or period and the list's first number."""
    leaders: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    """Subject and metric of each list's first number, for the numbers after it."""
    list_measures: dict[int, str] = field(default_factory=dict)
    """The measure of each list's first number, for the numbers after it."""
    previous_region: str | None = None
    """Where the sentence's number before this one is."""
    previous_end: int = 0
    """Where the previous number of the sentence ends: a subject starts after it."""
    policy_document: bool = False
    """The document is (or reports) a plan or policy: what it says will be by a year is a target."""
    plans_item: bool = False
    """The paragraph is an item of a government's list of tasks (三、2026年重点工作 / （一）…一是…)."""
    present_from: int | None = None
    """Where a clause about now began (目前…): the clauses after it are about now too."""
    period_carried: bool = False
    carried_opening: bool = False
    """The period carried from the sentences before is when something opened."""
    """The sentence names no time: it has its paragraph's (目前 in it still means now)."""
    document_regions: regions.DocumentRegions | None = None
    """Where the document is about, for 全省 and 全市."""
    local_money: str | None = None
    """What a bare 元 is: TWD or HKD in Taiwan or Hong Kong stories, else CNY."""
    paragraph_topic: str | None = None
    """The topic the sentence began with, from the paragraph's earlier sentences."""
    report_year: Period | None = None
    """The year gone by a report's title names (2025年通信业统计公报): a statement of fact naming no time
    is of it, not of the year it is published in."""
    paragraph_region: str | None = None
    """Where that topic was (全球HBM营收…。以厂商来看，SK海力士…市占约57%: the world's market)."""
    milestones: dict[str, Period] = field(default_factory=dict)
    """When the document said each phase of a project will be done (第二期计划于2029年底前建成), by phase."""

    @property
    def period_spans(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.mentions]

    @cached_property
    def sources_listed(self) -> dict[int, str]:
        """The bodies a 分别 list gives its numbers (IDC、伯恩斯坦和集邦咨询给出的预估分别为…)."""
        return respectively.sources_listed(self.masked, self.quantities)

    @cached_property
    def item_starts(self) -> list[int]:
        """Where the enumerated items of the sentence start (一是…；二是…)."""
        if not ITEM_CHARS.search(self.masked):
            return []
        return [match.start() for match in context.ENUMERATED_ITEM.finditer(self.masked)]

    def item_start(self, position: int) -> int:
        """The start of the enumerated item holding the position, or 0."""
        if not self.item_starts:
            return 0
        return max((start for start in self.item_starts if start <= position), default=0)

    @cached_property
    def original_sentence(self) -> str:
        """The sentence as the page wrote it (traditional script, full-width digits)."""
        sentence, document = self.sentence, self.document
        start, end = document.original_span(sentence.start, sentence.start + len(sentence.text))
        return document.original[start:end]

    @cached_property
    def multiple_bases(self) -> list[tuple[PeriodMention, int]]:
        """The periods of what a multiple is of (是“十三五”末的4.2倍), each with where its multiple starts:
        the time of the base's own number (是114年约80万瓩的4倍), not of the multiple or what follows."""
        if "倍" not in self.masked:
            return []
        bases = []
        for mention in self.mentions:
            if not MULTIPLE_BASE_BEFORE.search(self.masked, max(0, mention.start - 4), mention.start):
                continue
            multiple = next(
                (q for q in self.quantities if q.start >= mention.end and q.unit.canonical == "multiple"),
                None,
            )  # (是114年约95万瓩的4倍: past the base's own number)
            if (
                multiple is not None
                and multiple.unit.canonical == "multiple"
                and MULTIPLE_BASE_AFTER.fullmatch(self.masked, mention.end, multiple.start)
            ):
                bases.append((mention, multiple.start))
        return bases

    @cached_property
    def change_bases(self) -> list[PeriodMention]:
        """The periods a change starts from (由2024年的…, 从二○二四年十二月启用时约…): each the time of the
        number right after it, not of the sentence."""
        if not CHANGE_FROM.search(self.masked):
            return []
        return [
            m
            for m in self.mentions
            if names_a_base(self.masked, m) and any(0 <= q.start - m.end <= BASE_GAP for q in self.quantities)
        ]
