"""Score the extractor and the cleaner against the gold files; print the figures.

    python -m tests.evaluate            # both
    python -m tests.evaluate extract    # facts: precision, recall, F1, kind/qualifier/period accuracy
    python -m tests.evaluate clean      # HTML corpus: body precision/recall (characters, simplified)

A fact matches a gold fact when value (within 0.1%), unit and measure agree; kind, qualifier, period and
region are then scored as accuracies over the matched pairs. The quality gate test fails when a figure
drops below tests/gold/baseline.json.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from services.clean.document import clean_document, tight_spacing
from services.clean.repair import repair_text
from services.clean.script import detect_script, to_simplified
from services.extract.facts import extract_facts
from services.fetch.sources import raw_document
from shared.chinese import names_simplified, normalize_width
from shared.errors import PermanentError
from shared.messages import CleanDocument, FetchRequest, MetricFact

GOLD = Path(__file__).resolve().parent / "gold"


@dataclass
class ExtractScore:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    attribute_hits: Counter[str] = field(default_factory=Counter)
    noise_hits: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_negative)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def accuracy(self, attribute: str) -> float:
        return self.attribute_hits[attribute] / max(1, self.true_positive)


def _same_value(fact: MetricFact, gold: dict) -> bool:
    return (
        math.isclose(fact.value, float(gold["value"]), rel_tol=1e-3, abs_tol=1e-9)
        and fact.unit == gold["unit"]
        and fact.measure == gold.get("measure", "level")
    )


def document_from_text(text: str, published: str) -> CleanDocument:
    """The paragraph as clean would hand it to extract; a paragraph too short to pass for an article
    (clean rejects it) is converted directly, since extraction is what is scored here."""
    hint = datetime.fromisoformat(published).replace(tzinfo=UTC)
    raw = raw_document(
        "file:///gold",
        text.encode("utf-8"),
        content_type="text/plain",
        hints=FetchRequest(path="/gold", published=hint),
    )
    try:
        return clean_document(raw)
    except PermanentError:
        text, _ = repair_text(text)
        script = detect_script(text)
        simplified, offsets = to_simplified(text, script)
        return CleanDocument(
            doc_id=raw.doc_id,
            url=raw.url,
            fetched_at=raw.fetched_at,
            published_at=hint,
            script=script,
            text=normalize_width(simplified),
            original=text,
            offsets=offsets,
        )


def gold_items() -> list[dict]:
    """Every labelled paragraph of the dev gold files (tests/gold/dev*.gold.json)."""
    return [
        item
        for path in sorted(GOLD.glob("dev*.gold.json"))
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]
    ]


ATTRIBUTES = ("kind", "qualifier", "period", "region", "metric", "cited_source")


def _same_attribute(fact: MetricFact, gold: dict, attribute: str, script: str) -> bool:
    if attribute == "cited_source":
        # Gold names who, in the article's script; a fact adds the report's 《title》 and is in simplified
        # characters, names as written (数位发展部, not the mainland word 数字).
        want = gold.get("cited_source")
        who = fact.cited_source.split(" 《")[0] if fact.cited_source else None
        return who == (names_simplified(want, script) if want else None)
    return getattr(fact, attribute) == gold.get(attribute)


def score_extract() -> ExtractScore:
    score = ExtractScore()
    for item in gold_items():
        facts = extract_facts(document_from_text(item["text"], item["published"]))[0]
        unmatched = list(facts)
        for gold in item["facts"]:
            match = next((f for f in unmatched if _same_value(f, gold)), None)
            if match is None:
                score.false_negative += 1
                score.misses.append(
                    f"{item['id']}: {gold['value_text']} ({gold['unit']}, {gold.get('measure')})"
                )
                continue
            unmatched.remove(match)
            score.true_positive += 1
            for attribute in ATTRIBUTES:
                hit = _same_attribute(match, gold, attribute, item.get("script", "simplified"))
                score.attribute_hits[attribute] += hit
                if not hit:
                    score.wrong.append(
                        f"{item['id']}: {gold['value_text']} {attribute} {getattr(match, attribute)!r} "
                        f"(gold {gold.get(attribute)!r})"
                    )
            if gold.get("value_high") is not None:
                score.attribute_hits["value_high"] += math.isclose(match.value_high or 0, gold["value_high"])
        score.false_positive += len(unmatched)
        score.spurious += [f"{item['id']}: {f.value_text} ({f.unit}, {f.measure})" for f in unmatched]
        for token in item.get("must_not_extract", []):
            score.noise_hits += sum(1 for f in facts if token in f.value_text)
    return score


def simplified(text: str, script: str) -> str:
    """Text as the clean stage compares it: simplified script, half-width digits and punctuation."""
    return normalize_width(to_simplified(text, script if script != "simplified" else "unknown")[0])


@dataclass
class BodyOverlap:
    """Character-level overlap between extracted and expected bodies, micro-averaged over pages."""

    overlap: int = 0
    produced: int = 0
    expected: int = 0

    def add(self, got: str, want: str) -> None:
        got_chars = Counter(c for c in got if not c.isspace())
        want_chars = Counter(c for c in want if not c.isspace())
        self.overlap += sum((got_chars & want_chars).values())
        self.produced += sum(got_chars.values())
        self.expected += sum(want_chars.values())

    def figures(self) -> dict[str, float]:
        precision, recall = self.overlap / max(1, self.produced), self.overlap / max(1, self.expected)
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        return {"body_precision": precision, "body_recall": recall, "body_f1": f1}


def _same_time(document: CleanDocument, published: str | None) -> bool:
    if not published:
        return document.published_source == "fetch_time"
    shape = "%Y-%m-%dT%H:%M" if "T" in published else "%Y-%m-%d"
    return document.published_at is not None and document.published_at.strftime(shape) == published


def _tables_as_written(document: CleanDocument) -> str:
    """The body with tables read as sentences put back as the page wrote them: the gold keeps a table's
    cells, and the header words repeated on every row are no text the page lacked."""
    text = document.text
    for repair in document.repairs:
        if repair.kind == "table_rows":
            as_read, as_written = (
                normalize_width(to_simplified(tight_spacing(side), document.script)[0])
                for side in (repair.after, repair.before)
            )
            text = text.replace(as_read, as_written)
    return text


def score_clean(directory: Path = GOLD / "html") -> dict[str, float]:
    """Body precision/recall of the clean stage on the HTML gold, with title and date accuracy.
    (The other extractors are compared on the same pages by `make bench`.)"""
    index = json.loads((directory / "index.json").read_text(encoding="utf-8"))["pages"]
    bodies = BodyOverlap()
    titles = dates = 0
    for page in index:
        body = (directory / page["file"]).read_bytes()
        document = clean_document(raw_document(f"https://gold.example/{page['file']}", body))
        script = page.get("script") or "traditional"
        gold_text = (directory / page["file"].replace(".html", ".expected.txt")).read_text(encoding="utf-8")
        bodies.add(_tables_as_written(document), simplified(gold_text, script))
        titles += bool(document.title) and simplified(page["title"], script).strip() == document.title.strip()
        dates += _same_time(document, page.get("published"))
    return {
        "pages": len(index),
        **bodies.figures(),
        "title_accuracy": titles / max(1, len(index)),
        "date_accuracy": dates / max(1, len(index)),
    }


def main(argv: list[str]) -> int:
    which = [arg for arg in argv[1:] if arg != "-v"] or ["extract", "clean"]
    if "extract" in which:
        score = score_extract()
        print(
            f"extract: P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
            f"(tp {score.true_positive}, fp {score.false_positive}, fn {score.false_negative}, "
            f"noise hits {score.noise_hits})"
        )
        print("  accuracy on matched facts: " + "  ".join(f"{a} {score.accuracy(a):.3f}" for a in ATTRIBUTES))
        if "-v" in argv:
            print("  missed:", *score.misses, sep="\n    ")
            print("  spurious:", *score.spurious, sep="\n    ")
            print("  wrong attributes:", *score.wrong, sep="\n    ")
    if "clean" in which and (GOLD / "html" / "index.json").exists():
        figures = score_clean()
        print(
            "clean: "
            + "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv if a != "-v"] + (["-v"] if "-v" in sys.argv else [])))
