"""`receiving-desk central relay | endpoints ... | dead-letters ... | sites ...`.

The database URL comes from --url or the environment variable RECEIVING_DESK_RELAY_URL; the
password from the URL, PGPASSWORD or ~/.pgpass (libpq). Secrets are printed once, on stdout,
never logged; give your own with --secret-stdin.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import signal
import sys
import threading
from datetime import timedelta
from typing import Any, TextIO

import psycopg
from sqlalchemy import make_url

from receiving_desk.adapters.central.connection import masked, scrub
from receiving_desk.adapters.central.relay import admin
from receiving_desk.adapters.central.relay.history import EventHistory
from receiving_desk.adapters.central.relay.model import KINDS, Sender
from receiving_desk.adapters.central.relay.relay import Relay, RelaySettings
from receiving_desk.adapters.central.relay.roles import relay_role_sql
from receiving_desk.adapters.central.relay.shopify import ShopifySender
from receiving_desk.adapters.central.relay.transport import Transport
from receiving_desk.adapters.central.relay.webhook import WebhookSender

COMMANDS = ("relay", "endpoints", "dead-letters", "sites", "relay-role-sql")
ENV_URL = "RECEIVING_DESK_RELAY_URL"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default=os.environ.get(ENV_URL), help=f"database URL (${ENV_URL})")
    parser.add_argument("--by", default=None, help="who does this, for the audit (OS user)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="receiving-desk central")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("relay", help="deliver status events to the endpoints (a service)")
    _common(run)
    run.add_argument("--id", help="this relay's name in the attempts log (host:pid)")
    run.add_argument("--workers", type=int, default=16, help="streams delivered at once")
    run.add_argument("--poll", type=float, default=1.0, help="seconds between polls")
    run.add_argument("--once", action="store_true", help="deliver what is due, then exit")
    ep = sub.add_parser("endpoints", help="manage delivery endpoints").add_subparsers(
        dest="action", required=True
    )
    add = ep.add_parser("add", help="add an endpoint (prints its signing secret once)")
    _common(add)
    add.add_argument("name")
    add.add_argument("--target", required=True, help="the endpoint's https:// URL")
    add.add_argument("--kind", choices=KINDS, default="webhook")
    add.add_argument("--event", action="append", default=[], help="event type (repeat; all)")
    add.add_argument("--site", action="append", default=[], help="site (repeat; all)")
    add.add_argument("--max-attempts", type=int, default=12)
    add.add_argument("--backoff-base", type=float, default=1.0, help="seconds")
    add.add_argument("--backoff-cap", type=float, default=300.0, help="seconds")
    add.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    add.add_argument("--concurrency", type=int, default=8, help="returns in flight per relay")
    add.add_argument("--config", action="append", default=[], help="KEY=VALUE (platforms)")
    add.add_argument("--secret-stdin", action="store_true", help="read the secret from stdin")
    for name, text in (("list", "endpoints with backlog and health"),):
        _common(ep.add_parser(name, help=text))
    for name, text in (("disable", "stop new deliveries"), ("enable", "resume")):
        cmd = ep.add_parser(name, help=text)
        _common(cmd)
        cmd.add_argument("name")
    rotate = ep.add_parser("rotate-secret", help="new secret; the old one signs on meanwhile")
    _common(rotate)
    rotate.add_argument("name")
    rotate.add_argument("--overlap-hours", type=float, default=24.0)
    rotate.add_argument("--secret-stdin", action="store_true")
    dl = sub.add_parser("dead-letters", help="events an endpoint refused").add_subparsers(
        dest="action", required=True
    )
    lst = dl.add_parser("list")
    _common(lst)
    lst.add_argument("--endpoint")
    for name, text in (("redrive", "deliver again"), ("discard", "give up, go on")):
        cmd = dl.add_parser(name, help=text)
        _common(cmd)
        cmd.add_argument("ids", type=int, nargs="+", metavar="ID")
        if name == "discard":
            cmd.add_argument("--reason", required=True)
    role = sub.add_parser("relay-role-sql", help="print the SQL creating the relay's role")
    role.add_argument("--role", default="receiving_desk_relay")
    role.add_argument("--database", required=True)
    sites = sub.add_parser("sites", help="which site each desk belongs to").add_subparsers(
        dest="action", required=True
    )
    assign = sites.add_parser("assign")
    _common(assign)
    assign.add_argument("site")
    assign.add_argument("desks", nargs="+", metavar="DESK")
    return parser


def conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def senders(info: str) -> dict[str, Sender]:
    """One sender per endpoint kind (each with its own kept-alive connections)."""
    return {
        "webhook": WebhookSender(Transport()),
        "shopify": ShopifySender(Transport(), EventHistory(info)),
    }


def relay_cli(argv: list[str], out: TextIO = sys.stdout, stdin: TextIO = sys.stdin) -> int:
    args = _parser().parse_args(argv)
    if args.command == "relay-role-sql":
        for statement in relay_role_sql(args.role, args.database):
            print(f"{statement.as_string(None)};", file=out)
        return 0
    if not args.url:
        print(f"receiving-desk: no database URL (--url or ${ENV_URL})", file=sys.stderr)
        return 2
    actor = args.by or getpass.getuser()
    try:
        if args.command == "relay":
            return _run(args)
        with psycopg.connect(conninfo(args.url), autocommit=True) as conn:
            return _manage(conn, args, actor, out, stdin)
    except admin.RelayAdminError as exc:
        print(f"receiving-desk: {exc}", file=sys.stderr)
        return 2
    except psycopg.Error as exc:
        url = make_url(args.url)
        print(f"receiving-desk: {masked(url)}: {scrub(str(exc), url)}", file=sys.stderr)
        return 1


def _secret(stdin: TextIO, wanted: bool) -> str | None:
    return stdin.readline().strip() or None if wanted else None


def _manage(
    conn: psycopg.Connection[Any], args: argparse.Namespace, actor: str, out: TextIO, stdin: TextIO
) -> int:
    if args.command == "endpoints" and args.action == "add":
        if args.kind == "shopify" and not args.secret_stdin:
            raise admin.RelayAdminError("a shopify endpoint needs its access token: --secret-stdin")
        config = dict(item.split("=", 1) for item in args.config if "=" in item)
        spec = admin.EndpointSpec(
            args.name,
            args.kind,
            args.target,
            tuple(args.event),
            tuple(args.site),
            args.max_attempts,
            args.backoff_base,
            args.backoff_cap,
            args.timeout,
            args.concurrency,
            config,
        )
        secret = admin.add_endpoint(conn, spec, actor, _secret(stdin, args.secret_stdin))
        if args.kind == "webhook":
            print(f"endpoint {args.name} added; signing secret (shown once): {secret}", file=out)
        else:
            print(f"endpoint {args.name} added with its access token", file=out)
    elif args.command == "endpoints" and args.action == "list":
        for e in admin.list_endpoints(conn):
            state = "enabled" if e.enabled else "disabled"
            health = f"failing x{e.failures} until {e.retry_at:%H:%M:%S}" if e.failures else "ok"
            print(
                f"{e.id}\t{e.kind}\t{state}\t{e.url}\tevents={','.join(e.event_types) or '*'}"
                f"\tsites={','.join(e.sites) or '*'}\tpending={e.pending}\tdead={e.dead}"
                f"\tsecrets={e.secrets}\t{health}",
                file=out,
            )
    elif args.command == "endpoints" and args.action in ("disable", "enable"):
        admin.set_enabled(conn, args.name, args.action == "enable", actor)
        print(f"endpoint {args.name} {args.action}d", file=out)
    elif args.command == "endpoints":
        overlap = timedelta(hours=args.overlap_hours)
        secret = admin.rotate_secret(
            conn, args.name, actor, overlap, _secret(stdin, args.secret_stdin)
        )
        print(
            f"endpoint {args.name}: new signing secret (shown once): {secret}; the previous "
            f"one signs too for {args.overlap_hours:g} h",
            file=out,
        )
    elif args.command == "dead-letters" and args.action == "list":
        for d in admin.dead_letters(conn, args.endpoint):
            print(
                f"{d.delivery_id}\t{d.endpoint_id}\t{d.return_key}#{d.return_seq}\t{d.event_type}"
                f"\tattempts={d.attempts}\tstatus={d.last_status}\twaiting={d.waiting_behind}"
                f"\t{d.dead_at:%Y-%m-%d %H:%M:%S}\t{d.last_error or ''}",
                file=out,
            )
    elif args.command == "dead-letters" and args.action == "redrive":
        print(f"{admin.redrive(conn, args.ids, actor)} dead letters re-driven", file=out)
    elif args.command == "dead-letters":
        print(f"{admin.discard(conn, args.ids, actor, args.reason)} discarded", file=out)
    else:
        admin.assign_site(conn, args.site, args.desks, actor)
        print(f"site {args.site}: {', '.join(args.desks)}", file=out)
    return 0


def _run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    settings = RelaySettings(workers=args.workers, poll_s=args.poll)
    info = conninfo(args.url)
    with Relay(info, senders(info), settings, args.id) as relay:
        if args.once:
            attempts = relay.drain()
            print(f"{relay.delivered} delivered, {relay.failed} failed ({attempts} attempts)")
            return 0
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        logging.getLogger(__name__).info(
            "relay %s started on %s", relay.id, masked(make_url(args.url))
        )
        relay.run(stop)
        logging.getLogger(__name__).info(
            "relay %s stopped: %s delivered", relay.id, relay.delivered
        )
    return 0
