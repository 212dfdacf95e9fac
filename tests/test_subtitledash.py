"""A subtitle's dash as OCR and text layers give it (generator/subtitledash.py), from the case
subtitles_whose_dash_ocr_read_as_yi_or_set_apart."""

import pytest

from generator.normalize import fold
from generator.patterns import doc_type_of
from generator.subtitledash import subtitle_read


@pytest.mark.parametrize("key, read", [
    ("一一表扬先进单位和先进个人", "--表扬先进单位和先进个人"),  # OCR's two 一 for ——
    ("-暨2024年招商引资工作部署", "--暨2024年招商引资工作部署"),  # — — folded to one dash
    ("--表彰先进窗口", "--表彰先进窗口"),
    # near misses: a third 一, a numeral after it, a word opening with 一, a dash before a figure
    ("一一一", "一一一"), ("一一2", "一一2"), ("一是加强领导", "一是加强领导"), ("-1-", "-1-"),
])
def test_a_subtitles_dash_read(key, read):
    assert subtitle_read(key) == read


@pytest.mark.parametrize("text, doc_type", [
    ("关于2023年度安全生产考核结果的通报一一表扬先进单位和先进个人", "通报"),
    # 一一 inside a title's words, not after 的 and its 文种
    ("关于做好一一对应核查工作的通知", "通知"), ("县政府办公室印发通知一一部署春耕", None),
])
def test_a_doc_type_before_a_subtitle_after_ocr_dashes(text, doc_type):
    assert doc_type_of(fold(text)) == doc_type
