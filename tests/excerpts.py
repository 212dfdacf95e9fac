"""Helpers to turn a small excerpt of a gazette into lines, as ingest would."""

from generator.ingest import decode


def content(text: str, start: int = 1):
    """Non-blank lines of ``text``; line numbers start at ``start``."""
    source = decode(("\n" * (start - 1) + text.strip("\n") + "\n").encode("utf-8"), "excerpt.txt")
    return list(source.content)


def one_title(text: str):
    """The one title an excerpt holds: (the title, the lines its title spans and its header spans,
    as line numbers)."""
    from generator.headerspan import header_numbers
    from generator.titles import find_titles

    lines = content(text)
    titles = find_titles(lines)
    assert len(titles) == 1, [t.key for t in titles]
    title = titles[0]
    first, last = header_numbers(lines, title)
    return title, (lines[title.start].no, lines[title.end].no), (lines[first].no, lines[last].no)
