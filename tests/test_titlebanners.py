"""What opens a document's header above its title: a web page's heading that prints the title
over the title printed again (pageheading.py), a 通告's banner over its number and subject
(noticebanner.py); and a 签发人 printed before the 发文字号 on its line (headerlines.py)."""

import pytest

from generator.headerlines import header_kind, signer_before
from generator.headerspan import header_numbers
from generator.pageheading import same_title
from generator.titles import find_titles
from tests.excerpts import content, one_title


@pytest.mark.parametrize("heading, title, same", [
    ("清河县人民政府关于加强农村集体资产管理的通知", "清河县人民政府关于加强农村集体资产管理的通知", True),
    ("关于加强农村集体资产管理的通知", "清河县人民政府关于加强农村集体资产管理的通知", True),  # without its issuer
    ("关于加强农村集体资产管理的通知", "清河县人民政府办公室关于加强农村集体资产管理的通知", True),
    # not the same title: another subject, a tail that is not after the issuer, too short a tail
    ("清河县人民政府关于加强农村集体资产管理的通知", "清河县人民政府关于加强农村集体资金管理的通知", False),
    ("集体资产管理的通知", "清河县人民政府关于加强农村集体资产管理的通知", False),
    ("关于加强管理的通知", "清河县人民政府关于做好全面加强管理的通知", False),
    ("关于的通知", "清河县人民政府关于的通知", False),
])
def test_same_title(heading, title, same):
    assert same_title(heading, title) is same


# A page's heading over the title: (excerpt, the title's lines, the header's lines).
HEADINGS = [
    # Markdown heading, the portal's fields, the title wrapped over two lines, its number
    ("""# 清河县人民政府关于进一步加强农村集体资产管理的通知
索引号：431123-2024-000415
发布机构：清河县人民政府
清河县人民政府关于进一步加强农村集体资产
管理的通知
清政发〔2024〕11号
各乡镇人民政府，县直各单位：
""", (4, 5), (1, 6)),
    # a plain heading, the number, the title (the heading is not confirmed by the number)
    ("""清河县人民政府关于进一步加强农村集体资产管理的通知
清政发〔2024〕11号
清河县人民政府关于进一步加强农村集体资产管理的通知
各乡镇人民政府，县直各单位：
""", (3, 3), (1, 3)),
    # the heading without the issuer, a news page's info line under it
    ("""# 关于进一步加强农村集体资产管理的通知
发布时间：2024-05-16　　来源：清河县人民政府办公室
清河县人民政府关于进一步加强农村集体资产管理的通知
清政发〔2024〕11号
""", (3, 3), (1, 4)),
    # the portal's title, its info line and buttons over the document printed with its red head
    ("""索引号：431123-2024-000415
清河县人民政府关于进一步加强农村集体资产管理的通知
发布时间：2024-05-16 09:30　来源：清河县人民政府办公室
【字体：大 中 小】　【打印】
清河县人民政府文件
清政发〔2024〕11号
清河县人民政府
关于进一步加强农村集体资产管理的通知
各乡镇人民政府，县直各单位：
""", (7, 8), (1, 8)),
]


@pytest.mark.parametrize("text, title_lines, header_lines", HEADINGS)
def test_a_pages_heading_over_the_title_opens_its_header(text, title_lines, header_lines):
    _, found_title, found_header = one_title(text)
    assert (found_title, found_header) == (title_lines, header_lines)


# What is not a page's heading over its title: a contents entry without its page over the
# document, a list of titles each with its number (the same title of two years).
NOT_HEADINGS = [
    ("""目　录
【县政府文件】
平江县人民政府关于加强森林防火工作的通知
平政发〔2023〕3号
平江县人民政府关于加强森林防火工作的通知
各乡镇人民政府（街道办事处），县直各单位：
""", 5),
    ("""经清理，下列文件继续有效：
清河县人民政府关于加强农村集体资产管理的通知
清政发〔2022〕11号
清河县人民政府关于加强农村集体资产管理的通知
清政发〔2023〕8号
各乡镇人民政府，县直各单位：
""", 4),
]


