"""The rules file as a central reference item (real PostgreSQL): an administrator at desk A
loads a new version centrally (`admin rules load` on a desk with central settings); desk B
installs it at its pull, audited, and decides with it at once: the next unit of a return in
progress, in the same running desk, with no restart (and after a restart too); a file that
fails validation is refused with file:line and nothing changes centrally; pulling again
changes nothing. A desk's own role reads its site's versions only and writes none."""

from __future__ import annotations

import io
import re
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from argon2 import PasswordHasher
from sqlalchemy import URL, Engine, create_engine, func, insert, select, text

from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.admin_work import CentralAdminWork
from receiving_desk.adapters.central.roles import desk_role_sql
from receiving_desk.adapters.central.rules_pull import newest_rules
from receiving_desk.adapters.central.schema import audit_entries
from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.cli import main
from receiving_desk.config import load_config
from receiving_desk.domain.rules import Decision, Disposition
from receiving_desk.domain.users import Role
from receiving_desk.resources import resource
from receiving_desk.services.rules_admin import text_sha256
from receiving_desk.services.user_admin import UserAdmin
from tests.conftest import FixedClock
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect
from tests.integration.central_worker import NOW, runner, seed_central
from tests.seed import EARBUDS, RMA1, SUPERVISOR, item_code

pytestmark = pytest.mark.postgres
ADMIN, ADMIN_PIN = "BADGE-HQ01", SUPERVISOR[1]
CLERK_BADGE, CLERK_PIN = "BADGE-C777", "482613"
SHIPPED = resource("rules", "returns.toml")
SHIPPED_VERSION = re.search(r'^version = "([^"]+)"', SHIPPED.read_text("utf-8"), re.M).group(1)  # type: ignore[union-attr]
NEW_VERSION = "2099.02-1"


def _new_rules(folder: Path) -> Path:
    """The shipped file, but opened electronics of grade A go to refurbishment."""
    text = SHIPPED.read_text("utf-8").replace(
        f'version = "{SHIPPED_VERSION}"', f'version = "{NEW_VERSION}"'
    )
    before = 'id = "A-electronics"\ngrade = "A"\ncategory = "electronics"\n'
    before += 'disposition = "restock_open_box"'
    assert before in text
    text = text.replace(before, before.replace("restock_open_box", "refurbish"), 1)
    path = folder / "site-rules.toml"
    path.write_text(text, "utf-8")
    return path


def _station(path: Path, station: str, url: URL | None) -> Path:
    text = f'[station]\nstation_id = "{station}"\n'
    if url is not None:  # the test server speaks no TLS
        shown = url.render_as_string(hide_password=False)
        text += f'\n[central]\nurl = "{shown}"\nsslmode = "disable"\n'
    path.write_text(text, "utf-8")
    return path


def _site_hasher(folder: Path) -> Argon2PinHasher:
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return Argon2PinHasher(cheap, pepper=create_pepper(folder / "pepper"))


def _desk(station: Path, data: Path, hasher: Argon2PinHasher) -> Services:
    return bootstrap(load_config(station, data), clock=FixedClock(NOW), hasher=hasher)


