"""What goes into an evidence pack, read from the local store.

Each section is made by a `SectionSource`: a function of (connection, the return's keys) that
returns a Section, or None when it has nothing to say (e.g. a table another release adds is
absent). New facts — weights, a second (audit) inspection — are added with `register`,
without touching the renderer: the PDF and the ZIP print every section in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, or_, select

from receiving_desk.adapters.evidence.words import PackWords, pack_words
from receiving_desk.adapters.store import print_tables as pt
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.barcodes.model import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import shown
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.evidence import EvidenceFacts, PhotoFile, Section
from receiving_desk.domain.weights import WeightPolicy

# Scans a moment before the parcel was opened belong to it (the parcel scan itself).
SCAN_LEAD = timedelta(seconds=2)


@dataclass(frozen=True)
class ReturnKeys:
    """The ids a return's facts are filed under."""

    receipt_id: str
    rma_number: str | None
    opened_at: datetime
    closed_at: datetime | None
    unit_ids: tuple[str, ...]
    lpns: tuple[str, ...]
    names: dict[str, str]  # user id -> "name (badge)"
    patterns: DeskPatterns
    w: PackWords  # the pack's words in the station's language
    weights: WeightPolicy  # the rules' [weights]: expected ranges

    def who(self, user_id: str | None) -> str:
        if user_id is None:
            return ""
        return self.names.get(user_id, user_id)

    def cols(self, *names: str) -> tuple[str, ...]:
        return tuple(self.w(n) if n else "" for n in names)


SectionSource = Callable[[Connection, ReturnKeys], Section | None]
_SOURCES: list[tuple[str, SectionSource]] = []


def register(key: str, source: SectionSource, after: str | None = None) -> None:
    """Add a section (after the named one, or at the end); the same key replaces it."""
    global _SOURCES
    _SOURCES = [(k, s) for k, s in _SOURCES if k != key]
    at = len(_SOURCES)
    if after is not None:
        at = next((i + 1 for i, (k, _) in enumerate(_SOURCES) if k == after), at)
    _SOURCES.insert(at, (key, source))


def unregister(key: str) -> None:
    global _SOURCES
    _SOURCES = [(k, s) for k, s in _SOURCES if k != key]


def has_table(conn: Connection, name: str) -> bool:
    return bool(inspect(conn).has_table(name))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(" ", timespec="seconds")  # date and time wrap apart
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _rows(rows: Sequence[Sequence[object]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_text(v) for v in row) for row in rows)


def find_receipt(conn: Connection, rma: str | None = None, receipt_id: str | None = None) -> str:
    """The receipt id of a return by its RMA (its latest receipt) or its own id."""
    r = t.receipts
    query = select(r.c.id).order_by(r.c.opened_at.desc()).limit(1)
    query = query.where(r.c.id == receipt_id) if receipt_id else query.where(r.c.rma_number == rma)
    found = conn.execute(query).scalar()
    if found is None:
        raise DeskError(ErrorCode.RMA_NOT_FOUND, code=rma or receipt_id or "")
    return str(found)


def _keys(
    conn: Connection,
    receipt_id: str,
    patterns: DeskPatterns,
    words: PackWords,
    weights: WeightPolicy,
) -> tuple[ReturnKeys, Any]:
    r = conn.execute(select(t.receipts).where(t.receipts.c.id == receipt_id)).one()
    units = conn.execute(
        select(t.received_units.c.id, t.received_units.c.lpn).where(
            t.received_units.c.receipt_id == receipt_id
        )
    ).all()
    names = {
        row.id: f"{row.name} ({row.badge})"
        for row in conn.execute(select(t.users.c.id, t.users.c.name, t.users.c.badge))
    }
    keys = ReturnKeys(
        receipt_id=receipt_id,
        rma_number=r.rma_number,
        opened_at=r.opened_at,
        closed_at=r.completed_at,
        unit_ids=tuple(u.id for u in units),
        lpns=tuple(u.lpn for u in units if u.lpn),
        names=names,
        patterns=patterns,
        w=words,
        weights=weights,
    )
    return keys, r


