"""Find quantities in a sentence: a number, its multiplier, its unit, the 多/余 after it, and ranges.

A quantity without a unit is not a fact (years, dates, phone and model numbers have none), which is the
first and strongest noise filter.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .numbers import ARABIC, CHINESE, DIGITS, parse_number
from .periods import BROKER_YEAR
from .skipping import compile_skipping
from .units import MULTIPLIERS, TAIWAN_TRILLION, UNIT_PATTERN, Unit, is_money, lookup_unit

# Arabic numbers glued to Latin letters are model numbers (H20, A100); Chinese numerals never are.
# The leading lookahead lets the scan skip, in C, every position where no numeral starts.
QUANTITY = compile_skipping(
    r"(?=[\d零〇○一二两三四五六七八九十百千万亿廿卅卌])"
    # (138.4GW/346.2GWh: a storage plant's power and its energy)
    rf"(?P<pct>百分之)?(?P<num>(?:(?<![A-Za-z0-9._/])|(?<=%/)|(?<=W/))(?:{ARABIC})|{CHINESE})"  # 20.5%/17.1%
    # A space may stand before the multiplier (达 810 万标准机架: text converted from PDF or spaced HTML).
    # 百亿亿次 and 亿亿次 are units of FLOPS (10^18, 10^16), not a multiplier before 亿次.
    rf"(?P<more>多|余)?(?:\s?(?P<mult>[千百]?(?:万亿|亿|万)|千(?![瓦米克伏])|百|兆(?=元|美元|港元|港币|澳门元|新台币|台币|日元|欧元))(?![万亿]*亿次)(?!(?<=亿)次)(?!次(?:浮点|运算|计算)))?(?P<more2>多|余)?"
    rf"\s?(?P<unit>{UNIT_PATTERN})?"
)
CURRENCIES = {
    "新台币": "TWD",
    "台币": "TWD",
    "港币": "HKD",
    "港元": "HKD",
    "澳门元": "MOP",
    "澳门币": "MOP",
    "美元": "USD",
    "人民币": "CNY",
    "日元": "JPY",
    "欧元": "EUR",
    "令吉": "MYR",
    "林吉特": "MYR",
    "新加坡元": "SGD",
    "新元": "SGD",
}
CURRENCY_WORD = f"(?:{'|'.join(CURRENCIES)})"
"""Any currency's name, written before a number (约人民币60亿元)."""
CURRENCY_BEFORE = re.compile(f"({'|'.join(CURRENCIES)})\\s*$")


def _currency_before(sentence: str, start: int) -> Unit | None:
    """The currency named just before a number (人民币, 新台币, 港元…), as its unit."""
    named = CURRENCY_BEFORE.search(sentence, max(0, start - 6), start)
    return Unit(CURRENCIES[named.group(1)]) if named else None


