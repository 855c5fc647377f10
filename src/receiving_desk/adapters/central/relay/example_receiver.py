"""A webhook receiver to copy (standard library only; docs/webhooks.md shows it).

It checks the signature against the endpoint's secrets (both, while they rotate), applies
each event at most once - the effect and the idempotency key in one SQLite transaction - and
never applies an older event of a return after a newer one. It answers 2xx only once the
effect is committed, so a crash before that makes the relay send the event again.

    python -m receiving_desk.adapters.central.relay.example_receiver PORT DB SECRET [SECRET]
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from wsgiref.simple_server import make_server

from receiving_desk.adapters.central.relay.signing import HEADER, InvalidSignature, verify

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
SCHEMA = """
CREATE TABLE IF NOT EXISTS applied (key TEXT PRIMARY KEY, return_key TEXT, seq INTEGER);
CREATE TABLE IF NOT EXISTS return_state (return_key TEXT PRIMARY KEY, last_seq INTEGER,
    last_type TEXT);
"""


class Receiver:
    def __init__(self, db_path: str, secrets: Sequence[str]) -> None:
        self.secrets = list(secrets)
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._db.executescript(SCHEMA)
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start: StartResponse) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length)  # the raw bytes: they are what was signed
        header = environ.get("HTTP_" + HEADER.upper().replace("-", "_"), "")
        try:
            verify(header, body, self.secrets)
        except InvalidSignature as exc:
            return _reply(start, "401 Unauthorized", {"error": str(exc)})
        event = json.loads(body)
        outcome = self.apply(event)
        return _reply(start, "200 OK", {"result": outcome})

    def apply(self, event: dict[str, Any]) -> str:
        """Apply once and in order: 'applied', 'duplicate' or 'stale'."""
        key, ret = event["id"], event["return"]
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                outcome = self._apply(key, ret["key"], ret["seq"], event["type"])
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return outcome

    def _apply(self, key: str, return_key: str, seq: int, kind: str) -> str:
        if self._db.execute("SELECT 1 FROM applied WHERE key = ?", (key,)).fetchone():
            return "duplicate"
        row = self._db.execute(
            "SELECT last_seq FROM return_state WHERE return_key = ?", (return_key,)
        ).fetchone()
        if row is not None and row[0] >= seq:
            return "stale"  # an older event after a newer one (a replay): ignore
        # The effect: here, the return's latest state; yours: a notification, a refund, ...
        self._db.execute(
            "INSERT INTO return_state VALUES (?, ?, ?) ON CONFLICT (return_key) DO "
            "UPDATE SET last_seq = excluded.last_seq, last_type = excluded.last_type",
            (return_key, seq, kind),
        )
        self._db.execute("INSERT INTO applied VALUES (?, ?, ?)", (key, return_key, seq))
        return "applied"

    def state(self) -> dict[str, tuple[int, str]]:
        with self._lock:
            rows = self._db.execute("SELECT return_key, last_seq, last_type FROM return_state")
            return {k: (s, t) for k, s, t in rows.fetchall()}

    def applied(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM applied").fetchone()[0])

    def close(self) -> None:
        self._db.close()


def _reply(start: StartResponse, status: str, doc: dict[str, Any]) -> list[bytes]:
    data = json.dumps(doc).encode()
    start(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def main(argv: list[str]) -> int:
    port, db, *secrets = argv
    app = Receiver(db, secrets)
    with make_server("127.0.0.1", int(port), app) as server:
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
