"""Orchestrate the parse of one gazette: decode → normalise → segment → extract → reconcile.

``parse_source`` never raises on odd text: anything doubtful becomes a diagnostic. Only input
that cannot be read as text at all is refused, by ``ingest`` (``UnusableInput``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .blocks import build_blocks
from .copies import CopyDiff, same_document
from .catalogue import CatalogueEntry, apply_catalogue
from .cutlines import join_cut_lines
from .extract import extract_fields
from .furniture import is_web_chrome, marks_beside_running_heads
from .runs import page_mark_at
from .cellbreaks import broken_headers_joined
from .gridprep import unframe_text_boxes, untab_markers
from .gridnotes import grid_notes_untabbed
from .lonecells import lone_cells_untabbed
from .headerlines import header_kind, is_interpretation
from .headerspan import banner_above, bare_number, before_furniture, past_furniture
from .runondocs import split_run_on_documents
from .runonjunction import split_junctions
from .tocrunon import split_run_on_contents
from .redheads import day_over_a_number, organs_over_a_number, organs_over_a_title, separator_rule
from .htmllines import html_lines_parted
from .htmltables import html_rows
from .ingest import decode, read_source
from .gazetteid import gazette_id, region_from_headers  # (gazette_id: also given from here)
from .appointments import appointments_of
from .masthead import from_the_back_cover, issue_from_running_heads, issue_year, other_issues, read_masthead
from .mixedlines import line_spans
from .pageheading import heading_lines
from .ordernotes import rule_lines
from .backmatter import back_headings
from .model import Diagnostic, Document, Line, ParseResult, SourceText
from .normalize import fold, strip_markup
from .segment import DocSpan, layout
from .segmentparts import segments_of
from .namelists import names_as_tab_rows
from .numberedgrids import numbered_grids_as_tab_rows
from .pagestamps import marked_page_stamps, marked_unnumbered_stamps
from .printstamps import marked_print_stamps
from .pairedheads import marked_paired_heads
from .sectionheads import marked_running_heads
from .titleheads import marked_title_heads
from .secondissue import later_contents, listed_again, sections_named_again
from .spacedtables import as_tab_rows
from .underlines import read_across_underlines
from .spacing import places
from .tables import assemble_tables
from .pagecolumns import columns_continued
from .tablenotes import notes_with_their_parts
from .texmath import unread_math
from .toc import parse_toc
from .tocmatch import DocRef, issued_titles, reconcile
from .tocfill import fill_from_toc, interpretations_section_dropped
from .unread import lost_characters, unread_numbers
from .headstrays import in_page_lines
from .personlines import undashed

PLACEHOLDER = "\x00doc\x00"


def parse_path(path: str, catalogue: dict[str, CatalogueEntry] | None = None) -> ParseResult:
    return parse_source(read_source(path), catalogue)


def parse_bytes(data: bytes, path: str = "<bytes>",
                catalogue: dict[str, CatalogueEntry] | None = None) -> ParseResult:
    return parse_source(decode(data, path), catalogue)


def parse_source(source: SourceText, catalogue: dict[str, CatalogueEntry] | None = None
                 ) -> ParseResult:
    diagnostics: list[Diagnostic] = []
    if source.encoding not in ("utf-8",):
        diagnostics.append(Diagnostic(
            "encoding", "info", f"decoded as {source.encoding}", None, None))
    if source.damaged:
        shown = ", ".join(str(no) for no in source.damaged[:10]) + (" …" if len(source.damaged) > 10 else "")
        first = source.lines[source.damaged[0] - 1].text.strip()
        diagnostics.append(Diagnostic(
            "encoding-damaged", "warning",
            f"{len(source.damaged)} line(s) hold bytes that are not {source.encoding.replace('+', ' or ')} (a "
            f"download cut inside a character, a stray byte), each shown as U+FFFD: line(s) {shown}",
            source.damaged[0], first[:60]))
    if source.second:
        main, other = source.encoding.split("+")
        diagnostics.append(Diagnostic(
            "encoding-mixed", "warning",
            f"{len(source.second)} line(s) are {other.upper()} in a file that is mostly {main.upper()}, each "
            f"read in its own encoding: line(s) {line_spans(source.second)}",
            source.second[0], source.lines[source.second[0] - 1].text.strip()[:60]))
    diagnostics.extend(source.notes)
    if unread := unread_math(source.lines):  # (a converter's math naming what texmath does not read: as printed)
        diagnostics.append(Diagnostic(
            "math-unread", "info", f"{len(unread)} line(s) hold a converter's inline math that is not read as text, "
            f"left as printed: line(s) {line_spans(unread)}", unread[0], source.lines[unread[0] - 1].text.strip()[:60]))
    if source.repaired:
        diagnostics.append(Diagnostic(
            "encoding-decoded-twice", "warning",
            f"{len(source.repaired)} line(s) were text a tool had read as Latin-1 or Windows-1252 and saved "
            f"again (æ¡æºª… for 桐溪…), each read again as printed: line(s) {line_spans(source.repaired)}",
            source.repaired[0], source.lines[source.repaired[0] - 1].text.strip()[:60]))
    # (an HTML table's rows, their markup on lines of their own, are read before those lines go;
    # a text printed double-spaced is read by its lines' places: spacing; a blank line, its key
    # empty, asked without the property's call, over every line of the file)
    paged, html_run_on = html_lines_parted(places(source.lines))  # (a web page's HTML on one line: a line a block)
    content, run_on = split_run_on_contents([line for line in html_rows(paged) if line.key])
    content, junctions = split_junctions(content)  # (a document's closing run into the next's opening, first:
    content, run_on_docs = split_run_on_documents(content)  # the next may be a whole document on the line; tocrunon)
    run_on = html_run_on + run_on + junctions + run_on_docs
    content = join_cut_lines(content)  # (a document run onto one line is read as the lines it printed)
    content = marked_running_heads(content)  # (a section's name first on its pages: furniture)
    content = marked_paired_heads(content)  # (a section's name beside a bare number, facing the issue's heads)
    content = marked_title_heads(content)  # (a document's own title first on its pages: furniture)
    content = marked_print_stamps(content)  # (a browser's or a viewer's head and foot of each page)
    content = marked_page_stamps(content)  # (a watermark, the portal's name beside each page's number)
    content = marked_unnumbered_stamps(content)  # (the same, no page's number printed: inside sentences)

    # The masthead is read from the lines before the first 目录 or document.
    pre = _front_lines(content)
    gazette, masthead_key, masthead_diags = read_masthead(pre)
    shape = layout(content, masthead_key)
    if shape.docs and shape.docs[0].first < len(pre):
        # The cover ends where the first document starts: read the masthead again from the
        # lines before it, so that no document line is taken for a cover line (but for the head
        # of a web page over it, whose trail may name the issue: 首页 > 政府公报 > 2024年第3期).
        cover_end = shape.docs[0].first
        while cover_end < len(content) and is_web_chrome(content[cover_end].key):
            cover_end += 1
        gazette, _, masthead_diags = read_masthead(content[:cover_end])
    if gazette.title is None and gazette.issue is None and shape.back:  # (its masthead on the back cover only)
        gazette, masthead_diags = from_the_back_cover(content[shape.back[-1][0]:shape.back[-1][1] + 1], gazette, masthead_diags)
    if gazette.issue is None:  # (the cover's issue lost, an image: the running heads name it)
        gazette, masthead_diags = issue_from_running_heads(content, gazette, masthead_diags)
    diagnostics.extend(masthead_diags)
    diagnostics.extend(other_issues(content, shape.repeats, gazette))
    gazette, cat_diags = apply_catalogue(gazette, source.sha256, catalogue)
    diagnostics.extend(cat_diags)
    if gazette.region is None:
        gazette, region_diags = region_from_headers(gazette, content, shape)
        diagnostics.extend(region_diags)

    diagnostics.extend(run_on)
    # Documents. Ids are given once duplicate copies are known; until then diagnostics name
    # the document by a placeholder.
    drafts: list[tuple[Document, DocSpan, list[Diagnostic]]] = []
    for span in shape.docs:
        doc, doc_diags = _document(content, span, PLACEHOLDER, len(drafts) + 1, (gazette.year, gazette.issue))
        drafts.append((doc, span, doc_diags))
    if gazette.year is None and (gazette.issue is not None or gazette.publish_date is not None):
        # (the issue printed without its year: the cover's date or the documents' give it; a file
        # that names no issue at all is given no year)
        year = issue_year(gazette.publish_date, gazette.issue, [d.date for d, _, _ in drafts if d.date])
        if year is not None:
            gazette = replace(gazette, year=year)
            diagnostics.append(Diagnostic(
                "gazette-year-inferred", "info",
                f"no year of the issue read in the front matter (expected 2024年第3期 or the year on a "
                f"line of its own): {year} taken from "
                + ("the cover's date" if gazette.publish_date and year == int(gazette.publish_date[:4])
                   else "the cover's date, the issue dated in the next January" if gazette.publish_date
                   else "its documents' dates"), pre[0].no if pre else None, None))
    gid = gazette_id(gazette, source.sha256)

    # Duplicate copies: the same document again (same 发文字号, or same title without one).
    kept: list[tuple[Document, DocSpan, list[Diagnostic]]] = []
    duplicates: list[tuple[DocSpan, int]] = []  # span of the copy, index into kept
    # (a copy shares the 发文字号 or the title: the documents kept so far by each, not every pair)
    by_number: dict[object, list[int]] = {}
    by_title: dict[str, list[int]] = {}
    for doc, span, doc_diags in drafts:
        title_key = fold(doc.title)
        alike = sorted({*by_number.get(doc.doc_number, ()), *by_title.get(title_key, ())}) if doc.doc_number \
            else by_title.get(title_key, [])
        idx = next((k for k in alike if same_document(kept[k][0], doc)), None)
        if idx is None:
            by_title.setdefault(title_key, []).append(len(kept))
            if doc.doc_number:
                by_number.setdefault(doc.doc_number, []).append(len(kept))
            if doc.doc_number and len(by_number[doc.doc_number]) > 1:
                doc_diags.append(Diagnostic(
                    "doc-number-repeated", "warning",
                    f"{PLACEHOLDER}: 发文字号 {doc.doc_number} is printed on another document of "
                    f"this issue with a different title; both are kept", doc.first, doc.title))
            kept.append((doc, span, doc_diags))
            continue
        orig, orig_span, orig_diags = kept[idx]
        kept[idx] = (replace(orig, duplicate=(doc.first, doc.last)), orig_span, orig_diags)
        duplicates.append((span, idx))
        orig_diags.append(Diagnostic(
            "duplicate-copy", "info",
            f"{PLACEHOLDER}: second copy ({doc.title}, lines {doc.first}–{doc.last}) recorded as a "
            f"duplicate and not parsed again", doc.first, doc.title))
        diff = CopyDiff.of(content, orig_span, span)
        differing = diff.lines()
        if differing and diff.second_adds_text():
            # The first copy lost a passage the second prints: say where the text is.
            orig_diags.append(Diagnostic(
                "duplicate-copy-adds-text", "warning",
                f"{PLACEHOLDER}: the second copy (lines {doc.first}–{doc.last}) prints text the "
                f"first lacks, in {differing} line(s); the first copy is kept and the second stays "
                f"in the source text", doc.first, doc.title))
        elif differing:
            orig_diags.append(Diagnostic(
                "duplicate-copy-differs", "warning",
                f"{PLACEHOLDER}: the two copies differ in {differing} line(s); the first copy is "
                f"kept", doc.first, doc.title))

    documents: list[Document] = []
    spans: list[DocSpan] = []
    for seq, (doc, span, doc_diags) in enumerate(kept, start=1):
        doc_id = f"{gid}-{seq:02d}"
        blocks, tables, table_diags = assemble_tables(doc_id, columns_continued(doc.blocks), doc.attachments)
        issuer = doc.issuer or _speakers_government(doc.blocks, gazette.government)
        documents.append(replace(doc, id=doc_id, seq=seq, blocks=blocks, tables=tables, issuer=issuer))
        spans.append(span)
        for d in list(doc_diags) + table_diags:
            diagnostics.append(replace(d, message=d.message.replace(PLACEHOLDER, doc_id)))
    duplicates_by_id = [(span, documents[idx].id) for span, idx in duplicates]
    kept = documents

    # Table of contents, and reconciliation.
    toc_entries = []
    toc_segments: list[tuple[int, int]] = []
    extra_front: list[tuple[int, int]] = []
    for head, end in shape.toc:
        parsed = parse_toc(content, head, end)
        toc_entries.extend(parsed.entries)
        toc_segments.append((head, parsed.last))
        if parsed.last < end:
            extra_front.append((parsed.last + 1, end))
    refs = [DocRef(d.id, d.title, d.doc_number, d.registration_number, d.first, _parts(d),
                   issued_titles(d.title), next((b.text for b in d.blocks if b.kind == "order_number"), None), d.date)
            for d in kept]
    # (the year's index printed after the contents, before the first document, is named by them as
    # the back matter is: extra_front)
    toc, by_doc, toc_diags = reconcile(tuple(toc_entries), refs, back_headings(content, (*shape.back, *extra_front)))
    # (a document a later issue's own contents list, in an annual compilation: in no issue's contents left out)
    later = later_contents(content, shape.repeats) if shape.repeats else []  # (a second issue's contents)
    listed = {d.first for d in kept if d.id in listed_again(later, kept, spans)} if later else set()
    diagnostics.extend(d for d in toc_diags if d.code != "document-not-in-toc" or d.line not in listed)
    kept, fill_diags = fill_from_toc(kept, by_doc, content)
    diagnostics.extend(fill_diags)
    kept = sections_named_again(later, kept, spans)
    kept = [interpretations_section_dropped(d) for d in _sections_carried(kept, _after_a_masthead_again(spans, shape.repeats))]
    diagnostics.extend(_registration_codes(kept))
    diagnostics.extend(unread_numbers(kept, content))
    diagnostics.extend(lost_characters(kept))

    if not kept:
        diagnostics.append(Diagnostic(
            "no-documents", "error",
            "no document found: expected titles such as …关于…的通知 with a 发文字号 or 主送 line",
            content[0].no if content else None, None))

    segments = segments_of(content, shape, toc_segments, extra_front, kept, spans, duplicates_by_id)
    return ParseResult(source, gazette, toc, tuple(kept), segments, tuple(diagnostics))


def _parts(doc: Document) -> tuple[str, ...]:
    """What a document prints inside it under a title of its own, which a contents page may name
    instead of the document: the rule a 令 promulgates (its caption; another document's caption
    may be a document the parse did not tell apart, which its contents entry should say) and its
    attachments."""
    captions = tuple(b.text for b in doc.blocks if b.kind == "heading" and b.level == 0) \
        if doc.doc_type in ("令", "命令") else ()
    return captions + tuple(a.title for a in doc.attachments if a.title) + appointments_of(doc)  # (张明任…, a 任免 list's)


def _sections_carried(docs: list[Document], anew: frozenset[int] = frozenset()) -> list[Document]:
    """A section heading of the issue (■ 县政府文件) heads the documents after it up to the next
    one: a document without a section of its own is in the section of the one before — not past
    the masthead printed again (``anew``: the indices of the documents after it), over another
    issue whose contents name their own sections."""
    out: list[Document] = []
    current = None
    for k, doc in enumerate(docs):
        if k in anew:
            current = None
        current = doc.section or current
        out.append(doc if doc.section or current is None else replace(doc, section=current))
    return out


def _after_a_masthead_again(spans: list[DocSpan], repeats: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The indices of the documents that come first after a masthead printed again (a second issue
    in the file, 第1期 then 第2期, or a second copy): the section of the document before it heads
    none of them."""
    return frozenset(k for k, span in enumerate(spans)
                     if any((spans[k - 1].last if k else -1) < a < span.first for a, _ in repeats))


