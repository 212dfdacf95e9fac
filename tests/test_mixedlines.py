"""A file whose lines are in two encodings, UTF-8 and GB18030 (generator/mixedlines.py)."""

import pytest
from hypothesis import given, settings, strategies as st

from generator.ingest import DAMAGE_RATIO, decode
from generator.mixedlines import common_characters, line_spans, mixed_text

MASTHEAD = ["南浦县人民政府公报", "2024年第3期（总第57期）", "南浦县人民政府办公室编"]
DOCUMENT = [
    "南政发〔2024〕5号",
    "南浦县人民政府关于调整县城区公共交通票价的通知",
    "各乡镇人民政府，县直各单位：",
    "经县人民政府研究，决定自2024年4月1日起调整县城区公共交通票价。现将有关事项通知如下。",
    "一、普通公交车票价由1元调整为2元。",
    "二、老年人、残疾人凭证免费乘车。",
    "南浦县人民政府",
    "2024年3月5日",
]


def _file(*parts: tuple[list[str], str]) -> bytes:
    return b"".join(("\n".join(lines) + "\n").encode(codec) for lines, codec in parts)


@pytest.mark.parametrize("text", [MASTHEAD[0], DOCUMENT[1], DOCUMENT[2], DOCUMENT[3], "南浦县人民政府公报编辑部"])
def test_text_holds_common_characters_and_its_mojibake_few(text):
    han = sum("\u4e00" <= char <= "\u9fff" for char in text)
    assert common_characters(text) == han  # (a gazette's words: every Han character a common one)
    raw = text.encode("utf-8")
    mojibake = raw[:len(raw) - len(raw) % 2].decode("gb18030", errors="replace")  # UTF-8 read as GBK
    assert common_characters(mojibake) < han / 2
    assert common_characters(text.encode("gbk").decode("utf-8", errors="replace")) == 0  # GBK read as UTF-8
    assert common_characters("一".encode("gbk").decode("utf-8")) == 0  # (D2 BB: Cyrillic һ)


@pytest.mark.parametrize("numbers, shown", [
    ((5,), "5"), ((5, 6, 7, 12), "5–7, 12"), ((1, 3, 4), "1, 3–4"),
])
def test_line_spans(numbers, shown):
    assert line_spans(numbers) == shown


def test_a_utf8_masthead_over_a_gbk_issue():
    data = _file((MASTHEAD, "utf-8"), (DOCUMENT, "gbk"))
    source = decode(data, "mixed.txt")
    assert [line.text for line in source.lines] == MASTHEAD + DOCUMENT
    assert source.encoding == "gb18030+utf-8" and source.second == (1, 2, 3) and source.damaged == ()


def test_utf8_lines_that_are_valid_gbk_are_read_as_utf8():
    # read whole as GB18030 the file decodes without an error, the UTF-8 line as mojibake
    line = "南浦县人民政府公报编辑部"
    data = _file((DOCUMENT[:4], "gbk"), ([line], "utf-8"), (DOCUMENT[4:], "gbk"))
    data.decode("gb18030")  # (no error: the mojibake this module avoids)
    source = decode(data, "mixed.txt")
    assert [line.text for line in source.lines] == DOCUMENT[:4] + [line] + DOCUMENT[4:]
    assert source.second == (5,)


def test_gbk_lines_in_a_utf8_file_with_crlf_line_ends():
    data = _file((MASTHEAD + DOCUMENT[:3], "utf-8"), (DOCUMENT[3:6], "gbk"), (DOCUMENT[6:], "utf-8"))
    data = data.replace(b"\n", b"\r\n")
    source = decode(data, "mixed.txt")
    assert [line.text for line in source.lines] == MASTHEAD + DOCUMENT
    assert source.encoding == "utf-8+gb18030" and source.second == (7, 8, 9)


@pytest.mark.parametrize("data", [
    _file((MASTHEAD + DOCUMENT, "gbk")),
    _file((MASTHEAD + DOCUMENT + ["一"], "gbk")),  # (一 in GBK is valid UTF-8: one encoding told only)
    _file((MASTHEAD + DOCUMENT, "utf-8")),
    # UTF-8 with a stray byte (a little damage in a longer text): its line is damaged UTF-8, not GBK
    _file((MASTHEAD + DOCUMENT * 3, "utf-8")).replace("票价".encode(), "票价".encode() + b"\xff", 1),
])
def test_a_file_in_one_encoding_is_not_mixed(data):
    assert mixed_text(data, DAMAGE_RATIO) is None
    assert decode(data, "one.txt").second == ()


def test_a_short_gbk_line_in_a_mixed_file_is_read_as_gbk():
    data = _file((MASTHEAD, "utf-8"), (DOCUMENT + ["一"], "gbk"))
    assert [line.text for line in decode(data, "mixed.txt").lines][-1] == "一"


def test_a_line_in_neither_encoding_is_damaged_and_listed():
    data = _file((MASTHEAD, "utf-8"), (DOCUMENT * 3, "gbk")).replace("通知".encode("gbk"), "通知".encode("gbk") + b"\xff", 1)
    source = decode(data, "mixed.txt")
    assert source.damaged == (5,) and "\ufffd" in source.lines[4].text and source.second == (1, 2, 3)
    # more damage than a little (every line of a short text): not read
    assert mixed_text(_file((MASTHEAD, "utf-8"), (DOCUMENT, "gbk")).replace(b"\n", b"\xff\n"), DAMAGE_RATIO) is None


def test_the_parse_reports_the_lines_of_the_second_encoding():
    from generator.pipeline import parse_bytes

    result = parse_bytes(_file((MASTHEAD, "utf-8"), (DOCUMENT, "gbk")), "mixed.txt")
    [note] = [d for d in result.diagnostics if d.code == "encoding-mixed"]
    assert note.severity == "warning" and note.line == 1 and "line(s) 1–3" in note.message
    [doc] = result.documents
    assert doc.doc_number == "南政发〔2024〕5号" and doc.title == DOCUMENT[1]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["utf-8", "gbk"]), min_size=len(DOCUMENT), max_size=len(DOCUMENT)))
def test_each_line_in_either_encoding_reads_as_written(codecs):
    data = b"".join((line + "\n").encode(codec) for line, codec in zip(DOCUMENT, codecs))
    source = decode(data, "mixed.txt")
    assert [line.text for line in source.lines] == DOCUMENT
    assert source.damaged == ()
