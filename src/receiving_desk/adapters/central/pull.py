"""Pull reference data from the central database into the local store, incrementally.

Why not a plain sequence as watermark: a row stamped with sequence value 105 may commit after
one stamped 106 that a desk already pulled, and "> 106" would then skip it forever. So rows
carry the id of the transaction that wrote them (`change_xid`, set by trigger), and each pull
reads inside one REPEATABLE READ snapshot and stores that snapshot (`xmin:xmax:xip,...`). A
row was seen by the last pull exactly when its transaction was visible in that snapshot, so the
next pull takes the rows written by a transaction that was not: `xid >= xmax` (started later)
or `xid` in the snapshot's in-progress list. Nothing is skipped and nothing is pulled twice.

Why not only `xid >= xmin`: transaction ids are counted per *cluster*, so one long transaction
in any database on the server holds `xmin` back, and every pull would then fetch again all rows
written since. (A store pulled before snapshots were stored has only its `xmin` horizon: it
takes everything at or above it once.) Deletions come from `reference_deletions`, a tombstone
per deleted key, filtered the same way.

All of one pull is applied in ONE local transaction, with the watermarks: a desk never sees
half an update, and a failed pull leaves the previous state whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    and_,
    case,
    delete,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.sqlite import insert

from receiving_desk.adapters.central import local_state, login_locks
from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.store import sync_tables as s
from receiving_desk.adapters.store import tables as t

Progress = Callable[[str, int, int], None]  # (table, rows done, rows total)
# Runs with the rows a pull fetched (by central table name), before they are applied and
# outside the store's write transaction: raising refuses the whole pull.
Check = Callable[[dict[str, list[dict[str, Any]]]], object]
CHUNK = 5000
SNAPSHOT_FACT = "pull_snapshot"  # the central snapshot the last pull read in


@dataclass(frozen=True)
class Snapshot:
    """A PostgreSQL snapshot: transactions below `xmin` are finished, those at or above `xmax`
    had not started, and `xip` lists the ones in between that were still running."""

    xmin: int
    xmax: int
    xip: tuple[int, ...] = ()

    @classmethod
    def parse(cls, text_form: str) -> Snapshot:
        xmin, xmax, xip = text_form.split(":")
        return cls(int(xmin), int(xmax), tuple(int(x) for x in xip.split(",") if x))

    def __str__(self) -> str:
        return f"{self.xmin}:{self.xmax}:{','.join(map(str, self.xip))}"

    def visible(self, xid: int) -> bool:
        return xid < self.xmin or (xid < self.xmax and xid not in self.xip)


@dataclass(frozen=True)
class Mark:
    """Where a stream stands: its horizon, and the snapshot of the pull that set it (None for a
    store that pulled before snapshots were stored, or never)."""

    horizon: int
    snapshot: Snapshot | None

    def unseen(self, xid: ColumnElement[int]) -> ColumnElement[bool]:
        """Rows the last pull did not see: written by a transaction invisible to its snapshot."""
        snap = self.snapshot
        if snap is None:
            return xid >= self.horizon
        return or_(xid >= snap.xmax, xid.in_(snap.xip)) if snap.xip else xid >= snap.xmax

    def seen(self, xid: int) -> bool:
        return self.snapshot.visible(xid) if self.snapshot else xid < self.horizon


@dataclass(frozen=True)
class Mirror:
    central: Table
    local: Table
    key: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        """Central columns the local table has (a desk keeps what it uses)."""
        return tuple(
            c.name for c in self.central.c if c.name != "change_xid" and c.name in self.local.c
        )

    @property
    def stream(self) -> str:
        return f"pull:{self.central.name}"


_LOCATIONS = t.metadata.tables.get("locations")  # bins, kept by the store's inventory tables

# Parents before children (local foreign keys); deletions run in the reverse order.
MIRRORS = (
    Mirror(c.customers, t.customers, ("id",)),
    Mirror(c.products, t.products, ("sku",)),
    Mirror(c.product_gtins, t.product_gtins, ("gtin14",)),
    Mirror(c.rmas, t.rmas, ("rma_number",)),
    Mirror(c.rma_lines, t.rma_lines, ("rma_number", "line_no")),
    Mirror(c.rma_tracking, t.rma_tracking, ("tracking_number",)),
    Mirror(c.users, t.users, ("id",)),
    *([Mirror(c.locations, _LOCATIONS, ("code",))] if _LOCATIONS is not None else []),
    Mirror(c.rules, s.ref_rules, ("version",)),
)


@dataclass
class PullResult:
    horizon: int = 0
    upserted: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    locks: int = 0  # login locks from central new or longer here (login_locks.py)

    @property
    def rows(self) -> int:
        return sum(self.upserted.values()) + sum(self.deleted.values())


def pull_reference(
    central: Engine,
    local: Engine,
    now: datetime,
    progress: Progress | None = None,
    check: Check | None = None,
) -> PullResult:
    with local.connect() as conn:
        stored = local_state.fact(conn, SNAPSHOT_FACT)
        snapshot = Snapshot.parse(stored) if stored else None
        marks: dict[str, Mark] = {}
        for m in MIRRORS:
            horizon = local_state.watermark(conn, m.stream)
            # A stream's horizon is the xmin of the snapshot it was pulled in; one that does not
            # match (a stream new to this store) falls back to its horizon alone.
            same = snapshot is not None and snapshot.xmin == horizon
            marks[m.stream] = Mark(horizon, snapshot if same else None)
    result = PullResult()
    fetched: dict[str, list[dict[str, Any]]] = {}
    with central.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.execute(text("SET TRANSACTION READ ONLY"))
            current = Snapshot.parse(
                conn.execute(text("SELECT pg_current_snapshot()::text")).scalar_one()
            )
            result.horizon = current.xmin
            totals = {m.stream: _count(conn, m, marks[m.stream]) for m in MIRRORS}
            total, done = sum(totals.values()), 0
            if progress is not None:
                progress("", 0, total)
            for mirror in MIRRORS:
                rows = fetched[mirror.stream] = []
                query = (
                    select(*(mirror.central.c[k] for k in mirror.columns))
                    .where(marks[mirror.stream].unseen(mirror.central.c.change_xid))
                    .order_by(*(mirror.central.c[k] for k in mirror.key))
                )
                # Closed explicitly: a connection cut mid-pull must not leave its server-side
                # cursor to the garbage collector.
                with conn.execution_options(yield_per=CHUNK).execute(query) as rows_of:
                    for part in rows_of.partitions():
                        rows.extend(r._asdict() for r in part)
                        done += len(part)
                        if progress is not None:
                            progress(mirror.central.name, done, total)
            tombstones = _tombstones(conn, marks)
            locks = login_locks.read(conn)
    if check is not None:  # e.g. a bin the desk could not scan: nothing of this pull is kept
        check({m.central.name: fetched[m.stream] for m in MIRRORS})
    with local.begin() as conn:
        for mirror in reversed(MIRRORS):
            keys = tombstones.get(mirror.central.name, [])
            result.deleted[mirror.central.name] = _delete(conn, mirror, keys)
        for mirror in MIRRORS:
            rows = fetched[mirror.stream]
            if rows:
                conn.execute(_upsert(mirror), rows)
            result.upserted[mirror.central.name] = len(rows)
            local_state.set_watermark(conn, mirror.stream, result.horizon, len(rows), now)
        local_state.set_fact(conn, SNAPSHOT_FACT, str(current), now)
        result.locks = login_locks.apply(conn, locks)
    return result


def _count(conn: Connection, mirror: Mirror, mark: Mark) -> int:
    query = select(func.count()).where(mark.unseen(mirror.central.c.change_xid))
    return int(conn.execute(query.select_from(mirror.central)).scalar_one())


def _tombstones(conn: Connection, marks: dict[str, Mark]) -> dict[str, list[dict[str, Any]]]:
    d = c.reference_deletions
    found: dict[str, list[dict[str, Any]]] = {}
    oldest = min(m.horizon for m in marks.values())
    rows = conn.execute(
        select(d.c.table_name, d.c.key, d.c.change_xid).where(d.c.change_xid >= oldest)
    )
    for table_name, key, xid in rows:
        mark = marks.get(f"pull:{table_name}")
        if mark is not None and not mark.seen(xid):
            found.setdefault(table_name, []).append(key)
    return found


def _delete(conn: Connection, mirror: Mirror, keys: list[dict[str, Any]]) -> int:
    deleted = 0
    for key in keys:
        where = and_(*(mirror.local.c[k] == key[k] for k in mirror.key))
        deleted += conn.execute(delete(mirror.local).where(where)).rowcount
    return deleted


def _upsert(mirror: Mirror) -> Any:
    stmt = insert(mirror.local)
    new: dict[str, Any] = {k: stmt.excluded[k] for k in mirror.columns if k not in mirror.key}
    if mirror.local is t.rmas:
        # The desk closes an RMA locally when it received every line; a central "open" only
        # means the central side has not derived that yet, so it must not reopen it here.
        local = mirror.local.c.status
        reopening = and_(local == "received", stmt.excluded.status == "open")
        new["status"] = case((reopening, local), else_=stmt.excluded.status)
    return stmt.on_conflict_do_update(index_elements=list(mirror.key), set_=new)
