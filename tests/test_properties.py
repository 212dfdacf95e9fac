"""Properties of the whole parser (hypothesis): encodings and layout noise do not change the
documents; random damage never crashes it and never loses a line."""

import codecs
import re
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ingest import UnusableInput
from generator.pipeline import parse_bytes
from tests.conftest import GAZETTES, SAMPLES
# (imported here, not in a test: the module defines tests of its own with @given, which
# Hypothesis refuses to define inside a running test)
from tests.test_export import one_process_config


def fields(result):
    return [(d.first, d.title, d.doc_number, d.registration_number, d.date, d.issuer, d.recipients,
             d.cc, d.printed_date, d.duplicate, tuple((b.kind, b.first, b.last) for b in d.blocks))
            for d in result.documents]


REENCODINGS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf16": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf16be-without-bom": lambda t: t.encode("utf-16-be"),
    "trailing-spaces": lambda t: t.replace("\n", "  \u3000\n").encode("utf-8"),
    # (CRLF, CR and LF by turns in one file, as a text pasted together from several sources, with
    # spaces and ideographic spaces at the lines' ends; a CR over a blank line is written CRLF,
    # which a CR then an LF reads as)
    "mixed-line-ends": lambda t: "".join(
        x + ("  " if k % 2 else "\u3000") + ("\r\n" if k % 3 == 0 or (k % 3 == 1 and not y) else "\r" if k % 3 == 1 else "\n")
        for k, (x, y) in enumerate(zip(t.split("\n"), t.split("\n")[1:] + ["x"]))).encode("utf-8"),
    "gb18030-crlf-nbsp": lambda t: t.replace("\n", "\r\n").replace(" ", "\u00a0").encode("gb18030"),
    # (the 文号's brackets and the 登记号's dashes as a font or OCR prints them: 〖2023〗, PJDR―2023―01004)
    "other-brackets-and-dashes": lambda t: re.sub(r"(?<=[A-Z])[—-](?=\d{4})|(?<=[A-Z][—-]\d{4})[—-]", "―",
                                                  t.replace("〔", "〖").replace("〕", "〗")).encode("utf-8"),
    # (a word processor's full-width digits and letters: ２０２４年, 〔２０２３〕７号, ＰＪＤＲ—２０２３—０１００４)
    "full-width-digits-and-letters": lambda t: "".join(
        chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in t).encode("utf-8"),
    # (a text layer's soft hyphens between figures and around the brackets: 20\u00ad23, \u00ad〔)
    "soft-hyphens": lambda t: re.sub(r"(?<=\d)(?=\d)|(?=[〔〕])", "\u00ad", t).encode("utf-8"),
    # (the 文号's brackets as OCR reads them, 「2023」, or a font prints them, 〘2023〙)
    "corner-brackets": lambda t: t.replace("〔", "「").replace("〕", "」").encode("utf-8"),
    "tortoise-shell-brackets": lambda t: t.replace("〔", "〘").replace("〕", "〙").encode("utf-8"),
    # (OCR's letter O for the 0 of a 登记号's year: PJDR—2O23—01004)
    "letter-o-in-registration-years": lambda t: re.sub(r"(?<=[A-Z][—－-])20(?=\d\d[—－-])", "2O", t).encode("utf-8"),
}


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("how", sorted(REENCODINGS))
def test_reencoded_gazette_gives_same_documents(name, how):
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    variant = parse_bytes(REENCODINGS[how](text), name)
    assert fields(variant) == fields(baseline)
    assert variant.gazette == baseline.gazette
    assert [s.to_dict() for s in variant.segments] == [s.to_dict() for s in baseline.segments]


EXCERPT = (GAZETTES / "pingjiang-2023-02.txt").read_text(encoding="utf-8").split("\n")[:260]


def check_invariants(data: bytes):
    try:
        result = parse_bytes(data, "fuzz.txt")
    except UnusableInput:
        return
    owner = {}
    for seg in result.segments:
        for no in range(seg.first, seg.last + 1):
            assert no not in owner
            owner[no] = seg.kind
    nonblank = {line.no for line in result.source.lines if not line.blank}
    assert nonblank <= set(owner)
    result.to_dict()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["drop", "dup", "swap", "cut", "blank"]),
                          st.integers(0, len(EXCERPT) - 1), st.integers(0, 40)), max_size=25))
