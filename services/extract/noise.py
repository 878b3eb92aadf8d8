"""Numbers with a unit that are still no figure to report: yardsticks, prices per unit, a chip's rating,
and counts that only say how many things a list or a kind holds. Pure functions of the sentence."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from . import context, subjects
from .quantities import DIGIT, Quantity
from .skipping import compile_skipping
from .units import is_money

# 相当于300万户家庭的用电量: a yardstick, not a fact about households.
EQUIVALENT = re.compile(r"相当于[^，。；]{0,12}$")
# 每平方呎楼面地价约1,205元: a price per unit, not an amount.
# 派中期息每股3.8港仙, （2025年同期：每股5.9港仙）: an amount per share (a dividend, a price); 每股基本盈利 is no
# amount right after 每股.
PER_SHARE = re.compile(
    r"每股(?:派|派发|约|为)?(?:人民币|港币|港元)?\s*$|每(?:个)?(?:基金)?单位(?:派|派发|分派|约|为)?\s*$|"  # (末期分派每基金单位29.4港仙)
    r"派(?:发)?(?:中期|末期|特别)?(?:股)?息?\s*$|(?:EPS|每股(?:盈余|收益|净利))[^。；]{0,18}?(?:派|派发|配发)(?:现金)?(?:股利|股息)?\s*$|(?:配发|派发)(?:现金)?股利\s*$"
)
UNIT_PRICE = re.compile(
    r"每[A-Za-z]{1,4}\s*$|呎价|尺价|楼面地价|每平方(?:呎|米|英尺)|单价|每股(?:派|分红|股息|红利|现金|转增|送)|(?:股息|红利|派息)每股|每10股|每十股|每机柜|每架|每度|每千瓦时|每瓩|每小时|每[A-Za-z]{2,4}小时|每卡|每月|每(?:百万|千|万)?(?:token|Token|词元)|收费|单(?:机架|机柜|台|卡|瓦|千瓦)(?:投资|成本|造价|价格|售价)|每P(?![A-Za-z])|"
    r"每(?:兆瓦|千瓦|MW|kW)|电价(?!收入|补贴)|每受益权单位|配息|单台(?:均价|售价|价格)|每(?:盎司|吨|桶|克)|"
    r"每[\d,.]+[A-Za-z]*[^，。；\d]{0,10}?约?需(?:投资|投入)|"  # (较当地大工业平均电价低约0.07元: a price per kWh)
    # 龙虎榜: 机构专用席位净买入约1.82亿元, 主力资金净流入3.42亿元: trading in the stock, a quote
    r"净买入|净卖出|净流入|净流出|买入金额|卖出金额|(?:席位|营业部|游资)[^，。；]{0,24}?(?:买入|卖出)|^(?:买入|卖出)$|主力资金|(?:融资|融券|两融)(?:余额|买入额|偿还额)|"
    r"月租金|月租|租金(?!收入|及|和|等)|月费(?!收入)|资费(?!收入)|底价|薪水|年薪|月薪|起薪|出货价|出厂价|每兆赫|每MHz|租到|报价|售价|要价|招股价|发行价|入场费|每手|整机价格|价格超过|价格约|价格在|卡时|采购价|价格(?:更是|已经|也|已|则)?(?:从|由|跌破|跌至|降至|低至|只有|仅)|"
    r"一台[^，。；]{0,16}?的?价格(?:在|为|约为|约|达)?"  # 一台8卡H20服务器的价格在100万元左右  # 整机月租金已从…7万元左右降至…3.9万元上下
)
PER_UNIT_AFTER = re.compile(
    r"\s*(?:/|每)(?:架|个|台|机柜|柜|千瓦时|千瓦|兆瓦时|MWh|kWh|度|月|年|平方米|张|卡|小时)"
)
# 昇腾910C单卡FP16算力约为800TFLOPS: a product's rating, not capacity built.
PER_CHIP = compile_skipping(
    r"单(?:卡|芯片|颗|块|台(?:[A-Z]{1,3})?服务器)|单张(?:GPU|卡|加速卡|显卡)的?(?:FP\d{1,2}|INT\d|[A-Z]{2,4}\d{1,2})?(?:算力|功耗|功率)"
    r"|每(?:张卡|卡|颗|块芯片|张GPU|颗GPU|块GPU|张显卡)|单颗处理器|(?:GPU|CPU|晶片|芯片|处理器)的?(?:功率|功耗)"
    r"|每[张颗块](?:[A-Z]{2,4}\d{1,2})?算力"  # 每张FP4算力可达20PFLOPS
    r"|(?:卡|芯片|GPU|处理器)为例[，,]其"  # 以寒域科技新一代训练卡为例，其FP16算力约为380TFLOPS
    r"|一(?:块|张|颗)[^，。；]{0,6}?(?:加速卡|GPU|芯片|显卡)"  # 一块主流AI加速卡的FP16算力约为1PFLOPS
)


def _rates_a_chip(sentence: str, start: int, end: int) -> bool:
    """A chip's rating before the number, unless it is why something grows (随着单芯片功耗继续提升，…占比将提升至15%)
    or a clause on how things stand now comes between (单卡FP16算力约为320TFLOPS，目前…已签约超过八成)."""
    chips = list(PER_CHIP.finditer(sentence, start, end))
    chip = chips[-1] if chips else None  # the one nearest the number
    return (
        chip is not None
        # (on the slice: ^ in CAUSE is the statement's own start, as 随着… may open one after ；)
        and not any(
            start + cause.start() <= chip.start() < start + cause.end()
            for cause in context.CAUSE.finditer(sentence[start:end])
        )
        and not NOW_CLAUSE.search(sentence, chip.end(), end)
    )


NOW_CLAUSE = re.compile(r"[，,](?:目前|当前|截至目前)")


# 以一座20万瓩的数据中心满载运转计算，一年用电约17.5亿度: a worked example, not a statistic.
EACH_CHANGE = "每(?:升值|贬值|增加|提高|下降|降低|上涨|下跌|上升|减少|(?:新增)?投入)"
"""每升值一个百分点, 每投入1元: what would follow each step of a change or spending (a sensitivity, no figure)."""
HYPOTHETICAL = re.compile(
    r"(?:^|[，,；：:“「])(?:若|如|假设|假如)?以(?:一座|一个|一家|单个|每座|一台)[^。；]{0,40}?(?:计算|计|估算|测算|为例)"
    r"|(?:^|[，,；：:“「])(?:同样是|假如有|假设有|比如说?)(?=[一二两三四五六七八九十百千万\d])"  # “同样是一万个机柜，…
    # 打个比方，如果全球约80亿人每人每秒完成一次运算…; 某地宣布“算力规模突破10EFLOPS”: an illustration
    # 如果各地仍按每年新增50%的速度扩建…，那么到2030年…；假设届时利用率仍徘徊在五成左右: a what-if (not 如果说
    # 2024年是…, a figure of speech; nor 如果按标准机架计算, the basis of a reckoning)
    # 若整体出租率回落至85%以下，…或下跌一成; 哪怕再给我们10倍的产能也不够卖: a what-if (not 若干, a number of)
    r"|(?:^|[，,；：:“「])(?:如果|假如|倘若|假若|要是|假设|若(?!干)|哪怕|即使|即便|就算|纵使)(?!说|按|以|按照|折|换算|从|把|有|剔除|扣除|不计|单看|只看|仅看|单从|与|和|同|跟|相比|对比|计入|算上|加上|加计|包括|考虑|(?:一切|进展)?顺利|无意外|不出意外)"
    # 利用率若只有40%，收入就只剩2,800万元左右: a what-if told after its subject
    r"|(?<=[\u4e00-\u9fff])(?:若|如果|倘若|假如)(?=只有|仅有|仅|只|降至|降到|跌至|跌到|回落|掉到|提升至|提高到|达到|超过|低于|高于)"
    # 每1元直接投资，平均可带动约5元的相关投资; 平均每1元财政资金带动约4.3元社会投入: a leverage ratio
    r"|每(?:1|一)元(?=[^，。；]{0,6}?(?:投资|投入|资金))"
    # 新台币每升值一个百分点，约影响毛利率0.1至0.2个百分点: a sensitivity, what would follow a change
    rf"|(?:^|[，,；：:])[^，。；]{{0,8}}?{EACH_CHANGE}(?=[一二两三四五六七八九十\d])"
    r"|(?:^|[，,；：:])(?:打个比方|打比方|比方说|举个例子|举例来说)|(?:^|[，,；：:“「])某地(?:宣布|号称|提出)|号称"
    # 比如，某机房建成标准机架1000个…; 如果按算力每年增长20%粗略推算，届时…: an illustration, an assumed rate
    r"|(?:^|[，,；：:])(?:比如|例如)[，,]\s*(?=某|一座|一个|一家|一台)"
    r"|(?:^|[，,；：:])(?:如果|假如|若)按[^，。；]{0,12}?(?:每年|年均)(?:增长|增速)"
    # 负责人给记者算了一笔账：一座10万千瓦的智算中心满负荷运行一年，用电量约8.8亿千瓦时…
    # (按照当前的价格水平粗算，一座5000P的智算中心如果利用率只有三成…: the same)
    r"|算了?一?笔账[：:，,]\s*(?=一座|一个|一台|一家|每|以|如果|若|假如|假设)"
    r"|(?:粗算|粗略(?:估算|测算|计算)|简单(?:估算|测算|计算))[：:，,]\s*(?=一座|一个|一台|一家)"
    r"|(?:^|[，,；：:])(?:以此|据此|照此)(?:推算|计算|估算)"  # 以此推算，一座规模为10EFLOPS的智算中心…
    # 一台装配了8张H100显卡按照五年租期以及每月7万元租金…测算: one machine's worked returns
    r"|(?:^|[，,；：:])一台(?:装配|配置|搭载|配备)了?[^。；]{0,60}?(?:测算|计算)"
    # 他同时提醒，一座10万千瓦的智算中心满负荷运行一年耗电约8.76亿千瓦时: a typical one, worked through
    # (not 和林格尔新区一座10万千瓦的智算中心已于今年3月实现满负荷运行: a real one)
    r"|(?:^|[，,；：:])(?:[^，。；]{0,6}?[，,])?(?:一座|一个)[^，。；\d已]{0,4}[\d.]+(?:(?!投产|建成|投运|投用|上线|开工|落地|年|月)[^。；已]){0,40}?(?:满负荷|满载)运[行转]一年"
)
# 契约容量5MW以上的新设数据中心: a threshold saying which things a rule covers.
# 50兆瓦以上的数据中心: a class's bound (but 实现20%以上的增长, a rate after it, is the growth itself).
THRESHOLD = re.compile(r"\s*(?:及)?(?:以上|以下)的")
# 打造总量达10,000PFLOPS以上的主权AI算力: a total reached, what the thing built comes to (but 规模达10MW以上的
# 数据中心30个, a count of the class after it, is a bound).
TOTAL_REACHED = re.compile(r"(?:总量|总规模|总算力|总容量)(?:将|可)?(?:达|达到)(?:约)?$")
CLASS_COUNTED = re.compile(r"\s*及?(?:以上|以下)的[^，。；\d]*\d")
# 备转容量率低于6%即亮起黄灯: the mark a rule sets, no figure.
RULE_MARK = re.compile(r"(?:低于|高于|超过|不足|达到)$")
BETTERED = re.compile(r"(?:优于|好于|严于|领先于)[^，。；]{0,30}$")
REQUIREMENT_AFTER = re.compile(r"\s*(?:及)?(?:以上|以下|以内)?的(?:要求|标准|门槛|规定|红线)")
# 一度逼近低于6%的黄灯门槛: the mark itself, named as one.
MARK_NAMED_AFTER = re.compile(r"的?[^，。；\d]{0,4}?(?:门槛|门坎|红线|警戒线|及格线)")
# (not 新建数据中心PUE须低于1.25的红线, a rule's requirement, nor 首次突破100亿元门槛, a level reached)
MARK_APPROACHED = re.compile(r"(?<![须应需得])(?:逼近|接近|跌破|低于|高于|触及)$")
RULE_THEN = re.compile(r"\s*(?:即|则|时|便|就|为[^，。；\d]{1,6}?(?:灯|级|档|等|类))")
# 其中投资过10亿元项目29个, 营收超10亿元的人工智能企业25家, 软件业务收入过百亿元的企业: the class a count is of.
CLASS_AFTER = re.compile(
    r"(?:以上)?(?:的)?(?:未上市|初创|科技)?(?:项目|企业|公司)"
    r"|的?[^，。；\d]{1,8}?(?:项目|企业|公司)(?:达到|达|有|共)?\d+(?:个|家)"  # (not 总投资达30亿元的贵安智算中心项目: its own amount)
)
CASES_ABOVE = re.compile(r"\s*(?:及以上|以上|以下)?者(?:有|共|达|计|占)")
THRESHOLD_BEFORE = re.compile(
    r"(?:投资|规模|营收|收入|产值|估值)(?:过|超过|超|在|达|突破)$"
)  # (估值超过10亿美元的未上市公司)
# 突破8兆元关卡，达约8.1兆元; 1,042.9亿元，首度站上千亿元: a round mark passed, beside the figure itself.
MARK_PASSED_BEFORE = re.compile(r"(?:站上|突破|跨越|迈上|冲上|迈过|跨过)$")
MARK_CLOSE = 0.3  # how far past a round mark the figure beside it may be
TRAINED_ON_AFTER = re.compile(r"(?:加速卡|GPU|显卡|卡)上(?:完成)?(?:训练|推理|运行)")
# A股算力租赁指数年内累计上涨46.3%，同期IDC指数仅上涨8.9%: a market index's move, a quote.
INDEX_MOVE = re.compile(r"指数[^，。；\d]{0,10}?(?:上涨|下跌|涨|跌|回落|反弹)了?(?:约|近|超过)?$")
# 到户电价约每千瓦时0.26元，比东部地区低近一半: how a unit price compares with another.
PRICE_COMPARED = re.compile(
    r"(?:电价|价格|租金|单价|报价)[^，。；]{0,4}?(?:比|较)[^，。；]{0,12}?(?:低|高)(?:了|出)?(?:约|近|超过|逾)?$"
    r"|^(?:比|较)[^，。；]{0,12}?(?:低|高)(?:了|出)?(?:约|近|超过|逾)?$"
)  # (便宜, 贵: CHEAPER_THAN, whatever follows)
# (比在澳门自建机房节省近一半成本: the same, said as what is saved)
CHEAPER_THAN = re.compile(r"(?:比|较)[^，。；]{0,16}?(?:便宜|贵|节省|节约|省下)(?:了)?(?:约|近|超过|逾)?$")
CORES_BEFORE = re.compile(r"(?:内核|核心|计算核|处理器核)(?:总数|数量|数)[^，。；\d]{0,4}$")
MACHINE_HOLDS_BEFORE = re.compile(
    r"(?<![\d个万千])(?:整机柜|机柜|服务器|一体机|机箱|整机)[^，。；\d]{0,6}?(?:可以|可|能)(?:放置|容纳|搭载|安装|插入|部署)$"
    r"|(?:单柜|单机柜|每柜|每个机柜|单台|每台|单个[\u4e00-\u9fff]{1,3}?舱)(?:可以?|能)?(?:集成|搭载|配备|配置|装配|容纳|部署)了?[^，。；\d]{0,4}?$"  # 单柜集成72颗GPU
)
SURVEYED_BEFORE = re.compile(r"(?:调研|调查|监测|抽样|抽查|走访|样本)的$")
CLASS_BOUND_BEFORE = re.compile(
    r"(?:率|PUE)(?:不足|低于|不到|超过|高于|在)$"
)  # (not 全省超过60%的企业已上云)
CLASS_NOUN_AFTER = re.compile(r"的(?:智算中心|数据中心|企业|项目|城市|地区|省份|机房|园区|集群)")
MARK_WORDS = re.compile(r"关卡|大关|关口|门槛|整数关口")
# 显存96GB: a product's memory, not storage built.
PER_DEVICE_BYTES = re.compile(r"显存|内存|单卡|每卡|HBM")
# 已在8个国家枢纽节点和10个国家数据中心集群之间建成…: where something is, not how many there are.
LOCATIVE = re.compile(r"(?:在|于)(?:[^，。；在]{1,20}(?:和|与|及))?\s*$")
AMONG_AFTER = re.compile(r"之间|之中|之内|范围内|(?:和|与|及)\d")
COMPONENTS = re.compile(
    r"\s*(?:计算|处理器)?(?:核心|节点|内核)|\s*[A-Za-z]{0,3}\d{2,4}[A-Za-z]?(?:芯片)?的?(?:服务器|整机|机器|一体机)"
)  # …, 搭载8张H100的服务器, 8卡H100服务器: a product's configuration
MACHINE_BEFORE_BRACKET = re.compile(r"(?:整机|服务器|一体机|机柜|[A-Za-z]\d{2,4}[A-Za-z]?)[（(]$")
PER_NODE = re.compile(
    r"单(?:个)?(?:计算)?节点|每(?:个)?(?:计算)?节点|单台|每台服务器|每(?:座|个)?机柜(?:配置|搭载|装配|部署)"
    r"|(?:一|每|单)台[^，。；\d]{0,6}?(?:搭载|配备|配置|装配|装有)"  # 一台搭载8张910B加速卡的训练服务器
)
RATES_APART = re.compile(r"(?:高于|低于|快于|慢于|超过|超出)[^，。；\d]{0,12}(?:增速|增长率|增幅|增长)$")
TOP_GROUP_SUM = re.compile(r"(?:位|名)?的?[^，。；\d]{0,10}?(?:合计|合共|总计|共计|加总)")
MACHINE_AFTER = re.compile(r"(?:[A-Za-z\d]{0,6})?的?(?:训练|推理|AI)?(?:服务器|整机|一体机|机器)")
EXACT_AFTER = re.compile(r"\s*[（(]\s*(?P<num>\d)")
SOME_OF_THEM_BEFORE = re.compile(
    r"(?:^|[，,；])(?:另一方面，)?(?:一些|有些|有的|个别|少数|部分|不少(?!于))[^，。；\d]{2,20}$"
)
DENSITY_OR_PREMIUM = re.compile(r"功率密度|机柜密度|溢价")
PER_RACK = re.compile(
    r"单(?:个|一)?机柜|每(?:个|一)?机柜|单机架|每机架|单柜|每柜|功率密度|机柜密度|整机柜(?:功率|功耗)"
)
WHOLE_RACK = re.compile(r"整机柜")
OWN_COMPUTE = re.compile(r"形成|规模|合计|集群|新增")
MACHINE_WORD = re.compile(r"整机|单机|超节点|服务器|节点")
RACK_SIZED_W = 2e6
"""No rack or machine draws more (an NVL72 rack 1.4MW at most): a power above it is capacity built."""
# 这类客户对单机柜功率要求很高，我们新建机房普遍在40千瓦以上，老机房只有8千瓦: after a rack's rating is
# named, a power whose clause names no capacity of its own is a rating too.
OWN_POWER = re.compile(r"容量|负载|负荷|规模|总|合计|装机|用电|供电|电力|电量|耗电|需求|上线|投运|集群")
RACK_AFTER = re.compile(r"\s*(?:的)?(?:标准)?(?:机柜|机架)")
CHANGE_ONLY = re.compile(r"\s*(?:已经|已|将|再)?(?:走向|升至|提升至|提高到|达到|增至|突破|超过)了?(?:约)?\s*")
SOME_OF_THEM = re.compile(
    r"(?:部分|个别|少数|一些)[^，。；\d]{0,8}?(?:已|已经)?(?:超过|达到|达|在|为|突破)(?:了)?(?:约)?"
)
ONE_RACK = re.compile(r"[一1]柜|一个机柜")  # 輝達的GB200一櫃大約冰箱大小，就須負載就高達1.4MW
DEFINITION_AFTER = re.compile(
    r"[，,]?(?:则|也|就)?(?:相当于|等于|即|(?:约|大约)?为每秒|是每秒)"
)  # (1EFLOPS为每秒百亿亿次浮点运算, 我们通常所说的1EFLOPS，相当于…)
UNIT_RELATION = re.compile(r"(?:则)?(?:是|为|等于|相当于)\s*1\s*[A-Za-z]{1,8}的\s*[\d,]+倍|的\s*[\d,]+倍")
UNIT_OF_A_MULTIPLE = re.compile(r"(?<![\d.])1\s*[A-Za-z]{1,8}的$")
UNIT_NAME_DEFINED = re.compile(r"\s*[A-Za-z]{1,8}\s*(?:约|大约)?(?:相当于|等于|即|是指|指|为)")
# 标准机架指功率为2.5千瓦的机架: what a term means (not 指出, 指标, 指数, 指导).
DEFINITION_BEFORE = compile_skipping(
    r"是指|指的是|定义为|(?<=[\u4e00-\u9fff])指(?![出标数导引挥南向明定])"
    r"|(?:按|以)(?:每架|单架|每个机架|每机架|每柜|单机柜|每个机柜)(?:功率)?(?:为)?$"  # 按每架2.5千瓦折算: the basis of a unit
)


def _an_example_or_an_efficiency(sentence: str, quantity: Quantity, before: str) -> bool:
    """以搭载8张H20的推理服务器为例: what the example is; 能效比达到52.6GFLOPS/W: an efficiency, not a capacity;
    碳排放强度为0.74吨二氧化碳当量/MWh: an intensity, no emission."""
    if quantity.unit.canonical == "FLOPS" and (
        PER_WATT.match(sentence, quantity.end) or before.endswith(("每瓦", "每千瓦"))
    ):
        return True  # (系统能效达到每瓦52.6GFLOPS)
    if quantity.unit.canonical == "tCO2e" and PER_UNIT_AFTER.match(sentence, quantity.end):
        return True
    return (
        EXAMPLE_OPENED.search(before) is not None and EXAMPLE_CLOSED.match(sentence, quantity.end) is not None
    )


# 通过100Gbps激光链路组网, 400Gbps端口: a speed naming the kind of a link or a port, what it is built with
LINK_KIND_AFTER = re.compile(r"的?[^，。；\d\s]{0,4}?(?:链路|端口|接口|光模块|网卡|交换机|光纤|专线|网络)")


def _a_words_speed_or_a_peak(sentence: str, quantity: Quantity, before: str) -> bool:
    """万兆（10Gbps）光网: a word's speed in brackets; 单站下行峰值速率可达10Gbps: what the equipment can
    do, not a network's measured speed; 100Gbps激光链路: the kind of link."""
    return (
        WORD_GLOSSED.search(sentence, max(0, quantity.start - 4), quantity.start) is not None
        or PEAK_RATE.search(before[-12:]) is not None
        or LINK_KIND_AFTER.match(sentence, quantity.end) is not None
    )


