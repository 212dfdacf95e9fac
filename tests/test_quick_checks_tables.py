"""The quick checks and single passes of the table and layout modules give what the patterns and
the plain loops they stand for give, on text made of the pieces those patterns look for (the
parse of the samples and the bench, compared by hash, holds them on real text)."""

import difflib
import math
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import backmatter, columns, figures, gridprep, patterns, notelines, segment, spacedtables, tablerows, titlekinds, titles, toclines, tocmatch
from generator.model import Line
from generator.normalize import fold

SPACES = ["－", "(", "）", " ", "  ", "   ", "\u3000", "\t", "\n", "a", "序号", "1,205", "95.5", "2024年", "年", "(一)", "1.", "—",
          "&#35745;", "合计", "**", "小计", ":", "12", ",", "-3", "0734", "一、", "\t\t"]
texts = st.lists(st.sampled_from(SPACES), max_size=12).map("".join)
cells = st.one_of(st.none(), texts.filter(bool))
rows = st.lists(st.lists(cells, min_size=1, max_size=6), max_size=8)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_has_gap_is_the_pattern(text):
    assert spacedtables.has_gap(text) == bool(spacedtables._GAP.search(text))


@settings(max_examples=500, deadline=None)
@given(texts)
def test_plain_number_is_the_pattern(text):
    if text[:1] in "－−﹣" and text[1:2].isdigit():
        text = "-" + text[1:]
    elif (m := figures._BRACKETED.fullmatch(text)) and m.group(1)[:1] not in "+-":
        text = "-" + m.group(1)
    expected = text.replace(",", "") if figures._THOUSANDS.fullmatch(text) else text
    assert figures.plain_number(text) == expected


def _profile_by_sums(rows, width):
    """``columns.profile`` as the sums over each column wrote it, one pattern a pass."""
    if not rows:
        return None
    filled = columns.merged_down(rows)
    shapes = []
    for c in range(width):
        values = [r[c] if c < len(r) else None for r in filled]
        present = [v for v in values if v]
        shapes.append(columns._ColumnShape(
            empty=1 - len(present) / len(values),
            numbered=sum(1 for v in present if columns._NUMBERED.match(v)) / max(1, len(present)),
            integer=sum(1 for v in present if columns._INT.fullmatch(v)) / max(1, len(present)),
            length=sum(math.log1p(len(v)) for v in present) / max(1, len(present)),
            dated=sum(1 for v in present if columns._DATED.search(v)) / max(1, len(present)),
            figure=sum(1 for v in present if columns._NUM.fullmatch(v)) / max(1, len(present))))
    return shapes


def _score_by_pattern(value, shape):
    if value is None:
        return shape.empty
    return ((1 - shape.empty) + (1 - abs(bool(columns._NUMBERED.match(value)) - shape.numbered))
            + (1 - abs(bool(columns._INT.fullmatch(value)) - shape.integer))
            + (1 - min(1.0, abs(math.log1p(len(value)) - shape.length) / 2))
            + (1 - abs(bool(columns._DATED.search(value)) - shape.dated))
            + (1 - abs(bool(columns._NUM.fullmatch(value)) - shape.figure)))


@settings(max_examples=300, deadline=None)
@given(rows, st.integers(min_value=1, max_value=6))
def test_profile_and_scores_are_the_plain_sums(grid, width):
    shapes = columns.profile(grid, width)
    assert shapes == _profile_by_sums(grid, width)
    for row in grid:
        for value, shape in zip(row, shapes or []):
            assert columns._cell_score(value, shape) == _score_by_pattern(value, shape)


def _repeats_by_folding_all(cells, header):
    mine = [fold(c) for c in cells if c]
    theirs = [fold(c) for c in header if c]
    if not mine or not theirs or mine[0] != theirs[0]:
        return False
    same = sum(1 for c in mine if c in theirs)
    return same >= 2 and same * 4 >= len(mine) * 3


@settings(max_examples=300, deadline=None)
@given(st.lists(cells, max_size=5), st.lists(cells, max_size=5))
def test_repeats_header_folds_the_rest_only_when_the_first_cells_agree(cells_, header):
    assert tablerows.repeats_header(cells_, header) == _repeats_by_folding_all(cells_, header)
    assert tablerows.repeats_header(header, header) == _repeats_by_folding_all(header, header)


