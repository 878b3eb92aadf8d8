"""Tables in an article, read as sentences: a row's numbers with the words of its header and caption,
so the extractor reads 和林格尔新区在用标准机架22.5万架，算力规模31.6EFLOPS。 where the page had cells.

Works on lines: a table copied from a PDF or an e-paper (cells apart by runs of spaces or bars), a
markdown table from the fallback extractor, an HTML table (cells apart by tabs)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.messages import Repair

SENTENCE_END = re.compile(r"(?:[。！？!?]|……)\s*[”」』\"]?\s*$")

# A table copied from a PDF or an e-paper: cells apart by runs of spaces, tabs or bars. (HTML tables reach
# here with their cells apart by tabs.)
CELL_GAP = re.compile(r"\s{2,}|\t|\s*[|｜]\s*")
# 地  区: a two-character label spaced out to the column's width.
SPACED_LABEL = re.compile(r"^([\u4e00-\u9fff])\s{1,4}([\u4e00-\u9fff])(?=\s{2,}|\t)")
SPACED_DATE = re.compile(r"(?<=\d) (?=[年月日])")
TABLE_RULE = re.compile(r"^[\s|｜:：\-—–+=]+$")
CAPTION_CHARS = 60
# 算力规模（EFLOPS）, 在用标准机架(万架): a column whose header names its unit; the unit goes after each bare
# number below it, so a cell reads as a quantity.
NOTE_MARK = re.compile(r"\s*[（(](?:附注|附註|注[\d一二三]?)[）)]$")  # 经调整EBITDA（附注）: a note's mark
HEADER_UNIT = re.compile(
    r"^(?P<name>.*?)\s*[（(](?:单位[：:]\s*)?(?P<unit>(?!附注|附註|注[\d一二三]?[）)])[^（）()\d]{1,8})[）)]$"
)  # (经调整EBITDA（附注）: a note, no unit)
# 单位：亿元 (or （单位：万架）) closing a caption or on a line of its own: the unit of every column naming none.
TABLE_UNIT = re.compile(
    r"[（(]?(?:单位|單位)[：:]\s*(?P<unit>[^（）()，。：:\s\d]{1,8})[）)]?(?:\s*(?:币种|幣種)[：:]\s*[\u4e00-\u9fff]{2,4})?$"
    # 中期业绩摘要（人民币亿元）: a caption naming its amounts' unit in brackets
    r"|[（(](?P<unit2>(?:人民币|人民幣|港币|港幣|港元|美元|新台币|新台幣)?[万亿千百萬億]*(?:元|港元|美元))[）)]$"
)
BARE_NUMBER = re.compile(r"^[+\-－]?\d[\d,]*(?:\.\d+)?$")
NAMED_CURRENCY = re.compile(r"^(?:人民币|人民幣|港币|港幣|新台币|新台幣)")
# 2023年, 2025年上半年, 2026年（E）: a header of years, one column per period; E, F and 预测 mark estimates.
PERIOD_HEADER = re.compile(
    r"^(?P<period>(?:19|20)\d{2}年?(?:[上下]半年|[一二三四1-4]季度|Q[1-4]|\d{1,2}月(?:份)?[底末]?|[底末])?)"
    r"\s*(?:(?P<estimate>[（(]?(?:[EF]|预测|预计|估计|预估)[）)]?)|A|[（(]?实际(?:完成|值|数)?[）)]?"
    r"|(?P<target>[（(]?(?:目标值?|计划(?:值|数)?)[）)]?))?$"  # 2025A, 2026E: a broker's marks; 2027年目标, 2026年计划: a
    # plan's column; 2025年实际完成: what was done
)
UNIT_HEADER = re.compile(r"^(?:计量|計量)?(?:单位|單位)$")
EMPTY_CELLS = {"-", "—", "–", "－", "/", "／", "--", "——"}
EMPTY_CELL = "-"
# 合计 / 386,690.00 / 320,000.00 under 序号 / 募投项目 / 实施地点 / …: a total's label spans the columns that
# name a row, its numbers stand under the columns of numbers.
TOTAL_LABEL = re.compile(r"^(?:合计|总计|小计|共计|合共|總計|合計|小計)$")
THIS_PERIOD = re.compile(r"^(?:本年|本期|本报告期|报告期)")
# 变动, 增减, 变化: the change to the latest period from the one before it
CHANGE_COLUMN = re.compile(r"^(?:变动|變動|增减|增減|变化|變化)(?:幅度)?(?=[（(]|$)")
# 2024, 2024A, 2026E, 2027年（E）: a row's year, actual or estimated.
YEAR_LABEL = re.compile(
    r"^(?P<year>(?:19|20)\d{2})年?(?:(?P<actual>A)|(?P<estimate>[EF]|[（(][EF预][）)]|[（(]预测[）)])"
    r"|(?P<target>[（(]?目标值?[）)]?))?$"  # 2027年（目标）, 2027目标: a plan's row
)
# 22.5万架, 31.6EFLOPS, 95%, 2025年: a cell that is a quantity (or a date), not a column's name.
# 最新价：18.65, 涨跌额：+0.79: a figure in a would-be header; 7月营收, 9月末/1-9月累计 only name periods.
NUMBER_IN_HEADER = re.compile(r"\d(?![\d年月季日号\-—－/A-Za-z])")  # (5G基站 is a name)
QUANTITY_CELL = re.compile(r"^[+\-－]?\d[\d,.]*\s*(?:[%％]|[A-Za-z]+|[\u4e00-\u9fff]{0,3})$")


# 9月末, 1-9月, 1-9月累计: a header naming the month its column is of.
MONTH_COLUMN = re.compile(
    r"^(?:\d{1,2}[-—－~～])?\d{1,2}月(?:末|底|份)?(?:累计)?(?:产量|销量|出货量|产值|收入)?$"
)


def _holds_a_number(cell: str) -> bool:
    if MONTH_COLUMN.match(cell):
        return False
    return bool(QUANTITY_CELL.match(cell) or NUMBER_IN_HEADER.search(cell))


def _cells(line: str) -> list[str]:
    cells = CELL_GAP.split(SPACED_LABEL.sub(r"\1\2", line.strip()))
    # 2025 年 (text from a PDF spaces a year from its 年): one cell, 2025年
    return [SPACED_DATE.sub("", cell.strip()) for cell in cells if cell.strip()]


@dataclass(frozen=True)
class Column:
    """A table's column: what its header names, and the unit its bare numbers are in."""

    name: str
    unit: str = ""

    @staticmethod
    def of(header: str, table_unit: str) -> Column:
        header = NOTE_MARK.sub("", header)
        if match := HEADER_UNIT.match(header):
            return Column(match["name"], match["unit"])
        return Column(header, table_unit)

    def quantity(self, cell: str) -> str:
        if not (BARE_NUMBER.match(cell) and self.unit):
            return cell
        if currency := NAMED_CURRENCY.match(self.unit):  # 人民币亿元: 人民币32.48亿元
            return f"{currency.group(0)}{cell}{self.unit[currency.end() :]}"
        return f"{cell}{self.unit}"


