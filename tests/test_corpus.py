"""What a careful reader finds in each sample gazette, checked against the parse.

Every value below was read off the text in datasets/gazettes/ (line numbers given so that each
can be checked again), not copied from the parser's output.
"""

import pytest

from tests.conftest import parsed

# gazette: (title, region, year, issue, cumulative, publish_date)
GAZETTES = {
    "pingjiang-2023-02.txt": ("平江县人民政府公报", "平江县", 2023, 2, None, None),  # l.5-11
    "qiyang-2024-03.txt": ("祁阳市人民政府公报", "祁阳市", 2024, 3, 56, None),  # l.5, 20-21
    "xiangyin-2024-04.txt": ("湘阴县人民政府公报", "湘阴县", 2024, 4, None, "2025-01-01"),  # l.3-9
    "youxian-2023-01.txt": ("攸县人民政府公报", "攸县", 2023, 1, None, None),  # l.3-7
}

# per document: first line, doc_number, registration, type, 成文日期, issuers, section, title
DOCS = {
    "pingjiang-2023-02.txt": [
        (56, "平政办发〔2023〕7号", "PJDR-2023-01004", "通知", "2023-07-28", ["平江县人民政府办公室"], "县政府办文件",
         "平江县人民政府办公室关于印发《打好发展“六仗”促进建筑业高质量发展的实施办法》的通知"),
        (139, "平政办发〔2023〕8号", "PJDR-2023-01005", "通知", "2023-08-12", ["平江县人民政府办公室"], "县政府办文件",
         "平江县人民政府办公室关于印发《平江县系统化全域推进海绵城市建设工作方案》的通知"),
        # the body prints no 登记号 (l.237-262): PJDR-2023-01007 comes from the contents (l.50)
        (237, "平政办发〔2023〕9号", "PJDR-2023-01007", "通知", "2023-10-20", ["平江县人民政府办公室"], "县政府办文件",
         "平江县人民政府办公室关于公布《平江县行政许可事项清单（2023年版）》的通知"),
        # neither number printed in the body (l.563-566): both from the contents (l.54)
        (563, "平政办函〔2023〕35号", "PJDR-2023-01006", "通知", "2023-10-11", ["平江县人民政府办公室"], "县政府办文件",
         "平江县人民政府办公室关于做好我县2024年度城乡居民基本医疗保险参保缴费工作的通知"),
    ],
    "qiyang-2024-03.txt": [
        (119, "祁政发〔2024〕4号", "QYDR-2024-00006", "决定", "2024-08-20", ["祁阳市人民政府"], "市政府文件",
         "祁阳市人民政府关于公布2024年规范性文件清理结果的决定"),
        (266, "祁政通〔2024〕7号", "QYDR-2024-00009", "通告", "2024-08-31", ["祁阳市人民政府"], "市政府文件",
         "祁阳市人民政府关于发布森林防火禁火令的通告"),
        (296, "祁政通〔2024〕8号", "QYDR-2024-00008", "通告", "2024-09-08", ["祁阳市人民政府"], "市政府文件",
         "祁阳市人民政府关于切实维护2024年油茶采摘秩序的通告"),
        (326, "祁政通〔2024〕9号", "QYDR-2024-00010", "通告", "2024-09-21", ["祁阳市人民政府"], "市政府文件",
         "祁阳市人民政府关于开展城区农贸市场及周边环境秩序专项整治的通告"),
        (360, "祁政办发〔2024〕8号", "QYDR-2024-01002", "通知", "2024-09-14", ["祁阳市人民政府办公室"], "市政府办公室文件",
         "祁阳市人民政府办公室关于印发《祁阳市建筑垃圾管理办法》的通知"),
        (604, "祁政办函〔2024〕19号", None, "通知", "2024-08-20", ["祁阳市人民政府办公室"], "市政府办公室文件",
         "祁阳市人民政府办公室关于印发《祁阳市建筑垃圾专项整治行动实施方案》的通知"),
        (789, "祁政办函〔2024〕20号", None, "通知", "2024-08-20", ["祁阳市人民政府办公室"], "市政府办公室文件",
         "祁阳市人民政府办公室关于印发《祁阳市“走下去抓帮扶解困”行动方案》的通知"),
        (922, "祁政办函〔2024〕21号", None, "通知", "2024-09-08", ["祁阳市人民政府办公室"], "市政府办公室文件",
         "祁阳市人民政府办公室关于印发《祁阳市“两重”“两新”送解优专项行动方案》的通知"),
        (1076, "祁政办函〔2024〕22号", None, "通知", "2024-09-30", ["祁阳市人民政府办公室"], "市政府办公室文件",
         "祁阳市人民政府办公室关于印发《祁阳市2025年度城乡居民基本医疗保险参保缴费工作方案》的通知"),
    ],
    "xiangyin-2024-04.txt": [
        (66, "湘阴政发〔2024〕10号", "XYDR-2024-00003", "决定", "2024-12-03", ["湘阴县人民政府"], "县政府文件",
         "湘阴县人民政府关于公布规范性文件清理结果的决定"),
        (212, "湘阴政发〔2024〕11号", None, "通报", "2024-12-10", ["湘阴县人民政府"], "县政府文件",
         "湘阴县人民政府关于表彰2024年度见义勇为先进个人的通报"),
        # joint document (its issuers printed apart, one space between them); the text prints no
        # signature and no date (l.233-273)
        (233, "湘阴办发〔2024〕13号", None, "通报", None, ["中共湘阴县委办公室", "湘阴县人民政府办公室"],
         "县委办、县政府办文件", "中共湘阴县委办公室 湘阴县人民政府办公室关于2024年全县防汛抗灾工作情况的通报"),
        (275, "湘阴办发〔2024〕14号", None, "通知", "2024-11-04", ["中共湘阴县委办公室", "湘阴县人民政府办公室"],
         "县委办、县政府办文件",
         "中共湘阴县委办公室 湘阴县人民政府办公室关于印发《中共湘阴县委十三届八次全会任务分解表》的通知"),
        (510, "湘阴政办发〔2024〕21号", None, "通知", "2024-10-15", ["湘阴县人民政府办公室"], "县政府办文件",
         "湘阴县人民政府办公室关于印发《湘阴县2025年度城乡居民基本医疗保险参保缴费工作方案》的通知"),
        (640, "湘阴政办发〔2024〕22号", None, "通知", "2024-11-28", ["湘阴县人民政府办公室"], "县政府办文件",
         "湘阴县人民政府办公室关于印发《全县道路交通事故预防暨“冬季攻势”行动方案》的通知"),
        # the 登记号 stands on l.756, before the title
        (756, "湘阴政办发〔2024〕23号", "XYDR-2024-01002", "通知", "2024-11-29", ["湘阴县人民政府办公室"], "县政府办文件",
         "湘阴县人民政府办公室关于印发《湘阴县重污染天气应急预案(2024修订版)》的通知"),
        (1098, "湘阴政办发〔2024〕24号", None, "通知", "2024-12-18", ["湘阴县人民政府办公室"], "县政府办文件",
         "湘阴县人民政府办公室关于印发《湘阴县“飞线整治”三年专项行动(2025—2027年)实施计划》的通知"),
        # title on three lines with blank lines between and a spaced-out 通 知 (l.1243-1247)
        (1243, "湘阴政办发〔2024〕25号", None, "通知", "2024-12-26", ["湘阴县人民政府办公室"], "县政府办文件",
         "湘阴县人民政府办公室关于建立湘阴县长城航道疏浚项目工作机制通知"),
        (1279, "湘阴政办发〔2024〕26号", None, "通知", "2024-12-30", ["湘阴县人民政府办公室"], "县政府办文件",
         "湘阴县人民政府办公室关于印发《湘阴县2024年—2025年秋冬春水利建设实施方案》的通知"),
        (1347, "湘阴政人〔2024〕4号", None, "通知", "2024-10-22", ["湘阴县人民政府"], "人事任免",
         "湘阴县人民政府关于戴志辉等同志职务任免的通知"),
        (1413, "湘阴政人〔2024〕5号", None, "通知", "2024-11-05", ["湘阴县人民政府"], "人事任免",
         "湘阴县人民政府关于胡光志等同志职务任免的通知"),
    ],
    "youxian-2023-01.txt": [
        (27, "攸政办发〔2023〕1号", "ZZYXDR-2023-01001", "通知", "2023-01-31", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室关于印发《攸县“攸惠贷”风险补偿资金管理办法》的通知"),
        (147, "攸政办发〔2023〕2号", None, "通知", "2023-04-13", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室关于印发《攸县打好“发展六仗”总体方案》的通知"),
        (1094, "攸政办发〔2023〕4号", None, "通知", "2023-06-15", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室关于印发《攸县实施〈株洲市管控和查处违法建设办法〉细则》"
         "《攸县实施〈株洲市管控和查处违法用地办法〉细则》的通知"),
        (1367, "攸政办发〔2023〕6号", "ZZYXDR-2023-01003", "通知", "2023-09-04", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室关于印发《攸县国有资产管理办法（试行）》的通知"),
        (1583, "攸政办发〔2023〕7号", None, "通知", "2023-09-28", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室关于印发《攸县行政许可事项清单(2023年版)》的通知"),
        (1922, "攸政办发〔2023〕8号", None, "通知", "2023-12-12", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室印发《关于促进房地产业良性循环和健康发展的若干措施》的通知"),
        # printed as ZYXDR (l.1971), kept as printed and flagged
        (1971, "攸政办发〔2023〕9号", "ZYXDR-2023-01006", "通知", "2023-12-20", ["攸县人民政府办公室"], None,
         "攸县人民政府办公室关于印发《加强基层消防安全综合治理工作实施方案》的通知"),
    ],
}

# The second copy of the You County issue starts at l.2122 (masthead again); documents at:
YOUXIAN_COPIES = [2146, 2266, 3218, 3491, 3705, 4044, 4092]


@pytest.mark.parametrize("name", sorted(GAZETTES))
def test_gazette_facts(name):
    g = parsed(name).gazette
    assert (g.title, g.region, g.year, g.issue, g.cumulative_issue, g.publish_date) == GAZETTES[name]


@pytest.mark.parametrize("name", sorted(DOCS))
def test_documents(name):
    docs = parsed(name).documents
    got = [(d.first, d.doc_number, d.registration_number, d.doc_type, d.date, list(d.issuer), d.section,
            d.title) for d in docs]
    assert got == DOCS[name]
    assert [d.seq for d in docs] == list(range(1, len(docs) + 1))
    assert len({d.id for d in docs}) == len(docs)


def test_duplicate_copy_recorded():
    result = parsed("youxian-2023-01.txt")
    assert [d.duplicate[0] for d in result.documents] == YOUXIAN_COPIES
    kinds = [(s.kind, s.first) for s in result.segments if s.kind == "duplicate"]
    assert kinds[0] == ("duplicate", 2122)
    codes = [d.code for d in result.diagnostics]
    assert codes.count("duplicate-copy") == 7
    assert "registration-code-odd" in codes


def test_recipients_cc_and_imprint():
    doc = parsed("pingjiang-2023-02.txt").documents[0]
    assert doc.recipients == ("各乡镇人民政府（街道办事处）", "平江高新区", "县直各单位")  # l.64
    assert doc.cc == ("县委各部门", "县人武部", "人大常委会办公室", "县政协办公室", "县人民法院", "县人民检察院")
    assert (doc.printed_by, doc.printed_date) == ("平江县人民政府办公室", "2023-07-28")  # l.135-137
    note = parsed("pingjiang-2023-02.txt").documents[2].note
    assert note == "(此件主动公开)"  # l.253


def test_attachments():
    doc = parsed("qiyang-2024-03.txt").documents[0]  # 附件说明 l.141-143, sections l.148/155/211
    assert [(a.number, a.title, a.first) for a in doc.attachments] == [
        (1, "废止的规范性文件目录", 148), (2, "宣布失效的规范性文件目录", 155), (3, "确认继续有效的规范性文件目录", 211)]


def test_contents_reconciled(sample):
    result = parsed(sample)
    assert all(entry.document for entry in result.toc)
    codes = {d.code for d in result.diagnostics}
    assert "toc-entry-unmatched" not in codes and "document-not-in-toc" not in codes
    assert len(result.toc) == len(result.documents)


def test_title_rebuilt_from_contents():
    result = parsed("pingjiang-2023-02.txt")
    assert "title-rebuilt" in {d.code for d in result.diagnostics}
    assert "发展发展" not in result.documents[0].title


def test_every_nonblank_line_in_exactly_one_segment(sample):
    result = parsed(sample)
    owner: dict[int, str] = {}
    for seg in result.segments:
        for no in range(seg.first, seg.last + 1):
            assert no not in owner, f"line {no} in two segments"
            owner[no] = seg.kind
    nonblank = {line.no for line in result.source.lines if not line.blank}
    assert nonblank <= set(owner)


def test_document_blocks_cover_document_lines(sample):
    result = parsed(sample)
    for doc in result.documents:
        covered = set()
        for b in doc.blocks:
            span = set(range(b.first, b.last + 1))
            assert not (span & covered)
            covered |= span
        lines = {ln.no for ln in result.source.lines if not ln.blank and doc.first <= ln.no <= doc.last}
        assert lines <= covered