def _untab_line_by_line(lines):
    out, table = [], False
    for line in lines:
        tabbed = "\t" in line.text
        m = gridprep._MARKER_TAB.match(line.text) if tabbed else None
        if tabbed and (m is None or table):
            table = True
        elif not tabbed and not gridprep.is_page_mark(line):
            table = False
        out.append(Line(line.no, f"{m.group(1)} {m.group(2)}", line.key, line.page_break)
                   if m and not table else line)
    return out


MARKED = ["一、", "1.", "（一）", "第一条", "\t", "总体要求", "序号", "— 3 —", "2", "重点任务", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(MARKED), min_size=1, max_size=5).map("".join), max_size=8))
def test_untab_markers_asks_for_page_marks_inside_runs_only(texts_):
    lines = [Line(no, text, fold(text)) for no, text in enumerate(texts_, start=1)]
    assert gridprep.untab_markers(lines) == _untab_line_by_line(lines)


TITLE_PIECES = ["平江县人民政府", "关于", "印发", "的", "通知", "通", "知", "命令", "令", "函", "纪要", "措施", "办法",
                "答复", "倡议书", "说明", "(试行)", "(第一号)", "(", ")", "--", "—", "政策解读", "图解", "问答", "名单",
                "任免国家工作人员", "在", "大会", "上的", "讲话", "致辞", "发言", "。", "，", ":", "2024年", "公报", " "]


def _read_on(key):
    """What ``find_titles`` asks of a line before it reads on (its ``typed``, ``interpretation``
    and ``listed``), and the gazette name it passes over."""
    return (patterns.doc_type_of(key) is not None or patterns.regulation_of(key) is not None
            or len(key) == 1 or key.endswith(("解读", "图解", "问答", "公报", "政报"))
            or bool(titlekinds.LIST_TITLE.search(key) or titlekinds.SPEECH_TITLE.match(key)))


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=8).map("".join))
def test_may_end_a_title_passes_every_line_find_titles_reads_on(text):
    key = fold(text)
    if _read_on(key):
        assert titles.may_end_a_title(key)


def test_may_end_a_title_on_the_samples():
    lines = [fold(line) for path in sorted(Path(__file__).parent.parent.glob("datasets/gazettes/*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    assert all(titles.may_end_a_title(key) for key in lines if _read_on(key))
    assert sum(1 for key in lines if not titles.may_end_a_title(key)) > len(lines) // 2  # (what it saves)


TOC_PIECES = ["关于", "的通知", "......", "..", ".", "---", "--", "___", "_", "…", "……", "\t", " / ", "/", "  ",
              "   ", " ", "(3)", "12", "第3页", "P3", "3-8", "目录", "本期目录", "要目", "目次", "CONTENTS", "(续)", "领导活动", "政务活动", "县政府",
              "목록", "大事记", "2024年", "政务动态", "工作要闻", "(", ")", "》", "号", "平政发", "l5", "O", "I"]
toc_texts = st.lists(st.sampled_from(TOC_PIECES), max_size=8).map("".join)


def _toc_page_by_patterns(text, key):
    from generator.identifiers import ocr_digits
    m = toclines._TOC_TAIL.search(key)
    if m:
        return int(ocr_digits(m.group("page")))
    m = toclines._TAB_PAGE.search(text)
    if m is None and "  " in text:
        m = toclines._SPACE_PAGE.search(text) or toclines._SPACE_PAGE_SHORT.search(text)
    if m is None and (key[-1:].isdigit() or key.endswith("页)")):
        m = toclines._GLUED_PAGE.search(key)
    if m is None:
        return toclines.bracketed_page_after_type(key)
    return int(ocr_digits(m.group("page") or m.group("nth"))) if m else None


@settings(max_examples=800, deadline=None)
@given(toc_texts)
def test_contents_quick_checks_are_the_patterns(text):
    key = fold(text)
    assert toclines.toc_page(text, key) == _toc_page_by_patterns(text, key)
    assert toclines.toc_page(key, key) == _toc_page_by_patterns(key, key)
    assert toclines.is_toc_heading(key) == bool(toclines._TOC_HEADING.fullmatch(key))
    assert toclines.toc_title(key) == (toclines.strip_toc_tail(key) if toclines.strip_toc_tail(key) != key else None)
    if segment._CHRONICLE.match(key) or backmatter.NEWS_HEADING.match(key):
        assert segment._may_head_chronicle(key)


def _similarity_by_difflib(ka, kb, floor=0.0):
    if not ka or not kb:
        return 0.0
    if tocmatch._same_title(ka, kb):
        return 1.0
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    if floor and (matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor):
        return None
    return matcher.ratio()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=8).map("".join),
       st.lists(st.sampled_from(TITLE_PIECES), max_size=8).map("".join),
       st.sampled_from([0.0, 0.5, 0.6, 0.8, 0.9, 0.95, 1.0]))
def test_title_similarity_bounds_are_difflibs(a, b, floor):
    ka, kb = tocmatch._title_key(a), tocmatch._title_key(b)
    assert tocmatch._key_similarity(ka, kb, floor) == _similarity_by_difflib(ka, kb, floor)


NOTE_PIECES = ["(", ")", "（", "）", "本文件", "此件", "规范性文件", "登记号", "登 记", "登", "记号", "编号", ":", "：",
               "PJDR-2024-01001", "&#30331;", "&amp;", " ", "\u3000", "**", "主动公开", "。"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NOTE_PIECES), max_size=8).map("".join))
