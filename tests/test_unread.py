"""Titles holding characters the extraction lost, lines shaped as a 发文字号 not read (generator/unread.py:
lost_characters, doc_number_shaped), from the cases title_characters_lost_in_extraction and
doc_number_under_the_title_unreadable_after_ocr."""

import pytest

from generator.model import Block, Document
from generator.unread import doc_number_shaped, lost_characters


def _document(title: str) -> Document:
    return Document("d-01", 1, title, "通知", None, None, None, (), None, None, None, (), (), None, (), None,
                    4, 12, None, (Block("doc_number", "青政发〔2024〕27号", 4, 4), Block("title", title, 6, 6)))


@pytest.mark.parametrize("title, codes", [
    ("青溪县人民政府关于做好\ufffd季安全生产工作的通知", "U+FFFD"),
    ("青溪县人民政府办公室关于调整县级\ue3a1政许可事项的通知", "U+E3A1"),
    ("关于\ue001做好\ue001\ufffd季工作的通知", "U+E001, U+FFFD"),
    # near misses: a title whole, characters of the compatibility block or other planes
    ("青溪县人民政府关于做好冬季安全生产工作的通知", None),
    ("关于\U00020000和\ufa0e的通知", None),
])
def test_a_title_with_characters_the_extraction_lost_is_named(title, codes):
    found = lost_characters([_document(title)])
    if codes is None:
        assert found == []
    else:
        assert [(d.code, d.line) for d in found] == [("title-characters-lost", 6)]
        assert f"({codes})" in found[0].message


@pytest.mark.parametrize("key, shaped", [
    ("松政发(2024)4呈", True),  # its 号 read as a character no rule reads (twelfth session's second probes)
    ("南政发(2024)三号", True), ("南政发(2024)号", True),
    # read (no warning), or no number's shape: a 令's number, a sentence
    ("松政发(2024)4号", False), ("松政发(2024)4亏", False), ("松岭县人民政府令第5号", False),
    ("根据松政发(2024)4号文件精神", False),
])
def test_a_line_shaped_as_a_number_not_read(key, shaped):
    assert doc_number_shaped(key) is shaped
