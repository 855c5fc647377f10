"""Demo data for training and trying the desk, loaded by the same import as a site's files.

The products, customers, bins and RMAs are the CSV files in resources/demo/ (fixed content, so
the README's badge codes, RMA numbers and item barcodes stay valid). Their dates are as of
DEMO_AS_OF; loading moves them forward to the moment the demo is created, so return windows
look real. The demo users (with their PINs) are made here: users are not a file import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from receiving_desk.domain.ports import PinHasher, UnitOfWork
from receiving_desk.domain.reference_files import Source, read_source
from receiving_desk.domain.reference_rows import Kind, Row
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.domain.users import Role, User
from receiving_desk.resources import resource
from receiving_desk.services.reference_import import StoreTarget, import_rows

DEMO_AS_OF = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # the instant the files' dates are as of
KINDS = (Kind.CUSTOMERS, Kind.PRODUCTS, Kind.BINS, Kind.RMAS)  # customers, products before RMAs


@dataclass(frozen=True)
class DemoUser:
    badge: str
    name: str
    role: Role
    pin: str


DEMO_USERS = (
    DemoUser("BADGE-C001", "Ana Lima", Role.CLERK, "111111"),
    DemoUser("BADGE-C002", "张伟 Zhang Wei", Role.CLERK, "111222"),
    DemoUser("BADGE-S001", "Ольга Петрова", Role.SUPERVISOR, "222222"),
    DemoUser("BADGE-A001", "김민준 Kim Min-jun", Role.ADMIN, "333333"),
)


def _moved(rows: list[Row], by: timedelta) -> list[Row]:
    """Each line's delivery moved by `by`; its order date by as many days as that delivery's
    date moved, so the days between order and delivery stay what the file says."""
    out: list[Row] = []
    for line, cells in rows:
        delivered = datetime.fromisoformat(cells["delivered_at"])
        moved = delivered + by
        days = moved.date() - delivered.date()
        order_date = date.fromisoformat(cells["order_date"]) + days
        out.append(
            (
                line,
                {
                    **cells,
                    "delivered_at": moved.isoformat(),
                    "order_date": order_date.isoformat(),
                },
            )
        )
    return out


def load_demo_data(
    uow_factory: Callable[[], UnitOfWork], hasher: PinHasher, now: datetime
) -> dict[str, int]:
    categories = load_rules(resource("rules", "returns.toml")).categories
    target = StoreTarget(uow_factory, "demo store")
    counts: dict[str, int] = {}
    for kind in KINDS:
        source: Source = read_source(resource("demo", f"{kind.value}.csv"), kind)
        if kind is Kind.RMAS:
            source = replace(source, rows=_moved(source.rows, now - DEMO_AS_OF))
        report = import_rows(source, kind, target, categories)
        if report.problems or not report.written:  # the shipped files are checked by tests
            raise ValueError("; ".join(report.problems) or f"{kind.value}: not imported")
        counts[kind.value] = len({cells[_KEY[kind]] for _, cells in source.rows})
    with uow_factory() as uow:
        for u in DEMO_USERS:
            uow.users.add(User(f"U-{u.badge[6:]}", u.badge, u.name, u.role, hasher.hash(u.pin)))
        uow.commit()
    order = (Kind.PRODUCTS, Kind.CUSTOMERS, Kind.RMAS)
    return {**{k.value: counts[k.value] for k in order}, "users": len(DEMO_USERS)}


_KEY = {Kind.CUSTOMERS: "id", Kind.PRODUCTS: "sku", Kind.BINS: "code", Kind.RMAS: "rma_number"}
