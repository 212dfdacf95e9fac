"""The link stage: the corpus's citations and cross-county tables, found once a build and read by
the datasets, the pages and the coverage report, give what each found for itself."""

import pytest

from generator import citations
from generator.cli import load_agency_codes
from generator.export.crosscounty import cross_county
from generator.i18n.coverage import coverage
from generator.links import link
from generator.site.pages import build_corpus
from tests.conftest import ROOT, SAMPLES, english, parsed


@pytest.fixture(scope="module")
def corpus():
    results = [parsed(name) for name in SAMPLES]
    codes = load_agency_codes(str(ROOT / "datasets" / "agency_codes.csv"))
    return results, codes, english()


def test_links_hold_every_documents_citations_and_the_cross_county_rows(corpus):
    results, codes, _ = corpus
    documents = [d for r in results for d in r.documents]
    links = link(results, codes)
    by_number, by_title = citations.corpus_indexes(documents)
    issuers = citations.agency_issuers(documents, codes)
    assert links.citations == {d.id: citations.find_citations(d, by_number, by_title, issuers) for d in documents}
    # the citations resource of the samples (not the policies the notices issue; a number cited alone after its
    # title and number, 根据湘建建〔2024〕9号文件, the same citation)
    assert sum(map(len, links.citations.values())) == 123
    assert links.by_number == by_number
    cross, notes = cross_county(results)
    assert links.cross == cross and list(links.notes) == notes


def test_the_pages_and_the_coverage_read_the_links_without_finding_citations_again(corpus, monkeypatch):
    results, codes, english_ = corpus
    links = link(results, codes)
    pages, share = build_corpus(results, codes, english_), coverage(results, english_)

    def not_again(*args):
        raise AssertionError("citations found again")

    monkeypatch.setattr(citations, "find_citations", not_again)
    monkeypatch.setattr("generator.links.find_citations", not_again)
    given = build_corpus(results, codes, english_, links)
    assert given.cites == pages.cites and given.cited_by == pages.cited_by and given.validity == pages.validity
    assert coverage(results, english_, links.citations) == share