QUBITS_AFTER = re.compile(r"[^，。；\d]{0,4}?量子比特")
FIDELITY_BEFORE = re.compile(r"保真度[^，。；\d]{0,4}$")
BRACKETED_BOUND_BEFORE = re.compile(
    r"[（(][^（()）]{0,12}?(?:低于|高于|不足|不到|超过|小于|大于|不低于|不高于)$"
)
BRACKET_CLOSED_ON_A_NOUN = re.compile(r"\s*(?:及?以上|及?以下)?[）)]的")
PEAK_RATE = re.compile(r"峰值|单站|单用户|理论|单波|单纤|单端口|单通道")
PER_WATT = re.compile(r"\s*(?:/|每)\s*(?:W\b|瓦|千瓦)")
EXAMPLE_OPENED = re.compile(r"(?:^|[，,；：:“「])(?:若|如果|如)?以[^，。；\d]{0,12}$")  # (“以一座1万P的…计算)
# (以一座10万瓩的数据中心满载运转计算，一年用电量就达…: the size assumed for a sum)
EXAMPLE_CLOSED = re.compile(r"[^，。；]{0,20}?(?:为例|(?<=[\u4e00-\u9fff])计算)(?:[，,]|$)")
# 1EFLOPS即每秒进行100亿亿次, 1ZFLOPS等于1000EFLOPS: the other side of what a unit is.
UNIT_DEFINED = re.compile(
    r"(?<![\d.])1\s*[A-Za-z]{1,8}(?:则|也|就)?(?:即|等于|相当于|约等于|约为|=)[^，。；\d]{0,8}$"
)
# 8个国家算力枢纽节点和10个国家数据中心集群: the fixed designations of the national plan, not a count of
# anything built.
DESIGNATED_KIND = re.compile(
    r"\s*国家(?:算力)?枢纽(?:节点)?|\s*国家数据中心集群|\s*(?:大|个)?算力枢纽节点"
    r"|\s*(?:个)?(?:地级以上市|设区市|地级市|地市|市州|县（市、区）|县市区)"  # 全省21个地级以上市: how the province is divided
    # 向不超过35名特定对象发行, 向不少于6名独立承配人配售: who may buy the shares
    r"|\s*(?:名|家)?(?:独立)?(?:特定对象|发行对象|认购对象|合格投资者|承配人|认购人|认购方)"
    r"|\s*个?省[（(]区、市[）)]"  # 全国31个省（区、市）: how the country is divided
    r"|\s*个?片区(?!的|内|共|累计|已)"  # 八大枢纽十大集群21个片区: the national plan's designations
    r"|\s*个?(?:枢纽节点|数据中心集群|集群)(?=在用|累计|完成|建设|的|、|和|及|从|平均|数据中心|[，,])"  # 8个枢纽节点在用标准机架
)


