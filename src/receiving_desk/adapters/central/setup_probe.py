"""The central database as the first-run setup reaches it: settings tried before they are
saved (connect, server version, schema revision) and a first pull of the reference data
into the local store. Errors say what is wrong without the password. The pull is checked like
the syncer's: a bin, badge or open RMA the site's patterns would not scan refuses it whole."""

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
from receiving_desk.adapters.store.site_codes import Rows, check_pulled_codes
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import UnscannableCodesError
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.refusals import _t, refusal
from receiving_desk.services.reference_import import Progress


class CentralSetupProbe:
    def __init__(
        self,
        local: Engine,
        station_id: Callable[[], str],
        now: Callable[[], datetime],
        patterns: Callable[[], DeskPatterns] = DeskPatterns,
    ):
        self._local = local
        self._station_id = station_id
        self._now = now
        self._patterns = patterns

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
        patterns = self._patterns()

        def check(rows: Rows) -> None:
            check_pulled_codes(rows, patterns, "reference pull refused")

        try:
            return pull_reference(engine, self._local, self._now(), progress, check).rows
        except UnscannableCodesError as exc:  # nothing applied: named for the admin's screen
            raise DeskError(ErrorCode.SITE_CODES_REFUSED, **exc.params()) from exc
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
