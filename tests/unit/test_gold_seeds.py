"""The seed gold (tests/gold/seeds.gold.json) and the article gold written like it
(tests/gold/articles.gold.json, pages in tests/gold/articles/): every required fact found with the
right value, unit, period and kind; none of the must_not_extract numbers ever appear as facts."""

import json
import math
import re
from datetime import UTC, datetime

import pytest

from services.clean.document import clean_document
from services.extract.facts import extract_facts
from services.fetch.sources import read_file
from shared.chinese import names_simplified
from shared.messages import FetchRequest, MetricFact
from tests.conftest import GOLD, SEEDS
from tests.evaluate import document_from_text

WHITESPACE = re.compile(r"\s+")
GOLD_SETS = {"seeds.gold.json": SEEDS, "articles.gold.json": GOLD / "articles"}
DOCUMENTS = {
    name: (folder, doc)
    for gold, folder in GOLD_SETS.items()
    for name, doc in json.loads((GOLD / gold).read_text(encoding="utf-8"))["documents"].items()
}
GOLD_DOCS = {name: doc for name, (_, doc) in DOCUMENTS.items()}


def facts_of(name: str) -> list[MetricFact]:
    published = datetime.fromisoformat(GOLD_DOCS[name]["published"]).replace(tzinfo=UTC)
    path = DOCUMENTS[name][0] / name
    document = clean_document(read_file(FetchRequest(path=str(path), published=published), 10**7))
    return extract_facts(document)[0]


def matches(fact: MetricFact, gold: dict) -> bool:
    return (
        math.isclose(fact.value, gold["value_normalized"], rel_tol=1e-6)
        and fact.unit == gold["unit_normalized"]
        and fact.period == gold["period"]
        and fact.kind == gold["kind"]
    )


CASES = [
    pytest.param(name, gold, id=f"{name[:3]}:{gold['value_text']}")
    for name, doc in GOLD_DOCS.items()
    for gold in doc["facts"]
    if gold["required"]
]


@pytest.mark.parametrize(("name", "gold"), CASES)
def test_required_fact_found(name: str, gold: dict) -> None:
    facts = facts_of(name)
    found = [f for f in facts if matches(f, gold)]
    assert found, (
        f"{gold['subject']} {gold['value_text']} not among {[(f.value_text, f.period, f.kind) for f in facts]}"
    )
    # 3,500亿至4,200亿千瓦时 and 约为350太瓦时 in one paragraph: two facts of one value; check the closest
    fact = max(
        found, key=lambda f: (f.qualifier == gold["qualifier"], f.cited_source == gold.get("cited_source"))
    )
    assert fact.qualifier == gold["qualifier"]
    assert fact.measure == gold.get("measure", "level")
    if "region" in gold:
        assert fact.region == gold["region"]
    if "metric" in gold:
        assert fact.metric == gold["metric"]
    if gold.get("range_high") is not None:
        assert fact.value_high == pytest.approx(gold["range_high"])
    for source in (gold.get("cited_source") or "").split("; "):
        assert source in (fact.cited_source or ""), (source, fact.cited_source)


def same_number(token: str, value_text: str) -> bool:
    """The fact is the noise number: one holds the other, not as the tail of a longer number (a fact
    written 2% is not the noise 年增37.2%)."""
    if token in value_text:
        return True
    at = token.find(value_text)
    if at < 0 or (at > 0 and (token[at - 1].isdigit() or token[at - 1] in ".,")):
        return False
    after = token[at + len(value_text) : at + len(value_text) + 1]
    # (a bare table cell 1 is not the 1 of 粤ICP备14010917号 or of 4.1万)
    return not (value_text[-1].isdigit() and (after.isdigit() or after == "."))


def as_read(text: str) -> str:
    """Text as extract reads it: simplified, half-width, with clean's spaces between Chinese and digits gone
    (the noise 1,204 人赞同了该回答 comes out as 1,204人 if it comes out at all)."""
    return WHITESPACE.sub("", names_simplified(text, "traditional"))


@pytest.mark.parametrize("name", list(GOLD_DOCS))
def test_noise_never_extracted(name: str) -> None:
    facts = facts_of(name)
    for token in GOLD_DOCS[name]["must_not_extract"]:
        offenders = [f.value_text for f in facts if same_number(as_read(token), as_read(f.value_text))]
        assert not offenders, f"{token!r} came out as a fact: {offenders}"


def test_all_seed_facts_found_including_optional() -> None:
    """Optional facts are not required by the gold, but this extractor finds them all: keep it that way."""
    found = total = 0
    for name, doc in GOLD_DOCS.items():
        facts = facts_of(name)
        for gold in doc["facts"]:
            total += 1
            found += any(matches(f, gold) for f in facts)
    assert found == total, f"gold recall {found}/{total}"


def test_falling_range_keeps_low_below_high() -> None:
    facts = extract_facts(
        document_from_text("2024年，某地数据中心耗电量同比下降3%至5%，能效持续提升。", "2025-01-10")
    )[0]
    falling = next(f for f in facts if f.measure == "growth_yoy")
    assert (falling.value, falling.value_high) == (-5, -3)
