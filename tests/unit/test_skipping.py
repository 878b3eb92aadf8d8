"""compile_skipping: the same matches as re.compile, found faster; patterns it cannot bound stay as they are."""

import re

import pytest

from services.extract.skipping import Unbounded, compile_skipping, opening_class

TEXTS = [
    "到2027年，全市智能算力规模力争达到20EFLOPS以上，按照《行动方案》部署推进。",
    "该股收报26.84元，涨幅5.27%；沪指收涨0.3%。",
    "据中国信通院发布的《白皮书》显示，截至2025年底，我国算力总规模约为280EFLOPS。",
    "1-9月，全省5G基站新增2.3万个，同比增长12.5%，较上年末净增1,200个。",
    "",
    "abc (0700) 123 [x]^-\\ 」",
]

SAMPLED = [
    r"(?<![预估])\d{4}年(?:底|末)?[，,]?(?:将|要)推动|力争|目标",
    r"(?:超过|逾)?\d+(?:\.\d+)?%",
    r"(?:^|[，。])(?:据)?[\u4e00-\u9fff]{2,8}(?:表示|指出)",
    r"[\]\\^-]|x",
    r"(?:A|B)?c+",
]


@pytest.mark.parametrize("pattern", SAMPLED)
def test_the_same_matches_as_the_pattern_alone(pattern: str) -> None:
    plain, skipping = re.compile(pattern), compile_skipping(pattern)
    assert skipping.pattern != plain.pattern
    for text in TEXTS:
        assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groups() for m in skipping.finditer(text)] == [m.groups() for m in plain.finditer(text)]


def test_the_class_holds_every_opening() -> None:
    assert opening_class(re.compile(r"(?<!招)股价|[A港美]股报|\d{4}年")) == r"[A\d港美股]"
    # an optional opening lets the next item open the match too
    assert opening_class(re.compile(r"(?:约|近)?\d+个")) == r"[\d约近]"


@pytest.mark.parametrize("pattern", [r"(?:约)?", r"[^，。]{2,8}表示", r".+年", r"\D+", r"(?:约|\D)"])
def test_an_unbounded_opening_compiles_as_it_is(pattern: str) -> None:
    with pytest.raises(Unbounded):
        opening_class(re.compile(pattern))
    assert compile_skipping(pattern).pattern == pattern


def test_ignorecase_and_verbose_patterns() -> None:
    assert compile_skipping(r"pue", re.IGNORECASE).pattern == "pue"  # a class would need both cases
    verbose = compile_skipping(r"ab  # a comment", re.VERBOSE)
    assert verbose.search("xxab").span() == (2, 4)