def _table_unit(line: str) -> str:
    return (match["unit"] or match["unit2"]) if (match := TABLE_UNIT.search(line)) else ""


# 主要厂商份额（单位：%）: what the caption says the table's percents are.
CAPTION_MEASURE = re.compile(
    r"市场份额|市場份額|份额|份額|市占率|占比|佔比|比重|渗透率|滲透率|上架率|增速|增长率|增長率"
)


def _caption_measure(caption: str, table_unit: str) -> str:
    found = CAPTION_MEASURE.search(caption) if table_unit in ("%", "％") else None
    return found.group(0) if found else ""


# 9月末/1-9月累计, 本月末/本年累计: a bulletin's column of stocks at a time and flows over a span.
POINT_OR_SPAN = re.compile(
    r"^(?P<point>[^/／]*(?:[末底]|\d日|\.\d{1,2}))[/／](?P<span>[^/／]*(?:累计|年度|\d年))$"
    r"|^(?P<span2>[^/／]*累计)[/／](?P<point2>[^/／]*[末底])$"
)  # 2025年12月31日/2025年度 (2025.12.31/2025年度): a prospectus' column, the year's end and the year
# 资产总额, 资产负债率（合并）, 归属于母公司所有者权益: a balance sheet's rows are stocks at a date.
BALANCE_SHEET_ROW = re.compile(
    r"(?:资产|负债|权益|货币资金|存货|应收账款|应付账款|借款|股本)(?:总额|总计|合计)?(?:[（(][^）)]*[）)])?$"
    r"|^(?:资产负债率|流动比率|速动比率)"
)
RELATIVE_COLUMN = re.compile(r"^(?:本月末|本月|本期末|本期|报告期末|期末|本季末)$")
# 万个, 万户, 万架: what is counted is a stock (5G基站, 用户); money and traffic are flows.
STOCK_UNIT = re.compile(
    r"^(?:[万亿千百]?[个户架部台座条张块家人]|[EPTZ]?FLOPS|[EP]|[PETZ]B|[kMG]W|兆瓦|万?千瓦)$"
)  # (算力总规模, 26.9 EFLOPS at 9月末: compute, storage and power installed are stocks too)


