"""The boards registry: unknown employers are records, not crawls; the shipped file is sound."""

from __future__ import annotations

from collections import Counter

import pytest

from tracker.ats_url import parse_careers_url
from tracker.extract.workday import parse_token
from tracker.registry import Board, RegistryError, append_board, find_board, load_boards

ROWS = """# a comment line
source,board,company,careers_url,note
greenhouse,stripe,Stripe,,
unknown,,Apple,https://jobs.apple.com/en-us/search,own careers site
unknown,,Apple,,the same employer twice
unknown,,Meta,,
lever,plaid,Plaid,,

greenhouse,stripe,Stripe again,,duplicate
"""


def test_unknown_rows_are_records_but_not_boards(tmp_path):
    path = tmp_path / "boards.csv"
    path.write_text(ROWS)
    assert [(b.source, b.board) for b in load_boards(path)] == [("greenhouse", "stripe"), ("lever", "plaid")]
    assert load_boards(path, source="unknown") == []
    everything = load_boards(path, include_unknown=True)
    assert [(b.source, b.board, b.company) for b in everything] == [
        ("greenhouse", "stripe", "Stripe"), ("unknown", None, "Apple"), ("unknown", None, "Meta"), ("lever", "plaid", "Plaid")]
    apple = everything[1]
    assert not apple.crawlable and apple.careers_url == "https://jobs.apple.com/en-us/search"
    assert [b.company for b in load_boards(path, source="unknown", include_unknown=True)] == ["Apple", "Meta"]


@pytest.mark.parametrize("row", ["greenhouse,", ",stripe", "workday,,NVIDIA"])
def test_a_known_source_still_needs_a_board(tmp_path, row):
    path = tmp_path / "boards.csv"
    path.write_text("source,board,company\n" + row + "\n")
    with pytest.raises(RegistryError, match="needs 'source' and 'board'"):
        load_boards(path)


def test_append_and_find(tmp_path):
    path = tmp_path / "boards.csv"
    path.write_text("source,board,company,careers_url,note\ngreenhouse,stripe,Stripe,,")  # no final newline
    append_board(path, Board("workday", "nvidia/wd5/NVIDIAExternalCareerSite", "NVIDIA, Inc.", "https://x", None))
    boards = load_boards(path)
    assert boards[-1] == Board("workday", "nvidia/wd5/NVIDIAExternalCareerSite", "NVIDIA, Inc.", "https://x", None)
    assert find_board(boards, "greenhouse", "STRIPE").company == "Stripe"
    assert find_board(boards, "lever", "stripe") is None


# -- the shipped registry -------------------------------------------------------------------------

SHIPPED = load_boards(include_unknown=True)


def test_shipped_registry_lists_hundreds_of_real_employers():
    boards = [b for b in SHIPPED if b.crawlable]
    employers = {b.company for b in SHIPPED}
    assert len(SHIPPED) >= 600 and len(employers) >= 550
    assert all(b.company and b.note for b in SHIPPED), [b for b in SHIPPED if not (b.company and b.note)][:3]
    by_source = Counter(b.source for b in boards)
    assert {"greenhouse", "lever", "ashby", "workday", "smartrecruiters", "workable", "recruitee", "teamtailor"} <= set(by_source)
    keys = [(b.source, b.board.casefold()) for b in boards]
    assert len(keys) == len(set(keys))


def test_shipped_registry_has_the_employers_the_argument_is_about():
    rows = {b.company: b for b in SHIPPED}
    assert (rows["OpenAI"].source, rows["OpenAI"].board) == ("ashby", "openai")
    assert (rows["NVIDIA"].source, rows["NVIDIA"].board) == ("workday", "nvidia/wd5/NVIDIAExternalCareerSite")
    assert rows["Anthropic"].source == "greenhouse" and rows["Google DeepMind"].board == "deepmind"
    for company in ("Google", "Meta", "Microsoft", "Apple", "Amazon"):
        assert rows[company].source == "unknown" and not rows[company].board and rows[company].note


def test_shipped_tokens_are_well_formed_and_match_their_urls():
    for b in SHIPPED:
        if not b.crawlable:
            continue
        if b.source == "workday":
            parse_token(b.board)  # tenant/dc/site, as the spider reads it
        found = parse_careers_url(b.careers_url or "")
        if found:  # a board URL in careers_url must name the same board
            assert (found[0], found[1].casefold()) == (b.source, b.board.casefold()), b


def test_shipped_registry_keeps_the_recorded_boards():
    keys = {(b.source, b.board) for b in SHIPPED}
    assert {("greenhouse", "stripe"), ("greenhouse", "airtable"), ("lever", "outreach"), ("lever", "spotify"),
            ("ashby", "Abridge"), ("smartrecruiters", "Visa"), ("teamtailor", "career")} <= keys
