"""Decoding: encodings, line ends, invisible characters, and unusable input."""

import codecs

import pytest

from generator.ingest import UnusableInput, decode

TEXT = "平江县人民政府公报\n\n第 2 期\n平政办发〔2023〕7号\n"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("gb18030"), "gb18030"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32"),  # (its mark opens with UTF-16 LE's)
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no byte-order mark: the byte order that reads as text
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (("　　一、" + TEXT) .encode("utf-16-le"), "utf-16-le"),  # U+3000 and 一 hold NUL bytes on the other side
])
def test_encodings_decode_to_the_same_lines(data, encoding):
    source = decode(data, "x.txt")
    assert source.encoding == encoding
    assert [line.text.lstrip(" 一、") for line in source.lines] == TEXT.split("\n")[:-1]


def test_a_few_stray_nul_bytes_are_controls_taken_out():
    data = "平江县人民政府公报\n第2期\x00\n".encode() + PAGE.encode().replace("第3条".encode(), b"\x00\x00" + "第3条".encode(), 1)
    source = decode(data, "x.txt")
    assert source.encoding == "utf-8"
    assert [line.text for line in source.lines][:4] == ["平江县人民政府公报", "第2期", PAGE_LINES[0], PAGE_LINES[1]]
    assert source.lines[4].text == PAGE_LINES[2]


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 64,                                              # every byte: NULs on both sides
    b"".join(bytes([0, b]) for b in range(0x80, 0x100)) * 40,            # NULs on one side, no text
    TEXT.encode("utf-16-le")[1:] * 50,                                   # UTF-16 read a byte off
    b"\x00\xff" * 100,                                                    # text (ÿÿÿ…), but not Chinese
    "Gazette of the county\n".encode("utf-16-le") * 20,                   # nor this
])
def test_nul_bytes_that_read_as_text_in_neither_byte_order_are_binary(data):
    with pytest.raises(UnusableInput, match="NUL bytes"):
        decode(data, "x.txt")


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_line_ends_keep_source_line_numbers(sep):
    source = decode(sep.join(["甲", "", "乙", "丙"]).encode(), "x.txt")
    assert [(line.no, line.text) for line in source.lines if not line.blank] == [
        (1, "甲"), (3, "乙"), (4, "丙")]


def test_invisible_and_wide_spaces():
    source = decode("\u3000\u3000第\u00a02\u200b期\x0c\n".encode(), "x.txt")
    assert source.lines[0].text.strip() == "第 2期"
    assert source.lines[0].key == "第2期"