def _one_period(header: str, row_unit: str, row_name: str = "") -> str:
    """The half of a 9月末/1-9月累计 header that a row means: the time for what is counted or stands on a
    balance sheet, the span for the rest."""
    if RELATIVE_COLUMN.match(header):
        return ""  # 本月末: the month the caption names (2026年10月末), not the one the page came out in
    if not (match := POINT_OR_SPAN.match(header)):
        return header
    stock = STOCK_UNIT.match(row_unit) is not None or BALANCE_SHEET_ROW.search(row_name) is not None
    return (match["point"] or match["point2"]) if stock else (match["span"] or match["span2"])


UNIT_WORD = re.compile(
    r"[万亿千百]*(?:元|港元|美元|台|块|个|户|架|张|片|套|家|人|吨|瓦|千瓦|千瓦时|度|次|条|项|公里|平方米)|[万亿千百]*[A-Za-z]+"
)
RATE_UNITS = ("%", "％", "个百分点", "百分点", "個百分點")
RANK_HEADER = re.compile(r"^(?:排名|名次|位次|序号)$")
SERIAL_HEADER = re.compile(r"^(?:序号|编号|序)$")
CATEGORY_HEADER = re.compile(r"^(?:类别|分类|类型|领域|维度|一级指标)$")


def _by_row(header: list[str], rows: list[list[str]], table_unit: str) -> str:
    """地区 / 在用标准机架 / 算力规模: each row a sentence about its first cell (a year in it a period). A
    column of units (指标名称 / 单位 / 1-9月累计) gives each row's unit to its bare numbers."""
    if RANK_HEADER.match(header[0]) and len(header) > 2 and all(len(row) == len(header) for row in rows):
        # 排名 / 省份 / 指数得分: each row is about its second cell, ranked by its first (a 序号 ranks nothing)
        ranks = [f"排名第{row[0]}，" if header[0] != "序号" and row[0].isdigit() else "" for row in rows]
        rows = [[f"{_row_name(row)}{rank}", *row[2:]] for row, rank in zip(rows, ranks, strict=True)]
        header = header[1:]
    unit_at = next((k for k, cell in enumerate(header[1:], 1) if UNIT_HEADER.match(cell)), None)
    sentences = []
    for first, *cells in rows:
        name, row_unit = first, cells[unit_at - 1] if unit_at is not None else table_unit
        labelled = None if unit_at is not None or YEAR_LABEL.match(first) else HEADER_UNIT.match(first)
        if labelled:
            name, row_unit = (
                labelled["name"],
                labelled["unit"],
            )  # 软件业务收入（亿元） / 3108.6: the row's unit
        columns = [Column.of(_one_period(cell, row_unit, name), row_unit) for cell in header[1:]]
        if labelled and UNIT_WORD.fullmatch(row_unit):
            # 集成电路产量（亿块） under 1—9月（万台）: the row's own unit over its column's (not over a rate's %;
            # not 丝路算力枢纽（一期）, a name's bracket)
            columns = [
                Column(column.name, row_unit) if column.unit and column.unit not in RATE_UNITS else column
                for column in columns
            ]
        year = YEAR_LABEL.match(name)
        label = (
            f"{'预计' if year['estimate'] else ''}{year['year']}年{'目标' if year['target'] else ''}"
            if year
            else name
        )
        parts = (
            column.name + column.quantity(cell)
            for k, (column, cell) in enumerate(zip(columns, cells, strict=True), 1)
            if k != unit_at and cell not in EMPTY_CELLS
        )
        sentences.append(f"{label}{'，'.join(parts)}。")
    return "".join(sentences)


