"""Classifier start-up and title throughput (single process), from the shipped bundle.

    .venv/bin/python bench/classify_speed.py

Start-up: a fresh interpreter imports the classifier and codes one title (wall clock).
Throughput: distinct titles never seen by the process (no cache hits), then the same
stream again (cache hits, as with the many repeated titles of real postings). Titles are
O*NET titles with posting noise added, so the index is exercised, not only exact lookups.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

from bench.classify_titles import noisy
from tracker.classify.bundle import read_json
from tracker.classify.classifier import Classifier

STARTUP = ("import time; t=time.perf_counter(); from tracker.classify.classifier import Classifier; "
           "Classifier().classify('Senior Data Analyst - Remote'); print(time.perf_counter()-t)")


def main() -> None:
    wall = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True)
    print(f"start-up (import + bundle + first title): {float(out.stdout):.2f}s in-process, "
          f"{time.perf_counter() - wall:.2f}s with interpreter start")
    clf = Classifier()
    clf.classify("warm up")
    titles = read_json(clf.bundle.dir / "titles.json.gz")["titles"]
    rng = random.Random(0)
    stream = [noisy(t.title(), rng) for t in rng.sample(titles, 20000)]
    for label, batch in [("title match only, uncached", True), ("title match only, cached", True),
                         ("full classify (exposure, role, rationale), cached matches", False)]:
        t0 = time.perf_counter()
        if batch:
            clf.bundle.titles.match_many(stream) if "cached" in label and "un" not in label else None
            if "uncached" in label:
                clf.bundle.titles.clear_cache()
                clf.bundle.titles.match_many(stream)
        else:
            for t in stream:
                clf.classify(t)
        dt = time.perf_counter() - t0
        print(f"{label:58} {len(stream) / dt:10,.0f} titles/s")


if __name__ == "__main__":
    main()
