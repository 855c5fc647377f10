"""The central database as the first-run setup reaches it: settings tried before they are
saved (connect, server version, schema revision) and a first pull of the reference data
into the local store. Errors say what is wrong without the password."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central.connection import (
    CentralSettings,
    build_url,
    create_central_engine,
    masked,
    scrub,
)
from receiving_desk.adapters.central.pull import pull_reference
from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.refusals import _t, refusal
from receiving_desk.services.reference_import import Progress


class CentralSetupProbe:
    def __init__(self, local: Engine, station_id: Callable[[], str], now: Callable[[], datetime]):
        self._local = local
        self._station_id = station_id
        self._now = now

    def _engine(self, values: Mapping[str, Any]) -> Engine:
        settings = CentralSettings.from_dict(dict(values))  # ValueError: a bad setting
        if settings.standalone:
            raise SettingProblem(refusal(_t("a central database needs a URL")))
        return create_central_engine(build_url(settings, self._station_id()))

    def check(self, values: Mapping[str, Any]) -> str:
        engine = self._engine(values)
        try:
            with engine.connect() as conn:
                server = conn.execute(text("SHOW server_version")).scalar_one()
            found = migrate.current_revisions(engine)
        except DBAPIError as exc:
            raise _unreachable(engine, exc) from None
        finally:
            engine.dispose()
        if not found:
            raise SettingProblem(
                refusal(
                    _t("{database}: no Receiving Desk schema there (run {command})"),
                    database=masked(engine.url), command="central upgrade",
                )
            )  # fmt: skip
        return f"PostgreSQL {server}, schema {', '.join(found)}"

    def pull(self, values: Mapping[str, Any], progress: Progress | None) -> int:
        engine = self._engine(values)
        try:
            return pull_reference(engine, self._local, self._now(), progress).rows
        except DBAPIError as exc:
            raise _unreachable(engine, exc) from None
        finally:
            engine.dispose()


def _unreachable(engine: Engine, exc: DBAPIError) -> SettingProblem:
    """The database's own words (no password), inside a sentence that says what failed."""
    return SettingProblem(
        refusal(
            _t("the central database {database} could not be reached: {problem}"),
            database=masked(engine.url), problem=scrub(str(exc.orig), engine.url),
        )
    )  # fmt: skip