def _as_period(header: str) -> str:
    """2025 (of a header 2025A) as 2025年, the year as the text would write it."""
    return f"{header}年" if header.isdigit() else header


def _by_period(
    header: list[str],
    periods: list[re.Match[str] | None],
    rows: list[list[str]],
    table_unit: str,
    measure: str = "",
) -> str:
    """指标 / 2024年 / 2025年（E） / 增减（%）: each row a sentence over the periods of the header, estimates
    forecast, and the other columns (a change) after them."""
    # 指标 / 单位 / 2025年 / 比上年增长（%）: a column of units gives each row's unit to its bare numbers
    unit_at = next((k for k, cell in enumerate(header[1:]) if UNIT_HEADER.match(cell)), None)
    latest = max((period["period"] for period in periods if period), default="")
    sentences = []
    for label, *all_cells in rows:
        row_unit = all_cells[unit_at] if unit_at is not None else table_unit
        row_unit = "" if row_unit in EMPTY_CELLS else row_unit  # (PUE's unit: —)
        cells = [cell if k != unit_at else EMPTY_CELL for k, cell in enumerate(all_cells)]
        columns = [Column.of(cell, row_unit) for cell in header[1:]]
        row = Column.of(label, row_unit)
        if measure and measure not in row.name:
            row = Column(f"{row.name}{measure}", row.unit)  # 安图斯 in a table of 份额: 安图斯份额
        parts = (
            f"{'预计' if period['estimate'] else ''}{_as_period(period['period'])}{'目标' if period['target'] else ''}"
            f"{row.name}{row.quantity(cell)}"
            if period
            # 本年比上年增减（%）: the change to the latest period the header names, of the row's figure
            else f"{latest}{row.name}{CHANGE_COLUMN.sub('同比', THIS_PERIOD.sub('', column.name))}{column.quantity(cell)}"
            for period, column, cell in zip(periods, columns, cells, strict=True)
            # (属性 / 预期性: a column of words, no figure)
            if cell not in EMPTY_CELLS and (period or any(c.isdigit() for c in cell))
        )
        sentences.append(f"{'，'.join(parts)}。")
    return "".join(sentences)


def _row_name(row: list[str]) -> str:
    """The second cell of a ranked row, or its first where that spans both (合计 over 序号 and 项目)."""
    return row[1] if row[1] not in EMPTY_CELLS else row[0]


