"""An interpretation's author in brackets at its end, its missing date, signers run together, and a
joint signature's rows each over its date."""

import pytest

from generator.closing import organs_run_together
from generator.headerlines import interpretation_credit
from generator.normalize import fold
from generator.pipeline import parse_bytes


@pytest.mark.parametrize("line, org", [
    ("（县发展和改革局供稿）", "县发展和改革局"),
    ("（来源：县财政局）", "县财政局"),
    ("（稿件来源：桐柏县农业农村局）", "桐柏县农业农村局"),
    ("（解读机关：县教育局　解读人：张三　联系电话：0851-1234567）", "县教育局"),
    ("（解读单位：武陵县农业农村局　联系电话：0744－8221234）", "武陵县农业农村局"),
    ("（桐柏县财政局解读）", "桐柏县财政局"),
    # organs that wrote it together, joined by 、 (credit_organs parts them)
    ("（县财政局、县税务局供稿）", "县财政局、县税务局"),
    ("（解读机关：县教育局、县人社局　解读人：李明　联系电话：0745-6123456）", "县教育局、县人社局"),
    ("（来源：县水利局、县乡村振兴局）", "县水利局、县乡村振兴局"),
    # near misses: brackets that say more than who wrote it, or name no organ
    ("（县财政局负责）", None),
    ("（县财政局、县税务局负责）", None),
    ("（县财政局、县税务局等部门供稿）", None),
    ("（来源：县统计局、2023年统计年鉴）", None),
    ("（来源：2023年统计年鉴）", None),
    ("（来源：县统计局，数据截至2023年底）", None),
    ("（县教育局提供数据）", None),
    ("（此件主动公开）", None),
    ("（联系人：李华，电话：0851-23456700）", None),
    ("县发展和改革局供稿", None),
])
def test_interpretation_credit(line, org):
    assert interpretation_credit(fold(line)) == org


@pytest.mark.parametrize("line, org", [
    # the organ alone in brackets closing an interpretation (bare: under an interpretation's title)
    ("（桐溪县人力资源和社会保障局）", "桐溪县人力资源和社会保障局"),
    ("（县财政局、县税务局）", "县财政局、县税务局"),
    ("（县财政局供稿）", "县财政局"),
    # near misses: more than the organ, no organ, no brackets
    ("（县财政局负责）", None), ("（此件公开发布）", None), ("（2024年9月12日）", None), ("县财政局", None),
])
def test_interpretation_credit_bare(line, org):
    assert interpretation_credit(fold(line), bare=True) == org
    if org is not None and "供稿" not in line:
        assert interpretation_credit(fold(line)) is None  # (not outside an interpretation)


@pytest.mark.parametrize("name, organs", [
    ("桐柏县人民政府办公室桐柏县财政局", ["桐柏县人民政府办公室", "桐柏县财政局"]),
    ("中共桐柏县委员会桐柏县人民政府", ["中共桐柏县委员会", "桐柏县人民政府"]),
    ("中共中牟县委办公室中牟县人民政府办公室", ["中共中牟县委办公室", "中牟县人民政府办公室"]),
    ("县人民政府办公室县财政局", ["县人民政府办公室", "县财政局"]),
    ("桐柏县人民政府办公室桐柏县财政局桐柏县教育局", ["桐柏县人民政府办公室", "桐柏县财政局", "桐柏县教育局"]),
    # one organ each: its name holds 县…局 words, or a joint office of the party and the government
    ("县人民政府办公室", ["县人民政府办公室"]),
    ("县财政局国库支付中心", ["县财政局国库支付中心"]),
    ("桐柏县财政局国库支付中心", ["桐柏县财政局国库支付中心"]),
    ("县委县政府督查室", ["县委县政府督查室"]),
    ("中共桐柏县委桐柏县人民政府信访局", ["中共桐柏县委桐柏县人民政府信访局"]),
    ("桐柏县城关镇人民政府", ["桐柏县城关镇人民政府"]),
    # an office named short by its level, a noun and 办 (officenames: 县网信办) is a name of its own, even
    # where it shares its office with the department before it
    ("县委宣传部县网信办", ["县委宣传部", "县网信办"]),
])
def test_organs_run_together(name, organs):
    assert organs_run_together(name) == organs


POLICY_AND_INTERPRETATION = """桐柏县人民政府公报

2024年第7期

桐政办发〔2024〕52号

桐柏县人民政府办公室关于印发桐柏县城区停车管理办法的通知

各乡镇人民政府、街道办事处，县政府各部门：

现印发给你们，请认真贯彻执行。

桐柏县人民政府办公室

2024年8月2日

《桐柏县城区停车管理办法》政策解读

一、出台背景

近年来，我县城区停车难问题日益突出。

（县住房和城乡建设局供稿）

桐政办函〔2024〕25号

桐柏县人民政府办公室关于同意调整城区公交线路的批复

县交通运输局：

你局《关于调整城区公交线路的请示》收悉。经研究，同意调整。

桐柏县人民政府办公室
"""


