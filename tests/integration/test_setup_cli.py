"""`receiving-desk setup` from an empty folder: station settings through the config store (the
rest of the file kept), the first admin with a badge card whose barcode scans back to the
badge, who can then log in and add a clerk; refused when the desk has users already."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import zxingcpp

from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import load_config
from receiving_desk.domain.users import Role


def _setup(tmp: Path, monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(
        ["--config", str(tmp / "station.toml"), "--data-dir", str(tmp / "data"), "setup", *args]
    )


def test_setup_by_answer_file_then_the_admin_adds_a_clerk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "station.toml").write_text("# site roll-out 7\n[printers]\n", "utf-8")
    (tmp_path / "pin").write_text("482613\n", "utf-8")
    (tmp_path / "secret").write_text("s3cret\n", "utf-8")
    (tmp_path / "secret").chmod(0o600)  # a password file is its owner's alone
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[station]\nstation_id = "DOCK-07"\nsite_name = "Leipzig"\n'
        'site_timezone = "Europe/Berlin"\n'
        'language = "ru"\nsound = false\n'
        f'[admin]\nbadge = "BADGE-ADM1"\nname = "Лена Орлова"\npin_file = "{tmp_path / "pin"}"\n'
        f'[central]\nurl = "postgresql://desk@central.example/returns"\n'
        f'password_file = "{tmp_path / "secret"}"\n',
        "utf-8",
    )
    assert (
        _setup(tmp_path, monkeypatch, "", "--answers", str(answers), "--site-name", "Leipzig 2")
        == 0
    )
    out = capsys.readouterr().out
    card = tmp_path / "data" / "badge-BADGE-ADM1.pdf"
    assert f"first admin BADGE-ADM1 (Лена Орлова); badge card {card}" in out
    [image] = rasterize(card.read_bytes(), 300)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["BADGE-ADM1"]

    text = (tmp_path / "station.toml").read_text("utf-8")
    assert text.startswith("# site roll-out 7\n[printers]\n") and "s3cret" not in text
    config = load_config(tmp_path / "station.toml", tmp_path / "data")
    assert (config.station_id, config.site_name, config.site_timezone) == (
        "DOCK-07",
        "Leipzig 2",
        "Europe/Berlin",
    )
    assert (config.language, config.sound) == ("ru", False)
    assert config.central.url == "postgresql://desk@central.example/returns"

    # On a desk with central settings users are changed centrally: unreachable here, so
    # refused with the (masked) central URL named, and nothing changes.
    def add_clerk() -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO("482613\n135790\n"))
        add = ["users", "add", "--badge", "BADGE-CLK1", "--name", "Ana"]
        return main(["--config", str(tmp_path / "station.toml"), "--data-dir",
                     str(tmp_path / "data"), "admin", "--as", "BADGE-ADM1", *add])  # fmt: skip

    capsys.readouterr()
    assert add_clerk() == 1
    assert "central.example" in capsys.readouterr().err
    (tmp_path / "secret").chmod(0o644)  # a password file others can read: refused, named
    assert add_clerk() == 1
    refused = capsys.readouterr().err
    assert "central.example" in refused and "chmod 600" in refused and "s3cret" not in refused
    (tmp_path / "secret").chmod(0o600)

    # A second first admin is refused; the standalone switch removes [central].
    again = ("--admin-badge", "BADGE-X01", "--admin-name", "X")
    assert _setup(tmp_path, monkeypatch, "111111\n", *again) == 1
    assert "this desk has users already" in capsys.readouterr().err
    assert _setup(tmp_path, monkeypatch, "", "--standalone") == 0
    assert add_clerk() == 0  # standalone: into the local store
    services = bootstrap(load_config(tmp_path / "station.toml", tmp_path / "data"))
    try:
        with services.uow_factory() as uow:
            admin, clerk = uow.users.by_badge("BADGE-ADM1"), uow.users.by_badge("BADGE-CLK1")
        assert admin is not None and admin.role is Role.ADMIN
        assert clerk is not None and clerk.role is Role.CLERK
    finally:
        services.close()
    assert "[central]" not in (tmp_path / "station.toml").read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("--timezone", "Mars/Olympus"), "unknown time zone 'Mars/Olympus'"),
        (("--language", "xx"), "language must be one of en, ko, ru, zh_CN, zh_TW"),
        (("--admin-badge", "A-1"), "the first admin needs a badge and a name"),
        (("--central-url", "mysql://x"), "postgresql"),
    ],
)
def test_bad_answers_write_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...], problem: str,
) -> None:  # fmt: skip
    assert _setup(tmp_path, monkeypatch, "1234\n", "--station-id", "D-1", *args) == 2
    assert problem in capsys.readouterr().err
    assert not (tmp_path / "station.toml").exists()


def test_changing_the_central_url_keeps_the_sites_tls_and_role_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`setup --central-url` (like the Administration form) edits url and password_file
    only: the [central] keys it has no field for stay as the site wrote them."""
    station = tmp_path / "station.toml"
    ca = tmp_path / "site-ca.pem"
    station.write_text(
        "[central]\n"
        'url = "postgresql://desk@old.example/returns"\n'
        "# the site's own CA, rolled out with the desk\n"
        'sslmode = "verify-full"\n'
        f'sslrootcert = "{ca}"\n'
        "connect_timeout_s = 7\n",
        "utf-8",
    )
    assert _setup(tmp_path, monkeypatch, "", "--central-url",
                  "postgresql://desk@new.example/returns") == 0  # fmt: skip
    text = station.read_text("utf-8")
    assert "# the site's own CA, rolled out with the desk\n" in text
    central = load_config(station, tmp_path / "data").central
    assert central.url == "postgresql://desk@new.example/returns"
    assert (central.sslmode, central.sslrootcert) == ("verify-full", str(ca))
    assert central.connect_timeout_s == 7
    assert _setup(tmp_path, monkeypatch, "", "--standalone") == 0
    assert "[central]" not in station.read_text("utf-8")
