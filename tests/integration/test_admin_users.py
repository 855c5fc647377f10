"""`receiving-desk admin users ...` on a real store: an admin adds a clerk who then logs in;
roles, deactivation and PIN resets; a supervisor is refused; everything is audited."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import select

from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Role
from receiving_desk.services.auth import AuthService
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.demo_data import DEMO_USERS, load_demo_data


@pytest.fixture
def store(tmp_path: Path) -> Path:
    config = StationConfig(station_id="ADM-01", data_dir=tmp_path, log_dir=tmp_path, sound=False)
    services = bootstrap(config)
    try:
        load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    finally:
        services.close()
    return tmp_path


def _admin(store: Path, monkeypatch: pytest.MonkeyPatch, pins: str, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pins))
    return main(["--data-dir", str(store), "admin", *args])


def _login(store: Path, badge: str, pin: str) -> str:
    config = StationConfig(station_id="ADM-01", data_dir=store, log_dir=store, sound=False)
    services = bootstrap(config)
    try:
        auth = AuthService(services.uow_factory, services.hasher, SystemClock(), "ADM-01")
        return auth.login(badge, pin).role.value
    finally:
        services.close()


def _audit(store: Path) -> list[tuple[str, str]]:
    config = StationConfig(station_id="ADM-01", data_dir=store, log_dir=store, sound=False)
    services = bootstrap(config)
    try:
        with services.engine.connect() as conn:
            rows = conn.execute(
                select(t.audit_log.c.action, t.audit_log.c.subject).order_by(t.audit_log.c.at)
            )
            return [(a, s) for a, s in rows if a not in ("login", "logout")]
    finally:
        services.close()


def test_an_admin_manages_a_clerk_from_the_command_line(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a = ("--as", "BADGE-A001", "users")
    # A badge the desk could not scan is refused before anything is asked or stored.
    assert _admin(store, monkeypatch, "", *a, "add", "--badge", "B-77", "--name", "Bo Li") == 1
    refused_badge = capsys.readouterr().err
    assert "badge 'B-77' cannot be scanned" in refused_badge
    assert "'BADGE-[A-Z0-9]{3,12}'" in refused_badge
    add = ("add", "--badge", "BADGE-B77", "--name", "Bo Li")
    assert _admin(store, monkeypatch, "333333\n432198\n", *a, *add) == 0
    assert "added BADGE-B77 (Bo Li, clerk)" in capsys.readouterr().out
    assert _login(store, "BADGE-B77", "432198") == "clerk"

    assert (
        _admin(
            store,
            monkeypatch,
            "333333\n",
            *a,
            "role",
            "--badge",
            "BADGE-B77",
            "--role",
            "supervisor",
        )
        == 0
    )
    assert _login(store, "BADGE-B77", "432198") == "supervisor"
    assert (
        _admin(store, monkeypatch, "333333\n987654\n", *a, "reset-pin", "--badge", "BADGE-B77") == 0
    )
    assert _login(store, "BADGE-B77", "987654") == "supervisor"
    assert _admin(store, monkeypatch, "333333\n", *a, "deactivate", "--badge", "BADGE-B77") == 0
    with pytest.raises(DeskError) as refused:
        _login(store, "BADGE-B77", "987654")
    assert refused.value.code is ErrorCode.BAD_CREDENTIALS
    assert [e for e in _audit(store) if e[0].startswith("user_")] == [
        ("user_added", "U-BADGE-B77"),
        ("user_role_changed", "U-BADGE-B77"),
        ("user_pin_reset", "U-BADGE-B77"),
        ("user_deactivated", "U-BADGE-B77"),
    ]


def test_bad_input_and_other_roles_are_refused(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ("users", "add", "--badge", "BADGE-B88", "--name", "Cy")
    assert _admin(store, monkeypatch, "222222\n123456\n", "--as", "BADGE-S001", *add) == 1
    assert "not allowed for the role supervisor" in capsys.readouterr().err
    assert ("refused", "BADGE-B88") in _audit(store)
    assert _admin(store, monkeypatch, "0000\n123456\n", "--as", "BADGE-A001", *add) == 1
    assert "badge or PIN not accepted" in capsys.readouterr().err
    assert _admin(store, monkeypatch, "333333\n12\n", "--as", "BADGE-A001", *add) == 1
    assert "a PIN is 6 to 12 digits" in capsys.readouterr().err
    taken = ("users", "add", "--badge", "BADGE-C001", "--name", "Again")
    assert _admin(store, monkeypatch, "333333\n123456\n", "--as", "BADGE-A001", *taken) == 1
    assert "badge BADGE-C001 is taken" in capsys.readouterr().err
    assert (
        _admin(
            store,
            monkeypatch,
            "333333\n",
            "--as",
            "BADGE-A001",
            "users",
            "deactivate",
            "--badge",
            "BADGE-A001",
        )
        == 1
    )
    assert "you cannot deactivate yourself" in capsys.readouterr().err


def test_badge_cards_for_several_users_scan_back_and_are_audited(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One PDF, a card a page; each page rendered to pixels gives back its badge by zxing."""
    admin = next(u for u in DEMO_USERS if u.role is Role.ADMIN)
    badges = [u.badge for u in DEMO_USERS if u.role is not Role.ADMIN][:2]
    pdf = store / "cards" / "badges.pdf"
    args = ["--as", admin.badge, "users", "badge-card", "--out", str(pdf)]
    for badge in badges:
        args += ["--badge", badge]
    assert _admin(store, monkeypatch, f"{admin.pin}\n", *args) == 0
    assert f"{pdf}: 2 badge cards" in capsys.readouterr().out
    pages = rasterize(pdf.read_bytes(), 300)
    found = [[(r.text, r.format) for r in zxingcpp.read_barcodes(page)] for page in pages]
    assert found == [[(b, zxingcpp.BarcodeFormat.Code128)] for b in badges]
    printed = [s for a, s in _audit(store) if a == "badge_card_printed"]
    with sqlite3.connect(store / "desk.sqlite3") as db:
        ids = [
            db.execute("SELECT id FROM users WHERE badge = ?", (b,)).fetchone()[0] for b in badges
        ]
    assert sorted(printed) == sorted(ids)
    # An unknown badge: refused, nothing written.
    bad = ["--as", admin.badge, "users", "badge-card", "--out", str(store / "x.pdf")]
    assert _admin(store, monkeypatch, f"{admin.pin}\n", *bad, "--badge", "BADGE-NOBODY") == 1
    assert "no user with badge BADGE-NOBODY" in capsys.readouterr().err
    assert not (store / "x.pdf").exists()
