"""Earlier status events of a return, for adapters that must know what was asked before
(the Shopify adapter counts them to apply each event exactly once). One connection per
worker thread, opened on first use."""

from __future__ import annotations

import threading
from typing import Any

import psycopg

_EARLIER = """
SELECT payload FROM status_events
WHERE return_key = %s AND return_seq < %s AND event_type = %s ORDER BY return_seq"""


class EventHistory:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[psycopg.Connection[Any]] = []

    def __call__(self, return_key: str, before_seq: int, event_type: str) -> list[dict[str, Any]]:
        conn: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = psycopg.connect(self._conninfo, autocommit=True)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        rows = conn.execute(_EARLIER, (return_key, before_seq, event_type)).fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        with self._lock:
            live, self._all = self._all, []
        for conn in live:
            conn.close()
