"""The appointments a list prints, as contents entries name them (generator/appointments.py)."""

import pytest

from generator.appointments import appointments_of
from generator.model import Block, Document


def _doc(title, section, texts):
    blocks = tuple(Block(kind="paragraph", text=t, first=i + 1, last=i + 1) for i, t in enumerate(texts))
    return Document(id="d", seq=1, title=title, doc_type=None, doc_number=None, doc_number_parts=None,
                    registration_number=None, issuer=(), date=None, printed_date=None, printed_by=None,
                    recipients=(), cc=(), note=None, attachments=(), first=1, last=len(texts), duplicate=None,
                    section=section, blocks=blocks)


@pytest.mark.parametrize("title, section, texts, named", [
    ("青溪县人民政府任免国家工作人员", "人事任免",
     ["2024年3月25日，县人民政府第15次常务会议决定：", "任命张明为青溪县发展和改革局副局长；",
      "任命刘强同志为青溪县教育局副局长；", "免去李华的青溪县农业农村局副局长职务。"],
     ("张明任青溪县发展和改革局副局长", "刘强任青溪县教育局副局长", "李华免去青溪县农业农村局副局长职务")),
    # near misses: a notice's sentence naming an appointment inside it, a list in no 任免 section
    ("青溪县人民政府任免国家工作人员", "人事任免", ["任命张明为青溪县发展和改革局副局长，负责全县项目建设工作。"], ()),
    ("青溪县人民政府关于做好春耕生产工作的通知", "县政府文件", ["任命张明为青溪县发展和改革局副局长；"], ()),
])
def test_the_appointments_a_list_prints(title, section, texts, named):
    assert appointments_of(_doc(title, section, texts)) == named
