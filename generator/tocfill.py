"""What the table of contents gives a document it names: the 发文字号 and 登记号 the body does
not print, its section, and a title the body wrapped with a word repeated; where the two
disagree, the body wins and a diagnostic says so."""

from __future__ import annotations

import re
from dataclasses import replace

from .headerlines import is_interpretation
from .identifiers import DocNumber
from .model import Diagnostic, Document, Line
from .normalize import fold, squeeze
from .runs import page_mark_at
from .tocmatch import title_similarity


def fill_from_toc(docs: list[Document], by_doc: dict, content: list[Line]
                   ) -> tuple[list[Document], list[Diagnostic]]:
    out: list[Document] = []
    diags: list[Diagnostic] = []
    for doc in docs:
        entry = by_doc.get(doc.id)
        if entry is None:
            out.append(doc)
            continue
        changes: dict = {"section": entry.section or doc.section}
        if doc.doc_number is None and entry.doc_number:
            number = DocNumber.parse(entry.doc_number)
            changes["doc_number"] = entry.doc_number
            changes["doc_number_parts"] = number.parts() if number else None
            diags.append(Diagnostic(
                "filled-from-toc", "info",
                f"{doc.id}: the body prints no 发文字号; {entry.doc_number} taken from the "
                f"table of contents", entry.first, entry.title))
        elif doc.doc_number and entry.doc_number and entry.doc_number not in (doc.doc_number, doc.registration_number):
            # (the contents may cite a document by its 规 number, the registration beside its 发 number)
            diags.append(Diagnostic(
                "toc-mismatch", "warning",
                f"{doc.id}: 发文字号 {doc.doc_number} in the body, {entry.doc_number} in the "
                f"table of contents; the body wins", entry.first, entry.title))
        if doc.registration_number is None and entry.registration_number:
            changes["registration_number"] = entry.registration_number
            diags.append(Diagnostic(
                "filled-from-toc", "info",
                f"{doc.id}: the body prints no 登记号; {entry.registration_number} taken from "
                f"the table of contents", entry.first, entry.title))
        elif (doc.registration_number and entry.registration_number
              and doc.registration_number != entry.registration_number):
            diags.append(Diagnostic(
                "toc-mismatch", "warning",
                f"{doc.id}: 登记号 {doc.registration_number} in the body, "
                f"{entry.registration_number} in the table of contents; the body wins",
                entry.first, entry.title))
        repaired = _repair_title(doc, entry.title, content)
        if repaired is not None:
            changes["title"] = repaired
            diags.append(Diagnostic(
                "title-rebuilt", "info",
                f"{doc.id}: title printed with a word repeated across a line break; rebuilt as "
                f"the table of contents prints it", doc.first, doc.title))
        elif title_similarity(doc.title, entry.title) < 1.0:
            diags.append(Diagnostic(
                "toc-title-differs", "info",
                f"{doc.id}: the table of contents prints the title as {entry.title}",
                entry.first, entry.title))
        out.append(replace(doc, **changes))
    return out, diags


def _repair_title(doc: Document, toc_title: str, content: list[Line]) -> str | None:
    """A wrapped title sometimes repeats the words at the line break (…高质量发展 / 发展的…; a
    narrower page may break inside the first copy: …高质量发 / 展 / 发展的…). Rebuild it only when
    removing the repetition gives the title the contents print."""
    title_block = next((b for b in doc.blocks if b.kind == "title"), None)
    if title_block is None or fold(doc.title).endswith(fold(toc_title)):
        return None  # (the same title, or the contents print it without its issuer)
    inside = [k for k, line in enumerate(content) if title_block.first <= line.no <= title_block.last]
    # (the page's furniture where a page cut the title is none of its words)
    parts = [squeeze(content[k].text.strip().strip("#*")) for k in inside
             if not content[k].blank and not page_mark_at(content, k)]
    joined = "".join(parts)
    target = fold(toc_title)
    breaks = [sum(len(part) for part in parts[:k + 1]) for k in range(len(parts) - 1)]
    for at in breaks:
        for size in range(1, 9):
            if at - size >= 0 and joined[at - size:at] == joined[at:at + size]:
                candidate = joined[:at] + joined[at + size:]
                if fold(candidate) == target or fold(candidate).endswith(target):
                    return squeeze(candidate)
    return None


# A section of the issue that holds interpretations only: 政策解读, 解读, 文件解读, 政策图解.
_INTERPRETATIONS = re.compile(r"^(?:政策|文件|政策文件)?(?:解读|图解)(?:专栏|材料)?$")
# The 文种 of a 公文 (GB/T 9704), which no interpretation of a policy takes for its title's end.
_OFFICIAL_TYPES = frozenset({"通知", "批复", "复函", "函", "决定", "通报", "通告", "公告", "命令", "令", "意见", "决议", "请示"})


def interpretations_section_dropped(doc: Document) -> Document:
    """A 公文 printed after a series of interpretations (桐政办发〔2024〕12号 / …关于做好防汛抗旱工作的
    通知 after 《…办法》政策解读 and 一图读懂《…》) is no interpretation: it does not take the section
    政策解读 from the document before it, nor from the contents listing it under that heading with
    no heading of its own; its section is left unknown. A 公文 is told by its 发文字号 or 登记号, or a
    title ending in a 公文's 文种, that is no interpretation's title. The section printed over the
    document's own header stays (the body says so); an interpretation keeps it."""
    if doc.section is None or not _INTERPRETATIONS.match(fold(doc.section)):
        return doc
    if any(b.kind == "section" for b in doc.blocks) or is_interpretation(fold(doc.title)):
        return doc
    if doc.doc_number is None and doc.registration_number is None and doc.doc_type not in _OFFICIAL_TYPES:
        return doc
    return replace(doc, section=None)
