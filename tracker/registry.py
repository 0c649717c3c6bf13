"""The source registry: which boards each spider crawls (``tracker/data/boards.csv``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PATH = Path(__file__).parent / "data" / "boards.csv"
COLUMNS = ("source", "board", "company", "careers_url", "note")


@dataclass(frozen=True)
class Board:
    source: str
    board: str
    company: str | None = None
    careers_url: str | None = None
    note: str | None = None


class RegistryError(ValueError):
    """The registry file is missing or malformed."""


def load_boards(path: str | Path | None = None, source: str | None = None) -> list[Board]:
    """Boards in the registry, optionally only one source's; blank lines and ``#`` lines skipped."""
    path = Path(path) if path else DEFAULT_PATH
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")))
    except FileNotFoundError as exc:
        raise RegistryError(f"registry file not found: {path}") from exc
    boards, seen = [], set()
    for number, row in enumerate(rows, start=2):
        if not row.get("source") or not row.get("board"):
            raise RegistryError(f"{path}: row {number} needs 'source' and 'board'")
        board = Board(*(((row.get(c) or "").strip() or None) for c in COLUMNS))
        if (board.source, board.board) in seen or (source and board.source != source):
            continue
        seen.add((board.source, board.board))
        boards.append(board)
    return boards
