"""`receiving-desk evidence`: make an evidence pack of a return, or verify a copy of one.

    receiving-desk evidence make --rma RMA-2026-000123 [--out DIR]
    receiving-desk evidence make --receipt RECEIPT-ID [--out DIR]
    receiving-desk evidence verify FILE [--central-url URL]   (the pack's PDF or ZIP)

`verify` exits 0 when the file is a recorded pack, unaltered (every photo in a ZIP too), and
1 with a line per problem otherwise.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from sqlalchemy import Engine

from receiving_desk.adapters.evidence.facts import find_receipt
from receiving_desk.adapters.evidence.pack import make_pack
from receiving_desk.adapters.evidence.verify import central_lookup, store_lookup, verify_file
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError
from receiving_desk.domain.weights import WeightPolicy
from receiving_desk.services.clock import SystemClock


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="receiving-desk evidence")
    sub = parser.add_subparsers(dest="action", required=True)
    make = sub.add_parser("make", help="make a return's evidence pack (PDF and ZIP)")
    which = make.add_mutually_exclusive_group(required=True)
    which.add_argument("--rma", help="the return's RMA number (its latest receipt)")
    which.add_argument("--receipt", help="the receipt's id")
    make.add_argument("--out", type=Path, default=Path("."), help="folder for the two files")
    verify = sub.add_parser("verify", help="check a pack's PDF or ZIP against its record")
    verify.add_argument("file", type=Path)
    verify.add_argument("--central-url", help="check against the central database's record as well")
    return parser


def evidence_cli(argv: list[str], config: StationConfig) -> int:
    args = _parser().parse_args(argv)
    migrate.refuse_newer(config.database_path)
    engine = create_store_engine(config.database_path)
    try:
        migrate.upgrade(engine)
        if args.action == "make":
            return _make(engine, config, args)
        return _verify(engine, args.file, args.central_url)
    finally:
        engine.dispose()


def _make(engine: Engine, config: StationConfig, args: argparse.Namespace) -> int:
    try:
        with engine.connect() as conn:
            receipt_id = find_receipt(conn, rma=args.rma, receipt_id=args.receipt)
    except DeskError:
        print(f"no return found for {args.rma or args.receipt}", file=sys.stderr)
        return 2
    made = make_pack(
        engine, receipt_id, out_dir=args.out, photo_dir=config.photo_dir,
        patterns=config.patterns, clock=SystemClock(), station_id=config.station_id,
        made_by=None, language=config.number_locale, weights=_weights(config),
    )  # fmt: skip
    print(f"evidence pack {made.pack_id} of receipt {receipt_id} (made by {getpass.getuser()})")
    print(f"  {made.pdf}  SHA-256 {made.pdf_sha256}")
    print(f"  {made.zip}  SHA-256 {made.zip_sha256}")
    print(f"  {len(made.photos)} photo(s) hashed; recorded in the store and the outbox")
    return 0


def _weights(config: StationConfig) -> WeightPolicy:
    """The station's rules' [weights] (the bundled rules when the station names none)."""
    from receiving_desk.domain.rules_file import load_rules
    from receiving_desk.resources import resource

    return load_rules(config.rules_file or resource("rules", "returns.toml")).weights


def _verify(engine: Engine, path: Path, central_url: str | None) -> int:
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    verdicts = [("this desk's store", verify_file(path, *store_lookup(engine)))]
    if central_url:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        url = make_url(central_url)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        central = create_engine(url, pool_pre_ping=True)
        try:
            verdicts.append(("the central database", verify_file(path, *central_lookup(central))))
        finally:
            central.dispose()
    failed = 0
    for where, verdict in verdicts:
        if verdict.ok:
            print(f"{path.name}: OK against {where} — evidence pack {verdict.pack_id} of "
                  f"receipt {verdict.receipt_id}, unaltered")  # fmt: skip
            continue
        failed = 1
        for problem in verdict.problems:
            print(f"FAILED against {where}: {problem}", file=sys.stderr)
    return failed
