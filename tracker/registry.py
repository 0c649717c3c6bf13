"""The source registry: which boards each spider crawls (``tracker/data/boards.csv``).

A row names a source (a spider) and its board token. An employer whose board is not known
(one that runs its own careers site) is a row with source ``unknown`` and an empty board:
it is kept as a record (``load_boards(..., include_unknown=True)``) but no crawl reads it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PATH = Path(__file__).parent / "data" / "boards.csv"
COLUMNS = ("source", "board", "company", "careers_url", "note")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Board:
    source: str
    board: str | None
    company: str | None = None
    careers_url: str | None = None
    note: str | None = None

    @property
    def crawlable(self) -> bool:
        return self.source != UNKNOWN and bool(self.board)


class RegistryError(ValueError):
    """The registry file is missing or malformed."""


def _rows(path: Path) -> list[dict]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")))
    except FileNotFoundError as exc:
        raise RegistryError(f"registry file not found: {path}") from exc


def load_boards(path: str | Path | None = None, source: str | None = None,
                include_unknown: bool = False) -> list[Board]:
    """Boards in the registry, optionally only one source's; blank lines and ``#`` lines skipped.
    Rows of source ``unknown`` are left out unless ``include_unknown``."""
    path = Path(path) if path else DEFAULT_PATH
    boards, seen = [], set()
    for number, row in enumerate(_rows(path), start=2):
        board = Board(*(((row.get(c) or "").strip() or None) for c in COLUMNS))
        if not board.source or (not board.board and board.source != UNKNOWN):
            raise RegistryError(f"{path}: row {number} needs 'source' and 'board' "
                                f"(or source '{UNKNOWN}' for an employer whose board is not known)")
        key = (board.source, board.board or (board.company or "").casefold())
        if key in seen or (source and board.source != source) or not (board.crawlable or include_unknown):
            continue
        seen.add(key)
        boards.append(board)
    return boards


def find_board(boards: list[Board], source: str, token: str) -> Board | None:
    """The registry's row for ``source``/``token`` (tokens compared without case)."""
    return next((b for b in boards if b.source == source and (b.board or "").casefold() == token.casefold()), None)


def append_board(path: str | Path | None, board: Board) -> None:
    """Add one row at the end of the registry file (which must exist)."""
    path = Path(path) if path else DEFAULT_PATH
    text = path.read_text(encoding="utf-8")
    with path.open("a", newline="", encoding="utf-8") as handle:
        if text and not text.endswith("\n"):
            handle.write("\n")
        csv.writer(handle, lineterminator="\n").writerow(["" if v is None else v for v in
                                                          (getattr(board, c) for c in COLUMNS)])
