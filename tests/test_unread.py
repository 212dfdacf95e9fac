"""Titles holding characters the extraction lost (generator/unread.py: lost_characters), from the case
title_characters_lost_in_extraction."""

import pytest

from generator.model import Block, Document
from generator.unread import lost_characters


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
