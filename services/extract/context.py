"""What surrounds a number: sentences and clauses, qualifiers, measure, kind, region and cited source."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

# Semicolons join clauses of one sentence: the period, kind and topic set before one carry past it.
SENTENCE_END = re.compile(r"[。！？!?]+|\n+")
CLAUSE_BREAK = re.compile(r"[，：:、；;]|,(?!\d{3})|(?<!\d),")
BOOK_TITLE = re.compile(r"《[^》]{0,80}》")

# Qualifiers: words right before the number, and right after it.
PREFIX_QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:不低于|不少于|不小于|至少|最少)$"), "ge"),
    (re.compile(r"(?:不超过|不高于|不大于|不多于|最多|至多)$"), "le"),
    (re.compile(r"(?:不到|不足|少于|低于|未达)$"), "lt"),
    (re.compile(r"(?:超过|超出|多于|高于|逾|突破|超)$"), "gt"),
    (re.compile(r"(?:将近|接近|约为|约|大约|大概|近|近乎|左右)$"), "approx"),
    # 约占全社会用电量的百分之三: 约 before 占 qualifies the share.
    (re.compile(r"(?:约|大约|大概)占[^，。；]{0,16}$"), "approx"),
]
SUFFIX_QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?:以上|及以上)"), "ge"),
    (re.compile(r"^(?:以下|以内|及以下)"), "le"),
    (re.compile(r"^(?:左右|上下|附近)"), "approx"),
]
ANNOTATION = re.compile(r"^\s*[（(][^）)]{0,12}[）)]")
FILLER_BEFORE_NUMBER = re.compile(r"(?:达到|达|为|是|将|已|已经|共|合计|总计|人民币|新台币|美元|了|的)+$")

GROWTH = re.compile(
    r"同比增长|同比增|同比提升|同比上升|按年增长|按年增|年增长|年增率|年增|年成长|年减|年增速|增速|增幅|增长率|"
    r"年均增长|复合增长率|增长|成长|(?:提升|提高|增加|上升|上涨|攀升)(?![至到值])|(?:按年|按季|按月|同比|环比)升"
)
DECLINE = re.compile(
    r"同比下降|同比减少|环比下降|环比减少|按年下跌|按季下跌|年减|季减|月减|(?:下降|减少|下滑|下跌|回落|放缓|收窄|降低)(?![至到])|(?:按年|按季|按月|同比|环比)(?:跌|降)"
)
# Against the previous period, quarter or month: 环比增长, 营收月增 and 季增 (Taiwan), 按季增长 (Hong Kong);
# not the 月增长 of 1-5月增长 or the 季成长 of 第三季成长, which are yearly rates of a period.
PERIOD_ON_PERIOD = re.compile(
    r"环比|较上季|较上月|比上季|比上月|按季|(?<![\d一二三四五六七八九十第前本上下每])(?:季增|季减|季成长|月增|月减)"
)
# 上架率, 利用率: the part of the racks or capacity in use, a share like 渗透率.
# 囊括全球约9成订单, 拿下三成份额: the verbs of a market share.
SHARE_VERB = re.compile(r"占|囊括|拿下|吃下|占据|占有")
SHARE = re.compile(
    r"(?:占|囊括|拿下|吃下)[^，。]{0,12}(?:比重|比例|份额)?|占比|比重|比例|比率|份额|渗透率|上架率|利用率|使用率|占用率"
)
# 该股昨收报84.5元，升1.2%, 对应PE为37倍: a share price, its move or valuation, not a fact about computing power.
MARKET_QUOTE = re.compile(
    r"该股|股价|收报|报收|收盘|开盘|收于|最新价|涨跌幅|涨幅|跌幅|总市值|市盈率|市净率|[A港美]股报|元/股|"
    r"(?<![A-Za-z])P[EB](?![A-Za-z])"
)

# 料 only as a verb (规模料增长), never in 资料, 材料, 原料.
FORECAST = re.compile(
    r"预计|预测|预估|预期|有望|料(?=将|增|达|超|突破|成长|可|年|于)|可望|估计|可能|将达|将会|将(?!近)|展望|到\d{4}年|未来"
)
FORECAST_SENTENCE = re.compile(r"预计|预测|预估|有望|料(?=将|增|达|超|突破|成长|可|年|于)")
TARGET = re.compile(
    r"目标|力争|争取|规划|计划到|行动计划|实施方案|方案提出|指导意见|通知(?:》)?(?:提出|明确)|确保|要达到|要实现|"
    r"(?:意见|方案|计划|纲要|办法|指南)》(?:[^，。]{0,4})(?:提出|明确|要求)|"
    r"(?:须|需|应)(?:降至|达到|控制|不超过|不低于)|"
    # 将推动到2027年全国算力规模超过500EFLOPS: what a government body will drive, not what it expects.
    r"(?:推动|推进)(?:到|至|在)?\d{4}年|"
    # 浙江省提出，到2027年…; 全年计划新增智算规模超过10EFLOPS
    r"(?:省|市|区|县|部|局|委|厅|政府|办公室)(?:提出|明确|要求)|计划(?=新增|建成|建设|投资|实现|达到|部署|推出|完成)"
)
# 关于印发《…行动方案》的通知, 《…规划》: a plan's or policy's own text, or a story reporting one.
POLICY_DOCUMENT = re.compile(
    r"(?:印发|关于|出台|发布)[^，。]{0,40}(?:方案|规划|意见|通知|办法|行动计划|纲要|措施)|"
    r"《[^》]{0,60}(?:方案|规划|意见|行动计划|纲要|措施|办法)[^》]{0,20}》"
)
MAINLAND = re.compile(r"人民币|大陆|内地|中国|陆(?=\d|[^\u4e00-\u9fff])")

# A report is cited as 据<who>发布的《title》显示: find the verb and title, then take who as the words
# before the verb back to the clause start. A pattern with a lazy who first tries a match at every
# character, which made it the costliest scan of the stage.
REPORT_CITED = re.compile(
    r"(?:联合|共同)?(?:发布|发表|公布|出具|编制|披露|印发|出台)的?(?P<title>《[^》]{1,80}》)"
    r"(?:[，,]?[^，。]{0,6}?)(?:显示|指出|预测|预计|预估|称|表明|数据|提出|明确)"
)
CLAUSE_START = re.compile(r"[，。；,]")
ACCORDING_TO_DOCUMENT = re.compile(r"(?:^|[，,。；\s])(?:根据|据|按照|依据)(?P<title>《[^》]{1,80}》)")
REPORTER_CHARS = 62
"""据/根据 and up to 60 characters of who."""
# The data word must end the phrase: 据贵州省大数据发展管理局统计 is not 贵州省大 + 数据.
SOURCE_DATA = re.compile(
    r"(?:^|(?<=[，,。；\s”）)〕]))(?:另据|据|根据)(?P<who>[^，。；,]{2,30}?)(?:的)?(?:最新|初步)?"
    r"(?:统计数据|数据|统计|测算|预测|报告|调查|研究|分析|估算|估计|预估)"
    r"(?=[，,：:。\d]|显示|表明|称|指出|到|至|今年|明年|未来|$)"
)
# 则指 (Hong Kong): 指 alone, only where a comma follows.
SPEAKER_VERBS = "表示|指出|称|透露|介绍|说|认为|预计|预估|预测|估计|宣布|公布|强调|提出|指(?=[，,：:])"
SOURCE_SPEAKER = re.compile(
    r"(?:^|[，,。；\s])(?P<who>[^，。；,\s]{2,40}?)(?:近期|日前|近日|此前|今天|昨天|今日|昨日|日内|\d{1,2}日)?"
    rf"(?:则|也|还|亦|更)?(?:{SPEAKER_VERBS})(?:[，,：:]|$)"
)
SPEAKING = re.compile(SPEAKER_VERBS)
# 工业和信息化部数据显示, IDC最新报告指出: who the data or the report belongs to, at the clause start.
SOURCE_SHOWS = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,]{2,30}?)(?:(?:发布|公布)?的?(?:最新|初步)?"
    r"(?:研究报告|调查报告|分析报告|白皮书|蓝皮书|统计数据|数据|数字|统计|报告|调查|研究|测算)[，,]?(?:显示|表明|指出|预估|预计|预测|称)"
    # 工业和信息化部发布的通信业经济运行情况显示; 浙江省统计局11月3日发布数据，
    r"|(?:发布|公布)的[^，。；]{1,20}?(?:显示|表明)|(?:发布|公布)了?(?:最新)?数据[，,：:])"
)
# 记者从市数据局获悉: who the reporter learned it from.
SOURCE_LEARNED = re.compile(
    r"(?:^|[，,。；\s）)〕])(?:记者)?(?:\d{1,2}日|近日|日前|今天|昨天)?(?:从|自)(?P<who>[^，。；,\s]{2,30}?)(?:获悉|了解到|得知)"
)
SHOWING = re.compile(r"显示|表明|指出|预估|预计|预测|称")
# 數位發展部統計，…: a body that counted, at the clause start; only a body (a name ending like one, or a
# Latin name), since 初步统计，and 经测算，name nobody.
SOURCE_COUNTED = re.compile(
    r"(?:^|[，,。；])(?P<who>[^，。；,\s]{2,30}?(?:局|部|委|院|会|办|厅|署|所|司|处|公司|集团|中心|机构)|[A-Za-z][A-Za-z&. ]{1,30})"
    r"(?:最新|初步)?(?:统计|测算)[，,：:]"
)
NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}")
# 法人 (Taiwan): institutional investors, as anonymous as 业内.
GENERIC_SPEAKERS = re.compile(
    r"^(?:这|此|报告|数据|研究|分析|业内|专家|有关|相关|他|她|其|该|最新|上述|以上|法人|市场|不完全)"
)

REGIONS: dict[str, str] = {
    "中国": "CN",
    "我国": "CN",
    "全国": "CN",
    "国内": "CN",
    "大陆": "CN",
    "内地": "CN",
    "陆": "CN",
    "全球": "GLOBAL",
    "世界": "GLOBAL",
    "香港": "HK",
    "本港": "HK",
    "数码港": "HK",
    "台湾": "TW",
    "澳门": "MO",
    "美国": "US",
    "日本": "JP",
    "韩国": "KR",
    "南韩": "KR",
    "新加坡": "SG",
    "印度": "IN",
    "马来西亚": "MY",
    "印度尼西亚": "ID",
    "印尼": "ID",
    "越南": "VN",
    "泰国": "TH",
    "英国": "GB",
    "德国": "DE",
    "法国": "FR",
    "欧盟": "EU",
    "沙特": "SA",
    "阿联酋": "AE",
}
PROVINCES = [
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
]
# Places below city level that the news names like cities: national new areas and hubs.
HUBS = ["贵安", "和林格尔", "雄安"]
# Regions that span provinces: on a tie, the province or city a document also names is more specific.
AREAS = ["长三角", "京津冀", "粤港澳大湾区", "成渝"]
# 东部地区投资额: the country's regions are not the country (their numbers must not land in its series).
MACRO_REGIONS = ["东部地区", "中部地区", "西部地区", "东北地区"]
CITIES_PATH = Path(__file__).with_name("cities.txt")


def _cities() -> list[str]:
    lines = CITIES_PATH.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


CITIES = _cities()
PLACES = {*REGIONS, *PROVINCES, *HUBS, *AREAS, *MACRO_REGIONS, *CITIES} - {"陆"}


def alternation(words: set[str]) -> str:
    """A regex matching any of the words, longest first, as a trie (北(?:京|海)): a flat alternation of
    hundreds of names is tried branch by branch at every character that may start one."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# 陆 alone is Taiwan shorthand for the mainland (陆2025智能算力...), but only standing alone.
