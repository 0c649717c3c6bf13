"""Paths of the recorded layoff files (../shared/data/layoffs, read in place, never copied)."""

from __future__ import annotations

import base64
import gzip

import pytest
import yaml

from tests.conftest import SHARED

LAYOFFS = SHARED / "layoffs"
STATES = LAYOFFS / "warn" / "state-sources"
WNR = LAYOFFS / "warn" / "warn-notice-register" / "raw-fixtures"
FYI = LAYOFFS / "layoffs-fyi" / "layoffs_2020-2026_databyab.csv"
IOWA_CASSETTE = LAYOFFS / "warn" / "warn-scraper-cassettes" / "test_iowa_2022-02.yaml"


def state_file(path: str) -> bytes:
    return (STATES / path).read_bytes()


@pytest.fixture(scope="session")
def iowa_2022() -> bytes:
    """Iowa's WARN_20220210.xlsx, as recorded in warn-scraper's deleted cassette."""
    cassette = yaml.safe_load(IOWA_CASSETTE.read_text())
    for interaction in cassette["interactions"]:
        if interaction["request"]["uri"].endswith("WARN_20220210.xlsx"):
            body = interaction["response"]["body"]["string"]
            body = body if isinstance(body, bytes) else base64.b64decode(body)
            return gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body
    raise AssertionError("WARN_20220210.xlsx not in the cassette")
