"""The evaluation gate: quality on the gold files never drops below the recorded baseline."""

import json

import pytest

from tests.evaluate import ATTRIBUTES, GOLD, score_clean, score_extract

BASELINE = json.loads((GOLD / "baseline.json").read_text(encoding="utf-8"))


def test_clean_body_quality_holds() -> None:
    figures = score_clean()
    print("clean:", {k: round(v, 3) for k, v in figures.items()})
    for name, floor in BASELINE["clean"].items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < baseline {floor}"


@pytest.mark.skipif("extract" not in BASELINE, reason="no extract baseline recorded yet")
def test_extract_quality_holds() -> None:
    score = score_extract()
    figures = {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        **{f"{a}_accuracy": score.accuracy(a) for a in ATTRIBUTES},
    }
    print("extract:", {k: round(v, 3) for k, v in figures.items()})
    for name, floor in BASELINE["extract"].items():
        assert figures[name] >= floor, f"{name} {figures[name]:.3f} < baseline {floor}"
