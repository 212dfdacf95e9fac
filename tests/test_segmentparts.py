"""Every content line in exactly one segment, whatever the stages before found twice."""

import pytest

from generator.pipeline import parse_bytes
from generator.segmentparts import _claimed


@pytest.mark.parametrize("parts, claimed", [
    # apart: as they are, in line order
    ([(5, 9, "document", "d1"), (0, 4, "front", None)], [(0, 4, "front", None), (5, 9, "document", "d1")]),
    # the same lines found as a repeated masthead and as a copy: one duplicate part
    ([(3, 8, "duplicate", None), (3, 8, "duplicate", "d1")], [(3, 8, "duplicate", None)]),
    # a copy overlapping a document: the document keeps its lines, the copy the rest
    ([(0, 9, "duplicate", "d1"), (4, 6, "document", "d2")],
     [(0, 3, "duplicate", "d1"), (4, 6, "document", "d2"), (7, 9, "duplicate", "d1")]),
    # the contents over the front matter's last lines
    ([(0, 5, "front", None), (4, 9, "toc", None)], [(0, 3, "front", None), (4, 9, "toc", None)]),
])
def test_each_line_goes_to_one_part(parts, claimed):
    assert _claimed(parts) == claimed


# (found by fuzzing: a masthead, contents and a title printed again, out of order, that the parse
# took both as the repeated masthead and as a copy of a document)
PRINTED_AGAIN = """海丰县人民政府公报
海丰县人民政府办公室关于做好2024年防汛工作的通知
2024年5月6日
目录
海丰县人民政府公报
海丰县人民政府办公室关于做好2024年“五一”劳动节期间有关工作的通知
2024年第3期
海丰县人民政府办公室关于做好2024年“五一”劳动节期间有关工作的通知
海府办〔2024〕12号
"""


def test_lines_found_twice_are_in_one_segment():
    result = parse_bytes(PRINTED_AGAIN.encode(), "again.txt")
    lines = [no for s in result.segments for no in range(s.first, s.last + 1)]
    assert len(lines) == len(set(lines))
    assert {line.no for line in result.source.lines if not line.blank} <= set(lines)