def _total_under_its_columns(cells: list[str], first_row: list[str], width: int) -> list[str]:
    """合计 spanning the columns that name a row (序号/项目/地点): its numbers under the columns of numbers; a
    total short of the last columns (a rate it has none of) is left as it is."""
    naming = next((k for k, cell in enumerate(first_row) if k and _holds_a_number(cell)), width)
    missing = width - len(cells)
    if naming - 1 != missing:
        return cells
    return [cells[0], *[EMPTY_CELL] * missing, *cells[1:]]


def _unit_row(cells: list[str], width: int) -> list[str] | None:
    """The units of a row 单位 / 个 / 万户 / 架 (a cell left empty names none), or None for any other row."""
    if len(cells) != width or not UNIT_HEADER.match(cells[0]) or any(c.isdigit() for c in "".join(cells)):
        return None
    return ["" if cell in EMPTY_CELLS else cell for cell in cells[1:]]


# 人民币百万元  人民币百万元 under 2025年  2024年  变动: the unit of the period columns' amounts, on a row of its own
CURRENCY_UNIT_CELL = re.compile(
    r"^(?:人民币|人民幣|港币|港幣|新台币|新台幣)?[千万百亿萬億]*(?:元|港元|美元)$"
)


def _currency_row(line: str) -> str | None:
    """The one unit of a row that names nothing but currency units, or None for any other row."""
    cells = _cells(line)
    if not cells or not all(CURRENCY_UNIT_CELL.match(cell) for cell in cells) or len(set(cells)) != 1:
        return None
    return cells[0]


def _table_at(lines: list[str], i: int, table_unit: str, measure: str = "") -> tuple[str, int] | None:
    """The table whose header row is lines[i], as sentences, and the index of the line after it."""
    header = _cells(lines[i])
    first_row = i + 1
    if first_row < len(lines) and header and PERIOD_HEADER.match(header[0]):
        if currency := _currency_row(lines[first_row]):
            table_unit, first_row = currency, first_row + 1
        if first_row < len(lines) and len(_cells(lines[first_row])) == len(header) + 1:
            header = ["", *header]  # 2026年上半年  2025年上半年  变动 over rows of a label and three cells
    if len(header) < 3 and not (len(header) == 2 and "\t" in lines[i]):
        return None  # two cells apart by spaces could be any line; an HTML table's cells are explicit
    if header and (unit_cell := TABLE_UNIT.fullmatch(header[0])):
        # （人民币百万元） / 2025年 / 2024年 / 变动: the corner cell names the unit of every number
        table_unit, header = unit_cell["unit"] or unit_cell["unit2"], ["", *header[1:]]
    # 序号 / 类别 / 指标 / 单位 / 2025年 / 2028年 / 属性: a plan's table of indicators, each row named by its
    # indicator (the serial number and the category spanning rows name none)
    serial = SERIAL_HEADER.match(header[0]) is not None and len(header) > 3
    category = len(header) > 3 + serial and CATEGORY_HEADER.match(header[serial]) is not None
    if (serial or category) and any(map(PERIOD_HEADER.match, header[serial + category + 1 :])):
        header = header[serial + category :]
    else:
        serial = category = False  # (序号 / 项目名称 / 建设地点 / 总投资: rows read one by one, 序号 and all)
    periods = [PERIOD_HEADER.match(cell) for cell in header[1:]]
    by_period = any(periods) and not _holds_a_number(header[0])
    others = [cell for cell, period in zip(header[1:], periods, strict=True) if not period]
    if (
        TABLE_RULE.match(lines[i])
        or any(map(_holds_a_number, others if by_period else header))
        or any(cell.endswith(("：", ":")) for cell in header)
    ):
        return None  # a row of numbers, a quote box's or a page's fields (发文字号：) are no header
    j = first_row
    while j < len(lines) and TABLE_RULE.match(lines[j]):
        j += 1
    if j < len(lines) and (units := _unit_row(_cells(lines[j]), len(header))):
        # 单位 / 个 / 万户 / 架 under the header: each column's unit, as if its header named it
        header = [
            header[0],
            *(f"{name}（{unit}）" if unit else name for name, unit in zip(header[1:], units, strict=True)),
        ]
        j += 1
    rows: list[list[str]] = []
    while j < len(lines):
        cells = _cells(lines[j])
        if serial and cells and cells[0].isdigit():
            cells = cells[1:]
        if category and len(cells) == len(header) + 1:
            cells = cells[1:]  # (the category's cell, in the first of its rows)
        if len(cells) == 1 and not _holds_a_number(cells[0]) and j + 1 < len(lines):
            # 归属于上市公司股东的扣除非经常性 / 损益的净利润  74,318.56 …: a label wrapped onto the row's line
            following = _cells(lines[j + 1])
            if len(following) == len(header) and any(c.isdigit() for c in lines[j + 1]):
                rows.append([cells[0] + following[0], *following[1:]])
                j += 2
                continue
        if TOTAL_LABEL.match(cells[0]) and 1 < len(cells) < len(header) and rows:
            cells = _total_under_its_columns(cells, rows[0], len(header))
        if len(cells) != len(header) or not any(c.isdigit() for c in lines[j]):
            break
        rows.append(cells)
        j += 1
    if len(rows) < (1 if by_period else 2):
        return None
    if by_period:
        return _by_period(header, periods, rows, table_unit, measure), j
    return _by_row(header, rows, table_unit), j


