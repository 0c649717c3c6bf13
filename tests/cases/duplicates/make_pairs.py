"""Write pairs.jsonl (stdout) from a database crawled from every recording (see README.md).

    .venv/bin/python tests/cases/duplicates/make_pairs.py DB > tests/cases/duplicates/pairs.jsonl

Labels come from evidence in the postings themselves (the link each ad prints after a role,
the feed file both sources read), never from the linker; titles only choose which pairs of a
block are worth labelling (they share a title word).
"""
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tracker.duplicates import title_tokens  # noqa: E402

db = sqlite3.connect(sys.argv[1]); db.row_factory = sqlite3.Row
P = {r["id"]: dict(r) for r in db.execute("select id, source, board, external_id, company, title from postings")}

# The posting each HN ad names for its role: the link printed on or right after the role's line.
HN_LINKS = {
    "hn_hiring:47975571:47978339-1": ("ashby:mercor", "3c02ed8c-3807-4aef-91cc-ccca5ab578bd"),
    "hn_hiring:47975571:47978339-2": ("ashby:mercor", "296c4031-5e98-4772-95f5-a9eb5bd7746d"),
    "hn_hiring:47975571:47978339-3": ("ashby:mercor", "cb67851b-0269-4cf5-996c-34c3a88a19c8"),
    "hn_hiring:47975571:47978339-4": ("ashby:mercor", "4d817fa9-8860-4063-9da7-f484569ed1dc"),
    "hn_hiring:47975571:47978339-5": ("ashby:mercor", "7d9d9439-848b-4fb4-b276-9efc71bb7148"),
    "hn_hiring:47975571:47978339-6": ("ashby:mercor", "4f4fc8c3-4056-47bb-9e00-1db6e5dd958f"),
    "hn_hiring:47975571:47977223-1": ("greenhouse:cloudflare", "7764827"),
    "hn_hiring:47975571:47977223-2": ("greenhouse:cloudflare", "6297179"),
    "hn_hiring:47975571:47981353": ("workday:23andme", "Software-Engineer-II_2026024"),
}
out = []

def overlap(a, b):
    ta, tb = set(title_tokens(P[a]["title"])), set(title_tokens(P[b]["title"]))
    return len(ta & tb), len(ta & tb) / len(ta | tb)

def add(a, b, label, evidence):
    out.append({"copy": a, "target": b, "label": label, "copy_title": P[a]["title"], "target_title": P[b]["title"],
                "evidence": evidence})

for hn, (board, ext) in HN_LINKS.items():
    src, tok = board.split(":")
    targets = [pid for pid, p in P.items() if p["company"] == P[hn]["company"] and p["source"] != "hn_hiring"]
    for t in sorted(targets):
        n, j = overlap(hn, t)
        if n == 0 or (P[hn]["company"] == "Cloudflare" and j < 0.25 and n < 3):
            continue
        same = P[t]["source"] == src and P[t]["board"].lower() == tok and P[t]["external_id"].startswith(ext)
        if same:
            add(hn, t, 1, f"the ad links this very posting ({board}/{ext}) right after the role")
        elif src == P[t]["source"]:
            add(hn, t, 0, f"the ad links another posting of this board for the role ({board}/{ext}); not in the recording")
        else:
            add(hn, t, 0, f"the ad links a posting on another ATS ({board}/{ext}), not this board's posting")

# JSON-LD postings read from the same Teamtailor JSON Feed file as the teamtailor board: same job by construction.
for feed, tt in (("jsonld:feed-1komma5", "teamtailor:1komma5"), ("jsonld:feed-career", "teamtailor:career")):
    js = sorted(p for p in P if p.startswith(feed + ":")); ts = sorted(p for p in P if p.startswith(tt + ":"))
    for a in js:
        for b in ts:
            same = P[a]["external_id"] == P[b]["external_id"]
            add(a, b, int(same), "same item of the same recorded Teamtailor feed (id %s)" % P[a]["external_id"] if same
                else "different items of one recorded Teamtailor feed (ids %s, %s)" % (P[a]["external_id"], P[b]["external_id"]))

# Similar employer names that are different employers (company_link near misses), similar titles.
for hn_co, ats_co in (("Starbridge", "Abridge"), ("Pathos AI", "PathAI"), ("Yidi's Consulting", "Idealist Consulting"),
                      ("Kredit", "Reddit")):
    for a in sorted(p for p in P if P[p]["company"] == hn_co):
        for b in sorted(p for p in P if P[p]["company"] == ats_co):
            n, j = overlap(a, b)
            if n >= 2 or j >= 0.5:
                add(a, b, 0, f"different employers with similar names ({hn_co} / {ats_co})")

for r in out:
    print(json.dumps(r, ensure_ascii=False))
