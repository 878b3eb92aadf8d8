"""What a number measures, as written: the words before it in its clause, cleaned of verbs and fillers,
and, when a clause says too little, the topic other clauses of the sentence name."""

from __future__ import annotations

import re

from . import context, regions, sources

LEADING_NOISE = re.compile(
    # A dateline or tag in brackets first: （中央社记者张建中新竹20日电）, 【明报专讯】; a list's bullet.
    r"^(?:[（(〔【\[][^）)〕】\]]{0,40}[）)〕】\]]|[●■◆▶•·]|(?:该行|该券商)(?:则|也|并)?(?:预测|预计|预期|预估|估计)?|左右|上下|而且|而|但|其中|此外|同时|另外|并且|并|且|以及|和(?!林格尔|田)|与|这个|这些|这一|其|这|此|该|目前|当前|现时|现在|此前|截至目前|预计|预测|有望|"
    r"例如|比如|通过|总体来看|整体来看|数据显示|据悉|记者了解到|也|还|在|于|从|由|对|到|截至|截止|的|"
    rf"近年来|近年|{context.FOUNDED_THE}|近几年|近[二三四五六七八九十两\d]{{1,2}}年来|多年来|大概|大约)+"
)
TRAILING_NOISE = re.compile(
    rf"(?:分别|依次|将达到|将达|已达到|已达|高达|达到|达|为|是|约为|{context.ABOUT}|近|接近|超过|超|逾|突破|增至|增长到|增长至|提升至|提升到|"
    r"(?:进一步)?(?:扩大|扩容|扩增|攀升|跃升|上升|增加|回升|缩小|下滑|滑落|升|降)(?:至|到)|进一步|(?:由|从)(?:上年|去年)(?:同期)?|"
    r"提高到|提高至|降至|下降至|实现了|实现|完成了|完成|共有|已有|有|占到|占|大概|大约|仅|已经|将会|将|(?<![科协学委商工议金大事联公])会|可|(?<![产动效功性智节储算热])能|"
    r"有望|料|预计|累计|合计|总计|人民币|新台币|美元|了|的|已|再|还|也|并|则|共|在|至|到|(?<![理自])由|(?<![服跟])从|位居|位列|排名|居|"
    rf"[^\s、]{{1,4}}等|[-－−≤≥<>＜＞=]|{context.ESTIMATED})+$"
)
# 平均PUE（电能利用效率）降至: a gloss after the name, left open once its closing bracket is stripped.
OPEN_GLOSS = re.compile(r"（[^（）]+$")
WHITESPACE = re.compile(r"\s+")
# 提供1,300 PFLOPS算力: what a capacity is of, written after it.
COMPUTE_NOUN = re.compile(
    r"(?:以上|以下|左右)?(?:的)?(?:顶级|高端|先进|高性能|主权)?(?:AI|人工智能)?(?:智能算力|智算算力|通用算力|超算算力|算力|计算能力|运算能力)"
    r"(?:需求|缺口)?"  # 约20,000PFLOPS的算力需求: a demand, not a capacity
)
# 约62%受访营运商计划…: the people a survey's percent is of, written after it.
RESPONDENTS = re.compile(rf"{context.RESPONDENT}[\u4e00-\u9fff]{{0,4}}?(?:者|商|企业|机构|用户)")
# 可提供约200兆瓦电力容量: what a power or energy figure is of, written after it.
POWER_NOUN = re.compile(
    r"(?:[（(][A-Za-z]{1,3}[）)])?(?:的)?(?:新增|新建)?(?:数据中心(?:总)?(?:IT)?(?:电力|供电)?容量|(?:IT)?电力容量|供电容量|IT负载|IT容量|装机容量|装机功率|"
    r"用电量|耗电量|电力|负载)"
)
# 约45万平方米总楼面面积: what an area is of, written after it.
AREA_NOUN = re.compile(
    r"(?:[（(][A-Za-z0-9²]{1,3}[）)])?(?:的)?(?:总)?(?:楼面面积|建筑面积|机房面积)|的?数据中心楼面(?:空间|面积)?"
)
CLAUSES = re.compile(r"[，：:；;]|,(?!\d{3})|(?<!\d),")  # (not the comma of 2,846.3)
SPEAKER_CLAUSE = re.compile(f"(?:{sources.SPEAKING.pattern}|显示|预测)$")
"""X表示，: who speaks, not what the numbers are about."""
CIRCUMSTANCE = re.compile(r"(?:随着|由于|受益于|受惠于|得益于|依托|凭借|受)")
TOPIC_END = re.compile(
    # 达 the verb (达570亿, 达约三成), not the 达 of 英伟达（NVIDIA）, 辉达今天, 发达地区.
    r"预计|预测|有望|将|已经|已|达到|达(?=[\d约近超逾一二两三四五六七八九十百千万亿]|到|至)|成为|为|是|同比|较|比|从|由|于|在|占|超过|超|突破|增长|增加|提升|提高|下降|减少|约|近|"
    r"启用|投用|建成|提供|形成|[，,：:；]"
)
POST_NOUN = re.compile(
    # (not a change's next words: 由现时约600张增至约1,500张)
    r"^(?![和与及或、]|[0-9](?!G)|[增升降扩](?:至|到)|增加|增长|提高|提升|下降|减少|达到)"
    r"[\u4e00-\u9fffA-Za-z0-9]{1,12}?(?=[的，,。；、和与及在为向]|正式|已|将|实现|提供|$)"
)
# 快速增长至, 一路跃迁到: words that only say a level moved, of what the clause before measured.
ONLY_A_CHANGE = re.compile(
    # (目标于…前扩充至, 计划…前扩容至: a plan's change, of what the clause before measured)
    r"(?:(?:目标|计划|预计|力争|争取|拟)(?:于|在|到)?)?(?:前)?(?:将|已|再|又)?(?:快速|持续|稳步|一路|大幅|进一步|再|又)?"
    r"(?:增长|增加|提升|提高|跃升|跃迁|攀升|上升|扩大|扩充|扩容|升|增)(?:至|到)?"
    r"|(?:远|明显|大幅|略)?(?:高于|低于|超过|多于|少于|大于|小于)"  # 远高于2025年的约29吉瓦: what it is compared with
)
# 信通院测算的区间, 华屹证券、禾丰证券给出的预估: whose estimate, not of what.
ONLY_AN_ESTIMATE = re.compile(
    r"(?:给出|测算|预测|预估|估算|估计|判断)的(?:区间|预估|预测|数值|结果|数据|值)?$"
)
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
    "总规模",
    "总容量",
    "容量",
    "数量",
    "总额",
    "市场",
    "市场规模",
    "产业规模",
    "行业规模",
}


