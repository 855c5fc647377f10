"""A central database that trusts no desk: run as desk roles made by `central role-sql`.

Each forging attempt of a stolen desk credential is refused (and changes nothing); each
legitimate push still works, idempotently; the refund rules hold server-side.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import URL, Engine, create_engine, select, text
from sqlalchemy.exc import IntegrityError

from receiving_desk.adapters.central import messages as msg
from receiving_desk.adapters.central.messages import CentralBatch
from receiving_desk.adapters.central.push import CentralPusher
from receiving_desk.adapters.central.roles import desk_login_sql, desk_role_sql
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect, libpq
from tests.integration.central_worker import (
    BY_SKU,
    clerk,
    expected_events,
    grade,
    open_desk,
    run_returns,
    runner,
    seed_central,
)
from tests.integration.test_central_concurrency import desks
from tests.seed import EARBUDS, MUG, item_code

pytestmark = pytest.mark.postgres
AT = datetime(2026, 11, 20, 15, tzinfo=UTC)
Refused = psycopg.errors.InsufficientPrivilege
AddDesk = Callable[[str, str], URL]


@pytest.fixture
def add_desk(central_url: URL) -> Iterator[AddDesk]:
    """Makes desk logins with the role-sql statements (group once, then one login per desk,
    registered with its station id and site); roles are cluster-wide: dropped after."""
    suffix = uuid.uuid4().hex[:8]
    group, logins = f"rd_desks_{suffix}", []
    assert central_url.database
    with admin_connect(central_url) as conn:
        for statement in desk_role_sql(group, central_url.database):
            conn.execute(statement)

    def add(desk_id: str, site: str) -> URL:
        login = f"rd_{suffix}_{len(logins)}"
        with admin_connect(central_url) as conn:
            for statement in desk_login_sql(group, login, desk_id, site):
                conn.execute(statement)
        logins.append(login)
        return central_url.set(username=login, password=None)

    try:
        yield add
    finally:
        with admin_connect(central_url) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ANY(%s)",
                (logins,),
            )
            for role in (*logins, group):
                conn.execute(f'DROP OWNED BY "{role}"')
                conn.execute(f'DROP ROLE "{role}"')


@pytest.fixture
def dock(central_engine: Engine, add_desk: AddDesk, tmp_path: Path) -> Iterator[Dock]:
    dock = Dock(central_engine, add_desk, tmp_path)
    try:
        yield dock
    finally:
        dock.close()


class Dock:
    """Two desks of site NORTH (DESK-01 has pushed a completed return), a site SOUTH with its
    own user and RMA, and desk DESK-01's store."""

    def __init__(self, central: Engine, add_desk: AddDesk, tmp: Path) -> None:
        self.central = central
        plan = seed_central(central, generated=3, skus=(EARBUDS.sku,))
        self.rmas = [number for number, _ in plan]
        with central.begin() as conn:
            conn.execute(text("UPDATE users SET site = 'NORTH'"))
            conn.execute(text("UPDATE rmas SET site = 'NORTH'"))
            conn.execute(
                text(
                    "INSERT INTO users (id, badge, name, role, pin_hash, site) VALUES "
                    "('U-SOUTH', 'B-SOUTH', 'South admin', 'admin', '$argon2id$south', 'SOUTH')"
                )
            )
            conn.execute(
                text("UPDATE rmas SET site = 'SOUTH' WHERE rma_number = :r"), {"r": self.rmas[2]}
            )
        self.urls = {
            "DESK-01": add_desk("DESK-01", "NORTH"),
            "DESK-02": add_desk("DESK-02", "NORTH"),
        }
        self.engines = {d: create_engine(u) for d, u in self.urls.items()}
        self.desk = open_desk(tmp / "desk1", "DESK-01")
        runner(self.desk, self.engines["DESK-01"]).pull()
        run_returns(self.desk, clerk("DESK-01"), [(self.rmas[0], [EARBUDS.sku])])
        runner(self.desk, self.engines["DESK-01"]).push_all()
        self.receipt, self.unit = self.one(
            "SELECT receipt_id::text, unit_id::text FROM inspections"
        )

    def close(self) -> None:
        for engine in self.engines.values():
            engine.dispose()
        self.desk.close()

    def one(self, sql: str, **params: Any) -> Any:
        with self.central.connect() as conn:
            return conn.execute(text(sql), params).one()

    def snapshot(self) -> tuple[Any, ...]:
        """Everything a forgery could change, as the owner sees it."""
        with self.central.connect() as conn:
            rows = [
                conn.execute(text(f"SELECT {columns} FROM {table} ORDER BY 1")).all()
                for table, columns in (
                    ("receipts", "id, desk_id, status, voided_at"),
                    ("inspections", "unit_id, desk_id, grade, disposition, refund_kind"),
                    ("status_events", "return_key, return_seq, event_type, desk_id, payload::text"),
                    ("return_event_heads", "return_key, last_seq"),
                    ("audit_entries", "id, desk_id, user_id"),
                )
            ]
        return tuple(tuple(r) for r in rows)

    def push(self, as_desk: str, batch: CentralBatch, audit: list[Any] | None = None) -> Any:
        pusher = CentralPusher(self.engines[as_desk], batch.desk_id, str(uuid.uuid4()), "t")
        return pusher.push(batch, audit or [])

    def sql(self, as_desk: str, statement: str, *params: Any) -> list[tuple[Any, ...]]:
        with psycopg.connect(libpq(self.urls[as_desk])) as conn:
            return conn.execute(statement, params).fetchall()  # type: ignore[arg-type]

    def inspection_row(self) -> list[Any]:
        columns = ", ".join(msg.INSPECTION_COLUMNS)
        with psycopg.connect(libpq(self.central.url)) as conn:
            row = conn.execute(f"SELECT {columns} FROM inspections").fetchone()
        assert row is not None
        return [
            json.dumps(v) if c in msg.JSON_COLUMNS else v
            for c, v in zip(msg.INSPECTION_COLUMNS, row, strict=True)
        ]