CAPTION_SPAN = re.compile(r"截至(?P<end>\d{1,2}月\d{1,2}日)止(?P<months>[三六九]|十二|3|6|9|12)[个個]月")
BARE_YEAR = re.compile(r"(?<![\d年至])((?:19|20)\d{2})年(?![\d上下一二三四]|月|度)")
TABLE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _restated(lines: list[str], start: int, end: int) -> bool:
    """Whether every number of the table lines[start:end] is also written in the rest of the page."""
    numbers = {number for line in lines[start:end] for number in TABLE_NUMBER.findall(line)}
    rest = "\n".join(lines[:start] + lines[end:])
    return all(re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", rest) for number in numbers)


def tables_as_sentences(lines: list[str], repairs: list[Repair] | None = None) -> list[str]:
    """A table's rows as sentences its header words (地区 在用标准机架 算力规模 / 和林格尔新区 22.5万架 31.6EFLOPS:
    和林格尔新区在用标准机架22.5万架，算力规模31.6EFLOPS。), after its caption, so a row's numbers say what
    they measure and the caption's time (截至2025年底) carries to them. Units named in a header
    (算力规模（EFLOPS）) or by the caption (单位：亿元) go after the bare numbers of their column."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        caption = (
            out[-1] if out and len(out[-1]) <= CAPTION_CHARS and not SENTENCE_END.search(out[-1]) else None
        )
        table_unit = _table_unit(caption or "")
        found = _table_at(lines, i, table_unit, _caption_measure(caption or "", table_unit))
        # 单位：亿元 on a line of its own, between the caption and the header.
        if (
            found is None
            and TABLE_UNIT.match(lines[i])
            and (found := _table_at(lines, i + 1, _table_unit(lines[i])))
        ):
            i += 1
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        sentences, j = found
        if _restated(lines, i, j):
            out += lines[i:j]  # a bulletin's table of what its text says: read once, from the text
            i = j
            continue
        if caption is not None:
            out.pop()
            if span := CAPTION_SPAN.search(caption):
                # 截至6月30日止六个月 over columns of 2026年 and 2025年: each year's six months to 30 June
                sentences = BARE_YEAR.sub(rf"截至\1年{span['end']}止{span['months']}个月", sentences)
            sentences = f"{TABLE_UNIT.sub('', caption).rstrip('（(：: ')}：{sentences}"
        if repairs is not None:
            repairs.append(Repair(kind="table_rows", before="\n".join(lines[i:j]), after=sentences))
        out.append(sentences)
        i = j
    return out
