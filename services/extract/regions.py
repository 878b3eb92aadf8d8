"""Where a number is about: the places Chinese news names (provinces, every prefecture-level city,
hubs, areas spanning provinces, the country's parts, foreign countries) and the region a document is
mostly about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .skipping import compile_skipping

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
    "全台": "TW",
    # 九龙坡区 is Chongqing's, not Kowloon (九龙): the longer name wins the match
    "九龙坡": "重庆",
    # 台系ODM厂合计市占率, 台厂: Taiwan's makers, whatever market they sell to
    "台系": "TW",
    "台厂": "TW",
    # Taiwan's cities and counties, and Hong Kong's districts: no regions of their own in the series,
    # their island's or territory's (a figure of 桃园 is Taiwan's).
    **dict.fromkeys(
        [
            "台北",
            "新北",
            "桃园",
            "台中",
            "台南",
            "高雄",
            "新竹",
            "基隆",
            "苗栗",
            "彰化",
            "云林",
            "嘉义",
            "屏东",
            "宜兰",
            "花莲",
            "南投",
            "台东",
            "金门",
            "澎湖",
        ],
        "TW",
    ),
    **dict.fromkeys(
        [
            "九龙",
            "新界",
            "港岛",
            "将军澳",
            "沙田",
            "荃湾",
            "葵涌",
            "屯门",
            "元朗",
            "观塘",
            "北部都会区",
            "沙岭",
            "科学园",
            "南丫岛",
        ],
        "HK",
    ),
    # Continents and regions of the world, by their Chinese names (no code of their own).
    "欧洲": "欧洲",
    "北美": "北美",
    "亚太": "亚太",
    "东南亚": "东南亚",
    # Short names of the areas that span provinces.
    "大湾区": "粤港澳大湾区",
    "长江三角洲": "长三角",
    # 天府数据中心集群 and 天府新区: 成都's (the 成渝 hub's cluster in Sichuan).
    "天府数据中心集群": "成都",
    "天府新区": "成都",
    # The other national new areas whose names hold no city's: the city (or province) they are in.
    "两江新区": "重庆",
    "西咸新区": "西安",  # (administered by 西安 since 2017)
    "江北新区": "南京",
    "湘江新区": "长沙",
    "赣江新区": "南昌",
    "滇中新区": "昆明",
    "金普新区": "大连",
    # 横琴粤澳深度合作区: the cooperation zone is 珠海's (not Macau's; 澳门大学横琴校区 stays Macau's).
    "横琴粤澳深度合作区": "珠海",
    "横琴合作区": "珠海",
    # 西部枢纽节点的智能算力规模: the hubs of a part of the country stand for that part.
    "西部枢纽节点": "西部地区",
    "东部枢纽节点": "东部地区",
    "澳门": "MO",
    "本澳": "MO",
    "路氹": "MO",
    "氹仔": "MO",
    "美国": "US",
    "爱尔兰": "IE",
    "荷兰": "NL",
    "瑞典": "SE",
    "挪威": "NO",
    "芬兰": "FI",
    "丹麦": "DK",
    "意大利": "IT",
    "西班牙": "ES",
    "加拿大": "CA",
    "澳大利亚": "AU",
    "澳洲": "AU",
    "巴西": "BR",
    "墨西哥": "MX",
    "俄罗斯": "RU",
    "菲律宾": "PH",
    "以色列": "IL",
    "日本": "JP",
    "韩国": "KR",
    "南韩": "KR",
    "新加坡": "SG",
    "印度": "IN",
    "马来西亚": "MY",
    # Southeast Asia's data-centre hubs, by their Chinese names.
    "柔佛": "MY",
    "新山": "MY",
    "吉隆坡": "MY",
    "依斯干达": "MY",
    "士乃": "MY",
    "赛城": "MY",
    "雅加达": "ID",
    "巴淡": "ID",
    "曼谷": "TH",
    "河内": "VN",
    "胡志明市": "VN",
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
    "吉林",
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
    "海南",
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
# (each with the province it is in)
HUB_PROVINCE = {"贵安": "贵州", "和林格尔": "内蒙古", "雄安": "河北"}
HUBS = list(HUB_PROVINCE)
# Regions that span provinces: on a tie, the province or city a document also names is more specific.
AREAS = ["长三角", "京津冀", "粤港澳大湾区", "成渝"]
# 东部地区投资额: the country's regions are not the country (their numbers must not land in its series).
MACRO_REGIONS = ["东部地区", "中部地区", "西部地区", "东北地区"]
CITIES_PATH = Path(__file__).with_name("cities.txt")


def _city_provinces() -> dict[str, str]:
    lines = CITIES_PATH.read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


CITY_PROVINCE = _city_provinces()
"""广州 -> 广东: the province each prefecture-level city lies in."""
CITIES = list(CITY_PROVINCE)
COUNTIES_PATH = Path(__file__).with_name("counties.txt")
DISTRICTS_PATH = Path(__file__).with_name("districts.txt")


def _counties() -> dict[str, str]:
    """怀来县 -> 张家口, 雁塔区 -> 西安: a county's or a district's numbers are its city's (the series go no
    lower than cities)."""
    lines = [
        *COUNTIES_PATH.read_text(encoding="utf-8").splitlines(),
        *DISTRICTS_PATH.read_text(encoding="utf-8").splitlines(),
    ]
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


COUNTIES = _counties()
# The lengths county names ending in each character have, longest first, and the characters that come
# just before that last one: most 市 and 县 in a text end no county name.
COUNTY_LENGTHS = {
    end: sorted({len(name) for name in COUNTIES if name[-1] == end}, reverse=True) for end in "县旗市区"
}
COUNTY_PENULTIMATE = frozenset(name[-2] for name in COUNTIES)
# Counties are looked up back from their last character, not put in REGION_PATTERN: 1,700 more names
# there made every scan a tenth slower.
COUNTY_ONLY_END = re.compile(r"[县旗]|市(?![场值民])")
COUNTY_END = re.compile(rf"{COUNTY_ONLY_END.pattern}|区(?![域块间位别])")  # (not 河北区域)


ELIDED_MACRO = re.compile(
    r"(?:东北|东|中|西)部(?=(?:、(?:东北|东|中|西)部)*(?:、|和|及|与)(?:(?:东北|东|中|西)部|东北)地区)"
)
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


def region_code(name: str, script: str) -> str:
    """我国 is Taiwan in a Taiwan story, and so is a 科学园."""
    if name in ("我国", "国内", "科学园") and script == "traditional_tw":
        return "TW"  # (南部科学园区: Taiwan's science parks, not Hong Kong's)
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
# 甘肃陇原算力科技有限公司: where a company was registered, not a place the text is about.
NATIONAL_NAME_AFTER = re.compile(
    r"中国(?=电信|移动|联通|铁塔|广电|信通院|信息通信研究院|科学院|工程院|电子(?!信息制造业|商务)|银行|石油|石化|电科|华电|大唐|长城|软件与技术|商飞|中车|通号"
    r"|云服务商|云服务企业|云厂商|科技企业|企业(?=[\u4e00-\u9fff]{2,10}(?:宣布|表示|计划|将|拟))"
    r"|[—－-](?:东盟|阿拉伯|中亚|非洲|欧盟|上海合作组织))"  # 中国—东盟人工智能计算中心: a cooperation's name
)
# 来自中国市场（含香港、澳门）的营收: a part the figure takes in, not where it is.
INCLUDED_BEFORE = re.compile(r"[（(](?:含|包括|包含)[^）)]{0,12}$")
# 在上海证券交易所挂牌, 于香港公开发售: where shares list or are sold, not where the text is about.
EXCHANGE_AFTER = re.compile(r"(?:证券|联合产权|期货)?交易所|证券报|日报|晚报|商报|公开发售")
# 上海燧原科技: a company named after its city (not 武汉未来科技城, 科技园, 科技园区: places in it).
COMPANY_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:科技(?![城园])|集团|股份)")
# 运营主体中国电信广东公司: a carrier's branch, named by its province, is no place a project is in.
CARRIER_BEFORE = re.compile(r"(?:电信|移动|联通|铁塔|广电)$")
BRANCH_AFTER = re.compile(r"[省市]?分?公司")
IN_COMPANY_NAME = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{0,14}?(?:股份)?有限(?:责任)?公司"
    r"|[省市]?(?:电力|电网|供电)(?:有限)?公司"  # 国网甘肃省电力公司: a utility's branch, by its province
)


SENT_TO_BEFORE = re.compile(
    r"(?:销往|出口至|出口到|转口至|转口到|输往|运往|进口自|出货至|出货到|连接|连通|通往|直达)$"
)
SLOGAN_AFTER = re.compile(r"特色|式现代化|梦|共产党")
INSTRUCTIONS_TO = re.compile(r"(?:的)?(?:重要)?(?:指示|讲话|批示|论述|回信)(?:精神)?")
ORDERS_AFTER = re.compile(r"(?:之|的)?(?:外销)?(?:接单|订单)")
SERVED_AFTER = re.compile(
    r"(?:地区)?的?[^，。；\d]{0,6}?(?:用户|企业|客户|机构|高校)[^，。；]{0,6}?(?:提供|输送|供应)"
)
AGENTS_FROM = re.compile(
    r"的[^，。；]{0,8}?(?:业者|企业|公司|厂商|投资者|投资人|资本|买家)(?!客户|用户|订单|收入|需求)"
)
EXPORTS_AFTER = re.compile(r"(?:市场)?(?:的)?(?:出口|出货)")
# 有力拉动了西部地区经济增长: whom the figure benefits, not where it is (带动西部地区投资…: where, kept)
BENEFITING_BEFORE = re.compile(r"(?:拉动|带动|促进|助力|推动|带旺|惠及)了?$")
BENEFIT_AFTER = re.compile(
    r"(?:的)?(?:经济(?:增长|发展|社会发展)?|就业|高质量发展|发展|转型)(?![^，。；]{0,4}\d)"
)
REACHING = ("覆盖", "覆盖了", "辐射", "遍及", "遍布")
REACH_OF = re.compile(r"用户|客户|业务|服务")
NEIGHBOURING = ("毗邻", "紧邻", "邻近", "比邻")
# 承接来自长三角…等东部地区企业的算力订单, 重点承接北京算力外溢需求: where orders or demand come from
ORDER_ORIGIN = re.compile(
    r"(?:承接|来自|接收)[^，。；\d]{0,24}?(?:算力)?(?:订单|需求|任务)"
    r"|^[^，。；\d]{0,16}?(?:等[^，。；\d]{0,8}?)?(?:企业|客户)的?(?:算力)?(?:订单|需求|任务)"  # (a subject cut after 来自…、)
)
TAKEN_ON = re.compile(r"承接了?$")
RANKED_IN = re.compile(r"(?:居|列|位于|排在|排名)$")
STANDING_AFTER = re.compile(r"(?:重要|领先|一流|知名|最大|最具|首个|首批)")
DISTANCE_AFTER = re.compile(r"[^，。；\d]{0,6}?(?:约|仅|不到|不足)?\d+(?:\.\d+)?(?:公里|千米|km|小时|分钟)")


def names_a_destination(text: str, start: int, end: int) -> bool:
    if SENT_TO_BEFORE.search(text, max(0, start - 3), start):
        return True
    if text.startswith(("时间", "時間"), end):
        return True  # 北京时间8月20日晚间: whose clock, no place
    if text.endswith("来自", 0, start) and (ORDERS_AFTER.match(text, end) or AGENTS_FROM.match(text, end)):
        # 来自美国接单232.7亿美元, 来自美国的云端服务业者: where they come from (not 来自美国的收入, a market's)
        return True
    if text[start:end] == "中国" and SLOGAN_AFTER.match(text, end):
        return True  # 习近平新时代中国特色社会主义思想, 中国式现代化: a slogan, no place
    if INSTRUCTIONS_TO.match(text, end):
        return True  # 贯彻落实习近平总书记对内蒙古的重要指示精神: a policy preamble, no place of the figures
    if text.endswith(("距", "离"), 0, start) and DISTANCE_AFTER.match(text, end):
        return True  # 园区距太原市区约80公里: a landmark the place is measured from, not where it is
    if BENEFITING_BEFORE.search(text, max(0, start - 3), start) and BENEFIT_AFTER.match(text, end):
        return True  # 有力拉动了西部地区经济增长: whom it benefits
    if text.endswith(NEIGHBOURING, 0, start):
        return True  # 廊坊集群依托毗邻北京的区位优势: its neighbour, not where it is
    if (taken := TAKEN_ON.search(text, max(0, start - 3), start)) and ORDER_ORIGIN.match(text, taken.start()):
        # 重点承接北京算力外溢需求: where the demand comes from (来自…的订单 is left to the statement, whose
        # part may be of that place: 东部企业订单占…比重)
        return True
    if text.endswith(REACHING, 0, start) and (
        REACH_OF.search(text, max(0, start - 16), start) or text.startswith("全国", start)
    ):
        # 累计服务用户超过3,200家，覆盖全国绝大多数省区市: how far its users reach, not where it is (but
        # 5G网络已覆盖贵州全部行政村: where the network is)
        return True
    if text.endswith("面向", 0, start):
        return True  # 加快建设面向全国的算力保障基地: whom it is to serve, not where it is
    if text[start:end] == "全国" and (
        STANDING_AFTER.match(text, end) or RANKED_IN.search(text, max(0, start - 2), start)
    ):
        # 打造成为全国重要的绿色算力供给基地, 规模居全国第二: the field it stands out or ranks in, not where it is
        return True
    if text.startswith("出海", end):
        return True  # 客户以中国出海企业为主: whom a park abroad serves, not where it is
    if text.endswith(("向", "为"), 0, start) and SERVED_AFTER.match(text, end):
        return True  # 经跨境算力专线向香港用户提供的智能算力: whom it serves, not where it is
    return text.endswith("对", 0, start) and EXPORTS_AFTER.match(text, end) is not None


def places(text: str, script: str = "simplified") -> list[Place]:
    """The places named in the text, a place written right after the one it lies in (青海海东,
    宁夏中卫) as the one, more specific place: not a list of two regions."""
    found: list[Place] = []
    previous_end = destination_end = -9
    companies = "公司" in text
    for start, end, region in place_spans(text, script):
        if companies and (
            IN_COMPANY_NAME.match(text, end)
            or (BRANCH_AFTER.match(text, end) and CARRIER_BEFORE.search(text, max(0, start - 4), start))
        ):
            continue
        if region in _CITY_NAMES and COMPANY_AFTER_PLACE.match(text, end):
            continue
        if EXCHANGE_AFTER.match(text, end):
            continue  # 在上海证券交易所挂牌上市: where the fund lists, not where it is about
        if INCLUDED_BEFORE.search(text, max(0, start - 4), start):
            continue  # 来自中国市场（含香港）的营收: a part the figure takes in, not where it is
        if names_a_destination(text, start, end) or (
            start - destination_end <= 2 and LISTED.fullmatch(text, destination_end, start)
        ):
            # 对美国出口238.6亿美元, 销往欧洲及东南亚的比重: where the goods go, not whose exports
            destination_end = end
            continue
        if start == previous_end:
            # 贵阳贵安: the city and its new area, named together, are the city
            joined = found[-1].region if text.startswith("贵阳贵安", start - 2) else region
            found[-1] = Place(end, joined, found[-1].listed)
        else:
            listed = previous_end >= 0 and LISTED.fullmatch(text, previous_end, start) is not None
            found.append(Place(end, region, listed))
        previous_end = end
    if len(found) > 1 and "中国" in text:
        # 在武汉…，中国电信中部智算中心…: a national company or institute names the country only where the
        # text names no other place (中国移动…5G基站 in a Taiwan story is the mainland's)
        national = {m.end() for m in NATIONAL_NAME_AFTER.finditer(text)}
        if any(place.region != "CN" for place in found):
            found = [place for place in found if place.region != "CN" or place.end not in national]
    return found


def names_only_a_national_company(words: str, named: tuple[str, ...]) -> bool:
    """中国电信中部智算中心: the only place the words name is the country, in a company's name."""
    return named == ("CN",) and NATIONAL_NAME_AFTER.search(words) is not None


