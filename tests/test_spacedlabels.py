"""A label wrapped in the first column of a table set with spaces (spacedlabels): its other part,
on a line of its own above or under the row's figures, carries on the row."""

import pytest

from generator.spacedlabels import label_wraps
from generator.spacedtables import _words

HEADER = "  项目                                预算数      执行数"
ROWS = "  城乡社区支出                         8600        8420"


@pytest.mark.parametrize("lines,wraps", [
    # the figures beside the label's first line, its end under it
    ([HEADER, ROWS, "  国有土地使用权出让收入安排的支出      8100        7950", "  国有土地使用权出让收入安排的        8100        7950",
      "  支出"], {4}),
    # the figures beside the label's end
    ([HEADER, ROWS, "  国有土地使用权出让收入安排的支出      8100        7950", "  国有土地使用权出让收入安排的",
      "  支出                                 8100        7950"], {4}),
    # near misses: groups named on lines of their own (the first over the first row), a line numbered as a heading,
    # a label's end that does not start where the label does, a total
    ([HEADER, "  经济发展", ROWS, "  国有土地使用权出让收入安排的支出      8100        7950", "  社会民生",
      "  教育支出                             5200        5100"], set()),
    ([HEADER, ROWS, "  国有土地使用权出让收入安排的支出      8100        7950", "  国有土地使用权出让收入安排的        8100        7950",
      "  二、民生支出"], set()),
    ([HEADER, ROWS, "  国有土地使用权出让收入安排的支出      8100        7950", "  国有土地使用权出让收入安排的        8100        7950",
      "      支出"], set()),
    ([HEADER, ROWS, "  国有土地使用权出让收入安排的支出      8100        7950", "  国有土地使用权出让收入安排的",
      "  合计                                16800       16370"], set()),
])
def test_a_label_wrapped_in_the_first_column(lines, wraps):
    words = [_words(t) for t in lines]
    full = [w for w in words if len(w) == 3]
    spans = [(min(w[c][0] for w in full), max(w[c][1] for w in full)) for c in range(3)]
    assert label_wraps(list(range(len(lines))), words, spans) == wraps
