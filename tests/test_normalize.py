"""Normalisation for matching: table of real variants, and properties (hypothesis)."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.normalize import (clean, fold, han_chars, join_wrapped, squeeze, squeeze_title, strip_markup,
                                 unescape_entities)
from generator.traditional import TRADITIONAL

FOLDS = [
    ("通 知", "通知"),
    ("**攸县人民政府办公室", "攸县人民政府办公室"),
    ("# 祁阳市人民政府 关于发布森林防火禁火令的通告", "祁阳市人民政府关于发布森林防火禁火令的通告"),
    ("- 1.攸县人民政府办公室关于印发", "1.攸县人民政府办公室关于印发"),
    ("PJDR—2023—01004", "PJDR-2023-01004"),
    ("祁政发（2024）4 号", "祁政发(2024)4号"),
    ("平政办发〔2023〕7号", "平政办发(2023)7号"),
    ("【县政府文件】", "(县政府文件)"),
    ("各乡镇人民政府（街道办事处），平江高新区，县直各单位：", "各乡镇人民政府(街道办事处),平江高新区,县直各单位:"),
    ("<p>健全完善反腐败协调机制</p>", "健全完善反腐败协调机制"),
    ("2024\u00a0年\u3000第\u200b3期", "2024年第3期"),
    ("……………（3）", "...............(3)"),
    # what a web page's extraction leaves: headings and links as tags, character references
    ("<h1>云溪县人民政府关于同意设立园区的批复</h1>", "云溪县人民政府关于同意设立园区的批复"),
    ('<a href="/xxgk/2024/1.html" target="_blank">附件1</a>', "附件1"),
    # a page saved whole: its page's tags, a script or a style on one line, a comment, the doctype
    ("<!DOCTYPE html>", ""), ('<html lang="zh-CN">', ""), ("</body>", ""), ('<meta charset="utf-8">', ""),
    ("<title>云溪县人民政府公报</title>", "云溪县人民政府公报"), ("<!-- 正文开始 -->", ""), ("<!-- content -->", ""),
    ("<script>var _hmt = _hmt || [];</script>", ""), ("<style>p{text-indent:2em}</style>", ""),
    ("增长率<5%且>3%", "增长率<5%且>3%"),  # (a comparison: no tag)
    # a script's tags alone on a line, or a script with its source; among a line's words, text
    ('<script src="/js/jquery.min.js"></script>', ""), ('<script type="text/javascript">', ""), ("</style>", ""),
    ("关于<script>alert(1)</script>的通知", "关于<script>alert(1)</script>的通知"),
    # Markdown's hard line break at a line's end (pandoc), not an escaped backslash
    ("各乡镇人民政府，县直各单位：\\", "各乡镇人民政府,县直各单位:"), ("目录C:\\\\", "目录C:\\\\"),
    ("关于开展&ldquo;双随机、一公开&rdquo;抽查的通知", '关于开展"双随机、一公开"抽查的通知'),
    ("&nbsp;&nbsp;现将有关事项&mdash;&mdash;通知如下", "现将有关事项--通知如下"),
    ("&amp;lt;p&amp;gt;", "&amp;lt;p&amp;gt;"), ("&#38;lt;", "&#38;lt;"),  # (&: kept, so that fold stays idempotent)
    ("&#20013;&#x6587;", "中文"),
    ("![图片](/uploads/2024/03/a1.png)扫码查看", "图片扫码查看"),  # a Markdown image: its alt text
    # a converter's word for an image it cut out is no text of the page; a link's text is
    ("![image](images/3f2a9c0e.jpg)", ""), ("![Figure 2](images/7c8d.jpg)", ""), ("![img_003](a.png)", ""),
    ("2024年 ![](images/seal.jpg) 6月3日", "2024年6月3日"), ("[image](http://a.cn/)", "image"),
    ("![imagery](a.png)", "imagery"),
]


@pytest.mark.parametrize("text,key", FOLDS)
def test_fold_examples(text, key):
    assert fold(text) == key


@pytest.mark.parametrize("text, shown", [
    # Markdown's backslash escapes (pandoc, html2text, markdownify) read as the character printed
    ("1\\. 加强组织领导", "1. 加强组织领导"), ("\\- 2 \\-", "- 2 -"), ("查处\\[1\\]。", "查处[1]。"),
    ("\\*注：单位为万元", "*注：单位为万元"),
    # not an escaped backslash, $ or <, nor inside math left as printed, nor before a letter or a figure
    ("a\\\\.", "a\\\\."), ("\\$5\\$", "\\$5\\$"), ("\\<p>", "\\<p>"), ("D:\\文件\\2024", "D:\\文件\\2024"),
    ("$\\frac{1}{2} \\%$", "$\\frac{1}{2} \\%$"), ("各乡镇人民政府，县直各单位：\\", "各乡镇人民政府，县直各单位：\\"),
])
def test_clean_reads_backslash_escapes(text, shown):
    assert clean(text) == shown and clean(shown) == shown


def test_clean_keeps_visible_text():
    assert clean("\ufeff平江县\u200b人民政府  ") == "平江县人民政府"
    assert clean("\t县天岳集团\t") == "\t县天岳集团\t"  # a trailing tab is an empty table cell
    assert clean("2024\u00a0年") == "2024 年"
    # a soft hyphen left inside words by a PDF's text layer is no character of the text
    assert clean("松政\u00ad发〔20\u00ad24〕3号") == "松政发〔2024〕3号"
    # a right-to-left override would turn the page's own words around; noncharacters break XML
    assert clean("平政办发\u202e〔2023〕7号\u202c") == "平政办发〔2023〕7号"
    assert clean("关于\u2067做好\u2069防汛\u200f工作的通知") == "关于做好防汛工作的通知"
    assert clean("平江县\ufffe\uffff\ufdd0人民政府\U0010ffff") == "平江县人民政府"
    assert clean("平江县\U00020000人民政府😀") == "平江县\U00020000人民政府😀"  # characters of other planes stay
    # spaces of every typographic width, line and paragraph separators and NEL inside a line as
    # plain spaces; C1's other controls and the invisible operators taken out (probe of the eighth session)
    assert clean("青\u2005溪\u2005县\u2003\u200a2024年") == "青 溪 县  2024年"
    assert clean("形势稳定，\u2028现就\u2029有关\x85事项") == "形势稳定， 现就 有关 事项"
    assert clean("关于\x9d做好\u2061防汛\ufff9工作\u205f\u1680") == "关于做好防汛工作"
    assert clean("\t县直各单位\t") == "\t县直各单位\t"  # (tabs kept)
    # full-width digits and Latin letters as the plain ones; full-width punctuation stays
    assert clean("平政办发〔２０２３〕７号　ＰＪＤＲ－２０２３－０１００４") == "平政办发〔2023〕7号 PJDR－2023－01004"
    assert clean("（一）ｂ类，１２．５％") == "（一）b类，12．5％"


@pytest.mark.parametrize("text, shown", [
    # radicals a PDF's font maps the characters' glyphs to: the Kangxi radicals and the supplement's
    ("南浦县⼈⺠政府⽂件", "南浦县人民政府文件"),
    ("2024年3⽉5⽇", "2024年3月5日"),
    ("县⻓办公会议纪要", "县长办公会议纪要"),
    ("南政发〔２０２４〕３号　⻔⾯", "南政发〔2024〕3号 门面"),
    # CJK compatibility ideographs a font maps the characters' second glyphs to (年 U+F98E, 度 U+FA01,
    # 理 U+F9E4, 行 U+FA08), and of the supplement's plane (U+2F800 丽)
    ("2024\uf98e\ufa01农村公路养护管\uf9e4办法", "2024年度农村公路养护管理办法"),
    ("请认真贯彻执\ufa08。", "请认真贯彻执行。"),
    ("\U0002f800", "丽"),
    # near misses: the characters themselves, the CJK strokes, and the compatibility block's own
    # characters (no equivalent: 﨎 U+FA0E, 﨑 U+FA11), stay
    ("南浦县人民政府", "南浦县人民政府"),
    ("㇀㇁", "㇀㇁"),
    ("\ufa0e\ufa11", "\ufa0e\ufa11"),
])
def test_radicals_extracted_for_characters_are_shown_as_the_characters(text, shown):
    assert clean(text) == shown
    assert clean(shown) == shown


def test_every_radical_is_shown_as_a_character():
    from generator.normalize import _RADICAL_TABLE

    assert len(_RADICAL_TABLE) == 214 + 62
    assert all(len(char) == 1 and 0x4E00 <= ord(char) <= 0x9FFF for char in _RADICAL_TABLE.values())


def test_every_compatibility_ideograph_is_shown_as_a_unified_one():
    from generator.normalize import _COMPATIBILITY_TABLE

    assert len(_COMPATIBILITY_TABLE) == 460 + 542  # (the BMP's block, the supplement's)
    assert all(len(char) == 1 and unicodedata.name(char).startswith("CJK UNIFIED IDEOGRAPH")
               for char in _COMPATIBILITY_TABLE.values())
    assert all(fold(chr(code)) == fold(char) for code, char in _COMPATIBILITY_TABLE.items())  # keys agree


def test_squeeze_and_join():
    assert squeeze("关于表彰 2024 年度见义勇为先进个人的 通 报") == "关于表彰2024年度见义勇为先进个人的通报"
    assert squeeze("BIM technology") == "BIM technology"
    assert join_wrapped(["平江县人民政府办公室", "关于印发《办法》的通知"]) == "平江县人民政府办公室关于印发《办法》的通知"
    assert join_wrapped(["see the", "annex"]) == "see the annex"
    assert join_wrapped(["资金共计1", "360万元"]) == "资金共计1360万元"  # a number cut by the wrap
    # a list of names set apart by spaces, wrapped: the names stay apart
    assert join_wrapped(["出席：刘振华 陈志军 王卫平", "张文斌 赵小兵"]) == "出席：刘振华 陈志军 王卫平 张文斌 赵小兵"
    assert join_wrapped(["出席：县长刘振华", "张文斌 赵小兵"]) == "出席：县长刘振华张文斌 赵小兵"  # one name above: run on
    assert join_wrapped(["会议要求 各乡镇", "抓好落实。"]) == "会议要求 各乡镇抓好落实。"  # a sentence under
    assert strip_markup("**一、统一采摘时间。**油茶") == "一、统一采摘时间。油茶"
    assert strip_markup("<h2>关于开展&ldquo;双随机&rdquo;抽查的通知</h2>") == "关于开展“双随机”抽查的通知"
    assert strip_markup("见![二维码](qr.jpg)扫描") == "见二维码扫描"


@pytest.mark.parametrize("text,shown,key", [
    # a web page's buttons linked to scripts, whose targets hold brackets of their own
    ("【字体：[大](javascript:void(0)) [中](javascript:void(0)) [小](javascript:void(0))】", "【字体：大 中 小】", "(字体:大中小)"),
    ("[打印本页](javascript:window.print()) [关闭窗口](javascript:window.close())", "打印本页 关闭窗口", "打印本页关闭窗口"),
    # a badge's image inside a link: the link read after the image
    ("[![](http://www.nanpu.gov.cn/images/jiucuo.png)](https://zfwzzc.www.gov.cn/)", "", ""),
    ("[![政府网站找错](a.png)](https://zfwzzc.www.gov.cn/)", "政府网站找错", "政府网站找错"),
    # a bracket in the text after a link stays
    ("[附件](a.pdf)(共3页)", "附件(共3页)", "附件(共3页)"),
    # links nested in links, as deep as a page's markup nests them
    ("[[![政府网站找错](a.png)](u)](v)", "政府网站找错", "政府网站找错"),
])
def test_markdown_links_with_brackets_in_their_targets(text, shown, key):
    assert strip_markup(text) == shown
    assert fold(text) == key
    assert unescape_entities("&nosuch; & 5 &gt") == "&nosuch; & 5 &gt"  # no reference, nothing decoded


gazette_text = st.lists(
    st.sampled_from(
        list("平江县人民政府关于印发通知公报第期年月日号〔〕（）()【】[]—–-－ 　\u00a0\u200b\t#*-《》，。：:1234567890ABCDRPJ!！")
        + ["**", "# ", "- ", "<p>", "</p>", "\ufeff", "<h1>", "</a>", "&ldquo;", "&nbsp;", "&amp;", "&lt;", "&gt;",
           "&#38;", "&#20013;", "＆", "；"]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), gazette_text))
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


_SIMPLIFIED = str.maketrans(TRADITIONAL)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), gazette_text))
def test_fold_never_loses_han(text):
    # (a traditional character is keyed as the simplified one: traditional.TRADITIONAL)
    before = sorted(han_chars(unicodedata.normalize("NFKC", unescape_entities(text)).translate(_SIMPLIFIED)))
    assert sorted(han_chars(fold(text))) == before


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_clean_is_idempotent_and_squeeze_keeps_han(text):
    assert clean(clean(text)) == clean(text)
    assert sorted(han_chars(squeeze(text))) == sorted(han_chars(text))
    assert sorted(han_chars(squeeze_title(text))) == sorted(han_chars(text))
    assert squeeze_title(squeeze_title(text)) == squeeze_title(text)


@pytest.mark.parametrize("title, squeezed", [
    ("黎 川 县 人 民 政 府 关 于 印 发 2 0 2 4 年 工 作 要 点 的 通 知", "黎川县人民政府关于印发2024年工作要点的通知"),
    ("关于印发G 3 0 高速养护方案的通知", "关于印发G 3 0高速养护方案的通知"),  # not letter-spaced: kept
    ("关于表彰 2024 年度先进个人的 通 报", "关于表彰2024年度先进个人的通报"),
])
def test_a_letter_spaced_titles_digits_are_one_number(title, squeezed):
    assert squeeze_title(title) == squeezed


@pytest.mark.parametrize("line, joined", [
    ("（ 2 0 2 4 — 2 0 2 6 年 ） 行 动 方 案 》 的 通 知", "（ 2024 — 2026 年 ） 行 动 方 案 》 的 通 知"),
    ("关于同意G 3 5 6 国道桐溪段", "关于同意G 3 5 6 国道桐溪段"),  # not set apart: kept
    ("2024年度工作要点的通知", "2024年度工作要点的通知"),
])
def test_a_title_line_set_apart_has_its_digits_joined(line, joined):
    from generator.normalize import spaced_line_digits_joined

    assert spaced_line_digits_joined(line) == joined


# The fast paths of fold give what the standard library gives: NFKC (circled numbers kept) and
# str.translate with the fold table.
with_wide_forms = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(list("，（）；：！？＂＃％＆＇＊＋－．／０９ＡＺａｚ～①⑳Ⅱ…ﬁ\u0301e平江\u3000")),
             max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(with_wide_forms)
def test_fast_nfkc_is_nfkc(text):
    from generator.normalize import _CIRCLED, _nfkc

    expected = unicodedata.normalize("NFKC", text)
    if any(c in _CIRCLED for c in text):
        kept = "".join(c if c in _CIRCLED else unicodedata.normalize("NFKC", c) for c in text)
        assert han_chars(_nfkc(text)) == han_chars(kept)
        assert [c for c in _nfkc(text) if c in _CIRCLED] == [c for c in text if c in _CIRCLED]
    else:
        assert _nfkc(text) == expected


def test_full_width_forms_map_as_nfkc_does():
    for code in range(0xFF01, 0xFF5F):
        assert unicodedata.normalize("NFKC", chr(code)) == chr(code - 0xFEE0)


@settings(max_examples=300, deadline=None)
@given(with_wide_forms.map(lambda t: unicodedata.normalize("NFKC", t)))
def test_fold_table_replaced_as_translate_does(text):
    from generator.normalize import _FOLD_TABLE, _FOLDED_CHARS, _replace_each

    assert _replace_each(text, _FOLDED_CHARS, lambda c: _FOLD_TABLE[ord(c)]) == text.translate(_FOLD_TABLE)


def test_printable_text_holds_nothing_clean_removes():
    """clean's quick check: a character the pattern of odd spaces finds is never printable (over
    all of Unicode), and a tab is looked past."""
    from generator.normalize import _ODD_SPACE, printable_but_tabs

    odd = [c for c in map(chr, range(0x110000)) if _ODD_SPACE.match(c)]
    assert odd and not any(printable_but_tabs(c) or printable_but_tabs("平\t" + c) for c in odd)
    assert printable_but_tabs("序号\t名称") and printable_but_tabs("平") and not printable_but_tabs("平\x00")


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), gazette_text))
def test_clean_quick_check_agrees_with_the_pattern(text):
    from generator.normalize import _ODD_SPACE, printable_but_tabs

    assert not (printable_but_tabs(text) and _ODD_SPACE.search(text))


def test_whitespace_is_a_space_or_not_printable():
    """fold's quick check before collapsing whitespace: every character ``\\s`` (and str.split)
    takes is the space or not printable."""
    import re

    spaces = [c for c in map(chr, range(0x110000)) if re.match(r"\s", c)]
    assert spaces == [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert all(c == " " or not c.isprintable() for c in spaces)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), gazette_text,
                 st.lists(st.sampled_from(["[a](#b)", "![图](a.png)", "**", "__", "<b>", "</p>", "# ", "- ", "平江", " ",
                                           "\t", "\u3000", "&amp;", "&lt;p&gt;", "(", "]", "\\"]), max_size=12).map("".join)))
def test_strip_markup_and_squeeze_skip_only_what_changes_nothing(text):
    """Their patterns run only over a text holding what each must find: the same text results."""
    from generator.mdmarkup import LEADING_MARKUP, without_emphasis, without_links
    from generator.normalize import _HTML_TAG, _SPACE_BETWEEN, _WS, _hard_break

    marked = _HTML_TAG.sub(" ", clean(unescape_entities(text)))
    marked = LEADING_MARKUP.sub("", without_emphasis(without_links(marked)).strip())
    assert strip_markup.__wrapped__(text) == (marked[:-1] if _hard_break(marked) else marked).strip()
    assert squeeze.__wrapped__(text) == _SPACE_BETWEEN.sub("", _WS.sub(" ", text).strip())


@pytest.mark.parametrize("text,shown", [
    ("松 岭 县 人 民 政 府", "松岭县人民政府"),  # OCR's letter-spaced line
    ("附 件 ： 1 . 松 岭 县 县 级 行 政 许 可 事 项 清 单", "附件：1.松岭县县级行政许可事项清单"),
    ("经 县 人 民 政 府 同 意 ， 现 将 2024 年 清 单 予 以 公 布 。", "经县人民政府同意，现将2024年清单予以公布。"),
    ("松 岭 县 人 民 政 府\n2024 年 4 月", "松岭县人民政府\n2024 年 4 月"),  # line by line
    ("县长 陈建国", "县长 陈建国"),  # words set apart, not letters
    ("出席：刘振华 陈志军 黄海燕 李国强", "出席：刘振华 陈志军 黄海燕 李国强"),
    ("王 猛", "王 猛"), ("县 长 陈建国", "县 长 陈建国"),  # a name or an office padded to a width
    ("2024 年 第 3 期", "2024 年 第 3 期"),
    ("ISO 9001 quality system", "ISO 9001 quality system"),
    ("松 岭 县 使 用 P D F 格 式", "松岭县使用P D F格式"),  # Latin letters keep their spaces
    # figures set apart in a line set apart: one number (probe of the eighth session)
    ("项 目 总 投 资 3 6 0 0 万 元 ， 由 县 财 政 统 筹 安 排 。", "项目总投资3600万元，由县财政统筹安排。"),
    ("新增学位 1 2 0 0 个，同意立项", "新增学位 1 2 0 0 个，同意立项"),  # (a line not set apart)
])
def test_letter_spaced_chinese_unspaced(text, shown):
    from generator.normalize import unspaced

    assert unspaced(text) == shown


def test_circled_numbers_kept_and_private_use_characters_never_taken_for_them():
    # (fold keeps circled numbers through NFKC under stand-ins: a private-use character the
    # extraction gave for a lost character was one of them, and came back as ②)
    assert fold("①关于\ue001做好２０２４年工作") == "①关于\ue001做好2024年工作"
    assert fold("\ue000\ue013①⑳３") == "\ue000\ue013①⑳3"


@pytest.mark.parametrize("text, shown", [
    ("申请单位（盖章）：____________　填报日期：____年__月__日", "申请单位（盖章）：____________　填报日期：____年__月__日"),
    ("负责人签字：__________", "负责人签字：__________"),
    ("________________", "________________"),  # (a rule of underscores, as printed)
    ("__一、总体要求__", "一、总体要求"),  # Markdown's strong emphasis
    ("**一、总体要求**", "一、总体要求"),
    ("附件：**南浦县**名单", "附件：南浦县名单"),
    ("这是__强调__文字", "这是__强调__文字"),  # (inside a word: no emphasis, as Markdown reads it)
])
def test_emphasis_taken_out_and_a_forms_blanks_kept(text, shown):
    from generator.mdmarkup import without_emphasis
    assert without_emphasis(text) == shown


def test_emphasis_looked_for_only_up_to_its_last_place_to_close(monkeypatch):
    """Openings of emphasis by underscores that nothing closes after (`` __月`` 4,000 times, no
    ``…__`` after a word) are not read on to the line's end each: the pattern is given the line
    up to its last place to close only (here none: it is not asked, counted, never timed)."""
    import generator.mdmarkup as mdmarkup
    asked = []
    real = mdmarkup._UNDERSCORE_EMPHASIS

    class Counting:
        def sub(self, repl, text):
            asked.append(len(text))
            return real.sub(repl, text)

    monkeypatch.setattr(mdmarkup, "_UNDERSCORE_EMPHASIS", Counting())
    line = " __月" * 4000
    assert mdmarkup.without_emphasis(line) == line and asked == []
    assert mdmarkup.without_emphasis(line + " __强调__。") == " 月" + " __月" * 3999 + " __强调。"
    assert asked == [len(line) + 7]


def test_links_nested_in_a_long_line_of_brackets_read_a_bounded_number_of_times(monkeypatch):
    """Each level of links nested in links is read again over the whole line: four levels at most,
    never as many as the line's brackets (5,000 here), so the reading stays linear in the line."""
    from generator import mdmarkup

    passes = []

    class Counted:
        def subn(self, repl, text):
            passes.append(len(text))
            return _MD_LINK.subn(repl, text)

    _MD_LINK = mdmarkup.MD_LINK
    monkeypatch.setattr(mdmarkup, "MD_LINK", Counted())
    line = "[" * 5000 + "x" + "](u)" * 5000  # (a line of 25,000 characters)
    mdmarkup.without_links(line)
    assert 1 <= len(passes) <= 4, len(passes)
    assert mdmarkup.without_links("[[![图](a.png)](u)](v)") == "图"  # (three levels: all read)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(gazette_text, st.sampled_from(["松 岭 县 人 民 政 府", "1 . 松 岭 县", "1 2 项 目 资 金", "县长 陈建国"])),
                max_size=4).map("\n".join))
