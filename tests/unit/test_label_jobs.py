"""Restock-label jobs are effects of the use case: written in its unit of work (the fake
keeps them only on commit, like the store), never after it."""

from __future__ import annotations

import pytest

from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.fakes import FakeStore
from tests.seed import EARBUDS, MUG, RMA1, SUPERVISOR, item_code
from tests.unit.conftest import login, make_desk


def test_a_grade_commits_its_label_job_with_it(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.grade("A")
    ((label, reprint),) = store.labels
    assert (label.lpn, label.sku, label.grade, label.bin, label.rma, reprint) == (
        make_lpn(1),
        EARBUDS.sku,
        "A",
        "BIN-OB-01",
        RMA1,
        False,
    )
    assert label.disposition is Disposition.RESTOCK_OPEN_BOX


def test_a_refused_grade_leaves_no_label_job(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    with pytest.raises(DeskError) as refused:
        desk.grade("Z")
    assert refused.value.code is ErrorCode.GRADE_NOT_ALLOWED
    assert store.labels == []


def test_an_override_before_put_away_queues_a_label_for_the_new_bin(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(MUG))
    desk.grade("C")  # home C: liquidate
    desk.logout()
    login(desk, SUPERVISOR[0], SUPERVISOR[1])
    desk.start_override(Disposition.RECYCLE)
    desk.override_reason("glass cracked inside")
    assert [(label.disposition, label.bin) for label, _ in store.labels] == [
        (Disposition.LIQUIDATE, "BIN-LQ-01"),
        (Disposition.RECYCLE, "BIN-RC-01"),
    ]


def test_a_reprint_and_its_audit_entry_commit_together(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.grade("A")
    store.labels.clear()  # as if the unit never had a job: made from its stored data
    result = desk.scan("CMD-REPRINT")
    assert result.event is Event.REPRINTED
    ((label, reprint),) = store.labels
    assert (label.lpn, label.grade, label.bin, reprint) == (make_lpn(1), "A", "BIN-OB-01", True)
    assert store.audit[-1].action == "label_reprinted"
