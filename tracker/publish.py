"""Publishing with Datasette: metadata (with every source and its terms) and the server."""

from __future__ import annotations

import html
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from tracker.sources import all_sources

METADATA_PATH = Path(__file__).resolve().parent.parent / "db" / "metadata.yml"


def build_metadata(database_name: str = "jobs") -> dict:
    """``db/metadata.yml`` plus a per-source description; keyed to the served database's name."""
    meta = yaml.safe_load(METADATA_PATH.read_text())
    items = "".join(
        f'<li><a href="{html.escape(s.docs_url)}">{html.escape(s.title)}</a> '
        f"(<code>{s.name}</code>, {s.kind}): {html.escape(s.terms, quote=False)}</li>"
        for s in all_sources().values())
    meta["description_html"] += f"\n<p>Sources:</p><ul>{items}</ul>"
    meta["source"] = ", ".join(s.title for s in all_sources().values())
    dbs = meta.pop("databases")
    meta["databases"] = {database_name: dbs["jobs"]}
    return meta


def datasette_command(db_path: Path, metadata_path: Path, host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", str(metadata_path),
            "--host", host, "--port", str(port), "--setting", "default_page_size", "50",
            "--setting", "sql_time_limit_ms", "3000"]


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> int:
    """Run Datasette on the database (read-only connections) until interrupted."""
    db_path = Path(db_path)
    with tempfile.TemporaryDirectory() as tmp:
        metadata_path = Path(tmp) / "metadata.json"
        metadata_path.write_text(json.dumps(build_metadata(db_path.stem)))
        proc = subprocess.Popen(datasette_command(db_path, metadata_path, host, port), env=os.environ.copy())
        # a service manager stops us with SIGTERM: Datasette goes too, not left holding the port
        previous = signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait()
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)
