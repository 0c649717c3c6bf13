"""OffsetPager: when a paged list is walked to its end, and when the board must stay partial."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.paging import OffsetPager


def walk(pages: dict[int, tuple[int, object]], limit=20, max_pages=100, cap=None):
    """Offsets requested for ``pages`` ({offset: (served, total)}; missing offsets serve nothing),
    every record new; returns (offsets, problem)."""
    pager, offset, asked = OffsetPager(limit, max_pages, cap), 0, []
    while offset is not None:
        asked.append(offset)
        served, total = pages.get(offset, (0, 0))
        offset = pager.after_page(offset, served, served, total)
    return asked, pager.problem


def test_later_totals_are_not_trusted():
    # Workday: page 0 says 45, later pages say 0 (shared/data/jobs/workday/*laterpage_total0.json)
    assert walk({0: (20, 45), 20: (20, 0), 40: (5, 0)}) == ([0, 20, 40], None)


def test_list_that_ends_before_its_total_is_flagged():
    asked, problem = walk({0: (20, 1025), 20: (20, 0)})
    assert asked == [0, 20, 40] and problem == "list ended at offset 40 with 40 of its total 1025 postings"


def test_page_cap_and_api_result_cap():
    asked, problem = walk({o: (20, 1025) for o in range(0, 1100, 20)}, max_pages=3)
    assert asked == [0, 20, 40] and problem.startswith("page cap: stopped after 3 pages")
    asked, problem = walk({o: (20, 2000) for o in range(0, 2000, 20)}, cap=2000)
    assert len(asked) == 100 and problem.startswith("list truncated: total 2000")


def test_unknown_total_pages_until_a_short_page():
    assert walk({0: (20, None), 20: (20, "x"), 40: (3, None)}) == ([0, 20, 40], None)
    assert walk({0: (0, 0)}) == ([0], None)  # an empty board is complete


def test_a_page_of_repeats_stops_the_walk():
    pager = OffsetPager(100, 10)
    assert [pager.fresh(k) for k in ("a", "b", "a")] == [True, True, False]
    assert pager.after_page(0, 3, 2, 5) == 3
    assert pager.after_page(3, 2, 0, 5) is None  # offsets reached 5, but only 2 distinct records were read
    assert pager.problem == "list ended at offset 5 with 2 of its total 5 postings"


# A first-page total of 0 is read as "unknown" (Workday's later pages say 0 while serving postings),
# so the property below is about lists that state a positive total.
@given(total=st.integers(1, 5000), served=st.lists(st.integers(0, 25), min_size=1, max_size=400),
       max_pages=st.integers(1, 120))
def test_walk_always_ends_and_never_passes_the_first_total(total, served, max_pages):
    pages = {}
    offset = 0
    for n in served:
        pages[offset] = (n, total if offset == 0 else 0)
        offset += n
    asked, problem = walk(pages, max_pages=max_pages)
    assert len(asked) <= max_pages
    assert all(o < total for o in asked[1:])
    done = sum(pages.get(o, (0, 0))[0] for o in asked)
    assert problem is None or done < total  # flagged only when records may be unseen
    if problem is None and total:
        assert done >= total
