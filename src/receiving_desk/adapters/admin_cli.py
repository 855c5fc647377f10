"""`receiving-desk admin --as BADGE users add|role|deactivate|reset-pin ...` and
`admin --as BADGE users badge-card --badge B [--badge B2 ...] --out PDF`,
`admin [--as BADGE] rules check|diff|load FILE`: administration of this desk (standalone: its
local store and station file). The administrator logs in with badge and PIN as at
the desk; the service checks the role and audits every change and refusal.

PINs are never arguments (they would land in the shell history and the process list): they
are asked for on the terminal, or read one per line from standard input when it is not one
(the administrator's PIN first, then the new user's)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine, make_url, select
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central.admin_work import CentralAdminWork
from receiving_desk.adapters.central.connection import (
    DRIVER,
    CentralPasswordError,
    build_url,
    create_central_engine,
    masked,
    password_source,
    scrub,
)
from receiving_desk.adapters.imports.cli import print_report
from receiving_desk.adapters.imports.targets import CentralTarget
from receiving_desk.adapters.pepper import PepperError, site_hasher
from receiving_desk.adapters.printing.badge_card import badge_cards_pdf
from receiving_desk.adapters.printing.labels import bin_label
from receiving_desk.adapters.printing.pdf import render_pdf_pages
from receiving_desk.adapters.printing.zpl import render_zpl
from receiving_desk.adapters.rules_install import rules_installer
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.config import StationConfig
from receiving_desk.config_store import ConfigError
from receiving_desk.counted import counted
from receiving_desk.domain.barcodes.site_codes import CodeKind, UnscannableCode, problem
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import DirectoryWork
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.domain.users import Role
from receiving_desk.resources import resource
from receiving_desk.services.auth import AuthService
from receiving_desk.services.bin_admin import BinAdmin
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.reference_import import ReferenceTarget, StoreTarget
from receiving_desk.services.rules_admin import RulesAdmin, RulesLoaded, changes, text_diff
from receiving_desk.services.user_admin import UserAdmin


def admin_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="receiving-desk admin")
    parser.add_argument("--as", dest="admin", help="your badge code (needed for changes)")
    parser.add_argument(
        "--central-url",
        help="make user, bin and rules changes in this central database (default: the desk's "
        "[central] settings when it has them; otherwise the local store)",
    )
    sub = parser.add_subparsers(dest="area", required=True)
    users = sub.add_parser("users", help="add users, change roles, deactivate, reset PINs")
    users_sub = users.add_subparsers(dest="action", required=True)
    add = users_sub.add_parser("add", help="a new user (the PIN is asked for)")
    add.add_argument("--badge", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.CLERK.value)
    role = users_sub.add_parser("role", help="change a user's role")
    role.add_argument("--badge", required=True)
    role.add_argument("--role", choices=[r.value for r in Role], required=True)
    off = users_sub.add_parser("deactivate", help="the badge no longer logs in")
    off.add_argument("--badge", required=True)
    reset = users_sub.add_parser("reset-pin", help="a new PIN (asked for); lifts a lockout")
    reset.add_argument("--badge", required=True)
    card = users_sub.add_parser("badge-card", help="badge cards as one PDF (a card a page)")
    card.add_argument("--badge", action="append", required=True, help="repeatable")
    card.add_argument("--out", type=Path, required=True, help="the PDF to write")
    bins = sub.add_parser("bins", help="add and import bins, print bin labels")
    bins_sub = bins.add_subparsers(dest="action", required=True)
    bin_add = bins_sub.add_parser("add", help="one bin (an existing code is updated)")
    bin_add.add_argument("--code", required=True)
    bin_add.add_argument("--zone", required=True)
    bin_add.add_argument("--description", default="")
    bin_import = bins_sub.add_parser("import", help="a CSV of bins (docs/import.md)")
    bin_import.add_argument("file", type=Path)
    bin_import.add_argument("--skip-bad-rows", action="store_true")
    labels = bins_sub.add_parser("labels", help="bin labels, in batches of files")
    labels.add_argument("--out", type=Path, required=True, help="file name; batches get -001 ...")
    labels.add_argument("--format", choices=["pdf", "zpl"], default="pdf")
    labels.add_argument("--size", choices=["4x2", "2x1"], default="4x2")
    labels.add_argument("--zone", help="only this zone's bins")
    labels.add_argument("--code", action="append", help="only these bins (repeatable)")
    labels.add_argument("--batch", type=int, default=100, help="labels per file")
    labels.add_argument("--dpi", type=int, choices=[203, 300, 600], default=203)
    rules = sub.add_parser("rules", help="check, compare and load a rules file")
    rules_sub = rules.add_subparsers(dest="action", required=True)
    for name, text in (
        ("check", "validate a rules file (file:line: problem)"),
        ("diff", "what changes against the rules in force"),
        ("load", "validate, then put the file in force on this desk"),
    ):
        rules_sub.add_parser(name, help=text).add_argument("file", type=Path)
    return parser


def _rules(args: argparse.Namespace, config: StationConfig, out: TextIO, err: TextIO) -> int | None:
    """check and diff need no login; None: a change, done by the caller after the login."""
    if args.action == "load":
        return None  # validated by the service, after the login, so a refusal is audited
    current = config.rules_file or resource("rules", "returns.toml")
    try:
        new = load_rules(args.file)
    except RulesFileError as exc:
        print(exc, file=err)
        return 1
    if args.action == "check":
        print(f"{args.file}: version {new.version}, {len(new.rules)} rules, "
              f"categories {', '.join(new.categories)}", file=out)  # fmt: skip
        return 0
    if args.action == "diff":  # against the site's rules file on a desk with central settings
        central = _central_engine(args, config)
        try:
            work = (
                (lambda: CentralAdminWork(central, True, config.station_id))
                if central
                else (lambda: None)
            )
            in_force, name, text = RulesAdmin(
                lambda: _no_store(), SystemClock(), current, lambda p, _r: p, work
            ).in_force()
        except (DeskError, CentralPasswordError) as exc:  # central refused or unreachable
            problem = _say(exc) if isinstance(exc, DeskError) else str(exc)
            print(f"receiving-desk admin: {problem}", file=err)
            return 1
        finally:
            if central is not None:
                central.dispose()
        for line in [*changes(in_force, new), *text_diff(name, args.file, text)]:
            print(line, file=out)
        return 0
    return None


def _no_store() -> DirectoryWork:
    raise AssertionError("a comparison writes nothing")


def bin_labels(args: argparse.Namespace, config: StationConfig, out: TextIO, err: TextIO) -> int:
    """Labels of the chosen bins, sorted by code, `batch` to a file (printable in one go)."""
    engine = create_store_engine(config.database_path)
    try:
        query = select(t.locations.c.code, t.locations.c.description).order_by(t.locations.c.code)
        if args.zone:
            query = query.where(t.locations.c.zone == args.zone)
        if args.code:
            query = query.where(t.locations.c.code.in_(args.code))
        with engine.connect() as conn:
            found = conn.execute(query).all()
    finally:
        engine.dispose()
    if not found or args.batch < 1:
        print(
            "receiving-desk admin: no bins to label" if not found else "--batch must be 1 or more",
            file=err,
        )
        return 1
    labels = [bin_label(code, description=text, size=args.size) for code, text in found]
    batches = [labels[i : i + args.batch] for i in range(0, len(labels), args.batch)]
    for n, batch in enumerate(batches, 1):
        path = args.out if len(batches) == 1 else args.out.with_stem(f"{args.out.stem}-{n:03d}")
        if args.format == "pdf":
            path.write_bytes(render_pdf_pages(batch, args.dpi))
        else:
            path.write_bytes(b"".join(render_zpl(label, args.dpi) for label in batch))
        print(f"{path}: {len(batch)} bin label{'' if len(batch) == 1 else 's'}", file=out)
    return 0


def _pin_reader(stdin: TextIO) -> Callable[[str], str]:
    if stdin.isatty():
        return lambda prompt: getpass.getpass(prompt)
    return lambda _prompt: stdin.readline().rstrip("\r\n")


def admin_cli(
    argv: list[str],
    config: StationConfig,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    parser = admin_parser()
    args = parser.parse_args(argv)
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    if args.area == "rules":
        done = _rules(args, config, out, err)
        if done is not None:
            return done
    if args.area == "bins" and args.action == "labels":
        return bin_labels(args, config, out, err)
    if not args.admin:
        parser.error("--as BADGE is needed to make changes")
    unscannable = _unscannable(args, config)
    if unscannable is not None:  # refused before it reaches the store: it could never scan
        print(f"receiving-desk admin: {unscannable}", file=err)
        return 1
    read_pin = _pin_reader(stdin)
    try:
        hasher = site_hasher(config.pepper_path, config.standalone)
    except PepperError as exc:
        print(f"receiving-desk admin: {exc}", file=err)
        return 2
    engine = create_store_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        clock = SystemClock()

        def uow() -> SqlUnitOfWork:
            return SqlUnitOfWork(engine)

        auth = AuthService(uow, hasher, clock, config.station_id)
        central = _central_engine(args, config)
        directory: Callable[[], DirectoryWork] = uow
        target: ReferenceTarget = StoreTarget(uow, str(config.database_path))
        if central is not None:
            directory, target = (lambda: CentralAdminWork(central)), CentralTarget(central)
        admin = UserAdmin(directory, hasher, clock, config.station_id, config.security)
        try:
            session = auth.login(args.admin, read_pin(f"PIN for {args.admin}: "))
            if args.area == "bins":
                bins = BinAdmin(directory, clock, target)
                if args.action == "add":
                    bins.add(session, args.code, args.zone, args.description)
                    print(f"bin {args.code} ({args.zone}) saved", file=out)
                else:
                    categories = load_rules(config.rules_file or resource("rules", "returns.toml"))
                    report = bins.import_file(
                        session, args.file, categories.categories, args.skip_bad_rows,
                        config.patterns,
                    )  # fmt: skip
                    print_report(report, str(config.database_path), out, err)
                    return 0 if report.ok else 1
            elif args.area == "rules":
                current = config.rules_file or resource("rules", "returns.toml")
                on_central = central  # bound here: the closure outlives the branch
                rules_admin = RulesAdmin(
                    uow, clock, current, rules_installer(config),
                    (lambda: CentralAdminWork(on_central, station_id=config.station_id))
                    if on_central is not None else (lambda: None),
                )  # fmt: skip
                loaded = rules_admin.load(session, args.file)
                print(_loaded_line(loaded, central), file=out)
            elif args.action == "add":
                pin = read_pin(f"PIN for {args.badge}: ")
                user = admin.add(session, args.badge, args.name, Role(args.role), pin)
                print(f"added {user.badge} ({user.name}, {user.role.value})", file=out)
            elif args.action == "role":
                user = admin.set_role(session, args.badge, Role(args.role))
                print(f"{user.badge} is now {user.role.value}", file=out)
            elif args.action == "badge-card":
                cards = [admin.badge_card(session, badge) for badge in args.badge]
                args.out.parent.mkdir(parents=True, exist_ok=True)
                args.out.write_bytes(badge_cards_pdf(cards))
                print(f"{args.out}: {counted(len(cards), 'badge card')}", file=out)
            elif args.action == "deactivate":
                user = admin.deactivate(session, args.badge)
                print(f"{user.badge} deactivated", file=out)
            else:
                user = admin.reset_pin(session, args.badge, read_pin(f"new PIN for {args.badge}: "))
                print(f"{user.badge}: PIN reset", file=out)
        except DeskError as exc:
            print(f"receiving-desk admin: {_say(exc)}", file=err)
            return 1
        except (RulesFileError, ConfigError) as exc:
            print(exc, file=err)
            return 1
        except DBAPIError as exc:  # the central database refused or cannot be reached
            assert central is not None
            print(f"receiving-desk admin: {masked(central.url)}: "
                  f"{scrub(str(exc.orig), central.url)}", file=err)  # fmt: skip
            return 1
        except CentralPasswordError as exc:  # the password file cannot be used (says why)
            assert central is not None
            print(f"receiving-desk admin: {masked(central.url)}: {exc}", file=err)
            return 1
        finally:
            if central is not None:
                central.dispose()
    finally:
        engine.dispose()
    return 0


def _loaded_line(loaded: RulesLoaded, central: Engine | None) -> str:
    version = loaded.rules.version
    if central is None:
        return f"rules {version} in force from {loaded.installed}"
    if loaded.unchanged:
        return f"rules {version}: already the site's rules file in {masked(central.url)}"
    return (
        f"rules {version} loaded in {masked(central.url)}: every desk of the site installs "
        "them at its next pull"
    )


def _unscannable(args: argparse.Namespace, config: StationConfig) -> UnscannableCode | None:
    """A new badge or bin the site's [barcodes] patterns would not let the desk scan."""
    if args.area == "users" and args.action == "add":
        return problem(CodeKind.BADGE, args.badge, config.patterns)
    if args.area == "bins" and args.action == "add":
        return problem(CodeKind.BIN, args.code, config.patterns)
    return None


def _central_engine(args: argparse.Namespace, config: StationConfig) -> Engine | None:
    """Users, bins and the rules file are changed centrally on a desk with central settings
    (every desk pulls them), standalone in the local store and this desk's files."""
    if args.central_url:
        return create_central_engine(make_url(args.central_url).set(drivername=DRIVER))
    if config.central.standalone:
        return None
    url = build_url(config.central, config.station_id, with_password=False)
    return create_central_engine(url, password=password_source(config.central, url))


def _say(exc: DeskError) -> str:
    if exc.code is ErrorCode.BAD_CREDENTIALS:
        return "badge or PIN not accepted"
    if exc.code is ErrorCode.ACCOUNT_LOCKED:
        return f"badge locked after failed PINs until {exc.params['until']:%H:%M} UTC"
    if exc.code is ErrorCode.PERMISSION_DENIED:
        return f"not allowed for the role {exc.params['role']} (users are managed by an admin)"
    if exc.code is ErrorCode.INVALID_SETTING:
        return str(exc.params["reason"])
    return str(exc)
