"""pagemarks.may_be_page_number and may_be_page_mark, the first checks before PAGE_NUMBER and
PAGE_MARK, say no only where the patterns do not match: on every first character of the Basic
Multilingual Plane (and the decimal digits of the others) before what a page's number or mark goes
on with, on every last character after what it opens with, and on generated texts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.pagemarks import PAGE_MARK, PAGE_NUMBER, may_be_page_mark, may_be_page_number

RESTS = ("", "3", "12", "3 —", " 3 —", "— 3 —", "3-", "3页", "3页 共10页", " 3 页", "age 3", "AGE 15 of 48",
         "3页/共48页", "第3页", " / 48", "3 / 48", "(下转第4页)", "下转第4页）", "此页无正文）", "此页无正文)", "页无正文）",
         "—————", "______", "Ⅰ —", "Ⅱ·", "II -", "续表1", "表", "表2", "上表）", "l2 —", "O —", "1 2 -", "~ 3 ~",
         "3}--------", "}--------", "-- end of page=3 ---", "end of page=3 ---", "- 3 of 12 --", "= Page 3 ===",
         "== Page 3 ===", "* 3 **", "第3页]", "第3页 共12页】", "[第3页]", "~ 3 ~~")
PIECES = ["-", "—", "–", "－", "·", "•", "・", "~", "～", "一", "第", "页", "共", "P", "p", "age", "of", "/", "／", "(", ")",
          "（", "）", "下转", "上接", "此", "本", "无", "正", "文", "续", "上", "表", "―", "_", "＿", "Ⅰ", "I", "V", "X", "i", "v",
          "l", "O", " ", "\u3000", "0", "3", "12", "٣", "县", "公报", ",", "，", "=", "==", "--", "**", "[", "]", "【", "】", "Page"]


def _firsts():
    return [*map(chr, range(0x10000)), *(c for c in map(chr, range(0x10000, 0x110000)) if c.isdecimal())]


def test_the_first_characters_agree_with_the_patterns():
    for first in _firsts():
        if first.isspace():
            continue  # (asked of stripped text only)
        for rest in RESTS:
            text = (first + rest).strip()
            if PAGE_NUMBER.match(text):
                assert may_be_page_number(text), text
            if PAGE_MARK.match(text):
                assert may_be_page_mark(text), text


HEADS = ("", "3", "12", "— 3 ", "— 3", "-3", "·3", "第3", "第3页 共10", "Page 3 of ", "Page 3 of 4", "Page ",
         "第3页/共48", "12 / 4", "12 / ", "(下转第4页", "（下转第4页", "(此页无正文", "（此页无正文", "—————", "______",
         "— Ⅰ ", "- II ", "·Ⅱ", "续表1", "续表", "(续表", "（续上表", "续", "（续", "续上", "~ 3 ", "一 3 ", "— l2 ", "- 1 2 ", "— 3 —", "3 页",
         "{3}-------", "--- end of page=3 --", "-- 3 of 12 -", "=== Page 3 ==", "---------- Page 3 ---------", "[第3页",
         "【第3页", "[第3页 共12页", "** 3 *", "~~ 3 ~")


def test_the_last_characters_agree_with_the_patterns():
    for last in _firsts():
        if last.isspace():
            continue  # (asked of stripped text only)
        for head in HEADS:
            text = (head + last).strip()
            if PAGE_NUMBER.match(text):
                assert may_be_page_number(text), text
            if PAGE_MARK.match(text):
                assert may_be_page_mark(text), text


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_the_first_checks_agree_with_the_patterns(text):
    text = text.strip()
    assert may_be_page_number(text) or not PAGE_NUMBER.match(text)
    assert may_be_page_mark(text) or not PAGE_MARK.match(text)


def test_the_pieces_reach_every_answer():
    assert all(PAGE_NUMBER.match(t) for t in ("— 3 —", "3", "第3页", "Page 3", "（下转第4页）", "٣"))
    assert all(PAGE_MARK.match(t) for t in ("— 3 —", "第3页", "（此页无正文）", "————————", "- II -", "续表1", "~ 3 ~",
                                            "{3}" + "-" * 48, "--- end of page=3 ---"))  # (marker's, pymupdf4llm's)
    assert not any(PAGE_MARK.match(t) for t in ("{3}", "{3}---", "{a}--------", "--- end of page ---"))


def test_the_page_between_rules_a_script_writes_is_a_page_mark():
    """What a script or a PDF library writes between pages (pdf-parse's -- 3 of 12 --, === Page 3 ===,
    a page in brackets [第3页]) is a page's mark; a number between different rules, a word between
    rules or a note's number in brackets is none."""
    assert all(PAGE_MARK.match(t) for t in ("-- 3 of 12 --", "=== Page 3 ===", "---------- Page 3 ----------",
                                            "== 3 ==", "~~ 3 ~~", "[第3页]", "【第3页】", "［第3页 共12页］", "[第 3 页/共 12 页]"))
    assert not any(PAGE_MARK.match(t) for t in ("--- 3 ===", "=== 目录 ===", "[3]", "[第3条]", "== Page ==", "-- 3 of --",
                                                "【第3页", "第3页】"))