def test_a_red_head_under_another_documents_text_opens_its_own_title():
    """A document whose text is followed by another under its red head (清河县人民政府文件 / its
    number / its title): two titles, neither the other's heading."""
    lines = content("""清河县人民政府办公室关于转发农村集体资产管理办法的通知
清政办发〔2024〕5号
各乡镇人民政府：
现将《清河县农村集体资产管理办法》转发给你们，请遵照执行。
清河县人民政府文件
清政发〔2024〕11号
清河县人民政府关于进一步加强农村集体资产管理的通知
各乡镇人民政府，县直各单位：
""")
    titles = find_titles(lines)
    assert [(lines[t.start].no, t.banner) for t in titles] == [(1, None), (7, None)]


@pytest.mark.parametrize("text, title_line", NOT_HEADINGS)
def test_what_is_not_a_pages_heading(text, title_line):
    lines = content(text)
    titles = find_titles(lines)
    assert [lines[t.start].no for t in titles] == [title_line]
    assert titles[0].banner is None


# A 通告 under its banner: (excerpt, the title's lines, the header's first line).
BANNERS = [
    ("""清河县人民政府通告
清政告〔2024〕3号
关于调整城区部分道路机动车限速的通告
为保障道路交通安全，现就调整城区部分道路机动车限速有关事项通告如下：
""", (3, 3), 1),
    ("""清河县人民政府
通　　告
清政告〔2024〕4号
关于禁止在城区燃放烟花爆竹的通告
为保护生态环境，维护公共安全，现就有关事项通告如下：
""", (4, 4), 1),
    ("""清河县人民政府通告
第5号
关于清河大桥封闭施工期间交通管制的
通告
因清河大桥维修加固施工需要，现就施工期间交通管制有关事项通告如下：
""", (3, 4), 1),
    # no subject under it: the banner is the title
    ("""清河县人民政府通告
第6号
为做好第三次全国土壤普查工作，现将有关事项通告如下：
""", (1, 1), 1),
]


@pytest.mark.parametrize("text, title_lines, first_line", BANNERS)
def test_a_notice_under_its_banner(text, title_lines, first_line):
    _, found_title, (first, _) = one_title(text)
    assert (found_title, first) == (title_lines, first_line)


# What is no 通告's banner over a subject: the subject of another 文种 under it; the previous
# document's date over 通　　告.
NOT_BANNERS = [
    ("""清河县人民政府通告
第6号
关于做好第三次全国土壤普查工作的通知
""", 1),
    ("""清河县人民政府
2024年6月3日
清政告〔2024〕4号
关于禁止在城区燃放烟花爆竹的通告
为保护生态环境，维护公共安全，现就有关事项通告如下：
""", 3),
]


@pytest.mark.parametrize("text, first_line", NOT_BANNERS)
def test_what_is_no_notices_banner(text, first_line):
    lines = content(text)
    titles = find_titles(lines)
    first, _ = header_numbers(lines, titles[-1])
    assert lines[first].no == first_line


@pytest.mark.parametrize("text, kind", [
    ("清河县人民政府通告", "banner"), ("通　　告", "banner"), ("第5号", "order_number"),
])
def test_a_notices_banner_is_a_header_line(text, kind):
    lines = content("清河县人民政府\n" + text)
    assert header_kind(lines[1], None, lines[0]) == kind


@pytest.mark.parametrize("text, split", [
    ("签发人：王立新　　清政发〔2024〕16号", ("签发人：王立新", "清政发〔2024〕16号")),
    ("签发人：周建国  王建华  青政发〔2024〕17号", ("签发人：周建国  王建华", "青政发〔2024〕17号")),
    # two organs' numbers: the lead organ's, the first (a signer's name before it is not its 机关代字)
    ("签发人：王立新　李红　　清政发〔2024〕56号　清武发〔2024〕3号", ("签发人：王立新　李红", "清政发〔2024〕56号")),
    ("签发人：王立新、刘芳\t清政发 〔2024〕17号", ("签发人：王立新、刘芳", "清政发 〔2024〕17号")),
    # the number first (read as it always was), a date after the signer
    ("清政发〔2024〕16号　　签发人：王立新", None), ("签发人：王立新　　2024年6月3日", None),
    # the name run into the code: cut before the code's abbreviation and 政 (signer_run_into_code)
    ("签发人：王立新清政发〔2024〕16号", ("签发人：王立新", "清政发〔2024〕16号")),
    # the number without its brackets, its parts set apart by spaces too (the name nearest to it is no code)
    ("签发人：刘建国　　南政办函2024年12号", ("签发人：刘建国", "南政办函2024年12号")),
    ("签发人： 刘建国　南政办函 2024 12号", ("签发人： 刘建国", "南政办函 2024 12号")),
    ("签发人：刘建国　　2024年12号", None),
])
def test_a_signer_printed_before_the_number(text, split):
    assert signer_before(text) == split


