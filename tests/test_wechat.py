"""A WeChat post's furniture around a document (generator/wechat.py), from the cases' excerpts."""

import pytest

from generator.model import Line
from generator.normalize import fold
from generator.wechat import arrow_between_steps, credits_at_the_end, is_wechat_chrome, original_title


@pytest.mark.parametrize("text,chrome", [
    # the account's byline: its name (twice), the day and time, the province
    ("青溪发布　2024-03-05 18:30", True),
    ("原创　青溪发布　青溪发布　2024年03月05日 18:30 发表于湖南", True),
    ("原创　青溪发布　青溪发布　2024年04月02日 18:30 湖南", True),
    ("青溪县融媒体中心 2024-03-05 18:30", True),
    # its counts and buttons
    ("阅读 2356", True), ("在看 18", True), ("阅读 10万+　在看 56", True), ("赞 12　分享　在看　写留言", True),
    ("写留言", True), ("阅读原文", True), ("继续滑动看下一个", True), ("预览时标签不可点", True),
    ("微信扫一扫关注该公众号", True),
    # a meeting's time, a sentence, a table's cell: no post's
    ("会议时间：2024年3月5日 9:30", False), ("会议于2024年3月5日9:30", False), ("报到时间2024年3月5日9:30", False),
    ("全县召开2024年3月5日9:30会议", False), ("阅读量稳步提升。", False), ("分享经验", False), ("推荐", False),
    ("收藏", False), ("赞", False),
    # a schedule's line, its day as a document writes it (not two figures each as the post's page)
    ("全体会议　2024年3月15日 14:30", False), ("开标　2024年4月2日 9:30", False), ("分组讨论 2024年3月16日 8:30", False),
    # its decorations: an arrow to the text, the post's end mark; not words holding END
    ("▼", True), ("↓↓↓", True), ("👇", True), ("—END—", True), ("- END -", True), ("THE END", True),
    ("END OF YEAR", False), ("附件END", False),
    # what a copy leaves of its images and videos, in brackets; a word alone is none
    ("[图片]", True), ("【视频】", True), ("图片", False),
])
def test_is_wechat_chrome(text, chrome):
    assert is_wechat_chrome(fold(text)) is chrome


def _lines(*texts):
    return [Line(no, text, fold(text)) for no, text in enumerate(texts, 1)]


@pytest.mark.parametrize("texts,kinds,taken", [
    # credits a line each, or two on one line, under the text, the page's furniture under them
    (("2024年3月1日", "二、强化金融服务。", "编辑：李小明", "审核：王大力"), ["date", "text", "text", "text"], [3, 2]),
    (("2024年3月5日", "来源：县政府办", "编辑：李小明", "初审：王大力", "终审：张三", "阅读 2356"),
     ["date", "text", "text", "text", "text", "furniture"], [4, 3, 2, 1]),
    (("2024年3月5日", "编辑：李小明　审核：王大力"), ["date", "text"], [1]),
    # set off by bars, its buttons a word a line under them
    (("2024年3月1日", "来源 | 青溪县人民政府办公室", "编辑 | 李小明", "分享", "收藏", "在看"),
     ["date", "text", "text", "text", "text", "furniture"], [2, 1, 4, 3]),
    # buttons' words with no credits above them: none
    (("2024年3月1日", "推荐", "收藏"), ["date", "text", "text"], []),
    # one credit alone, or a form's line that goes on: none
    (("2024年3月5日", "编辑：李小明"), ["date", "text"], []),
    (("2024年3月5日", "填表人：　审核：", "填报日期："), ["date", "text", "text"], []),
])
def test_credits_at_the_end(texts, kinds, taken):
    assert credits_at_the_end(_lines(*texts), kinds, 0) == taken


