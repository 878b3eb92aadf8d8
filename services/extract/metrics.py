"""Subject -> canonical metric key, from taxonomy.toml (simplified aliases -> key)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .periods import WORKS_PROGRESS
from .units import MONEY

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.toml")
ANY_UNIT_MEASURES = {"growth_yoy", "growth_pop", "share", "rank", "multiple"}


@dataclass(frozen=True)
class MetricDef:
    key: str
    label: str
    aliases: tuple[str, ...]
    units: frozenset[str]
    needs_context: frozenset[str] = frozenset()
    """Aliases too general to count alone (用电量): only with one of `context` in the subject."""
    context: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    """Words naming something else the aliases are part of (固定资产投资 is all of a company's capital
    spending, not its computing centres'): no metric, unless one of `context` is in the subject too."""
    parts: tuple[str, ...] = ()
    """Words naming a part of the metric (绿电交易电量 of data-centre power): no level of it (a share of it,
    数据中心用电中绿电占比, stays the metric's)."""

    def fits(self, alias: str, subject: str, measure: str = "level") -> bool:
        if measure != "share" and any(word in subject for word in self.parts):
            return False
        if any(word in subject for word in self.unless) and not any(word in subject for word in self.context):
            return False
        return alias not in self.needs_context or any(word in subject for word in self.context)


@cache
def taxonomy() -> tuple[MetricDef, ...]:
    data = tomllib.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    return tuple(
        MetricDef(
            key,
            spec["label"],
            tuple(spec["aliases"]),
            frozenset(spec["units"]),
            frozenset(spec.get("needs_context", ())),
            tuple(spec.get("context", ())),
            tuple(spec.get("unless", ())),
            tuple(spec.get("parts", ())),
        )
        for key, spec in data.items()
    )


@cache
def _aliases_longest_first() -> tuple[tuple[str, MetricDef], ...]:
    pairs = [(alias, metric) for metric in taxonomy() for alias in metric.aliases]
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


@cache
def _any_alias() -> re.Pattern[str]:
    """Whether the subject holds any alias at all: one scan in C before the alias-by-alias walk."""
    return re.compile("|".join(re.escape(alias) for alias, _ in _aliases_longest_first()))


def share_of_a_part(subject: str, topic_metric: str | None = None) -> str | None:
    """数据中心绿电使用比例, 其中绿电占比 (after 数据中心用电量): the share of a part of a metric (绿电 of
    data-centre power) is that metric's, where the subject or the topic names it."""
    for metric in taxonomy():
        if (
            metric.parts
            and any(part in subject for part in metric.parts)
            and (
                metric.key == topic_metric
                or any(word in subject for word in metric.context)
                or GREEN_SHARE.search(subject)
                is not None  # 绿电占比 (a table's column): the README's convention
            )
        ):
            return metric.key
    return None


def names_a_part(subject: str, key: str | None) -> bool:
    """其中绿电38.6亿千瓦时 after 数据中心用电量: the subject names a part of the metric, no level of it."""
    return any(metric.key == key and any(part in subject for part in metric.parts) for metric in taxonomy())


def names_a_metric(subject: str) -> bool:
    """The subject holds some metric's alias, whether or not its unit or context fit (全台用电量)."""
    return _any_alias().search(subject.replace(" ", "")) is not None


def is_just(subject: str, key: str) -> bool:
    """The subject is nothing but an alias of this metric (第3季用电量 after 资料中心用电量: the same
    thing, its context said before; 全台用电量 says what it is of)."""
    words = subject.replace(" ", "")
    return any(
        alias in words and len(words.replace(alias, "")) < 2
        for metric in taxonomy()
        if metric.key == key
        for alias in metric.aliases
    )


def measures_in(key: str, unit: str, measure: str) -> bool:
    """A number in this unit and measure can be of this metric (a capacity in 兆瓦 is no investment)."""
    return measure in ANY_UNIT_MEASURES or any(m.key == key and unit in m.units for m in taxonomy())


GREEN_SHARE = re.compile(r"(?:绿电|绿色电力)(?:使用|消费)?(?:占比|比例|比重)")
RATE_CHANGED = re.compile(r"(?:较|比|同比|环比|按年|按季)[^，。；率]*$")


BRACKETED = re.compile(r"（[^（）]{1,16}）")


@lru_cache(maxsize=4096)
def metric_for(subject: str, unit: str, measure: str) -> str | None:
    """The metric the subject names, if its unit fits it (a count is not a capacity in FLOPS); the
    longest alias wins, and between aliases as long, the later one: a Chinese compound ends with what
    it is (算力产业投资 is an investment)."""
    subject = subject.replace(" ", "")  # the space only joins a borrowed topic to the clause's words
    if "（" in subject:
        subject = BRACKETED.sub("", subject)  # 智算服务（含算力租赁）市场规模: the name, its gloss aside
    if measure == "share" and WORKS_DONE.search(subject):
        return None  # 一期算力设备上架调试完成情况43.8%: the part of the works done, no capacity
    if not _any_alias().search(subject):
        # most subjects name no metric: skip the alias-by-alias walk (装机能力约3500架: racks are racks)
        return _racks_built(subject, unit)
    rate = RATE_CHANGED.sub("", subject) if unit == "percentage_point" else subject
    if (measure == "share" or unit == "percentage_point") and rate.endswith("率"):
        # IT容量整体上架率: a rate named last is what the share is of, however long the words before (and
        # 整体出租率较上年底上升2.1个百分点, what its change in points is of)
        for alias, metric in _aliases_longest_first():
            if alias.endswith("率") and rate.endswith(alias) and metric.fits(alias, subject, measure):
                return metric.key
    best: tuple[int, int, str] | None = None
    for alias, metric in _aliases_longest_first():
        if best is not None and len(alias) < best[0]:
            break
        if (
            alias in subject
            and (measure in ANY_UNIT_MEASURES or unit in metric.units)
            and metric.fits(alias, subject, measure)
        ):
            place = subject.rfind(alias)
            if BUSINESS_LINE.match(subject, place + len(alias)):
                continue  # 算力服务收入, 算力租赁业务: a company's line of business, not the capacity
            if (
                measure in ANY_UNIT_MEASURES
                and not metric.units & {"count", "rack"}
                and COUNTED_AFTER.match(subject, place + len(alias))
            ):
                continue  # …用得上算力 申领企业数量同比增长: the growth of a count of firms, not of the capacity
            if metric.key == RACKS and SHIPPED.search(subject):
                continue  # AI服务器机柜10月出货约2,150柜: servers shipped by the rack, no data centre's racks
            if best is None or place > best[1]:
                best = (len(alias), place, metric.key)
    if best and rate_of_no_money(subject, measure, best[2]):
        return None
    return best[2] if best else _racks_built(subject, unit)


def rate_of_no_money(subject: str, measure: str, key: str | None) -> bool:
    """总投资约36亿港元，目前预租率约七成: a rate (a take-up, a use) is no share of the money before it."""
    return measure == "share" and subject.endswith("率") and key in _money_metrics()


@cache
def _money_metrics() -> frozenset[str]:
    return frozenset(m.key for m in taxonomy() if m.units and m.units <= MONEY)


RACKS = "data_centre_racks"
COUNTED_AFTER = re.compile(r"[^数]{0,12}?(?:数量|家数|个数|人数|户数)")
WORKS_DONE = re.compile(rf"(?:{WORKS_PROGRESS})$")
SHIPPED = re.compile(r"出货|整柜|销量|订单|交付量")


def _racks_built(subject: str, unit: str) -> str | None:
    """装机能力约3500架: racks are a data centre's racks, unless they are servers shipped by the rack (整柜系统出货)."""
    return RACKS if unit == "rack" and not SHIPPED.search(subject) else None


BUSINESS_LINE = re.compile(
    r"(?:服务)?(?:收入|营收|租赁|业务|订单|合同|板块|概念股?|券|补贴)|的?(?:项目|企业|客户|用户)"
)
