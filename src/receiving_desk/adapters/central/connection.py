"""Central connection settings per station: URL, TLS mode, desk role; passwords never logged.

The password comes from (first found): the URL itself (discouraged), `password_file`, the
environment variable RECEIVING_DESK_CENTRAL_PASSWORD, or libpq's own ~/.pgpass / PGPASSFILE.
The desk's syncer reads it at each new connection (`password_source`), so a missing or
unreadable password file makes sync offline with that reason, and a fixed one is picked up
without a restart.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.private_files import NotPrivateError, check_private

if TYPE_CHECKING:  # SQLAlchemy loads with the syncer: reading the settings needs none of it
    from sqlalchemy import URL, Engine

ENV_PASSWORD = "RECEIVING_DESK_CENTRAL_PASSWORD"  # noqa: S105 (a variable name)
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DRIVER = "postgresql+psycopg"
Environ = dict[str, str] | os._Environ[str]


# Beyond these a value is a typo: a day between pushes, an hour's timeout, a batch no
# transaction should hold.
_RANGES = (
    ("connect_timeout_s", 1, 300),
    ("push_interval_s", 0.01, 86_400),
    ("pull_interval_s", 0.01, 86_400),
    ("backoff_base_s", 0.01, 3_600),
    ("backoff_cap_s", 0.01, 86_400),
    ("batch_size", 1, 100_000),
)


# The shape SQLAlchemy's `make_url` reads (scheme, then `?query`), checked without loading
# SQLAlchemy: the station file is read on the way to the first screen.
_URL_SHAPE = re.compile(r"(?P<scheme>[\w+]+)://[^?]*(?:\?(?P<query>.*))?", re.DOTALL)


def _url_sslmode(url: str) -> str | None:
    """The TLS mode a libpq URL states itself (`?sslmode=require`): where the setup form and
    `setup --central-url`, which have only the URL, let a site say it. A separate `sslmode`
    key still wins."""
    shape = _URL_SHAPE.fullmatch(url.strip())
    if shape is None:
        return None  # not a URL: the connection says so when it is used
    modes = parse_qs(shape["query"] or "").get("sslmode", [])
    return modes[-1] if len(modes) == 1 else None


class CentralPasswordError(OSError):
    """The `password_file` of [central] cannot be used; the message names it and why."""


@dataclass(frozen=True)
class CentralSettings:
    """The `[central]` table of the station's TOML file. An empty `url` means standalone."""

    url: str = ""
    sslmode: str = "verify-full"  # the server proves who it is; "disable" only on a test rig
    sslrootcert: str = ""  # CA file for verify-ca / verify-full (else libpq's root.crt)
    role: str = ""  # the desk's own database role; overrides the URL's user name
    password_file: Path | None = None
    push_interval_s: float = 5.0
    pull_interval_s: float = 30.0
    batch_size: int = 1000
    connect_timeout_s: int = 5
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 60.0

    @property
    def standalone(self) -> bool:
        return not self.url.strip()

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> CentralSettings:
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                raise SettingProblem(_t("unknown [central] setting {key}"), key=repr(key))
            default = getattr(cls(), key)
            if key == "password_file":
                kwargs[key] = Path(str(value)).expanduser()
            elif isinstance(default, float) and isinstance(value, int | float):
                kwargs[key] = float(value)
            elif isinstance(value, type(default)) and not isinstance(value, bool):
                kwargs[key] = value
            else:
                kind = {
                    int: _t("[central] {key} must be a whole number"),
                    float: _t("[central] {key} must be a number"),
                }.get(type(default), _t("[central] {key} must be a string"))
                raise SettingProblem(kind, key=key)
        if "sslmode" not in kwargs and (mode := _url_sslmode(kwargs.get("url", ""))):
            kwargs["sslmode"] = mode
        settings = cls(**kwargs)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.sslmode not in SSLMODES:
            raise SettingProblem(
                _t("[central] sslmode must be one of {allowed}"), allowed=", ".join(SSLMODES)
            )
        if min(self.push_interval_s, self.pull_interval_s, self.backoff_base_s) <= 0:
            raise SettingProblem(_t("[central] intervals must be positive"))
        if self.backoff_cap_s < self.backoff_base_s or self.batch_size < 1:
            raise SettingProblem(
                _t("[central] backoff_cap_s >= backoff_base_s and batch_size >= 1")
            )
        for key, low, high in _RANGES:
            value = getattr(self, key)
            if not low <= value <= high:
                raise SettingProblem(
                    _t("[central] {key} must be {low}..{high}, not {value}"),
                    key=key,
                    low=f"{low:g}",
                    high=f"{high:g}",
                    value=repr(value),
                )
        if not self.standalone:
            shape = _URL_SHAPE.fullmatch(self.url.strip())
            backend = shape["scheme"].split("+")[0] if shape is not None else ""
            if backend not in ("postgresql", "postgres"):
                raise SettingProblem(_t("[central] url must be a postgresql:// URL"))