def test_line_mutations_never_crash_or_lose_lines(ops):
    lines = list(EXCERPT)
    for op, i, k in ops:
        if not lines:
            break
        i %= len(lines)
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[(i + k) % len(lines)])
        elif op == "swap":
            j = (i + k) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            lines[i:i + 1] = [lines[i][:k], "", lines[i][k:]]
        else:
            lines.insert(i, "")
    check_invariants("\n".join(lines).encode("utf-8"))


# What extraction scatters through a gazette: page furniture, stray brackets and numbers, the
# words that open a header, an attachment or a table, markup, a zero-width space, tabs.
NOISE = ["\f", "— 3 —", "　", "\t", "（", "）", "〔2024〕", "号", "附件", "目录", "2024年3月5日", "\u200b", "|",
         "<td>", "**", "#", "……（3）", "第3期", "抄送：", "印发", "关于", "的通知", "1.", "一、", "表1",
         "单位：万元", "合计", "序号\t名称\t数量"]
WINDOWS = [(GAZETTES / name).read_text(encoding="utf-8").split("\n") for name in SAMPLES]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SAMPLES) - 1), st.integers(0, 5000), st.integers(20, 300),
       st.lists(st.tuples(st.sampled_from(["noise", "noise-after", "noise-before", "split", "copy"]),
                          st.integers(0, 10000), st.integers(0, len(NOISE) - 1), st.integers(0, 80)), max_size=30))
def test_noise_in_any_window_of_a_sample_never_crashes_or_loses_lines(sample, start, size, ops):
    """A window of any sample (a file cut anywhere), with noise inserted, glued to lines, and lines
    split or copied: the parse never crashes and every non-blank line is in one segment."""
    text = WINDOWS[sample]
    lines = text[start % len(text):][:size]
    for op, i, which, k in ops:
        if not lines:
            break
        i %= len(lines)
        if op == "noise":
            lines.insert(i, NOISE[which])
        elif op == "noise-after":
            lines[i] += NOISE[which]
        elif op == "noise-before":
            lines[i] = NOISE[which] + lines[i]
        elif op == "split":
            lines[i:i + 1] = [lines[i][:k], lines[i][k:]]
        else:
            lines.insert(i, lines[(i + k) % len(lines)])
    check_invariants("\n".join(lines).encode("utf-8"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 20000), st.integers(0, 255)), max_size=30),
       st.sampled_from(["utf-8", "gb18030"]))
def test_byte_mutations_never_crash(flips, encoding):
    data = bytearray("\n".join(EXCERPT).encode(encoding))
    for pos, value in flips:
        data[pos % len(data)] = value
    check_invariants(bytes(data))


def test_shuffled_lines_never_crash():
    rng = random.Random(20231023)
    for _ in range(5):
        lines = list(EXCERPT)
        rng.shuffle(lines)
        check_invariants("\n".join(lines).encode("utf-8"))


EXCERPTS = {name: (GAZETTES / name).read_text(encoding="utf-8").split("\n") for name in SAMPLES}
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-8 crlf")


@st.composite
def damaged_gazettes(draw):
    """A window of a real gazette, cut, duplicated and shuffled in places, then re-encoded."""
    lines = EXCERPTS[draw(st.sampled_from(SAMPLES))]
    start = draw(st.integers(0, len(lines) - 1))
    window = list(lines[start:start + draw(st.integers(1, 400))])
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "duplicate", "shuffle"]))
        i = draw(st.integers(0, len(window) - 1))
        k = draw(st.integers(1, 30))
        if op == "cut":  # a page break cuts a block out
            del window[i:i + k]
        elif op == "duplicate":  # a block printed twice
            window[i:i] = window[i:i + k]
        else:  # lines out of order within a window
            part = window[i:i + k]
            draw(st.randoms(use_true_random=False)).shuffle(part)
            window[i:i + k] = part
        if not window:
            window = [lines[start]]
    text = "\n".join(window)
    encoding = draw(st.sampled_from(ENCODINGS))
    if encoding == "utf-8 crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    return text.encode(encoding)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged_gazettes())
def test_damaged_real_excerpts_never_crash_or_lose_a_line(data):
    check_invariants(data)


NUMBERS = ("0", "00", "1", "7", "1900", "1949", "2099", "99999", "123456789")