def _admin(station: Path, data: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{ADMIN_PIN}\n"))
    return main(["--config", str(station), "--data-dir", str(data), "admin", "--as", ADMIN, *args])


def _central_actions(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        query = select(audit_entries.c.action).where(audit_entries.c.subject == "rules")
        return sorted(conn.execute(query).scalars())


def _versions(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        query = select(c.rules_files.c.version, c.rules_files.c.sha256).order_by(c.rules_files.c.id)
        return [(v, s) for v, s in conn.execute(query)]


def _open_rma1(services: Services) -> str:
    """A clerk at the desk opens the parcel of RMA1 (the one open at the desk, if any)."""
    clerk = services.auth.login(CLERK_BADGE, CLERK_PIN)
    return services.receiving.open_parcel(clerk, RMA1, None, RMA1).id


def _grade_a(services: Services, receipt_id: str) -> Decision:
    """The clerk receives earbuds into the open parcel and grades them A."""
    clerk = services.auth.login(CLERK_BADGE, CLERK_PIN)
    services.receiving.record_item(
        clerk, receipt_id, item_code(EARBUDS), EARBUDS.gtins[0], None, None
    )
    services.inspection.pass_all_checks(clerk, receipt_id)
    unit = services.inspection.grade(clerk, receipt_id, "A")
    assert unit.inspection is not None
    return unit.inspection.decision


def test_rules_loaded_centrally_reach_another_desk_and_decide_there(
    central_url: URL, central_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    hasher = _site_hasher(tmp_path)
    hq = UserAdmin(lambda: CentralAdminWork(central_engine), hasher, FixedClock(NOW), "HQ")
    hq.first_admin(ADMIN, "Mina Park", ADMIN_PIN)
    seed_central(central_engine)  # the catalogue and RMA1 (its users are not used here)
    station_a = _station(tmp_path / "station-a.toml", "DESK-A", central_url)
    station_b = _station(tmp_path / "station-b.toml", "DESK-B", None)
    desk_a = _desk(station_a, tmp_path / "a", hasher)
    desk_b = _desk(station_b, tmp_path / "b", hasher)
    try:
        runner(desk_a, central_engine).pull()  # desk A knows its admin (to log in locally)
        admin = desk_a.auth.login(ADMIN, ADMIN_PIN)
        hq.add(admin, CLERK_BADGE, "Noor Aziz", Role.CLERK, CLERK_PIN)
        data_a = tmp_path / "a"
        # Desk B gets its clerk and RMAs; no rules file loaded centrally: nothing installed.
        runner(desk_b, central_engine, after_pull=desk_b.central_rules).pull()
        assert load_config(station_b, tmp_path / "b").rules_file is None

        # A file that fails validation: refused at central with file:line, nothing stored.
        broken = tmp_path / "broken.toml"
        broken.write_text(
            _new_rules(tmp_path)
            .read_text("utf-8")
            .replace('disposition = "restock_open_box"', 'disposition = "sell_on_ebay"', 1),
            "utf-8",
        )
        assert _admin(station_a, data_a, monkeypatch, "rules", "load", str(broken)) == 1
        line = next(
            n for n, text in enumerate(broken.read_text("utf-8").splitlines(), 1)
            if "sell_on_ebay" in text
        )  # fmt: skip
        err = capsys.readouterr().err
        assert f"{broken}:{line}:" in err and "sell_on_ebay" in err
        assert _versions(central_engine) == []
        assert _central_actions(central_engine) == ["rules_refused"]

        # Compared against the rules in force (none loaded centrally yet: this desk's file).
        new = _new_rules(tmp_path)
        assert main(["--config", str(station_a), "--data-dir", str(data_a), "admin", "rules",
                     "diff", str(new)]) == 0  # fmt: skip
        out = capsys.readouterr().out
        assert f"version: {SHIPPED_VERSION} -> {NEW_VERSION}" in out
        assert "~ rule A-electronics" in out

        assert _admin(station_a, data_a, monkeypatch, "rules", "load", str(new)) == 0
        assert "every desk of the site installs them" in capsys.readouterr().out
        sha = text_sha256(new.read_text("utf-8"))
        assert _versions(central_engine) == [(NEW_VERSION, sha)]
        with central_engine.connect() as conn:
            row = conn.execute(select(c.rules_files)).one()
        assert (row.loaded_by, row.loaded_at_desk, row.content) == (
            f"U-{ADMIN}",
            "DESK-A",
            new.read_text("utf-8"),
        )
        assert _central_actions(central_engine) == ["rules_loaded", "rules_refused"]
        # The same file again: already the site's rules file, nothing added.
        assert _admin(station_a, data_a, monkeypatch, "rules", "load", str(new)) == 0
        assert "already the site's rules file" in capsys.readouterr().out
        assert len(_versions(central_engine)) == 1
        # Desk A's own station file is untouched by the central load: it installs by its pull.
        assert load_config(station_a, data_a).rules_file is None

        in_progress = _open_rma1(desk_b)  # a return in progress at desk B, across the pull
        before = _grade_a(desk_b, in_progress)  # before: the shipped rules
        assert (before.disposition, before.rule_version) == (
            Disposition.RESTOCK_OPEN_BOX,
            SHIPPED_VERSION,
        )
        runner(desk_b, central_engine, after_pull=desk_b.central_rules).pull()
        # In force in the running desk at once: no restart, no second bootstrap. The next unit
        # of the same return is decided by the new version, which it records.
        assert desk_b.rules.version == NEW_VERSION
        after = _grade_a(desk_b, in_progress)
        assert (after.disposition, after.rule_id, after.rule_version) == (
            Disposition.REFURBISH,
            "A-electronics",
            NEW_VERSION,
        )
        installed = load_config(station_b, tmp_path / "b").rules_file
        assert installed is not None and installed.read_text("utf-8") == new.read_text("utf-8")
        with desk_b.engine.connect() as conn:
            audit = t.audit_log
            entries = conn.execute(
                select(audit.c.action, audit.c.details).where(audit.c.subject == "rules")
            ).all()
        assert [a for a, _ in entries] == ["rules_installed"]
        assert entries[0][1]["to"] == NEW_VERSION and entries[0][1]["sha256"] == sha
        assert entries[0][1]["loaded_by"] == f"U-{ADMIN}"

        # Pulled again: nothing changes (no second install, no second entry).
        station_text = station_b.read_text("utf-8")
        runner(desk_b, central_engine, after_pull=desk_b.central_rules).pull()
        assert station_b.read_text("utf-8") == station_text
        with desk_b.engine.connect() as conn:
            count = select(func.count()).where(t.audit_log.c.action == "rules_installed")
            assert conn.execute(count.select_from(t.audit_log)).scalar_one() == 1
    finally:
        desk_a.close()
        desk_b.close()

    # Desk B's next start decides with the rules it installed (the station file names them).
    desk_b = _desk(station_b, tmp_path / "b", hasher)
    try:
        assert desk_b.rules.version == NEW_VERSION
        decision = _grade_a(desk_b, _open_rma1(desk_b))
        assert (decision.disposition, decision.rule_version) == (Disposition.REFURBISH, NEW_VERSION)
    finally:
        desk_b.close()


def test_a_desk_reads_its_sites_rules_and_writes_none(central_url: URL, central_engine: Engine,
                                                      tmp_path: Path) -> None:  # fmt: skip
    content = SHIPPED.read_text("utf-8")
    with central_engine.begin() as conn:
        for site, version in (("HQ", "hq-1"), ("OTHER", "other-1"), (None, "all-1")):
            conn.execute(
                insert(c.rules_files).values(
                    site=site, version=version, content=content, sha256=text_sha256(content),
                    loaded_by="U-X", loaded_at_desk="DESK-X", loaded_at=NOW,
                )
            )  # fmt: skip
    suffix = uuid.uuid4().hex[:8]  # roles are cluster-wide: unique, dropped after
    group, login = f"rd_desks_{suffix}", f"rd_desk_{suffix}"
    with admin_connect(central_url) as conn:
        for statement in desk_role_sql(group, str(central_url.database), login, "DESK-B", "HQ"):
            conn.execute(statement)
    desk = create_engine(central_url.set(username=login, password=None))
    try:
        assert newest_rules(central_engine) is not None
        # The owner (not a desk) sees the unsited version as its newest; desk B its site's.
        assert newest_rules(central_engine).version == "all-1"  # type: ignore[union-attr]
        with desk.connect() as conn:
            seen = conn.execute(select(c.rules_files.c.version).order_by(c.rules_files.c.id))
            assert seen.scalars().all() == ["hq-1", "all-1"]
        found = newest_rules(desk)
        assert found is not None and found.version == "all-1"
        with pytest.raises(Exception) as refused, desk.begin() as conn:
            conn.execute(
                insert(c.rules_files).values(
                    site="HQ", version="mine", content=content, sha256=text_sha256(content),
                    loaded_by="U-X", loaded_at_desk="DESK-B", loaded_at=NOW,
                )
            )  # fmt: skip
        assert isinstance(
            refused.value.__cause__ or refused.value, psycopg.errors.InsufficientPrivilege
        )
    finally:
        desk.dispose()
        with admin_connect(central_url) as conn:
            conn.execute(f'DROP OWNED BY "{login}", "{group}"')
            conn.execute(f'DROP ROLE "{login}"')
            conn.execute(f'DROP ROLE "{group}"')


def test_a_central_database_without_rules_files_leaves_the_pull_alone(
    central_engine: Engine, tmp_path: Path
) -> None:
    """A desk upgraded before its central database (no c0015 yet) keeps its own rules file
    and pulls as before."""
    with central_engine.begin() as conn:
        conn.execute(text("DROP TABLE rules_files"))
    station = _station(tmp_path / "station.toml", "DESK-B", None)
    desk = _desk(station, tmp_path / "b", _site_hasher(tmp_path))
    try:
        assert newest_rules(central_engine) is None
        runner(desk, central_engine, after_pull=desk.central_rules).pull()
        assert load_config(station, tmp_path / "b").rules_file is None
    finally:
        desk.close()