def _return(conn: Connection, k: ReturnKeys) -> Section:
    r = conn.execute(select(t.receipts).where(t.receipts.c.id == k.receipt_id)).one()
    rows: list[tuple[object, object]] = [
        (k.w("Receipt"), r.id),
        (k.w("RMA"), r.rma_number or k.w("(blind receipt)")),
        (k.w("Station"), r.station_id),
        (k.w("Opened by"), k.who(r.opened_by)),
        (k.w("Opened at"), r.opened_at),
        (k.w("Parcel scan"), shown(r.scanned_code, k.patterns)),
        (k.w("Status"), r.status),
        (k.w("Completed by"), k.who(r.completed_by)),
        (k.w("Completed at"), r.completed_at),
        (k.w("Void reason"), r.void_reason),
    ]
    if r.rma_number:
        rma = conn.execute(
            select(t.rmas, t.customers.c.name, t.customers.c.tier)
            .join(t.customers, t.customers.c.id == t.rmas.c.customer_id)
            .where(t.rmas.c.rma_number == r.rma_number)
        ).first()
        if rma is not None:
            rows += [
                (k.w("Order"), rma.order_number),
                (k.w("Customer"), f"{rma.name} ({rma.tier})"),
                (k.w("Order date"), rma.order_date),
                (k.w("Delivered at"), rma.delivered_at),
            ]
    return Section("return", k.w("Who and when"), k.cols("Fact", "Value"), _rows(rows))


def _declared(conn: Connection, k: ReturnKeys) -> Section | None:
    if not k.rma_number:
        return None
    lines = conn.execute(
        select(t.rma_lines)
        .where(t.rma_lines.c.rma_number == k.rma_number)
        .order_by(t.rma_lines.c.line_no)
    ).all()
    rows = [(x.line_no, x.sku, x.quantity, x.reason, x.reason_note, x.serial) for x in lines]
    columns = k.cols("Line", "SKU", "Qty", "Reason", "Customer's note", "Serial sold")
    return Section("declared", k.w("Declared by the customer"), columns, _rows(rows))


def _scans(conn: Connection, k: ReturnKeys) -> Section:
    j = t.scan_journal
    query = select(j.c.received_at, j.c.source, j.c.aim_id, j.c.data).where(
        j.c.received_at >= k.opened_at - SCAN_LEAD
    )
    if k.closed_at is not None:
        query = query.where(j.c.received_at <= k.closed_at)
    rows = [
        (s.received_at, s.source, s.aim_id, shown(s.data, k.patterns))
        for s in conn.execute(query.order_by(j.c.id))
    ]
    return Section(
        "scans",
        k.w("Scan journal while the return was open"),
        k.cols("Time", "Scanner", "AIM", "Data"),
        _rows(rows),
        note=k.w("PINs masked. Every scan at this desk in the time the return was open."),
    )


def _units(conn: Connection, k: ReturnKeys) -> Section:
    u, i = t.received_units, t.inspections
    query = (
        select(u, i.c.grade, i.c.inspector_id, i.c.inspected_at, i.c.condition_codes, i.c.note)
        .outerjoin(i, i.c.unit_id == u.c.id)
        .where(u.c.receipt_id == k.receipt_id)
        .order_by(u.c.seq)
    )
    rows = [
        (
            x.seq, x.scanned_at, k.who(x.scanned_by), shown(x.scanned_code, k.patterns), x.sku,
            x.match, x.serial, x.grade, k.who(x.inspector_id), x.inspected_at,
            x.condition_codes, x.note, x.lpn,
        )
        for x in conn.execute(query)
    ]  # fmt: skip
    columns = ("#", *k.cols("Scanned at", "By", "Scan", "SKU", "Match", "Serial", "Grade",
               "Graded by", "Graded at", "Conditions", "Note", "LPN"))  # fmt: skip
    return Section("units", k.w("Units, scans and grades"), columns, _rows(rows))


def _checklists(conn: Connection, k: ReturnKeys) -> Section:
    u, i = t.received_units, t.inspections
    query = (
        select(u.c.seq, u.c.checklist.label("asked"), i.c.checklist)
        .outerjoin(i, i.c.unit_id == u.c.id)
        .where(u.c.receipt_id == k.receipt_id)
        .order_by(u.c.seq)
    )
    rows = []
    for x in conn.execute(query):
        answers = x.checklist if x.checklist is not None else x.asked
        for question, answer in sorted((answers or {}).items()):
            rows.append((x.seq, question, answer))
    columns = ("#", *k.cols("Question", "Answer"))
    return Section("checklist", k.w("Checklist answers"), columns, _rows(rows))


def _decisions(conn: Connection, k: ReturnKeys) -> Section:
    u, i = t.received_units, t.inspections
    query = (
        select(u.c.seq, i)
        .join(i, i.c.unit_id == u.c.id)
        .where(u.c.receipt_id == k.receipt_id)
        .order_by(u.c.seq)
    )
    rows = []
    for x in conn.execute(query):
        notes = "; ".join(str(n) for n in x.notes or ())
        refund = f"{x.refund_kind} {x.refund_percent}%" if x.refund_kind != "none" else k.w("none")
        rows.append(
            (x.seq, x.disposition, f"{x.rule_id} v{x.rule_version}", x.why, x.window, refund,
             notes, x.override_disposition, x.override_reason, k.who(x.override_by),
             x.override_at)
        )  # fmt: skip
    columns = ("#", *k.cols("Disposition", "Rule", "Why", "Window", "Refund", "Held / notes",
               "Override", "Override reason", "Override by", "Override at"))  # fmt: skip
    return Section("decisions", k.w("Disposition, refund and overrides"), columns, _rows(rows))


