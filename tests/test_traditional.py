"""Traditional characters keyed as the simplified ones (``traditional``, ``normalize.fold``),
the text kept as printed."""

import pytest

from generator.normalize import clean, fold
from generator.patterns import doc_type_of, is_doc_number_line, is_org_only, is_recipients
from generator.traditional import TRADITIONAL


@pytest.mark.parametrize("text,key", [
    ("青溪縣人民政府關於做好2024年春季森林防火工作的通知", "青溪县人民政府关于做好2024年春季森林防火工作的通知"),
    ("青政辦發〔2024〕12號", "青政办发(2024)12号"),
    ("青溪縣人民政府關於表彰2023年度先進集體的決定", "青溪县人民政府关于表彰2023年度先进集体的决定"),
    ("各鄉鎮人民政府，縣政府各部門：", "各乡镇人民政府,县政府各部门:"),
    ("抄送：縣委辦公室，縣人大常委會辦公室。", "抄送:县委办公室,县人大常委会办公室。"),
    ("目錄", "目录"),
    ("青溪县人民政府关于做好春耕生产工作的通知", "青溪县人民政府关于做好春耕生产工作的通知"),  # (simplified: as it was)
])
def test_traditional_keyed_as_simplified(text, key):
    assert fold(text) == key
    assert clean(text) == text  # (printed as it is)


def test_the_words_rules_key_on():
    assert doc_type_of(fold("青溪縣人民政府關於表彰先進集體的決定")) == "决定"
    assert is_doc_number_line(fold("青政發〔2024〕5號"))
    assert is_org_only(fold("青溪縣人民政府辦公室"))
    assert is_recipients(fold("各鄉鎮人民政府，縣政府各部門："))


def test_the_table():
    """One simplified character for each traditional one, none a key of the table itself, and
    no character that is also a simplified character of its own (覆盖, 乾坤, 著作, 只)."""
    assert all(len(t) == len(s) == 1 and t != s and s not in TRADITIONAL for t, s in TRADITIONAL.items())
    assert not set("覆乾著隻祇干后里系面松谷") & set(TRADITIONAL)


@pytest.mark.parametrize("text,signs", [("縣長　張建國", True), ("區長：李　明", True), ("县长　张建国", True), ("縣人民政府", False)])
def test_a_head_signing_in_traditional_characters(text, signs):
    from generator.personlines import is_person_signature

    assert is_person_signature(text) is signs
