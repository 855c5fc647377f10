"""PostgreSQL for the central-database tests (imported explicitly, not a conftest).

Server discovery, in order: RECEIVING_DESK_TEST_PG_URL (an admin URL), the local server at
127.0.0.1:5432 (trust auth), a throwaway cluster from /usr/lib/postgresql/*/bin. Otherwise
the tests skip, except under CI (CI=true), where a skip would hide a broken set-up: fail.
Every test gets its own database, copied from a migrated template, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import URL, Engine, create_engine, make_url

from receiving_desk.adapters.central import migrate

ENV_URL = "RECEIVING_DESK_TEST_PG_URL"
LOCAL_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

__all__ = [
    "TcpProxy",
    "admin_connect",
    "central_engine",
    "central_template",
    "central_url",
    "libpq",
    "pg_server",
]


def libpq(url: URL) -> str:
    """A libpq connection string for psycopg (the password included: never print it)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def admin_connect(url: URL) -> psycopg.Connection[Any]:
    return psycopg.connect(libpq(url), autocommit=True, connect_timeout=5)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL required under CI: {reason}")
    pytest.skip(reason)


def _reachable(url: URL) -> str | None:
    try:
        with admin_connect(url) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return str(exc).strip()
    return None


def _unused_port() -> int:
    """A port number nothing listens on right now. PostgreSQL must bind it itself, so another
    process may take it in between: the caller retries with a new number when the start fails."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _throwaway_cluster() -> tuple[URL, Path] | None:
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bins or os.geteuid() != 0 or shutil.which("runuser") is None:
        return None
    bin_dir = bins[-1].parent
    data = Path(tempfile.mkdtemp(prefix="rd-pg-"))
    shutil.chown(data, "postgres", "postgres")
    run = ["runuser", "-u", "postgres", "--"]
    db = ["-D", str(data / "db")]
    initdb = [*run, str(bin_dir / "initdb"), *db, "-A", "trust", "-U", "postgres"]
    subprocess.run(initdb, check=True, capture_output=True)
    for attempt in range(5):
        port = _unused_port()
        options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"
        start = [*run, str(bin_dir / "pg_ctl"), *db, "-o", options, "-l", str(data / "log")]
        started = subprocess.run([*start, "-w", "start"], check=False, capture_output=True)
        if started.returncode == 0:
            return make_url(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"), data
        if attempt == 4:
            started.check_returncode()
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[URL]:
    """An admin URL of a PostgreSQL server the tests may create databases and roles on."""
    if os.environ.get(ENV_URL):
        url = make_url(os.environ[ENV_URL]).set(drivername="postgresql+psycopg")
        problem = _reachable(url)
        if problem:
            _unavailable(f"{ENV_URL} unreachable: {problem}")
        yield url
        return
    url = make_url(LOCAL_URL)
    if _reachable(url) is None:
        yield url
        return
    cluster = _throwaway_cluster()
    if cluster is None:
        _unavailable("no PostgreSQL at 127.0.0.1:5432 and no binaries for a throwaway cluster")
        return
    url, data = cluster
    try:
        yield url
    finally:
        pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
        stop = ["runuser", "-u", "postgres", "--", str(pg_ctl), "-D", str(data / "db")]
        subprocess.run([*stop, "-m", "immediate", "stop"], check=False, capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def _drop(admin: URL, name: str) -> None:
    with admin_connect(admin) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def central_template(pg_server: URL) -> Iterator[str]:
    """A database migrated once, copied for each test (CREATE DATABASE ... TEMPLATE)."""
    name = f"rd_central_tpl_{uuid.uuid4().hex[:10]}"
    with admin_connect(pg_server) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine(pg_server.set(database=name))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    try:
        yield name
    finally:
        _drop(pg_server, name)


@pytest.fixture
def central_url(pg_server: URL, central_template: str) -> Iterator[URL]:
    name = f"rd_central_{uuid.uuid4().hex[:12]}"
    with admin_connect(pg_server) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{central_template}"')
    try:
        yield pg_server.set(database=name)
    finally:
        _drop(pg_server, name)


@pytest.fixture
def central_engine(central_url: URL) -> Iterator[Engine]:
    engine = create_engine(central_url)
    yield engine
    engine.dispose()


def _port_holder(port: int = 0) -> socket.socket:
    """A socket bound to 127.0.0.1:`port` (0: any), not listening: connections to it are
    refused and no other process can take the number. SO_REUSEPORT lets the proxy bind the next
    holder while its listener still has the port, so the number is never free in between."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    return sock


class TcpProxy:
    """A TCP forwarder on 127.0.0.1 the test can cut: `close()` drops every connection and
    refuses new ones (the central server "stopped"), `open()` brings it back on the same port.
    The port stays this proxy's from start to `release()`: never closed and bound again."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._held: socket.socket | None = _port_holder()
        self.port = int(self._held.getsockname()[1])
        self.open()

    def open(self) -> None:
        listener, self._held = self._held, None
        if listener is None:  # already open
            return
        listener.listen(16)
        self._listener = listener
        self._spawn(self._accept, listener)

    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed
            if self._listener is not listener:  # closed meanwhile
                client.close()
                return
            try:
                server = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets |= {client, server}
            self._spawn(self._pump, client, server)
            self._spawn(self._pump, server, client)

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                self._close(s)

    def _close(self, s: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(s)
        with contextlib.suppress(OSError):
            s.shutdown(socket.SHUT_RDWR)
        s.close()

    def close(self) -> None:
        if self._listener is not None:
            self._held = _port_holder(self.port)  # before the listener lets the port go
            self._listener.close()
            self._listener = None
        with self._lock:
            live = list(self._sockets)
        for s in live:
            self._close(s)
        for thread in self._threads:
            thread.join(5)
        self._threads = []

    def release(self) -> None:
        """Cut, and give the port back: the end of the test."""
        self.close()
        if self._held is not None:
            self._held.close()
            self._held = None

    def url(self, base: URL) -> URL:
        return base.set(host="127.0.0.1", port=self.port)
