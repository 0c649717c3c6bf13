"""Load the offline bundle (tracker/classify/data/); each part is read once, when first needed."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from functools import cached_property
from pathlib import Path

import numpy as np

DATA_DIR = Path(__file__).parent / "data"


class BundleMissing(RuntimeError):
    pass


def read_json(path: Path):
    if not path.exists():
        raise BundleMissing(f"classifier bundle file missing: {path} (run python -m tracker.classify.build)")
    raw = path.read_bytes()
    return json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)


class TaskTable:
    """O*NET tasks with labels, their TF-IDF matrix and the task model."""

    def __init__(self, data: dict):
        from tracker.classify.tasks import TaskModel

        rows = data["rows"]
        self.codes = [r[0] for r in rows]
        self.texts = [r[1] for r in rows]
        self.labels = [r[2] for r in rows]
        self.sources = [r[3] for r in rows]
        self.weights = data["weights"]
        self.model = TaskModel(data["model"])
        self.vec = self.model.vec
        m = self.vec.transform(self.texts)
        self.matrix_t = m.T.tocsr()
        self._codes_arr = np.asarray(self.codes)
        self._rows: dict[str, np.ndarray] = {}

    def code_rows(self, code: str) -> np.ndarray:
        """Indices of an occupation's tasks (cached: postings of one occupation come in runs)."""
        rows = self._rows.get(code)
        if rows is None:
            rows = self._rows[code] = np.flatnonzero(self._codes_arr == code)
            rows.flags.writeable = False  # shared by every caller
        return rows


class Bundle:
    def __init__(self, data_dir: Path = DATA_DIR):
        self.dir = Path(data_dir)

    @cached_property
    def manifest(self) -> dict:
        return read_json(self.dir / "manifest.json")

    @property
    def version(self) -> str:
        return self.manifest["version"]

    @cached_property
    def occupations(self) -> dict:
        return read_json(self.dir / "occupations.json.gz")

    @cached_property
    def titles(self):
        from tracker.classify.titles import TitleIndex

        arrays = self.dir / "titles.npz"
        if not arrays.exists():
            raise BundleMissing(f"classifier bundle file missing: {arrays} (run python -m tracker.classify.build)")
        with np.load(arrays, allow_pickle=False) as a:
            return TitleIndex(read_json(self.dir / "titles.json.gz"), a)

    @cached_property
    def tasks(self) -> TaskTable:
        return TaskTable(read_json(self.dir / "tasks.json.gz"))

    @cached_property
    def profiles(self):
        from tracker.classify.profiles import Profiles

        path = self.dir / "profiles.npz"
        if not path.exists():
            raise BundleMissing(f"classifier bundle file missing: {path} (run python -m tracker.classify.build)")
        return Profiles.load(path)


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An .npz with fixed timestamps, so the same input gives the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            zf.writestr(info, buf.getvalue(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