@st.composite
def renumbered_gazettes(draw):
    """A window of a real gazette whose numbers (issue, years, 发文字号, dates, cells) are
    replaced, each run of digits by another: what OCR or a careless copy prints."""
    import re

    lines = EXCERPTS[draw(st.sampled_from(SAMPLES))]
    start = draw(st.integers(0, max(0, len(lines) - 60)))
    text = "\n".join(lines[start:start + draw(st.integers(20, 400))])
    runs = list(re.finditer(r"\d+", text))
    if not runs:
        return text.encode("utf-8")
    chosen = draw(st.lists(st.tuples(st.integers(0, len(runs) - 1), st.sampled_from(NUMBERS)), max_size=12))
    swaps = dict(chosen)
    out, last = [], 0
    for k, m in enumerate(runs):
        out += [text[last:m.start()], swaps.get(k, m.group())]
        last = m.end()
    return ("".join(out) + text[last:]).encode("utf-8")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(renumbered_gazettes())
def test_whatever_numbers_a_gazette_prints_its_datasets_fit_their_schemas(tmp_path_factory, data):
    """Every value the parse gives fits the published schemas (a year before 1949, 第0期, a
    〔2023〕0号 are not taken): the build never refuses a gazette for the numbers it prints."""
    from generator.export import build_datasets

    try:
        result = parse_bytes(data, "renumbered.txt")
    except UnusableInput:
        return
    one_process = one_process_config()
    build_datasets([result], tmp_path_factory.mktemp("renumbered") / "datasets", one_process, zips=False)


def _seen(result):
    """What a reader finds in each document: its fields, its attachments, its tables' rows."""
    return [(d.title, d.doc_number, d.registration_number, d.date, d.issuer, d.recipients,
             [(a.number, a.title) for a in d.attachments], [(t.columns, t.rows, t.total) for t in d.tables])
            for d in result.documents]