def test_registration_note_needs_its_deng(text):
    from generator.model import Block
    from generator.extract import _closing_registration
    found = notelines.REGISTRATION_NOTE.match(fold(text))
    if found:
        assert "登" in text or "&" in text
    block = Block("note", text, 1, 1)
    from generator.identifiers import RegistrationNumber
    from generator.patterns import is_registration_line
    expected = None
    if found:
        expected = RegistrationNumber.parse(found.group("number"))
    elif "登记" in fold(text) and is_registration_line(fold(text)):  # (a labelled line, 149f399)
        expected = RegistrationNumber.search(fold(text))
    assert _closing_registration((block,)) == expected


def test_the_pieces_reach_a_registration_note():
    from generator.extract import _closing_registration
    from generator.model import Block
    assert _closing_registration((Block("note", "（本文件登记号：PJDR-2024-01001）", 1, 1),)) is not None
    assert _closing_registration((Block("note", "（&#30331;记号：PJDR-2024-01001）", 1, 1),)) is not None


@settings(max_examples=500, deadline=None)
@given(texts)
def test_a_total_word_needs_its_ji(text):
    from generator.tables import SUBTOTAL_WORDS, TOTAL_WORDS
    assert all("计" in word for word in TOTAL_WORDS + SUBTOTAL_WORDS)
    if fold(text).rstrip(":") in TOTAL_WORDS + SUBTOTAL_WORDS:
        assert "计" in text or "&" in text


CELL_PIECES = ["1,205", "95.5", "%", "—", "-", "- ", "+ ", "城关镇", "（含下）", "(", ")", "[a](#b)", "**", "__", "_",
               "#", "# ", ">", "&ldquo;", "&", "<b>", "<", " ", "\u3000", "\xa0", "\u200b", "\x1c", "\t", "、", "·",
               "：", ":", "公司", "有限公司", "局", "2024.3.5", "/", "；"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(CELL_PIECES), min_size=1, max_size=6).map("".join))
def test_a_plain_cell_is_given_back(text):
    from generator.normalize import squeeze, strip_markup
    if tablerows._PLAIN_CELL.fullmatch(text):
        assert strip_markup(text) == text and squeeze(text) == text and text.split() == [text]
    plain = strip_markup(text)
    tokens = plain.split()
    if len(tokens) >= 2 and all(len(t) >= 4 and tablerows.NAME_END.search(t) for t in tokens[:-1]) \
            and tablerows.NAME_END.search(tokens[-1]):
        expected = " ".join(tokens)
    else:
        expected = squeeze(plain) or None
    assert tablerows.cell(text) == expected  # (the cell as markup removal and squeezing give it)


