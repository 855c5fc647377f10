"""Command-line entry points: `receiving-desk [gui|demo|db upgrade|scanner-sim] ...`."""

from __future__ import annotations

import argparse
import locale
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from receiving_desk import __version__
from receiving_desk.config import (
    APP_NAME,
    ConfigError,
    SiteCodesError,
    StationConfig,
    load_config,
    written_language,
)
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.logging_setup import setup_logging
from receiving_desk.private_files import restrict_new_files
from receiving_desk.services.start_refusal import StartRefusal, StartRefused

if TYPE_CHECKING:
    from receiving_desk.adapters.scanners.simulator import VirtualScanner
    from receiving_desk.bootstrap import Services
    from receiving_desk.services.app_ports import DeskApp

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="receiving-desk", description="Returns receiving desk")
    parser.add_argument("--config", type=Path, help="station configuration file (TOML)")
    parser.add_argument("--data-dir", type=Path, help="local store directory")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation headless (resources, fonts, translations, window) and exit",
    )
    sub = parser.add_subparsers(dest="command")
    gui = sub.add_parser("gui", help="start the desk (the default)")
    gui.add_argument(
        "--quit-after-start",
        action="store_true",
        help="quit once the window is ready, printing when (monotonic clock) and the memory used",
    )
    demo = sub.add_parser("demo", help="create a fresh demo store and open the desk on it")
    demo.add_argument("--no-gui", action="store_true", help="only create the demo store")
    demo.add_argument(
        "--keep", action="store_true", help="reopen the demo store as it was (no fresh data)"
    )
    db = sub.add_parser("db", help="local store maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply the local store's migrations")
    db_sub.add_parser("status", help="show the store's schema revision")
    backup = db_sub.add_parser("backup", help="back up the store and its photos (online)")
    backup.add_argument("--to", type=Path, help="backup folder (default: [backup] dir)")
    restore = db_sub.add_parser("restore", help="replace the store by a backup (desk closed)")
    restore.add_argument("file", type=Path, help="a backup .zip made by `db backup`")
    db_sub.add_parser("check", help="integrity, foreign keys, sync and print backlogs")
    sheet = sub.add_parser("command-sheet", help="print the command barcodes as a PDF sheet")
    sheet.add_argument("--out", type=Path, default=Path("command-sheet.pdf"))
    sheet.add_argument("--page", choices=["A4", "letter"], default="A4")
    sub.add_parser("scanner-sim", help="virtual serial scanner (see --help)", add_help=False)
    sub.add_parser("scale-sim", help="virtual serial bench scale (see --help)", add_help=False)
    sub.add_parser("central", help="central database administration (see --help)", add_help=False)
    sub.add_parser("sync", help="push the outbox and pull reference data once (see --help)")
    sub.add_parser(
        "report", help="shift or date-range report as PDF or CSV (see --help)", add_help=False
    )
    sub.add_parser(
        "admin", help="users: add, role, deactivate, reset-pin (see --help)", add_help=False
    )
    sub.add_parser("setup", help="set up this desk without a screen (see --help)", add_help=False)
    sub.add_parser(
        "evidence", help="make or verify a return's evidence pack (see --help)", add_help=False
    )
    _import_arguments(sub.add_parser("import", help="reference data from a CSV or shop export"))
    return parser


def _config(args: argparse.Namespace) -> StationConfig:
    return load_config(args.config, args.data_dir)