# The lookahead on the first two characters lets the scan skip, in C, positions where no name can
# start (the first character alone passes most positions of Chinese text: 中, 大, 上, 新...).
_FIRST_CHARS = "".join(sorted({name[0] for name in PLACES}))
_SECOND_CHARS = "".join(sorted({name[1] for name in PLACES}))
REGION_PATTERN = re.compile(
    f"(?=[{_FIRST_CHARS}][{_SECOND_CHARS}]|陆)"
    f"(?:{alternation(PLACES)}|(?<![大内着登])陆(?=\\d|[^\u4e00-\u9fff]|$))"
)


@dataclass
class Sentence:
    text: str
    start: int
    paragraph: int


def sentences(text: str) -> Iterator[Sentence]:
    """Sentences with their offsets and paragraph number (a source cited in a paragraph carries in it)."""
    paragraph, cursor = 0, 0
    for match in SENTENCE_END.finditer(text + "\n"):
        chunk = text[cursor : match.end()]
        stripped = chunk.strip()
        if stripped:
            yield Sentence(stripped, cursor + chunk.index(stripped[0]), paragraph)
        if "\n" in match.group(0):
            paragraph += 1
        cursor = match.end()


# The lead of a story: 新华社北京10月28日电, （中央社記者張建中新竹16日電）, 【明報專訊】, 〔記者…／台北報導〕,
# 21世纪经济报道记者 林典驰 广州报道. Its place and day are the newsroom's, not the facts'.
STORY_LEAD = re.compile(
    r"^\s*(?:[（(〔【\[][^）)〕】\]]{1,40}[）)〕】\]]"
    r"|[\u4e00-\u9fff\d]{2,14}?(?:社|网|報|报|台|新闻|新聞)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:电|電|讯|訊)"
    r"|[^，。\s]{0,12}(?:记者|記者)\s*[^，。\s]{2,4}\s*[\u4e00-\u9fff]{2,4}(?:报道|報導|报导))"
)


