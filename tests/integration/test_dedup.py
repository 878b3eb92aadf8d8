"""The near-duplicate index on a real Redis: copies point at the story's first copy, within one batch
and across calls, re-deliveries get the same answer, and two replicas racing on copies of one story
agree on a single first copy."""

import asyncio

import opencc
import pytest
import redis.asyncio as aioredis

from services.clean.dedup import NearDuplicateIndex
from tests.conftest import SEED_FILES, SEEDS

pytestmark = pytest.mark.integration

STORY = opencc.OpenCC("t2s").convert((SEEDS / "000_66d0186e73ff0a74.txt").read_text(encoding="utf-8"))
OTHER_STORY = SEED_FILES[-1].read_text(encoding="utf-8")


def copy_of(text: str, n: int) -> str:
    """A syndicated copy: another byline and site note, the story unchanged."""
    return f"转载自第{n}家网站\n{text}\n责任编辑：编辑{n}号"


async def first_copies(url: str, documents: list[tuple[str, str]]) -> list[str | None]:
    client = aioredis.Redis.from_url(url)
    try:
        return await NearDuplicateIndex(client).first_copies(documents)
    finally:
        await client.aclose()


def test_copies_point_at_the_first_copy_within_a_batch_and_across_calls(settings, fresh_redis) -> None:
    batch = [("a", STORY), ("b", copy_of(STORY, 1)), ("other", OTHER_STORY), ("short", "算力" * 10)]
    assert asyncio.run(first_copies(settings.REDIS_URL, batch)) == [None, "a", None, None]
    later = [("c", copy_of(STORY, 2)), ("b", copy_of(STORY, 1)), ("a", STORY)]
    # c: the story's first copy, not b; b and a re-delivered: the same answers as the first time.
    assert asyncio.run(first_copies(settings.REDIS_URL, later)) == ["a", "a", None]


def test_replicas_racing_on_copies_agree_on_one_first_copy(settings, fresh_redis) -> None:
    async def race() -> list[str | None]:
        answers = await asyncio.gather(
            *(first_copies(settings.REDIS_URL, [(f"copy-{n}", copy_of(STORY, n))]) for n in range(6))
        )
        return [answer for (answer,) in answers]

    answers = asyncio.run(race())
    firsts = [f"copy-{n}" for n, answer in enumerate(answers) if answer is None]
    assert len(firsts) == 1
    assert set(answers) == {None, firsts[0]}