RANGE_START = re.compile(r"\s*(?:到|至|~|～|-|—|－|–)")
"""A unitless number is kept only when a range continues after it."""
RANGE_JOINER = re.compile(r"^\s*(?:到|至|~|～|-|—|－|–)\s*$|^\s*[，,]?\s*甚至(?:是|达到|达)?\s*$")
DIGIT = re.compile(r"\d")
IDIOMS = {"亿万", "千万万", "万万", "千千万万"}
CLAUSE_ENDS = ("，", "。", "；", "、", "")
NOT_A_NOUN_END = "第的了是有这那每各几数某另近约超逾达至到为和与及或"
SINGLE_DIGIT_CHINESE = re.compile(r"^[零〇一二两三四五六七八九十百千万亿]$")
# 全国第三方智算服务商, 全国第一批, 全省第二轮: an ordinal in a word, no rank.
ORDINAL_IN_A_WORD = r"(?![一二三四五六七八九十\d方批波代次期届季轮阶家项款条步线章节号类档层梯队年月日个])"
RANK = re.compile(
    r"(?P<scope>全球|全国|世界|亚洲|国内|全省|全市)?(?:排名|位居|位列|排在|名列|居)?\s*第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,3})(?:位|名)?"
    + ORDINAL_IN_A_WORD
)
# 居河北省第一, 位居中部省会城市第一: a rank among a group named between the verb and 第.
PLACED_RANK = re.compile(
    r"(?:排名|位居|位列|排在|名列|稳居|居)(?P<scope>[\u4e00-\u9fff]{2,10}?)第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,3})(?:位|名)?"
    + ORDINAL_IN_A_WORD
)
JOINED_RANK = re.compile(  # (居全国第六位、西部第一位: the next rank, in a group of its own)
    r"(?:和|、|及|与)(?P<rank>(?:全球|全国|世界|亚洲|国内|全省|全市|西部|东部|中部|东北|中西部|华东|华南|华北|华中|西南|西北)?"
    r"第(?P<num>[一二三四五六七八九十]{1,3}|\d{1,3})(?:位|名)?)" + ORDINAL_IN_A_WORD
)
BARE_UNIT_NUMERAL_OK = ("近", "上", "逾", "超", "甚至", "至", "到", "约")
# 注册用户超过6亿，; 日均token调用量突破60万亿，: people or tokens counted with no unit after the multiplier.
PEOPLE_BEFORE = re.compile(r"(?:用户|网民|人数|人口|人次|调用量|[Tt]okens?|TOKEN|词元)[^，。；\d]{0,4}$")
CLAUSE_END = re.compile(r"\s*(?:以上|以下|左右|多)?\s*(?:[，。；、,;）)]|$)")  # (token调用量达到50万亿以上，)
MONEY_BEFORE = re.compile(r"(?:投资额|投资|总额|营收|收入|资金|预算|产值)(?:约|近|超过|超|逾|达|为|达到)?$")
# 万卡集群, 超万卡的智算集群, 千卡级: a class of cluster, not a count of cards.
SCALE_CLASS = re.compile(r"级|集群|的[^，。；]{0,6}集群")


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: Unit
    text: str
    more: bool = False
    """多/余 after the number: strictly more than the value."""
    multiplier: float = 1.0
    """万, 亿...: a range's low end without one borrows the high end's (1000-1200亿元)."""
    at_most: bool = False
    """位居全球前三: a rank of 3 or better."""
    value_high: float | None = None
    currency_named: bool = False
    """The text names the currency (新台币, 人民币...), so no local reading of 元 applies."""


def in_base_units(number: float, factor: float) -> float:
    """number × factor without binary noise: 2.07亿 is 207000000, not 206999999.99999997. Twelve
    significant digits is more than any figure in the news carries."""
    return float(f"{number * factor:.12g}")


def _accept_chinese(num: str, unit: Unit, before: str, after: str, more: bool) -> bool:
    """Chinese numerals are words too (一体化, 两个方面, 千行百业): accept only where they measure."""
    if num[0] in "十百千万亿" and before.endswith(("数", "几")):
        return False  # 数百亿元, 几十个: "some hundreds", no figure to report
    if num in IDIOMS or before.endswith(("成千上", "成百上", "千千", "万万")):
        return False  # 成千上万张, 亿万倍: "countless"
    if DIGIT.search(num) or unit.canonical in {"percent", "multiple", "percentage_point"}:
        return True
    if (
        num in "两二三四五六七八九"
        and after[:1] in CLAUSE_ENDS
        and before[-1:]
        and "\u4e00" <= before[-1] <= "\u9fff"
    ):
        return before[-1] not in NOT_A_NOUN_END  # 跨境数据中心七座，: a count after what it counts
    if SINGLE_DIGIT_CHINESE.match(num):
        # 近百个, 上千家 and 十余个 measure; 一家, 两个方面, 千家万户 and 万卡集群 don't.
        return (
            num in "十百千万亿"
            and (more or before.endswith(BARE_UNIT_NUMERAL_OK))
            and not SCALE_CLASS.match(after)
        )
    return True


MAGNITUDE_ONLY = re.compile(r"[十百千万亿兆]+")
# 五六成, 四五倍, 七八十家, 两三万台: two numerals side by side, "five or six", a range (not 560%).
APPROXIMATE_PAIR = re.compile(
    r"(?P<low>[一两二三四五六七八])(?P<high>(?<=一)[两二]|(?<=[两二])三|(?<=三)[四五]|(?<=四)五|(?<=五)六|(?<=六)七|(?<=七)八|(?<=八)九)"
    r"(?P<rest>[十百千万亿]*)"
)