def place_spans(text: str, script: str = "simplified") -> list[tuple[int, int, str]]:
    """(start, end, region) of each place name, counties among them (a longer name over one inside it)."""
    named = [(m.start(), m.end(), region_code(m.group(0), script)) for m in REGION_PATTERN.finditer(text)]
    if "、中、西" in text:
        # 东、中、西部和东北地区: one 部 and one 地区 for the parts listed before them
        named = sorted([*named, *_short_macro_parts(text)])
    if "部、" in text:
        # 东部、中部、西部地区: the parts listed before the last share its 地区
        named = sorted(
            [*named, *((m.start(), m.end(), f"{m.group(0)}地区") for m in ELIDED_MACRO.finditer(text))]
        )
    # (Taiwan's districts, 松山區 or 新市區, share names with the mainland's)
    counties = list(counties_in(text, districts=script != "traditional_tw"))
    if script != "traditional_tw":
        counties += _bare_counties_after(text, named)
    if not counties:
        return named
    merged: list[tuple[int, int, str]] = []
    for place in sorted([*named, *counties], key=lambda p: (p[0], -p[1])):
        if merged and place[0] < merged[-1][1]:
            continue  # inside the name before it: 长沙 of 长沙县
        if (
            merged
            and text[place[1] - 1] == "区"
            and place[0] - merged[-1][1] <= 1
            and merged[-1][2] != place[2]
        ):
            continue  # 深圳市龙华区, 台北市松山区: the place named with it is where it is (its name is elsewhere too)
        merged.append(place)
    return merged