def _front_lines(content: list[Line]) -> list[Line]:
    out = []
    for line in content:
        if fold(line.text) in ("目录", "目次") or bare_number(line):
            break
        out.append(line)
        if len(out) >= 80:
            break
    return out


_HEAD_OF_GOVERNMENT = re.compile(r"^(?:\(代\)|代理|代)?(?:县长|市长|区长|旗长|州长)")


def _speakers_government(blocks, government: str | None) -> tuple[str, ...]:
    """The issuer of a report or speech whose speaker's line names no body (代县长　朱海峰): the
    government the county head speaks for, the gazette's."""
    byline = next((b for b in blocks if b.kind == "byline"), None)
    if byline is None or government is None or not _HEAD_OF_GOVERNMENT.match(undashed(fold(byline.text)).rsplit("、", 1)[-1]):
        return ()
    return (government,)


def _document(content: list[Line], span: DocSpan, doc_id: str, seq: int,
              issue: tuple[int | None, int | None] = (None, None)) -> tuple[Document, list[Diagnostic]]:
    lines = content[span.first: span.last + 1]
    header: dict[int, str] = {}
    heading = range(0) if span.title.banner is None else \
        heading_lines(content, span.title.banner, span.title.start, span.title.key) \
        or rule_lines(content, span.title.banner, span.title)  # (the rule a 令 promulgates, over it)
    red_head = next((range(top, i) for i in range(span.first, span.title.start)
                     for top in [organs_over_a_number(content, i)] if top < i), range(0))
    if not red_head and span.title.banner is None:
        red_head = range(organs_over_a_title(content, span.title.start), span.title.start)  # (over the title)
    for i in range(span.first, span.header_last + 1):
        line = content[i]
        if separator_rule(line) and i < span.title.start:
            header[line.place] = "furniture"  # the 版头's red rule printed as text (━━━━ under the number)
        elif i in red_head or (i + 1 < span.title.start and banner_above(content, i + 1)):
            header[line.place] = "banner"  # the 发文机关标志 without 文件 (organs over the 发文字号), or its first part
        elif i > span.title.end and before_furniture(content, i - 1) == span.title.end and day_over_a_number(content, i):
            header[line.place] = "date"  # a 公告's day under its title, over its number: its 成文日期
        elif span.title.start <= i <= span.title.end or i in heading:
            # (a web page's heading printing the title over the title: the page's, as its fields are)
            header[line.place] = "furniture" if page_mark_at(content, i) else "metadata" if i in heading else "title"
        elif page_mark_at(content, i) or in_page_lines(content, i):
            header[line.place] = "furniture"  # (the page's number alone where the page broke inside the header; a post's byline split)
        else:
            # (the lines beside it past the page's furniture: a page break inside the header)
            after, before = past_furniture(content, i + 1), before_furniture(content, i - 1)
            after = past_furniture(content, after + 1) if after < span.title.start and separator_rule(content[after]) else after
            # (the 版头's rule printed as text between the red head and the 发文字号: ---, ━━━━)
            header[line.place] = header_kind(line, content[after] if after < len(content) else None,
                                          content[before] if before >= 0 else None, parted=0 <= before < i - 1)
    kept = frozenset(header)
    prepared = numbered_grids_as_tab_rows(unframe_text_boxes(marks_beside_running_heads(untab_markers(
        grid_notes_untabbed(lone_cells_untabbed(broken_headers_joined(lines)))))), kept)
    blocks = notes_with_their_parts(  # (注：1.… / 2.… under a table: one note, tablenotes)
        build_blocks(read_across_underlines(as_tab_rows, names_as_tab_rows(prepared, kept), kept), header, issue))
    title_raw = [strip_markup(content[i].text).strip("#* ").strip()
                 for i in range(span.title.start, span.title.end + 1) if not page_mark_at(content, i)]
    fields, diags = extract_fields(blocks, title_raw)
    diags = [replace(d, message=f"{doc_id}: {d.message}") for d in diags]
    if fields.date is None and not any(d.code in ("date-invalid", "date-unreadable") for d in diags) \
            and not (fields.doc_number is None and (is_interpretation(fold(fields.title)) or fields.doc_type is None)):
        # (an interpretation of a policy is no 公文: it has no 成文日期 of its own, the policy it
        # explains has; nor is an item titled without 文种 or number, news the contents name:
        # their missing date says nothing an office should mend)
        diags.append(Diagnostic("date-missing", "info",
                                f"{doc_id}: no 成文日期 printed after the signature",
                                lines[0].no, fields.title))
    doc = Document(
        id=doc_id, seq=seq, title=fields.title, doc_type=fields.doc_type,
        doc_number=str(fields.doc_number) if fields.doc_number else None,
        doc_number_parts=fields.doc_number.parts() if fields.doc_number else None,
        registration_number=str(fields.registration_number) if fields.registration_number else None,
        issuer=fields.issuer, date=fields.date, printed_date=fields.printed_date,
        printed_by=fields.printed_by, recipients=fields.recipients, cc=fields.cc,
        note=fields.note, attachments=fields.attachments, section=fields.section, effective_date=fields.effective_date,
        first=lines[0].no, last=lines[-1].last, duplicate=None, blocks=blocks,
    )
    return doc, diags


def _registration_codes(docs: list[Document]) -> list[Diagnostic]:
    """登记号 codes within one issue name one region; an odd one out is probably a misprint."""
    # (a 规 number, 铜府规〔2023〕2号, names its issuer, not a region: no code of this kind)
    codes = [d.registration_number.split("-")[0] for d in docs if d.registration_number and "-" in d.registration_number]
    counts = Counter(codes).most_common()
    if len(counts) < 2 or counts[0][1] == counts[1][1]:
        return []  # one code, or no code more common than the others: none is the odd one out
    common = counts[0][0]
    out = []
    for d in docs:
        if d.registration_number and "-" in d.registration_number and d.registration_number.split("-")[0] != common:
            out.append(Diagnostic(
                "registration-code-odd", "warning",
                f"{d.id}: 登记号 {d.registration_number} has the region code "
                f"{d.registration_number.split('-')[0]}, the other documents of the issue "
                f"{common}", d.first, d.registration_number))
    return out
