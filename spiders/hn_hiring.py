"""Hacker News "Ask HN: Who is hiring?": every top-level comment of a monthly thread.

Board token: the thread's item id, or ``latest`` (the default, with no registry rows) for
the newest "Ask HN: Who is hiring?" story among the last ``HN_HIRING_LOOKBACK`` (12)
submissions of the ``whoishiring`` account. Yields one ``BoardSnapshot`` per thread, one
posting per role named in a comment (see ``tracker.extract.hn_hiring``).

Comments come from the Firebase API, one request per comment (``HN_HIRING_API=firebase``,
the default), or from Algolia's whole-tree endpoint in one request (``HN_HIRING_API=algolia``,
at ``HN_HIRING_ALGOLIA_BASE_URL``). A comment that cannot be fetched is a reject (the
thread is then partial); one that is not a job ad (a reply, a job seeker, deleted) is
skipped and counted under ``jobtracker/skipped/<reason>``.
"""

from tracker.extract import BadPayload
from tracker.extract.hn_hiring import (HIRING_TITLE, HNComment, algolia_comments, is_hiring_story, item_path,
                                       story_kids, submitted, user_path)
from tracker.spider import RAW_EXCERPT, BoardSpider

SOURCE = {
    "name": "hn_hiring",
    "kind": "board",
    "title": "Hacker News \"Ask HN: Who is hiring?\" (HN API)",
    "base_url_setting": "HN_HIRING_BASE_URL",
    "endpoint": "/v0/item/{id}.json",
    "docs_url": "https://github.com/HackerNews/API",
    "terms": "Public, unauthenticated API of Hacker News; each ad belongs to its author and links back to the comment.",
}
POSTER = "whoishiring"


class HnHiringSpider(BoardSpider):
    name = SOURCE["name"]
    base_url_setting = SOURCE["base_url_setting"]
    default_boards = ("latest",)

    @classmethod
    def board_url(cls, base, token):
        return f"{base}{user_path(POSTER)}" if token == "latest" else f"{base}{item_path(token)}"

    def parse_board(self, response, snap):
        snap.company = None  # a thread has many employers; each posting names its own
        data = self.json(response)
        if snap.board != "latest":
            return self._thread(data, snap)
        lookback = self.settings.getint("HN_HIRING_LOOKBACK", 12)
        return self._next_candidate(submitted(data)[:lookback], snap)

    def parse_candidate(self, response, snap):
        story = self.json(response)
        if is_hiring_story(story):
            return self._thread(story, snap)
        return self._next_candidate(response.meta["candidates"], snap)

    def _next_candidate(self, ids, snap):
        if not ids:
            raise BadPayload(f"no '{HIRING_TITLE}' story among {POSTER}'s recent submissions")
        return [self.fetch(snap, self.base_url + item_path(ids[0]), self.parse_candidate,
                           meta={"candidates": ids[1:]})]

    def _thread(self, story, snap):
        kids = story_kids(story)
        if self.settings.get("HN_HIRING_API", "firebase") == "algolia":
            base = self.settings.get("HN_HIRING_ALGOLIA_BASE_URL").rstrip("/")
            return [self.fetch(snap, f"{base}/api/v1/items/{story.get('id')}", self.parse_tree)]
        return [self.fetch(snap, self.base_url + item_path(kid), self.parse_comment, fatal=False) for kid in kids]

    def parse_tree(self, response, snap):
        for item in algolia_comments(self.json(response)):
            self._add(item, snap, response.url)

    def parse_comment(self, response, snap):
        self._add(self.json(response), snap, response.url)

    def _add(self, item, snap, url):
        if not isinstance(item, dict):
            snap.reject("invalid record: not a JSON object", url=url, raw=str(item)[:RAW_EXCERPT])
            return
        comment = HNComment(item, snap.board)
        postings = comment.postings()
        if postings:
            snap.postings.extend(postings)
            return
        reason = comment.skip_reason()
        self.crawler.stats.inc_value(f"jobtracker/skipped/{reason}")
        self.logger.debug("%s/%s: skipped %s: %s", self.name, snap.board, comment.url(), reason)
