"""The quick checks and single passes of a table's body (tables.build_table's loop over the rows,
columns.infer_type) give what the checks they stand before, or the walks they replace, give (the
parse of the samples and the bench, compared by hash, holds them on real text)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import columns, figures, headeragain, rowjoins, tablegroups, tablerows
from generator.columns import PLACEHOLDERS, _is_date, _is_integer, _is_number, _outline_numbers
from generator.normalize import fold

PIECES = ["", "1", "12", "1,205", "1，205", "95.5", "-3", "－3.2", "(3.2)", "（1,250）", "(190)", "(3)", "12.5%", "3%",
          "186.4亿元", "12个", "1、", "2.", "1.1", "2024年", "2024年3月5日", "2024-03-05", "二〇二四年三月五日", "—", "/",
          "无", "城关镇", "一", "（一）", "一、", "二、县道", "合计", "小计", "月底前", "局", "县生态环境", "（含下", "实施）",
          "序号", "&#35745;", " ", "0734", "十"]
values = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join)
cells = st.one_of(st.none(), values.filter(bool))
rows = st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8)
TITLES = ["", "增减", "比上年增减", "金额", "增长率"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.none(), values), max_size=8), st.booleans())
def test_plain_numbers_is_plain_number_of_each(values_, accounting):
    assert figures.plain_numbers(values_, accounting, frozenset(PLACEHOLDERS)) == [
        figures.plain_number(v, accounting) for v in values_ if v is not None and v not in PLACEHOLDERS]


def _infer_type_as_written(values_, title=""):
    """``columns.infer_type`` as it asked percent_column and unit_in_cells before the typed figures."""
    accounting = figures.accounting_style(values_, title)
    present = [figures.plain_number(v, accounting) for v in values_ if v is not None and v not in PLACEHOLDERS]
    if not present:
        return "string"
    if all(map(_is_integer, present)):
        return "string" if len(present) > 1 and figures.lists_figures(values_) else "integer"
    if all(_is_integer(v) or (figures.is_marked_number(v) and _is_integer(figures.typed_figure(v))) for v in present):
        return "integer"
    if all(map(_is_number, present)) and not _outline_numbers(present) \
            and not all(v[:1] in "(（" for v in values_ if v is not None and v not in PLACEHOLDERS):
        return "number"
    if figures.percent_column(present) and all(_is_number(figures.typed_figure(v)) for v in present):
        return "number"
    if figures.unit_in_cells(present) and all(_is_number(figures.typed_figure(v)) for v in present):
        return "integer" if all(_is_integer(figures.typed_figure(v)) for v in present) else "number"
    if all(map(_is_date, present)):
        return "date"
    return "string"


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(st.none(), values), max_size=8), st.sampled_from(TITLES))
def test_infer_type_is_the_type_as_written(values_, title):
    assert columns.infer_type(values_, title) == _infer_type_as_written(values_, title)


@settings(max_examples=500, deadline=None)
@given(rows, st.lists(cells, min_size=1, max_size=6), st.lists(cells, max_size=6), st.integers(0, 3))
def test_printed_again_is_each_row_asked_of_every_key(grid, header, header2, start):
    keys = headeragain.header_keys(header, header2, ())
    single = [len(r) == 1 for r in grid]
    again, firsts = headeragain.printed_again(grid, single, start, keys)
    top = fold(tablerows.first_filled(header) or "")
    for k in range(start, len(grid)):
        if single[k]:
            assert k not in again
            continue
        first = fold(tablerows.first_filled(grid[k]) or "")
        assert firsts[k] == first
        assert again[k] == (any(key.startswith(first) for key in keys) and tablerows.key_of(grid[k]) in keys)
        if firsts[k] != top:  # (the loop over the rows asks repeats_header only when they agree)
            assert not tablerows.repeats_header(grid[k], header)


@settings(max_examples=800, deadline=None)
@given(st.lists(cells, min_size=1, max_size=6), st.integers(1, 6))
def test_may_name_a_group_passes_every_group_row(row, width):
    if not tablegroups.may_name_a_group(row):
        assert not tablerows.is_group(row, width)
        assert not tablegroups.group_beside_an_empty_number(row, width)
        assert not tablerows.is_numbered_group(row, width)
        assert not tablegroups.is_group_with_sums(row, width)
        assert not tablegroups.is_numeral_group_with_sums(row, width)


@settings(max_examples=500, deadline=None)
@given(st.lists(cells, max_size=6))
def test_may_be_cut_cells_is_no_figure_first_and_some_cell_that_may(row):
    assert rowjoins._may_be_cut_cells(row) == (not any(c and c[0].isdigit() for c in row)
                                               and any(rowjoins._may_carry_on(c) for c in row))


def _shifted_cut_cells_as_written(prev, cells_, width):
    """``rowjoins.shifted_cut_cells`` as it asked every place of a row with a cell that may carry on."""
    n = tablerows.trimmed(cells_)
    if n < 2 or n >= width or width > 60 or cells_[0] is None or not any(rowjoins._may_carry_on(c) for c in cells_[:n]):
        return None
    places = {o: [None] * o + list(cells_[:n]) + [None] * (width - o - n) for o in range(1, width - n + 1)}
    fits = sorted(((sum(1 for k, tail in enumerate(place) if tail and rowjoins.carries_on(prev[k], tail)), o)
                   for o, place in places.items() if rowjoins.cut_cells_row(prev, place)), reverse=True)
    if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    o = fits[0][1]
    if tablerows.NAME_END.search(prev[o] or "") and tablerows.NAME_END.search(cells_[0]):
        return None
    return places[o]


CUT = ["3", "城关镇", "农村生活污水治理", "2024年12", "县生态环境", "设施建设", "月底前", "局", "（分两期", "实施）",
       "2024年6月", "底前", "12", "一、", "县住房和城乡", "建设局", "其中", "。"]
cut_cells = st.one_of(st.none(), st.sampled_from(CUT))


@settings(max_examples=800, deadline=None)
@given(st.lists(cut_cells, min_size=6, max_size=6), st.lists(cut_cells, min_size=1, max_size=6), st.integers(2, 6))
def test_shifted_cut_cells_is_the_places_as_written(prev, row, width):
    assert rowjoins.shifted_cut_cells(prev, row, width) == _shifted_cut_cells_as_written(prev, row, width)