@pytest.mark.parametrize("text, number", [
    # the last name runs into the 机关代字: cut before the abbreviation that opens it with 政 or 府
    ("签发人：王立新清政发〔2024〕16号", "清政发〔2024〕16号"),
    ("签发人：刘建国南政办函〔2024〕12号", "南政办函〔2024〕12号"),
    ("签发人：张敏南政发2024年15号", "南政发2024年15号"),
    ("签发人：欧阳明华铜府发〔2024〕5号", "铜府发〔2024〕5号"),
    ("签发人：王政南政发〔2024〕3号", "南政发〔2024〕3号"),  # a name holding 政
    ("签发人：李明、张敏南政办发〔2024〕7号", "南政办发〔2024〕7号"),
    ("签发人：王立新　清政发〔2024〕16号", "清政发〔2024〕16号"),
    ("清政发〔2024〕16号", "清政发〔2024〕16号"),
    # near misses: no 政 or 府 after the code's first character (where the name ends is not told);
    # a name of one character; no number after the code
    ("签发人：刘建国南财发〔2024〕3号", ""),
    ("签发人：刘南政发〔2024〕3号", ""),
    ("签发人：刘建国南政办函", ""),
])
def test_a_signers_name_run_into_the_number(text, number):
    """签发人：刘建国南政办函〔2024〕12号: the number after the name, cut where the county's
    abbreviation and 政 or 府 open the 机关代字; nothing where that does not tell."""
    from generator.headerlines import without_signer_before

    assert without_signer_before(text) == number


