"""Reference data rows from files (products, customers, RMA lines, bins), checked row by row.

Pure: a row is its file line number and its cells by column name; the result is the records
that passed and every problem found (line, column, what is wrong). Nothing is written here;
the caller decides what to do with a file that has problems (import nothing, or skip them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Generic, TypeVar

from receiving_desk.domain.barcodes.gtin import GTIN_LENGTHS, is_digits
from receiving_desk.domain.inventory import Zone
from receiving_desk.domain.reference_codes import UNSCANNABLE, Scannable, code_cells, never
from receiving_desk.domain.reference_kinds import Kind as Kind  # where it always was
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason

Row = tuple[int, Mapping[str, str]]  # (line number in the file, cells by column)
R = TypeVar("R")


def _t(text: str) -> str:
    """Marks a problem's text for the catalogue (context "Imports"): the screen says it in
    the admin's language (gui/import_texts.py); the command line and the logs in English."""
    return text


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    message: str  # in English, its facts filled in
    template: str = ""  # the message before its facts: what a translation starts from
    params: tuple[tuple[str, str], ...] = ()

    def describe(self, file: str) -> str:
        where = f"{file}:{self.line}"
        return (
            f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}"
        )


class FileRefused(Exception):
    """The file cannot be read as a table at all (named with its line)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass(frozen=True)
class ProductRecord:
    sku: str
    description: str
    category: str
    unit_value_cents: int
    home_bin: str
    gtins: tuple[str, ...]  # GTIN-14, zero padded
    weight_grams: int | None = None  # one unit as shipped; empty: not known (not checked)


@dataclass(frozen=True)
class CustomerRecord:
    id: str
    name: str
    tier: str


@dataclass(frozen=True)
class RmaLineRecord:
    rma_number: str
    order_number: str
    customer_id: str
    order_date: date
    delivered_at: datetime
    line_no: int
    sku: str
    quantity: int
    reason: str
    reason_note: str
    serial: str | None
    tracking_numbers: tuple[str, ...]


@dataclass(frozen=True)
class BinRecord:
    code: str
    zone: str
    description: str


@dataclass
class Checked(Generic[R]):
    records: list[R] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    bad_lines: set[int] = field(default_factory=set)


# Required and optional columns per kind (docs/import.md).
COLUMNS: dict[Kind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Kind.PRODUCTS: (
        ("sku", "description", "category", "unit_value", "home_bin"),
        ("gtins", "weight_grams"),
    ),
    Kind.CUSTOMERS: (("id", "name", "tier"), ()),
    Kind.RMAS: (
        ("rma_number", "order_number", "customer_id", "order_date", "delivered_at", "line_no"),
        ("sku", "quantity", "reason", "reason_note", "serial", "tracking_numbers"),
    ),
    Kind.BINS: (("code", "zone"), ("description",)),
}
KEYS = {
    Kind.PRODUCTS: "sku",
    Kind.CUSTOMERS: "id",
    Kind.RMAS: "rma_number/line_no",
    Kind.BINS: "code",
}


def problem(line: int, column: str, template: str, /, **params: object) -> Problem:
    facts = tuple((name, str(value)) for name, value in params.items())
    return Problem(line, column, template.format(**params), template, facts)


UNKNOWN_CUSTOMER = _t("{value} is not a known customer")
UNKNOWN_PRODUCT = _t("{value} is not a known product")


class _Bad(Exception):
    def __init__(self, column: str, template: str, **params: object) -> None:
        self.problem = problem(0, column, template, **params)
        super().__init__(self.problem.message)
        self.column = column
        self.message = self.problem.message


class _RowBad(Exception):
    def __init__(self, problems: list[_Bad]) -> None:
        super().__init__(problems[0].message)
        self.problems = problems


class _Cells:
    """Reads one row's fields, gathering every problem instead of stopping at the first."""

    def __init__(self, cells: Mapping[str, str]) -> None:
        self.cells = cells
        self.bad: list[_Bad] = []

    def get(self, read: Callable[[], R], fallback: R) -> R:
        try:
            return read()
        except _Bad as bad:
            self.bad.append(bad)
            return fallback

    def done(self) -> None:
        if self.bad:
            raise _RowBad(self.bad)


def missing_columns(kind: Kind, header: Iterable[str]) -> list[str]:
    present = set(header)
    return [name for name in COLUMNS[kind][0] if name not in present]


def _text(cells: Mapping[str, str], column: str, required: bool = True, limit: int = 200) -> str:
    value = (cells.get(column) or "").strip()
    if required and not value:
        raise _Bad(column, _t("empty"))
    if len(value) > limit:
        raise _Bad(column, _t("longer than {limit} characters"), limit=limit)
    return value


def parse_gtin(raw: str, column: str = "gtins") -> str:
    code = raw.strip()
    if not is_digits(code) or len(code) not in GTIN_LENGTHS:
        raise _Bad(column, _t("{code} is not a GTIN (8, 12, 13 or 14 digits)"), code=repr(code))
    digits = [ord(ch) - 48 for ch in reversed(code)]
    expected = -(sum(digits[1::2]) * 3 + sum(digits[2::2])) % 10  # GS1 mod 10
    if expected != digits[0]:
        raise _Bad(
            column,
            _t("{code}: check digit {digit}, expected {expected}"),
            code=code,
            digit=digits[0],
            expected=expected,
        )
    return code.zfill(14)


