"""Link: what the documents of a corpus say of each other, found once a build for the datasets
and the site — every citation, with the cited document when the corpus holds it
(``citations.find_citations``), and the cross-county tables (``export.crosscounty``), which the
datasets publish and the pages read (the status a cleanup decision gave a document)."""

from __future__ import annotations

from dataclasses import dataclass

from .citations import Citation, agency_issuers, corpus_indexes, find_citations
from .model import ParseResult


@dataclass(frozen=True)
class Links:
    citations: dict[str, list[Citation]]  # document id → its citations, in the order of its text
    by_number: dict[str, str]  # 发文字号 → the id of the document that bears it
    cross: dict[str, list[dict]]  # cross-county resource → rows
    notes: tuple  # what the cross-county tables found doubtful (export.crosscounty.Note)


def link(results: list[ParseResult], agency_codes: dict[str, str]) -> Links:
    from .export.crosscounty import cross_county

    documents = [d for r in results for d in r.documents]
    by_number, by_title = corpus_indexes(documents)
    issuers = agency_issuers(documents, agency_codes)
    cross, notes = cross_county(results)
    return Links(citations={d.id: find_citations(d, by_number, by_title, issuers) for d in documents},
                 by_number=by_number, cross=cross, notes=tuple(notes))