def test_unspaced_quick_check_agrees_with_each_line(text):
    """unspaced's first check (fewer than three spaces in all: no line letter-spaced) gives what
    reading each line gives."""
    from generator.normalize import _SPACED_DIGITS, _SPACED_MARK, letter_spaced, unspaced

    assert unspaced(text) == "\n".join(_SPACED_DIGITS.sub("", _SPACED_MARK.sub("", squeeze(line)))
                                       if letter_spaced(line) else line for line in text.split("\n"))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80), gazette_text, gazette_text.map(lambda t: t + "[a](b)］（"),
                 st.text(alphabet="[]()（）［］〔〕“”—<>*_#- \t&;amp", max_size=30)))
def test_a_key_fold_once_gave_holds_nothing_settled_does_not_ask(text):
    """_settled asks a key _fold_once gave neither for a character its table folds nor for a
    link's "](": none is left in one."""
    from generator.normalize import _FOLDED_CHARS, _fold_once, _settled

    key = _fold_once(text)
    assert _FOLDED_CHARS.search(key) is None and "](" not in key
    assert not _settled(key) or _fold_once(key) == key


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["平江", "县", "，", "。", "《", "》", "（", "）", "—", "·", "2024", "年", "A", "pdf",
                                 "1.", "-", " ", "  ", "\t", "\u3000", "\n", "\xa0", "&", "]"]), max_size=16).map("".join))
def test_squeeze_finds_the_spaces_to_take_out_from_the_spaces(text):
    """``squeeze`` searches the words it has set single spaces apart from each space (the pattern
    ``_SPACE_BETWEEN_WORDS``): what ``_SPACE_BETWEEN`` takes out of them."""
    from generator.normalize import _SPACE_BETWEEN

    words = " ".join(text.split())
    assert squeeze.__wrapped__(text) == _SPACE_BETWEEN.sub("", words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["松", "岭", "县政府", "1", "2024", "P", "ab", "，", " ", "  ", "\u3000", "\t"]),
                max_size=16).map("".join))
def test_letter_spaced_stops_at_the_first_long_han_word(text):
    """``letter_spaced`` stops at the first Han word longer than a character: the answer of all
    its Han words counted."""
    from generator.normalize import _HAN_RE, letter_spaced

    han = [word for word in text.split() if _HAN_RE.search(word)]
    assert letter_spaced(text) == (text.count(" ") >= 3 and len(han) >= 4 and all(len(word) == 1 for word in han))
