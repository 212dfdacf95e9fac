"""issuers.issuers_in_full: the title's issuers named without their place, the signature's in full."""

import pytest

from generator.issuers import issuers_in_full


@pytest.mark.parametrize("issuer,signers,expected", [
    (("县人民政府",), ("青溪县人民政府",), ("青溪县人民政府",)),
    (("县财政局", "县农业农村局"), ("青溪县财政局", "青溪县农业农村局"), ("青溪县财政局", "青溪县农业农村局")),
    (("县人民政府",), ("永州市道县人民政府",), ("永州市道县人民政府",)),
    # near misses: another organ, another count, a party committee before, the name in full already
    (("县财政局",), ("青溪县人民政府办公室",), ("县财政局",)),
    (("县财政局", "县农业农村局"), ("青溪县财政局",), ("县财政局", "县农业农村局")),
    (("县人民政府",), ("中共青溪县委青溪县人民政府",), ("县人民政府",)),
    (("县人民政府办公室",), ("青溪县委办公室青溪县人民政府办公室",), ("县人民政府办公室",)),
    (("县人民政府",), ("县委办青溪县人民政府",), ("县人民政府",)), (("县人民政府",), ("会同县人民政府",), ("会同县人民政府",)),
    (("青溪县人民政府",), ("青溪县人民政府",), ("青溪县人民政府",)),
    (("财政局",), ("青溪县财政局",), ("财政局",)),
    ((), ("青溪县人民政府",), ()),
])
def test_issuers_in_full(issuer, signers, expected):
    assert issuers_in_full(issuer, signers) == expected