# Here, not beside the import command: building the parser must not load its writers (the
# central one brings psycopg), since every start of the desk builds it.
def _import_arguments(parser: argparse.ArgumentParser) -> None:
    from receiving_desk.domain.reference_kinds import Kind

    parser.add_argument("kind", choices=[k.value for k in Kind])
    parser.add_argument("file", type=Path, help="CSV (see docs/import.md) or a Shopify export")
    parser.add_argument("--central-url", help="import into this central database instead")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows, report the others"
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["scanner-sim"]:
        from receiving_desk.adapters.scanners.simulator import run_cli

        return run_cli(argv[1:])
    if argv[:1] == ["scale-sim"]:
        from receiving_desk.adapters.scales.simulator import run_cli as scale_sim

        return scale_sim(argv[1:])
    if argv[:1] == ["central"]:
        from receiving_desk.adapters.central.cli import central_cli

        return central_cli(argv[1:])
    args, extra = _parser().parse_known_args(argv)
    if extra and args.command not in ("sync", "report", "admin", "setup", "evidence"):
        _parser().error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        if args.command == "setup" and args.config is not None and not args.config.exists():
            # setup writes the station file named: it need not exist yet
            config = replace(load_config(None, args.data_dir), source=args.config)
        elif _first_run(args):  # the setup flow on screen writes the station file named
            config = replace(load_config(None, args.data_dir), source=args.config)
        else:
            config = _config(args)
    except ConfigError as exc:
        window = args.command in (None, "gui") or (args.command == "demo" and not args.no_gui)
        # the settings are not in force: say it in the language the file asks for, if readable
        refusal = StartRefusal("settings", str(exc), where=exc.located)
        return _refuse(refusal, written_language(exc.path), window)
    if args.command == "demo":  # a station of its own, whatever the real one is
        from receiving_desk.adapters.demo_station import demo_config

        demo_dir = args.data_dir or Path(platformdirs.user_data_dir(APP_NAME)) / "demo"
        config = demo_config(config, demo_dir)
    restrict_new_files()  # store, WAL, logs, photos, backups: the desk user's alone
    setup_logging(config.log_dir)
    if args.self_test:
        from receiving_desk.gui.self_test import run_self_test
        from receiving_desk.self_check import scratch_demo_app

        return run_self_test(config, scratch_demo_app)
    if args.command == "sync":
        from receiving_desk.adapters.central.cli import sync_cli

        return sync_cli(extra, config)
    if args.command == "report":
        from receiving_desk.adapters.reports.cli import report_cli

        return report_cli(extra, config)
    if args.command == "setup":
        from receiving_desk.adapters.setup_cli import setup_cli

        return setup_cli(extra, config)
    if args.command == "admin":
        from receiving_desk.adapters.admin_cli import admin_cli

        return admin_cli(extra, config)
    if args.command == "evidence":
        from receiving_desk.adapters.evidence.cli import evidence_cli

        return evidence_cli(extra, config)
    if args.command == "import":
        from receiving_desk.adapters.imports.cli import run_import
        from receiving_desk.bootstrap import default_rules_path

        return run_import(args, config, config.rules_file or default_rules_path())
    if args.command == "command-sheet":
        return _command_sheet(config, args.out, args.page)
    if args.command == "db":
        return _db_maintenance(config, args)
    try:
        if args.command == "demo":
            from receiving_desk.adapters.backup.lock import DeskRunningError
            from receiving_desk.adapters.demo_station import NotADemoFolderError, check_demo_folder

            try:
                check_demo_folder(config.data_dir)  # not even opened with --keep
                if not (args.keep and config.database_path.exists()):
                    _create_demo(config)
            except (DeskRunningError, NotADemoFolderError) as exc:
                print(f"receiving-desk: {exc}", file=sys.stderr)
                return 2
            if args.no_gui:
                return 0
            return _demo_gui(config)
        return _gui(config, quit_after_start=getattr(args, "quit_after_start", False))
    except ConfigError as exc:  # found while building the desk (e.g. a [printers] entry)
        window = args.command != "demo" or not args.no_gui
        return _refuse(_settings_refusal(exc), config.language, window)
    except RulesFileError as exc:  # the station's rules_file, read when the desk is built
        window = args.command != "demo" or not args.no_gui
        return _refuse(_rules_refusal(exc), config.language, window)


def _rules_refusal(exc: RulesFileError) -> StartRefusal:
    """The station's rules_file, read while the desk is built."""
    return StartRefusal("rules", str(exc), where=exc.located)


def _settings_refusal(exc: ConfigError) -> StartRefusal:
    """The station file, or codes in the store its [barcodes] patterns would not scan."""
    if isinstance(exc, SiteCodesError):
        from receiving_desk.domain.barcodes.site_codes import refusal_params  # (the interpreter)

        return StartRefusal("site_code", str(exc), refusal_params(exc.problems), exc.located)
    return StartRefusal("settings", str(exc), where=exc.located)


def _first_run(args: argparse.Namespace) -> bool:
    """The desk started with a station file that does not exist yet on a data folder with no
    store: a new desk (anything else with a missing file is a mistake, and refused)."""
    if args.command not in (None, "gui") or args.config is None or args.config.exists():
        return False
    return not load_config(None, args.data_dir).database_path.exists()


def _refuse(refusal: StartRefusal, language: str, window: bool = True) -> int:
    """The desk cannot start: one line, and a dialog when a window was wanted."""
    _say(refusal)
    if window:
        from receiving_desk.gui.start_error import show_start_error

        show_start_error(refusal, language)
    return 2


def _say(refusal: StartRefusal) -> None:
    print(f"receiving-desk: {refusal.problem}", file=sys.stderr)


def _db_maintenance(config: StationConfig, args: argparse.Namespace) -> int:
    from receiving_desk.adapters.backup import cli

    if args.db_command == "backup":
        return cli.backup_cli(config, args.to)
    if args.db_command == "restore":
        return cli.restore_cli(config, args.file)
    if args.db_command == "check":
        return cli.check_cli(config)
    return _db(config, args.db_command)


