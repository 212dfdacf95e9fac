"""Round trip: random but realistic county gazettes made with a known truth, parsed and checked.

Each issue (a fixed seed) has a masthead, contents (with pages, pages first, or none), 3–8
documents of the common kinds (通知, 转发 and 印发 notices, 通告, 决定, 意见, 批复, 函, 纪要, 公告,
办法, 报告; joint issuers), their 发文字号 over or under the title, 登记号, titles wrapped at natural
and unnatural places, 主送, bodies built from the sample gazettes' own sentences, attachments with
tables of tabs or pipes, signatures, dates in figures or Chinese numerals, 抄送 and 印发; rendered
as extraction gives them (a PDF's text layer with running heads and page numbers, prose wrapped at
30–38 characters, full-width digits and other brackets, blank lines doubled or taken out,
Markdown). Every document is found with its lines, title, 发文字号, 登记号, issuers, 成文日期,
attachments and tables, every contents entry linked to its document, every line in exactly one
segment. (The generator that found the kinds of the fifteenth session's round-trip probe, trimmed.)
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from generator.pipeline import parse_bytes

GAZETTES = Path(__file__).parent.parent / "datasets" / "gazettes"

COUNTIES = [("青溪县", "青", "QX"), ("南浦县", "南", "NP"), ("桐溪县", "桐", "TX"), ("云岭县", "云", "YL"),
            ("石门县", "石", "SM"), ("安平县", "安", "AP"), ("临川县", "临", "LC"), ("白沙县", "白", "BS"),
            ("河西县", "河", "HX"), ("兴宁县", "兴", "XN")]
CN = "〇一二三四五六七八九"
NUMS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
AREAS = ["农村人居环境整治", "森林防火", "防汛抗旱", "耕地保护", "消防安全", "城镇燃气安全", "优化营商环境",
         "义务教育均衡发展", "就业创业", "食品安全", "城乡供水保障", "乡村振兴", "重点项目建设",
         "生态环境保护", "安全生产", "农村公路养护", "校外培训治理", "残疾人保障", "住宅小区物业管理",
         "建筑垃圾管理", "城乡居民基本医疗保险参保缴费", "秸秆禁烧", "河湖长制", "养老服务体系建设",
         "农贸市场环境秩序", "政务服务", "地质灾害防治", "粮食生产", "冬春季动物防疫"]
TOWNS = ["城关镇", "东山乡", "长乐镇", "白石乡", "新塘镇", "龙口街道"]
DEPTS = ["县自然资源局", "县住房和城乡建设局", "县财政局", "县教育局", "县农业农村局", "县交通运输局",
         "县水利局", "县应急管理局", "县民政局", "县卫生健康局"]
UPPER = [("湖南省人民政府办公厅", "湘政办发"), ("市人民政府办公室", "市政办发"), ("湖南省人民政府", "湘政发")]
ADDR = ["各乡镇人民政府、街道办事处，县直各单位：", "各乡镇人民政府，县政府各部门：",
        "各乡镇人民政府（街道办事处），县直有关单位：", "各乡镇人民政府、街道办事处，县政府各部门、各直属机构："]
INTRO_FWD = "现将《{t}》（{n}）转发给你们，请结合实际，认真贯彻执行。"
INTRO_ISSUE = "《{t}》已经县人民政府同意，现印发给你们，请认真组织实施。"


def _sentences():
    out = []
    for path in sorted(GAZETTES.glob("*.txt")):
        prev = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip().replace(" ", "")
            if not line:
                continue
            ok = prev.endswith(("。", "：")) or prev.startswith(("一、", "二、", "三、", "（"))
            prev = line
            if len(line) < 30 or not line.endswith("。") or re.search(r"[〔\[\t|#*<>]|^\W|^第|^[一二三四五六七八九十\d]", line):
                continue
            pieces = [p + "。" for p in line.split("。")[:-1]]
            for s in pieces if ok else pieces[1:]:
                if 12 <= len(s) <= 120 and not re.search(r"[“”《》（）()\d：:；;①-⑳]", s[:6]) and "：" not in s[:14] and not re.search(
                        r"关于|公报|湘阴|攸县|祁阳|平江|有县|附件|印发|抄送|以下简称", s):
                    out.append(s)
    return out


SENTS = _sentences()


def cn_year(y):
    return "".join(CN[int(c)] for c in str(y))


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN[n] if n else "〇"
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def para(rng, k=None):
    return "".join(rng.choice(SENTS) for _ in range(k or rng.randint(1, 4)))


class Doc:
    pass


def make_doc(rng, county, short, code, year, idx, used):
    d = Doc()
    kind = rng.choice(["通知", "通知", "通知fwd", "通知issue", "通知issue", "通告", "决定", "意见", "批复",
                       "函", "纪要", "公告", "办法", "报告"])
    gov = county + "人民政府"
    office = gov + "办公室"
    area = rng.choice(AREAS)
    while area in used:
        area = rng.choice(AREAS)
    used.add(area)
    n = rng.randint(1, 60)
    while n in used:
        n = rng.randint(1, 60)
    used.add(n)
    d.reg = None
    d.recipients = rng.choice(ADDR)
    d.attachments = []
    d.tables = []
    d.fwd = None
    d.issuers = None
    if kind == "通知":
        d.issuer = rng.choice([gov, office])
        pre = short + ("政发" if d.issuer == gov else "政办发")
        d.title_rest = f"关于做好{year}年{area}工作的通知"
        if d.issuer == office and rng.random() < .3:
            d.issuers = [office, county + rng.choice(DEPTS)[1:]]
    elif kind == "通知fwd":
        d.issuer = office
        pre = short + "政办发"
        up, upn = rng.choice(UPPER)
        d.fwd = (f"{up}关于进一步加强{area}工作的通知", f"{upn}〔{year}〕{rng.randint(1, 40)}号")
        d.title_rest = f"关于转发{up}关于进一步加强{area}工作的通知的通知" if rng.random() < .3 else \
            f"关于转发《{d.fwd[0]}》的通知"
    elif kind == "通知issue":
        d.issuer = rng.choice([gov, office])
        pre = short + ("政发" if d.issuer == gov else rng.choice(["政办发", "政办函"]))
        d.plan = f"{county}{area}" + rng.choice(["工作实施方案", "三年行动方案", "专项整治行动方案", "管理办法"])
        d.title_rest = f"关于印发《{d.plan}》的通知"
    elif kind == "通告":
        d.issuer = gov
        pre = short + "政通"
        d.title_rest = f"关于开展{area}专项整治的通告"
        d.recipients = None
    elif kind == "决定":
        d.issuer = gov
        pre = short + "政发"
        d.title_rest = rng.choice([f"关于表彰{year - 1}年度{area}工作先进单位和先进个人的决定",
                                   f"关于公布{year}年规范性文件清理结果的决定"])
    elif kind == "意见":
        d.issuer = gov
        pre = short + "政发"
        d.title_rest = f"关于进一步加强{area}工作的实施意见"
    elif kind == "批复":
        d.issuer = gov
        pre = short + "政函"
        town = rng.choice(TOWNS)
        d.title_rest = f"关于同意{town}{area}项目实施方案的批复"
        d.recipients = f"{town}人民政府："
    elif kind == "函":
        d.issuer = rng.choice([gov, office])
        pre = short + ("政函" if d.issuer == gov else "政办函")
        d.title_rest = f"关于商请支持{area}工作的函"
        d.recipients = rng.choice(DEPTS) + "："
    elif kind == "纪要":
        d.issuer = office
        pre = short + "政阅"
        d.title_rest = f"关于{area}工作专题会议纪要"
        d.recipients = None
    elif kind == "公告":
        d.issuer = gov
        pre = short + "政告"
        d.title_rest = f"关于{area}有关事项的公告"
        d.recipients = None
    elif kind == "办法":
        d.issuer = gov
        pre = short + "政发"
        d.plan = f"{county}{area}管理办法"
        d.title_rest = f"关于印发《{d.plan}》的通知"
        kind = "通知issue"
    else:  # 报告
        d.issuer = gov
        pre = short + "政"
        d.title_rest = f"关于{year}年{area}工作情况的报告"
        d.recipients = "县人大常委会："
    d.kind = kind
    d.title = ("　".join(d.issuers) if d.issuers else d.issuer) + d.title_rest
    d.number = f"{pre}〔{year}〕{n}号"
    d.number_parts = (pre, year, n)
    if kind in ("通知issue", "决定", "通告", "意见", "公告") and rng.random() < .6:
        d.reg = f"{code}DR-{year}-0{1 if d.issuer == office else 0}{rng.randint(1, 30):03d}"
    m, day = rng.randint(1, 12), rng.randint(1, 28)
    d.date = (year, m, day)
    # body
    body = []  # (kind, text)
    if d.fwd:
        body.append(("p", INTRO_FWD.format(t=d.fwd[0], n=d.fwd[1])))
    elif kind == "通知issue":
        body.append(("p", INTRO_ISSUE.format(t=d.plan)))
    elif kind == "批复":
        body.append(("p", f"你镇《关于{area}项目实施方案的请示》收悉。经研究，现批复如下："))
        for i in range(rng.randint(2, 4)):
            body.append(("p", NUMS[i] + "、" + para(rng, 2)))
    elif kind == "纪要":
        body.append(("p", f"{year}年{m}月{max(1, day - 2)}日，副县长主持召开专题会议，研究{area}工作有关事项。"
                          "现将会议议定事项纪要如下："))
        for i in range(rng.randint(2, 4)):
            body.append(("h1", NUMS[i] + "、" + rng.choice(["关于", "明确", "加快"]) + area + rng.choice(["工作", "问题", "进度"])))
            body.append(("p", para(rng)))
    else:
        body.append(("p", para(rng, 2) + ("现就有关事项通知如下：" if kind == "通知" else "")))
        for i in range(rng.randint(1, 4)):
            body.append(("h1", NUMS[i] + "、" + rng.choice(["明确工作目标", "突出工作重点", "强化组织保障",
                                                            "压实工作责任", "加强督促检查", "严格考核奖惩"])))
            if rng.random() < .5:
                for j in range(rng.randint(1, 3)):
                    body.append(("h2", f"（{NUMS[j]}）" + rng.choice(["加强组织领导", "强化宣传引导", "严格督查考核",
                                                                    "加大资金投入"]) + "。" + para(rng, rng.randint(1, 2))))
            elif rng.random() < .4:
                for j in range(rng.randint(2, 3)):
                    body.append(("h3", f"{j + 1}．" + para(rng, 1)))
            else:
                body.append(("p", para(rng)))
    # attachments
    att_text = []
    if kind not in ("纪要",) and rng.random() < .45:
        for i in range(rng.randint(1, 3)):
            t = f"{county}{area}" + rng.choice(["工作任务分解表", "责任单位名单", "项目计划表", "资金分配表",
                                                  "考核评分细则", "工作联系人名单"][i:])
            d.attachments.append((i + 1, t))
        if len(d.attachments) == 1 and rng.random() < .5:
            d.attachments = [(None, d.attachments[0][1])]
        form = rng.choice(["附件{}", "附件{}", "附件 {}", "附件{}：", "附件{}:"])
        for num, t in d.attachments:
            h = form.format(num if num else "").replace(" ：", "：").strip()
            if h.endswith(("：", ":")):
                att_text.append(("atth", h + t))
            else:
                att_text.append(("atth", h))
                att_text.append(("attt", t))
            if rng.random() < .6:
                rows = [("序号", "单位", "工作任务", "完成时限")]
                for r in range(rng.randint(2, 5)):
                    rows.append((str(r + 1), rng.choice(TOWNS + DEPTS), rng.choice(AREAS) + "工作",
                                 f"{year}年{rng.randint(1, 12)}月底前"))
                att_text.append(("table", rows))
                d.tables.append((len(rows) - 1, 4))
            else:
                att_text.append(("p", para(rng, 2)))
    plan_text = []
    if kind == "通知issue":
        plan_text.append(("ptitle", d.plan))
        if d.plan.endswith("办法"):
            for i in range(rng.randint(3, 7)):
                plan_text.append(("art", f"第{NUMS[i]}条　" + para(rng, rng.randint(1, 2))))
            plan_text.append(("art", f"第{NUMS[i + 1]}条　本办法自{cn_year(year)}年{cn_num(m)}月{cn_num(day)}日起施行。"))
        else:
            for i in range(rng.randint(2, 4)):
                plan_text.append(("h1", NUMS[i] + "、" + rng.choice(["总体要求", "工作任务", "保障措施", "实施步骤"])))
                plan_text.append(("p", para(rng)))
    d.body, d.att_text, d.plan_text = body, att_text, plan_text
    d.cc = rng.random() < .35
    d.imprint = rng.random() < .35
    return d


def fmt_num(rng, o, d):
    pre, y, n = d.number_parts
    lb, rb = o["brk"]
    s = f"{pre}{lb}{y}{rb}{n}号"
    return s


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() else c for c in s)


def wrap(s, w):
    out = []
    while len(s) > w:
        cut = w + 1 if s[w] in "，。、；：）》”！？" else w  # (a closing mark hangs at the line's end)
        out.append(s[:cut])
        s = s[cut:]
    if s:
        out.append(s)
    return out


def title_lines(rng, d, o):
    t = d.title
    if d.issuers:
        return d.issuers + wrap_title(rng, d.title_rest, o)
    if o["spaced_title"] and len(d.title_rest) < 24:
        return [d.issuer + "　" + d.title_rest]
    if o["issuer_apart"] or (len(t) > 24 and rng.random() < .5):
        rest = wrap_title(rng, d.title_rest, o)
        return [d.issuer] + rest
    return wrap_title(rng, t, o)


def wrap_title(rng, t, o):
    if len(t) <= rng.randint(20, 28):
        return [t]
    lines = []
    while len(t) > 26:
        cut = rng.randint(14, 24)
        if o["natural"]:
            for k in range(cut, 8, -1):
                if t[k] in "《关" or t[k - 1] in "》的":
                    cut = k
                    break
        if len(t) - cut < 3:
            cut = len(t) - 3
        while cut > 4 and (t[cut] in "》）”，、。" or t[cut - 1] in "《（“"):
            cut -= 1  # (no line opens with a closing mark or ends with an opening one)
        lines.append(t[:cut])
        t = t[cut:]
    lines.append(t)
    return lines


def date_text(rng, o, y, m, dd):
    if o["cn_date"]:
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日".replace("〇", o["zero"])
    return f"{y}年{m}月{dd}日"


def make(seed):
    rng = random.Random(seed)
    county, short, code = rng.choice(COUNTIES)
    year = rng.choice([2022, 2023, 2024, 2025])
    issue = rng.randint(1, 12)
    cum = issue + rng.randint(10, 150)
    o = {
        "brk": rng.choice(["〔〕", "〔〕", "［］", "[]", "（）", "()"]),
        "fw": rng.random() < .2,
        "wrap": rng.choice([None, None, rng.randint(30, 38)]),
        "pdf": rng.random() < .5,
        "blank": rng.choice(["one", "one", "two", "none"]),
        "issuer_apart": rng.random() < .3,
        "natural": rng.random() < .6,
        "cn_date": rng.random() < .3,
        "toc": rng.random() < .75,
        "regdash": rng.choice(["—", "-", "－"]),
        "pagenum": rng.choice(["— {} —", "- {} -", "·{}·", "{}", "第{}页"]),
        "indent": rng.choice(["", "", "　　", "    "]),
        "headnum": rng.random() < .3,
        "sections": rng.random() < .4,
        "below": rng.random() < .35,
        "md": rng.random() < .2,
        "zero": rng.choice("〇〇○Ｏ"),
        "spaced_title": rng.random() < .2,
        "sp": rng.random() < .2,
        "docpage": rng.random() < .5,
        "titlebreak": rng.random() < .3,
        "attlabel": rng.random() < .25,
        "pipes": rng.random() < .2,
        "tocform": rng.choice(["mixed", "mixed", "numbered", "pagefirst", "nopage"]),
        "typespaced": rng.random() < .15,
    }
    used = set()
    docs = [make_doc(rng, county, short, code, year, i, used) for i in range(rng.randint(3, 8))]
    secname = {}
    if o["sections"]:
        docs.sort(key=lambda d: d.issuer.endswith("办公室"))
        form = rng.choice(["{}", "【{}】", "◆{}◆", "■{}"])
        for d in docs:
            secname[id(d)] = form.format("县政府办公室文件" if d.issuer.endswith("办公室") else "县政府文件")
    pm, pd = rng.randint(1, 12), rng.randint(1, 28)
    items = []  # (owner, kind, text)  owner: 'front' 'toc' 'back' or doc index

    def add(owner, kind, text):
        items.append((owner, kind, text))

    gname = county + "人民政府公报"
    mast = rng.randint(0, 3)
    add("front", "x", ("# " if o["md"] else "") + gname)
    if mast == 0:
        add("front", "x", f"{year}年第{issue}期（总第{cum}期）")
    elif mast == 1:
        add("front", "x", f"{year}年第{issue}期")
        add("front", "x", f"（总第{cum}期）")
    elif mast == 2:
        add("front", "x", f"第{issue}期")
        add("front", "x", f"{year}")
        add("front", "x", f"{year}年第{issue}期　总第{cum}期")
    else:
        add("front", "x", f"{year}年第{issue}期　（总第{cum}期）")
    add("front", "x", f"{county}人民政府办公室主办")
    add("front", "x", rng.choice(["{y}年{m}月{d}日出版", "出版日期：{y}年{m}月{d}日", "{y}年{m}月{d}日"]).format(
        y=year, m=pm, d=pd))

    def num_line(d):
        s = fmt_num(rng, o, d)
        return fw(s) if o["fw"] else s

    def reg_line(d):
        s = d.reg.replace("-", o["regdash"])
        return fw(s) if o["fw"] else s

    toc_at = len(items)
    # documents
    for i, d in enumerate(docs):
        if secname and (i == 0 or secname[id(d)] != secname[id(docs[i - 1])]) and rng.random() < .7:
            add(None, "x", secname[id(d)])
        tl = title_lines(rng, d, o)
        if o["typespaced"] and not tl[-1].endswith("函") and len(tl[-1]) > 3:
            tl[-1] = tl[-1][:-2] + " " + tl[-1][-2] + " " + tl[-1][-1]  # (…情况的 通 报)
        if o["md"]:
            tl = ["# " + " ".join(tl)] if rng.random() < .5 else ["**" + tl[0]] + tl[1:-1] + [tl[-1] + "**"] \
                if len(tl) > 1 else ["**" + tl[0] + "**"]
        if not o["below"]:
            if d.reg and rng.random() < .5:
                add(i, "x", reg_line(d))
                add(i, "x", num_line(d))
            else:
                add(i, "x", num_line(d))
                if d.reg:
                    add(i, "x", reg_line(d))
        for t in tl[:-1]:
            add(i, "title", t)
        add(i, "tlast", tl[-1])
        if o["below"]:
            if d.reg and rng.random() < .5:
                add(i, "num", f"（{num_line(d)}　{reg_line(d)}）")
            else:
                add(i, "num", f"（{num_line(d)}）")
                if d.reg:
                    add(i, "num", f"（{reg_line(d)}）" if rng.random() < .5 else reg_line(d))
        if d.recipients:
            add(i, "x", d.recipients)
        for k, t in d.body:
            add(i, "p" if k in ("p", "h2", "h3") else "x", ("## " if o["md"] and k == "h1" else "") + t)
        if d.attachments:
            if len(d.attachments) == 1 and d.attachments[0][0] is None:
                add(i, "x", "附件：" + d.attachments[0][1])
            elif o["attlabel"]:
                add(i, "x", "附件：")
                for num, t in d.attachments:
                    add(i, "x", f"{num}. {t}")
            else:
                for num, t in d.attachments:
                    add(i, "x", ("附件：" if num == 1 else "　　　") + f"{num}．{t}")
        for org in d.issuers or [d.issuer]:
            add(i, "sig", org)
        add(i, "sig", date_text(rng, o, *d.date))
        if d.fwd and rng.random() < .6:
            up = d.fwd[0].split("关于")[0]
            for t in wrap_title(rng, d.fwd[0], {"natural": True}):
                add(i, "x", t)
            add(i, "x", d.fwd[1])
            add(i, "x", rng.choice(["各市州、县市区人民政府，省政府各厅委、各直属机构：", "各县市区人民政府，市直各单位："]))
            add(i, "p", para(rng, 2))
            add(i, "p", para(rng, 2))
            add(i, "sig", up)
            add(i, "sig", date_text(rng, o, d.date[0], max(1, d.date[1] - 1), d.date[2]))
        if d.fwd is None and d.kind not in ("纪要",) and rng.random() < .3:
            add(i, "x", "（此件公开发布）")
        for k, t in d.plan_text:
            add(i, "p" if k in ("p", "art") else "x", t)
        for k, t in d.att_text:
            if k == "table":
                if o["pipes"]:
                    rows = ["| " + " | ".join(t[0]) + " |", "|" + "---|" * len(t[0])] + \
                        ["| " + " | ".join(r) + " |" for r in t[1:]]
                else:
                    rows = ["\t".join(r) for r in t]
                for row in rows[:-1]:
                    add(i, "row", row)
                add(i, "rowlast", rows[-1])
            else:
                add(i, "p" if k == "p" else "x", t)
        if d.cc:
            add(i, "x", "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。")
        if d.imprint:
            day = f"{year}年{d.date[1]}月{min(28, d.date[2] + 1)}日印发"
            if rng.random() < .3:
                add(i, "x", f"{county}人民政府办公室")
                add(i, "x", day)
            else:
                add(i, "x", f"{county}人民政府办公室　　　　{day}")
    add("back", "x", "编辑出版：" + county + "人民政府办公室")
    add("back", "x", f"地址：{county}{rng.choice(TOWNS)}人民路{rng.randint(1, 200)}号")
    add("back", "x", f"电话：0{rng.randint(700, 799)}—{rng.randint(1000000, 9999999)}")
    # render body lines with pages
    lines = []  # (owner, text)
    blank = {"one": 1, "two": 2, "none": 0}[o["blank"]]
    for owner, kind, text in items[:toc_at]:
        lines.append((owner, text))
        lines += [(None, "")] * blank
    body_start = len(lines)
    doc_pages = {}
    page = 1
    count = 0
    plen = rng.randint(35, 45)
    rendered = []
    for owner, kind, text in items[toc_at:]:
        if kind in ("p", "x") and o["wrap"] and owner not in ("front", "back"):
            parts = wrap(o["indent"] + text if kind == "p" else text, o["wrap"])
        elif kind == "p" and o["indent"]:
            parts = [o["indent"] + text]
        else:
            parts = [text]
        for part in parts:
            rendered.append((owner, kind, part))
    prev_owner = None
    for owner, kind, part in rendered:
        newdoc = o["docpage"] and count > 4 and owner != prev_owner and (
            (isinstance(owner, int) and prev_owner is not None) or (owner is None and isinstance(prev_owner, int)))
        if o["pdf"] and (newdoc or (count >= plen and (kind != "title" or o["titlebreak"]))):
            if not o["headnum"]:
                lines.append((None, o["pagenum"].format(page)))
            lines += [(None, "")] * blank
            page += 1
            count = 0
            plen = rng.randint(35, 45)
            head = gname if page % 2 else f"{year}年第{issue}期"
            if o["headnum"]:
                head = f"{head}　　　　{page}" if page % 2 else f"{page}　　　　{head}"
            lines.append((None, ("\f" if rng.random() < .5 else "") + head))
            lines += [(None, "")] * blank
        if owner != prev_owner and isinstance(owner, int):
            doc_pages[owner] = page
        prev_owner = owner
        lines.append((owner, part))
        count += 1
        if not (kind in ("p", "x") and o["wrap"] and owner not in ("front", "back")) and not kind == "title" \
                and not kind == "row" or blank == 2:
            lines += [(None, "")] * blank
        elif kind == "title" and blank:
            lines += [(None, "")] * (blank - 1)
    if o["pdf"]:
        lines.append((None, o["pagenum"].format(page)))
    if not o["pdf"]:
        doc_pages = {i: 1 + 3 * i + rng.randint(0, 2) for i in range(len(docs))}
    # contents
    toc = []
    if o["toc"]:
        toc.append(("toc", "目　　录"))
        toc += [(None, "")] * blank
        for i, d in enumerate(docs):
            if secname and (i == 0 or secname[id(d)] != secname[id(docs[i - 1])]):
                toc.append((None, secname[id(d)]))
                toc += [(None, "")] * blank
            nums = num_line(d) + (" " + reg_line(d) if d.reg else "")
            tl = wrap_title(rng, d.title, {"natural": True}) if rng.random() < .5 else [d.title]
            pg = doc_pages[i]
            form = o["tocform"]
            if form == "pagefirst":
                toc += [("toc", f"{pg}　" + tl[0])] + [("toc", t) for t in tl[1:]]
            elif form == "nopage":
                toc += [("toc", t) for t in tl]
            elif form == "numbered" or rng.random() < .5:
                toc += [("toc", t) for t in tl]
                toc.append(("toc", f"（{nums}）……………（{pg}）"))
            else:
                toc += [("toc", t) for t in tl[:-1]]
                toc.append(("toc", tl[-1] + "……………" + str(pg)))
            toc += [(None, "")] * blank
    lines = lines[:body_start] + toc + lines[body_start:]
    text_lines = [t for _, t in lines]
    if o["sp"]:
        text_lines = [t if "\t" in t else re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", t)
                      for t in text_lines]
        text_lines = [re.sub(r"(?<=[〕）\])])(\d+)号", r"\1 号", t) for t in text_lines]
    owners = [ow for ow, _ in lines]
    # truth
    truth = {"gazette": {"year": year, "issue": issue, "cumulative_issue": cum,
                         "publish_date": f"{year}-{pm:02d}-{pd:02d}"},
             "options": {k: v for k, v in o.items()}, "documents": [], "toc": len(docs) if o["toc"] else 0}
    for i, d in enumerate(docs):
        nos = [k + 1 for k, ow in enumerate(owners) if ow == i]
        truth["documents"].append({
            "title": d.title, "doc_number": d.number, "registration_number": d.reg, "issuer": d.issuers or [d.issuer],
            "date": "%04d-%02d-%02d" % d.date, "attachments": [list(a) for a in d.attachments],
            "tables": [list(t) for t in d.tables], "lines": [nos[0], nos[-1]], "kind": d.kind,
        })
    truth["owners"] = owners
    return "\n".join(text_lines) + "\n", truth


# ----- the check -----

def _norm(s):
    if s is None:
        return None
    s = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    return s.translate(str.maketrans("〔〕［］[]()（）—－", "〔〕〔〕〔〕〔〕〔〕--"))


SEEDS = range(60)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_generated_gazette_reads_as_made(seed):
    text, truth = make(seed)
    result = parse_bytes(text.encode("utf-8"), f"roundtrip-{seed}.txt")
    data = result.to_dict()
    owners = truth["owners"]
    assert {k: data["gazette"][k] for k in truth["gazette"]} == truth["gazette"]
    docs = data["documents"]
    assert len(docs) == len(truth["documents"]), [d["title"] for d in docs]
    for doc, want in zip(docs, truth["documents"]):
        a, b = want["lines"]
        first, last = doc["lines"]
        # (a section's heading over the first document of its section is the document's)
        assert first <= a and all(owners[k - 1] is None for k in range(first, a)), (want["title"], doc["lines"], want["lines"])
        assert last >= b and all(owners[k - 1] is None for k in range(b + 1, last + 1)), (want["title"], doc["lines"])
        assert _norm(doc["title"]) == _norm(want["title"])
        assert _norm(doc["doc_number"]) == _norm(want["doc_number"])
        assert doc["registration_number"] == want["registration_number"]
        assert doc["issuer"] == want["issuer"]
        assert doc["date"] == want["date"]
        assert [[x["number"], _norm(x["title"])] for x in doc["attachments"]] == \
            [[n, _norm(t)] for n, t in want["attachments"]]
        assert [list(t["shape"]) for t in doc["tables"]] == want["tables"]
    if truth["toc"]:
        ids = [d["id"] for d in docs]
        assert {e["document"] for e in data["toc"]} >= set(ids)
    owner = {}
    for segment in data["segments"]:
        for no in range(segment["lines"][0], segment["lines"][1] + 1):
            assert no not in owner, f"line {no} in two segments"
            owner[no] = segment.get("document") or segment["kind"]
    for no, (own, line) in enumerate(zip(owners, text.split("\n")), 1):
        if line.strip():
            assert no in owner, f"line {no} lost: {line}"
            if isinstance(own, int):
                assert owner[no] == docs[own]["id"], (no, line)
