"""The check before every use case and the screen's view after it read without queueing for
the store's write lock (a print job or the syncer writing meanwhile does not hold a scan up
again); a refusal is still written and audited."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import write_lock
from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Permission
from tests.seed import CLERK, RMA1, seed


def _while_a_writer_holds_the_lock(services: Services, read: object) -> None:
    """Runs `read` while another thread's write transaction is open: it would wait for the
    writer (and fail after the busy timeout) if it took the write lock."""
    lock = write_lock(services.config.database_path)
    inside, done = threading.Event(), threading.Event()

    def writer() -> None:  # a bookkeeping transaction, held open until the read is done
        with services.engine.begin():
            inside.set()
            done.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert inside.wait(10)
        assert lock.locked()
        assert callable(read)
        read()
        assert lock.locked() and lock.waiting() == 0
    finally:
        done.set()
        thread.join(10)


def test_the_check_reads_while_another_thread_holds_the_write_lock(services: Services) -> None:
    seed(services.uow_factory, services.hasher, services.clock.now())
    session = services.auth.login(CLERK[0], CLERK[1])
    _while_a_writer_holds_the_lock(services, lambda: session.require(Permission.RECEIVE))


def test_the_view_of_an_open_return_is_read_while_a_writer_holds_the_lock(
    services: Services,
) -> None:
    seed(services.uow_factory, services.hasher, services.clock.now())
    desk = services.new_desk()
    desk.scan(CLERK[0])
    desk.submit_pin(CLERK[1])
    desk.scan(RMA1)
    views = []
    _while_a_writer_holds_the_lock(services, lambda: views.append(desk.view()))
    assert views[0].parcel is not None and views[0].parcel.rma_number == RMA1


def test_a_refusal_is_still_audited(services: Services) -> None:
    seed(services.uow_factory, services.hasher, services.clock.now())
    session = services.auth.login(CLERK[0], CLERK[1])
    with services.uow_factory() as uow:
        user = uow.users.get(session.user_id)
        assert user is not None
        uow.users.save(dataclasses.replace(user, active=False))
        uow.commit()
    with pytest.raises(DeskError) as refused:
        session.require(Permission.RECEIVE, "record_item", "R-1")
    assert refused.value.code is ErrorCode.USER_INACTIVE
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(t.audit_log.c.user_id, t.audit_log.c.subject).where(
                t.audit_log.c.action == "refused"
            )
        ).all()
    assert [tuple(r) for r in rows] == [(session.user_id, "R-1")]
