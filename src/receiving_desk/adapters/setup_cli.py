"""`receiving-desk setup`: a desk set up without a screen, for scripted roll-outs to many desks.

Settings come from flags, or from a TOML answer file (flags win):

    [station]  station_id, site_name, site_timezone, language, sound
    [admin]    badge, name, pin_file (a file holding the first admin's PIN), badge_card (PDF path)
    [central]  url, password_file      or   standalone = true

The station settings are written through the config store (the rest of station.toml is kept).
The first admin is created only on a desk with no users; the PIN is read from `pin_file`, the
terminal, or standard input, never from an argument. A badge card PDF is written for them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tomllib
from pathlib import Path
from typing import Any, TextIO

from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.pepper import PepperError, read_pepper, site_hasher, write_pepper
from receiving_desk.adapters.printing.badge_card import badge_card_pdf
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.config import StationConfig, load_config
from receiving_desk.config_store import CENTRAL_FORM_KEYS, ConfigError, ConfigStore, edited
from receiving_desk.domain.barcodes.site_codes import CodeKind, problem
from receiving_desk.domain.errors import DeskError
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.user_admin import UserAdmin
from receiving_desk.station_values import STATION_KEYS, check_station


class SetupError(ValueError):
    pass


def setup_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="receiving-desk setup")
    p.add_argument("--answers", type=Path, help="TOML answer file (see docs/import.md)")
    p.add_argument("--station-id")
    p.add_argument("--site-name")
    p.add_argument("--timezone", dest="site_timezone", help="e.g. Europe/Berlin")
    p.add_argument("--language", help="en, zh_CN, zh_TW, ru or ko ('' = the system's)")
    p.add_argument("--sound", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--admin-badge")
    p.add_argument("--admin-name")
    p.add_argument("--admin-pin-file", type=Path)
    p.add_argument("--badge-card", type=Path, help="where to write the badge card PDF")
    p.add_argument("--central-url")
    p.add_argument("--central-password-file", type=Path)
    p.add_argument("--standalone", action="store_true", help="no central database")
    p.add_argument(
        "--pepper-file", type=Path,
        help="the site's pepper to copy (every desk of a site needs the same; default: a new one)",
    )  # fmt: skip
    return p


def _answers(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {"station": {}, "admin": {}, "central": {}}
    if args.answers is not None:
        try:
            data = tomllib.loads(args.answers.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SetupError(f"{args.answers}: {exc}") from exc
        for section, values in data.items():
            if section not in found or not isinstance(values, dict):
                raise SetupError(f"{args.answers}: unknown section [{section}]")
            found[section].update(values)
    station = {k: getattr(args, k) for k in STATION_KEYS if getattr(args, k) is not None}
    found["station"].update(station)
    admin = {"badge": args.admin_badge, "name": args.admin_name, "pin_file": args.admin_pin_file,
             "badge_card": args.badge_card}  # fmt: skip
    found["admin"].update({k: v for k, v in admin.items() if v is not None})
    if args.standalone:
        found["central"] = {"standalone": True}
    elif args.central_url:
        found["central"] = {"url": args.central_url}
        if args.central_password_file:
            found["central"]["password_file"] = str(args.central_password_file)
    return found


def _check_station(station: dict[str, Any]) -> None:
    try:
        check_station(station)
    except ValueError as exc:
        raise SetupError(str(exc)) from None


def _central(central: dict[str, Any]) -> dict[str, Any]:
    if central.get("standalone"):
        return {}
    try:
        CentralSettings.from_dict(central)
    except ValueError as exc:
        raise SetupError(str(exc)) from exc
    return central


def _pin(admin: dict[str, Any], stdin: TextIO) -> str:
    if "pin_file" in admin:
        try:
            return Path(str(admin["pin_file"])).read_text("utf-8").strip()
        except OSError as exc:
            raise SetupError(f"{admin['pin_file']}: {exc.strerror}") from exc
    if stdin.isatty():
        return getpass.getpass(f"PIN for {admin['badge']}: ")
    return stdin.readline().rstrip("\r\n")


def _pepper(config: StationConfig, site: Path | None, out: TextIO) -> Argon2PinHasher:
    """The desk's pepper file: the site's copied, else (first desk, standalone) a new one."""
    target = config.pepper_path
    if site is not None:
        pepper = read_pepper(site)
        if target.exists():
            if read_pepper(target) != pepper:
                raise SetupError(f"{target} holds another pepper: remove it first")
        else:
            write_pepper(target, pepper)
        print(f"pepper copied to {target}", file=out)
        return Argon2PinHasher(pepper=pepper)
    made = not target.exists()
    hasher = site_hasher(target, create=True)
    if made:
        print(f"new pepper in {target}: copy it to this site's other desks", file=out)
    return hasher


def setup_cli(
    argv: list[str], config: StationConfig, stdin: TextIO | None = None,
    out: TextIO | None = None, err: TextIO | None = None,
) -> int:  # fmt: skip
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    args = setup_parser().parse_args(argv)
    try:
        answers = _answers(args)
        station, admin = answers["station"], answers["admin"]
        _check_station(station)
        central = _central(answers["central"]) if answers["central"] else None
        if admin and not {"badge", "name"} <= set(admin):
            raise SetupError("the first admin needs a badge and a name")
        pin = _pin(admin, stdin) if admin else ""
        store = ConfigStore(config.settings_file)
        if station:
            store.save("station", lambda written: {**(written or {}), **station})
        if central is not None:
            values = central or None  # None: standalone (the section goes)
            store.save("central", lambda written: edited(written, values, CENTRAL_FORM_KEYS))
        if station or central is not None:
            print(f"settings written to {config.settings_file}", file=out)
        config = load_config(config.settings_file, config.data_dir)
        unscannable = admin and problem(CodeKind.BADGE, str(admin["badge"]), config.patterns)
        if unscannable:  # the first admin could never log in by scanning that badge
            raise SetupError(str(unscannable))
        hasher = _pepper(config, args.pepper_file, out)
        engine = create_store_engine(config.database_path)
        try:
            migrate.upgrade(engine)
            if admin:
                users = UserAdmin(lambda: SqlUnitOfWork(engine), hasher, SystemClock(),
                                  config.station_id, config.security)  # fmt: skip
                user = users.first_admin(str(admin["badge"]), str(admin["name"]), pin)
                card = Path(
                    str(admin.get("badge_card") or config.data_dir / f"badge-{user.badge}.pdf")
                )
                card.parent.mkdir(parents=True, exist_ok=True)
                card.write_bytes(badge_card_pdf(user.badge, user.name, user.role.value))
                print(f"first admin {user.badge} ({user.name}); badge card {card}", file=out)
        finally:
            engine.dispose()
    except (SetupError, ConfigError, PepperError) as exc:
        print(f"receiving-desk setup: {exc}", file=err)
        return 2
    except DeskError as exc:
        print(f"receiving-desk setup: {exc.params.get('reason', exc)}", file=err)
        return 1
    return 0