def _counts_or_ranks_nothing(sentence: str, quantity: Quantity, unit: str, before: str) -> bool:
    """8个国家算力枢纽节点: the plan's designations; 首批7个国家数据标注基地: a batch of places designated;
    每周组织两次: how often; 一个12人的小组: a team; 共有3家…厂商投标: who bid; 该系统曾在…TOP500排行榜名列
    第20名: a rank it once had."""
    if unit == "count":
        return bool(
            DESIGNATED_KIND.match(sentence, quantity.end)
            or (BATCH_BEFORE.search(before) and DESIGNATED_PLACES_AFTER.match(sentence, quantity.end))
            or HOW_OFTEN_BEFORE.search(before)
            or TEAM_AFTER.match(sentence, quantity.end)
            or BIDDERS_AFTER.match(sentence, quantity.end)
        )
    return unit == "rank" and ONCE_BEFORE.search(before) is not None


BATCH_BEFORE = re.compile(r"(?:首批|第[一二三四五六七八九十]批)$")
BIDDERS_AFTER = re.compile(r"[^，。；]{0,10}?(?:投标|竞标|应标)")
ONCE_BEFORE = re.compile(r"曾(?:经|在|于|一度|多次)[^，。；]{0,24}$")  # (not the surname: 董事长曾毓群)
DESIGNATED_PLACES_AFTER = re.compile(r"[^，。；]{0,8}?(?:基地|试点|示范区|示范基地|园区|城市|枢纽)")
HOW_OFTEN_BEFORE = re.compile(
    r"每(?:周|月|年|天|日|季度?)(?:组织|开展|举办|召开|进行)$"
)  # (not 产能为每年10万台)
TEAM_AFTER = re.compile(r"的?(?:小组|团队|班组|工作组)")
# 七十多年前，…第一台通用电子计算机…占地170平方米: history told for contrast, no figure of the build-out.
LONG_AGO = re.compile(
    r"(?:[二三四五六七八九]十|百)多?年前|半个多?世纪前|上世纪|20世纪[一二三四五六七八九]十年代"
)
# 不超过发行前总股本的30%, 交易均价的80%, 内部收益率为13.7%, 投资回收期约6.3年: an offering's terms and a
# project's projected returns, not figures of what is built.
OFFERING_TERMS = compile_skipping(
    r"总股本|股本的|扩大后股本|已发行股本|发行股本|承配人|配售价|折让|持股|减持|增持|上缴|交易均价|均价的|内部收益率|投资回收期|回收期|收益率为|上市标准|市值不低于|份额总数|认购倍数|超额认购"
    r"|配发率|派息率|派息比率|分派比率|派付比率|股息率|殖利率|发行对象"
    r"|(?<!数字经济)(?<!产业)市值"  # 公司市值约176亿港元: the company's price
)
# 引入5名基石投资者，合共认购约1.2亿美元股份; 预留约5亿港元孖展额度; 其中10%于香港公开发售: how shares are sold and
# bought, not what the company does.
SHARE_SALE = re.compile(r"基石投资者|孖展")