@pytest.mark.parametrize("title,metadata,original", [
    # a headline without 文种 over the document's own title
    ("青溪县出台2024年稳经济促增长若干措施", ["原标题:青溪县人民政府关于印发青溪县2024年稳经济促增长若干措施的通知"],
     "青溪县人民政府关于印发青溪县2024年稳经济促增长若干措施的通知"),
    ("青溪县出台2024年稳经济促增长若干措施", ["发布时间:2024-03-0518:30来源:县政府办", "原标题:《青溪县人民政府关于做好春耕生产工作的通知》"],
     "青溪县人民政府关于做好春耕生产工作的通知"),
    # a title with its 文种 keeps it; an 原标题 naming no 文种 gives nothing
    ("青溪县人民政府关于印发…的通知", ["原标题:青溪县人民政府关于做好春耕生产工作的通知"], None),
    ("青溪县出台2024年稳经济促增长若干措施", ["原标题:稳经济促增长十条措施出台"], None),
])
def test_original_title(title, metadata, original):
    assert original_title(fold(title), [fold(k) for k in metadata]) == (fold(original) if original else None)


@pytest.mark.parametrize("texts,kinds,k,between", [
    # a flowchart's arrows between its steps, another arrow two lines away
    (("申请人在线提交备案信息", "↓", "县发展和改革局受理", "↓", "出具备案证明"), ["text", "furniture", "text", "furniture", "text"], 1, True),
    (("申请人在线提交备案信息", "↓", "县发展和改革局受理", "▼", "出具备案证明"), ["text", "furniture", "text", "furniture", "text"], 3, True),
    # a post's arrow alone over its text or under its byline: no other arrow two lines away
    (("青溪发布　2024-03-05 18:30", "▼", "青政发〔2024〕8号", "各乡镇人民政府，县直各单位："), ["furniture", "furniture", "text", "text"], 1, False),
    (("现将有关事项通知如下。", "▼", "一、工作目标", "二、工作措施"), ["text", "furniture", "text", "text"], 1, False),
])
def test_arrow_between_steps(texts, kinds, k, between):
    assert arrow_between_steps(_lines(*texts), kinds, k) is between


@pytest.mark.parametrize("texts,k,end", [
    # a post's byline a copy split over lines under its title: names over the time, the province under it
    (("青溪发布", "2024-03-05 18:30", "青政发〔2024〕9号"), 0, 2),
    (("原创", "青溪发布", "青溪发布", "2024年03月08日 20:15", "湖南", "青政办发〔2024〕5号"), 0, 5),
    (("青溪发布", "2024-03-05 18:30 湖南", "各乡镇人民政府："), 0, 2),
    (("2024-03-05 18:30", "发表于湖南", "青政发〔2024〕9号"), 0, 2),
    # no post's time under the names: a header's or a body's lines
    (("青溪县人民政府文件", "青政发〔2024〕9号"), 0, 0),
    (("全体会议", "2024年3月15日 14:30"), 0, 0),  # (a schedule: its day as a document writes it)
    (("各乡镇人民政府：", "2024-03-05 18:30"), 0, 0),  # (a sentence's mark: no account's name)
    (("原创", "青溪发布", "青溪发布", "湖南发布", "2024-03-05 18:30"), 0, 0),  # (four names: more than a byline prints)
])
def test_byline_end(texts, k, end):
    from generator.wechat import byline_end

    assert byline_end(_lines(*texts), k) == end


@pytest.mark.parametrize("texts,i,piece", [
    (("原创", "青溪发布", "青溪发布", "2024年03月08日 20:15", "湖南"), 0, True),
    (("原创", "青溪发布", "青溪发布", "2024年03月08日 20:15", "湖南"), 3, True),
    (("原创", "青溪发布", "青溪发布", "2024年03月08日 20:15", "湖南"), 4, True),
    (("青溪县人民政府", "2024年3月5日"), 0, False),  # (a signature over its date)
    (("湖南", "青政发〔2024〕9号"), 0, False),  # (a province not under a post's time)
])
def test_in_a_byline(texts, i, piece):
    from generator.wechat import in_a_byline

    assert in_a_byline(_lines(*texts), i) is piece
