"""The command line on a real store: demo data, db upgrade, config errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import migrate, tables
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import ConfigError, StationConfig, load_config
from receiving_desk.domain.barcodes import is_valid_gtin
from receiving_desk.domain.rma import LoyaltyTier
from receiving_desk.domain.users import Role
from receiving_desk.services.demo_data import DEMO_USERS, load_demo_data
from tests.conftest import FixedClock


def run_cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "RECEIVING_DESK_LOG_DIR": str(tmp_path / "logs"),
        "RECEIVING_DESK_CONFIG": "",
    }
    return subprocess.run(
        [sys.executable, "-m", "receiving_desk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_demo_data_is_realistic(
    station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> None:
    services = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        counts = load_demo_data(services.uow_factory, services.hasher, clock.now())
        assert counts == {"products": 200, "customers": 60, "rmas": 100, "users": 4}
        with services.engine.connect() as conn:
            gtins = conn.execute(select(tables.product_gtins.c.gtin14)).scalars().all()
            categories = conn.execute(
                select(func.count(func.distinct(tables.products.c.category)))
            ).scalar()
            tiers = set(conn.execute(select(tables.customers.c.tier)).scalars())
            open_rmas = conn.execute(
                select(func.count()).select_from(tables.rmas).where(tables.rmas.c.status == "open")
            ).scalar()
            lines = conn.execute(select(func.count()).select_from(tables.rma_lines)).scalar()
        assert len(gtins) == 200 and all(is_valid_gtin(g) for g in gtins)
        assert categories == 8 and tiers == {t.value for t in LoyaltyTier}
        assert open_rmas == 100 and lines >= 150
        assert {u.role for u in DEMO_USERS} == set(Role)
        desk = services.new_desk()
        for user in DEMO_USERS:  # every documented badge and PIN logs in
            desk.scan(user.badge)
            assert desk.submit_pin(user.pin).view.user_name == user.name
            desk.logout()
    finally:
        services.close()


def test_db_upgrade_and_status(tmp_path: Path) -> None:
    data = tmp_path / "store"
    done = run_cli("--data-dir", str(data), "db", "upgrade", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    heads = ", ".join(migrate.head_revisions())
    assert f"revision {heads} (latest {heads})" in done.stdout
    assert (data / "desk.sqlite3").exists()


def test_demo_without_gui_creates_a_fresh_store(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    for _ in range(2):  # twice: the second run starts afresh instead of failing
        done = run_cli("--data-dir", str(data), "demo", "--no-gui", tmp_path=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "200 products, 60 customers, 100 rmas, 4 users" in done.stdout


def test_a_bad_config_file_is_reported_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "station.toml"
    bad.write_text("[station]\nsite_timezone = 'Nowhere/Town'\n", encoding="utf-8")
    done = run_cli("--config", str(bad), "db", "status", tmp_path=tmp_path)
    assert done.returncode == 2
    assert "unknown time zone 'Nowhere/Town'" in done.stderr and "Traceback" not in done.stderr


def test_a_syntax_error_is_one_line_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "station.toml"
    bad.write_text('[station]\nstation_id = "A"\n\n[central]\nurl = postgresql://x\n')
    done = run_cli("--config", str(bad), "db", "status", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr == f"receiving-desk: {bad}:5: not valid TOML: Invalid value (column 7)\n"


def test_the_demo_saves_its_settings_in_the_demo_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from receiving_desk import cli, config

    started: list[StationConfig] = []
    monkeypatch.delenv("RECEIVING_DESK_CONFIG", raising=False)
    monkeypatch.setenv("RECEIVING_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(config, "default_config_path", lambda: tmp_path / "real" / "station.toml")
    monkeypatch.setattr(cli, "_create_demo", lambda config: None)
    monkeypatch.setattr(cli, "_demo_gui", lambda config: started.append(config) or 0)
    assert cli.main(["--data-dir", str(tmp_path / "demo"), "demo"]) == 0
    (demo,) = started  # no station file of its own: it must not save into the real one
    assert demo.station_id == "DEMO-01"
    assert demo.settings_file == tmp_path / "demo" / "station.toml"


def test_a_bad_printer_is_named_with_its_line_when_the_desk_is_built(
    tmp_path: Path, fast_hasher: Argon2PinHasher
) -> None:
    bad = tmp_path / "station.toml"
    bad.write_text(
        '[station]\nstation_id = "A"\n\n[printers]\nrestock = "tcp://h:9100"\n'
        'label = "cups://x"\nbin = { url = "tcp://h:9100", dpi = 50 }\n'
    )
    config = load_config(bad, tmp_path / "data")
    with pytest.raises(ConfigError) as refused:
        bootstrap(config, hasher=fast_hasher)
    assert str(refused.value).startswith(f"{bad}:6: [printers] label: unknown label")
    bad.write_text(bad.read_text().replace('label = "cups://x"\n', ""))
    with pytest.raises(ConfigError) as refused:
        bootstrap(load_config(bad, tmp_path / "data"), hasher=fast_hasher)
    assert str(refused.value) == f"{bad}:6: [printers] bin: dpi must be 100..1200, got 50"