MASKED_TITLE = re.compile(r"《□*》|□+")  # (a masked title, or a masked dateline day)


def clean_subject(text: str) -> str:
    text = MASKED_TITLE.sub("", WHITESPACE.sub("", text)) if "□" in text else WHITESPACE.sub("", text)
    for _ in range(3):
        trimmed = TRAILING_NOISE.sub("", LEADING_NOISE.sub("", text))
        if trimmed == text:
            break
        text = trimmed
    text = text.strip("“”\"'()（）/／")
    return f"{text}）" if OPEN_GLOSS.search(text) else text


def without_periods(sentence: str, start: int, end: int, periods: list[tuple[int, int]]) -> str:
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
        if CIRCUMSTANCE.match(clause.strip()):
            continue  # 随着新一代机柜平台进入量产，…出货量可望季增10%至15%: why, not what
        if clause.strip() and not SPEAKER_CLAUSE.search(clause) and len(topic := topic_of(clause)) >= 2:
            return topic
    return ""


def topic_of(text: str) -> str:
    """The noun phrase a sentence opens with: its first words up to a verb, a comparison or a comma."""
    text = LEADING_NOISE.sub("", text.lstrip(" ，,"))  # 预计本港数据中心电力容量于…: past 预计 first
    end = TOPIC_END.search(text)
    return clean_subject(text[: end.start()] if end else text)