def batch(desk: str, seq: int = 10_000, **rows: list[Any]) -> CentralBatch:
    made = CentralBatch(desk, first_seq=seq, last_seq=seq, messages=1)
    for kind, values in rows.items():
        setattr(made, kind, values)
    return made


def audit_row(desk: str, user: str | None) -> tuple[Any, ...]:
    return (str(uuid.uuid4()), desk, AT, user, "void", "receipt", "{}")


# -- forging through the tables: no desk writes any table --------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO status_events (return_key, return_seq, event_type, at, desk_id, message_id, "
        "payload) VALUES ('RMA-X', 1, 'refund_recommended', now(), 'DESK-02', gen_random_uuid(), "
        "'{}')",
        "UPDATE inspections SET grade = 'A', disposition = 'restock_new', desk_id = 'DESK-02'",
        "UPDATE receipts SET status = 'voided'",
        "UPDATE return_event_heads SET last_seq = 998",
        "INSERT INTO return_event_heads VALUES ('RMA-X', 998)",
        "INSERT INTO audit_entries (id, desk_id, at, action, subject, details) "
        "VALUES (gen_random_uuid(), 'DESK-01', now(), 'void', 'x', '{}')",
        "DELETE FROM inspections",
        "SELECT * FROM audit_entries",
        "SELECT * FROM return_event_heads",
        "SELECT * FROM desk_accounts",
        "UPDATE desk_accounts SET desk_id = 'DESK-01'",
        "SELECT public.rd_completion_events()",
        "CREATE TEMP TABLE rd_s_receipts (id uuid)",
    ],
)
def test_a_desk_writes_no_table_directly(dock: Dock, statement: str) -> None:
    before = dock.snapshot()
    with pytest.raises(Refused):
        dock.sql("DESK-02", statement)
    assert dock.snapshot() == before


def test_the_staging_tables_cannot_be_tampered_with(dock: Dock) -> None:
    with psycopg.connect(libpq(dock.urls["DESK-02"])) as conn:
        conn.execute("SELECT public.rd_push_stage()")
        conn.commit()  # the staging tables live as long as the connection
        for statement in (
            "ALTER TABLE pg_temp.rd_s_receipts ENABLE ROW LEVEL SECURITY",
            "CREATE INDEX ON pg_temp.rd_s_inspections ((unit_id::text))",
            "DROP TABLE pg_temp.rd_s_audit",
        ):
            with pytest.raises(Refused):
                conn.execute(statement)
            conn.rollback()
        with pytest.raises(Refused):
            conn.execute("INSERT INTO pg_temp.rd_m_events (return_key) VALUES ('x')")


# -- forging through the push: refused by the merge, nothing changed ----------------------


