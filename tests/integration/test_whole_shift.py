"""A whole shift in the test suite: the real desk process (tests/integration/desk_runner.py)
driven only by a pty scanner through about 60 scripted returns (tests/integration/whole_shift.py),
labels to a TCP Zebra simulator answering ~HS, the central database a real PostgreSQL database
loaded by the project's own commands (`import --central-url`; `setup`, then `admin users add
--central-url` for the users: no SQL of the test's own) and reached through the desk role that
`central role-sql --station` prints (row-level security), through a TCP proxy the test cuts
mid-shift; the desk SIGKILLed twice at seeded points and restarted. At the end every figure is
compared exactly with the script's own tally."""

from __future__ import annotations

import io
import os
import random
import signal
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import URL, Engine, func, select, text

from receiving_desk.adapters.central.cli import central_cli
from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.reports import open_local_source, source_for_engine
from receiving_desk.adapters.reports.queries import SqlReportSource
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.print_tables import print_jobs
from receiving_desk.cli import main as desk_cli
from receiving_desk.domain.shifts import Period
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.report_model import ReportFilter
from receiving_desk.services.reports import run_report
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import TcpProxy, admin_connect, libpq
from tests.integration.kill_seams import SCANNER_SETTINGS, DeskDied, DeskProcess
from tests.integration.printer_fixtures import FakeZebra, fields
from tests.integration.whole_shift import (
    DESTINATION,
    STAGING,
    STATION,
    Shift,
    Step,
    build_shift,
    write_reference_files,
)
from tests.seed import CLERK, SUPERVISOR

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
SEED = 20261202
# Where the two kills land: the n-th grade committed by the first process, the n-th unit
# recorded by the second (fault points, so a replay of the seed kills at the same scan).
rng = random.Random(SEED)
KILLS = (f"after_grade_commit@{rng.randint(8, 30)}", f"after_unit_recorded@{rng.randint(10, 30)}")


@pytest.fixture
def desk_login(central_url: URL) -> Iterator[URL]:
    """The desk's own login, made by the statements `central role-sql --station` prints;
    roles are cluster-wide: dropped after."""
    suffix = uuid.uuid4().hex[:8]
    group, login = f"rd_desks_{suffix}", f"rd_desk_{suffix}"
    out = io.StringIO()
    argv = ["role-sql", "--group", group, "--database", str(central_url.database),
            "--login", login, "--station", STATION, "--site", "Returns dock"]  # fmt: skip
    assert central_cli(argv, out) == 0
    with admin_connect(central_url) as conn:
        for statement in out.getvalue().splitlines():
            conn.execute(statement)
    try:
        yield central_url.set(username=login, password=None)
    finally:
        with admin_connect(central_url) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (login,),
            )
            for role in (login, group):
                conn.execute(f'DROP OWNED BY "{role}"')
                conn.execute(f'DROP ROLE "{role}"')


ADMIN = ("BADGE-A900", "909090", "Site Admin")  # the site's first admin, made by `setup`


def load_central(central: URL, shift: Shift, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Central from nothing, by the project's own commands only: the reference files through
    `import --central-url`; the site's first admin by `setup` (with the site's pepper), who
    then adds the clerk and the supervisor centrally by `admin users add --central-url`
    (PINs hashed with that pepper, each addition audited centrally)."""
    url = central.render_as_string(hide_password=False)
    cli = ["--data-dir", str(tmp / "cli")]
    for kind, path in write_reference_files(tmp / "import", shift, datetime.now(UTC)):
        assert desk_cli([*cli, "import", kind, str(path), "--central-url", url]) == 0, kind
    badge, pin, name = ADMIN
    pin_file = tmp / "admin.pin"
    pin_file.write_text(pin, encoding="utf-8")
    setup = ["setup", "--station-id", "ADMIN-01", "--admin-badge", badge, "--admin-name", name,
             "--admin-pin-file", str(pin_file), "--pepper-file", str(tmp / "pepper")]  # fmt: skip
    cli = [*cli, "--config", str(tmp / "cli" / "station.toml")]  # the file setup writes
    assert desk_cli([*cli, *setup]) == 0
    for user_badge, user_pin, user_name, role in (CLERK, SUPERVISOR):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{pin}\n{user_pin}\n"))  # the two PINs
        add = ["admin", "--as", badge, "--central-url", url, "users", "add", "--badge",
               user_badge, "--name", user_name, "--role", role.value]  # fmt: skip
        assert desk_cli([*cli, *add]) == 0, user_badge


def write_station(tmp: Path, printer: str, scanner: str, central: URL) -> Path:
    station = tmp / "station.toml"
    url = central.render_as_string(hide_password=False)
    station.write_text(
        f"""[station]
