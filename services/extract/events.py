"""Project milestones: starts, completions and launches, with place, date and the investment stated."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from shared.messages import CleanDocument, Event

from . import context, regions
from .periods import find_periods
from .quantities import find_quantities

# 数据中心项目正式开工: the noun that names a project, then its verb. What the project is comes from the
# words before the noun, found by walking back (a lazy pattern for them tried a match at every character).
# Where or when may stand between the project and its verb: 项目在合肥市包河经开区正式开工,
# 产业园区于今年6月启动建设.
MILESTONE = re.compile(
    r"(?P<noun>项目|中心|基地|集群|园区|枢纽|工程|平台|新厂|工厂)(?:一期|二期|三期)?"
    r"(?P<between>(?:已|将|拟|计划)?(?:在[^，。；、]{2,16}?|于[^，。；、]{1,12}?|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?)"
    r"(?:正式|顺利|全面|集中|已)?"
    r"(?P<verb>开工|动工|启动|投产|竣工|建成|投运|上线|签约|落地|开业)"
)
# 将于今年年底竣工, 计划明年投产: a milestone still to come is a plan, not an event.
PLANNED = re.compile(r"将|拟|计划|预计|有望|力争")
# 总投资三百六十亿元的…项目, 中国电信投资建设的…智算中心: who paid or how much goes in the facts.
FUNDED_BY = re.compile(r"^[^的]*?(?:投资|建设|承建|主导|牵头|打造)[^的]{0,24}的")
NAME_BEFORE_NOUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）“”]{2,40}$")
PLACE = re.compile(
    r"在(?P<place>[\u4e00-\u9fff]{2,16}?)(?:正式|顺利|全面|集中)?"
    r"(?:举办|举行|开工|动工|启动|落地|召开|投产|建成|投运|上线|开业)"
)
INVESTMENT = re.compile(r"(?:总投资|计划投资|投资总额|投资额|投资)(?:约|超过|超|逾|近|达)?")
EVENT_TYPES = {
    "开工": "start",
    "动工": "start",
    "启动": "start",
    "签约": "start",
    "落地": "start",
    "投产": "completion",
    "竣工": "completion",
    "建成": "completion",
    "投运": "launch",
    "上线": "launch",
    "开业": "launch",
}


MILESTONE_VERB = re.compile("|".join(EVENT_TYPES))


# 近日，…项目开工: fillers before the project's name.
EVENT_LEAD_WORDS = re.compile(r"^(?:近日|日前|目前|例如|此外|同时|其中|并|和|与|及|要|在|将|于|对|由)+")


def _milestone(sentence: str) -> tuple[str, re.Match[str]] | None:
    """The first project named with a milestone verb, as (project name, verb match)."""
    for match in MILESTONE.finditer(sentence):
        noun = match["noun"]
        if before := NAME_BEFORE_NOUN.search(sentence, max(0, match.start() - 40), match.start()):
            return before.group(0) + noun, match
    return None


def find_events(
    document: CleanDocument, published: date, sentences: list[context.Sentence] | None = None
) -> list[Event]:
    """Milestones in the document, each once; `sentences` when the caller has split the text already."""
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for sentence in context.sentences(document.text) if sentences is None else sentences:
        if not MILESTONE_VERB.search(sentence.text):
            continue
        masked = context.mask_titles(sentence.text)
        milestone = _milestone(masked)
        if milestone is None:
            continue
        name, match = milestone
        what = EVENT_LEAD_WORDS.sub("", name)
        what = FUNDED_BY.sub("", what.strip("，, "))
        if (what, match["verb"]) in seen or len(what) < 5 or PLANNED.search(match["between"]):
            continue
        seen.add((what, match["verb"]))
        days = [
            m.period
            for m in find_periods(masked, published, document.script)
            if m.period.start == m.period.end
        ]
        place = PLACE.search(masked)
        amount = unit = None
        if investment := INVESTMENT.search(masked):
            money = [
                q for q in find_quantities(masked[investment.end() :]) if q.unit.canonical in ("CNY", "USD")
            ]
            if money:
                amount, unit = money[0].value, money[0].unit.canonical
        start, end = document.original_span(sentence.start, sentence.start + len(sentence.text))
        events.append(
            Event(
                # A start with its total investment is still a start: the amount rides along.
                event_type=EVENT_TYPES[match["verb"]],
                what=what,
                place=place["place"] if place else _most_specific(regions.regions_in(masked[: match.end()])),
                event_date=days[0].start if days else None,
                amount=amount,
                amount_unit=unit,
                sentence=document.original[start:end],
                span=(start, end),
            )
        )
    return events


def _most_specific(named: Sequence[str]) -> str | None:
    """The city (or hub) named, else the province, else the area or country: 中国移动（贵阳）智算中心 is
    in 贵阳, 长三角（芜湖）算力产业园 in 芜湖. Several of the same rank are joined."""
    if not named:
        return None
    rank = {region: regions.place_rank(region) for region in named}
    best = min(rank.values())
    return "; ".join(dict.fromkeys(region for region in named if rank[region] == best))
