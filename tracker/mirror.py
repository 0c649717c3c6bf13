"""A local HTTP server that replays recorded responses, for the demo and the tests.

Routes map a URL path (query ignored) to a status, body, content type and optional
delay. ``Mirror.from_bundle`` serves a recordings bundle (see ``tracker.recordings``);
tests can change any route between crawls with ``Mirror.set``.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

JSON = "application/json; charset=utf-8"
NOT_FOUND = b'{"status":404,"error":"Not found"}'


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = JSON
    delay: float = 0.0


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def do_GET(self):  # noqa: N802 (http.server's naming)
        route = self.server.mirror.routes.get(urlsplit(self.path).path, Route(404, NOT_FOUND))
        self.server.mirror.requests.append(self.path)
        if route.delay:
            time.sleep(route.delay)
        try:
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to do

    def log_message(self, *args):  # keep test and demo output quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    mirror: "Mirror"


class Mirror:
    """Serve routes on 127.0.0.1 (port 0 picks a free port) in a background thread."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1", port: int = 0):
        self.routes = dict(routes or {})
        self.requests: list[str] = []
        self._server = _Server((host, port), _Handler)
        self._server.mirror = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @classmethod
    def from_bundle(cls, bundle_dir: str | Path, **kwargs) -> "Mirror":
        bundle = Path(bundle_dir)
        manifest = json.loads((bundle / "manifest.json").read_text())
        routes = {e["route"]: Route(body=(bundle / e["file"]).read_bytes()) for e in manifest["recordings"]}
        return cls(routes, **kwargs)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def set(self, path: str, body: bytes | str = b"", status: int = 200,
            content_type: str = JSON, delay: float = 0.0) -> None:
        if isinstance(body, str):
            body = body.encode()
        self.routes[path] = Route(status, body, content_type, delay)

    def start(self) -> "Mirror":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
