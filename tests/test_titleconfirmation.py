"""Unit tests of titleconfirmation's rules, from gazette excerpts."""

import pytest

from generator.titleconfirmation import addressed_under_its_number
from tests.excerpts import content


_DATE = "2024年3月5日"


@pytest.mark.parametrize("lines,end,start", [
    # a title without issuer or 关于 after a document's date, its 文号 alone under it, the 主送 under that
    ([_DATE, "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "各乡镇人民政府，县直各单位："], 1, 1),
    ([_DATE, "2024年松岭县国民经济和社会发展计划执行情况的报告", "松政发〔2024〕17号", "县人大常委会："], 1, 1),
    # its organ alone over it; not the signature of a text whose date was lost
    ([_DATE, "松岭县人民政府办公室", "2024年松岭县政务公开工作要点", "松政办发〔2024〕14号", "各乡镇人民政府："], 2, 1),
    (["现印发给你们，请遵照执行。", "松岭县人民政府办公室", "2024年松岭县政务公开工作要点", "松政办发〔2024〕14号",
      "各乡镇人民政府："], 2, None),
    # its 文号 but no 主送 under it (a list of titles, each with its number), or no 文号 at all
    ([_DATE, "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "一、规划背景"], 1, None),
    ([_DATE, "“十四五”松岭县生态环境保护规划", "各乡镇人民政府，县直各单位："], 1, None),
    # under a sentence that introduces it (…印发给你们…：): quoted
    ([_DATE, "现将以下规划印发给你们，请认真组织实施：", "“十四五”松岭县生态环境保护规划", "松政发〔2024〕15号", "各乡镇人民政府，县直各单位："], 2, None),
])
def test_a_title_without_issuer_addressed_under_its_number(lines, end, start):
    assert addressed_under_its_number(content("\n\n".join(lines) + "\n"), end) == start