def _bare_counties_after(text: str, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """江苏昆山, 河北怀来: a county-level city or county named without its 市 or 县, right after its
    province or city."""
    found = []
    for _, end, region in named:
        for length in (2, 3):
            bare = text[end : end + length]
            city = COUNTIES.get(f"{bare}市") or COUNTIES.get(f"{bare}县")
            if (
                city
                and region in (city, CITY_PROVINCE.get(city))
                and text[end + length : end + length + 1] not in ("市", "县", "区")
            ):
                found.append((end, end + length, city))
                break
    return found


SHORT_MACRO_LIST = re.compile(r"(?<![\u4e00-\u9fff])东、中、西部(?=(?:和|及|与|、)东北地区|地区)")


def _short_macro_parts(text: str) -> Iterator[tuple[int, int, str]]:
    for listed in SHORT_MACRO_LIST.finditer(text):
        at = listed.start()
        yield at, at + 1, "东部地区"
        yield at + 2, at + 3, "中部地区"
        yield at + 4, at + 6, "西部地区"


def counties_in(text: str, *, districts: bool = True) -> Iterator[tuple[int, int, str]]:
    for suffix in (COUNTY_END if districts else COUNTY_ONLY_END).finditer(text):
        end = suffix.end()
        if end < 2 or text[end - 2] not in COUNTY_PENULTIMATE:
            continue
        for length in COUNTY_LENGTHS[text[end - 1]]:
            start = end - length
            if (
                start >= 0
                and (city := COUNTIES.get(text[start:end]))
                and (length > 2 or _a_short_county_named(text, start, city))
            ):
                yield start, end, city
                break


def _a_short_county_named(text: str, start: int, city: str) -> bool:
    """山西省阳泉市盂县, 盂县县委: a two-character county is one after its city or province, or as its own
    body's name; elsewhere it is part of another word (湖南县域, 示范县, 公文县)."""
    province = CITY_PROVINCE.get(city, city)
    before = text[max(0, start - 8) : start]
    if before.endswith((city, f"{city}市", province, f"{province}省", f"{province}市")):
        return True
    return text[start + 2 : start + 3] == "县" and not (before and "\u4e00" <= before[-1] <= "\u9fff")


def only_places(words: str) -> bool:
    """其中贵安新区: the words name a place and nothing it has."""
    rest = REGION_PATTERN.sub("", words)
    return rest != words and len(PLACE_WORDS.sub("", rest)) < 2


PLACE_WORDS = re.compile(r"新区|地区|片区|集群|枢纽|节点|其中|的|\s")


def region_around(regions_before: list[Place]) -> str | None:
    """The place the sentence names before a number whose words name none: the nearest if it names
    several (记者从内蒙古…获悉，和林格尔集群…, 项目总投资达到320亿元 is 和林格尔's), unless they are a list
    (山西、辽宁、上海等10个省区市 is about the country, not about 上海)."""
    around = [place for place in regions_before if place.region != "GLOBAL"]
    if len({place.region for place in around}) == 1:
        return around[0].region
    return around[-1].region if around and not around[-1].listed else None


# What a Taiwan story names when it turns to the mainland: its places, its bodies, its currency.
MAINLAND_CUE = re.compile(
    r"大陆|内地|中国|陆(?=\d|[^\u4e00-\u9fff])|人民币|国家数据局|工信部|工业和信息化部|国家发改委|国家发展改革委|"
    r"国务院|国家统计局|信通院|国家能源局"
)
# 全省算力规模, 本市: the province or city the document is about.
WHOLE_PROVINCE = re.compile(r"全省|本省|省内(?!外)|全区|自治区内")  # (省内外120余家单位: users from anywhere)
WHOLE_DISTRICT = re.compile(r"全区|本区|区内")
WHOLE_AUTONOMOUS_REGION = re.compile(r"全区|自治区内|全自治区")
AUTONOMOUS_REGIONS = frozenset({"内蒙古", "广西", "西藏", "宁夏", "新疆"})
# 新疆维吾尔自治区数据局: an autonomous region's bodies carry its full name.
AUTONOMOUS_REGION_NAMES = {"广西": "广西壮族", "宁夏": "宁夏回族", "新疆": "新疆维吾尔"}
# 全县, 我县: a county's figures are its city's (counties.txt).
WHOLE_CITY = re.compile(r"全市|本市|市内(?!外)|全县|本县|县内|我县|全旗")


@dataclass(frozen=True)
class DocumentRegions:
    """Where a document is about, for numbers whose sentence names no region: its title counts twice."""

    counts: Counter[str]
    fallback: str | None
    """Where a document naming no region is from (its script: CN, TW, HK)."""
    paragraphs: int = 1
    titled: frozenset[str] = frozenset()
    """The places the title names."""
    country_is_taiwan: bool = False
    """A Taiwan story that never turns to the mainland: its 全国 (全國用電量) is Taiwan."""
    home: str | None = None
    """The province or city a text speaks for (我省, 我市), named in it: where it is about when its places
    are each named once or twice."""

    @staticmethod
    def of(title: str | None, text: str, script: str, fallback: str | None) -> DocumentRegions:
        """`text` without its stories' leads (新华社北京…电 names the newsroom's place); 国内 is Taiwan in
        Taiwan's script."""
        named = [place.region for place in places(text, script)]  # a whole text: not worth a cache entry
        titled = regions_in(title or "", script)
        if not titled:
            # 5月26日，…对位于江西九江鄱阳湖生态科技城的…项目推进情况展开调度: with no place in the title, the
            # story's opening sentence says where it is
            opening = {
                region
                for region in regions_in(OPENING.match(text).group(0), script)
                if region != "CN" and not (fallback in ("TW", "HK") and FOREIGN_COUNTRY.fullmatch(region))
            }  # (美国客户持续扩建… opening a Taiwan story: its customers' country, not where it is about)
            titled = tuple(opening) if len(opening) == 1 else ()  # (庆阳、芜湖、韶关三地: no one place)
        # 全球 is named in passing by many stories; only one whose title names it is about the world.
        counts = Counter(r for r in [*titled * 2, *named] if r != "GLOBAL" or "GLOBAL" in titled)
        taiwan = script == "traditional_tw" and not MAINLAND_CUE.search(f"{title or ''}\n{text}")
        whole_text = f"{title or ''}{text}" if taiwan else ""
        if taiwan and (whole := min(counts["CN"], whole_text.count("全国") + whole_text.count("我国"))):
            counts["CN"] -= whole
            counts["TW"] += whole
            counts += Counter()  # drop a count gone to zero
        regions = DocumentRegions(counts, fallback, text.count("\n") + 1, frozenset(titled), taiwan)
        return replace(regions, home=regions.home_named(text))

    def home_named(self, text: str) -> str | None:
        """为我省优化产业结构, 我市: the province or city the text speaks for, as it names it most."""
        if OUR_PROVINCE.search(text):
            return self._province_most_named()
        if OUR_CITY.search(text):
            return self._most_named(_CITY_SET | MUNICIPALITIES)
        return None

    def _most_named(self, among: frozenset[str] | None = None) -> str | None:
        named = [region for region in self.counts if among is None or region in among]
        # On a tie, what the title names (呼和浩特市人民政府…, its 全国 as often as 呼和浩特), and a city or
        # province over an area spanning several (长三角（芜湖）算力产业园 is 芜湖).
        return max(named, key=lambda r: (self.counts[r], r in self.titled, r not in AREAS), default=None)

    def _autonomous_region_named(self) -> str | None:
        """The autonomous region the text names, itself or by its cities, most."""
        named = Counter()
        for region, count in self.counts.items():
            if (
                home := region if region in AUTONOMOUS_REGIONS else CITY_PROVINCE.get(region)
            ) in AUTONOMOUS_REGIONS:
                named[home] += count
        return named.most_common(1)[0][0] if named else None

    def _province_most_named(self) -> str | None:
        """全省, 我省: the province the text names most, itself or by its cities (张家口 and 廊坊 named ten
        times are 河北's, over 北京 named twice as the neighbour whose demand it serves)."""
        provinces = Counter()
        for region, count in self.counts.items():
            if region in _PROVINCE_SET:
                provinces[region] += count
            elif region in CITY_PROVINCE:
                provinces[CITY_PROVINCE[region]] += count
        # (on a tie, the province named itself, then the one the title names)
        return max(
            provinces,
            key=lambda p: (provinces[p], self.counts.get(p, 0), p in self.titled),
            default=None,
        )

    def region_for(self, subject: str) -> str | None:
        if BARE_NEW_AREA.search(subject) and (hub := self._most_named(_HUB_SET)):
            return hub  # 新区数据中心用电量 in a story of 和林格尔新区
        if (
            WHOLE_DISTRICT.search(subject)
            and not any(self.counts.get(region) for region in AUTONOMOUS_REGIONS)
            and (city := self._most_named(_CITY_SET | MUNICIPALITIES))
        ):
            return (
                city  # 埇桥区…。今年全区共安排…: a district's whole, in its city (no autonomous region named)
            )
        if WHOLE_AUTONOMOUS_REGION.search(subject) and (region := self._autonomous_region_named()):
            return region  # 全区 in a story of 乌兰察布 and 和林格尔 (and 北京, two hours away): 内蒙古
        if WHOLE_PROVINCE.search(subject) and (province := self._province_most_named()):
            return province
        if WHOLE_CITY.search(subject) and (city := self._most_named(_CITY_SET | MUNICIPALITIES)):
            return city
        # In an article of several paragraphs, a place named once or twice outside the title is where
        # one thing it mentions is (a company's 韶关 park, its 和林格尔 project), not where it is about.
        most = self._most_named()
        if (
            self.fallback in ("TW", "HK")
            and most is not None
            and FOREIGN_COUNTRY.fullmatch(most)
            and most not in self.titled
            and self.paragraphs > 2
        ):
            return self.fallback  # 纬鼎10月营收… naming 美国 (its customers) thrice: still a Taiwan story
        if most in MACRO_REGIONS and self.counts["CN"]:
            return (
                "CN"  # 我国通信业… with a section on 西部地区: the country's parts, named in a national story
            )
        if most is None or (self.paragraphs > 2 and most not in self.titled and self.counts[most] < 3):
            return self.home or self.fallback
        if most not in self.titled and CITY_PROVINCE.get(most) in self.titled:
            return CITY_PROVINCE[
                most
            ]  # 河北省…项目的公示 naming 张家口 most: a province's page, its cities parts
        if most not in self.titled and any(
            self.counts[other] == self.counts[most] for other in self.counts if other not in (most, *AREAS)
        ):
            return self.fallback  # 太原…、青岛…、长沙… named once each: none is where the text is about
        return most


OPENING = re.compile(r"\s*[^。！？\n]*")
OUR_PROVINCE = re.compile(
    r"我省|本省|我区|自治区(?:党委|人民政府|政府|发展改革委|数据局|工业和信息化厅|工信厅)"
)
OUR_CITY = re.compile(r"我市|本市(?![场值占])")  # (not 资本市场, 日本市占率)
FOREIGN_COUNTRY = re.compile(r"(?!CN|HK|TW|MO)[A-Z]{2}|欧洲|北美|亚洲|东南亚|中东|拉美|非洲|亚太")
# 新区数据中心用电量 in a story of 和林格尔新区: the new area the story is about, by its short name.
BARE_NEW_AREA = re.compile(r"(?<![\u4e00-\u9fff])新区(?!建设|规划)|(?:全|本|我)新区")
WHOLE_AREA = compile_skipping(f"{WHOLE_PROVINCE.pattern}|{WHOLE_CITY.pattern}|{BARE_NEW_AREA.pattern}")

# 内蒙古乌兰察布、贵州贵安等地; 位于京津冀、长三角和粤港澳大湾区的三大数据中心园区合计: over several places.
MANY_PLACES = re.compile(
    r"[、和及与][^，。；、]{2,12}等(?:地|城市|省份|地区)|[、][^，。；]{2,16}[和及与][^，。；、]{2,30}?(?:合计|共计|总计)"
)


def spanned(words: str, named: tuple[str, ...]) -> str | None:
    """在内蒙古乌兰察布、贵州贵安等地租用和自建的推理算力: a figure over places in several provinces is the
    country's, over several of one province's cities the province's."""
    if not MANY_PLACES.search(words):
        return None
    provinces = {
        name
        if name in _PROVINCE_SET or name in AREAS or name in MACRO_REGIONS
        else CITY_PROVINCE.get(name) or HUB_PROVINCE.get(name)
        for name in named
    }
    if None in provinces or len(set(named)) < 2:
        return None
    return provinces.pop() if len(provinces) == 1 else "CN"


def whole_area_named(subject: str, before: list[Place]) -> str | None:
    """全市 after 长沙市计划…: the city (or province, for 全省) the sentence named last before it; 全市 after
    上海 is the municipality's."""
    kind = (
        _HUB_SET
        if BARE_NEW_AREA.search(subject)
        else _CITY_SET | MUNICIPALITIES
        if WHOLE_CITY.search(subject)
        else _PROVINCE_SET
    )
    named = [place.region for place in before if place.region in kind]
    if not named:
        return None
    # 张家口将用好…毗邻北京的区位优势，…全市…: the one the sentence names most, else the last
    return max(reversed(named), key=named.count)


def whole_area(subject: str) -> bool:
    """全省, 全市: the subject is about the province or city the document is about."""
    return WHOLE_AREA.search(subject) is not None


_PROVINCE_SET = frozenset(PROVINCES)
_HUB_SET = frozenset(HUBS)
_CITY_SET = frozenset(CITIES)
_CITY_NAMES = _CITY_SET | {"北京", "上海", "天津", "重庆"}
MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆"})


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
