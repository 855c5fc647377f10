from __future__ import annotations

from pathlib import Path

import pytest

from receiving_desk.config import (
    ENV_CONFIG,
    ENV_DATA_DIR,
    ConfigError,
    StationConfig,
    load_config,
    write_config,
)


def test_file_then_environment_then_option(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(
        '[station]\nstation_id = "DOCK-7"\nsite_timezone = "Asia/Shanghai"\n'
        f'data_dir = "{tmp_path / "from-file"}"\n',
        encoding="utf-8",
    )
    config = load_config(environ={ENV_CONFIG: str(path)})
    assert (config.station_id, config.site_timezone) == ("DOCK-7", "Asia/Shanghai")
    assert config.data_dir == tmp_path / "from-file"
    env = {ENV_CONFIG: str(path), ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert load_config(environ=env).data_dir == tmp_path / "from-env"
    option = load_config(data_dir=tmp_path / "from-option", environ=env)
    assert option.data_dir == tmp_path / "from-option"
    assert option.database_path == tmp_path / "from-option" / "desk.sqlite3"


def test_missing_explicit_file_unknown_key_and_bad_zone_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml", environ={})
    bad = tmp_path / "bad.toml"
    bad.write_text('[station]\nstation_idd = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'station_idd'"):
        load_config(bad, environ={})
    bad.write_text('[station]\nsite_timezone = "Mars/Olympus"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown time zone"):
        load_config(bad, environ={})


def test_written_config_reads_back(tmp_path: Path) -> None:
    config = StationConfig(
        station_id="D2",
        site_timezone="Europe/Moscow",
        data_dir=tmp_path / "d",
        log_dir=tmp_path / "l",
        sound=False,
    )
    path = tmp_path / "c" / "station.toml"
    write_config(config, path)
    again = load_config(path, environ={})
    assert (again.station_id, again.site_timezone, again.data_dir, again.sound) == (
        "D2",
        "Europe/Moscow",
        tmp_path / "d",
        False,
    )


def test_shifts_are_read_and_written_back(tmp_path: Path) -> None:
    from datetime import time

    path = tmp_path / "station.toml"
    path.write_text(
        '[station]\nstation_id = "D1"\n\n[[shift]]\nname = "day"\nstart = "07:00"\n'
        'end = "19:00"\n\n[[shift]]\nname = "night"\nstart = "19:00"\nend = "07:00"\n',
        encoding="utf-8",
    )
    config = load_config(path, environ={})
    assert [(s.name, s.start, s.end) for s in config.shifts] == [
        ("day", time(7), time(19)),
        ("night", time(19), time(7)),
    ]
    write_config(config, path)  # e.g. saving scanner settings must keep the shifts
    assert load_config(path, environ={}).shifts == config.shifts
    path.write_text('[[shift]]\nname = "x"\nstart = "25:00"\nend = "07:00"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[\[shift\]\]"):
        load_config(path, environ={})