# The 发文机关标志 printed without 文件 over the 发文字号: (excerpt, the header's first line). Near
# misses: an organ under a sentence (a signature whose date was lost), or under a date with no
# signature over it (the signature printed under its date), a 登记号 under the organ.
ORGANS_OVER_A_NUMBER = [
    ("""桐溪县人民政府办公室
2024年10月8日
桐溪县人民政府办公室
桐政办函〔2024〕61号
桐溪县人民政府办公室关于同意调整县城区公交线路的函
县交通运输局：
""", 3),  # a 函's red head after a document's date under its signature
    ("""抄送：县委办，县人大办。
桐溪县人民政府办公室　　　　2024年10月9日印发
中共桐溪县委办公室
桐溪县人民政府办公室
桐办发〔2024〕23号
中共桐溪县委办公室　桐溪县人民政府办公室关于开展宪法宣传周活动的通知
各乡镇党委、人民政府：
""", 3),  # a joint red head, an organ a line, after the 印发 line
    ("""序号	乡镇	金额
1	城关镇	450
— 2 —
桐溪县财政局　桐溪县农业农村局
桐财农〔2024〕36号
桐溪县财政局　桐溪县农业农村局关于下达补助资金的通知
各乡镇人民政府：
""", 4),  # at a page's top, under the last page's table
    ("""桐溪县教育局
桐溪县财政局
桐溪县人力资源和社会保障局
桐教发〔2024〕23号
桐财教〔2024〕9号
桐溪县教育局　桐溪县财政局　桐溪县人力资源和社会保障局关于做好乡村教师生活补助发放工作的通知
各乡镇中心学校：
""", 1),  # three organs over two numbers, first in the text
    ("""第二条　本办法自2024年11月1日起施行。
【其他文件】
桐溪县人民政府
桐政函〔2024〕33号
桐溪县人民政府关于同意桐溪经济开发区调整区位的批复
桐溪经济开发区管理委员会：
""", 2),  # under a section heading of the issue (taken with it)
    ("""桐溪县人民政府办公室
2024年10月15日
桐溪县人民政府办公室
签发人：刘建国
桐政办函〔2024〕40号
桐溪县人民政府办公室关于商请支持县城区道路改造的函
县财政局：
""", 3),  # over the 签发人 printed over the number
    ("""你乡《关于设立青石乡便民服务中心的请示》收悉。经研究，同意设立。
此复。
2024年10月8日
桐溪县人民政府
桐政函〔2024〕35号
桐溪县人民政府关于同意调整白沙镇部分村级建制的批复
白沙镇人民政府：
""", 5),  # under a date with no signature over it: the organ is that document's, printed under its date
    ("""桐溪县人民政府
溪
★
府
桐
2024年10月9日
桐溪县人民政府办公室
桐政办函〔2024〕33号
桐溪县人民政府办公室关于同意建立桐溪县消费帮扶工作联席会议制度的函
县农业农村局：
""", 7),  # under a date signed over the seal's pieces
    ("""桐溪县人民政府
（印）
2024年10月9日
桐溪县人民政府办公室
桐政办函〔2024〕33号
桐溪县人民政府办公室关于同意建立桐溪县消费帮扶工作联席会议制度的函
县农业农村局：
""", 4),  # or over the seal's mark
    ("""城关镇　　　　　　　　石湾镇
县应急管理局　　　　　　县公安局
— 23 —
县交通运输局
桐政办发〔2024〕6号
桐溪县人民政府办公室关于印发桐溪县防汛抢险应急预案的通知
各乡镇人民政府，县直各单位：
""", 5),  # at a page's top under a page ending in organs: the last name of a list in columns
    ("""2024年10月8日
中共桐溪县委办公室
桐溪县人民政府办公室
文件
桐办发〔2024〕23号
中共桐溪县委办公室　桐溪县人民政府办公室关于开展宪法宣传周活动的通知
各乡镇党委、人民政府：
""", 2),  # organs stacked over 文件 alone
    ("""2024年11月28日
中共桐溪县委办公室　　　　　　文件
桐溪县人民政府办公室
桐办发〔2024〕24号
中共桐溪县委办公室　桐溪县人民政府办公室关于做好元旦春节期间有关工作的通知
各乡镇党委、人民政府：
""", 2),  # 文件 printed beside the first organ
    ("""经县委、县人民政府同意，决定开展宪法宣传周活动。
中共桐溪县委办公室
桐溪县人民政府办公室
文件
桐办发〔2024〕25号
中共桐溪县委办公室　桐溪县人民政府办公室关于做好冬季安全生产工作的通知
各乡镇党委、人民政府：
""", 3),  # under a sentence: the organ over the head's last is a signature without its date
    ("""序号	乡镇	任务数	完成时限
1	城关镇	320	2024年10月底
2	石桥镇	280	2024年10月底
桐溪县人民政府办公室
桐政办函〔2024〕61号
桐溪县人民政府办公室关于同意调整县城区公交线路的函
县交通运输局：
""", 4),  # under the last row of an attachment's table, no page break between
    ("""经县委、县人民政府同意，决定开展宪法宣传周活动。
特此通知。
桐溪县人民政府办公室
桐政办函〔2024〕64号
桐溪县人民政府办公室关于同意县林业局开展林业有害生物普查的函
县林业局：
""", 4),  # under a sentence: the last document's signature
]


@pytest.mark.parametrize("text, first_line", ORGANS_OVER_A_NUMBER)
def test_organs_over_the_number_are_the_red_head(text, first_line):
    lines = content(text)
    title = find_titles(lines)[-1]
    first, _ = header_numbers(lines, title)
    assert lines[first].no == first_line


