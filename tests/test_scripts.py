"""Which script a character is written in (``scripts``): Han characters as names and places use
them, rare ones too, and none folded into another."""

import re

import pytest

from generator.normalize import clean, fold
from generator.scripts import HAN, NAME_CHAR, NAME_HAN, OTHER_CHARS, is_han_char, translation_after

_HAN = re.compile(f"[{HAN}]")
_NAME_HAN = re.compile(f"[{NAME_HAN}]")


@pytest.mark.parametrize("char,han", [
    ("王", True), ("㙟", True), ("䶮", True),  # the basic block, Extension A (U+365F, U+4DAE)
    ("𠮷", True), ("𡌶", True), ("𨭉", True), ("𬌗", True),  # Extensions B, C, E
    ("\U00031350", True),  # (Extension H)
    ("﨑", True),  # a compatibility ideograph of its own (U+FA11)
    ("〇", False), ("，", False), ("a", False), ("1", False), ("ᠠ", False), ("가", False),
    ("\ue0a1", False), ("⿰", False), ("", False),
])
def test_han_characters(char, han):
    assert is_han_char(char) is han
    assert bool(_HAN.fullmatch(char)) is han


@pytest.mark.parametrize("char,name", [
    ("王", True), ("𠮷", True), ("\ue0a1", True), ("\uf8ff", True),  # (a typesetter's made character)
    ("〇", False), ("·", False), ("(", False), ("⿰", False),
])
def test_a_names_characters(char, name):
    assert bool(_NAME_HAN.fullmatch(char)) is name


@pytest.mark.parametrize("text", ["王𠮷", "㙟背村", "陈䶮", "山﨑村", "𡌶政发〔2024〕3号", "李⿰氵吉", "刘\ue0a1华"])
def test_rare_characters_kept_as_printed(text):
    """No rare character is printed as another, nor folded into another in the key."""
    assert clean(text) == text
    rare = [c for c in text if not ("\u4e00" <= c <= "\u9fff") and c not in "〔〕0123456789"]
    assert all(c in fold(text) for c in rare)


_NAME = re.compile(f"{NAME_CHAR}{{2,4}}")


@pytest.mark.parametrize("name,read", [
    ("王⿰氵吉", True), ("⿰氵吉明华", True), ("王[图片]", True), ("刘(图片)华", True), ("王\ue0a1", True), ("王𠮷", True),
    ("王", False), ("⿰氵", False), ("(图片)", False), ("王建国刘明华", False),
])
def test_a_name_holding_a_character_the_font_lacked(name, read):
    assert bool(_NAME.fullmatch(name)) is read


@pytest.mark.parametrize("text,at", [
    ("喀什市人民政府关于加强城市供水安全管理的通知　قەشقەر شەھەرلىك خەلق ھۆكۈمىتىنىڭ ئۇقتۇرۇشى", 22),
    ("县政府文件　ناھىيەلىك ھۆكۈمەت ھۆججەتلىرى", 5),
    ("喀什市人民政府公报　2024年第4期　قەشقەر شەھەرلىك خەلق ھۆكۈمىتى ئاخباراتى", 18),
    ("연길시인민정부 2024년 봄철", None),  # (no Chinese before it: a line in that script)
    ("关于做好春耕生产工作的通知", None), ("ناھىيەلىك", None),
])
def test_translation_after_the_chinese(text, at):
    assert translation_after(text) == at


def test_other_chars():
    assert {"ك", "ཀ", "ᠠ", "가", "ꆈ"} <= OTHER_CHARS and not {"王", "a", "1", "。"} & OTHER_CHARS
