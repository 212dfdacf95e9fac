"""Helpers to turn a small excerpt of a gazette into lines, as ingest would."""

from generator.ingest import decode


def content(text: str, start: int = 1):
    """Non-blank lines of ``text``; line numbers start at ``start``."""
    source = decode(("\n" * (start - 1) + text.strip("\n") + "\n").encode("utf-8"), "excerpt.txt")
    return list(source.content)
