"""Central connection settings: parsing, URL building, passwords kept out of logs."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import make_url

from receiving_desk.adapters.central.connection import (
    ENV_PASSWORD,
    CentralPasswordError,
    CentralSettings,
    CentralTlsError,
    build_url,
    masked,
    password_source,
    scrub,
    tls_problem,
)
from receiving_desk.config import load_config


def test_settings_from_the_central_table(tmp_path: Path) -> None:
    station = tmp_path / "station.toml"
    station.write_text(
        '[station]\nstation_id = "D1"\n\n[central]\nurl = "postgresql://db.example/returns"\n'
        'role = "desk_01"\nsslmode = "verify-full"\npull_interval_s = 10\nbatch_size = 500\n'
    )
    settings = load_config(station, environ={}).central
    assert settings == CentralSettings(
        url="postgresql://db.example/returns",
        role="desk_01",
        sslmode="verify-full",
        pull_interval_s=10.0,
        batch_size=500,
    )
    assert not settings.standalone
    station.write_text('[station]\nstation_id = "D1"\n')
    assert load_config(station, environ={}).central.standalone
    assert CentralSettings().standalone


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"sslmode": "sometimes"}, "sslmode"),
        ({"colour": "red"}, "unknown"),
        ({"batch_size": "many"}, "batch_size"),
        ({"url": "mysql://x/y"}, "postgresql"),
        ({"push_interval_s": 0}, "positive"),
        ({"backoff_cap_s": 0.5}, "backoff_cap_s"),
    ],
)
def test_bad_settings_are_refused(values: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CentralSettings.from_dict(values)


def test_url_for_psycopg_with_role_tls_and_a_desk_name() -> None:
    settings = CentralSettings(
        url="postgresql://admin@db.example:6432/returns",
        role="desk_01",
        sslmode="require",
        sslrootcert="/etc/ca.pem",
    )
    url = build_url(settings, "DESK-01", environ={})
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.port, url.database) == (
        "desk_01",
        "db.example",
        6432,
        "returns",
    )
    assert dict(url.query) == {
        "sslmode": "require",
        "connect_timeout": "5",
        "application_name": "receiving-desk:DESK-01",
        "sslrootcert": "/etc/ca.pem",
    }
    assert url.password is None  # left to ~/.pgpass


def test_password_from_file_or_environment_never_shown(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.touch(mode=0o600)
    secret.write_text("s3cr3t-file\n")
    from_file = build_url(
        CentralSettings(url="postgresql://d@h/db", sslmode="disable", password_file=secret), "D"
    )
    assert from_file.password == "s3cr3t-file"
    from_env = build_url(
        CentralSettings(url="postgresql://d@h/db", sslmode="disable"), "D", {ENV_PASSWORD: "envpw"}
    )
    assert from_env.password == "envpw"
    for url, secret_text in ((from_file, "s3cr3t-file"), (from_env, "envpw")):
        shown = masked(url)
        assert secret_text not in shown and "***" in shown
        assert scrub(f"failed for {secret_text} at host", url) == "failed for *** at host"
    assert masked("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"


def test_standalone_has_no_url() -> None:
    with pytest.raises(ValueError, match="standalone"):
        build_url(CentralSettings(), "D")


def test_an_unusable_password_file_is_a_reason_read_at_each_connection(tmp_path: Path) -> None:
    secret = tmp_path / "central.password"
    settings = CentralSettings(url="postgresql://d@h/db", sslmode="disable", password_file=secret)
    url = build_url(settings, "D", with_password=False)  # what the desk's syncer starts with
    assert url.password is None
    source = password_source(settings, url, environ={})
    assert source is not None
    with pytest.raises(CentralPasswordError, match=rf"password file {secret}: No such file"):
        source()
    with pytest.raises(CentralPasswordError, match="No such file"):
        build_url(settings, "D")  # the command line needs it now
    secret.touch(mode=0o600)
    secret.write_text("\n")
    with pytest.raises(CentralPasswordError, match=rf"password file {secret}: empty"):
        source()
    secret.write_bytes(b"\xff\xfe\n")
    with pytest.raises(CentralPasswordError, match="not UTF-8 text"):
        source()
    secret.write_text("fixed\n")
    assert source() == "fixed"  # picked up without a restart
    assert password_source(settings, make_url("postgresql://d:inline@h/db")) is None
    env = CentralSettings(url="postgresql://d@h/db", sslmode="disable")
    assert password_source(env, url, environ={ENV_PASSWORD: "envpw"})() == "envpw"  # type: ignore[misc]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: the profile's ACLs)")
def test_a_password_file_others_can_read_is_refused_with_the_reason(tmp_path: Path) -> None:
    secret = tmp_path / "central.password"
    secret.write_text("s3cr3t\n")
    secret.chmod(0o644)
    settings = CentralSettings(url="postgresql://d@h/db", sslmode="disable", password_file=secret)
    with pytest.raises(CentralPasswordError) as refused:
        build_url(settings, "D")
    assert "readable or writable by others (mode 0644)" in str(refused.value)
    assert "chmod 600" in str(refused.value) and "s3cr3t" not in str(refused.value)
    secret.chmod(0o600)
    assert build_url(settings, "D").password == "s3cr3t"


def test_sslmode_verifies_the_server_by_default_and_says_when_the_ca_is_missing(
    tmp_path: Path,
) -> None:
    settings = CentralSettings(url="postgresql://d:pw@h/db")
    assert settings.sslmode == "verify-full"
    ca = tmp_path / "missing-ca.pem"
    missing = replace(settings, sslrootcert=str(ca))
    with pytest.raises(CentralTlsError) as refused:
        build_url(missing, "D")
    assert f"{ca} is not there" in str(refused.value) and "sslrootcert" in str(refused.value)
    assert "pw" not in str(refused.value).replace("postgresql", "")
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    assert tls_problem(missing) is None
    assert build_url(missing, "D").query["sslmode"] == "verify-full"
    assert tls_problem(replace(settings, sslrootcert="system")) is None
    assert tls_problem(replace(settings, sslmode="require")) is None


def test_a_url_that_states_its_sslmode_is_taken_at_its_word_unless_the_key_says_otherwise() -> None:
    stated = CentralSettings.from_dict({"url": "postgresql://d@h/db?sslmode=require"})
    assert stated.sslmode == "require"
    assert build_url(stated, "D").query["sslmode"] == "require"
    key_wins = {"url": "postgresql://d@h/db?sslmode=disable", "sslmode": "verify-ca"}
    assert CentralSettings.from_dict(key_wins).sslmode == "verify-ca"
    assert CentralSettings.from_dict({"url": "postgresql://d@h/db"}).sslmode == "verify-full"
    with pytest.raises(ValueError, match="sslmode must be one of"):
        CentralSettings.from_dict({"url": "postgresql://d@h/db?sslmode=sometimes"})
