"""A reproducible corpus of Chinese news pages shaped like real portals: nav bars, sidebars with stock
tickers, related-news lists, comments, copyright footers; simplified (GBK or UTF-8) and Taiwan
traditional (Big5); about 40 KB or 180 KB each; several numeric facts per article."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

import opencc

FACT_SENTENCES = [
    "据{src}发布的《{year}年中国算力发展报告》显示，{year}年我国智能算力规模达{v1}EFLOPS，同比增长{p1}%。",
    "预计{next}年中国智算中心市场规模将达到{v2}亿元，{far}年有望突破{v3}亿元。",
    "截至{month}月底，全国5G基站总数达{v4}万个，千兆宽带用户达{v5}亿户。",
    "{city}智算中心项目总投资约{v6}亿元，建成后算力规模将超过{v7}P。",
    "{src}表示，目前我国在用数据中心标准机架超过{v8}万架，算力总规模位居全球第二。",
    "{year}年上半年，{city}数字经济核心产业增加值同比增长{p2}%，占地区生产总值比重达{p3}%。",
]
FILLER = [
    "算力是数字经济时代的新质生产力，各地正加快布局智算中心，推动算力资源跨区域调度。",
    "业内专家认为，提高智能算力利用率需多措并举，做好统筹规划，避免盲目跟风建设。",
    "当前，智算中心项目建设正持续向县域下沉，为人工智能应用场景的拓展打开更多空间。",
    "多家企业表示，将围绕大模型训练和推理需求，持续优化液冷、电力和网络等配套设施。",
]
SOURCES = ["中国信通院", "国家数据局", "工信部", "IDC", "中商产业研究院", "赛迪顾问"]
CITIES = ["合肥", "贵州", "庆阳", "乌兰察布", "上海", "深圳", "杭州", "成都"]
NAV = "首页|新闻|财经|科技|通信|5G|人工智能|云计算|芯片|数据中心|智慧城市|视频|专题|评论"


@dataclass
class Page:
    name: str
    body: bytes
    encoding: str
    content_type: str
    script: str


def _article(rng: random.Random, paragraphs: int) -> list[str]:
    year = rng.choice([2023, 2024, 2025])
    out = []
    for _ in range(paragraphs):
        values = {
            "src": rng.choice(SOURCES),
            "year": year,
            "next": year + 1,
            "far": year + 3,
            "month": rng.randint(1, 12),
            "city": rng.choice(CITIES),
            "v1": round(rng.uniform(100, 2000), 1),
            "v2": rng.randint(500, 3000),
            "v3": rng.randint(3000, 9000),
            "v4": rng.randint(300, 500),
            "v5": round(rng.uniform(1, 3), 2),
            "v6": rng.randint(10, 200),
            "v7": rng.randint(500, 9000),
            "v8": rng.randint(600, 1200),
            "p1": round(rng.uniform(10, 90), 1),
            "p2": round(rng.uniform(5, 20), 1),
            "p3": round(rng.uniform(5, 60), 1),
        }
        # Like real copy: a sentence with numbers among sentences of commentary.
        filler = "".join(rng.sample(FILLER, k=rng.randint(2, 3)))
        out.append(rng.choice(FACT_SENTENCES).format(**values) + filler)
    return out


def _chrome(rng: random.Random, target_bytes: int) -> tuple[str, str]:
    """Everything around the article, sized so the page reaches about `target_bytes`."""
    head_parts = [
        f'<div class="nav">{NAV}</div>',
        '<div class="crumb">首页 &gt;&gt; 科技 &gt;&gt; 正文</div>',
    ]
    tail_parts = [
        '<div class="share">分享到：微博 微信 QQ空间</div>',
        '<div class="editor">责任编辑：王一</div>',
    ]
    size = 0
    while size < target_bytes:
        block = rng.choice(["related", "ticker", "comments", "hot", "footer"])
        if block == "related":
            items = "".join(
                f'<li><a href="/n/{rng.randint(1, 10**6)}.html">{rng.choice(FILLER)[:18]}</a></li>'
                for _ in range(10)
            )
            html = f'<div class="related"><h3>相关新闻</h3><ul>{items}</ul></div>'
        elif block == "ticker":
            rows = "".join(
                f"<tr><td>股票{i}</td><td>{rng.uniform(5, 80):.2f}</td><td>{rng.uniform(-5, 5):.2f}%</td></tr>"
                for i in range(12)
            )
            html = f'<div class="sidebar"><table class="quotes">{rows}</table></div>'
        elif block == "comments":
            items = "".join(
                f'<div class="comment"><span>网友{rng.randint(1, 9999)}</span><p>{rng.choice(FILLER)}</p></div>'
                for _ in range(6)
            )
            html = f'<div class="comments"><h3>网友评论</h3>{items}</div>'
        elif block == "hot":
            items = "".join(f"<li>{i + 1}. {rng.choice(FILLER)[:20]}</li>" for i in range(10))
            html = f'<div class="hot"><h3>24小时热榜</h3><ol>{items}</ol></div>'
        else:
            html = (
                '<div class="footer">关于我们 | 广告服务 | 联系我们 版权所有 © 2025 京ICP备12345678号</div>'
            )
        (head_parts if rng.random() < 0.4 else tail_parts).append(html)
        size += len(html.encode("utf-8"))
    return "".join(head_parts), "".join(tail_parts)


@cache
def _to_taiwan() -> opencc.OpenCC:
    """Loading OpenCC's dictionaries costs more than converting a page: once per process."""
    return opencc.OpenCC("s2twp")


def make_page(index: int, seed: int, large: bool) -> Page:
    rng = random.Random(seed * 1_000_003 + index)
    flavour = rng.choice(["gbk", "utf-8", "big5"])
    paragraphs = _article(rng, rng.randint(6, 10))
    title = f"多地智算中心加速落地 算力规模持续增长（{index}）"
    head, tail = _chrome(rng, (180_000 if large else 40_000) - 3_000)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f'<html><head><meta charset="{flavour}"><title>{title}</title>'
        f'<meta property="article:published_time" content="2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00+08:00">'
        f'</head><body>{head}<h1>{title}</h1><div class="info">2025年03月13日 08:23 来源：证券日报</div>'
        f'<div class="article-content">{body}</div>{tail}</body></html>'
    )
    script = "simplified"
    if flavour == "big5":
        html = _to_taiwan().convert(html)
        script = "traditional_tw"
    encoded = html.encode(flavour, errors="xmlcharrefreplace")
    return Page(
        f"{index:05d}_{'l' if large else 's'}.html", encoded, flavour, f"text/html; charset={flavour}", script
    )


def make_corpus(count: int, seed: int = 7, large: bool = False) -> list[Page]:
    return [make_page(i, seed, large) for i in range(count)]
