"""A local HTTP server that replays recorded responses, for the demo and the tests.

Routes map a URL path to a status, body, content type, headers and optional delay;
a key ``path?query`` matches that exact query first, and a route may be a function
``(method, query, body) -> Route`` for paged POST APIs. ``Mirror.from_bundle`` serves a recordings bundle (see ``tracker.recordings``);
tests can change any route between crawls with ``Mirror.set``.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
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
    headers: dict = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"
    disable_nagle_algorithm = True  # headers and body leave in two writes: don't hold the second

    def _serve(self):
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        routes = self.server.mirror.routes
        route = routes.get(f"{parts.path}?{parts.query}") if parts.query else None
        route = route or routes.get(parts.path) or Route(404, NOT_FOUND)
        if callable(route):  # a route that depends on the request: (method, query, body) -> Route
            route = route(self.command, parts.query, body)
        self.server.mirror.requests.append(f"{self.command} {self.path}")
        if route.delay:
            time.sleep(route.delay)
        try:
            self.send_response(route.status)
            # HTTP/1.0, socket closed after each response: say so, or a client may reuse the dead
            # connection for its next request (Twisted retries that only for GET, never for POST)
            for name, value in {"Content-Type": route.content_type, "Connection": "close", **route.headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to do

    do_GET = do_POST = _serve

    def log_message(self, *args):  # keep test and demo output quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # listen backlog: the default 5 drops connections (1 s SYN retries) under load
    mirror: "Mirror"


class Mirror:
    """Serve routes on 127.0.0.1 (port 0 picks a free port) in a background thread."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1", port: int = 0):
        self.routes = dict(routes or {})
        self.requests: list[str] = []
        self.sources: list[str] = []  # the sources a bundle has recordings for
        self._server = _Server((host, port), _Handler)
        self._server.mirror = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @classmethod
    def from_bundle(cls, bundle_dir: str | Path, **kwargs) -> "Mirror":
        bundle = Path(bundle_dir)
        manifest = json.loads((bundle / "manifest.json").read_text())
        routes = {e["route"]: Route(body=(bundle / e["file"]).read_bytes(), content_type=e.get("content_type", JSON))
                  for e in manifest["recordings"]}
        mirror = cls(routes, **kwargs)
        mirror.sources = sorted({e["source"] for e in manifest["recordings"]})
        return mirror

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def set(self, path: str, body: bytes | str = b"", status: int = 200,
            content_type: str = JSON, delay: float = 0.0, headers: dict | None = None) -> None:
        if isinstance(body, str):
            body = body.encode()
        self.routes[path] = Route(status, body, content_type, delay, headers or {})

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