station_id = "{STATION}"
data_dir = "{tmp / "data"}"
lpn_prefix = "LPS"
sound = false

[printers]
default = "file://{tmp / "labels"}"
restock = {{ url = "{printer}", format = "zpl", dpi = 203, size = "4x2" }}

[[scanner]]
name = "dock"
port = "{scanner}"
{SCANNER_SETTINGS}

[central]
url = "{url}"
sslmode = "disable"
push_interval_s = 1
""",
        encoding="utf-8",
    )
    return station


class Clerk:
    """Plays the script on the desk; after a kill, logs back in as whoever was working, opens
    the return again and goes on with the scan after the one the fault point killed (those
    points come after the scan's commit)."""

    def __init__(self, shift: Shift) -> None:
        self.shift = shift
        self.next = 0
        self.destination: str | None = None  # the bin the screen names for the last grade
        self.answers: list[dict[str, Any]] = []
        self.restarts = 0

    def play(self, desk: DeskProcess, until: int) -> None:
        steps = self.shift.steps
        while self.next < until:
            step = steps[self.next]
            try:
                shown = desk.scan(self._code(step))
            except DeskDied:
                self.next += 1  # the point killed after this scan's commit
                raise
            self._check(step, shown)
            self.next += 1

    def resume(self, desk: DeskProcess) -> None:
        step = self.shift.steps[self.next - 1]
        badge = step.user
        pin = CLERK[1] if badge == CLERK[0] else SUPERVISOR[1]
        shown = desk.log_in(badge, pin)
        self.restarts += 1
        self.answers.append(shown)
        if step.rma is not None and shown.get("step") == "scan_parcel":
            shown = desk.scan(step.rma)
        assert shown["kind"] == "result", shown
        graded = [u for u in shown["units"] if u["graded"]]
        if graded:  # the grade the kill cut off may be the one to put away next
            self.destination = graded[-1]["destination"]

    def _code(self, step: Step) -> str:
        if step.scan == DESTINATION:
            assert self.destination, "the screen named no bin to put the unit away to"
            return self.destination
        return step.scan

    def _check(self, step: Step, shown: dict[str, Any]) -> None:
        self.answers.append(shown)
        if step.expect.startswith("refused:"):
            assert shown["kind"] == "refused", (step, shown)
            assert shown["code"] == step.expect.split(":", 1)[1], (step, shown)
            return
        assert shown["kind"] == "result", (step, shown)
        assert shown["event"] == step.expect, (step, shown)
        graded = [u for u in shown["units"] if u["graded"]]
        if step.expect == "unit_graded":
            self.destination = graded[-1]["destination"]


def central_receipts(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM receipts")).scalar_one())


def opened(shift: Shift, steps: int) -> int:
    """Returns the script has opened in its first `steps` scans."""
    return len({step.rma for step in shift.steps[:steps] if step.rma is not None})


def reachable(url: URL) -> bool:
    try:
        with psycopg.connect(libpq(url), connect_timeout=5):
            return True
    except psycopg.OperationalError:
        return False


def on_hand(rows: list[tuple[str, str, int]]) -> tuple[Counter[str], Counter[str]]:
    """(units by SKU, units by location) from (sku, location, quantity) rows."""
    by_sku: Counter[str] = Counter()
    by_location: Counter[str] = Counter()
    for sku, location, quantity in rows:
        by_sku[sku] += quantity
        by_location[location] += quantity
    return +by_sku, +by_location


def local_on_hand(engine: Engine) -> list[tuple[str, str, int]]:
    m = t.stock_movements
    with engine.connect() as conn:
        ins = conn.execute(select(m.c.sku, m.c.to_location, m.c.quantity)).all()
        outs = conn.execute(
            select(m.c.sku, m.c.from_location, -m.c.quantity).where(m.c.from_location.isnot(None))
        ).all()
    return [(s, loc, q) for s, loc, q in [*ins, *outs]]


def test_a_whole_shift_by_scanner_with_kills_and_a_central_outage(
    tmp_path: Path,
    central_url: URL,
    central_engine: Engine,
    desk_login: URL,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = datetime.now(UTC) - timedelta(minutes=1)
    shift = build_shift(SEED)
    assert 55 <= len(shift.returns) <= 65 and len(shift.kinds) == 10
    create_pepper(tmp_path / "pepper")  # the site's pepper: the desk's and the admin's
    load_central(central_url, shift, tmp_path, monkeypatch)
    assert central_url.port is not None
    proxy = TcpProxy("127.0.0.1", central_url.port)
    master, slave = os.openpty()
    clerk = Clerk(shift)
    log = tmp_path / "desk.log"
    try:
        with FakeZebra() as zebra:
            station = write_station(tmp_path, zebra.url, os.ttyname(slave), proxy.url(desk_login))
            # The desk's first pull, by the project's own sync command, as the desk's role.
            assert desk_cli(["--config", str(station), "sync"]) == 0
            outage = (len(shift.steps) // 3, len(shift.steps) // 2)
            for fault in (*KILLS, None):
                desk = DeskProcess(station, master, log, fault)
                try:
                    if clerk.next:
                        clerk.resume(desk)
                    while clerk.next < len(shift.steps):
                        if clerk.next == outage[0]:
                            proxy.close()  # central "stopped": the desk keeps receiving
                            assert not reachable(proxy.url(desk_login))
                        if clerk.next == outage[1]:
                            # What was received while central was cut has not reached it.
                            assert central_receipts(central_engine) < opened(shift, clerk.next)
                            proxy.open()
                        ahead = [b for b in outage if b > clerk.next]
                        clerk.play(desk, min(ahead, default=len(shift.steps)))
                    if fault is not None:
                        raise AssertionError(f"the fault point {fault} never killed the desk")
                    desk.quit()
                except DeskDied:
                    assert desk.wait_killed() == -signal.SIGKILL
                finally:
                    desk.close()
            zebra.close()
            labels = zebra.labels()
    finally:
        proxy.release()
        os.close(master)
        os.close(slave)

    tally = shift.tally
    # -- the desk's store ---------------------------------------------------------------
    local = create_store_engine(tmp_path / "data" / "desk.sqlite3")
    try:
        with local.connect() as conn:
            receipts = conn.execute(select(t.receipts.c.status)).scalars().all()
            lpns = conn.execute(select(t.received_units.c.lpn)).scalars().all()
            jobs = conn.execute(select(print_jobs.c.label_key, print_jobs.c.state)).all()
            backlog = conn.execute(
                select(func.count()).select_from(t.outbox).where(t.outbox.c.sent_at.is_(None))
            ).scalar_one()
        local_rows = local_on_hand(local)
    finally:
        local.dispose()
    assert Counter(receipts) == Counter({"completed": tally.completed})
    assert tally.completed == tally.returns == len(shift.returns)
    alive = [lpn for lpn in lpns if lpn]
    assert len(alive) == tally.on_hand
    printed = [fields(label, "BC")[0] for label in labels]
    # Every graded unit's label once (undone ones too: they were labelled), and an overridden
    # unit's second label, which shows its new destination.
    assert len(set(printed)) == tally.graded
    assert sorted(Counter(Counter(printed).values()).items()) == [
        (1, tally.graded - tally.overrides),
        (2, tally.overrides),
    ]
    assert set(alive) <= set(printed)
    assert Counter(jobs) == Counter({(lpn, "done"): n for lpn, n in Counter(printed).items()})
    assert backlog == 0
    skus, locations = on_hand(local_rows)
    assert skus == +tally.skus
    assert sum(locations.values()) == tally.on_hand
    assert locations[STAGING] == tally.on_hand - tally.put_away_units

    # -- central ------------------------------------------------------------------------
    with central_engine.connect() as conn:

        def one(sql: str) -> Any:
            return conn.execute(text(sql)).scalar_one()

        assert one("SELECT count(*) FROM receipts") == tally.returns
        assert one("SELECT count(*) FROM receipts WHERE status = 'completed'") == tally.completed
        assert one("SELECT count(*) FROM inspections WHERE withdrawn_at IS NULL") == tally.on_hand
        # The users came by the admin's command, audited centrally under the admin's id.
        added = conn.execute(
            text("SELECT user_id, subject FROM audit_entries WHERE action = 'user_added'")
        ).all()
        assert sorted(tuple(r) for r in added) == [
            (f"U-{ADMIN[0]}", f"U-{CLERK[0]}"),
            (f"U-{ADMIN[0]}", f"U-{SUPERVISOR[0]}"),
        ]
        central_rows = conn.execute(
            text("SELECT sku, location, quantity FROM stock_on_hand WHERE desk_id = :d"),
            {"d": STATION},
        ).all()
    assert on_hand([tuple(r) for r in central_rows]) == (skus, locations)
    assert sorted(_grouped([tuple(r) for r in central_rows])) == sorted(_grouped(local_rows))

    # -- the reports, local and central, over the shift --------------------------------
    local_report = figures(open_local_source(tmp_path / "data" / "desk.sqlite3"), started)
    central_report = figures(source_for_engine(central_engine), started)
    for report in (local_report, central_report):
        assert report["Parcels received"] == tally.returns
        assert report["Units inspected"] == tally.on_hand
        assert report["Supervisor overrides"] == tally.overrides
        assert report["Voided returns"] == 0
    assert local_report["Labels printed"] == len(printed)  # what the printer received
    assert local_report["Sync backlog"] == 0

    # -- a scanned PIN is never kept: not in the journal, the log, nor on the screen ----
    secrets = [f"PIN-{CLERK[1]}", f"PIN-{SUPERVISOR[1]}"]
    log_text = log.read_text("utf-8", "replace")
    local = create_store_engine(tmp_path / "data" / "desk.sqlite3")
    try:
        with local.connect() as conn:
            journal = conn.execute(select(t.scan_journal.c.data, t.scan_journal.c.raw)).all()
    finally:
        local.dispose()
    assert sum(data == "PIN-******" for data, _ in journal) == shift.pin_scans + clerk.restarts
    assert clerk.restarts == len(KILLS)
    for secret in secrets:
        assert secret not in log_text
        assert not [a for a in clerk.answers if secret in str(a)]
        assert not [d for d, raw in journal if secret in d or secret.encode() in raw]


def figures(source: SqlReportSource, started: datetime) -> dict[str, Any]:
    """The summary figures of a supervisor's report from the shift's start to now."""
    now = datetime.now(UTC) + timedelta(minutes=1)
    boss = Session(f"U-{SUPERVISOR[0]}", SUPERVISOR[2], Role.SUPERVISOR, STATION, now)
    try:
        report = run_report(boss, source, ReportFilter(Period(started, now)), site="Dock",
                            scope="shift", timezone="UTC", now=now)  # fmt: skip
    finally:
        source.close()
    return {str(row[0]): row[1] for row in report.table("summary").rows}


def _grouped(rows: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    total: Counter[tuple[str, str]] = Counter()
    for sku, location, quantity in rows:
        total[sku, location] += quantity
    return [(s, loc, q) for (s, loc), q in total.items() if q]