def test_rewriting_another_desks_inspection_is_refused(dock: Dock) -> None:
    row = dock.inspection_row()
    row[msg.INSPECTION_COLUMNS.index("desk_id")] = "DESK-02"
    row[msg.INSPECTION_COLUMNS.index("desk_seq")] = 10**9
    for column, value in (("grade", "A"), ("disposition", "restock_new"), ("refund_kind", "full")):
        row[msg.INSPECTION_COLUMNS.index(column)] = value
    row[msg.INSPECTION_COLUMNS.index("refund_percent")] = 100
    before = dock.snapshot()
    with pytest.raises(Refused, match=f"unit {dock.unit} belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", inspections=[tuple(row)]))
    override = (dock.unit, str(uuid.uuid4()), 10**9, "restock_new", "mine now", "U-x", AT)
    with pytest.raises(Refused, match="belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", overrides=[override]))
    assert dock.snapshot() == before


def test_voiding_another_desks_completed_receipt_is_refused(dock: Dock) -> None:
    void = (dock.receipt, str(uuid.uuid4()), AT, "forged", 10_000)
    before = dock.snapshot()
    with pytest.raises(Refused, match=f"receipt {dock.receipt} belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", voids=[void]))
    # Not even its own desk voids a completed return: only an open one can be voided.
    with pytest.raises(Refused, match="only an open return can be voided"):
        dock.push("DESK-01", batch("DESK-01", voids=[void]))
    assert dock.snapshot() == before


def test_a_batch_claiming_another_station_is_refused(dock: Dock) -> None:
    before = dock.snapshot()
    with pytest.raises(Refused, match="is desk DESK-02; this batch claims desk DESK-01"):
        dock.push("DESK-02", batch("DESK-01"), [audit_row("DESK-01", "U-B-CLERK")])
    assert dock.snapshot() == before


def test_audit_entries_are_the_pushing_desks_and_its_sites_users(dock: Dock) -> None:
    clerk_id = dock.one("SELECT id FROM users WHERE site = 'NORTH' ORDER BY id LIMIT 1")[0]
    before = dock.snapshot()
    with pytest.raises(Refused, match="may not push rows of desk DESK-01"):
        dock.push("DESK-02", batch("DESK-02"), [audit_row("DESK-01", clerk_id)])
    with pytest.raises(Refused, match="user U-SOUTH is not a user of site NORTH"):
        dock.push("DESK-02", batch("DESK-02"), [audit_row("DESK-02", "U-SOUTH")])
    assert dock.snapshot() == before
    entry = audit_row("DESK-02", clerk_id)
    for _ in range(2):  # a re-send changes nothing
        dock.push("DESK-02", batch("DESK-02"), [entry])
    found = dock.one("SELECT count(*), min(desk_id) FROM audit_entries WHERE id = :i", i=entry[0])
    assert tuple(found) == (1, "DESK-02")


def test_a_receipt_on_another_sites_rma_or_another_desks_id_is_refused(dock: Dock) -> None:
    south = (str(uuid.uuid4()), dock.rmas[2], "DESK-02", "U-x", AT, "x", str(uuid.uuid4()), 1)
    again = (dock.receipt, dock.rmas[1], "DESK-02", "U-x", AT, "x", str(uuid.uuid4()), 1)
    before = dock.snapshot()
    with pytest.raises(Refused, match=f"RMA {dock.rmas[2]} belongs to another site"):
        dock.push("DESK-02", batch("DESK-02", receipts=[south]))
    with pytest.raises(Refused, match="belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", receipts=[again]))
    assert dock.snapshot() == before


# -- reading: a desk sees its site's reference data and its own rows ----------------------


def test_a_desk_reads_only_its_own_rows_and_its_sites_users(dock: Dock) -> None:
    assert dock.sql("DESK-01", "SELECT count(*) FROM receipts") == [(1,)]
    assert dock.sql("DESK-01", "SELECT count(*) FROM inspections") == [(1,)]
    assert dock.sql("DESK-02", "SELECT count(*) FROM receipts") == [(0,)]
    assert dock.sql("DESK-02", "SELECT count(*) FROM inspections") == [(0,)]
    hashes = dock.sql("DESK-02", "SELECT id, pin_hash FROM users")
    assert hashes and "U-SOUTH" not in {i for i, _ in hashes}
    assert dock.sql("DESK-02", "SELECT pin_hash FROM users WHERE site = 'SOUTH'") == []
    south = dock.rmas[2]
    for table in ("rmas", "rma_lines"):
        query = f"SELECT count(*) FROM {table} WHERE rma_number = %s"
        assert dock.sql("DESK-02", query, south) == [(0,)]
        assert dock.one(query.replace("%s", ":r"), r=south)[0] > 0  # the owner sees it
    second = open_desk(dock.desk.config.data_dir.parent / "desk2", "DESK-02")
    try:
        pulled = runner(second, dock.engines["DESK-02"]).pull()
    finally:
        second.close()
    assert pulled.upserted["users"] == len(hashes)
    assert pulled.upserted["rmas"] == dock.one("SELECT count(*) FROM rmas")[0] - 1