def _broker_year_at(sentence: str, start: int) -> bool:
    return any(m.start("year") == start for m in BROKER_YEAR.finditer(sentence, max(0, start - 2)))


def _ends_a_percent_range(found: list[Quantity], match: re.Match[str], sentence: str) -> bool:
    """百分之十五至二十: the range's end, in words like its start, a percent too (not 下降百分之十至1.2以下, where
    至 means to and a level follows)."""
    return bool(
        found
        and found[-1].text.startswith("百分之")
        and not DIGIT.search(match["num"])
        and RANGE_JOINER.match(sentence[found[-1].end : match.start()])
    )


# 每秒10万亿次 and 1亿次浮点运算 are a speed; 下载量超过6亿次 counts times. Larger units (亿亿次, 千万亿次) are
# always compute.
TIMES_OR_SPEED = ("亿次", "万亿次")
SPEED_BEFORE = re.compile(
    r"每秒|(?:算力|运算|计算|速度|峰值|性能)(?:能力)?[达为到约近超过逾突破了已是可]{0,4}$"
)
SPEED_AFTER = re.compile(r"\s*(?:的)?(?:浮点|运算|计算|/秒|每秒)")


def _times_or_a_speed(unit: Unit, match: re.Match[str], sentence: str) -> Unit:
    if match["unit"] not in TIMES_OR_SPEED or (
        SPEED_BEFORE.search(sentence[max(0, match.start() - 12) : match.start()])
        or SPEED_AFTER.match(sentence, match.end())
    ):
        return unit
    return Unit("count", unit.factor)  # 下载量超过6亿次, 调用量达10万亿次: times, counted