OFFERED_AFTER = re.compile(r"\s*(?:于香港公开发售|于国际配售|作国际配售|公开发售|国际配售)")
# 基金管理规模约120亿元: a fund's size in money (not 公司管理的GPU规模扩大至6.5万卡).
FUND_SIZE = re.compile(r"管理规模|基金规模|资产管理规模")
# 持有房托不少于五成权益: a stake held, no figure of what is built.
STAKE_AFTER = re.compile(r"(?:的)?(?:权益|股权|股份)(?!投资|有限)")
# “再建一倍都不够”, 单个园区的规划负荷动辄1GW以上: a figure of speech, no figure.
SPEECH_AFTER = re.compile(r"\s*(?:都|也)(?:不够|不为过|不止|打不住)")
SPEECH_BEFORE = re.compile(r"(?:动辄|动不动就)[^，。；\d]{0,5}$")
PROCEEDS = re.compile(r"集资所得|所得款项|集资净额|募资净额")
# 相关对华销售收入的15%上缴美国政府, 15%的分成: a levy's rate, no figure of what is built.
LEVY_AFTER = re.compile(r"\s*(?:上缴|上交|的分成|分成)")
# 单个企业每年最高不超过500万元, 营业收入一般不超过4亿元: a rule's cap or threshold, not an amount.
CAP = compile_skipping(
    # (申领的算力服务合同金额须在20万元以上: the floor a claim must reach)
    r"(?:合同|申领|申请|补贴|奖励)[^，。；]{0,8}?(?:金额|额度)(?:须|需|必须|应|应当)(?:在|不低于|不少于)$|"
    # (最高可按合同金额的50%给予支持，单个企业每年最高500万元: the share paid and the cap per firm)
    r"最高可按[^，。；\d]{0,10}的$|(?:单个|每个|每家|单家|单一)(?:企业|项目|机构|单位|主体)[^，。；\d]{0,4}?最高(?:为|可达)?$|"
    r"最高不(?:超过|得超过|高于)|最高(?:可获|可得|可申领|可申请|可享受|可享|补贴|补助|奖励|资助|给予)|(?:补贴|补助|奖励|资助)最高可达|一般不超过|(?:注册资本|注册资金|净资产|资产总额)不(?:低于|少于)|上限(?:为|是)?[^，。；]{0,4}$|(?:申领|领取|补贴|补助|奖励|资助)(?:金额|额度|额)?不(?:超过|高于)$|(?:申领|领取|补贴|补助|奖励|资助)(?:金额|额度|额)?最高(?:为|可达)?(?:[^，。；\d]{1,8}的)?$"
)
# 全国10个国家数据中心集群之一: how many there are of a kind the subject is one of.
ONE_OF = re.compile(r"[^，。；]{0,16}之一")
# 内蒙古、贵州、甘肃、宁夏4个西部枢纽: how many names the list before it holds.
NAMED_LIST = re.compile(
    # (a name may open with 和: 庆阳、中卫、和林格尔、贵安4个西部集群)
    r"(?:[\u4e00-\u9fff](?:(?![和与及])[\u4e00-\u9fff]){1,7}、)+[\u4e00-\u9fff](?:(?![和与及等])[\u4e00-\u9fff]){1,7}"
    r"(?P<last>(?:和|及|与)[\u4e00-\u9fff]{2,8})?等?\s*$"
)