def _db(config: StationConfig, command: str) -> int:
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from receiving_desk.adapters.store import migrate
    from receiving_desk.adapters.store.engine import create_store_engine

    try:
        migrate.refuse_newer(config.database_path)
        engine = create_store_engine(config.database_path)
        try:
            if command == "upgrade":
                migrate.upgrade(engine)
            print(
                f"{config.database_path}: revision {', '.join(migrate.current_revisions(engine))} "
                f"(latest {', '.join(migrate.head_revisions())})"
            )
        finally:
            engine.dispose()
    except migrate.StoreTooNewError as exc:
        print(f"receiving-desk: {exc}", file=sys.stderr)
        return 2
    except (sqlite3.Error, DBAPIError, OSError) as exc:  # not a store, a read-only folder, ...
        problem = exc.orig if isinstance(exc, DBAPIError) else exc
        print(
            f"receiving-desk: {config.database_path}: {command} failed: {problem}", file=sys.stderr
        )
        return 1
    return 0


def _command_sheet(config: StationConfig, out: Path, page: str) -> int:
    from receiving_desk.adapters.catalogue import Catalogue
    from receiving_desk.adapters.printing import render_command_sheet_pdf
    from receiving_desk.bootstrap import default_rules_path
    from receiving_desk.domain.rules_file import load_rules
    from receiving_desk.services.commands import TITLE, catalogue

    # In the station's language, like its screen (the system's if the station names none).
    language = config.language or locale.getlocale()[0] or ""
    texts = Catalogue(language)

    def tr(text: str) -> str:
        return texts.text("Commands", text)

    rules = load_rules(config.rules_file or default_rules_path())
    commands = catalogue(rules, tr, texts.language)
    out.write_bytes(render_command_sheet_pdf(commands, page=page, title=tr(TITLE)))
    print(f"{out}: {len(commands)} command barcodes")
    return 0


def _create_demo(config: StationConfig) -> None:
    from receiving_desk.adapters.backup.lock import DeskLock
    from receiving_desk.adapters.demo_station import check_demo_folder, mark_demo_folder
    from receiving_desk.bootstrap import bootstrap
    from receiving_desk.services.demo_data import load_demo_data

    check_demo_folder(config.data_dir)  # never wipe a real store
    DeskLock(config.data_dir).acquire().release()  # never wipe a store a desk has open
    for suffix in ("", "-wal", "-shm"):
        Path(f"{config.database_path}{suffix}").unlink(missing_ok=True)
    mark_demo_folder(config.data_dir)
    services = bootstrap(config)
    try:
        counts = load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    finally:
        services.close()
    print(
        f"demo store at {config.database_path}: " + ", ".join(f"{v} {k}" for k, v in counts.items())
    )


def _gui(
    config: StationConfig,
    demo_scanner: VirtualScanner | None = None,
    quit_after_start: bool = False,
) -> int:
    from receiving_desk.adapters.backup.lock import (
        DataDirUnusableError,
        DeskLock,
        DeskRunningError,
    )
    from receiving_desk.gui.app import run_gui

    try:
        lock = DeskLock(config.data_dir).acquire()  # held while the desk runs (see db restore)
    except DeskRunningError as exc:
        params = {"data_dir": str(exc.data_dir), "process": str(exc.holder or "?")}
        return _refuse(StartRefusal("already_running", str(exc), params), config.language)
    except DataDirUnusableError as exc:
        params = {"data_dir": str(exc.data_dir), "reason": exc.reason}
        return _refuse(StartRefusal("data_dir_unusable", str(exc), params), config.language)
    opened: list[Services] = []

    def open_desk() -> DeskApp:
        """On the store executor, once the first screen is painted: the store, its schema
        revision, the services (their imports too: the first screen needs none of them)."""
        from receiving_desk.adapters.store.migrate import StoreTooNewError
        from receiving_desk.bootstrap import bootstrap

        try:
            services = bootstrap(config)
        except StoreTooNewError as exc:
            params = {"path": str(exc.path), "revisions": ", ".join(exc.unknown)}
            refusal = StartRefusal("store_too_new", str(exc), params)
        except ConfigError as exc:  # found while building the desk (e.g. a [printers] entry)
            refusal = _settings_refusal(exc)
        except RulesFileError as exc:  # the station's rules_file, read when the desk is built
            refusal = _rules_refusal(exc)
        else:
            opened.append(services)
            return services.desk_app(demo_scanner)
        _say(refusal)
        raise StartRefused(refusal)

    try:
        return run_gui(config, open_desk, quit_after_start)
    finally:
        for services in opened:  # (the store executor has finished: run_gui waited for it)
            services.close()
        lock.release()


def _demo_gui(config: StationConfig) -> int:
    """The demo runs with a simulated serial scanner (a pty) the desk reads like a real one."""
    from receiving_desk.adapters.scanners import ScannerPortConfig
    from receiving_desk.adapters.scanners.simulator import VirtualScanner

    if sys.platform == "win32":
        return _gui(config)
    link = config.data_dir / "demo-scanner"
    with VirtualScanner(link=link) as scanner:
        if not config.scanners:
            simulated = ScannerPortConfig(name="demo-scanner", port=str(link))
            config = replace(config, scanners=(simulated,))
        print(f"simulated scanner on {scanner.port_path} (link {link})")
        return _gui(config, scanner)


if __name__ == "__main__":
    sys.exit(main())
