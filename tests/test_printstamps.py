"""A browser's or a viewer's head and foot of each page (generator/printstamps.py)."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.printstamps import marked_print_stamps, page_address, page_of_pages, print_stamp


@pytest.mark.parametrize("text, stamp", [
    ("2024/3/5 10:21", "2024/3/510:21"),
    ("2024/3/5 上午10:21", "2024/3/5上午10:21"),
    ("2024/6/12 09:47\t南浦县人民政府公报", "2024/6/1209:47"),
    ("2024/6/12 09:47  南浦县人民政府关于…的通知_政府文件_南浦县人民政府门户网站", "2024/6/1209:47"),
    # near misses: a day without its time, a time first, a day written in words
    ("2024/3/5", None),
    ("10:21 2024/3/5", None),
    ("2024年3月5日 10:21", None),
])
def test_print_stamp(text, stamp):
    assert print_stamp(text) == stamp


@pytest.mark.parametrize("text, address", [
    ("https://www.nanpu.gov.cn/zwgk/t20240305_123.html\t2/5", ("https://www.nanpu.gov.cn/zwgk/t20240305_123.html", True)),
    ("http://www.nanpu.gov.cn/a.html 1/5", ("http://www.nanpu.gov.cn/a.html", True)),
    ("about:blank", ("about:blank", False)),
    ("https://zrzy.nanpu.gov.cn/dzzh/", ("https://zrzy.nanpu.gov.cn/dzzh/", False)),
    ("https://www.nanpu.gov.cn/a.html\t7/5", ("https://www.nanpu.gov.cn/a.html", False)),  # (no page of the pages)
    # near misses: an address inside a sentence, after its label
    ("详见https://www.nanpu.gov.cn", None),
    ("网址：https://www.nanpu.gov.cn", None),
])
def test_page_address(text, address):
    assert page_address(text) == address


@pytest.mark.parametrize("text, page", [
    ("3/12", (3, 12)), ("12 / 48", (12, 48)), ("1/5", (1, 5)),
    ("13/12", None), ("0/5", None), ("3/4倍", None), ("2024/3", None),
])
def test_page_of_pages(text, page):
    assert page_of_pages(text) == page


def _lines(texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]


def _marked(texts):
    return [line.text for line in marked_print_stamps(_lines(texts)) if line.running_head]


FILLER = [f"第{k}行正文，" for k in range(10)]


def test_pages_of_the_pages_in_sequence_are_marked():
    texts = ["2/12", *FILLER, "3/12", *FILLER, "4/12"]
    assert _marked(texts) == ["2/12", "3/12", "4/12"]


@pytest.mark.parametrize("texts", [
    ["3/4", *FILLER],  # a fraction alone once
    ["1/2", *FILLER, "1/2"],  # the same fraction again
    ["1/3", "2/3", *FILLER],  # a column of fractions, rows one under the other
    ["3/12", *FILLER, "2/12"],  # no sequence
    ["https://zrzy.nanpu.gov.cn/dzzh/", *FILLER],  # a body's address alone once
    ["2024/3/5 10:21", *FILLER],  # a day and time alone once, no browser's foot
    # the same address twice in the body, each under its label
    ["报名网址：", "https://www.nanpu.gov.cn/rsks", *FILLER, "成绩在以下网址公布：", "https://www.nanpu.gov.cn/rsks"],
])
def test_near_misses_are_not_marked(texts):
    assert _marked(texts) == []


def test_a_browsers_head_and_foot_are_marked():
    texts = ["2024/3/5 10:21\t南浦县人民政府公报", *FILLER, "https://www.nanpu.gov.cn/a.html\t1/2",
             "2024/3/5 10:21\t南浦县人民政府公报", *FILLER, "https://www.nanpu.gov.cn/a.html\t2/2"]
    assert len(_marked(texts)) == 4
    # one page: its foot tells the head
    assert _marked(["2024/3/5 10:21", *FILLER, "about:blank"]) == ["2024/3/5 10:21", "about:blank"]
    # printed once, where a page begins: under the foot of the page before
    assert _marked([*FILLER, "https://www.nanpu.gov.cn/a.html\t1/2", "2024/3/5 10:22", *FILLER,
                    "https://www.nanpu.gov.cn/a.html\t2/2"]) == ["https://www.nanpu.gov.cn/a.html\t1/2",
                                                              "2024/3/5 10:22", "https://www.nanpu.gov.cn/a.html\t2/2"]
    # a table's column of days and times in a browser's print, each once, none at a page's top: its foot only
    assert _marked(["受理时间\t承办单位\t办理结果", "2024/5/6 09:12\t城关镇\t已办结", "2024/5/8 14:35\t青石乡\t已办结",
                    *FILLER, "https://www.nanpu.gov.cn/a.html\t1/1"]) == ["https://www.nanpu.gov.cn/a.html\t1/1"]
    # the same address alone at each page's foot
    assert _marked(["https://www.nanpu.gov.cn/a.html", *FILLER, "https://www.nanpu.gov.cn/a.html"]) \
        == ["https://www.nanpu.gov.cn/a.html"] * 2


def _marked(texts):
    lines = [Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]
    return [line.text for line in marked_print_stamps(lines) if line.running_head]


_FOOT = ["https://www.songling.gov.cn/zwgk/t20240612_5210347.html", "1/2"]


@pytest.mark.parametrize("texts, marked", [
    # the page's title on the line under each stamp alone (PyMuPDF): the head's, with the stamp
    (["2024/6/12 09:47", "松岭县人民政府公报", "松政办发〔2024〕11号", "…受威胁", *_FOOT,
      "2024/6/12 09:47", "松岭县人民政府公报", "群众，确保不漏一户。"],
     ["2024/6/12 09:47", "松岭县人民政府公报", "2024/6/12 09:47", "松岭县人民政府公报"]),  # (one foot: not sure)
    # different words under the stamps (a table's cells of days and times, a sentence): not the head
    (["2024/6/12 09:47", "松岭县人民政府公报", "松政办发〔2024〕11号", "…受威胁", *_FOOT,
      "2024/6/12 09:47", "群众，确保不漏一户。"],
     ["2024/6/12 09:47", "2024/6/12 09:47"]),
])
def test_the_pages_title_under_each_stamp(texts, marked):
    assert _marked(texts) == marked


@pytest.mark.parametrize("texts, at", [
    (["www.qingxi.gov.cn", "青溪县人民政府办公室关于做好2024年春耕生产工作的通知", "3–4 分钟", "青政办发〔2024〕9号"], [2]),
    (["青溪县人民政府办公室关于做好2024年春耕生产工作的通知", "3 分钟", "青政办发〔2024〕9号"], [1]),
    (["www.qingxi.gov.cn", "青溪县人民政府关于公布县级权责清单的通知", "阅读时间：3-4 分钟"], [2]),
    (["www.qingxi.gov.cn", "青溪县人民政府关于公布县级权责清单的通知", "5-7 minutes"], [2]),
    # near misses: a column of minutes (a table's cells one a line), minutes far into the file, a sentence
    (["响应时间", "30分钟", "45分钟"], []),
    (["青溪县人民政府公报", "2024年第3期", "目录", "…的通知", "3 分钟"], []),
    (["…的通知", "会议时间控制在30分钟以内。"], []),
])
def test_reading_time(texts, at):
    from generator.printstamps import reading_time
    assert reading_time([Line(no, text, fold(text)) for no, text in enumerate(texts, start=1)]) == at


@pytest.mark.parametrize("text, foot", [
    ("第 2 页，共 3 页 2024/6/12 09:47", True), ("第2页，共3页", True), ("第 2 页,共 3 页  2024/6/12 下午3:05", True),
    ("第 4 页，共 3 页 2024/6/12 09:47", False), ("第2页", False), ("详见第2页，共3页附表。", False),
])
def test_pages_in_words(text, foot):
    from generator.printstamps import pages_in_words
    assert pages_in_words(text) is foot


@pytest.mark.parametrize("texts, marked", [
    # Firefox's head (title, address) on two pages: the head's; its foot in words: the foot's
    (["松岭县人民政府公报 https://www.songling.gov.cn/a.html", "正文", "第 1 页，共 2 页 2024/6/12 09:47",
      "松岭县人民政府公报 https://www.songling.gov.cn/a.html", "正文"],
     ["松岭县人民政府公报 https://www.songling.gov.cn/a.html", "第 1 页，共 2 页 2024/6/12 09:47",
      "松岭县人民政府公报 https://www.songling.gov.cn/a.html"]),
    # a body's line naming an address once: text
    (["详见县自然资源局网站 https://zrzy.songling.gov.cn/dzzh/", "正文"], []),
])
def test_firefox_head_and_foot(texts, marked):
    assert _marked(texts) == marked
