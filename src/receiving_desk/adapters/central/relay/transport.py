"""HTTP POST with kept-alive connections, one set per thread (http.client is not thread-safe)."""

from __future__ import annotations

import http.client
import ssl
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

USER_AGENT = "receiving-desk-relay/1"


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes


class Transport:
    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open_connections: set[http.client.HTTPConnection] = set()
        self._tls = ssl.create_default_context()

    def _connections(self) -> dict[tuple[str, str, int, float], http.client.HTTPConnection]:
        found = getattr(self._local, "connections", None)
        if found is None:
            found = self._local.connections = {}
        return found

    def post(self, url: str, body: bytes, headers: dict[str, str], timeout_s: float) -> Response:
        """One POST; raises OSError / http.client.HTTPException when there is no response."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        key = (parts.scheme, parts.hostname, port, timeout_s)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        sent = {"Content-Type": "application/json", "User-Agent": USER_AGENT, **headers}
        connections = self._connections()
        while True:
            conn = connections.get(key)
            reused = conn is not None  # a kept-alive connection the server closed: one retry
            if conn is None:
                conn = self._open(parts.scheme, parts.hostname, port, timeout_s)
                connections[key] = conn
            try:
                conn.request("POST", path, body=body, headers=sent)
                reply = conn.getresponse()
                data = reply.read()
            except (OSError, http.client.HTTPException):
                self._drop(connections, key)
                if not reused:
                    raise
                continue
            if reply.will_close:
                self._drop(connections, key)
            return Response(reply.status, data)

    def _open(
        self, scheme: str, host: str, port: int, timeout_s: float
    ) -> http.client.HTTPConnection:
        conn = (
            http.client.HTTPSConnection(host, port, timeout=timeout_s, context=self._tls)
            if scheme == "https"
            else http.client.HTTPConnection(host, port, timeout=timeout_s)
        )
        with self._lock:
            self._open_connections.add(conn)
        return conn

    def _drop(self, connections: dict[Any, http.client.HTTPConnection], key: Any) -> None:
        conn = connections.pop(key)
        conn.close()
        with self._lock:
            self._open_connections.discard(conn)

    def close(self) -> None:
        """Close every thread's connections (call when no request is running)."""
        with self._lock:
            live, self._open_connections = self._open_connections, set()
        for conn in live:
            conn.close()
        self._local = threading.local()