def mask_lead(text: str) -> str:
    """Blank out a story's lead (same length): its place and day are the newsroom's."""
    for _ in range(3):
        lead = STORY_LEAD.match(text)
        if lead is None or not lead.group(0).strip():
            break
        text = " " * lead.end() + text[lead.end() :]
    return text


def mask_titles(sentence: str) -> str:
    """Blank out 《book titles》 and a story's lead (same length) so the years, days, places and numbers
    in them are never read as facts or as the facts' time and place."""
    sentence = mask_lead(sentence)
    if "《" not in sentence:
        return sentence
    return BOOK_TITLE.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", sentence)


@dataclass
class Cues:
    """Where the words that decide clause, kind, region and currency sit in one sentence, found once per
    sentence: a sentence listing ten numbers would otherwise be scanned ten times for each of them."""

    original: str
    masked: str
    """The sentence with 《titles》 blanked: titles count for targets but not for forecasts or regions."""
    script: str

    @cached_property
    def clause_breaks(self) -> list[tuple[int, int]]:
        return [match.span() for match in CLAUSE_BREAK.finditer(self.masked)]

    @cached_property
    def target_end(self) -> float:
        return first_end(TARGET, self.original)

    @cached_property
    def forecast_end(self) -> float:
        return first_end(FORECAST_SENTENCE, self.masked)

    @cached_property
    def market_quote_end(self) -> float:
        return first_end(MARKET_QUOTE, self.masked)

    @cached_property
    def mainland_end(self) -> float:
        return first_end(MAINLAND, self.masked)

    @cached_property
    def regions(self) -> list[Place]:
        """Every region named in the sentence."""
        return places(self.masked, self.script)

    def regions_before(self, position: int) -> list[Place]:
        return [place for place in self.regions if place.end <= position]