table_grids = st.lists(st.lists(st.sampled_from(["", "序号", "名称", "金额", "1", "2", "合计", "—", "城关镇", "2024年3月"]),
                          min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(table_grids)
def test_build_table_profiles_the_columns_only_for_a_row_not_as_wide(grid):
    """The columns' shapes are worked out (once, from the rows as the table read them, unchanged
    by the loop) at the first row that reaches ``align`` narrower or wider than the table: a row
    as wide is given back by ``align`` without them."""
    import copy

    from generator import tables
    from generator.model import Block

    block = Block("table", "", 1, len(grid), rows=tuple(tuple(r) for r in grid),
                  row_lines=tuple(range(1, len(grid) + 1)))
    profiled, aligned = [], []
    real_profile, real_align = tables.profile, tables.align

    def spy_profile(rows_, width):
        profiled.append((copy.deepcopy(rows_), width))
        return real_profile(rows_, width)

    def spy_align(cells_, width, shapes):
        aligned.append((list(cells_), width, shapes))
        if len(cells_) == width:
            assert real_align(cells_, width, None) is cells_
        return real_align(cells_, width, shapes)

    tables.profile, tables.align = spy_profile, spy_align
    try:
        tables.build_table("t", block, None, None)
    finally:
        tables.profile, tables.align = real_profile, real_align
    uneven = [a for a in aligned if len(a[0]) != a[1]]
    assert len(profiled) == (1 if uneven else 0)
    if uneven:
        rows_, width = profiled[0]
        assert width == uneven[0][1]
        assert all(shapes == real_profile(rows_, width) for _, _, shapes in uneven)


CUT_PIECES = ["\t", "衡政办发", "〔2024〕", "9号", "签发人：", "张志强", "2024年3月", "20日", "印发", "HSDR—2024—",
              "人民政府办", "公室", "（此件主动", "公开）", "— 1 —", "县", "　", "1", "-"]
cut_texts = st.lists(st.sampled_from(CUT_PIECES), min_size=1, max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(cut_texts, cut_texts, cut_texts)
def test_a_tabbed_line_longer_than_a_signatures_piece_is_never_a_first_piece(first, second, after):
    """join_cut_lines passes over such a line before looking for its second piece: neither rule
    takes it, whatever follows."""
    from generator import cutlines

    a, b, c = (Line(no, t, fold(t)) for no, t in enumerate((first, second, after), start=1))
    if "\t" in a.text and len(a.key) > cutlines._SIGNATURE_MAX:
        assert not cutlines._cut(a, b, b) and not cutlines._cut(a, b, a) and not cutlines._signature_cut(a, b, c)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPACES + ["<b>", "</b>", "[链接](http://a)", "# ", "&nbsp;", "通知。"]),
                max_size=12).map("".join))
def test_a_one_line_paragraph_is_its_display_text(text):
    """build_blocks takes a paragraph of one line as its display text: what join_wrapped gives
    of it (display strips it)."""
    from generator.headertext import display
    from generator.normalize import join_wrapped

    line = Line(1, text, fold(text))
    assert join_wrapped([display(line)]) == display(line)


def _type_by_generators(values):
    """``columns.infer_type`` as written before its per-value caches."""
    accounting = any(v is not None and figures._BRACKETED.fullmatch(v) for v in values)
    present = [figures.plain_number(v, accounting) for v in values if v is not None and v not in columns.PLACEHOLDERS]
    if not present:
        return "string"

    def integer(v):
        return bool(columns._INT.fullmatch(v) and len(v) <= 20 and -columns.INT64 <= int(v) < columns.INT64
                    and not columns._code_with_zeros(v))

    def number(v):
        return bool(columns._NUM.fullmatch(v) and not v.endswith("%") and columns._exact_float(v))

    if all(map(integer, present)) and len(present) > 1 and figures.lists_figures(values):
        return "string"  # (102，103 among 101, 107: a list)
    if all(integer(v) or (re.fullmatch(r"\d{1,4}[、.．]", v) and integer(v[:-1])) for v in present):
        return "integer"  # (a row's number with its mark: 1、)
    if all(map(number, present)) and not columns._outline_numbers(present) \
            and not all(v[:1] in "(（" for v in values if v is not None and v not in columns.PLACEHOLDERS):
        return "number"
    if all(figures.is_percent(v) and number(figures.plain_number(v[:-1])) for v in present):
        return "number"  # (12.5%, -3.2%)
    if all(columns._is_date.__wrapped__(v) for v in present):
        return "date"
    return "string"


FIGURES = ["1", "0", "-", "+", ".", "5", ",", "%", "07", "(", ")", "、", "％", "年", "2024", "月", "3", "日", "—", "2024-03-05", "9" * 19,
           "万", "二〇二四"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(st.sampled_from(FIGURES), min_size=1, max_size=6).map("".join)),
                max_size=6))
def test_infer_type_with_cached_values_is_the_generators(values):
    assert columns.infer_type(values) == _type_by_generators(values)
