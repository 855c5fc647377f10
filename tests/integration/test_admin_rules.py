"""`receiving-desk admin rules check|diff|load`: a bad file is named file:line and refused; the
diff names what changed; an admin's load puts the file in force through the station file (the
next desk started uses it); a supervisor is refused; all audited."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import load_config
from receiving_desk.resources import resource
from receiving_desk.services.demo_data import load_demo_data

SHIPPED = resource("rules", "returns.toml")


@pytest.fixture
def station(tmp_path: Path) -> Path:
    path = tmp_path / "station.toml"
    path.write_text('# our desk\n[station]\nstation_id = "RUL-01"  # by the door\n', "utf-8")
    services = bootstrap(load_config(path, tmp_path / "data"))
    try:
        load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    finally:
        services.close()
    return path


def _run(station: Path, monkeypatch: pytest.MonkeyPatch, pins: str, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pins))
    data = station.parent / "data"
    return main(["--config", str(station), "--data-dir", str(data), "admin", *args])


# The shipped file's version, whatever it is today, and the one the admin loads instead.
SHIPPED_VERSION = re.search(r'^version = "([^"]+)"', SHIPPED.read_text("utf-8"), re.M).group(1)  # type: ignore[union-attr]
NEW_VERSION = "2099.01-1"


def _new_rules(tmp_path: Path) -> Path:
    text = SHIPPED.read_text("utf-8").replace(
        f'version = "{SHIPPED_VERSION}"', f'version = "{NEW_VERSION}"'
    )
    text = text.replace('[[rule]]\nid = "A-any"', '[[rule]]\nid = "A-anything"', 1)
    path = tmp_path / "new-rules.toml"
    path.write_text(text, "utf-8")
    return path


def test_check_and_diff(station: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    new = _new_rules(tmp_path)
    assert _run(station, monkeypatch, "", "rules", "check", str(new)) == 0
    assert f"{new}: version {NEW_VERSION}" in capsys.readouterr().out
    assert _run(station, monkeypatch, "", "rules", "diff", str(new)) == 0
    out = capsys.readouterr().out.splitlines()
    version = f"version: {SHIPPED_VERSION} -> {NEW_VERSION}"
    assert out[:3] == [version, "+ rule A-anything", "- rule A-any"]
    assert f'-version = "{SHIPPED_VERSION}"' in out and f'+version = "{NEW_VERSION}"' in out

    broken = tmp_path / "broken.toml"
    broken.write_text(new.read_text("utf-8").replace('id = "A-anything"', "id = 7"), "utf-8")
    line = broken.read_text("utf-8").splitlines().index("id = 7") + 1
    assert _run(station, monkeypatch, "", "rules", "check", str(broken)) == 1
    assert capsys.readouterr().err.startswith(f"{broken}:{line}: ")


def test_an_admin_loads_rules_and_the_next_desk_uses_them(
    station: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    new = _new_rules(tmp_path)
    broken = tmp_path / "broken.toml"
    broken.write_text("version = 3\n", "utf-8")
    assert (
        _run(station, monkeypatch, "333333\n", "--as", "BADGE-A001", "rules", "load", str(broken))
        == 1
    )
    assert (
        _run(station, monkeypatch, "222222\n", "--as", "BADGE-S001", "rules", "load", str(new)) == 1
    )
    assert "not allowed for the role supervisor" in capsys.readouterr().err
    assert "rules_file" not in station.read_text("utf-8")

    assert (
        _run(station, monkeypatch, "333333\n", "--as", "BADGE-A001", "rules", "load", str(new)) == 0
    )
    text = station.read_text("utf-8")
    assert text.startswith('# our desk\n[station]\nstation_id = "RUL-01"  # by the door\n')
    config = load_config(station, tmp_path / "data")
    assert config.rules_file is not None and config.rules_file.parent == tmp_path / "data" / "rules"
    services = bootstrap(config)
    try:
        assert services.rules.version == NEW_VERSION
        with services.engine.connect() as conn:
            actions = conn.execute(
                select(t.audit_log.c.action).where(t.audit_log.c.subject == "rules")
            )
            assert list(actions.scalars()) == ["rules_refused", "refused", "rules_loaded"]
    finally:
        services.close()