def first_end(pattern: re.Pattern[str], text: str) -> float:
    """Where the first match of the pattern ends; infinity when there is none. A cue "before the number"
    is one whose first match ends at or before the number's start."""
    match = pattern.search(text)
    return match.end() if match else math.inf


def clause_bounds(breaks: list[tuple[int, int]], start: int, end: int, length: int) -> tuple[int, int]:
    """The clause (between commas, colons, enumeration marks) holding [start, end), given the sentence's
    clause breaks as (start, end) pairs in order."""
    left = breaks[bisect_right(breaks, (start, start)) - 1][1] if breaks and breaks[0][1] <= start else 0
    right = bisect_left(breaks, (end, 0))
    return left, breaks[right][0] if right < len(breaks) else length


def qualifier_of(before: str, after: str, more: bool) -> str:
    """gt/ge/lt/le/approx/eq from the words around the number; 超过…以上 resolves to gt."""
    before = FILLER_BEFORE_NUMBER.sub("", before)
    after = ANNOTATION.sub("", after)  # 30EFLOPS（FP32）以上: the precision noted, then the qualifier
    prefix = next((q for pattern, q in PREFIX_QUALIFIERS if pattern.search(before)), None)
    suffix = next((q for pattern, q in SUFFIX_QUALIFIERS if pattern.search(after)), None)
    if more:
        return "gt"
    if prefix and suffix and prefix != suffix:
        return prefix if prefix in ("gt", "lt") else suffix
    return prefix or suffix or "eq"


# 保持30%—35%的年均增速: the rate named after the number.
RATE_AFTER = re.compile(r"^\s*的?(?:年均|年平均)?(?:复合)?(?:增速|增长率|增幅|成长率)")