def test_a_desk_reads_only_its_sites_tombstones(dock: Dock) -> None:
    """Deleted keys of another site stay hidden; its own site's reach the desk's pull and
    remove its copy. Every desk has a site (a desk with none would read every site's)."""
    south, north = dock.rmas[2], dock.rmas[1]
    second = open_desk(dock.desk.config.data_dir.parent / "desk2", "DESK-02")
    try:
        runner(second, dock.engines["DESK-02"]).pull()
        with dock.central.begin() as conn:
            conn.execute(text("DELETE FROM users WHERE id = 'U-SOUTH'"))
            for rma in (south, north):
                conn.execute(text("DELETE FROM rma_lines WHERE rma_number = :r"), {"r": rma})
                conn.execute(text("DELETE FROM rmas WHERE rma_number = :r"), {"r": rma})
        pulled = runner(second, dock.engines["DESK-02"]).pull()
        with second.engine.connect() as conn:
            local = conn.execute(select(t.rmas.c.rma_number)).scalars().all()
    finally:
        second.close()
    tombstones = "SELECT table_name, key::text, site FROM reference_deletions ORDER BY 1, 2"
    assert dock.sql("DESK-02", tombstones) == [
        ("rma_lines", f'{{"line_no": 1, "rma_number": "{north}"}}', "NORTH"),
        ("rmas", f'{{"rma_number": "{north}"}}', "NORTH"),
    ]
    with dock.central.connect() as conn:
        every = conn.execute(text(tombstones)).all()
    assert ("users", '{"id": "U-SOUTH"}', "SOUTH") in every
    assert ("rma_lines", f'{{"line_no": 1, "rma_number": "{south}"}}', "SOUTH") in every
    assert (pulled.deleted["rmas"], pulled.deleted["rma_lines"]) == (1, 1)
    assert north not in local
    with dock.central.begin() as conn, pytest.raises(IntegrityError):
        conn.execute(text("INSERT INTO desk_accounts VALUES ('x', 'DESK-X', NULL)"))


# -- legitimate pushes: still work, idempotently, refunds only for what was refundable ----


def _wrong_item_return(desk: Services, rma: str) -> None:
    """The declared earbuds, and a mug that was never on the RMA."""
    session = clerk("DESK-01")
    receipt = desk.receiving.open_parcel(session, rma, None, rma)
    for product in (EARBUDS, MUG):
        code = item_code(BY_SKU[product.sku])
        desk.receiving.record_item(session, receipt.id, code, gtin14=product.gtins[0])
        grade(desk, session, receipt.id, "A")
    desk.receiving.complete(session, receipt.id)


def test_wrong_items_are_held_for_review_never_refunded(dock: Dock) -> None:
    _wrong_item_return(dock.desk, dock.rmas[1])
    assert runner(dock.desk, dock.engines["DESK-01"], batch=3).push_all() > 0
    assert runner(dock.desk, dock.engines["DESK-01"], batch=3).push_all() == 0
    mug = dock.one("SELECT unit_id::text, refund_kind FROM inspections WHERE sku = :s", s=MUG.sku)
    assert mug[1] == "none"  # the row the central reports read
    with dock.desk.engine.connect() as conn:  # and the desk's own (the local reports)
        local = conn.execute(
            text("SELECT refund_kind FROM inspections WHERE unit_id = :u"), {"u": mug[0]}
        ).scalar_one()
    assert local == "none"
    with dock.central.connect() as conn:
        events = dict(
            conn.execute(
                text("SELECT event_type, payload FROM status_events WHERE return_key = :r"),
                {"r": dock.rmas[1]},
            ).all()
        )
    refunded = [u["unit_id"] for u in events["refund_recommended"]["units"]]
    assert mug[0] not in refunded and len(refunded) == 1
    held = events["held_for_review"]["units"]
    assert [(u["unit_id"], u["reason"]) for u in held] == [(mug[0], "extra_item")]
    review = [u for u in events["refund_recommended"]["held_units"] if u["unit_id"] == mug[0]]
    assert review == [
        {
            "unit_id": mug[0],
            "sku": MUG.sku,
            "match": "not_on_rma",
            "review": "held_for_review",
            "reason": "extra_item",
        }
    ]
    assert dock.one("SELECT count(*) FROM status_events")[0] == expected_events(dock.desk)


