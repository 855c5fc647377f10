"""The push's staging and merge since c0017: staging tables that outlive a commit, emptied by
the merge; a unit looked up only when the plain insert meets it; roll-up days binned from the
pushed rows' times. Run on the real server, as desk roles where the desk's rights matter."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import StaticPool

from receiving_desk.adapters.central import messages as msg
from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central.push import CentralPusher
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.test_central_trust import AT, Dock, Refused, add_desk, batch, dock

__all__ = ["add_desk", "dock"]  # fixtures of the trust tests, used here
pytestmark = pytest.mark.postgres
STAGED = ("rd_s_inspections", "rd_s_withdrawals", "rd_s_audit", "rd_m_events")


def new_unit(dock: Dock, **values: Any) -> tuple[Any, ...]:
    """An inspection row of a new unit on DESK-01's receipt (the stored one's values)."""
    row = dock.inspection_row()
    fresh = {"unit_id": str(uuid.uuid4()), "message_id": str(uuid.uuid4()), "desk_seq": 10**6}
    for column, value in {**fresh, **values}.items():
        row[msg.INSPECTION_COLUMNS.index(column)] = value
    return tuple(row)


def test_a_push_leaves_nothing_staged_and_the_next_batch_merges_only_its_own(
    dock: Dock, central_engine: Engine
) -> None:
    # The owner may push on a desk's behalf and, unlike the desk, read the staging tables of
    # its session: one connection for both pushes and the looks.
    session = create_engine(central_engine.url, poolclass=StaticPool)
    try:
        pusher = CentralPusher(session, "DESK-01", str(uuid.uuid4()), "t")
        unit = new_unit(dock)
        first = pusher.push(batch("DESK-01", inspections=[unit]))
        withdrawal = (unit[0], str(uuid.uuid4()), "2026-11-21T09:00:00Z", "U-x")
        receipt = (str(uuid.uuid4()), dock.rmas[1], "DESK-01", "U-x", AT, "x", str(uuid.uuid4()), 1)
        second = pusher.push(
            batch("DESK-01", seq=10**6 + 1, withdrawals=[withdrawal], receipts=[receipt])
        )
        with session.connect() as conn:
            staged = {
                t: conn.execute(text(f"SELECT count(*) FROM pg_temp.{t}")).scalar() for t in STAGED
            }
    finally:
        session.dispose()
    assert staged == dict.fromkeys(STAGED, 0)
    assert (first.applied, second.applied, second.events) == (1, 2, 1)  # "received"
    stored = dock.one("SELECT desk_id, withdrawn_by FROM inspections WHERE unit_id = :u", u=unit[0])
    assert tuple(stored) == ("DESK-01", "U-x")


def test_rows_staged_but_never_merged_are_checked_by_the_next_merge(dock: Dock) -> None:
    """Staged rows outlive a commit now: a desk that stages a forgery, commits, and pushes
    later has it checked with its next batch like any other row: refused, nothing changed."""
    before = dock.snapshot()
    void = (dock.receipt, str(uuid.uuid4()), "2026-11-21T09:00:00Z", "forged", 10_000)
    with psycopg.connect(libpq(dock.urls["DESK-02"])) as conn:
        conn.execute("SELECT public.rd_push_stage()")
        with conn.cursor().copy(
            "COPY pg_temp.rd_s_voids (receipt_id, message_id, voided_at, void_reason, desk_seq) "
            "FROM STDIN"
        ) as copy:
            copy.write_row(void)
        conn.commit()
        with pytest.raises(Refused, match=f"receipt {dock.receipt} belongs to another desk"):
            conn.execute(
                "SELECT * FROM public.rd_push_merge('DESK-02', gen_random_uuid(), 1, 't', 1)"
            )
    assert dock.snapshot() == before


def test_a_new_unit_on_another_desks_receipt_is_refused(dock: Dock) -> None:
    unit = new_unit(dock, desk_id="DESK-02")
    before = dock.snapshot()
    with pytest.raises(Refused, match=f"unit {unit[0]} belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", inspections=[unit]))
    assert dock.snapshot() == before


def test_a_resend_beside_new_units_stores_each_once(dock: Dock) -> None:
    """A batch holding a stored unit and new ones: the plain insert meets the stored one, the
    upsert takes the whole batch; sent again, nothing changes."""
    stored = dock.inspection_row()
    stored[msg.INSPECTION_COLUMNS.index("desk_seq")] += 1
    units = [tuple(stored), new_unit(dock), new_unit(dock)]
    first = dock.push("DESK-01", batch("DESK-01", inspections=units))
    after = dock.snapshot()
    again = dock.push("DESK-01", batch("DESK-01", inspections=units))
    assert (first.applied, again.applied) == (3, 0)
    assert dock.snapshot() == after
    assert dock.one("SELECT count(*) FROM inspections")[0] == 3


def test_pushed_times_mark_their_utc_days_dirty(dock: Dock) -> None:
    with dock.central.begin() as conn:
        conn.execute(text("DELETE FROM rollup_dirty"))
    units = [
        new_unit(dock, inspected_at="2026-11-20T23:30:00-02:00", scanned_at=None),
        new_unit(
            dock,
            inspected_at="2026-11-23T00:00:00Z",
            scanned_at="2026-11-20T00:10:00.123456+01:00",
        ),
    ]
    dock.push("DESK-01", batch("DESK-01", inspections=units))
    with dock.central.connect() as conn:
        days = conn.execute(text("SELECT day FROM rollup_dirty ORDER BY day")).scalars().all()
    assert days == ["2026-11-19", "2026-11-21", "2026-11-23"]


FUNCTIONS = (
    "rd_push_stage",
    "rd_push_merge",
    "rd_rollup_inspections_insert",
    "rd_rollup_receipts_insert",
    "rd_rollup_audit_entries_insert",
)


def _sources(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT proname, prosrc FROM pg_proc WHERE proname = ANY(:n)"),
            {"n": list(FUNCTIONS)},
        )
        return {name: source for name, source in rows}


def test_c0017_goes_back_to_the_functions_before_it(central_engine: Engine) -> None:
    migrate.downgrade(central_engine, "c0016")
    before = _sources(central_engine)
    migrate.upgrade(central_engine, "c0017")
    changed = _sources(central_engine)
    migrate.downgrade(central_engine, "c0016")
    assert _sources(central_engine) == before
    assert all(changed[name] != before[name] for name in FUNCTIONS)
    migrate.upgrade(central_engine)
