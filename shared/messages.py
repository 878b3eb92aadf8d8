"""The messages that flow between the stages, one model per stream.

Every model carries `schema_version`; new fields get defaults so old producers keep working.
Handlers are annotated with these models, so a malformed message fails validation on consume
and lands on the dead-letter stream instead of stopping the consumer.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1

MOJIBAKE_MARK = "\ufffd"
"""clean puts this where garbled text could not be repaired; extract reads no number from such a sentence."""

Qualifier = Literal["eq", "gt", "ge", "lt", "le", "approx", "range"]
Measure = Literal["level", "growth_yoy", "growth_pop", "share", "rank", "multiple"]
"""growth_pop: period on period, against the previous quarter or month (环比, 季增, 月增); the period
says which. Never mixed with growth_yoy, a yearly rate."""
Kind = Literal["actual", "forecast", "target"]
Script = Literal["simplified", "traditional", "traditional_tw", "traditional_hk", "unknown"]
PublishedSource = Literal["hint", "html_meta", "text", "fetch_time"]


class Message(BaseModel):
    """Base of every stream message: versioned, tolerant of newer fields, bytes as base64 in JSON."""

    model_config = ConfigDict(extra="ignore", ser_json_bytes="base64", val_json_bytes="base64")

    schema_version: int = SCHEMA_VERSION


class FetchRequest(Message):
    """Ask fetch to bring one source in: exactly one of `url` or `path`."""

    url: str | None = None
    """An http(s) URL to download."""
    path: str | None = None
    """A local file (directories are expanded by the submitter)."""
    site: str | None = None
    """Hint: the site name, when the caller knows better than the URL."""
    published: datetime | None = None
    """Hint: the publish time, when the caller knows it (e.g. from a feed)."""
    script: Script | None = None
    """Hint: the script of the text, when the caller knows it."""

    @model_validator(mode="after")
    def _one_source(self) -> FetchRequest:
        if bool(self.url) == bool(self.path):
            raise ValueError("a FetchRequest needs exactly one of url or path")
        return self


class RawDocument(Message):
    """The bytes of one fetched source, untouched, with what the transport said about them."""

    doc_id: str
    """Deterministic id of the source (hash of its URL or absolute path)."""
    url: str
    """Where it was asked for (file:// for local files)."""
    final_url: str
    """Where it came from after redirects."""
    fetched_at: datetime
    """When fetch read it (UTC)."""
    status: int = 200
    """HTTP status (200 for files)."""
    content_type: str | None = None
    """Content-Type as declared by the server, or guessed from the file name."""
    declared_encoding: str | None = None
    """The charset from the Content-Type header, if any."""
    body: bytes
    """The raw bytes."""
    etag: str | None = None
    """HTTP ETag, for conditional re-fetch."""
    last_modified: str | None = None
    """HTTP Last-Modified, for conditional re-fetch."""
    sha256: str
    """Hash of `body`: identical re-deliveries are recognised by it."""
    hints: FetchRequest | None = None
    """The request's hints (site, published, script), passed along."""


class Repair(BaseModel):
    """One repair clean applied to the text, for the record."""

    kind: str
    """What was repaired: pinyin_annotation, stock_quote, gbk_misalignment, html_remnant, table_rows,
    unrepairable_mojibake..."""
    before: str
    """The text as it was."""
    after: str
    """The text as it is now ('' when removed)."""


class ArticleHeader(Message):
    """What identifies and dates an article, shared by the messages after fetch."""

    doc_id: str
    url: str
    site: str | None = None
    """Site name or host."""
    title: str | None = None
    """Title in simplified script."""
    published_at: datetime | None = None
    """When the article was published, as best known."""
    published_source: PublishedSource = "fetch_time"
    """Where `published_at` came from."""
    fetched_at: datetime


class CleanDocument(ArticleHeader):
    """One article as trustworthy text: simplified and normalized, with a map back to the original."""

    encoding: str | None = None
    """The encoding the bytes were decoded with."""
    encoding_source: str | None = None
    """How that encoding was decided: header, bom, meta, detector, utf-8."""
    script: Script = "unknown"
    """The script of the original text."""
    text: str
    """The article body: simplified, normalized (half-width digits and punctuation), boilerplate removed."""
    original: str
    """The same body in its original script, after repairs, before conversion and normalization."""
    offsets: list[int] = Field(default_factory=list)
    """offsets[i] is the index in `original` of character i of `text` (same length as `text`)."""
    repairs: list[Repair] = Field(default_factory=list)
    """Repairs applied, in order."""
    duplicate_of: str | None = None
    """doc_id of an earlier near-identical article, if any."""
    sha256: str = ""
    """Hash of the raw bytes this was made from."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the matching span of `original`."""
        if not self.offsets or start >= len(self.offsets):
            return start, end
        last = min(end, len(self.offsets)) - 1
        return self.offsets[start], self.offsets[last] + 1


class MetricFact(BaseModel):
    """One number from one sentence, with what it measures, when, and how sure the text is."""

    metric: str | None
    """Canonical metric key from the taxonomy, or None when the subject is not in it."""
    subject: str
    """What the number is about, as written (simplified)."""
    value: float
    """The value in base units (yuan, FLOPS, count, W, byte; percent as a number)."""
    value_high: float | None = None
    """Upper end of a range (qualifier 'range'), in base units."""
    unit: str
    """Canonical unit: CNY USD HKD TWD MOP MYR SGD EUR JPY FLOPS W Wh tCO2e byte bps rack count m2 percent percentage_point
    multiple rank ratio."""
    value_text: str
    """The number and unit as written."""
    qualifier: Qualifier = "eq"
    measure: Measure = "level"
    period: str | None = None
    """'2024', '2025-H1', '2025-Q2', '2025-06', '2025-06-30', '2021/2025' or None."""
    period_start: date | None = None
    period_end: date | None = None
    kind: Kind = "actual"
    region: str | None = None
    """CN, a province or city in simplified script, HK, TW, GLOBAL."""
    cited_source: str | None = None
    """Who the text says the number comes from, with the report title when given."""
    sentence: str
    """The sentence in its original script."""
    span: tuple[int, int]
    """[start, end) of the number in the document's `original` text."""


class Event(BaseModel):
    """A project milestone: start, completion or launch, with its investment when the text states it.
    ("investment" stays a valid type for rows written before the amount rode along with the milestone.)"""

    event_type: Literal["start", "completion", "investment", "launch"]
    what: str
    """The project, as written (simplified)."""
    place: str | None = None
    event_date: date | None = None
    amount: float | None = None
    """Investment in base units of `amount_unit`."""
    amount_unit: str | None = None
    sentence: str
    span: tuple[int, int]


class ExtractedFacts(ArticleHeader):
    """Everything extract found in one article."""

    extractor_version: str
    facts: list[MetricFact] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    article: CleanDocument | None = None
    """The cleaned article, so load can store it beside its facts."""


class DeadLetter(Message):
    """A message a stage could not process, and why."""

    stage: str
    """The stage that gave up: fetch, clean, extract, load."""
    stream: str
    """The stream the message was read from."""
    reason: str
    """A short machine-friendly reason: validation, empty, binary, too_large, undecodable, unreachable..."""
    error: str
    """The error message, for a person."""
    payload: bytes
    """The original message body (truncated to a bounded size)."""
    attempts: int = 1
    first_seen: datetime