# 智能算力在算力总规模中的比重, or with 在 cut as a filler (…，在算力总规模中的占比接近四成): the whole.
IN_THE_WHOLE = re.compile(
    r"(?:^|(?<=\s)|在)[^，。；\s在]{1,14}中的?(?=(?:比重|占比|比例|份额)?$)"
    r"|在[^，。；\s在]{1,14}?(?=(?:的)?(?:比重|占比|比例|份额)$)"  # 在全国算力占比达81%
)


def without_whole(subject: str) -> str:
    """智能算力在算力总规模中的比重 -> 智能算力比重; 算力总规模中的占比 -> 占比."""
    return IN_THE_WHOLE.sub("", subject)


def without_denominator(subject: str, measure: str) -> str:
    """A share's subject without what it is a share of: 占全国…比重 says nothing of where the part is."""
    if measure != "share":
        return subject
    # 智能算力在算力总规模中的占比: the whole is also written 在…中的; 全球占比 is a share of the world.
    return IN_THE_WHOLE.sub("", context.SHARE_VERB.split(WORLD_SHARE.sub("", subject), maxsplit=1)[0])


WORLD_SHARE = re.compile(r"(?:全球|全世界|世界)(?=(?:市场)?(?:占比|份额|比重))")


# 贵州五省份的 (the list's last place and its count): the places a 分别 list's numbers are of.
LISTED_PLACES_COUNT = re.compile(
    r"(?:[一二三四五六七八九十两]|\d{1,2})个?(?:省份|省区市|省市|省区|省|市|地区|城市|地)$"
)


def without_listed_region(subject: str) -> str:
    """广东的智能算力规模, 贵州五省份的算力总规模 -> 智能算力规模, 算力总规模, when the regions come from
    a 分别 list."""
    prefix, marker, rest = subject.partition("的")
    if not (marker and rest):
        return subject
    places = LISTED_PLACES_COUNT.sub("", prefix)
    return rest if places and regions.REGION_PATTERN.fullmatch(places) else subject


# 平均利用率, 整体上架率: how the share is taken, not what it is a share of.
PART_MODIFIERS = re.compile(r"其中|加权平均|平均|整体|总体|综合|全年|累计|合计|当前|目前|总")


# 算力总规模中的(占比): the whole the share is taken in, not its part.
WHOLE_BEFORE_SHARE = re.compile(r"[^，。；\s]{1,14}中的?$")
GENERAL_WORD_CHARS = 3


def names_its_part(subject: str) -> bool:
    """A share whose words say what the part is (绿电使用比例, 数据中心用电中清洁能源占比), unlike 占到GDP的
    or a bare 占比, which are shares of what the sentence is about."""
    share = context.SHARE.search(subject)
    if share is None:
        return False
    # 东部地区占比: a place's share of what the sentence is about, not a part named; 占全国的比重: whose share,
    # the sentence said before, unless the words before say (前五名客户销售额占年度销售总额的比例).
    own_words = regions.REGION_PATTERN.sub("", PART_MODIFIERS.sub("", subject[: share.start()]))
    own_words = WHOLE_BEFORE_SHARE.sub("", own_words)
    if share.group(0).startswith("占") and share.group(0) != "占比":
        # 用电量占全市…的比重: a word as general as 用电量 is still the topic's
        return len(own_words) > GENERAL_WORD_CHARS and own_words not in GENERIC_SUBJECTS
    return sources.NAME_CHARS.search(own_words) is not None


def without_holders_place(share: str) -> str | None:
    """东部地区算力规模占全国的比重 -> 算力规模占全国的比重: a share without the place holding it, when the place
    opens it and what it holds names no other; None otherwise."""
    place = regions.REGION_PATTERN.match(share)
    if place is None:
        return None
    rest = share[place.end() :].removeprefix("的")
    part = without_denominator(rest, "share")
    if len(part) < 2 or regions.regions_in(part):
        return None
    return rest


def without_place_after(subject: str) -> str:
    """智能算力平均利用率 东部地区 → 智能算力平均利用率: what a place's figure, added after it, is of."""
    words = subject.split()
    return " ".join(words[:-1]) if len(words) > 1 and regions.only_places(words[-1]) else subject
