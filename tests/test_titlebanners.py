"""What opens a document's header above its title: a 通告's banner over its number and subject
(noticebanner.py); and a 签发人 printed before the 发文字号 on its line (headerlines.py)."""

import pytest

from generator.headerlines import header_kind, signer_before
from generator.headerspan import header_numbers
from generator.titles import find_titles
from tests.excerpts import content


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
    lines = content(text)
    titles = find_titles(lines)
    assert len(titles) == 1
    title = titles[0]
    assert (lines[title.start].no, lines[title.end].no) == title_lines
    first, _ = header_numbers(lines, title)
    assert lines[first].no == first_line


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
    ("签发人：周建国  王建华  青政发〔2024〕17号", ("签发人：周建国 王建华", "青政发〔2024〕17号")),
    ("签发人：王立新、刘芳\t清政发 〔2024〕17号", ("签发人：王立新、刘芳", "清政发 〔2024〕17号")),
    # the number first (read as it always was), a date after the signer, the names run into the code
    ("清政发〔2024〕16号　　签发人：王立新", None), ("签发人：王立新　　2024年6月3日", None),
    ("签发人：王立新清政发〔2024〕16号", None),
])
def test_a_signer_printed_before_the_number(text, split):
    assert signer_before(text) == split
