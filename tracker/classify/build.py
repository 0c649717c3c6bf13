"""Build the offline bundle (tracker/classify/data/) from ../shared/data/reference.

    python -m tracker.classify.build [--reference DIR] [--out DIR]

Writes titles.json.gz + titles.npz (title model), tasks.json.gz (O*NET tasks with labels + the task
model), occupations.json.gz (index values, combined exposure, tiers), profiles.npz (what each
occupation's descriptions read like, tracker/classify/profiles.py) and manifest.json.
ATTRIBUTION.md beside them is written by hand and kept.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

from tracker.classify import reference as ref_
from tracker.classify.bundle import write_npz
from tracker.classify.exposure import occupation_scores, tercile_cuts
from tracker.classify.profiles import build_profiles
from tracker.classify.tasks import WEIGHT, TaskModel, dwa_text, train_task_model
from tracker.classify.titles import build_title_data, write_arrays

DATA_DIR = Path(__file__).parent / "data"
VERSION = "4"  # bump when the method changes; the data hash is added to classifier_version


def write_json(path: Path, data) -> None:
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    if path.suffix == ".gz":
        with open(path, "wb") as f:  # mtime=0: the same input gives the same bytes
            with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, compresslevel=9) as gz:
                gz.write(raw)
    else:
        path.write_bytes(raw)


def estimate_missing(codes: dict, eloundou, related, task_scores, model: TaskModel) -> dict[str, float]:
    """Beta for occupations without Eloundou labels: the mean score of their O*NET tasks (else the
    text model over their description's sentences) and their related occupations."""
    out = {}
    for code in codes:
        if code in eloundou:
            continue
        parts = []
        scores = task_scores.get(code) or [s for _, s in model.predict(
            [x for x in codes[code]["description"].split(". ") if x])]
        if scores:
            parts.append(sum(scores) / len(scores))
        near = [eloundou[r] for r in related.get(code, []) if r in eloundou]
        if near:
            parts.append(sum((e["human_beta"] + e["gpt4_beta"]) / 2 for e in near) / len(near))
        if parts:
            out[code] = round(sum(parts) / len(parts), 4)
    return out


def fill_from_similar(scores: dict, related: dict) -> None:
    """Occupations still unscored take the mean of related ones, else of their SOC group."""
    for code, s in scores.items():
        if s["exposure"] is not None:
            continue
        near = [scores[r]["exposure"] for r in related.get(code, []) if scores.get(r, {}).get("exposure") is not None]
        for width in (6, 4, 2):  # broad, minor, major group
            if near:
                break
            near = [o["exposure"] for c, o in scores.items()
                    if c[:width] == code[:width] and o["exposure"] is not None and o["source"] != "similar"]
        if near:
            s["exposure"], s["source"] = round(sum(near) / len(near), 4), "similar"


def build(ref: Path, out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    occ = ref_.occupations(ref)
    titles, title_arrays = build_title_data(ref_.all_titles(ref), ref_.employment(ref))
    labelled, acts = ref_.labelled_tasks(ref), ref_.task_dwas(ref)
    texts, labels = [t["text"] for t in labelled], [t["human"] for t in labelled]
    model_data = train_task_model(texts, labels)  # shipped: text only
    model = TaskModel(model_data)
    onet_model = TaskModel(train_task_model(texts, labels, [dwa_text(acts.get(t["task_id"])) for t in labelled]))

    seen = {t["task_id"] for t in labelled}
    rows = [[t["code"], t["text"], t["human"], "human"] for t in labelled]
    task_scores: dict[str, list[float]] = {}
    for t in labelled:
        task_scores.setdefault(t["code"], []).append(WEIGHT[t["human"]])
    extra = [t for t in ref_.task_statements(ref) if t["task_id"] not in seen]
    predicted = onet_model.predict([t["text"] for t in extra], [dwa_text(acts.get(t["task_id"])) for t in extra])
    for t, (label, score) in zip(extra, predicted):  # no human label: the text + DWA model's
        rows.append([t["code"], t["text"], label, "model"])
        task_scores.setdefault(t["code"], []).append(score)

    eloundou, msft = ref_.eloundou_occupations(ref), ref_.microsoft_scores(ref)
    estimated = estimate_missing(occ, eloundou, ref_.related_occupations(ref), task_scores, model)
    scores = occupation_scores(occ, eloundou, msft, estimated)
    fill_from_similar(scores, ref_.related_occupations(ref))
    cuts = tercile_cuts([s["exposure"] for s in scores.values() if s["exposure"] is not None])
    occupations = {c: {"title": o["title"], **scores[c]} for c, o in occ.items()}

    write_json(out / "titles.json.gz", titles)
    write_arrays(out / "titles.npz", title_arrays)
    write_json(out / "tasks.json.gz", {"columns": ["code", "text", "label", "label_source"],
                                       "rows": rows, "weights": WEIGHT, "model": model_data})
    write_json(out / "occupations.json.gz", {"occupations": occupations, "tier_cuts": cuts})
    write_npz(out / "profiles.npz", build_profiles(occ, ref_.task_statements(ref), ref_.all_titles(ref)))
    digest = hashlib.sha256()
    for name in ("titles.json.gz", "titles.npz", "tasks.json.gz", "occupations.json.gz", "profiles.npz"):
        digest.update((out / name).read_bytes())
    manifest = {"version": f"{VERSION}+{digest.hexdigest()[:8]}", "tier_cuts": cuts,
                "counts": {"titles": len(titles["titles"]), "occupations": len(occupations),
                           "tasks": len(rows), "human_labelled_tasks": len(labelled),
                           "scored_by_indices": sum(s["source"] == "indices" for s in scores.values()),
                           "scored_by_estimate": sum(s["source"] == "estimated" for s in scores.values()),
                           "scored_by_similar": sum(s["source"] == "similar" for s in scores.values()),
                           "msft_only": sum(s["source"] == "msft only" for s in scores.values())}}
    write_json(out / "manifest.json", manifest)
    return manifest


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--reference", type=Path, default=ref_.reference_dir())
    p.add_argument("--out", type=Path, default=DATA_DIR)
    args = p.parse_args(argv)
    print(json.dumps(build(args.reference, args.out), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
