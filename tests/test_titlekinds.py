"""Unit tests of titlekinds' rules, from gazette excerpts."""

import pytest

from generator.titlekinds import SUFFIX_LINE


@pytest.mark.parametrize("key,suffix", [
    ("(试行)", True), ("(2024年修订)", True), ("(更正稿)", True), ("(更正)", True), ("(更正版)", True),
    ("(更正如下)", False), ("(3)", False),
])
def test_a_titles_suffix_on_a_line_of_its_own(key, suffix):
    assert bool(SUFFIX_LINE.match(key)) is suffix


@pytest.mark.parametrize("texts, start", [
    (["在全县经济工作会议暨2023年度目标考核", "表彰大会上的讲话"], 0),
    (["在全县安全生产工作会议", "— —暨2024年安全生产月活动启动仪式上的讲话"], 0),  # (the subtitle's dash set apart)
    (["在青溪县第十八届人民代表大会", "第三次会议开幕式", "上的致辞"], 0),  # (over three lines)
    # near misses: the title on one line; a sentence's end over the last line; no 在 opening the lines
    (["在全县经济工作会议上的讲话"], None),
    (["各乡镇要认真贯彻落实。", "在全县经济工作会议暨目标考核", "表彰大会上的讲话"], 1),
    (["认真学习县委书记李明远同志在全县经济工作", "会议上的讲话"], None),
    (["全县上下要认真学习。", "会议上的讲话"], None),
])
def test_wrapped_speech_start(texts, start):
    from generator.model import Line
    from generator.normalize import fold
    from generator.titlekinds import wrapped_speech_start

    lines = [Line(n, text, fold(text)) for n, text in enumerate(texts, 1)]
    assert wrapped_speech_start(lines, len(lines) - 1, 0) == start


@pytest.mark.parametrize("key, noted", [
    ("(青溪县人民政府令第6号)", True), ("(2024年4月2日青溪县人民政府令第6号公布)", True), ("(县人民政府令第十二号)", True),
    ("(2024年3月20日县人民政府第12次常务会议通过)", False),  # (an adoption note: _ADOPTED's)
    ("青溪县人民政府令第6号", False), ("(依照县人民政府令第6号执行)。", False),
])
def test_a_regulations_note_naming_its_order(key, noted):
    from generator.ordernotes import order_note

    assert order_note(key) is noted


@pytest.mark.parametrize("above, number, note, another", [
    ("青溪县人民政府令", "第5号", "(青溪县人民政府令第6号)", True),
    ("青溪县人民政府令", "第5号", "(2024年3月25日青溪县人民政府令第5号公布)", False),  # (the 令 above's own rule)
    ("青溪县人民政府令", "第五号", "(青溪县人民政府令第5号)", False),  # (its number in words)
    ("青溪县人民政府关于印发…办法的通知", "青政发〔2024〕3号", "(青溪县人民政府令第6号)", False),  # (no 令 above)
    ("青溪县人民政府令", "第5号", "(2024年3月20日县人民政府第12次常务会议通过)", False),  # (no 令 named)
])
def test_another_order(above, number, note, another):
    from generator.model import Line
    from generator.normalize import fold
    from generator.ordernotes import another_order
    from generator.titles import TitleBlock

    content = [Line(1, above, fold(above)), Line(2, number, fold(number))]
    assert another_order(content, TitleBlock(0, 0, fold(above), "order-number"), note) is another


@pytest.mark.parametrize("texts, banner", [
    (["青溪县城市道路挖掘管理办法", "青溪县人民政府令", "第5号", "《青溪县城市道路挖掘管理办法》已经县人民政府常务会议通过，现予公布。"], 0),
    # near misses: the 令 names another rule; the line over the 令 is no regulation's title
    (["青溪县城市道路挖掘管理办法", "青溪县人民政府令", "第5号", "《青溪县城区户外广告设置管理办法》已经县人民政府常务会议通过，现予公布。"], None),
    (["2024年3月10日", "青溪县人民政府令", "第5号", "《青溪县城市道路挖掘管理办法》已经县人民政府常务会议通过，现予公布。"], None),
])
def test_a_rule_over_its_order(texts, banner):
    from generator.model import Line
    from generator.normalize import fold
    from generator.ordernotes import rule_over_its_order
    from generator.titles import TitleBlock

    content = [Line(n, text, fold(text)) for n, text in enumerate(texts, 1)]
    assert rule_over_its_order(content, TitleBlock(1, 1, content[1].key, "order-number")).banner == banner


_RESOLUTION = "青溪县第十八届人民代表大会第四次会议关于青溪县国民经济和社会发展第十四个五年规划纲要实施中期调整方案的决议"


@pytest.mark.parametrize("above, resolution, title, approved", [
    # the 决议 names the plan in 《》 (its suffix or a 草案's after it) and approves it
    ("审查了《青溪县国民经济和社会发展第十四个五年规划纲要（2024年修订）（草案）》，决定批准修订后的规划纲要。",
     _RESOLUTION, "青溪县国民经济和社会发展第十四个五年规划纲要（2024年修订）", True),
    ("审查了《青溪县国土空间总体规划》，决定批准这个规划。",
     "青溪县人民代表大会常务委员会关于批准青溪县国土空间总体规划的决定", "青溪县国土空间总体规划", True),
    # …or in its title (关于…纲要的决议)
    ("会议审查了县人民政府提出的规划纲要草案，决定批准这个规划纲要。",
     "青溪县第十七届人民代表大会第六次会议关于青溪县国民经济和社会发展第十四个五年规划纲要的决议",
     "青溪县国民经济和社会发展第十四个五年规划纲要", True),
    # near misses: no 批准; the title above no 决议; not a plan; a plan the 决议 does not name
    ("审查了《青溪县国土空间总体规划（草案）》，同意这个规划。",
     "青溪县人民代表大会常务委员会关于青溪县国土空间总体规划的决议", "青溪县国土空间总体规划", False),
    ("现将《青溪县国土空间总体规划》印发给你们，经县人民政府批准，请认真贯彻执行。",
     "青溪县人民政府关于印发青溪县国土空间总体规划的通知", "青溪县国土空间总体规划", False),
    ("审查了《青溪县城区户外广告设置管理办法》，决定批准。",
     "青溪县人民代表大会常务委员会关于青溪县城区户外广告设置管理办法的决定", "青溪县城区户外广告设置管理办法", False),
    ("审查了《青溪县国土空间总体规划（草案）》，决定批准这个规划。",
     "青溪县人民代表大会常务委员会关于青溪县国土空间总体规划的决议", "青溪县城区综合交通规划", False),
])
def test_approved_above(above, resolution, title, approved):
    from generator.model import Line
    from generator.normalize import fold
    from generator.titlekinds import approved_above
    from generator.titles import TitleBlock

    lines = [Line(n + 1, text, fold(text), False) for n, text in enumerate([resolution, above, title])]
    found = [TitleBlock(0, 0, lines[0].key, "after-boundary")]
    assert approved_above(lines, 2, lines[2].key, found) is approved
