"""Weights and blind audits reach the central database (migration c0014), on the real server.

A desk weighs parcels and units, holds its graded units for blind audits, another clerk
grades them, a supervisor settles a dispute; after the push the central columns and audit
tables hold exactly the desk's rows, a second push of everything changes nothing, the
central report's weight flags and grader agreement equal the desk's own report, and a desk
one version behind (no weights, v2 events) still syncs, and the upgrade from c0012 moves the
audits it kept unrouted into their tables.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text, update

from receiving_desk.adapters.central import local_state, migrate
from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.central.push import CentralPusher
from receiving_desk.adapters.central.runner import app_version, central_batch
from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.reports import open_local_source, source_for_engine
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.audit_tables import audit_grades, audit_holds, audit_resolutions
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.domain.shifts import Period
from receiving_desk.domain.users import Role, Session
from receiving_desk.domain.weights import WeightPolicy
from receiving_desk.services.reports import Report, ReportFilter, ReportSource, run_report
from receiving_desk.services.weighing import WeighingService
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import central_totals, fast_hasher, runner, seed_central
from tests.seed import (
    CLERK,
    CLERK2,
    EARBUDS,
    JACKET,
    MUG,
    PRODUCTS,
    RMA1,
    RMA2,
    SUPERVISOR,
    item_code,
)

pytestmark = pytest.mark.postgres
STATION = "DESK-01"
AGREEMENT = (
    "agreement_summary",
    "agreement_clerks",
    "agreement_pairs",
    "agreement_categories",
    "agreement_confusions",
    "agreement_hours",
    "agreement_gold",
)


def session(who: tuple[str, str, str, Role]) -> Session:
    return Session(f"U-{who[0]}", who[2], who[3], STATION, datetime.now(UTC))


@dataclass
class Shift:
    desk: Services
    lpns: dict[str, str]  # sku -> its unit's LPN


def _receive(desk: Services, rma: str, parcel: int, units: list[tuple[Any, int, str]]) -> None:
    """Open, weigh the parcel, then scan, weigh and grade each unit; complete."""
    who = session(CLERK)
    scale = WeighingService(desk.uow_factory, desk.clock, WeightPolicy())
    receipt = desk.receiving.open_parcel(who, rma, None, rma)
    scale.record(who, receipt.id, parcel)
    for product, grams, grade in units:
        desk.receiving.record_item(who, receipt.id, item_code(product), gtin14=product.gtins[0])
        scale.record(who, receipt.id, grams)
        desk.inspection.grade(who, receipt.id, grade, "")
    desk.receiving.complete(who, receipt.id)


@pytest.fixture
def shift(central_engine: Engine, tmp_path: Path) -> Iterator[Shift]:
    seed_central(central_engine)
    with central_engine.begin() as conn:  # the catalog weights the desk pulls
        for p in PRODUCTS:
            conn.execute(
                update(c.products)
                .where(c.products.c.sku == p.sku)
                .values(weight_grams=p.weight_grams)
            )
    create_pepper(tmp_path / "pepper")  # the audit draw's key
    config = StationConfig(
        station_id=STATION,
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "data",
        sound=False,
        source=tmp_path / "station.toml",
        audit=AuditSettings(enabled=True, percent=100.0),  # every unit held: the flow under test
    )
    desk = bootstrap(config, hasher=fast_hasher())
    try:
        runner(desk, central_engine).pull()
        _receive(desk, RMA1, 1905, [(EARBUDS, 58, "A"), (MUG, 1200, "B")])  # the mug: too light
        _receive(desk, RMA2, 260, [(JACKET, 905, "B")])  # an empty box (2 jackets declared)
        with desk.engine.connect() as conn:
            lpns = dict(conn.execute(select(t.received_units.c.sku, t.received_units.c.lpn)).all())
        second = session(CLERK2)
        desk.audits.grade_blind(second, lpns[EARBUDS.sku], "C")  # disputed
        desk.audits.grade_blind(second, lpns[MUG.sku], "B")  # agreed
        desk.audits.grade_blind(second, lpns[JACKET.sku], "C")  # disputed, left open
        desk.audits.resolve(session(SUPERVISOR), lpns[EARBUDS.sku], "C", "scuffed case")
        yield Shift(desk, lpns)
    finally:
        desk.close()


def _rows(engine: Engine, query: Any) -> set[tuple[Any, ...]]:
    with engine.connect() as conn:
        return {tuple(r) for r in conn.execute(query)}


def _as_text(rows: set[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    """Times as UTC: the store's and the server's rows compare as values."""
    return {tuple(v.astimezone(UTC) if isinstance(v, datetime) else v for v in row) for row in rows}


def _central_snapshot(central: Engine) -> tuple[Any, ...]:
    with central.connect() as conn:
        return (
            *(
                tuple(conn.execute(text(f"SELECT * FROM {name} ORDER BY 1")).all())
                for name in (
                    "audit_holds",
                    "audit_grades",
                    "audit_resolutions",
                    "unrouted_messages",
                )
            ),
            tuple(conn.execute(text("SELECT id, parcel_grams FROM receipts ORDER BY 1")).all()),
            tuple(conn.execute(text("SELECT unit_id, weighed_grams FROM inspections ORDER BY 1"))),
        )


def test_weights_and_audits_arrive_as_the_desk_holds_them_once(
    shift: Shift, central_engine: Engine
) -> None:
    desk = shift.desk
    runner(desk, central_engine).push_all()

    r, u = t.receipts, t.received_units
    local_parcels = _rows(desk.engine, select(r.c.id, r.c.parcel_grams))
    local_units = _rows(desk.engine, select(u.c.id, u.c.weighed_grams))
    assert {g for _, g in local_parcels} == {1905, 260}
    assert {g for _, g in local_units} == {58, 1200, 905}
    assert _rows(central_engine, select(c.receipts.c.id, c.receipts.c.parcel_grams)) == (
        local_parcels
    )
    assert (
        _rows(central_engine, select(c.inspections.c.unit_id, c.inspections.c.weighed_grams))
        == local_units
    )

    h, ch = audit_holds, c.audit_holds
    hold_columns = ("lpn", "unit_id", "receipt_id", "sku", "category", "reason")
    hold_columns += ("first_grader", "first_grade", "held_by", "held_at")
    local_holds = _as_text(_rows(desk.engine, select(*(h.c[n] for n in hold_columns))))
    assert len(local_holds) == 3
    assert _as_text(_rows(central_engine, select(*(ch.c[n] for n in hold_columns)))) == (
        local_holds
    )
    assert _rows(central_engine, select(ch.c.desk_id).distinct()) == {(STATION,)}

    grade_columns = ("id", "lpn", "kind", "grader_id", "grade", "station_id", "graded_at")
    local_grades = _as_text(_rows(desk.engine, select(*(audit_grades.c[n] for n in grade_columns))))
    central_grades = c.audit_grades
    assert len(local_grades) == 3
    assert (
        _as_text(_rows(central_engine, select(*(central_grades.c[n] for n in grade_columns))))
        == local_grades
    )
    agrees = _rows(central_engine, select(central_grades.c.lpn, central_grades.c.agrees))
    assert agrees == {
        (shift.lpns[EARBUDS.sku], False),
        (shift.lpns[MUG.sku], True),
        (shift.lpns[JACKET.sku], False),
    }

    resolution_columns = ("lpn", "final_grade", "resolved_by", "approved_for", "note")
    resolution_columns += ("resolved_at",)
    local_resolutions = _as_text(
        _rows(desk.engine, select(*(audit_resolutions.c[n] for n in resolution_columns)))
    )
    cr = c.audit_resolutions
    (only,) = local_resolutions
    assert only[:5] == (shift.lpns[EARBUDS.sku], "C", f"U-{SUPERVISOR[0]}", None, "scuffed case")
    assert _as_text(_rows(central_engine, select(*(cr.c[n] for n in resolution_columns)))) == (
        local_resolutions
    )
    resolved = _rows(
        central_engine, select(cr.c.first_grade, cr.c.disposition, cr.c.refund_kind, cr.c.unit_id)
    )
    with desk.engine.connect() as conn:
        outbox = [
            json.loads(p) if isinstance(p, str) else p
            for p in conn.execute(
                select(t.outbox.c.payload).where(t.outbox.c.topic == "audit.resolved")
            ).scalars()
        ]
    sent = outbox[0]
    assert resolved == {("A", sent["disposition"], sent["refund"]["kind"], sent["unit_id"])}
    # Stored in their tables, not again as unrouted messages: only the revised refund outcome
    # of the settled unit (its return had completed under the first grade) is kept as sent.
    kept = text("SELECT topic, count(*) FROM unrouted_messages GROUP BY 1")
    assert _rows(central_engine, kept) == {("return.outcome_revised", 1)}
    # ... and it is a status event of its return, after the completion's: the final grade's
    # refund, with the first grade beside it (what the relay sends to the shop system).
    revised = text(
        "SELECT return_key, return_seq, payload FROM status_events "
        "WHERE event_type = 'refund_revised'"
    )
    with central_engine.connect() as conn:
        ((key, seq, payload),) = conn.execute(revised).all()
        last = conn.execute(
            text("SELECT max(return_seq) FROM status_events WHERE return_key = :k"), {"k": key}
        ).scalar_one()
    assert key == RMA1 and seq == last  # numbered after the completion's events, no gap
    assert payload["unit"]["grade"] == "C" and payload["first_grade"] == "A"
    assert payload["revised_by"] == f"U-{SUPERVISOR[0]}"
    assert payload["unit"]["refund"] == sent["refund"]

    # Everything sent again (a crash before the desk marked it sent): nothing changes.
    before = _central_snapshot(central_engine)
    totals = central_totals(central_engine)
    with desk.engine.begin() as conn:
        conn.execute(update(t.outbox).values(sent_at=None))
    events_before = _rows(central_engine, text("SELECT count(*) FROM status_events"))
    runner(desk, central_engine).push_all()
    assert _central_snapshot(central_engine) == before
    assert _rows(central_engine, text("SELECT count(*) FROM status_events")) == events_before
    assert central_totals(central_engine) == totals


def _report(source: ReportSource, who: Session) -> Report:
    now = datetime.now(UTC)
    try:
        return run_report(
            who, source, ReportFilter(Period(now - timedelta(hours=2), now + timedelta(hours=1))),
            site="dock", scope="today", timezone="UTC", now=now,
        )  # fmt: skip
    finally:
        source.close()


def test_the_central_report_shows_the_weights_and_agreement_the_desk_shows(
    shift: Shift, central_engine: Engine
) -> None:
    desk = shift.desk
    runner(desk, central_engine).push_all()
    boss = session(SUPERVISOR)
    local = _report(open_local_source(desk.config.database_path), boss)
    central = _report(source_for_engine(central_engine), boss)
    assert central.source == "central database" and local.source == "local store"

    flags = {row[0]: row[1:] for row in local.table("flags").rows if row[2]}
    assert flags["empty_box"] == ("yes", 1) and flags["too_light"] == ("yes", 1)
    assert central.table("flags").rows == local.table("flags").rows
    for name in AGREEMENT:
        assert central.table(name).rows == local.table(name).rows, name
    pairs = local.table("agreement_pairs").rows
    assert len(pairs) == 1 and pairs[0][2] == 3  # one pair of clerks, three units compared


def test_messages_written_before_the_weights_arrive_with_the_stores_weights(
    shift: Shift, central_engine: Engine
) -> None:
    """The desk upgraded with v2 messages still in its outbox: read as v3, each weight taken
    from the store."""
    desk = shift.desk
    o = t.outbox
    with desk.engine.begin() as conn:
        rows = conn.execute(
            select(o.c.seq, o.c.topic, o.c.payload).where(
                o.c.topic.in_(("unit.inspected", "return.completed"))
            )
        ).all()
        for seq, topic, payload in rows:
            fields = json.loads(payload) if isinstance(payload, str) else dict(payload)
            del fields["weighed_grams" if topic == "unit.inspected" else "parcel_grams"]
            conn.execute(update(o).where(o.c.seq == seq).values(version=2, payload=fields))
    assert len(rows) == 5
    runner(desk, central_engine).push_all()
    weighed = _rows(central_engine, select(c.inspections.c.weighed_grams))
    assert weighed == {(58,), (1200,), (905,)}
    assert _rows(central_engine, select(c.receipts.c.parcel_grams)) == {(1905,), (260,)}


def test_a_desk_one_version_behind_still_syncs(shift: Shift, central_engine: Engine) -> None:
    """What the previous release pushes: the same rows, unit.inspected and return.completed
    at v2, no weight rows; its audit events as the event's JSON, as they always went."""
    desk = shift.desk
    local = local_state.read_batch(desk.engine, 0, 1000)
    assert local is not None
    batch = central_batch(STATION, local)
    assert batch.unit_weights and batch.parcel_weights  # what this release would send
    previous = replace(
        batch,
        unit_weights=[],
        parcel_weights=[],
        versions={**batch.versions, "unit.inspected": 2, "return.completed": 2},
    )
    pusher = CentralPusher(central_engine, STATION, str(uuid.uuid4()), app_version())
    result = pusher.push(previous)
    assert result.messages == local.count and result.applied > 0
    totals = central_totals(central_engine)
    assert (totals["receipts"], totals["completed"], totals["inspections"]) == (2, 2, 3)
    assert totals["numbering_errors"] == 0
    assert _rows(central_engine, select(c.inspections.c.weighed_grams).distinct()) == {(None,)}
    assert len(_rows(central_engine, select(c.audit_holds.c.lpn))) == 3
    assert len(_rows(central_engine, select(c.audit_grades.c.id))) == 3
    # Once the desk is upgraded, its messages sent again bring the weights in.
    again = pusher.push(batch)
    assert again.applied == 0
    assert _rows(central_engine, select(c.inspections.c.weighed_grams)) == {
        (58,),
        (1200,),
        (905,),
    }