def test_an_interpretation_without_date_is_no_document_missing_its_date():
    data = parse_bytes(POLICY_AND_INTERPRETATION.encode(), "t.txt").to_dict()
    docs = data["documents"]
    assert [d["date"] for d in docs] == ["2024-08-02", None, None]
    missing = [d["excerpt"] for d in data["diagnostics"] if d["code"] == "date-missing"]
    # (the 批复 signed without its day still says so; the interpretation has no 成文日期 of its own)
    assert missing == ["桐柏县人民政府办公室关于同意调整城区公交线路的批复"]


@pytest.mark.parametrize("text, listed", [
    ("分别为：\n2022年第1期\n2022年第2期\n2022年第3期", [False, True, True, True]),
    ("分别为：\n2022年第1期\n2022年第3期", [False, True, True]),
    # the running head: one issue, between a page's last line and the next page's first
    ("工作不及时，\n2023年第3期\n严重影响进度。", [False, False, False]),
    ("工作不及时，\n2023年第3期\n— 5 —\n严重影响进度。", [False, False, False, False]),
    ("2023年第3期\n2023年第3期", [False, False]),
    ("2023年\n2023年第3期", [False, False]),
])
def test_listed_issue(text, listed):
    from generator.model import Line
    from generator.runs import listed_issue
    lines = [Line(n + 1, t, fold(t)) for n, t in enumerate(text.split("\n"))]
    assert [listed_issue(lines, i) for i in range(len(lines))] == listed


@pytest.mark.parametrize("key, issue, other", [
    ("2024年第2期", (2024, 4), True),   # a body's words: another issue named on a line of its own
    ("2023年第4期", (2024, 4), True),
    ("二〇二四年第二期", (2024, 4), True),
    # near misses: the running head of the issue itself, bare; or nothing known to compare
    ("2024年第4期", (2024, 4), False),
    ("2024年第4期(总第20期)", (2024, 4), False),
    ("2024年第3-4期(合刊)", (2024, 4), False),
    ("2024年第2期", (None, None), False),
    ("2024年第2期", (2024, None), False),
    ("第2期", (2024, 4), False),        # no year: left as the page's
    ("2024年", (2024, 4), False),
    ("松岭县人民政府公报2024年第2期", (2024, 4), False),  # the gazette's name: a running head
])
def test_another_issue(key, issue, other):
    from generator.runs import another_issue
    assert another_issue(fold(key), issue) is other


# A joint signature's rows, each over its own date, under a title that names no organ: (the
# closing, the issuers, the 成文日期). Near misses: one organ over its date and an organ under it
# without one (an organ printed under the date, not a row); a date over a paragraph.
JOINT_ROWS = [
    ("松岭县教育局　　　　松岭县财政局\n2024年8月1日　　　　2024年8月1日\n松岭县人力资源和社会保障局\n2024年8月1日",
     ["松岭县教育局", "松岭县财政局", "松岭县人力资源和社会保障局"], "2024-08-01"),
    ("松岭县农业农村局\n2024年3月1日\n松岭县财政局\n2024年3月2日\n松岭县水利局\n2024年3月2日",
     ["松岭县农业农村局", "松岭县财政局", "松岭县水利局"], "2024-03-02"),  # the last to sign: the latest day
    ("松岭县农业农村局\n2024年3月1日\n— 5 —\n松岭县财政局\n2024年3月4日",
     ["松岭县农业农村局", "松岭县财政局"], "2024-03-04"),  # a page break between the rows
    ("松岭县农业农村局\n2024年3月1日\n（联系人：李敏，电话：0731-5221234）",
     ["松岭县农业农村局"], "2024-03-01"),
    ("松岭县农业农村局\n2024年3月1日\n请各乡镇于3月5日前报送。",
     ["松岭县农业农村局"], "2024-03-01"),
]


@pytest.mark.parametrize("closing, issuers, day", JOINT_ROWS)
def test_a_joint_signatures_rows_each_over_its_date(closing, issuers, day):
    text = ("松岭县人民政府公报\n2024年第4期\n\n松农发〔2024〕5号\n\n关于做好2024年春耕备耕工作的通知\n\n"
            f"各乡镇人民政府：\n为做好春耕备耕工作，现就有关事项通知如下。\n\n{closing}\n")
    [doc] = parse_bytes(text.encode(), "a.txt").to_dict()["documents"]
    assert (doc["issuer"], doc["date"]) == (issuers, day)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["县", "县县", "中共", "桐柏", "人民政府", "财政局", "委"]), max_size=10).map("".join),
       st.sampled_from(["县", "县县", "桐柏县", "中共县"]), st.integers(0, 6), st.integers(-2, 30))
def test_the_places_a_word_starts_are_those_asked_at_each_place(text, word, start, end):
    """closing._starts finds a word's every start (overlapping too) as startswith asked at each place."""
    from generator.closing import _starts
    assert list(_starts(text, word, start, end)) == [k for k in range(start, end) if text.startswith(word, k)]
