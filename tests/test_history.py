"""A posting's history as Datasette shows it: the ``posting_history`` canned query."""

from __future__ import annotations

import asyncio
import json

from datasette.app import Datasette

from tests.test_storage import T0, T1, T2, records, snapshot, store  # noqa: F401  (fixtures)
from tracker.publish import build_metadata


def history(db_path, posting_id):
    ds = Datasette([str(db_path)], metadata=build_metadata(db_path.stem))

    async def get():
        response = await ds.client.get(f"/{db_path.stem}/posting_history.json",
                                       params={"posting_id": posting_id, "_shape": "array"})
        assert response.status_code == 200, response.text
        return response.json()
    return asyncio.run(get())


def test_history_shows_pay_title_and_status_changes(store, records, tmp_path):  # noqa: F811
    store.apply(snapshot(records), now=T0)
    first = records[0]
    posting_id = f"lever:leverdemo:{first['id']}"
    first["text"] = "Senior Account Executive"
    store.apply(snapshot(records), now=T1)
    store.apply(snapshot(records[1:]), now=T2)  # gone from a successful fetch: closed
    store.db.conn.commit()

    events = history(tmp_path / "jobs.db", posting_id)
    assert [e["event"] for e in events] == ["first seen", "changed", "changed", "closed"]
    assert (events[0]["at"], events[0]["new_value"]) == (T0, None)
    changed = {e["field"]: (e["old_value"], e["new_value"]) for e in events if e["event"] == "changed"}
    assert changed == {"title": ("Account Executive", "Senior Account Executive"), "seniority": (None, "senior")}
    assert (events[3]["at"], events[3]["old_value"]) == (T2, "open")
    assert json.dumps(events)  # plain JSON a client can read
    assert history(tmp_path / "jobs.db", "lever:leverdemo:no-such-id") == []
