"""What a PDF's text keeps of a seal between the signature and the date (generator/sealmarks.py)."""

import pytest

from generator.linekinds import line_kinds
from generator.model import Line
from generator.normalize import fold
from generator.sealmarks import is_seal_piece


@pytest.mark.parametrize("text, piece", [
    ("浦", True), ("政府", True), ("★", True), ("☆", True),
    ("人民政府", False), ("2024", False), ("（一）", False), ("★★★★", False), ("。", False),
])
def test_is_seal_piece(text, piece):
    assert is_seal_piece(Line(1, text, fold(text))) is piece


def _kinds(texts):
    lines = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    return line_kinds(lines, {})[0]


SENTENCE = "经县人民政府同意，现将有关事项通知如下，请认真贯彻执行。"


@pytest.mark.parametrize("texts, furniture", [
    ([SENTENCE, "南浦县人民政府", "浦", "★", "南", "2024年10月9日"], [2, 3, 4]),
    ([SENTENCE, "南浦县人民政府", "★", "2024年10月9日"], [2]),
    ([SENTENCE, "南浦县人民政府", "2024年10月9日", "★"], [3]),
    ([SENTENCE, "南浦县人民政府办公室", "南浦县人民政府办公室", "2024年10月9日"], [2]),
    # near misses: pieces not between the signature and the date, two organs signing
    ([SENTENCE, "浦", "南浦县人民政府", "2024年10月9日"], []),
    ([SENTENCE, "南浦县人民政府", "2024年10月9日", "浦"], []),
    ([SENTENCE, "中共南浦县委办公室", "南浦县人民政府办公室", "2024年10月9日"], []),
    # a person's name between an organ and a date (a table's row printed a cell a line): not of the ring
    ([SENTENCE, "南浦县教育局", "王芳", "2024年8月31日"], []),
])
def test_seal_pieces_are_furniture(texts, furniture):
    assert [k for k, kind in enumerate(_kinds(texts)) if kind == "furniture"] == furniture


@pytest.mark.parametrize("organ, pieces, ring", [
    ("桐溪县人民政府", ["溪", "★", "府", "桐"], True), ("南浦县人民政府", ["★"], True),
    ("南浦县财政局", ["南浦", "财政", "局"], True), ("南浦县财政局", ["财务", "科"], False),
    ("县教育局", ["王芳"], False), ("县水利局", ["李强"], False),
])
def test_ring_of(organ, pieces, ring):
    from generator.sealmarks import ring_of

    assert ring_of(organ, pieces) is ring


@pytest.mark.parametrize("key,signature", [
    # the seal's mark between the organ and its day on the signature's line (a scanned page's stamp)
    ("南浦县人民政府(印)2025年9月3日", ("南浦县人民政府", "2025年9月3日")),
    ("南浦县人民政府办公室(盖章)2025年9月3日", ("南浦县人民政府办公室", "2025年9月3日")),
    ("南浦县人民政府(印)二〇二五年九月三日", ("南浦县人民政府", "2025年9月3日")),
    # near misses: no organ before the mark, no day after it
    ("请将材料盖章后(印)2025年9月3日", None),
    ("南浦县人民政府(印)", None),
])
def test_a_seal_mark_between_the_organ_and_its_day(key, signature):
    from generator.patterns import signed

    assert signed(key) == signature


@pytest.mark.parametrize("key, organ, fragment", [
    # the ring's words OCR read in a piece: a part of the organ's name, the seal's kind (probe review 8)
    ("溪县人民", "青溪县人民政府", True), ("县人民政府办", "青溪县人民政府办公室", True),
    ("青溪县人民政", "青溪县人民政府", True), ("专用章", "青溪县财政局", True), ("财务专用章", "青溪县财政局", True),
    # near misses: the name whole, a second organ whose name opens the first's, one character
    # (sealmarks.seal_pieces'), another organ, words that are not the name's
    ("青溪县人民政府", "青溪县人民政府", False), ("青溪县人民政府", "青溪县人民政府办公室", False),
    ("溪", "青溪县人民政府", False), ("青溪县财政局", "青溪县人民政府", False), ("特此批复", "青溪县人民政府", False),
    ("请按专用章使用", "青溪县财政局", False),
])
def test_ring_fragment(key, organ, fragment):
    from generator.normalize import fold
    from generator.sealwords import ring_fragment

    assert ring_fragment(fold(key), fold(organ)) is fragment


@pytest.mark.parametrize("texts, furniture", [
    # the ring's words in a piece between the signature and the date, or under the date (probe review 8)
    ([SENTENCE, "青溪县人民政府", "溪县人民", "2024年5月20日"], [2]),
    ([SENTENCE, "青溪县人民政府办公室", "县人民政府办", "2024年5月25日"], [2]),
    ([SENTENCE, "青溪县财政局", "2024年5月22日", "专用章"], [3]),
    ([SENTENCE, "青溪县人民政府", "溪县人民", "★", "2024年5月20日"], [2, 3]),
    # near misses: a second organ signing (its name opening the first's; another), over its date
    ([SENTENCE, "青溪县人民政府办公室", "青溪县人民政府", "2024年5月25日"], []),
    ([SENTENCE, "青溪县财政局", "2024年5月22日", "青溪县教育局", "2024年5月22日"], []),
    ([SENTENCE, "青溪县人民政府", "2024年5月20日", "县人民", "2024年5月21日"], []),
])
def test_ring_words_in_a_piece_are_furniture(texts, furniture):
    assert [k for k, kind in enumerate(_kinds(texts)) if kind == "furniture"] == furniture


def _seal_pieces_line_by_line(lines, kinds):
    """seal_pieces as it was written first: a walk over every line (the oracle of the property below)."""
    from generator.sealmarks import SIGNING, ring_of
    found, k = [], 0
    while k < len(lines):
        if kinds[k] == "org" and k > 0 and kinds[k - 1] == "org" and lines[k].key == lines[k - 1].key \
                and k + 1 < len(lines) and kinds[k + 1] == "date":
            found.append(k)
        if kinds[k] != "text" or not is_seal_piece(lines[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and kinds[j + 1] == "text" and is_seal_piece(lines[j + 1]):
            j += 1
        above = kinds[k - 1] if k > 0 else None
        under = kinds[j + 1] if j + 1 < len(lines) else None
        stars = all(lines[x].key in ("★", "☆") for x in range(k, j + 1))
        if (above in SIGNING and under in ("date", "org") and ring_of(lines[k - 1].key, [lines[x].key for x in range(k, j + 1)])) \
                or (stars and (above in (*SIGNING, "date") or under == "date")):
            found.extend(range(k, j + 1))
        k = j + 1
    return found


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SEAL_LINES = st.tuples(st.sampled_from(["★", "☆", "浦", "政府", "南浦县", "南浦县人民政府", "2024年5月1日", "王芳"]),
                        st.sampled_from(["org", "signed", "date", "text", "furniture", "person"]))


@settings(max_examples=1000, deadline=None)
@given(st.lists(_SEAL_LINES, max_size=14))
def test_the_pieces_found_beside_the_signatures_are_those_of_a_walk_over_every_line(rows):
    """seal_pieces looks only beside a signature or a date: the same indices as a walk over every line."""
    from generator.sealmarks import seal_pieces
    lines = [Line(no, key, key) for no, (key, _) in enumerate(rows, start=1)]
    kinds = [kind for _, kind in rows]
    assert seal_pieces(lines, kinds) == _seal_pieces_line_by_line(lines, kinds)
