"""Words a PDF prints on every page beside the page's number (generator/pagestamps.py)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.pagestamps import marked_page_stamps

TEXT = ["县农业农村局要加大秸秆还田推广力度，", "各乡镇要扶持培育秸秆收储运服务组织，", "确保全县秸秆综合利用率稳定在90%以上。"]


def _pages(stamp, pages=3, over=True, elsewhere=()):
    lines = []
    for page in range(2, 2 + pages):
        lines += TEXT
        lines += [stamp, f"— {page} —"] if over else [f"— {page} —", stamp]
    lines += TEXT + list(elsewhere)
    return [Line(no, text, fold(text)) for no, text in enumerate(lines, start=1)]


def _marked(lines):
    return [line.text for line in marked_page_stamps(lines) if line.running_head]


@pytest.mark.parametrize("stamp, over", [
    ("内部资料　注意保存", True),
    ("扫一扫　查看原文", True),
    ("南浦县人民政府门户网站　www.nanpu.gov.cn", False),  # (longer than a section's running head)
    ("南浦县人民政府门户网站　www.nanpu.gov.cn", True),
])
def test_words_beside_each_pages_number_are_the_pages(stamp, over):
    assert _marked(_pages(stamp, over=over)) == [stamp] * 3


@pytest.mark.parametrize("lines", [
    _pages("内部资料　注意保存", pages=2),  # two pages only
    _pages("长期坚持", elsewhere=["长期坚持"] * 3),  # a table's cell ending rows over the page's number, and rows elsewhere
    _pages("确保全县秸秆综合利用率稳定在90%以上。"),  # a sentence's end
    _pages("松岭县人民政府办公室"),  # an organ (a signature over the page's number)
    _pages("2024年9月20日"),  # a date
    _pages("一、总体目标"),  # a heading
    _pages("【规范性文件】", over=False),  # a section's name: sectionheads' (its heading over a title)
    # a table's titles printed again under each page's number, and first over its rows
    _pages("    序号    乡镇        隐患点数    受威胁人数", pages=4, over=False, elsewhere=["    序号    乡镇        隐患点数    受威胁人数"]),
    _pages("序号 乡镇 隐患点数 受威胁人数", pages=4, over=False, elsewhere=["序号 乡镇 隐患点数 受威胁人数"]),
])
def test_near_misses_are_not_marked(lines):
    assert _marked(lines) == []


def test_the_same_words_off_their_place_are_the_pages_too():
    lines = _pages("内部资料　注意保存", pages=4, elsewhere=["内部资料　注意保存"])
    assert _marked(lines) == ["内部资料　注意保存"] * 5


@pytest.mark.parametrize("text, titles", [
    ("    序号    乡镇        隐患点数    受威胁人数", True), ("序号　乡镇　隐患点数", True),
    ("乡镇        隐患点数    受威胁人数", True),
    # near misses: a watermark, a QR code's prompt, the portal's name and address (two words at most)
    ("内部资料　注意保存", False), ("扫一扫　　查看原文", False), ("南浦县人民政府门户网站　www.nanpu.gov.cn", False),
])
def test_column_titles(text, titles):
    from generator.pagestamps import column_titles

    assert column_titles(Line(1, text, fold(text))) is titles


# Words printed on every page of a PDF that prints no page's number (marked_unnumbered_stamps)
PROSE = ["　　一、压实防汛责任。各乡镇要严格落实防汛抗旱责任制，明确每座水库",
         "每处山塘、每个隐患点的责任人，并在显著位置公示，接受社会监督，",
         "确保责任落实到人。"]


def _unnumbered(stamp, times=6, inside=True, extra=()):
    lines = []
    for _ in range(times):
        lines += PROSE * 2 + (PROSE[:2] + [stamp, PROSE[2]] if inside else PROSE + [stamp])  # (a page's lines)
    lines += list(extra)
    return [Line(no, text, fold(text)) for no, text in enumerate(lines, start=1)]


def _unnumbered_marked(lines):
    from generator.pagestamps import marked_unnumbered_stamps

    return [line.text for line in marked_unnumbered_stamps(lines) if line.running_head]


@pytest.mark.parametrize("stamp", ["内部资料　注意保存", "扫一扫　查看原文", "南浦县人民政府门户网站　www.nanpu.gov.cn"])
def test_words_inside_sentences_on_every_page_are_the_pages(stamp):
    assert _unnumbered_marked(_unnumbered(stamp)) == [stamp] * 6


def test_the_same_words_between_paragraphs_are_the_pages_too():
    lines = _unnumbered("内部资料　注意保存", times=4) + _unnumbered("内部资料　注意保存", times=2, inside=False)
    assert len(_unnumbered_marked(lines)) == 6


# a column of a table printed one cell a line whose cells repeat (县直各单位 under a task, over the next row's number)
COLUMN = [x for n in range(1, 7) for x in (str(n), "负责组织实施全县农村人居环境整治提升工作", "县直各单位")]
# a refrain in a speech, each time its own paragraph (a sentence's end above, an indented paragraph under it)
REFRAIN = [x for _ in range(6) for x in ("　　我们要把群众的事当作自己的事来办好。", "人民至上", "　　这是我们一切工作的出发点和落脚点。")]
# a section's heading repeated in each document (over an indented paragraph)
HEADING = [x for _ in range(6) for x in ("　　现将有关事项通知如下，请认真贯彻落实", "工作要求", "　　各乡镇要高度重视，确保按期完成。")]


@pytest.mark.parametrize("lines", [
    _unnumbered("内部资料　注意保存", times=4),  # four times only
    _unnumbered("内部资料　注意保存", times=2, extra=["内部资料　注意保存"] * 4),  # inside sentences twice only
    [Line(no, text, fold(text)) for no, text in enumerate(COLUMN, start=1)],
    [Line(no, text, fold(text)) for no, text in enumerate(REFRAIN, start=1)],
    [Line(no, text, fold(text)) for no, text in enumerate(HEADING, start=1)],
    _unnumbered("松岭县人民政府办公室"),  # an organ
    _unnumbered("2024年9月20日"),  # a date
    _unnumbered("一、总体目标"),  # a heading
    _unnumbered("序号 乡镇 隐患点数 受威胁人数"),  # a table's titles
    # a 主送 each document prints the same, its colon wrapped onto the next line under a narrow page
    [Line(no, text, fold(text)) for no, text in enumerate(
        [x for n in range(6) for x in (f"南浦县人民政府关于公布第{n}批规范性文件清理结果的决定", "各乡镇人民政府、县直各单位", "：",
                                       *PROSE * 3)], start=1)],
])
def test_unnumbered_near_misses_are_not_marked(lines):
    assert _unnumbered_marked(lines) == []


def test_words_inside_sentences_close_together_are_not_the_pages():
    # (a table's rows one under the other, not pages: fewer than three places MIN_APART lines apart)
    lines = [x for _ in range(6) for x in ("负责组织实施全县农村人居环境整治提升", "长期坚持", "工作")]
    assert _unnumbered_marked([Line(no, text, fold(text)) for no, text in enumerate(lines, start=1)]) == []


@pytest.mark.parametrize("above, below, inside", [
    ("南浦县人民政府办公室关于印发《南浦县海绵城市建设", "工作方案》的通知", True),
    ("各乡镇人民政府，县直各单位，县属", "各国有企业：", True),
    ("明确每个隐患点的责任人，并在显著位置", "公示。", True),
    # near misses
    ("确保责任落实到人。", "并在显著位置公示。", False),  # a sentence's end above
    ("县直各单位", "并在显著位置公示。", False),  # a short cell above
    ("明确每个隐患点的责任人，并在显著位置", "　　二、加强隐患排查。", False),  # a new paragraph under it
    ("明确每个隐患点的责任人，并在显著位置", "2024年4月8日", False),  # a date
    ("明确每个隐患点的责任人，并在显著位置", "12", False),  # a number
    ("明确每个隐患点的责任人，并在显著位置", "南浦县人民政府", False),  # an organ
    ("南浦县人民政府关于公布规范性文件清理结果的决定", "：", False),  # a mark going on from it (a 主送's colon)
])
def test_cuts_a_sentence(above, below, inside):
    from generator.pagestamps import cuts_a_sentence

    lines = [Line(no, text, fold(text)) for no, text in enumerate([above, "内部资料　注意保存", below], start=1)]
    assert cuts_a_sentence(lines, 1) is inside
