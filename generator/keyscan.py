"""Which lines of a parse hold a word: one scan of their keys joined (``str.find``), instead of
a question asked of every line in turn. For rules whose first check is a word the line must hold
(``in``): the lines without it are certainly no, and are never asked."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class KeyScan:
    """The keys of one parse's lines, joined by newlines, with where each key starts."""

    __slots__ = ("joined", "starts")

    def __init__(self, keys: list[str]):
        self.joined = "\n".join(keys)
        # (key i starts at starts[i]: the lengths of the keys before it, a newline after each)
        self.starts = [0, *accumulate(len(key) + 1 for key in keys)]

    def holds(self, word: str) -> bool:
        """Some key holds ``word`` (a word with no newline: it never spans two keys)."""
        return word in self.joined

    def holding(self, *words: str) -> list[int]:
        """The indices, in order, of the lines whose key holds one of ``words`` (words with no
        newline: none spans two keys)."""
        joined, starts, found = self.joined, self.starts, set()
        for word in words:
            at = joined.find(word)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                found.add(i)
                at = joined.find(word, starts[i + 1])  # (on from the next key: one hit a line)
        return sorted(found)


__all__ = ["KeyScan"]