# A joint document's signers wrapped under the 签发人 (GB/T 9704: two names a line): (the line
# above, the line, goes on). Near misses: an organ, a title's words, a date, three names, a
# line under a number without 签发人.
@pytest.mark.parametrize("above, text, wrapped", [
    ("青财请〔2024〕5号　　签发人：刘建国　王丽华", "　　　　　　　　　张　敏", True),
    ("青财请〔2024〕5号　　签发人：刘建国　王丽华", "　　　　　　　　　张敏　李华", True),
    ("青财请〔2024〕5号　　签发人：刘建国", "青人社请〔2024〕2号　　　　王丽华", True),
    ("签发人：刘建国　王丽华", "张　敏", True),
    ("青财请〔2024〕5号　　签发人：刘建国　王丽华", "青溪县财政局", False),
    ("青财请〔2024〕5号　　签发人：刘建国　王丽华", "关于申请解决乡村教师绩效奖励资金的请示", False),
    ("青财请〔2024〕5号　　签发人：刘建国　王丽华", "2024年12月2日", False),
    ("青财请〔2024〕5号　　签发人：刘建国　王丽华", "张敏　李华　王强", False),
    ("青财请〔2024〕5号", "张　敏", False),
])
def test_signers_wrapped_under_the_signer(above, text, wrapped):
    from generator.normalize import fold
    from generator.personlines import signers_wrapped

    assert signers_wrapped(fold(above), text) is wrapped


@pytest.mark.parametrize("key, banner", [
    ("湘阴县人民政府办公室文件", True), ("南浦县财政局文件", True),
    ("中共南浦县委文件", True), ("中共南浦县委办公室文件", True),  # the county Party committee's red head
    ("县委文件", False), ("县政府文件", False),  # a section of the issue, named by the level alone
    ("中共南浦县委关于印发文件", False), ("关于印发中共南浦县委文件", False),
    # a red head ending in another organ's word: a headquarters, a leading group, a department
    ("南浦县人民政府防汛抗旱指挥部文件", True), ("南浦县乡村振兴领导小组文件", True),
    ("中共南浦县委宣传部文件", True), ("南浦县政务服务中心文件", True),
    ("县防指文件", False), ("县委宣传部文件", False),  # the level alone: a section's name
    ("认真学习党的二十届三中全会文件", False), ("学习贯彻中央和省委文件", False),  # no organ, no place
    ("关于印发南浦县乡村振兴领导小组文件", False),  # a title's opening
])
def test_red_heads_by_their_words(key, banner):
    from generator.headerlines import is_banner
    assert is_banner(key) is banner


@pytest.mark.parametrize("key, end", [
    ("南浦县人民政府防汛抗旱指挥部文件南汛(2024)2号", 16), ("南浦县乡村振兴领导小组文件南振组(2024)1号", 13),
    ("南浦县人民政府文件南政发(2024)11号", 9),
    ("关于印发南浦县乡村振兴领导小组文件管理办法的通知", 0), ("县防指文件南汛(2024)2号", 0),
])
def test_where_a_red_head_before_its_number_ends(key, end):
    from generator.patterns import red_head_end
    assert red_head_end(key) == end


@pytest.mark.parametrize("text, codeless", [
    ("〔2024〕9号　　　签发人：王五", True), ("〔2024〕9号签发人：王五、李四", True),
    ("（2024）12号　签发人：刘建国", True),
    ("签发人：王五", False),  # the 签发人 alone: is_signer_line's
    ("县政发〔2024〕3号签发人：李四", False),  # with its code: a 发文字号
    ("〔2024〕9号", False),  # a 令's or 公告's number: is_order_number's alone
    ("2024年3月2日　签发人：王五", False),  # a day
    ("〔2024〕9号文件精神，签发人：王五", False),  # a sentence
])
def test_a_number_without_its_code_beside_the_signer(text, codeless):
    from generator.normalize import fold
    from generator.personlines import codeless_signed_number

    assert codeless_signed_number(fold(text)) is codeless


@pytest.mark.parametrize("under, kind", [
    # the red head over the 签发人 on a line of its own, the 发文字号 under that: the document's banner
    ("签发人：张建国", "banner"), ("青政报〔2024〕3号", "banner"),
    # over a title, nothing of a header between: a section heading of the issue
    ("青溪县人民政府关于2023年度法治政府建设情况的报告", "section"),
])
def test_a_red_head_over_its_signer_is_a_banner(under, kind):
    lines = content("青溪县人民政府文件\n" + under)
    assert header_kind(lines[0], lines[1], None) == kind