def measure_of(before: str, unit: str, after: str = "") -> str:
    if unit == "percent" and RATE_AFTER.match(after):
        return "growth_yoy"
    if unit == "rank":
        return "rank"
    if unit == "multiple":
        return "multiple"
    if unit == "percentage_point" and (GROWTH.search(before) or DECLINE.search(before)):
        # 占比较上年提高9.3个百分点: a change of the share, not a share (it stays out of the share's series).
        return "growth_pop" if PERIOD_ON_PERIOD.search(before) else "growth_yoy"
    if unit in ("percent", "percentage_point"):
        if SHARE.search(before):
            return "share"
        if PERIOD_ON_PERIOD.search(before):
            return "growth_pop"
        if GROWTH.search(before) or DECLINE.search(before):
            return "growth_yoy"
    return "level"


PRESENT = re.compile(r"(?:已经|已|目前|当前|现已|截至目前|现时|现在)")
NOW = re.compile(r"目前|当前|现已|截至目前|现时|现在")


def states_the_present(clause_before: str) -> bool:
    """已, 目前: the clause tells how things stand now, whatever the sentence forecast before it."""
    return PRESENT.search(clause_before) is not None


def change_words_start(subject: str) -> int:
    """Where the words of a rate of change begin in a subject (算力投资|同比增长), or its length."""
    starts = [m.start() for pattern in (GROWTH, DECLINE, PERIOD_ON_PERIOD) if (m := pattern.search(subject))]
    return min(starts, default=len(subject))


def is_decline(before: str) -> bool:
    return bool(DECLINE.search(before))


def is_policy_document(title: str | None) -> bool:
    """The title names a plan or policy: the document is one, or reports one."""
    return title is not None and POLICY_DOCUMENT.search(title) is not None


def kind_of(number_start: int, clause_before: str, cues: Cues) -> str:
    """forecast / target / actual from the words before the number in its sentence. A 《行动计划》 that
    提出 a number sets a target, so titles count for targets; a 《…预测研究报告》 that 显示 a number
    doesn't make it a forecast, so they don't count for forecasts."""
    if cues.target_end <= number_start:
        return "target"
    if FORECAST.search(clause_before) or cues.forecast_end <= number_start:
        return "forecast"
    return "actual"


def region_code(name: str, script: str) -> str:
    """我国 is Taiwan in a Taiwan story."""
    if name in ("我国", "国内") and script == "traditional_tw":
        return "TW"
    return REGIONS.get(name, name)


@lru_cache(maxsize=4096)
def regions_in(text: str, script: str = "simplified") -> tuple[str, ...]:
    """Regions named in the text (cached: a sentence's numbers often share one subject)."""
    return tuple(place.region for place in places(text, script))


class Place(NamedTuple):
    end: int
    region: str
    listed: bool
    """Joined to the place before it as a list (山西、辽宁、上海)."""


LISTED = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")


def places(text: str, script: str = "simplified") -> list[Place]:
    """The places named in the text, a place written right after the one it lies in (青海海东,
    宁夏中卫) as the one, more specific place: not a list of two regions."""
    found: list[Place] = []
    previous_end = -1
    for match in REGION_PATTERN.finditer(text):
        region = region_code(match.group(0), script)
        if match.start() == previous_end:
            found[-1] = Place(match.end(), region, found[-1].listed)
        else:
            listed = previous_end >= 0 and LISTED.fullmatch(text, previous_end, match.start()) is not None
            found.append(Place(match.end(), region, listed))
        previous_end = match.end()
    return found


def region_around(regions_before: list[Place]) -> str | None:
    """The place the sentence names before a number whose words name none: the nearest if it names
    several (记者从内蒙古…获悉，和林格尔集群…, 项目总投资达到320亿元 is 和林格尔's), unless they are a list
    (山西、辽宁、上海等10个省区市 is about the country, not about 上海)."""
    around = [place for place in regions_before if place.region != "GLOBAL"]
    if len({place.region for place in around}) == 1:
        return around[0].region
    return around[-1].region if around and not around[-1].listed else None


# 全省算力规模, 本市: the province or city the document is about.
WHOLE_PROVINCE = re.compile(r"全省|本省|省内|全区|自治区内")
WHOLE_CITY = re.compile(r"全市|本市|市内")


