"""Automatic English of unseen titles, the fifth pass: forms of titles whose English order is not
the Chinese one (generator/i18n/titleforms.py), the organs of a government, a national
administration's local bureau and leading verbs (titles.py, names.py), on the repository's glossary
(the titles of a fifth list of unseen county titles; the kinds are what is tested)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.i18n.glossary import load_glossary
from generator.i18n.titles import render_title

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(ROOT / "datasets" / "glossary.csv")


@pytest.mark.parametrize("title, expected", [
    # A forwarded document led by its issuer: "the X of the body", not the body's name glossed before it.
    ("临澧县人民政府关于批转县民政局《临澧县最低生活保障工作实施细则》的通知",
     "Notice of the Linli County People's Government on Approving and Forwarding the Linli County Minimum Living "
     "Allowance Work Detailed Implementation Rules of the County Bureau of Civil Affairs"),
    ("临澧县人民政府关于批转县发展和改革局2025年国民经济和社会发展计划的通知",
     "Notice of the Linli County People's Government on Approving and Forwarding the 2025 National Economic and "
     "Social Development Plan of the County Development and Reform Bureau"),
    ("南浦县人民政府办公室关于转发县人力资源和社会保障局《关于做好2024年高校毕业生就业服务工作的意见》的通知",
     "Notice of the General Office of the Nanpu County People's Government on Forwarding the Opinions of the County "
     "Bureau of Human Resources and Social Security on Effectively Carrying Out 2024 College Graduates Employment "
     "Services"),
    # 转发 X 关于 Y 的通知: the forwarded notice's 的通知 said once, its type the title's.
    ("青溪县人民政府办公室转发县财政局关于加强2024年预算执行管理的通知",
     "Notice of the General Office of the Qingxi County People's Government on Forwarding the Notice of the County "
     "Bureau of Finance on Strengthening 2024 Budget Implementation Management"),
    # ... a forwarded title with its own type is read as a title, as before.
    ("平江县人民政府批转县审计局关于2024年度审计工作报告的通知",
     "Notice of the Pingjiang County People's Government on Approving and Forwarding the Report of the County Audit "
     "Bureau on 2024 Annual Audit Work"),
    # A subject naming a document after its issuer.
    ("临澧县人民政府关于县自然资源局国有建设用地使用权出让方案的批复",
     "Reply of the Linli County People's Government on the State-Owned Construction Land Grant of Use Rights Plan "
     "of the County Bureau of Natural Resources"),
    # ... near misses: a list of bodies, a word running on across the body's end (局长期), a verb after it.
    ("关于县水务局等三个单位预算调整方案的批复",
     "Reply on County Bureau of Water Affairs and Two Other Units Budget Adjustment Plan"),
    ("平江县人民政府关于同意县水务局使用预备费的批复",
     "Reply of the Pingjiang County People's Government on Approving the Use of the Reserve Fund by the County "
     "Bureau of Water Affairs"),
    # …就…答记者问: the speaker answers reporters' questions on the topic.
    ("临澧县人民政府新闻办公室就全县防汛抗旱工作答记者问",
     "Information Office of the Linli County People's Government Answers Reporters' Questions on County-Wide Flood "
     "Control and Drought Relief Work"),
    ("县民政局负责人就《桐溪县城镇居民最低生活保障办法》答记者问",
     "Official of the County Bureau of Civil Affairs Answers Reporters' Questions on the Tongxi County Urban Areas "
     "Residents Minimum Living Allowance Measures"),
    ("县人力资源和社会保障局新闻发言人就养老保险答记者问",
     "Spokesperson of the County Bureau of Human Resources and Social Security Answers Reporters' Questions on "
     "Pension Insurance"),
    # ... 就 of 就业 is a word, not the preposition.
    ("平江县就业服务中心就2025年就业补贴申领答记者问",
     "Pingjiang County Employment Service Centre Answers Reporters' Questions on 2025 Employment Subsidies Claiming"),
    # An organ printed after its government; a national administration's local bureau.
    ("新化县人民政府防汛抗旱指挥部关于启动防汛Ⅳ级应急响应的通知",
     "Notice of the Flood Control and Drought Relief Headquarters of the Xinhua County People's Government on "
     "Launching Flood Control Level IV Emergency Response"),
    ("安化县人民政府安全生产委员会关于开展燃气安全检查的通知",
     "Notice of the Work Safety Committee of the Anhua County People's Government on Carrying Out Gas Safety "
     "Inspection"),
    ("国家税务总局安化县税务局关于公布欠税纳税人名单的公告",
     "Announcement of the Anhua County Taxation Bureau of the State Taxation Administration on Publishing the List "
     "of Taxpayers in Arrears"),
    # Leading verbs: the members of a body as 组成人员, repealing and declaring invalid, submitting for
    # deliberation, developing, 建立健全 (not 建立 + 健全).
    ("青溪县人民政府关于调整县安全生产委员会组成人员的通知",
     "Notice of the Qingxi County People's Government on Adjusting the Members of County Work Safety Committee"),
    ("攸县人民政府关于废止和宣布失效一批行政规范性文件的决定",
     "Decision of the Youxian County People's Government on Repealing and Declaring Invalid a Batch of "
     "Administrative Normative Documents"),
    ("攸县人民政府关于提请审议2025年新增地方政府债券资金安排的议案",
     "Motion of the Youxian County People's Government on Submitting 2025 Newly Added Local Government Bonds Funds "
     "Arrangements for Deliberation"),
    ("临澧县人民政府关于加快发展银发经济的实施意见",
     "Implementation Opinions of the Linli County People's Government on Accelerating the Development of Silver "
     "Economy"),
    ("安化县人民政府办公室关于建立健全政务诚信诉讼执行协调机制的通知",
     "Notice of the General Office of the Anhua County People's Government on Establishing and Improving Government "
     "Integrity Litigation Enforcement Coordination Mechanism"),
])
def test_title_forms_read_as_wholes(glossary, title, expected):
    assert render_title(title, (), glossary) == expected


@pytest.mark.parametrize("title, expected", [
    # 公布 X 名单/名录/清单: Publishing the List of X.
    ("临澧县人民政府关于公布2024年度县级农业产业化龙头企业名单的通知",
     "Notice of the Linli County People's Government on Publishing the List of 2024 Annual County-Level "
     "Agricultural Industrialisation Leading Enterprises"),
    ("国家税务总局安化县税务局关于公布欠税纳税人名单的公告",
     "Announcement of the Anhua County Taxation Bureau of the State Taxation Administration on Publishing the List "
     "of Taxpayers in Arrears"),
    # ... not a list a term names whole (权责清单), nor a list of a catalogue (目录清单).
    ("南浦县人民政府关于公布县级权责清单的通知",
     "Notice of the Nanpu County People's Government on Publishing County-Level List of Powers and "
     "Responsibilities"),
    ("石门县发展和改革局关于公布石门县行政事业性收费目录清单的通知",
     "Notice of the Shimen County Development and Reform Bureau on Publishing Shimen County Administrative and "
     "Institutional Fees Catalogue List"),
    # 做好…有关工作 keeps its Work.
    ("青溪县人民政府关于做好春节期间有关工作的通知",
     "Notice of the Qingxi County People's Government on Effectively Carrying Out Spring Festival Period Relevant "
     "Work"),
    # 编制 leading a subject is the verb; 编制管理 the noun.
    ("攸县财政局关于编制2026年县级部门预算的通知",
     "Notice of the Youxian County Bureau of Finance on Preparing 2026 County-Level Departmental Budgets"),
])
def test_leading_verbs_of_the_fifth_pass(glossary, title, expected):
    assert render_title(title, (), glossary) == expected


@pytest.mark.parametrize("title, expected", [
    # A leading group named by its task: the [region] Leading Group for the task (工作 said by "for").
    ("临澧县人民政府办公室关于调整临澧县全面推行河长制工作领导小组成员的通知",
     "Notice of the General Office of the Linli County People's Government on Adjusting the Members of the Linli "
     "County Leading Group for Fully Implementing River Chief System"),
    ("攸县人民政府关于成立攸县第五次全国经济普查领导小组的通知",
     "Notice of the Youxian County People's Government on Establishing the Youxian County Leading Group for the "
     "5th National Economic Census"),
    # ... a place the glossary lacks, ended at its unit as the phrase reads it.
    ("南浦县人民政府办公室关于成立南浦县城市更新工作领导小组的通知",
     "Notice of the General Office of the Nanpu County People's Government on Establishing the Nanpu County "
     "Leading Group for Urban Renewal"),
    # ... no region: the group's task alone.
    ("达拉特旗人民政府办公室关于成立重点项目建设领导小组的通知",
     "Notice of the General Office of the Dalate Banner People's Government on Establishing the Leading Group for "
     "Key Projects Construction"),
    # A published list of a batch: the Directory of the 3rd Batch of ….
    ("松阳县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的通知",
     "Notice of the Songyang County People's Government on Publishing the Directory of the 3rd Batch of "
     "County-Level Intangible Cultural Heritage Representative Items"),
])
def test_groups_and_batches(glossary, title, expected):
    assert render_title(title, (), glossary) == expected


@pytest.mark.parametrize("title, expected", [
    # The sixth pass. 发展 leading a subject is the verb: Developing (was Development New …) …
    ("汝城县人民政府关于发展新型农村集体经济的实施意见",
     "Implementation Opinions of the Rucheng County People's Government on Developing New Rural Collective "
     "Economy"),
    ("双峰县人民政府办公室关于发展普惠托育服务的实施意见",
     "Implementation Opinions of the General Office of the Shuangfeng County People's Government on Developing "
     "Inclusive Childcare Services"),
    # ... but 发展和改革, 发展规划, 发展对象 are nouns, and 发展壮大 a verb of its own.
    ("攸县发展和改革局关于报送2025年项目计划的通知",
     "Notice of the Youxian County Development and Reform Bureau on Submitting 2025 Project Plan"),
    ("汝城县人民政府关于发展壮大村级集体经济的实施意见",
     "Implementation Opinions of the Rucheng County People's Government on Developing and Strengthening "
     "Village-Level Collective Economy"),
    # A verb after 同意 or 申请 whose English is a noun takes its object: the Recovery of, the Issuance of.
    ("新田县人民政府关于同意收回国有建设用地使用权的批复",
     "Reply of the Xintian County People's Government on Approving the Recovery of State-Owned Construction Land "
     "Use Rights"),
    ("城步苗族自治县人民政府关于申请发行2025年地方政府专项债券的请示",
     "Request for Instructions of the Chengbu Miao Autonomous County People's Government on Applying for the "
     "Issuance of 2025 Local Government Special-Purpose Bonds"),
    ("松岭县人民政府关于申请划拨防汛救灾资金的请示",
     "Request for Instructions of the Songling County People's Government on Applying for the Allocation of "
     "Flood Control Disaster Relief Funds"),
    # 任免…职务 naming posts, not people: the Appointment and Removal of the posts (was …Removals County … Position).
    ("城步苗族自治县人民政府关于任免县人民政府组成部门负责人职务的通知",
     "Notice of the Chengbu Miao Autonomous County People's Government on Appointment and Removal of County "
     "People's Government Constituent Departments Persons in Charge"),
    # ... a named person as before.
    ("城步苗族自治县人民政府关于杨志刚等同志职务任免的通知",
     "Notice of the Chengbu Miao Autonomous County People's Government on Appointment and Removal of Yang "
     "Zhigang and Others"),
    # An ordinal counted with 个 (第四十七个植树节): 47th (was Disishiqi Count).
    ("永顺县人民政府关于开展第四十七个全民义务植树节活动的通知",
     "Notice of the Yongshun County People's Government on Carrying Out 47th Nationwide Voluntary Tree Planting "
     "Day Campaign"),
])
def test_leading_verbs_of_the_sixth_pass(glossary, title, expected):
    assert render_title(title, (), glossary) == expected