def _money_cents(raw: str, column: str) -> int:
    try:
        value = Decimal(raw.strip().replace(",", "."))
    except InvalidOperation:
        raise _Bad(column, _t("{raw} is not an amount"), raw=repr(raw)) from None
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise _Bad(
            column, _t("{raw} is not an amount (0 or more, at most two decimals)"), raw=repr(raw)
        )
    return int(value * 100)


def _positive_int(raw: str, column: str) -> int:
    text = raw.strip()
    if not is_digits(text) or int(text) < 1:
        raise _Bad(column, _t("{raw} is not a whole number of 1 or more"), raw=repr(raw))
    return int(text)


MAX_GRAMS = 1_000_000  # a tonne: beyond any bench scale, so a typo in kg, not a weight


def _grams(raw: str, column: str = "weight_grams") -> int | None:
    text = raw.strip()
    if not text:
        return None
    if not is_digits(text) or not 1 <= int(text) <= MAX_GRAMS:
        raise _Bad(column, f"{raw!r} is not a weight in whole grams (1 to {MAX_GRAMS})")
    return int(text)


def _date(raw: str, column: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise _Bad(column, _t("{raw} is not a date (YYYY-MM-DD)"), raw=repr(raw)) from None


def _instant(raw: str, column: str) -> datetime:
    try:
        value = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise _Bad(column, _t("{raw} is not a date and time (ISO 8601)"), raw=repr(raw)) from None
    if value.tzinfo is None:
        raise _Bad(column, _t("{raw} has no time zone offset (e.g. +00:00 or Z)"), raw=repr(raw))
    return value.astimezone(UTC)


def _choice(raw: str, column: str, allowed: Iterable[str]) -> str:
    value = raw.strip().lower()
    names = sorted(allowed)
    if value not in names:
        raise _Bad(column, _t("{raw} is not one of {names}"), raw=repr(raw), names=", ".join(names))
    return value


def _list(raw: str) -> list[str]:
    return [part for part in raw.replace("|", " ").split() if part]


class Checker:
    """Checks one file's rows of one kind. `categories` come from the rules file;
    `customers` and `skus` are the keys the target already knows (plus this file's)."""

    def __init__(
        self,
        categories: Iterable[str],
        customers: Callable[[str], bool] = lambda _id: True,
        skus: Callable[[str], bool] = lambda _sku: True,
        scannable: Scannable = never,  # the site's codes (bins, RMA numbers) must scan
    ) -> None:
        self.categories = frozenset(categories)
        self._customer_known = customers
        self._sku_known = skus
        self._scannable = scannable

    def check(self, kind: Kind, rows: Iterable[Row]) -> Checked[object]:
        parse: Callable[[Mapping[str, str]], object] = {
            Kind.PRODUCTS: self.product,
            Kind.CUSTOMERS: self.customer,
            Kind.RMAS: self.rma_line,
            Kind.BINS: self.bin,
        }[kind]
        out: Checked[object] = Checked()
        first_seen: dict[tuple[str, ...], int] = {}
        gtin_seen: dict[str, tuple[int, str]] = {}
        headers: dict[str, tuple[int, tuple[object, ...]]] = {}
        for line, cells in rows:
            found: list[_Bad] = []
            key = _raw_key(kind, cells)
            if key in first_seen:
                found.append(
                    _Bad(
                        KEYS[kind],
                        _t("{key} already on line {line}"),
                        key=_show(key),
                        line=first_seen[key],
                    )
                )
            elif all(key):
                first_seen[key] = line
            try:
                record = parse(cells)
                if isinstance(record, ProductRecord):
                    _check_gtins(record, line, gtin_seen)
                if isinstance(record, RmaLineRecord):
                    _check_header(record, line, headers)
                for column, what, code in code_cells(kind, record):
                    pattern = self._scannable(what, code)
                    if pattern is not None:
                        bad = _Bad(column, UNSCANNABLE[what], value=repr(code), pattern=pattern)
                        found.append(bad)
            except _RowBad as bad:
                found.extend(bad.problems)
            except _Bad as bad:
                found.append(bad)
            if found:
                out.problems.extend(replace(b.problem, line=line) for b in found)
                out.bad_lines.add(line)
            else:
                out.records.append(record)
        return out

    def product(self, cells: Mapping[str, str]) -> ProductRecord:
        row = _Cells(cells)
        record = ProductRecord(
            sku=row.get(lambda: _text(cells, "sku", limit=64), ""),
            description=row.get(lambda: _text(cells, "description", limit=500), ""),
            category=row.get(lambda: self._category(cells), ""),
            unit_value_cents=row.get(
                lambda: _money_cents(_text(cells, "unit_value"), "unit_value"), 0
            ),
            home_bin=row.get(lambda: _text(cells, "home_bin", limit=64), ""),
            gtins=row.get(
                lambda: tuple(dict.fromkeys(map(parse_gtin, _list(cells.get("gtins") or "")))), ()
            ),
            weight_grams=row.get(lambda: _grams(cells.get("weight_grams") or ""), None),
        )
        row.done()
        return record

    def _category(self, cells: Mapping[str, str]) -> str:
        category = _text(cells, "category").lower()
        if category not in self.categories:
            known = ", ".join(sorted(self.categories))
            raise _Bad(
                "category",
                _t("{category} is not a category of the rules ({known})"),
                category=repr(category),
                known=known,
            )
        return category

    def customer(self, cells: Mapping[str, str]) -> CustomerRecord:
        row = _Cells(cells)
        record = CustomerRecord(
            id=row.get(lambda: _text(cells, "id", limit=36), ""),
            name=row.get(lambda: _text(cells, "name"), ""),
            tier=row.get(lambda: _choice(_text(cells, "tier"), "tier", _TIERS), ""),
        )
        row.done()
        return record

    def _known(
        self, cells: Mapping[str, str], column: str, known: Callable[[str], bool], unknown: str
    ) -> str:
        value = _text(cells, column, limit=64)
        if not known(value):
            raise _Bad(column, unknown, value=repr(value))
        return value

    def rma_line(self, cells: Mapping[str, str]) -> RmaLineRecord:
        row = _Cells(cells)
        order_date = row.get(lambda: _date(_text(cells, "order_date"), "order_date"), None)
        delivered_at = row.get(lambda: _instant(_text(cells, "delivered_at"), "delivered_at"), None)
        if order_date and delivered_at and delivered_at.date() < order_date:
            row.bad.append(_Bad("delivered_at", _t("before the order date")))
        record = RmaLineRecord(
            rma_number=row.get(lambda: _text(cells, "rma_number", limit=64), ""),
            order_number=row.get(lambda: _text(cells, "order_number", limit=64), ""),
            customer_id=row.get(
                lambda: self._known(cells, "customer_id", self._customer_known, UNKNOWN_CUSTOMER),
                "",
            ),
            order_date=order_date or date.min,
            delivered_at=delivered_at or datetime.min.replace(tzinfo=UTC),
            line_no=row.get(lambda: _positive_int(_text(cells, "line_no"), "line_no"), 0),
            sku=row.get(lambda: self._known(cells, "sku", self._sku_known, UNKNOWN_PRODUCT), ""),
            quantity=row.get(lambda: _positive_int(_text(cells, "quantity"), "quantity"), 0),
            reason=row.get(lambda: _choice(_text(cells, "reason"), "reason", _REASONS), ""),
            reason_note=row.get(
                lambda: _text(cells, "reason_note", required=False, limit=1000), ""
            ),
            serial=row.get(lambda: _text(cells, "serial", required=False, limit=64), "") or None,
            tracking_numbers=tuple(_list(cells.get("tracking_numbers") or "")),
        )
        row.done()
        return record

    def bin(self, cells: Mapping[str, str]) -> BinRecord:
        row = _Cells(cells)
        record = BinRecord(
            code=row.get(lambda: _text(cells, "code", limit=64), ""),
            zone=row.get(lambda: _choice(_text(cells, "zone"), "zone", _ZONES), ""),
            description=row.get(lambda: _text(cells, "description", required=False, limit=500), ""),
        )
        row.done()
        return record


_TIERS = tuple(t.value for t in LoyaltyTier)
_REASONS = tuple(r.value for r in ReturnReason)
_ZONES = tuple(z.value for z in Zone)


def _raw_key(kind: Kind, cells: Mapping[str, str]) -> tuple[str, ...]:
    """The row's key as written (trimmed; a line number as its integer), before any check."""
    names = KEYS[kind].split("/")
    values = [(cells.get(name) or "").strip() for name in names]
    if kind is Kind.RMAS and is_digits(values[1]):
        values[1] = str(int(values[1]))
    return tuple(values)


def _show(key: tuple[str, ...]) -> str:
    return "/".join(key)


def _check_gtins(record: ProductRecord, line: int, seen: dict[str, tuple[int, str]]) -> None:
    for gtin in record.gtins:
        if gtin in seen and seen[gtin][1] != record.sku:
            first, sku = seen[gtin]
            raise _Bad(
                "gtins",
                _t("{gtin} already belongs to {sku} on line {line}"),
                gtin=gtin,
                sku=sku,
                line=first,
            )
    for gtin in record.gtins:
        seen.setdefault(gtin, (line, record.sku))


def _check_header(
    record: RmaLineRecord, line: int, headers: dict[str, tuple[int, tuple[object, ...]]]
) -> None:
    """Every line of one RMA must agree on the RMA's own fields."""
    fields = (record.order_number, record.customer_id, record.order_date, record.delivered_at)
    names = ("order_number", "customer_id", "order_date", "delivered_at")
    first = headers.setdefault(record.rma_number, (line, fields))
    for name, mine, theirs in zip(names, fields, first[1], strict=True):
        if mine != theirs:
            raise _Bad(
                name,
                _t("differs from line {line} of {rma}"),
                line=first[0],
                rma=record.rma_number,
            )