@pytest.mark.parametrize("data,problem", [
    (b"", "is empty"),
    (b"   \n\n \t\n", "is empty"),
    (b"\x00\x01\x02\x03binary\x00" * 20, "NUL"),
    # 9 NULs: more than a few stray ones (at the end, they are padding: test_zeros_padding_the_end_are_left_out)
    ("平江县人民政府公报\n".encode() + b"\x00" * 9 + "第2期\n".encode(), "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
    (b"\xff\xfe\xff\xfe" + b"\x81" * 7, "UTF-16"),
    ("\u200b\ufeff\n".encode(), "no visible text"),
    # files of other formats saved with a .txt name: what they are and what to do
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "is a PDF, not text: extract its text first"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a zip archive (a .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "an old Word or Excel file"),
    (b"{\\rtf1\\ansi\\ansicpg936 \\'c4\\'cf\\'c6\\'d6\\par}", "RTF"),
    (b"\x1f\x8b\x08\x00" + bytes(20), "gzip-compressed"),
])
def test_unusable_input(data, problem):
    with pytest.raises(UnusableInput) as err:
        decode(data, "bad.txt")
    assert "bad.txt" in str(err.value)
    assert problem in str(err.value)


@pytest.mark.parametrize("controls,binary", [
    ("\x01" * 8, False),           # a few stray controls: text (at least 9 are needed)
    ("\x01" * 9, True),
    ("\x1f\x0e" * 5, True),        # the ends of the ranges count
    ("\t\x0b\x0c\r" * 50, False),  # tab, vertical tab, form feed, line ends: text holds them
])
def test_control_characters_mark_binary_text(controls, binary):
    data = ("平江县人民政府公报" + controls + "\n").encode("utf-8")
    if binary:
        with pytest.raises(UnusableInput, match="looks binary"):
            decode(data, "x.txt")
    else:
        assert decode(data, "x.txt").lines


# A page of text: damage is told from another encoding by how rare it is (ingest.DAMAGE_RATIO).
PAGE = "".join(f"第{n}条县人民政府各部门应当按照职责分工，做好本行政区域内的有关工作。\n" for n in range(1, 21))
PAGE_LINES = PAGE.split("\n")[:-1]


@pytest.mark.parametrize("data, encoding, damaged", [
    (PAGE.encode("utf-8")[:-2], "utf-8", (20,)),                       # a download cut inside a character
    (PAGE.encode("utf-8").replace("第3条".encode(), "第3条".encode() + b"\xff", 1), "utf-8", (3,)),  # stray byte
    (codecs.BOM_UTF8 + PAGE.encode("utf-8")[:-3], "utf-8-sig", (20,)),
    (PAGE.encode("gb18030")[:-2], "gb18030", (20,)),
    (PAGE.encode("gb18030").replace(b"\n", b"\x81\n", 7).replace(b"\x81\n", b"\n", 6), "gb18030", (7,)),  # lead byte
    (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le")[:-1], "utf-16", (20,)),  # an odd byte at the end
])
def test_a_little_damage_is_read_and_its_lines_listed(data, encoding, damaged):
    source = decode(data, "x.txt")
    assert source.encoding == encoding and source.damaged == damaged
    texts = [line.text for line in source.lines]
    # every line but the damaged one as it was; the damaged one keeps its readable characters
    assert [t for k, t in enumerate(texts, start=1) if k not in damaged] == \
        [t for k, t in enumerate(PAGE_LINES, start=1) if k not in damaged]
    [hurt] = [texts[k - 1] for k in damaged]
    assert "\ufffd" in hurt and hurt.replace("\ufffd", "")[:20] == PAGE_LINES[damaged[0] - 1][:20]


def test_the_parse_reports_damaged_lines():
    from generator.pipeline import parse_bytes

    result = parse_bytes(("平江县人民政府公报\n2023年第2期\n" + PAGE).encode("utf-8")[:-2], "cut.txt")
    [note] = [d for d in result.diagnostics if d.code == "encoding-damaged"]
    assert note.severity == "warning" and note.line == 22 and "line(s) 22" in note.message


@pytest.mark.parametrize("data", [
    PAGE.encode("gb18030"),                                # clean GB18030 is not damaged UTF-8
    PAGE.encode("utf-8"),
])
def test_clean_text_is_not_damaged(data):
    assert decode(data, "x.txt").damaged == ()


def test_much_damage_is_not_read_as_damage():
    # one bad byte in every line: far more than a little damage
    data = b"".join(line.encode("utf-8") + b"\xff\n" for line in PAGE_LINES)
    with pytest.raises(UnusableInput, match="neither UTF-8 nor GB18030"):
        decode(data, "x.txt")


def test_the_control_characters_searched_are_the_patterns():
    from generator.ingest import _CONTROL, _CONTROL_CHARS

    assert [c for c in map(chr, range(0x110000)) if _CONTROL.match(c)] == _CONTROL_CHARS


_GAZETTE = "南浦县人民政府公报\n\n2024年第1期\n\n南政发〔2024〕1号\n\n南浦县人民政府关于做好春耕生产工作的通知\n"


@pytest.mark.parametrize("data, padding", [
    (_GAZETTE.encode() + b"\x00" * 300, 300),
    (_GAZETTE.encode("utf-16-le") + b"\x00" * 300, 300),  # (the last character's NUL is the text's)
    (_GAZETTE.encode("utf-16") + b"\x00" * 301, 301),
    (codecs.BOM_UTF32_LE + _GAZETTE.encode("utf-32-le") + b"\x00" * 303, 303),
    (_GAZETTE.encode("utf-16-le"), 0),  # UTF-16's own last NUL: no padding
    (_GAZETTE.encode() + b"\x00" * 3, 0),  # fewer than 4: controls, taken out with the others (a blank line)
])
def test_zeros_padding_the_end_are_left_out(data, padding):
    source = decode(data, "x.txt")
    assert [line.text for line in source.lines if line.text or line.no < 8] == _GAZETTE.split("\n")[:-1]
    assert [n.code for n in source.notes] == (["input-padded"] if padding else [])
    assert all(str(padding) in n.message for n in source.notes)


def test_a_short_file_padded_with_zeros_is_read_a_large_one_refused(tmp_path):
    from generator.ingest import read_source

    short = tmp_path / "short.txt"
    short.write_bytes(_GAZETTE.encode() + b"\x00" * 5000)  # (its first 4 KB mostly zeros)
    assert read_source(short).lines[0].text == "南浦县人民政府公报"
    sparse = tmp_path / "sparse.txt"
    with sparse.open("wb") as fh:
        fh.write(_GAZETTE.encode())
        fh.truncate(64 * 2**20)  # a sparse file: 64 MB of zeros after the text
    with pytest.raises(UnusableInput, match="NUL bytes"):
        read_source(sparse)


@pytest.mark.parametrize("separator, named", [
    ("\u2029", "U+2029"), ("\u2028", "U+2028"), ("\x0b", "VT"), ("\x85", "NEL"),
])
def test_other_line_ends_in_a_file_with_next_to_no_others(separator, named):
    text = _GAZETTE.replace("\n", separator) * 3
    source = decode(text.encode(), "x.txt")
    assert [line.text for line in source.lines][:7] == _GAZETTE.split("\n")[:-1]
    assert [n.code for n in source.notes] == ["line-ends-other"] and named in source.notes[0].message
    # inside the lines of a file that ends its lines with LF, such a character is a space
    inside = decode(_GAZETTE.replace("公报\n", "公报" + separator + "2024\n").encode(), "x.txt")
    assert inside.lines[0].text in ("南浦县人民政府公报 2024", "南浦县人民政府公报2024") and inside.notes == ()
