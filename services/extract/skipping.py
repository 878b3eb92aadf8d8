"""Patterns that skip the places no match can start.

Python's `re` tries every branch of an alternation at every position of the text it searches, unless each
branch opens with a plain character. The cue patterns open with lookbehinds, groups and classes, so the
target cues' sixty branches cost ~30 µs a sentence. `compile_skipping` puts a lookahead of the characters
a match can open with in front (`(?=[目力争…\\d])(?:…)`): the engine then tries the branches only where one
of them stands, a quarter of the time for those cues, and matches exactly what the pattern alone matches.
The class comes from the pattern's parse tree, so it stays right as branches are added; a pattern whose
opening cannot be bounded (one that may match nothing, or open with any character) compiles as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parse tree's opcodes: no public API names them
from re import _parser as sre_parse

# \d, \s, \w inside a class; their negations open with almost anything, so they give up.
CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}
ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


class Unbounded(Exception):
    """The pattern can open with any character, or with none."""


def compile_skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    compiled = re.compile(pattern, flags)
    if compiled.flags & re.IGNORECASE:
        return compiled  # a class of cased characters would need both cases: not worth it
    try:
        opening = opening_class(compiled)
    except Unbounded:
        return compiled
    closing = (
        "\n)" if compiled.flags & re.VERBOSE else ")"
    )  # (a verbose pattern's last comment runs to the line's end)
    return re.compile(f"(?={opening})(?:{pattern}{closing}", flags)


def opening_class(compiled: re.Pattern[str]) -> str:
    """A character class holding every character a match of the pattern can open with."""
    items, may_be_empty = _openings(sre_parse.parse(compiled.pattern, compiled.flags))
    if may_be_empty or not items:
        raise Unbounded
    return "[" + "".join(sorted(set(items))) + "]"


def _openings(sequence: sre_parse.SubPattern | list) -> tuple[list[str], bool]:
    """The class items a sequence can open with, and whether it can match nothing at all."""
    items: list[str] = []
    for op, argument in sequence:
        opening, may_be_empty = _opening(op, argument)
        items += opening
        if not may_be_empty:
            return items, False
    return items, True


def _opening(op: object, argument: object) -> tuple[list[str], bool]:
    if op is sre.LITERAL:
        return [_escaped(argument)], False
    if op is sre.IN:
        return [_class_item(item_op, item) for item_op, item in argument], False
    if op is sre.BRANCH:
        items: list[str] = []
        may_be_empty = False
        for branch in argument[1]:
            opening, empty = _openings(branch)
            items += opening
            may_be_empty = may_be_empty or empty
        return items, may_be_empty
    if op is sre.SUBPATTERN:
        return _openings(argument[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        least, _, repeated = argument
        opening, may_be_empty = _openings(repeated)
        return opening, may_be_empty or least == 0
    if op in ZERO_WIDTH:
        return [], True  # a lookaround or anchor only narrows where the match opens: the class stays a bound
    raise Unbounded


def _class_item(op: object, item: object) -> str:
    if op is sre.LITERAL:
        return _escaped(item)
    if op is sre.RANGE:
        low, high = item
        return f"{_escaped(low)}-{_escaped(high)}"
    if op is sre.CATEGORY and item in CATEGORIES:
        return CATEGORIES[item]
    raise Unbounded  # a negated class or category opens with almost anything


def _escaped(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "]\\^-" else "\\" + chr(code)