# 排名前十的省份分别为：河北省、江苏省…: who is in the list, not a rank of what is measured.
RANKED_LIST_AFTER = re.compile(r"[^，。；]{0,10}?(?:(?:分别|依次)(?:为|是)|(?:为|是|有|包括)[：:])")


# 以新台币兑美元30.4元估算: an exchange rate, not an amount.
EXCHANGE_RATE = re.compile(
    r"兑(?:换)?(?:美元|人民币|港元|港币|新台币|台币|日元|欧元)$|汇率(?:为|约|按)?$|(?<=[元币])兑(?:换)?$"
)  # (按1美元兑7.12元人民币: the rate, after the unit rated)
RATE_BASE = re.compile(
    r"\s*兑(?:换)?(?:美元|人民币|港元|港币|新台币|台币|日元|欧元|\d)"
)  # (1美元兑新台币32.5元, 1美元兑7.12元: the unit rated)
# …还能租到9万元，现在6万元都不好谈: a clause with no words of its own but a time, after a price.
PRICE_AGAIN_BEFORE = re.compile(
    # (…每卡时租金约9元，用券后企业实际支付不到6元: what is paid for the same unit)
    r"\s*(?:而[^，。；\d]{0,14}?)?(?:现在|目前|如今|眼下|而今|今年|去年同期|去年|年初|一年前|当时|此前)?"
    r"(?:则|也|仅|只有|只|还能|还|都)?(?:谈到|租到|报到|卖到)?"  # (去年同期还能谈到6万元以上)
    r"(?:[^，。；\d]{0,10}?(?:实际)?(?:支付|只需|仅需|只要|花费))?"
    r"(?:升至|降至|涨至|跌至|增至|提高到|下降到|上调至|下调至|可低至|低至|可高达|高达)?(?:约|近|不到)?\s*"
    r"|\s*(?:比|较)[^，。；\d]{0,14}?(?:高出|高|低|贵|便宜|多出|多|少)了?(?:约|近|不到)?\s*"  # 比…风冷方案高出约4000元
    r"|\s*(?:比|较)[^，。；\d]{0,10}?的\s*(?:约|近)?\s*"  # …约为6.5元，较年初的9元左右明显回落: the price it was
    # …每千瓦时0.3元，东部地区则普遍在0.6元以上; …输入价格降至0.6元，输出价格降至2.4元: another's price of the unit
    r"|[^，。；\d]{0,8}?(?:地区|城市|省份|各地|一带)(?:则|也)(?:普遍|一般|通常|大多|多)?(?:在|为|约为)?(?:约|近|不到)?\s*"
    r"|(?:输入|输出|零售|批发)?(?:价格|售价|报价|单价)(?:降至|升至|下调至|上调至|为|约为)?(?:约|近|不到)?\s*"
)  # (…月租由去年同期每千瓦约1,380港元，升至约1,450港元)


@lru_cache(maxsize=256)
def _example_start(sentence: str, statement_start: int) -> float:
    """Where a worked example or a hypothetical starts in the number's statement (以每台服务器…计, 假设…), if
    it has one: the same for each of its numbers, so looked for once (…；而截至2025年底… is another)."""
    if not EXAMPLE_CUE.search(sentence, statement_start):
        return math.inf
    example = HYPOTHETICAL.search(sentence, statement_start)
    return example.start() if example else math.inf


EXAMPLE_CUE = re.compile(
    rf"{EACH_CHANGE}|每1元|每一元|计|测算|为例|同样是|假|如果|倘若|若|哪怕|即使|即便|就算|纵使|要是|比如|一台|比方|例子|举例|某地|号称|此推算|此估算|笔账|满负荷|满载"
)


def _price_again(sentence: str, quantity: Quantity) -> bool:
    """The number's clause (to the last comma: 而内蒙古、宁夏等西部枢纽可低至) says nothing but a time or a
    change before it."""
    clause_start = context.clause_start(sentence, quantity.start)
    return PRICE_AGAIN_BEFORE.fullmatch(sentence, clause_start, quantity.start) is not None