def _flags(conn: Connection, k: ReturnKeys) -> Section:
    f = t.receipt_flags
    rows = [
        (x.kind, x.line_no, x.unit_seq, x.evidence)
        for x in conn.execute(select(f).where(f.c.receipt_id == k.receipt_id).order_by(f.c.id))
    ]
    columns = k.cols("Flag", "Line", "Unit", "Evidence")
    return Section("flags", k.w("Flags"), columns, _rows(rows))


def _stock(conn: Connection, k: ReturnKeys) -> Section:
    m = t.stock_movements
    cond = m.c.receipt_id == k.receipt_id
    if k.lpns:
        cond = or_(cond, m.c.lpn.in_(k.lpns))
    rows = [
        (x.at, x.lpn, x.sku, x.quantity, x.grade, x.from_location, x.to_location, x.reason,
         k.who(x.user_id))
        for x in conn.execute(select(m).where(cond).order_by(m.c.seq))
    ]  # fmt: skip
    columns = k.cols("Time", "LPN", "SKU", "Qty", "Grade", "From", "To", "Why", "By")
    return Section("stock", k.w("Stock movements"), columns, _rows(rows))


def _labels(conn: Connection, k: ReturnKeys) -> Section | None:
    if not k.lpns:
        return Section("labels", k.w("Labels printed"), k.cols("Time"), ())
    j = pt.print_jobs
    rows = [
        (x.created_at, x.label_key, x.template, x.state, x.sent_at, x.attempts,
         k.w("reprint") if x.reprint_of else "")
        for x in conn.execute(select(j).where(j.c.label_key.in_(k.lpns)).order_by(j.c.seq))
    ]  # fmt: skip
    columns = k.cols("Queued", "Label", "Template", "State", "Sent", "Attempts", "")
    return Section("labels", k.w("Labels printed"), columns, _rows(rows))


def _audit(conn: Connection, k: ReturnKeys) -> Section:
    a = t.audit_log
    subjects = [k.receipt_id, *k.unit_ids, *k.lpns, *([k.rma_number] if k.rma_number else [])]
    rows = [
        (x.at, k.who(x.user_id), x.action, x.subject, x.details)
        for x in conn.execute(select(a).where(a.c.subject.in_(subjects)).order_by(a.c.at))
    ]
    columns = k.cols("Time", "Who", "Action", "Subject", "Details")
    return Section("audit", k.w("Audit entries"), columns, _rows(rows))


for _key, _source in (
    ("return", _return),
    ("declared", _declared),
    ("scans", _scans),
    ("units", _units),
    ("checklist", _checklists),
    ("decisions", _decisions),
    ("flags", _flags),
    ("stock", _stock),
    ("labels", _labels),
    ("audit", _audit),
):
    register(_key, _source)


def _photos(conn: Connection, k: ReturnKeys, folder: Path) -> tuple[PhotoFile, ...]:
    u, i = t.received_units, t.inspections
    query = (
        select(u.c.seq, u.c.photos.label("taken"), i.c.photos)
        .outerjoin(i, i.c.unit_id == u.c.id)
        .where(u.c.receipt_id == k.receipt_id)
        .order_by(u.c.seq)
    )
    out: list[PhotoFile] = []
    for x in conn.execute(query):
        for name in dict.fromkeys([*(x.photos or ()), *(x.taken or ())]):
            path = folder / Path(str(name)).name  # a stored name, never a path out
            out.append(PhotoFile(str(name), x.seq, path.read_bytes() if path.is_file() else None))
    return tuple(out)


def gather(
    conn: Connection,
    receipt_id: str,
    photo_folder: Path,
    patterns: DeskPatterns,
    language: str = "",
    weights: WeightPolicy | None = None,
) -> EvidenceFacts:
    """Every registered section of one return, in `language`, and its photos' bytes."""
    words, policy = pack_words(language), weights or WeightPolicy()
    keys, r = _keys(conn, receipt_id, patterns, words, policy)
    sections = tuple(s for _, source in _SOURCES if (s := source(conn, keys)) is not None)
    return EvidenceFacts(
        receipt_id=receipt_id,
        rma_number=r.rma_number,
        station_id=r.station_id,
        status=r.status,
        sections=sections,
        photos=_photos(conn, keys, photo_folder),
        language=language,
    )