def find_quantities(sentence: str) -> list[Quantity]:
    """Quantities with a unit, ranges merged (4%到5%, 10至20个, 十倍，甚至百倍)."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(sentence):
        if match.start() and sentence[match.start() - 1] == "第":
            continue  # 第57个世界电信日: an ordinal, no quantity (ranks are read apart)
        if match.start() and sentence[match.start() - 1] in "（(" and MAGNITUDE_ONLY.fullmatch(match["num"]):
            continue  # GFLOPS(十亿次), PFLOPS（千万亿次）: what a unit's prefix means, no figure
        unit = lookup_unit(match["unit"]) if match["unit"] else None
        if match["pct"] or (unit is None and _ends_a_percent_range(found, match, sentence)):
            unit = Unit("percent")
        before = sentence[max(0, match.start() - 6) : match.start()]
        named = _currency_before(sentence, match.start())
        if named and (
            (unit is None and match["mult"] and not RANGE_START.match(sentence, match.end()))
            or (unit is not None and unit.canonical == "CNY")
        ):
            unit = named  # 新台币1.6兆元, 人民币4,000亿: the currency named before the number is the unit
        if (
            unit is None
            and match["mult"]
            and PEOPLE_BEFORE.search(before)
            and CLAUSE_END.match(sentence, match.end())
        ):
            unit = Unit("count")
        if (
            unit is None
            and match["mult"]
            and MONEY_BEFORE.search(before)
            and CLAUSE_END.match(sentence, match.end())
        ):
            unit = Unit("CNY")  # 总投资26.63亿,占地55亩: money with its 元 left out
        if unit is None:
            if RANGE_START.match(sentence, match.end()) or (
                LIST_JOINER_ONLY.match(sentence, match.end()) and (match["mult"] or "." in match["num"])
            ):
                found.append(_unitless(match))
            continue
        unit = _times_or_a_speed(unit, match, sentence)
        if match["unit"] == "E" and _broker_year_at(sentence, match.start()):
            continue  # 2026E营收, （2024A—2028E）: a broker's estimated year, no exaFLOPS
        after = sentence[match.end() : match.end() + 8]
        if not _accept_chinese(match["num"], unit, before, after, bool(match["more"] or match["more2"])):
            continue
        if match["unit"] == "成" and sentence.startswith("群", match.end()):
            continue  # 三五成群: an idiom, no share
        pair = APPROXIMATE_PAIR.fullmatch(match["num"])
        if pair and pair["rest"] == "" and DIGITS[pair["low"]] == 1:
            continue  # 一两次规则调整, 一两个大客户: "one or two", a manner of speaking
        try:
            number = parse_number(pair["low"] + pair["rest"] if pair else match["num"])
        except (ValueError, KeyError):
            continue
        multiplier = MULTIPLIERS.get(match["mult"] or "", 1.0)
        if match["mult"] == "兆" and is_money(unit):
            multiplier = TAIWAN_TRILLION
        start, number = _with_larger_part(sentence, match.start(), number * multiplier, unit)
        if start != match.start() and (named := _currency_before(sentence, start)):
            unit = named  # 新台币2兆8,000亿元: the currency before the whole
        end = match.end()
        trailing_more = unit.canonical == "multiple" and sentence[end : end + 1] in ("多", "余")
        if trailing_more:
            end += 1  # 两倍多: more than twice
        if (
            unit.factor == 10.0
            and unit.canonical == "percent"
            and (tenth := TENTH_AFTER.match(sentence, end))
        ):
            # 6成8: 68%; 八成半: 85%; 六成五: 65%
            digit = HAN_DIGITS.index(tenth["han"]) + 1 if tenth["han"] else tenth["digit"]
            number, end = number + (0.5 if digit == "半" else int(digit) / 10), tenth.end()
        found.append(
            Quantity(
                start=start,
                end=end,
                value=in_base_units(number, unit.factor),
                unit=unit,
                text=sentence[start:end].strip(),
                more=bool(match["more"] or match["more2"]) or trailing_more,
                multiplier=multiplier,
                currency_named=bool(named) or (match["unit"] or "").endswith("人民币"),
                value_high=(
                    in_base_units(parse_number(pair["high"] + pair["rest"]) * multiplier, unit.factor)
                    if pair
                    else None
                ),
            )
        )
    return _merge_ranges(_listed_with_the_last_unit(found, sentence), sentence)


# 分别达到108.1万、48.2万、54.7万、14万个: a list whose numbers share the last one's unit.
LIST_JOINER_ONLY = re.compile(r"\s*(?:、|和|及|与)\s*")


def _listed_with_the_last_unit(found: list[Quantity], sentence: str) -> list[Quantity]:
    for i in range(len(found) - 2, -1, -1):
        item, after = found[i], found[i + 1]
        # 分别提升2.3个、2.4个和3.2个百分点: the 个 of 个百分点, written once per item
        points = (
            item.text.endswith("个")
            and after.unit.canonical == "percentage_point"
            and after.text.endswith(("个百分点", "个"))
        )
        if (
            (item.unit.canonical and not points)
            or not after.unit.canonical
            or math.isnan(item.value)
            or not LIST_JOINER_ONLY.fullmatch(sentence, item.end, after.start)
        ):
            continue
        found[i] = Quantity(
            item.start,
            item.end,
            in_base_units(item.value, after.unit.factor),
            after.unit,
            item.text,
            multiplier=item.multiplier,
            currency_named=after.currency_named,
        )
    return found


# 6成8集中在北部, 僅總申請量1成2: tenths and a hundredth part (68%, 12%).
TENTH_AFTER = re.compile(
    r"(?P<digit>[1-9]|半(?![年月天个数导径小]))(?![\d.A-Za-z%％成倍万亿千百])"
    r"|(?P<han>[一二三四五六七八九])(?=的|左右|以上|以下|可|已|将|为|是|在|来自|用于|集中|经|通过|由|属于|[，。；、,;\s）)]|$)"  # 約占六成五: 65%; 其中約六成五可全程網上辦理
)
HAN_DIGITS = "一二三四五六七八九"
# 1兆8,000亿元, 3万8千座: a number written in two parts, the larger part first with no unit of its own.
LARGER_PART = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>兆|亿|万)\s*$")
PART_FACTORS = {"兆": 1e12, "亿": 1e8, "万": 1e4}


def _with_larger_part(sentence: str, start: int, value: float, unit: Unit) -> tuple[int, float]:
    """(start, value) of the number including a larger part written right before it (1兆 of 1兆8,000亿)."""
    larger = LARGER_PART.search(sentence, max(0, start - 12), start)
    if larger is None:
        return start, value
    factor = PART_FACTORS[larger["mult"]]
    if larger["mult"] == "兆" and not is_money(unit):
        return start, value  # 兆 is mega for units: 2兆瓦 is no part of a larger number
    if value >= factor:
        return start, value  # 3万50亿 is no one number
    return larger.start(), float(larger["num"]) * factor + value


def _unitless(match: re.Match[str]) -> Quantity:
    """Kept only so a range's first half (10至20个, 4,000亿至4,500亿元) can borrow the unit of its second."""
    multiplier = MULTIPLIERS.get(match["mult"] or "", 1.0)
    try:
        value = parse_number(match["num"]) * multiplier
    except (ValueError, KeyError):
        value = float("nan")
    return Quantity(match.start(), match.end(), value, Unit(""), match.group(0), multiplier=multiplier)