def _with_pages(text: str, every: int, head: str, furniture: tuple[str, ...] = ("— {page} —", "\f{head}")) -> str:
    """The text with a page break (by default a page number, a form feed and the issue's running
    head; else the lines of ``furniture``) after every ``every`` lines past the 60th: inside
    sentences, lists and tables alike."""
    out, page = [], 100
    for k, line in enumerate(text.split("\n")):
        out.append(line)
        if k > 60 and k % every == 0:
            page += 1
            out += [x.format(page=page, head=head) for x in furniture]
    return "\n".join(out)


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("every", [25, 35, 37, 49, 53])
def test_page_breaks_anywhere_give_the_same_documents_and_rows(name, every):
    """A page break cuts a table's rows, a sentence or a list wherever it falls: the documents,
    their fields and every table's rows come out as without it."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    g = baseline.gazette
    variant = parse_bytes(_with_pages(text, every, f"{g.title}　{g.year}年第{g.issue}期").encode("utf-8"), name)

    assert _seen(variant) == _seen(baseline)


@pytest.mark.parametrize("name", SAMPLES)
def test_an_issue_printed_twice_in_one_file_gives_its_documents_once(name):
    """A file that carries the issue twice (its cover, colophon, contents and documents again):
    the documents of the first copy as the issue alone gives them, to their last line (the
    second copy's cover is the copy's, not the last document's end), and no warning the issue
    alone does not raise."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    once = parse_bytes(text.encode("utf-8"), name)
    twice = parse_bytes((text + "\n\n" + text).encode("utf-8"), name)
    # (each document now names where its second copy is: the rest is the same)
    assert [f[:9] + f[10:] for f in fields(twice)] == [f[:9] + f[10:] for f in fields(once)]
    assert all(d.duplicate for d in twice.documents)
    assert [(s.first, s.last) for s in twice.segments if s.kind == "document"] == \
        [(s.first, s.last) for s in once.segments if s.kind == "document"]
    warned = {d.code for d in once.diagnostics if d.severity != "info"}
    assert {d.code for d in twice.diagnostics if d.severity != "info"} <= warned


@pytest.mark.parametrize("name", SAMPLES)
def test_a_document_whose_date_was_lost_leaves_the_next_one_as_it_was(name):
    """Each document's 成文日期 taken out in turn (an extraction that lost it): its signature over
    the next title stays its own, and every other document is read as before."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    baseline = parse_bytes(text.encode("utf-8"), name)

    def seen(d):
        return d.title, d.doc_number, d.date, d.issuer, len(d.attachments), len(d.tables)

    for k, doc in enumerate(baseline.documents):
        date = next((b for b in doc.blocks if b.kind == "date"), None)
        if date is None:
            continue
        variant = parse_bytes("\n".join(x for n, x in enumerate(lines, 1) if not date.first <= n <= date.last)
                              .encode("utf-8"), name)
        assert [seen(d) for j, d in enumerate(variant.documents) if j != k] == \
            [seen(d) for j, d in enumerate(baseline.documents) if j != k]



# The forms of a page's furniture printed between two pages, each line of it (the form feed
# opens the next page): the page's number between dots, tildes or hyphens, 第N页 共M页.
PAGE_FURNITURE = {
    "dots-around-the-number": ("·{page}·", "\f{head}"),
    "dots-around-the-number-alone": ("·{page}·", "\f"),
    "tildes-around-the-number": ("~ {page} ~", "\f{head}"),
    "hyphens-around-the-number": ("- {page} -", "\f"),
    "page-of-the-pages": ("第 {page} 页 共 240 页", "\f{head}"),
    "running-head-alone": ("\f{head}",),
    "running-head-of-a-combined-issue": ("— {page} —", "\f{combined}"),
    # the page's number alone, at the top of the next page (a header's number), over the running
    # head or under it
    "bare-number-at-the-top": ("\f{page}",),
    "bare-number-then-running-head": ("\f{page}", "{head}"),
    "running-head-then-bare-number": ("\f{head}", "{page}"),
    # the section's name alone at the top of each page, without the page's number beside it
    "section-running-head-alone": ("\f【规范性文件】",),
    "section-running-head-under-the-number": ("— {page} —", "\f政府文件"),
    "section-running-head-under-a-bare-number": ("\f{page}", "◆部门文件◆"),
}


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("how", sorted(PAGE_FURNITURE))
@pytest.mark.parametrize("every", [59, 37])
def test_page_furniture_in_any_form_gives_the_same_documents_and_rows(name, how, every):
    """Whatever a page prints at its foot and head, a page break cuts nothing into a document's
    fields, its attachments' titles or a table's cells."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    g = baseline.gazette
    combined = f"{g.title}　{g.year}年第{g.issue}—{g.issue + 1}期合刊"  # (the issue printed as one of two)
    furniture = tuple(x.replace("{combined}", combined) for x in PAGE_FURNITURE[how])
    printed = _with_pages(text, every, f"{g.title}　{g.year}年第{g.issue}期", furniture)
    variant = parse_bytes(printed.encode("utf-8"), name)
    assert _seen(variant) == _seen(baseline)
    # (the contents too: a page break among its entries)
    assert [(e.title, e.document) for e in variant.toc] == [(e.title, e.document) for e in baseline.toc]


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("paged", [False, True])
def test_double_spaced_gazette_gives_the_same_documents_and_rows(name, paged):
    """A gazette exported double-spaced (a blank line under every line, as some PDF and Word
    exports print it), with page breaks among its lines too (a page number, the form feed, the
    running head): the same documents, fields, attachments and table rows."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    g = baseline.gazette
    spaced = "\n\n".join(text.split("\n"))
    printed = _with_pages(spaced, 37, f"{g.title}　{g.year}年第{g.issue}期") if paged else spaced
    variant = parse_bytes(printed.encode("utf-8"), name)
    assert _seen(variant) == _seen(baseline)
    assert [(e.title, e.document) for e in variant.toc] == [(e.title, e.document) for e in baseline.toc]


@pytest.mark.parametrize("name", SAMPLES)
def test_an_issue_printed_without_its_year_keeps_its_year(name):
    """The samples with the year taken out of every issue line (2024 年第 4 期 → 第 4 期, the cover,
    the colophon and the running heads): the issue's year is still the one it was (from the
    cover's date, or the documents' dates), and every document is read as before."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    bare = re.sub(r"(?:19|20)\d{2}\s*年\s*(?=第\s*\d{1,2}\s*[-—～~、]?\s*\d{0,2}\s*期)", "", text)
    assert bare != text
    variant = parse_bytes(bare.encode("utf-8"), name)
    assert (variant.gazette.year, variant.gazette.issue) == (baseline.gazette.year, baseline.gazette.issue)
    assert _seen(variant) == _seen(baseline)


