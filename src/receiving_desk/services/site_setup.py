"""A new desk set up from its own screen: the first admin (only while the store has no user),
then the station, the central database or standalone. Every step after the first admin needs
a session that may configure the station, and every change is audited. Writing the station
file and reaching the central database are the caller's adapters, passed in."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import wording_of
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.refusals import _t, refused
from receiving_desk.domain.users import Permission, Session, User
from receiving_desk.services.base import record_audit
from receiving_desk.services.user_admin import UserAdmin
from receiving_desk.station_values import STATION_KEYS

if TYPE_CHECKING:  # the import machinery loads with the first pull or import, not at start
    from receiving_desk.services.reference_import import Progress


class CentralProbe(Protocol):
    """The central database as the setup reaches it, before it is the desk's setting."""

    def check(self, values: Mapping[str, Any]) -> str:
        """Connect with these [central] settings; what was found (server, schema revision).
        ValueError naming the problem (no password in it) when not."""
        ...

    def pull(self, values: Mapping[str, Any], progress: Progress | None) -> int:
        """Pull the reference data into the local store now; how many rows came."""
        ...


@contextmanager
def _refused_setting() -> Iterator[None]:
    try:
        yield
    except ValueError as exc:  # the validators' refusal: the admin's to fix, not a bug
        # `setting`: said as a setting not saved (not as an entry refused, "Not done: ...").
        raise DeskError(
            ErrorCode.INVALID_SETTING, reason=str(exc), said=wording_of(exc), setting=True
        ) from exc


class SiteSetup:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        users: UserAdmin,
        save_station: Callable[[dict[str, Any]], None],
        save_central: Callable[[dict[str, Any] | None], None],
        central: CentralProbe,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._users = users
        self._save_station = save_station
        self._save_central = save_central
        self._central = central

    def needs_setup(self) -> bool:
        """A desk with no user at all: nobody could log in, so the setup comes first."""
        with self._uow() as uow:
            return uow.users.count() == 0

    def first_admin(self, badge: str, name: str, pin: str) -> User:
        return self._users.first_admin(badge, name, pin)

    def save_station(self, session: Session, values: dict[str, Any]) -> None:
        session.require(Permission.CONFIGURE_STATION)
        unknown = set(values) - set(STATION_KEYS)
        if unknown:
            raise refused(_t("unknown settings: {keys}"), keys=", ".join(sorted(unknown)))
        with _refused_setting():
            self._save_station(dict(values))
        self._audit(session, "station_configured", dict(values))

    def save_central(self, session: Session, values: dict[str, Any] | None) -> None:
        """`None`: standalone (no central database)."""
        session.require(Permission.CONFIGURE_STATION)
        with _refused_setting():
            self._save_central(None if values is None else dict(values))
        shown = {"standalone": True} if values is None else {"url": _no_password(values)}
        self._audit(session, "central_configured", shown)

    def check_central(self, session: Session, values: Mapping[str, Any]) -> str:
        session.require(Permission.CONFIGURE_STATION)
        with _refused_setting():
            return self._central.check(values)

    def pull_reference(
        self, session: Session, values: Mapping[str, Any], progress: Progress | None = None
    ) -> int:
        session.require(Permission.CONFIGURE_STATION)
        try:
            with _refused_setting():
                rows = self._central.pull(values, progress)
        except DeskError as exc:  # codes the desk could not scan: refused whole, audited
            if exc.code is ErrorCode.SITE_CODES_REFUSED:
                details = {"url": _no_password(values), **exc.params}
                self._audit(session, "reference_pull_refused", details)
            raise
        self._audit(session, "reference_pulled", {"url": _no_password(values), "rows": rows})
        return rows

    def _audit(self, session: Session, action: str, details: dict[str, Any]) -> None:
        with self._uow() as uow:
            record_audit(
                uow, self._clock, session.station_id, session.user_id, action,
                session.station_id, details,
            )  # fmt: skip
            uow.commit()


def _no_password(values: Mapping[str, Any]) -> str:
    """The URL as it may be audited: a password written in it is cut out."""
    url = str(values.get("url", ""))
    scheme, sep, rest = url.partition("://")
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return f"{scheme}{sep}{userinfo.split(':', 1)[0]}:***@{host}"