@dataclass(frozen=True)
class DocumentRegions:
    """Where a document is about, for numbers whose sentence names no region: its title counts twice."""

    counts: Counter[str]
    fallback: str | None
    """Where a document naming no region is from (its script: CN, TW, HK)."""

    @staticmethod
    def of(title: str | None, text: str, fallback: str | None) -> DocumentRegions:
        # A whole text (not worth a cache entry), without the stories' leads (新华社北京…电: the newsroom).
        named = [place.region for line in text.split("\n") for place in places(mask_lead(line))]
        counts = Counter(r for r in [*regions_in(title or "") * 2, *named] if r != "GLOBAL")
        return DocumentRegions(counts, fallback)

    def _most_named(self, among: frozenset[str] | None = None) -> str | None:
        named = [region for region in self.counts if among is None or region in among]
        # On a tie, a city or province over an area spanning several (长三角（芜湖）算力产业园 is 芜湖).
        return max(named, key=lambda r: (self.counts[r], r not in AREAS), default=None)

    def region_for(self, subject: str) -> str | None:
        if WHOLE_PROVINCE.search(subject) and (province := self._most_named(_PROVINCE_SET)):
            return province
        if WHOLE_CITY.search(subject) and (city := self._most_named(_CITY_SET)):
            return city
        return self._most_named() or self.fallback


WHOLE_AREA = re.compile(f"{WHOLE_PROVINCE.pattern}|{WHOLE_CITY.pattern}")


def whole_area(subject: str) -> bool:
    """全省, 全市: the subject is about the province or city the document is about."""
    return WHOLE_AREA.search(subject) is not None


_PROVINCE_SET = frozenset(PROVINCES)
_CITY_SET = frozenset(CITIES)


def place_rank(region: str) -> int:
    """How specific a region is: 0 a city or hub, 1 a province, 2 an area or a part of the country,
    3 a country or the world."""
    if region in _CITY_SET or region in HUBS:
        return 0
    if region in _PROVINCE_SET:
        return 1
    if region in AREAS or region in MACRO_REGIONS:
        return 2
    return 3


# Before the source: a dateline in brackets (（中央社记者林宏翰台北25日电）, 〔记者洪友芳/新竹报导〕), a
# connective, 大陆/内地 (how Taiwan and Hong Kong name mainland bodies) and what kind of body it is.
SOURCE_PREAMBLE = re.compile(
    r"^(?:[（(〔【\[][^）)〕】\]]*[）)〕】\]])?\s*(?:据|根据|由|而|此前|另据|另外|同时|例如|其中|前述)?"
    r"(?:大陆|内地)?(?:(?:市场)?(?:研究咨询|研调|研究|调研|调查|市调|咨询)?(?:机构|智库))?"
)
# 国家数据局7月14日发布, 工业和信息化部2023年10月印发: when, not who.
SOURCE_TIME = re.compile(
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|[今昨]?[（(]\d{1,2}[）)]日|近日|日前|今天|昨天|今日|昨日|近期|此前)"
    r"(?:最新|首次)?$"
)
# A who cut inside the lead's brackets (the lead had a space: 〔工商时报 记者…〕): up to the bracket's end.
UNOPENED_BRACKET = re.compile(r"^[^（(〔【\[]*[）)〕】\]]")
# 华泰证券最新研报, 世邦魏理仕最新报告: the paper, not who wrote it; （通讯办）: a short name in brackets.
SOURCE_PAPER = re.compile(
    r"(?:的?(?:最新|年度)?(?:研报|研究报告|报告|数据|统计|调查)|[（(][^）)]{1,10}[）)])$"
)
# 市委书记在新闻发布会上介绍: where it was said, not who said it.
SPEAKING_OCCASION = re.compile(r"在[^，。；]{1,20}?(?:上|中|期间|时)$")
# 工信部等六部门: the lead body, named first.
SOURCE_FOLLOWERS = re.compile(r"等[\u4e00-\u9fff\d]{0,3}(?:部门|部委|单位|机构|家)$")
SPEAKER_TITLE = re.compile(
    r"(?P<body>.+?(?:局|部|委|院|会|办|厅|署|所|司|公司|集团|中心|银行))"
    r"(?:党组书记|副书记|书记|副主席|主席|副会长|会长|市长|副市长|省长|副省长|区长|副区长|县长|新闻发言人|发言人|局长|副局长|部长|副部长|主任|副主任|院长|副院长|董事长|副董事长|总经理|副总经理|总裁|副总裁|"
    r"首席[\u4e00-\u9fff]{0,4}官|有关负责人|相关负责人|负责人|司长|副司长|秘书长|理事长|分析师)"
)
SOURCE_JOINER = re.compile(r"与|、|及|(?<=[部院局委会司所心厅署办行社学A-Za-z])和")