class CentralTlsError(CentralPasswordError):
    """The server cannot be verified as `sslmode` asks: its CA file is missing. Shown as it
    is, like a password file's problem."""


def tls_problem(settings: CentralSettings, environ: Environ | None = None) -> str | None:
    """Why a connection with this sslmode cannot succeed here, before libpq says it less
    clearly: verify-ca / verify-full need the CA that signed the server's certificate."""
    if settings.sslmode not in ("verify-ca", "verify-full"):
        return None
    env = os.environ if environ is None else environ
    ca = settings.sslrootcert or env.get("PGSSLROOTCERT", "") or str(default_root_cert(env))
    if ca == "system" or Path(ca).expanduser().is_file():
        return None
    return (
        f'[central] sslmode = "{settings.sslmode}" needs the CA certificate of the central '
        f"server, and {ca} is not there: set [central] sslrootcert to the CA file your "
        'database administrator gives you (sslrootcert = "system" uses the system\'s CAs)'
    )


def default_root_cert(environ: Environ) -> Path:
    """Where libpq looks for the CA when none is named."""
    if os.name == "nt":
        return Path(environ.get("APPDATA", "~")) / "postgresql" / "root.crt"
    return Path("~/.postgresql/root.crt").expanduser()


def read_password_file(path: Path) -> str:
    """The first line of a password file; CentralPasswordError says why there is none.
    A file others may read is refused: the password may have leaked already."""
    try:
        check_private(path, "password file")
    except NotPrivateError as exc:
        raise CentralPasswordError(str(exc)) from exc
    except OSError as exc:
        raise CentralPasswordError(f"password file {path}: {exc.strerror or exc}") from exc
    try:
        first = path.read_text(encoding="utf-8").partition("\n")[0].strip()
    except OSError as exc:
        raise CentralPasswordError(f"password file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CentralPasswordError(f"password file {path}: not UTF-8 text") from exc
    if not first:
        raise CentralPasswordError(f"password file {path}: empty")
    return first


def _password(settings: CentralSettings, environ: Environ) -> str | None:
    if settings.password_file is not None:
        return read_password_file(settings.password_file)
    return environ.get(ENV_PASSWORD) or None


def password_source(
    settings: CentralSettings, url: URL, environ: Environ | None = None
) -> Callable[[], str | None] | None:
    """What supplies the password at each connection to `url` (None: the URL has one)."""
    if url.password:
        return None
    env = os.environ if environ is None else environ
    return lambda: _password(settings, env)


def build_url(
    settings: CentralSettings,
    station_id: str,
    environ: Environ | None = None,
    *,
    with_password: bool = True,
) -> URL:
    """The SQLAlchemy URL for psycopg 3, with sslmode, timeout and an application name that
    lets an administrator see (and tests terminate) this desk's sessions. Without
    `with_password`, only a password written in the URL itself is in it."""
    if settings.standalone:
        raise ValueError("no central database configured (standalone)")
    if with_password and (problem := tls_problem(settings, environ)):
        raise CentralTlsError(problem)
    from sqlalchemy import make_url

    url = make_url(settings.url).set(drivername=DRIVER)
    if settings.role:
        url = url.set(username=settings.role)
    password = url.password
    if not password and with_password:
        password = _password(settings, os.environ if environ is None else environ)
    query = dict(url.query)
    query.update(
        sslmode=settings.sslmode,
        connect_timeout=str(settings.connect_timeout_s),
        application_name=f"receiving-desk:{station_id}"[:63],
    )
    if settings.sslrootcert:
        query["sslrootcert"] = settings.sslrootcert
    return url.set(password=password, query=query)


def masked(url: URL | str) -> str:
    """The URL as it may appear in logs and on screen: password replaced by ***."""
    from sqlalchemy import make_url

    return (make_url(url) if isinstance(url, str) else url).render_as_string(hide_password=True)


def scrub(message: str, url: URL | None) -> str:
    """Remove the password from an error text, in case a driver ever echoes it."""
    if url is not None and url.password:
        message = message.replace(str(url.password), "***")
    return " ".join(message.split())[:500]


def create_central_engine(
    url: URL,
    pool_size: int = 1,
    password: Callable[[], str | None] | None = None,
    tls: Callable[[], str | None] | None = None,
) -> Engine:
    """A small pool: a desk needs one connection; pre-ping drops connections the server cut.
    `password`, if given, is asked for each new connection; `tls` says why TLS cannot work
    (a missing CA) before each, so the reason shown is that and not libpq's."""
    from sqlalchemy import create_engine, event

    engine = create_engine(url, pool_size=pool_size, max_overflow=1, pool_pre_ping=True)
    if password is not None or tls is not None:

        @event.listens_for(engine, "do_connect")
        def supply(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
            problem = tls() if tls is not None else None
            if problem:
                raise CentralTlsError(problem)
            secret = password() if password is not None else None
            if secret is not None:
                params["password"] = secret

    return engine