def _merge_ranges(found: list[Quantity], sentence: str) -> list[Quantity]:
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        low = found[i]
        high = found[i + 1] if i + 1 < len(found) else None
        if (
            high is not None
            and high.unit.canonical
            and low.unit.canonical in ("", high.unit.canonical)
            and RANGE_JOINER.match(sentence[low.end : high.start])
        ):
            low_value = low.value
            if not low.unit.canonical:
                borrowed = high.multiplier if low.multiplier == 1.0 else 1.0
                low_value = in_base_units(low.value, borrowed * high.unit.factor)
            unit = high.unit
            if unit.canonical == "CNY" and (named := _currency_before(sentence, low.start)):
                unit = named  # 新台币1,360亿至1,400亿元: the currency before the range
            if not math.isnan(low_value):
                merged.append(
                    Quantity(
                        low.start,
                        high.end,
                        low_value,
                        unit,
                        sentence[low.start : high.end],
                        value_high=high.value,
                        currency_named=low.currency_named or high.currency_named or unit is not high.unit,
                    )
                )
                i += 2
                continue
        if low.unit.canonical:
            merged.append(low)
        i += 1
    return merged


DOUBLING = re.compile(
    r"翻(?:了)?(?:(?P<times>一|两|二|三|[123])?番|倍)(?P<more>多)?|(?<=将|可|已|再|望|年|比)倍增"
)  # (not 机会倍增, 性能倍增: a noun's; 较去年倍增, 同比倍增: against a time before)
DOUBLINGS = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3}


def find_doublings(sentence: str) -> list[Quantity]:
    """翻一番 doubles, 翻两番 quadruples: a multiple written without a number and a unit."""
    if "翻" not in sentence and "倍增" not in sentence:
        return []
    return [
        Quantity(
            m.start(),
            m.end(),
            float(2 ** DOUBLINGS[m["times"] or "一"]),
            Unit("multiple"),
            m.group(0),
            more=m["more"] is not None,  # 翻了一番多: more than double
        )
        for m in DOUBLING.finditer(sentence)
    ]


# 三分之一, 五分之二, 千分之五; 百分之 is a percent already (QUANTITY reads it).
FRACTION = re.compile(
    r"(?P<den>[二三四五六七八九十]|千|万|\d{1,4})分之(?P<num>[一二两三四五六七八九十]{1,3}|\d{1,4}(?:\.\d+)?)"
)


# 逾半位于北部都会区: more than half, the 半 alone only after 逾 (半年, 半导体 are no shares).
HALF = compile_skipping(r"(?<=[超过逾近约占达到为是的])(?:一半|半数)|(?<=逾)半(?![年月天日个导径小])")
# 占全国的一半以上: half of a whole, after 占 (是去年的一半 is a multiple, no share).
SHARE_OF = re.compile(r"占[^，。；]{0,12}的$")


