"""The segments of a parse: every content line in exactly one part — front matter, contents, a
document, back matter, a duplicate copy — whatever the stages before found twice."""

from __future__ import annotations

from .model import Segment
from .segment import heads_dated_news


# Which part keeps a line two parts both take (a repeated masthead that is also a copy of a
# document, a copy found twice): a document's own lines first, then the contents, the front and
# back matter, and last a duplicate copy.
_CLAIM_ORDER = {"document": 0, "toc": 1, "front": 2, "back": 2, "duplicate": 3}


def _claimed(parts: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """The parts with no line in two of them: each part, in ``_CLAIM_ORDER``, keeps the runs of its
    lines no part before it took (a part wholly taken is gone), so every line is in one segment."""
    taken: set[int] = set()
    out = []
    for a, b, kind, doc in sorted(parts, key=lambda p: (_CLAIM_ORDER[p[2]], p[0], p[1])):
        start = None
        for i in range(a, b + 2):
            free = i <= b and i not in taken
            if free and start is None:
                start = i
            elif not free and start is not None:
                out.append((start, i - 1, kind, doc))
                start = None
        taken.update(range(a, b + 1))
    return sorted(out)


def segments_of(content, shape, toc_segments, extra_front, docs, spans, duplicates
                ) -> tuple[Segment, ...]:
    """The parse's segments in line order: each part the stages found (``shape``'s front, back and
    repeats, the contents, each document's span, each copy), overlaps given to one part
    (``_claimed``), a line no part holds made front matter, neighbouring front or contents parts
    merged."""
    parts: list[tuple[int, int, str, str | None]] = []
    for a, b in list(shape.front) + extra_front:
        # (the chronicle printed after the contents, before the first document: back matter)
        parts.append((a, b, "back" if (a, b) in extra_front and heads_dated_news(content, a) else "front", None))
    for a, b in toc_segments:
        parts.append((a, b, "toc", None))
    for a, b in shape.back:
        parts.append((a, b, "back", None))
    for a, b in shape.repeats:
        parts.append((a, b, "duplicate", None))
    for doc, span in zip(docs, spans):
        parts.append((span.first, span.last, "document", doc.id))
    for span, original in duplicates:
        parts.append((span.first, span.last, "duplicate", original))
    parts = _claimed([p for p in parts if p[0] <= p[1]])
    # Any content line not covered (there should be none) becomes a front-matter part of its own,
    # merged below with a front part next to it.
    covered = set()
    for a, b, _, _ in parts:
        covered.update(range(a, b + 1))
    for i in range(len(content)):
        if i not in covered:
            parts.append((i, i, "front", None))
    parts.sort()
    merged: list[list] = []
    for a, b, kind, doc in parts:
        if merged and merged[-1][2] == kind and kind in ("front", "toc") and merged[-1][1] + 1 == a:
            merged[-1][1] = b
        else:
            merged.append([a, b, kind, doc])
    return _lines_apart([Segment(kind, content[a].no, content[b].last, doc) for a, b, kind, doc in merged])


def _lines_apart(segments: list[Segment]) -> tuple[Segment, ...]:
    """The segments with no source line in two of them: a line parted in two (contents run onto one
    line after the masthead, ``tocrunon``; a document run onto one line, ``runondocs``) is kept by
    the part ``_CLAIM_ORDER`` puts first, the other part ending before it or starting after it."""
    out: list[Segment] = []
    for seg in segments:
        if out and seg.first <= out[-1].last:
            prev = out[-1]
            if _CLAIM_ORDER[seg.kind] < _CLAIM_ORDER[prev.kind]:
                if prev.first < seg.first:
                    out[-1] = Segment(prev.kind, prev.first, seg.first - 1, prev.document)
                else:
                    out.pop()
            elif prev.last < seg.last:
                seg = Segment(seg.kind, prev.last + 1, seg.last, seg.document)
            else:
                continue
        out.append(seg)
    return tuple(out)
