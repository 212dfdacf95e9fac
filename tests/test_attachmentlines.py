"""attachmentlines: what one line of an 附件说明 or an attachment's heading is."""

import pytest

from generator.attachmentlines import gap_listed


@pytest.mark.parametrize("text, listed", [
    ("附件　1．青溪县2024年重点民生实事项目", True),
    ("附件  青溪县2024年防汛工作方案", True),
    ("附件\t1.青溪县防汛工作责任分工表", True),
    ("附件 2、青溪县重点防汛区域名单", True),
    ("附件1", False),  # an attachment's heading
    ("附件 1", False),
    ("附件：1．青溪县2024年重点民生实事项目", False),  # a colon: is_attachment_list's
    ("附件中所列项目，请各单位认真落实。", False),  # a sentence
    ("附件  请各单位于4月10日前报送，逾期不候。", False),
])
def test_gap_listed(text, listed):
    assert gap_listed(text) is listed
