"""What opens a document's header: a 签发人 printed before the 发文字号 on its line (headerlines.py)."""

import pytest

from generator.headerlines import signer_before


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