def find_fractions(sentence: str) -> list[Quantity]:
    """A share written as a fraction, as a percent: 三分之一 is 33.33%, 超过一半 is more than 50%."""
    found = [
        Quantity(m.start(), m.end(), 50.0, Unit("percent"), m.group(0))
        for m in HALF.finditer(sentence)
        if sentence[m.start() - 1] != "的" or SHARE_OF.search(sentence, max(0, m.start() - 14), m.start())
    ]
    if "分之" not in sentence:
        return found
    for match in FRACTION.finditer(sentence):
        try:
            denominator, numerator = parse_number(match["den"]), parse_number(match["num"])
        except (ValueError, KeyError):
            continue
        if denominator > 0 and numerator < denominator:
            value = round(100 * numerator / denominator, 4)
            found.append(Quantity(match.start(), match.end(), value, Unit("percent"), match.group(0)))
    return found


PUE = re.compile(
    r"(?:PUE|电能利用效率)[值]?(?:[（(][^（）()]{1,40}[）)])?(?:[^0-9，。；]{0,6}?|在[^，。；]{2,12}?(?:前|底|内)(?:降至|降到|控制在|低于|达到)"
    r"|[^0-9，。；]{0,4}?(?:从|由)(?:19|20)\d{2}年(?:底|末)?的)"
    r"(?P<num>[0-3]\.\d{1,3})(?![\d%])"
)  # (PUE在民国120年前降至1.3以下: a time between the name and the ratio; PUE从2024年的1.53降至…: a base's year)
# 从2024年的1.53降至今年前三季度的1.27: where the ratio went, from the one before.
RATIO_TO = re.compile(
    r"\s*(?:下降|降低|优化|提升|提高)?(?:降至|降到|至|到)(?:[^，。；\d]{0,4}?(?:19|20)?\d{0,2}[^，。；\d]{0,8}?的)?"
    r"(?:约)?(?P<num>[0-3]\.\d{1,3})(?![\d%.])"
)
# 降至1.42，较上年下降0.04: the change of the ratio just stated, in the ratio's unit.
RATIO_CHANGE = re.compile(
    r"[，,]\s*(?:较|比)(?:(?:19|20)\d{2}年|[^，。；\d]){0,6}?(?:下降|降低|减少|回落|上升|提高|增加)了?"
    r"(?P<num>0\.\d{1,3})(?![\d%.])"  # (较2024年下降0.04: the year compared with)
)


# PUE须降至1.3以下，新建大型数据中心则须达1.25以下: the same ratio, for a part, in the clause after.
RATIO_AGAIN = re.compile(
    r"(?:以下|以内|左右)?[，,]\s*[^，。；\d]{1,20}?(?:达到|达|降至|降到|控制在|低于|不高于|不超过)"
    r"(?P<num>[0-3]\.\d{1,3})(?=以下|以内|左右|[，。；,]|$)"
)
# PUE已降至1.19，较2023年的1.28明显下降: the ratio at the time compared with.
RATIO_BEFORE = re.compile(r"[，,]\s*(?:较|比|相比)\d{4}年(?:同期|底|末)?的(?P<num>[0-3]\.\d{1,3})(?![\d%.])")
# 平均PUE分别降至1.18、1.20、1.19和1.16: the ratios listed after the first.
NEXT_RATIO = re.compile(r"\s*(?:、|和|及|与|以及)\s*(?P<num>[0-3]\.\d{1,3})(?![\d%.])")


def find_ratios(sentence: str) -> list[Quantity]:
    """PUE 1.25: a ratio whose name comes before the number, not after it (and the ratios listed after
    it)."""
    if "PUE" not in sentence and "电能利用效率" not in sentence:  # (PUE's Chinese name, written alone)
        return []
    found: list[Quantity] = []
    for match in PUE.finditer(sentence):
        listed: re.Match[str] | None = match
        while listed is not None:
            found.append(
                Quantity(
                    listed.start("num"), listed.end("num"), float(listed["num"]), Unit("ratio"), listed["num"]
                )
            )
            end = listed.end()
            listed = NEXT_RATIO.match(sentence, end) or RATIO_TO.match(sentence, end)
        while again := RATIO_AGAIN.match(sentence, end):  # (…可降至1.2左右，浸没式液冷则可降至1.1以下)
            found.append(
                Quantity(
                    again.start("num"), again.end("num"), float(again["num"]), Unit("ratio"), again["num"]
                )
            )
            end = again.end()
        if change := RATIO_CHANGE.match(sentence, end) or RATIO_BEFORE.match(sentence, end):
            found.append(
                Quantity(
                    change.start("num"), change.end("num"), float(change["num"]), Unit("ratio"), change["num"]
                )
            )
    return found


