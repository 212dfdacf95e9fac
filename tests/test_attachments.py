"""attachments: the 附件说明's items, titled in title marks."""

import pytest

from generator.attachments import attachments_of, unquoted
from generator.model import Block


@pytest.mark.parametrize("title, bare", [
    ("《青溪县2024年防汛工作方案》", "青溪县2024年防汛工作方案"),
    ("青溪县2024年防汛工作方案", "青溪县2024年防汛工作方案"),
    ("《青溪县志》编纂委员会组成人员名单", "《青溪县志》编纂委员会组成人员名单"),  # marks around a part: its words
    ("《青溪县志》《青溪年鉴》", "《青溪县志》《青溪年鉴》"),
    ("《》", "《》"),
])
def test_unquoted(title, bare):
    assert unquoted(title) == bare


@pytest.mark.parametrize("text, items", [
    ("附件：《青溪县防汛责任人名单》；\n《青溪县重点防汛区域》。", [(None, "青溪县防汛责任人名单"), (None, "青溪县重点防汛区域")]),
    ("附件：《青溪县2024年防汛工作方案》", [(None, "青溪县2024年防汛工作方案")]),
    ("附件：1．《青溪县防汛责任人名单》\n2．《青溪县重点防汛区域》", [(1, "青溪县防汛责任人名单"), (2, "青溪县重点防汛区域")]),
    # a title wrapped, the marks on its first and last lines only: one item
    ("附件：《青溪县2024年农村人居环境整治\n实施方案》", [(None, "青溪县2024年农村人居环境整治实施方案")]),
])
def test_items_in_title_marks(text, items):
    found = attachments_of((Block("attachment_list", text, 1, 1 + text.count("\n")),))
    assert [(a.number, a.title) for a in found] == items


def test_unnumbered_lines_each_a_printed_title():
    text = "附件：青溪县防汛责任人名单\n青溪县重点防汛区域"
    blocks = (Block("attachment_list", text, 1, 2), Block("attachment", "青溪县防汛责任人名单", 5, 7, marker="附件"),
              Block("attachment", "青溪县重点防汛区域", 9, 11, marker="附件"))
    assert [(a.number, a.title) for a in attachments_of(blocks)] == [(None, "青溪县防汛责任人名单"), (None, "青溪县重点防汛区域")]
    wrapped = "附件：青溪县2024年农村人居环境整治\n实施方案"  # one title wrapped, printed whole
    blocks = (Block("attachment_list", wrapped, 1, 2), Block("attachment", "青溪县2024年农村人居环境整治实施方案", 5, 7, marker="附件"))
    assert [a.title for a in attachments_of(blocks)] == ["青溪县2024年农村人居环境整治实施方案"]


@pytest.mark.parametrize("text, items", [
    # parts of an attachment listed one by one: the attachment's number and the part's
    ("附件：1-1．青溪县重点任务清单\n1-2．青溪县任务分解表\n2．青溪县领导小组成员名单",
     [(1, 1, "青溪县重点任务清单"), (1, 2, "青溪县任务分解表"), (2, None, "青溪县领导小组成员名单")]),
    ("附件1-1：青溪县乡镇考核指标\n附件1-2：青溪县部门考核指标", [(1, 1, "青溪县乡镇考核指标"), (1, 2, "青溪县部门考核指标")]),
    ("附件：2－1、青溪县乡镇考核指标", [(2, 1, "青溪县乡镇考核指标")]),  # full-width dash, a 、
    ("附件：1．青溪县乡镇考核指标（1-1乡镇，1-2部门）", [(1, None, "青溪县乡镇考核指标（1-1乡镇，1-2部门）")]),  # whole
    ("附件：1.5万元以下项目清单", [(None, None, "1.5万元以下项目清单")]),  # a decimal, no item number
    # an item's title opening with months (fifteenth session's review): the item's number, no decimal
    ("附件：1．7-9月全县重点项目建设进度表\n2．1-9月全县重点项目累计完成情况表",
     [(1, None, "7-9月全县重点项目建设进度表"), (2, None, "1-9月全县重点项目累计完成情况表")]),
    ("附件：1、6月份城区空气质量排名", [(1, None, "6月份城区空气质量排名")]),
    ("附件：1-6月全县重点项目建设进度表", [(None, None, "1-6月全县重点项目建设进度表")]),  # months, no item
])
def test_parts_of_an_attachment_listed_on_their_own(text, items):
    found = attachments_of((Block("attachment_list", text, 1, 1 + text.count("\n")),))
    assert [(a.number, a.part, a.title) for a in found] == items


@pytest.mark.parametrize("texts, head", [
    # a section's name at the top of the page the list goes on on: its running head
    (("3. 白沙县地质灾害防治项目计划表", "·1·", "\f县政府文件"), True),
    (("3. 白沙县地质灾害防治项目计划表", "— 2 —", "\f【县政府办文件】"), True),
    # near misses: no page's mark over it (the item's title wrapped), an item's rest
    (("3. 白沙县地质灾害防治项目计划表", "县政府文件"), False),
    (("3. 白沙县地质灾害防治项目", "·1·", "\f计划表（2023—2025年）"), False),
])
def test_a_sections_running_head_under_a_page_break_in_a_list(texts, head):
    from generator.blockattachments import _section_head_at_a_break
    from tests.excerpts import content

    lines = content("\n".join(texts) + "\n")
    assert _section_head_at_a_break(lines, len(lines) - 1) is head
