"""Unit tests of titleconfirmation's rules, from gazette excerpts."""

import pytest

from generator.titleconfirmation import addressed_under_its_number
from tests.excerpts import content


_DATE = "2024年3月5日"


@pytest.mark.parametrize("lines,end,addressed", [
    # a title without issuer or 关于 after a document's date, its 文号 alone under it, the 主送 under that
    ([_DATE, "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "各乡镇人民政府，县直各单位："], 1, True),
    ([_DATE, "2024年松岭县国民经济和社会发展计划执行情况的报告", "松政发〔2024〕17号", "县人大常委会："], 1, True),
    # its 文号 but no 主送 under it (a list of titles, each with its number), or no 文号 at all
    ([_DATE, "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "一、规划背景"], 1, False),
    ([_DATE, "“十四五”松岭县生态环境保护规划", "各乡镇人民政府，县直各单位："], 1, False),
    # under a sentence that introduces it (…印发给你们…：): quoted
    ([_DATE, "现将以下规划印发给你们，请认真组织实施：", "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "各乡镇人民政府，县直各单位："], 2, False),
])
def test_a_title_without_issuer_addressed_under_its_number(lines, end, addressed):
    assert addressed_under_its_number(content("\n".join(lines) + "\n"), end) is addressed

