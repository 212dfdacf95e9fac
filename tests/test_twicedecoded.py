"""Lines decoded twice (twicedecoded.py): UTF-8 or GB18030 a tool read as Latin-1 or Windows-1252
and saved again as UTF-8, read as printed; everything else left as it is."""

import pytest
from hypothesis import given, settings, strategies as st

from generator.ingest import decode
from generator.twicedecoded import _BYTE_OF, lines_read_again, read_again

TITLE = "桐溪县人民政府办公室关于做好2024年度森林防灭火工作的通知"


def _sloppy_cp1252(data: bytes) -> str:
    """As Windows tools decode Windows-1252: its five undefined bytes as Latin-1 controls."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)


@pytest.mark.parametrize("line, printed", [
    (TITLE.encode("utf-8").decode("latin-1"), TITLE),
    (_sloppy_cp1252(TITLE.encode("utf-8")), TITLE),
    (TITLE.encode("gb18030").decode("latin-1"), TITLE),
    (_sloppy_cp1252("桐政办发〔2024〕22号".encode("gb18030")), "桐政办发〔2024〕22号"),
    # left as they are: Chinese already, Latin text with accents, signs a gazette prints, too little to tell
    (TITLE, None),
    ("Müller, Straße 12, Zürich — Ça va ?", None),
    ("·24·", None),
    ("25°C 26°C 27°C 28°C", None),  # (°C, B0 43, is 癈 in GB18030: no common character)
    ("——————————————————————————————", None),
    ("……………………2", None),
    ("© 2024 桐溪县人民政府", None),
    ("â€”", None),  # (a dash decoded twice: too few bytes alone; read so among lines that are)
    # near misses: one sign repeated (a contents' leaders, a name's placeholder), in any codec
    ("·························· 3", None),
    ("××××××", None),
])
def test_read_again(line, printed):
    assert (read_again(line) or (None,))[0] == printed


def test_short_lines_are_read_in_the_codec_of_the_others():
    lines = ["青溪县人民政府公报", "——", "目录", TITLE, "·3·"]
    for codec in ("utf-8", "gb18030"):
        twice = [line.encode(codec).decode("latin-1") for line in lines]
        assert lines_read_again(twice) == (lines, (1, 2, 3, 4, 5))


def test_a_run_of_one_sign_is_never_read_again():
    """Leaders or a placeholder among lines decoded twice: no bytes of text (贩贩贩, 鬃鬃鬃)."""
    title = TITLE.encode("gb18030").decode("latin-1")
    assert lines_read_again([title, "·························· 3", "××××××"]) == ([TITLE, "·························· 3", "××××××"], (1,))


def test_a_gazette_decoded_twice_reads_as_printed():
    text = f"青溪县人民政府公报\n\n2024年第5期\n\n青政办发〔2024〕22号\n\n{TITLE}\n\n各乡镇人民政府：\n\n　　现将有关事项通知如下。\n"
    printed = [line.text for line in decode(text.encode("utf-8"), "x.txt").lines]
    for codec in ("utf-8", "gb18030"):
        source = decode(text.encode(codec).decode("latin-1").encode("utf-8"), "x.txt")
        assert [line.text for line in source.lines] == printed
        assert source.repaired == (1, 3, 5, 7, 9, 11)


_LINES = st.lists(st.one_of(st.sampled_from([TITLE, "——", "·3·", "Müller", "2024年第5期", ""]),
                            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)),
                  max_size=8)


@settings(max_examples=300, deadline=None)
@given(_LINES, st.sampled_from([None, "utf-8", "gb18030"]))
def test_lines_read_again_lose_nothing(lines, codec):
    """Never a line more or less, never a line holding Chinese touched, and every line read
    again gives back its bytes in the codec it was read in (nothing lost)."""
    if codec is not None:  # (some of the lines decoded twice)
        lines = [line.encode(codec, errors="ignore").decode("latin-1") if k % 2 else line for k, line in enumerate(lines)]
    out, repaired = lines_read_again(lines)
    assert len(out) == len(lines)
    for no, (before, after) in enumerate(zip(lines, out), start=1):
        if no not in repaired:
            assert after == before
            continue
        assert not any("\u4e00" <= char <= "\u9fff" for char in before)
        assert any(after.encode(c, errors="strict") == bytes(_BYTE_OF[char] for char in before)
                   for c in ("utf-8", "gb18030") if _encodes(after, c))


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
        return True
    except UnicodeEncodeError:
        return False