@pytest.mark.parametrize("name", SAMPLES)
def test_an_issue_printed_without_its_cover_and_contents_gives_the_same_documents(name):
    """The samples with their cover and contents taken out (as a portal's download of the
    documents alone gives them): the same documents, fields, attachments and rows, but for the
    numbers only the contents printed (taken from them, said by filled-from-toc)."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    gone = {no for s in baseline.segments if s.kind in ("front", "toc") for no in range(s.first, s.last + 1)}
    assert gone
    bare = "\n".join(line for no, line in enumerate(text.split("\n"), 1) if no not in gone)
    variant = parse_bytes(bare.encode("utf-8"), name)
    filled = {d.excerpt for d in baseline.diagnostics if d.code == "filled-from-toc"}
    assert len(variant.documents) == len(baseline.documents)
    assert [s for s, d in zip(_seen(variant), baseline.documents) if d.title not in filled] == \
        [s for s, d in zip(_seen(baseline), baseline.documents) if d.title not in filled]


def _wide_stops(line: str, stop: int = 8) -> str:
    """``line``'s tabs made spaces to stops of 8 columns, a Chinese character two columns."""
    import unicodedata

    parts = line.split("\t")
    out = ""
    for part in parts[:-1]:
        out += part
        out += " " * (stop - sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in out) % stop)
    return out + parts[-1]


# An exporter's ways to make a tab spaces: a fixed number a tab, or the spaces to the next stop
TABS_EXPANDED = {
    "four-spaces-a-tab": lambda text: text.replace("\t", "    "),
    "eight-spaces-a-tab": lambda text: text.replace("\t", " " * 8),
    "stops-of-8": lambda text: text.expandtabs(8),
    "stops-of-8-chinese-two-columns": lambda text: "\n".join(_wide_stops(x) for x in text.split("\n")),
}


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("how", sorted(TABS_EXPANDED))
def test_tab_rows_whose_tabs_an_exporter_made_spaces_give_the_same_rows(name, how):
    """A gazette whose tabs an exporter made runs of spaces (empty cells, first cells empty under
    a merged one, last cells empty): the same documents, fields and attachments, and the same
    rows. A fixed number of spaces a tab gives every row back. With stops, a tab one column from
    its stop is one space, which a space inside a cell is too: the samples' cells hold such spaces
    (社会部 民政局, 2024 年) and are taken out first; a row the rows around it do not show short of
    a cell may keep such a tab a space (1 in 50 at most)."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    if how.startswith("stops"):
        text = "\n".join("\t".join(c.replace(" ", "") for c in x.split("\t")) if "\t" in x else x
                         for x in text.split("\n"))
    baseline = _seen(parse_bytes(text.encode("utf-8"), name))
    variant = _seen(parse_bytes(TABS_EXPANDED[how](text).encode("utf-8"), name))
    if not how.startswith("stops"):
        assert variant == baseline
        return
    assert [d[:7] for d in variant] == [d[:7] for d in baseline]
    pairs = [(a, b) for d, e in zip(baseline, variant) for a, b in zip(d[7], e[7])]
    assert [len(d[7]) for d in variant] == [len(d[7]) for d in baseline]
    rows = [(r, s) for a, b in pairs for r, s in zip(a[1], b[1])]
    assert all(len(a[1]) == len(b[1]) for a, b in pairs)
    assert sum(r != s for r, s in rows) * 50 <= len(rows)


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("how", ["the-number-between-dashes", "bare-number-at-the-top", "running-head-alone"])
def test_a_page_break_under_a_tables_first_line_gives_the_same_rows(name, how):
    """A page break right under the first line of every table and of every header it prints again
    (a header's first row over its second, a header last on its page over the rows): the same
    documents, fields, attachments and rows."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    baseline = parse_bytes(text.encode("utf-8"), name)
    g = baseline.gazette
    head = f"{g.title}　{g.year}年第{g.issue}期"
    firsts = {t.first for d in baseline.documents for t in d.tables} | \
        {no for d in baseline.documents for t in d.tables for no, why in t.dropped if why == "repeated-header"}
    lines, out = text.split("\n"), []
    for no, line in enumerate(lines, 1):
        out.append(line)
        if no in firsts and no < len(lines) and "\t" in lines[no]:
            out += [x.format(page=100 + no, head=head) for x in PAGE_FURNITURE.get(how, ("— {page} —", "\f{head}"))]
    variant = parse_bytes("\n".join(out).encode("utf-8"), name)
    assert _seen(variant) == _seen(baseline)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_tab_row_closed_by_a_tab_gives_the_same_rows(name):
    """A gazette whose exporter closes each tab row with one more tab (序号⇥单位⇥金额⇥): the
    same documents, fields, attachments and rows (youxian failed before: its rows printed without
    the empty cell under a merged one were no longer realigned)."""
    text = (GAZETTES / name).read_text(encoding="utf-8")
    closed = "\n".join(x + "\t" if "\t" in x else x for x in text.split("\n"))
    assert _seen(parse_bytes(closed.encode("utf-8"), name)) == _seen(parse_bytes(text.encode("utf-8"), name))