def test_the_upgrade_moves_the_audits_an_older_central_kept_unrouted_into_their_tables(
    shift: Shift, central_engine: Engine
) -> None:
    """At c0012 the audit events were kept as sent; the c0014 upgrade copies them into the
    audit tables (under the desk that sent them) and leaves the messages where they were."""
    desk = shift.desk
    migrate.downgrade(central_engine, "c0012")
    local = local_state.read_batch(desk.engine, 0, 1000)
    assert local is not None
    batch = central_batch(STATION, local)
    then = {k: v for k, v in batch.versions.items() if k != "return.outcome_revised"}
    previous = replace(  # what a desk of that time sent: no weights, v2 events, no revisions
        batch,
        unit_weights=[],
        parcel_weights=[],
        unrouted=[row for row in batch.unrouted if row[3] != "return.outcome_revised"],
        versions={**then, "unit.inspected": 2, "return.completed": 2},
    )
    CentralPusher(central_engine, STATION, str(uuid.uuid4()), app_version()).push(previous)
    with central_engine.connect() as conn:
        kept = conn.execute(text("SELECT topic, count(*) FROM unrouted_messages GROUP BY 1"))
        assert dict(kept.all()) == {"audit.held": 3, "audit.graded": 3, "audit.resolved": 1}

    migrate.upgrade(central_engine)
    grade_columns = ("id", "lpn", "kind", "grader_id", "grade", "station_id", "graded_at")
    local_grades = _rows(desk.engine, select(*(audit_grades.c[n] for n in grade_columns)))
    central_grades = select(*(c.audit_grades.c[n] for n in grade_columns))
    assert _as_text(_rows(central_engine, central_grades)) == _as_text(local_grades)
    holds = _rows(central_engine, select(c.audit_holds.c.lpn, c.audit_holds.c.desk_id))
    assert holds == {(lpn, STATION) for lpn in shift.lpns.values()}
    resolved = _rows(central_engine, select(c.audit_resolutions.c.lpn))
    assert resolved == {(shift.lpns[EARBUDS.sku],)}
    assert _rows(central_engine, text("SELECT count(*) FROM unrouted_messages")) == {(7,)}
