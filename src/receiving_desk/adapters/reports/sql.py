"""SQL pieces that differ by database, and cancellable execution.

`epoch_seconds(x)`: seconds since 1970 as a float, for a timestamp column or for the local
store's UTC ISO-8601 text (SQLite: julianday; PostgreSQL: EXTRACT(EPOCH ...), casting text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, Executable, Float, String, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

from receiving_desk.services.reports import CancelToken, ReportCancelled


class epoch_seconds(FunctionElement[float]):
    type = Float()
    inherit_cache = True
    name = "epoch_seconds"


@compiles(epoch_seconds)
def _epoch_default(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"epoch_seconds({compiler.process(element.clauses, **kw)})"  # str() of a query


@compiles(epoch_seconds, "sqlite")
def _epoch_sqlite(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(julianday({compiler.process(element.clauses, **kw)}) * 86400.0)"


@compiles(epoch_seconds, "postgresql")
def _epoch_postgresql(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    (argument,) = element.clauses
    sql = compiler.process(element.clauses, **kw)
    if not isinstance(argument.type, DateTime):  # the local schema's ISO text
        sql = f"CAST({sql} AS TIMESTAMPTZ)"
    return f"CAST(EXTRACT(EPOCH FROM {sql}) AS DOUBLE PRECISION)"


class check_only(FunctionElement[Any]):
    """A condition to check on the rows the period's time index finds, not to search by.

    SQLite: likelihood(condition, 0.9), "true for most rows". A desk's store has no planner
    statistics (nobody runs ANALYZE on it), and without the hint SQLite answers "this
    station (or clerk), this shift" by walking the station's or clerk's whole year through
    its index (ix_receipts_station_status: 2.3 s on a year) instead of the shift's rows
    through the time index (0.02 s). Elsewhere: the condition itself.
    """

    type = NullType()  # not Boolean: SQLite would get "likelihood(...) = 1"
    inherit_cache = True
    name = "check_only"


@compiles(check_only)
def _usually(element: check_only, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(check_only, "sqlite")
def _usually_sqlite(element: check_only, compiler: SQLCompiler, **kw: Any) -> str:
    return f"likelihood({compiler.process(element.clauses, **kw)}, 0.9)"


def _interrupter(driver_connection: Any) -> Callable[[], None]:
    """A callable that aborts the statement running on this DB-API connection."""
    if hasattr(driver_connection, "interrupt"):  # sqlite3
        return driver_connection.interrupt  # type: ignore[no-any-return]
    cancel = getattr(driver_connection, "cancel_safe", None) or driver_connection.cancel
    return cancel  # type: ignore[no-any-return]


REPORT_RANDOM_PAGE_COST = 1.1  # an SSD's: a random read costs little more than a sequential one


def fetch(engine: Engine, statement: Executable, cancel: CancelToken) -> Sequence[Any]:
    """All rows of one read-only statement; `cancel` aborts it mid-way."""
    cancel.check()
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            # A report reads a slice of a big table by its time index and looks the rest up
            # by key. At the default cost of a random read (4, a spinning disk's) the planner
            # prefers reading all of `receipts` into a hash once a slice holds a few thousand
            # units: 0.4 s instead of 0.03 s for a day. For this transaction only.
            conn.execute(text(f"SET LOCAL random_page_cost = {REPORT_RANDOM_PAGE_COST}"))
        interrupt = _interrupter(conn.connection.driver_connection)
        try:
            with cancel.interrupting(interrupt):
                return conn.execute(statement).all()
        except DBAPIError as exc:
            if cancel.cancelled:
                raise ReportCancelled from exc
            raise


class utc_hour(FunctionElement[Any]):
    """The UTC hour a timestamp falls in: a timestamp centrally (date_trunc), the first 13
    characters of the local store's ISO text ("2026-06-15T13")."""

    type = NullType()
    inherit_cache = True
    name = "utc_hour"


@compiles(utc_hour)
def _hour_text(element: utc_hour, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 13)"


@compiles(utc_hour, "postgresql")
def _hour_postgresql(element: utc_hour, compiler: SQLCompiler, **kw: Any) -> str:
    (argument,) = element.clauses
    sql = compiler.process(element.clauses, **kw)
    if isinstance(argument.type, DateTime) and argument.type.timezone:
        return f"date_trunc('hour', {sql} AT TIME ZONE 'UTC')"
    return f"substr(CAST({sql} AS TEXT), 1, 13)"


class joined_text(FunctionElement[str]):
    """The non-empty texts of a group, joined by " | " (group_concat / string_agg)."""

    type = String()
    inherit_cache = True
    name = "joined_text"


@compiles(joined_text)
def _joined_sqlite(element: joined_text, compiler: SQLCompiler, **kw: Any) -> str:
    sql = compiler.process(element.clauses, **kw)
    return f"group_concat(NULLIF(trim({sql}), ''), ' | ')"


@compiles(joined_text, "postgresql")
def _joined_postgresql(element: joined_text, compiler: SQLCompiler, **kw: Any) -> str:
    sql = compiler.process(element.clauses, **kw)
    return f"string_agg(NULLIF(trim({sql}), ''), ' | ')"


def hour_start(value: Any) -> datetime:
    """A `utc_hour` value as the aware UTC datetime of that hour's start."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC)
    return datetime.fromisoformat(f"{value}:00:00+00:00")  # a year's hours: strptime is slow


class utc_day(FunctionElement[str]):
    """The UTC day of a timestamp as text, "2026-06-15" (the roll-ups' day key)."""

    type = String()
    inherit_cache = True
    name = "utc_day"


class utc_hour_text(FunctionElement[str]):
    """The UTC hour of a timestamp as text, "2026-06-15T13" (the roll-ups' hour key)."""

    type = String()
    inherit_cache = True
    name = "utc_hour_text"


def _utc_text(element: FunctionElement[str], compiler: SQLCompiler, kw: Any, size: int) -> str:
    (argument,) = element.clauses
    sql = compiler.process(element.clauses, **kw)
    if compiler.dialect.name == "postgresql" and isinstance(argument.type, DateTime):
        pattern = "YYYY-MM-DD" if size == 10 else 'YYYY-MM-DD"T"HH24'
        return f"to_char({sql} AT TIME ZONE 'UTC', '{pattern}')"
    if compiler.dialect.name == "postgresql":
        sql = f"CAST({sql} AS TEXT)"
    return f"substr({sql}, 1, {size})"  # the local store's ISO UTC text


@compiles(utc_day)
def _utc_day(element: utc_day, compiler: SQLCompiler, **kw: Any) -> str:
    return _utc_text(element, compiler, kw, 10)


@compiles(utc_hour_text)
def _utc_hour_text(element: utc_hour_text, compiler: SQLCompiler, **kw: Any) -> str:
    return _utc_text(element, compiler, kw, 13)