def _tidy_source(who: str) -> str:
    # （中央社记者林宏翰台北25日电）IDC..., 〔工商时报 记者…报导〕经济部能源署: the story's lead is not the source.
    who = STORY_LEAD.sub("", who.strip())
    who = UNOPENED_BRACKET.sub("", who)
    who = SOURCE_TIME.sub("", SOURCE_PREAMBLE.sub("", who.strip()))
    who = SOURCE_FOLLOWERS.sub("", SPEAKING_OCCASION.sub("", who))
    who = SOURCE_PAPER.sub("", who)  # 华泰证券最新研报, 通讯事务管理局办公室（通讯办）
    if speaker := SPEAKER_TITLE.match(who):  # 国家数据局局长刘烈宏: the body speaks, through its head
        who = speaker["body"]
    # 和 joins two sources only after a complete name (中国信通院和IDC), not inside one (工业和信息化部).
    parts = [p.strip() for p in SOURCE_JOINER.split(who) if p.strip()]
    return "; ".join(parts)


CITING_WORDS = (
    "显示",
    "表示",
    "指出",
    "称",
    "据",
    "透露",
    "介绍",
    "说",
    "认为",
    "预计",
    "宣布",
    "发布",
    "数据",
    "报告",
    "印发",
    "出台",
    "公布",
    "提出",
    "明确",
    "预估",
    "估计",
    "强调",
    "统计",
    "测算",
    "指",
    "获悉",
    "了解到",
    "得知",
)
CITING = re.compile("|".join(CITING_WORDS))
NUMBER_CHARS = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿兆廿卅第]")


def may_cite(sentence: str) -> bool:
    """A cheap test before the source patterns: they all need one of these words."""
    return CITING.search(sentence) is not None


def may_hold_number(sentence: str) -> bool:
    """A cheap test before the quantity patterns: no digit and no numeral character, no fact."""
    return NUMBER_CHARS.search(sentence) is not None


def _report_cited(sentence: str) -> str | None:
    for match in REPORT_CITED.finditer(sentence):
        clause_start = max((m.end() for m in CLAUSE_START.finditer(sentence, 0, match.start())), default=0)
        who = sentence[max(clause_start, match.start() - REPORTER_CHARS) : match.start()]
        if len(who.removeprefix("根据").removeprefix("据")) >= 2:
            return f"{_tidy_source(who)} {match['title']}"
    return None


def cited_source(sentence: str) -> str | None:
    """Who the sentence says the numbers come from, with the report title when given. Each pattern
    is tried only when the word it hinges on is there: their lazy subjects are costly to scan."""
    if "《" in sentence and (report := _report_cited(sentence)):
        return report
    if "《" in sentence and (document := ACCORDING_TO_DOCUMENT.search(sentence)):
        return document["title"]  # 根据《北京市算力基础设施建设实施方案》，到2027年…
    if "据" in sentence and (who := _named(SOURCE_DATA.finditer(sentence))):
        return who
    if (SHOWING.search(sentence) or "布" in sentence) and (who := _named(SOURCE_SHOWS.finditer(sentence))):
        return who
    if ("统计" in sentence or "测算" in sentence) and (who := _named(SOURCE_COUNTED.finditer(sentence))):
        return who
    if ("获悉" in sentence or "了解到" in sentence or "得知" in sentence) and (
        who := _named(SOURCE_LEARNED.finditer(sentence))
    ):
        return who
    if not SPEAKING.search(sentence):
        return None
    return _named(SOURCE_SPEAKER.finditer(sentence))


def _named(matches: Iterator[re.Match[str]]) -> str | None:
    """The first who that names someone: not a pronoun or a word like 数据 or 业内."""
    for match in matches:
        who = _tidy_source(match["who"])
        if not GENERIC_SPEAKERS.match(who) and NAME_CHARS.search(who):
            return who
    return None