# 位居全球前三, 跻身全国前十: a place among the first N (a rank of at most N).
TOP_RANK = re.compile(
    r"(?:排名|位居|位列|排在|名列|居|跻身|进入|稳居)(?P<scope>全球|全国|世界|亚洲|国内|全省|全市)?"
    r"前(?P<num>[二三四五六七八九十]|十[一二三四五六七八九]|二十|[2-9]|[1-9]\d)(?:名|位|强)?"
)


BARE_RANK = re.compile(r"[，,]\s*排名(?:为)?\s*(?P<num>[1-9]\d{0,2})(?=\s*[。；;，,]|$)")
# 第1名 北京|综合得分91.6分: a ranking's item, its place opening the line and the one placed after it.
LISTED_PLACE = re.compile(
    r"^\s*(?P<rank>第(?P<num>[1-9]\d{0,2}|[一二三四五六七八九十]{1,3})名)[\s：:、]+(?=[\u4e00-\u9fff])"
)
GROUP_AFTER = re.compile(r"的?(?:城市|省份|省市|地区|企业|厂商|公司|国家)")
# 跃居全国首位: first, written without a number.
FIRST_PLACE = re.compile(
    r"(?:排名|位居|位列|跃居|稳居|名列|居)(?P<scope>全球|全国|世界|亚洲|国内|全省|全市|[\u4e00-\u9fff]{2,6}?)首位"
)


def find_ranks(sentence: str) -> list[Quantity]:
    """全球第二, 位居全国第一: a rank needs a scope or a ranking verb, so 第二波 is not one; 位居全球前三
    is a rank of at most 3."""
    found: list[Quantity] = [
        Quantity(m.start("scope"), m.end(), 1.0, Unit("rank"), sentence[m.start("scope") : m.end()])
        for m in (FIRST_PLACE.finditer(sentence) if "首位" in sentence else ())
    ]
    if "排名" in sentence:
        # 北京算力规模38.6EFLOPS，…，排名1: a table's rank column, read as a sentence
        found += [
            Quantity(m.start("num"), m.end("num"), float(m["num"]), Unit("rank"), m["num"])
            for m in BARE_RANK.finditer(sentence)
        ]
    if "前" in sentence:
        for match in TOP_RANK.finditer(sentence):
            if (
                GROUP_AFTER.match(sentence, match.end())
                and "分别" not in sentence[match.end() : match.end() + 8]
            ):
                continue  # 排名前十城市的算力总规模: which cities a figure is of, no rank
            start = match.start("scope") if match["scope"] else match.start("num") - 1
            found.append(
                Quantity(
                    start,
                    match.end(),
                    parse_number(match["num"]),
                    Unit("rank"),
                    sentence[start : match.end()],
                    at_most=True,
                )
            )
    if "第" not in sentence:
        return found
    if listed := LISTED_PLACE.match(sentence):
        value = parse_number(listed["num"])
        found.append(Quantity(listed.start("rank"), listed.end("rank"), value, Unit("rank"), listed["rank"]))
    for match in RANK.finditer(sentence):
        text = match.group(0)
        if not (match["scope"] or text.startswith(("排名", "位居", "位列", "排在", "名列", "居"))):
            continue
        try:
            value = parse_number(match["num"])
        except (ValueError, KeyError):
            continue
        found.append(Quantity(match.start(), match.end(), value, Unit("rank"), text))
    ranked = {quantity.end for quantity in found}
    for match in JOINED_RANK.finditer(sentence):
        if match.start() in ranked and match.end() not in ranked:
            # 分列全球第一和第二位: the next rank of a list, its scope the first's
            start = match.start("rank")
            found.append(
                Quantity(start, match.end(), parse_number(match["num"]), Unit("rank"), match["rank"])
            )
            ranked.add(match.end())
    for match in PLACED_RANK.finditer(sentence):
        if match.end() not in ranked:
            start = match.start("scope")
            value = parse_number(match["num"])
            found.append(Quantity(start, match.end(), value, Unit("rank"), sentence[start : match.end()]))
    return found
