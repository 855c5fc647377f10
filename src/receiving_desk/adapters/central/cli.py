"""`receiving-desk central ...` (administration of the central schema) and `receiving-desk
sync` (one sync from the command line, with progress). cli.py dispatches to these."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from typing import Any, TextIO

from sqlalchemy import URL, create_engine, make_url
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central.connection import (
    DRIVER,
    CentralPasswordError,
    CentralSettings,
    build_url,
    create_central_engine,
    masked,
    scrub,
)
from receiving_desk.adapters.central.roles import desk_role_sql
from receiving_desk.adapters.central.runner import SyncRunner
from receiving_desk.domain.barcodes.site_codes import UnscannableCodesError


def _admin_url(url: str) -> URL:
    return make_url(url).set(drivername=DRIVER)


def central_cli(argv: list[str], out: TextIO = sys.stdout) -> int:
    from receiving_desk.adapters.central.relay import cli as relay_cli

    if argv[:1] and argv[0] in relay_cli.COMMANDS:  # the relay and its administration
        return relay_cli.relay_cli(argv, out)
    parser = argparse.ArgumentParser(
        prog="receiving-desk central",
        epilog="also: relay, endpoints, dead-letters, sites (see docs/webhooks.md)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("upgrade", "create or upgrade the schema"), ("status", "show revision")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--url", required=True, help="postgresql://user@host/db (schema owner)")
    roles = sub.add_parser("role-sql", help="print the SQL creating the desks' role")
    roles.add_argument("--group", default="receiving_desk")
    roles.add_argument("--database", required=True)
    roles.add_argument("--login", help="also create this desk's login role")
    roles.add_argument("--station", help="the station id the login is (with --login)")
    roles.add_argument("--site", help="the site whose reference data the desk reads (with --login)")
    args = parser.parse_args(argv)
    if args.command == "role-sql":
        if args.login and not args.station:
            parser.error("--login needs --station (the station id that login is)")
        if args.login and not args.site:
            parser.error("--login needs --site (a desk reads its site's data, never all sites')")
        found = desk_role_sql(args.group, args.database, args.login, args.station, args.site)
        for statement in found:
            print(f"{statement.as_string(None)};", file=out)
        return 0
    url = _admin_url(args.url)
    engine = create_engine(url)
    try:
        if args.command == "upgrade":
            migrate.upgrade(engine)
        current = ", ".join(migrate.current_revisions(engine)) or "none"
        print(
            f"{masked(url)}: revision {current} (latest {', '.join(migrate.head_revisions())})",
            file=out,
        )
    except DBAPIError as exc:
        print(f"receiving-desk: {masked(url)}: {scrub(str(exc.orig), url)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def settings_for(config: Any) -> CentralSettings:
    """The station's [central] settings (the config's `central`, from its [central] table)."""
    found = getattr(config, "central", None)
    return found if isinstance(found, CentralSettings) else CentralSettings()


class _Progress:
    def __init__(self, out: TextIO, every_s: float = 0.5) -> None:
        self._out, self._every = out, every_s
        self._start = self._last = time.monotonic()

    def push(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= self._every or done >= total:
            rate = done / max(now - self._start, 1e-6)
            print(
                f"pushed {done}/{total} ({100 * done // max(total, 1)}%, {rate:.0f}/s)",
                file=self._out,
                flush=True,
            )
            self._last = now

    def pull(self, table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if total and (now - self._last >= self._every or done >= total):
            print(f"pulled {done}/{total} reference rows", file=self._out, flush=True)
            self._last = now


def sync_cli(argv: list[str], config: Any, out: TextIO = sys.stdout) -> int:
    """One sync: push the whole backlog, then pull reference data. Exit 0 when both worked."""
    from receiving_desk.adapters.store import migrate as store_migrate
    from receiving_desk.adapters.store.engine import create_store_engine
    from receiving_desk.services.clock import SystemClock

    parser = argparse.ArgumentParser(prog="receiving-desk sync")
    parser.add_argument("--url", help="central database URL (overrides [central] url)")
    parser.add_argument("--batch", type=int, help="messages per push transaction")
    parser.add_argument("--push-only", action="store_true")
    args = parser.parse_args(argv)
    settings = settings_for(config)
    if args.url:
        settings = replace(settings, url=args.url)
    if settings.standalone:
        print(
            "receiving-desk: standalone: no central database configured ([central] url)",
            file=sys.stderr,
        )
        return 2
    try:
        url = build_url(settings, config.station_id)
    except CentralPasswordError as exc:
        print(f"receiving-desk: {exc}", file=sys.stderr)
        return 2
    local = create_store_engine(config.database_path)
    central = create_central_engine(url)
    progress = _Progress(out)
    try:
        store_migrate.upgrade(local)
        runner = SyncRunner(
            local,
            central,
            config.station_id,
            SystemClock(),
            args.batch or settings.batch_size,
            patterns=config.patterns,
        )
        print(
            f"syncing {config.station_id} with {masked(url)}: {runner.backlog().count} to push",
            file=out,
            flush=True,
        )
        pushed = runner.push_all(progress=progress.push)
        pulled = 0 if args.push_only else runner.pull(progress=progress.pull).rows
        print(f"done: {pushed} pushed, {pulled} reference rows pulled", file=out)
        return 0
    except UnscannableCodesError as exc:  # the pull rolled back: the desk keeps what it had
        print(f"receiving-desk: {exc}", file=sys.stderr)
        return 1
    except DBAPIError as exc:
        print(
            f"receiving-desk: sync with {masked(url)} failed: {scrub(str(exc.orig), url)}",
            file=sys.stderr,
        )
        return 1
    finally:
        central.dispose()
        local.dispose()