def test_a_forged_refund_on_a_wrong_item_is_still_held(dock: Dock) -> None:
    """A desk that claims a full refund for an item not on the RMA gets a review, not a refund."""
    receipt, unit = str(uuid.uuid4()), str(uuid.uuid4())
    opened = (receipt, dock.rmas[1], "DESK-02", "U-x", AT, "x", str(uuid.uuid4()), 1)
    row = dock.inspection_row()
    values = {
        "unit_id": unit,
        "message_id": str(uuid.uuid4()),
        "receipt_id": receipt,
        "rma_number": dock.rmas[1],
        "desk_id": "DESK-02",
        "desk_seq": 2,
        "match": "not_on_rma",
        "line_no": None,
        "sku": MUG.sku,
        "refund_kind": "full",
        "refund_percent": 100,
    }
    for column, value in values.items():
        row[msg.INSPECTION_COLUMNS.index(column)] = value
    done = (receipt, str(uuid.uuid4()), AT, "U-x", 3)
    units = [(receipt, 0, unit, MUG.sku, "matched", "A", "restock_new", "full", 100)]
    dock.push(
        "DESK-02",
        batch(
            "DESK-02",
            receipts=[opened],
            inspections=[tuple(row)],
            completions=[done],
            completion_units=units,
        ),
    )
    kinds = dock.one(
        "SELECT array_agg(event_type ORDER BY return_seq) FROM status_events WHERE receipt_id = :r",
        r=receipt,
    )[0]
    assert kinds == ["received", "inspected", "disposition_decided", "held_for_review", "completed"]
    assert dock.one("SELECT refund_kind FROM inspections WHERE unit_id = :u", u=unit)[0] == "none"


def test_eight_desk_roles_push_at_once(
    central_engine: Engine, central_url: URL, add_desk: AddDesk, tmp_path: Path
) -> None:
    """Eight desk processes, each as its own registered role, syncing while they work: every
    return once, events gap-free per return (split parcels share RMAs), re-sends no-ops."""
    urls = [add_desk(f"DESK-{d:02d}", "NORTH") for d in range(8)]
    desks(central_engine, central_url, tmp_path, 8, urls=urls)


def test_a_unit_with_another_serial_than_sold_is_held_whatever_the_desk_says(dock: Dock) -> None:
    """Switch fraud: the declared product, but not the unit sold. A desk sending a full refund
    for it gets a review with the reason, and the stored refund is none."""
    with dock.central.begin() as conn:
        sold = "UPDATE rma_lines SET serial = 'SOLD-1' WHERE rma_number = :r AND line_no = 1"
        conn.execute(text(sold), {"r": dock.rmas[1]})
    receipt, unit = str(uuid.uuid4()), str(uuid.uuid4())
    opened = (receipt, dock.rmas[1], "DESK-02", "U-x", AT, "x", str(uuid.uuid4()), 1)
    row = dock.inspection_row()
    values = {
        **{"unit_id": unit, "message_id": str(uuid.uuid4()), "receipt_id": receipt},
        **{"rma_number": dock.rmas[1], "desk_id": "DESK-02", "desk_seq": 2, "line_no": 1},
        **{"match": "matched", "serial": "SWAP-9", "refund_kind": "full", "refund_percent": 100},
    }
    for column, value in values.items():
        row[msg.INSPECTION_COLUMNS.index(column)] = value
    done = (receipt, str(uuid.uuid4()), AT, "U-x", 3)
    units = [(receipt, 0, unit, EARBUDS.sku, "matched", "A", "restock_new", "full", 100)]
    dock.push(
        "DESK-02",
        batch(
            "DESK-02",
            receipts=[opened],
            inspections=[tuple(row)],
            completions=[done],
            completion_units=units,
        ),
    )
    with dock.central.connect() as conn:
        events = dict(
            conn.execute(
                text("SELECT event_type, payload FROM status_events WHERE receipt_id = :r"),
                {"r": receipt},
            ).all()
        )
    assert "refund_recommended" not in events
    assert events["held_for_review"]["units"] == [
        {"unit_id": unit, "sku": EARBUDS.sku, "match": "matched", "reason": "serial_mismatch"}
    ]
    assert dock.one("SELECT refund_kind FROM inspections WHERE unit_id = :u", u=unit)[0] == "none"