def _follows_a_price(sentence: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """The money just before in the sentence, in the clause before, was a price per unit."""
    earlier = [q for q in quantities if q.end <= quantity.start and is_money(q.unit)]
    if not earlier:
        return False
    clause_start = context.clause_start(sentence, earlier[-1].start)
    return UNIT_PRICE.search(sentence, clause_start, earlier[-1].start) is not None


QUOTED_QUESTION = re.compile(
    r"[「“][^」”]{0,40}?(?:是不是|是否|难道)[^」”]{0,40}[」”]"
    r"|[「“][^」”]{0,40}[」”]的(?:说法|传言|传闻|质疑)"  # 网上流传的“上架率只有三成”的说法: a claim, denied
)
ROUND_MAGNITUDE = re.compile(r"[百千万亿]")
# 听说…但有朋友说里面的机柜上架率只有三成: hearsay a reader repeats, no one's figure
CLASS_IN_QUOTES = re.compile(r"[”」](?:规模|集群|级|量级|时代)")  # 从“万卡”向“十万卡”规模演进
HEARSAY = re.compile(r"听说|听闻|网传|有(?:朋友|人|网友)(?:说|称)")


def _beside_its_figure(sentence: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """A round mark with the exact figure of its unit close to it: named a mark (突破8兆元关卡，达约8.1兆元), or
    reached just after the figure (1,042.9亿元，首度站上千亿元)."""
    if quantity.value <= 0:
        return False
    close = [
        q
        for q in quantities
        if q is not quantity
        and q.unit.canonical == quantity.unit.canonical
        # the figure itself, past the mark by less than 30% (去年为7.6兆元 is another year's, below it)
        and 0 < (q.value - quantity.value) / quantity.value < MARK_CLOSE
        and "年" not in sentence[min(q.end, quantity.end) : max(q.start, quantity.start)]
    ]
    if MARK_WORDS.match(sentence, quantity.end):
        return bool(close)
    statement = context.statement_start(sentence, quantity.start)
    return sentence.endswith("站上", 0, quantity.start) and any(
        statement <= q.end <= quantity.start and "年" not in sentence[q.end : quantity.start] for q in close
    )


def _glosses_the_number_before(sentence: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    opening = sentence.rfind("（", 0, quantity.start)
    opening = max(opening, sentence.rfind("(", 0, quantity.start))
    if opening < 0 or quantity.start - opening > GLOSS_LEAD_CHARS:
        return False
    inside = sentence[opening : quantity.start]
    if "）" in inside or ")" in inside or COMPARED_IN_BRACKETS.search(inside):
        return False  # （2025年同期：77.9%）: the figure compared with, no gloss
    converted = CONVERTED.match(inside) is not None
    return any(
        q.end == opening
        and (
            q.unit.canonical == quantity.unit.canonical
            or (converted and is_money(q.unit) and is_money(quantity.unit))
        )
        and not _rounded_before_exact(q, quantity)
        for q in quantities
        if q is not quantity
    )


# 1000PFLOPS，相当于每秒进行100亿亿次: the number before, said again in other words.
RESTATED_AS = re.compile(
    r"[，,]?\s*(?:也就是(?:说)?|相当于|即|换言之|换算(?:成|为)|折合)(?:每秒)?(?:进行|完成)?(?:约)?"
)


def _restates_the_number_before(sentence: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    return any(
        q.end < quantity.start
        and q.unit.canonical == quantity.unit.canonical
        and math.isclose(q.value, quantity.value, rel_tol=1e-6)
        and RESTATED_AS.fullmatch(sentence, q.end, quantity.start)
        for q in quantities
        if q is not quantity
    )


def _rounded_before_exact(rounded: Quantity, exact: Quantity) -> bool:
    """接近九成(88%): a round figure in words, then the exact one in digits, which is the fact."""
    return (
        not DIGIT.search(rounded.text)
        and DIGIT.search(exact.text) is not None
        and rounded.unit.canonical == exact.unit.canonical
    )


RECKONED_AFTER = re.compile(r"(?:标准)?(?:机架|机柜)?(?:为标准)?(?:折算|计算|计|核算|换算)")
# 773亿美元（约合5595亿元人民币）, 人民币1,640亿元（新台币6,724亿元）: the same money in another currency
CONVERTED = re.compile(r"[（(](?:约合|折合|合|约|(?:新台币|台币|人民币|美元|港币|港元|欧元|日元|澳门元)$)")
COMPARED_IN_BRACKETS = re.compile(r"同期|上年|去年|[：:]|\d{4}年")
GLOSS_LEAD_CHARS = 30  # （即246百亿亿次, （TWh，terawatt-hour，即10亿千瓦时）


# 阅读 1.2万次, 播放量：386.5万次: a counter on the page, written right before its number (where 开源模型全球下载量
# 已超过6亿次 is a sentence about the things downloaded)
PAGE_COUNTER_RIGHT_BEFORE = re.compile(
    r"(?:阅读|阅|浏览|播放|点击|观看|访问|转发|评论|点赞|下载|搜索|曝光)(?:量|数|次数|人数)?\s*[:：]?\s*$"
)
MODEL_SPEC_BEFORE = re.compile(r"(?:上下文(?:窗口|长度)?|得分|跑分|测试分数|榜单成绩)[^，。；\d]{0,6}$")
# 我的仓位三成，成本32.1: an investor's own holdings
HOLDINGS_BEFORE = re.compile(r"(?:仓位|持仓比例|持仓)[^，。；\d]{0,4}$")
# 1,204人赞同了该回答, 386人收藏: readers' reactions to a page, no figure
READERS_REACTING_AFTER = re.compile(
    r"(?:已|都)?(?:赞同|点赞|收藏|关注|喜欢|觉得有用|感谢|转发|评论)(?:了|过)?"
)
# 参与单位名称及人员…共计52家机构、71人, 吸引了3000余名观众参会: who came to a meeting, no figure of the build-out
AUDIENCE_BEFORE = re.compile(
    r"参与单位|参会(?:单位|人员|机构|嘉宾)|与会|接待|(?:特定对象|机构)调研|路演|观众"
)
AUDIENCE = re.compile(r"\s*(?:家|名)?(?:机构|投资者|分析师|嘉宾|观众|人次|人)")
WORD_GLOSSED = re.compile(r"[千万]兆[（(]$")
DATA_CITED = re.compile(r"(?<!数)(?:根据|据)[^，。；]{1,12}(?:数据|资料|统计|数字)")
# (经济部以书面答复立委陈静宜质询，预估…, 局长书面答复立法会议员质询时表示: the body answering the question)
QUESTIONING = compile_skipping(
    r"(?<!答复)(?<!答覆)(?<!回应)(?<!答复立法会)(?<!答覆立法会)(?<!回应立法会)"
    r"(?:立委|议员|委员)[^，。；]{0,8}(?:质询|质疑|询问|追问)"
)
# 纳入算力券服务商名录的企业，须在我市建有…不少于100P: a condition to qualify, no figure of anything built.
QUALIFYING = compile_skipping(
    r"(?:纳入|申请|申报|入选|认定|入驻)[^。；]{0,20}(?:企业|单位|服务商|机构|项目)[，,]?(?:须|需|应当|应)(?!降至|达到|控制)"
    r"|(?:限制|门槛|资格|适用)(?:条件)?(?:包括|为|是)"  # 列入重大公共建设范围，限制包括投资总额…达三亿元以上
)
# …对127个智算中心的抽样监测显示: the things a survey looked at.
SAMPLED = re.compile(
    r"[^，。；]{1,16}?的?(?:抽样|抽查|问卷)?(?:监测|调查|调研|测算|分析|测试|评估|统计|研究)"
    r"|[^，。；]{1,12}?进行[^，。；]{0,6}?(?:评价|评估|排名|打分)"  # 对全国100个城市进行综合评价
)


def _of_a_reader_or_a_product(sentence: str, quantity: Quantity, unit: str, before: str) -> bool:
    """A figure of the page's readers, an investor's own holdings or a model's make-up, not of the build-out."""
    if MODEL_SPEC_BEFORE.search(before):
        return True  # 上下文窗口扩展到200万Token, SWE-bench得分71.9%: a model's make-up or its test score
    if unit == "percent" and HOLDINGS_BEFORE.search(before):
        return True  # 目前仓位三成左右: how much of an investor's money is in stocks
    if (
        unit == "count"
        and (quantity.text.endswith(("人", "名")) or AUDIENCE.match(sentence, quantity.end))
        and AUDIENCE_BEFORE.search(sentence, 0, quantity.start)
    ):
        return True  # 共计52家机构、71人 in an investor-relations record: who came, not what was built
    # 1,204人赞同了该回答: how many readers liked a page
    return (
        unit == "count"
        and quantity.text.endswith("人")
        and READERS_REACTING_AFTER.match(sentence, quantity.end) is not None
    )


def no_figure(
    sentence: str,
    quantity: Quantity,
    unit: str,
    measure: str,
    *,
    clause: tuple[int, int],
    quantities: Sequence[Quantity],
    previous_end: int,
) -> bool:
    """Whether the number, though it has a unit, reports nothing about what it measures."""
    clause_start, clause_end = clause
    before = sentence[clause_start : quantity.start]
    statement_start = context.statement_start(sentence, quantity.start)
    if measure == "level" and EQUIVALENT.search(before):
        return True
    if (
        _example_start(sentence, max(0, statement_start - 1)) < quantity.start
        or HEARSAY.search(sentence, 0, quantity.start)
        or sentence.startswith("级", quantity.end)  # 10万千瓦级数据中心, 万卡级集群: a class of size
        or (
            sentence.endswith(("“", "「"), 0, quantity.start)
            and CLASS_IN_QUOTES.match(sentence, quantity.end)
        )
        or (sentence.endswith(("上", "数", "几"), 0, quantity.start) and ROUND_MAGNITUDE.match(quantity.text))
    ):
        return True  # a worked example, hearsay, a size class or a vague magnitude (上百亿元, 上百名)
    if is_money(quantity.unit) and (
        UNIT_PRICE.search(before)
        or PER_SHARE.search(sentence, max(0, quantity.start - 24), quantity.start) is not None
        or EXCHANGE_RATE.search(before)
        or (quantity.value == quantity.unit.factor and RATE_BASE.match(sentence, quantity.end))
        or PER_UNIT_AFTER.match(sentence, quantity.end)
        or (_price_again(sentence, quantity) and _follows_a_price(sentence, quantity, quantities))
    ):
        return (
            True  # 平均租金约6,200元/架/月: a price per unit (…还能租到9万元，现在6万元都不好谈: and again)
        )
    if "「" in sentence or "“" in sentence:
        for match in QUOTED_QUESTION.finditer(sentence):
            if match.start() < quantity.start < match.end():
                return True  # 质疑…GPU「是不是连五成使用率都不到」: a doubt, asked, states nothing
    if (
        not DIGIT.search(quantity.text)
        and (exact := EXACT_AFTER.match(sentence, quantity.end))
        and any(q.start == exact.start("num") and q.unit.canonical == unit for q in quantities)
    ):
        return True  # 接近九成(88%): the round figure, before the exact one in brackets
    if unit == "count" and quantity.text.endswith("卡") and MACHINE_AFTER.match(sentence, quantity.end):
        return True  # 8卡训练服务器, 8卡服务器月租金: a machine's make-up
    if sentence.endswith("每", 0, quantity.start):
        return True  # 每百万token输出价格, 每10万人: the basis of a rate, no figure
    if unit == "count" and TRAINED_ON_AFTER.match(sentence, quantity.end):
        return True  # 深言-7已在512张加速卡上完成训练: the size of one training run, no cards built
    if unit == "percent" and INDEX_MOVE.search(before):
        return True  # 算力租赁指数年内累计上涨46.3%: how a market index moved, a quote
    if unit == "percent" and (
        CHEAPER_THAN.search(before)
        or (PRICE_COMPARED.search(before) and _follows_a_price(sentence, quantity, quantities))
    ):
        return True  # 比在香港本地租用便宜近一半: how one price compares with another
    if unit == "count" and CORES_BEFORE.search(before):
        return True  # 处理器内核总数超过110万个: a machine's make-up
    if unit == "count" and MACHINE_HOLDS_BEFORE.search(before):
        return True  # 液冷整机柜可以放置64张卡: what one machine holds
    if unit == "count" and SURVEYED_BEFORE.search(before):
        return True  # 在其调研的86个智算中心中: how many were surveyed, not built
    if (
        unit == "percent"
        and CLASS_BOUND_BEFORE.search(before)
        and CLASS_NOUN_AFTER.match(sentence, quantity.end)
    ):
        return True  # 利用率不足20%的智算中心占比约为三成: the class a share is of, no figure
    if MARK_PASSED_BEFORE.search(before) and _beside_its_figure(sentence, quantity, quantities):
        return True  # 正式突破8兆元关卡，达约8.1兆元: the mark passed, not the figure
    if _glosses_the_number_before(sentence, quantity, quantities) or _restates_the_number_before(
        sentence, quantity, quantities
    ):
        return True  # 246EFLOPS（2460万亿次浮点运算）: the same figure again in other words
    if unit in ("W", "byte", "percent") and _rates_a_chip(sentence, statement_start, quantity.start):
        return True  # 单颗GPU的热设计功耗已达1,400瓦左右, 单颗容量36GB, 单卡吞吐量提升约40%: a chip's rating
    if _of_a_reader_or_a_product(sentence, quantity, unit, before):
        return True
    if (
        unit == "FLOPS"
        and (
            PER_CHIP.search(sentence, statement_start, quantity.start)
            or PER_NODE.search(sentence, statement_start, quantity.start)
        )
        # (单卡FP16算力约为256TFLOPS，形成智能算力约3000P: what the cards add up to is built)
        and not (
            OWN_COMPUTE.search(before)
            and not PER_CHIP.search(before)
            and not PER_NODE.search(before)
            and not MACHINE_WORD.search(before)
        )
    ):
        return True  # 单颗处理器集成384个计算核心，双精度浮点峰值约为7.2TFLOPS
    if unit == "count" and MACHINE_BEFORE_BRACKET.search(
        sentence, max(0, quantity.start - 12), quantity.start
    ):
        return True  # H100整机（8卡）: what a machine holds
    if unit == "count" and (
        COMPONENTS.match(sentence, quantity.end) or PER_CHIP.search(sentence, statement_start, quantity.start)
    ):
        return True  # 全系统共包含40,960个计算节点: a machine's make-up, not how many were built
    if unit == "byte" and PER_DEVICE_BYTES.search(before):
        return True
    if unit == "count" and PER_NODE.search(before):
        return True  # 单节点配置2颗国产处理器: a machine's make-up, not how many were built
    if before.endswith(("按", "以", "按照")) and RECKONED_AFTER.match(sentence, quantity.end):
        return True  # 标准机架按2.5千瓦折算: the unit a count is reckoned in, no figure
    if unit == "W" and RACK_AFTER.match(sentence, quantity.end):
        return True  # 折合2.5kW机柜约3万架: the rack's rating, not power built
    if unit in ("W", "Wh") and (
        PER_RACK.search(before)
        or ONE_RACK.search(sentence, statement_start, quantity.start)
        or (
            # 单机柜功率已经从过去的十几千瓦，走向130kW以上; …已普遍达到10千瓦，部分智算机房超过30千瓦
            (
                CHANGE_ONLY.fullmatch(before)
                or SOME_OF_THEM.fullmatch(before)
                or (quantity.value <= RACK_SIZED_W and not OWN_POWER.search(before))
            )
            and PER_RACK.search(sentence, statement_start, quantity.start)
        )
        # 部分采用GB200的整机柜已超过120kW (not 整机柜液冷方案支撑起200兆瓦的集群)
        or (quantity.value <= RACK_SIZED_W and WHOLE_RACK.search(before))
    ):
        return True  # 单机柜功率2.5千瓦: a rack's design, not power built
    if unit == "percentage_point" and RATES_APART.search(before):
        return True  # 数字经济同比名义增长7.39%，高于同期GDP名义增速2.76个百分点: how far apart two rates are
    if unit == "rank" and quantity.at_most and TOP_GROUP_SUM.match(sentence, quantity.end):
        return True  # 排名前三的服务商合计市场份额为38.7%: the top three together, no rank of anyone
    if unit == "percent" and measure == "share" and SOME_OF_THEM_BEFORE.search(before):
        return True  # 一些中西部城市的新建智算中心上架率不足五成: a vague few, no statistic
    if unit in ("multiple", "percent") and DENSITY_OR_PREMIUM.search(before):
        return True  # 功率密度飙升十倍, 所需的功率密度为传统数据中心的十倍, 租金溢价高达六成: a rating or a price's
    if (quantity.value == quantity.unit.factor and UNIT_RELATION.match(sentence, quantity.end)) or (
        unit == "multiple" and before.endswith("的") and UNIT_OF_A_MULTIPLE.search(before)
    ):
        return True  # 1EFLOPS则是1PFLOPS的1000倍: how units relate, no figure
    if quantity.value == 1 and UNIT_NAME_DEFINED.match(sentence, quantity.end):
        return True  # （1个ZB等于十万亿亿字节）: what a unit is
    if _an_example_or_an_efficiency(sentence, quantity, before):
        return True
    if (quantity.value == quantity.unit.factor and DEFINITION_AFTER.match(sentence, quantity.end)) or (
        DEFINITION_BEFORE.search(before)
        or UNIT_DEFINED.search(before)
        # 处于低负载状态（月均利用率低于20%）的智能算力: the bound that defines a class
        or (BRACKETED_BOUND_BEFORE.search(before) and BRACKET_CLOSED_ON_A_NOUN.match(sentence, quantity.end))
        # 72个超导量子比特, 单比特门平均保真度达99.92%: a quantum machine's make, not compute built
        or QUBITS_AFTER.match(sentence, quantity.end)
        or FIDELITY_BEFORE.search(before)
    ):
        return True  # 1EFLOPS相当于每秒百亿亿次…, 标准机架是指功率为2.5千瓦的机架: what a unit or a term is
    if (
        (
            THRESHOLD.match(sentence, quantity.end)
            and not context.RATE_AFTER.match(sentence[quantity.end :])
            and not (TOTAL_REACHED.search(before) and not CLASS_COUNTED.match(sentence, quantity.end))
        )
        or (THRESHOLD_BEFORE.search(before) and CLASS_AFTER.match(sentence, quantity.end))
        or CASES_ABOVE.match(
            sentence, quantity.end
        )  # 单案容量逾10万瓩者有6件: the bound of the cases counted
        or (RULE_MARK.search(before) and RULE_THEN.match(sentence, quantity.end))
        # 优于…PUE不高于1.25的要求: the rule bettered (but 须低于1.25的红线 is the rule's target)
        or (REQUIREMENT_AFTER.match(sentence, quantity.end) and BETTERED.search(before))
        or (MARK_NAMED_AFTER.match(sentence, quantity.end) and MARK_APPROACHED.search(before))
    ):
        return True
    if (
        OFFERING_TERMS.search(before)
        # (引入5名基石投资者，合共认购约1.2亿美元股份: in the clause before the number's too)
        or SHARE_SALE.search(sentence, context.clause_start(sentence, max(0, clause_start - 1)), clause_end)
        or OFFERED_AFTER.match(sentence, quantity.end)
        or (is_money(quantity.unit) and FUND_SIZE.search(before))
        # 所得款项净额拟分别将约60%…用于: how the proceeds are shared out (their total, 约16.5亿港元, is a figure)
        or (not is_money(quantity.unit) and PROCEEDS.search(sentence, statement_start, quantity.start))
        or CAP.search(before)
        or sentence.find("保证金", 0, quantity.start) >= 0
        or LEVY_AFTER.match(sentence, quantity.end)
    ):
        return True
    if unit == "percent" and STAKE_AFTER.match(sentence, quantity.end):
        return True
    if SPEECH_AFTER.match(sentence, quantity.end) or SPEECH_BEFORE.search(before):
        return True
    if "年" in sentence and LONG_AGO.search(sentence, 0, quantity.start):
        return True
    if _counts_or_ranks_nothing(sentence, quantity, unit, before):
        return True
    if unit == "count" and quantity.text.endswith("次") and PAGE_COUNTER_RIGHT_BEFORE.search(before):
        return True  # 阅读 1.2万次, 播放386.5万次: how often a page was read, no figure
    if unit == "bps" and _a_words_speed_or_a_peak(sentence, quantity, before):
        return True
    if QUESTIONING.search(sentence, 0, quantity.start) and not DATA_CITED.search(sentence, 0, quantity.start):
        # 立委林佩蓉质询时指出，…「两年内扩充近一倍」: a legislator's charge, no statistic (but 根据台电提供
        # 的数据，…多达48件 are the utility's figures, said in the chamber)
        return True
    if QUALIFYING.search(sentence, 0, quantity.start):
        return True  # 纳入服务商名录的企业，须…智能算力资源不少于100P: what a firm needs to qualify
    if (
        unit == "count"
        and before.endswith(("对", "对全国", "对全省", "对全市"))
        and SAMPLED.match(sentence, quantity.end)
    ):
        return True  # 中国信通院对127个智算中心的抽样监测显示: how many were sampled, not built
    return unit == "count" and (
        counts_the_list_before(sentence, quantity)
        or describes_what_follows(sentence, quantity, quantities, clause=clause, previous_end=previous_end)
        or ONE_OF.match(sentence, quantity.end, clause_end) is not None
        or (
            ("在" in before or "于" in before)
            and LOCATIVE.search(before) is not None
            and AMONG_AFTER.search(sentence, quantity.end, clause_end) is not None
        )
    )


def counts_the_list_before(sentence: str, quantity: Quantity) -> bool:
    listed = NAMED_LIST.search(sentence, max(0, quantity.start - 60), quantity.start)
    if listed is None:
        return False
    names = listed.group(0).count("、") + 1 + (listed["last"] is not None)
    # (山西、辽宁、上海、江苏等10个省区市…接入: more than it names, a count of its own)
    return quantity.value == names


def describes_what_follows(
    sentence: str,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    *,
    clause: tuple[int, int],
    previous_end: int,
) -> bool:
    """8个国家算力枢纽节点新建数据中心的平均上架率提高到62%: a count opening its clause that only says
    which things the clause's next number is about."""
    clause_start, clause_end = clause
    following = next((q for q in quantities if quantity.end < q.start < clause_end), None)
    if following is None:
        return False
    between = sentence[quantity.end : following.start]
    written_before = sentence[max(clause_start, previous_end) : quantity.start]
    before = subjects.clean_subject(written_before)
    # (合肥先进计算中心等8个公共智算平台去年平均利用率达到64.5%: a list's examples, then how many)
    # (A股12家算力租赁上市公司新签…合同金额合计约386亿元: the firms whose figures are summed)
    return (
        "的" in between or context.SHARE.search(between) is not None or SUMMED.search(between) is not None
    ) and (
        not before
        or written_before.rstrip().endswith(
            ("等", "占")
        )  # 占51个主要国家总量的比重接近两成: the whole's size
        or MARKET_LABEL.fullmatch(before) is not None
    )


SUMMED = re.compile(r"合计|共计|总计|累计")
MARKET_LABEL = re.compile(r"A股|港股|美股|沪深|沪深两市|国内|全国|全省|全市|全球|全世界|世界|这|这些|上述")
