"""Reading station.toml: precedence of overrides, and every bad setting named by file and line."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from receiving_desk.config import (
    ENV_CONFIG,
    ENV_DATA_DIR,
    ConfigError,
    StationConfig,
    load_config,
    written_language,
)
from receiving_desk.domain.file_problems import Wording

REALISTIC = Path(__file__).resolve().parents[1] / "data" / "station.toml"


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
    assert config.source == path and config.settings_file == path
    env = {ENV_CONFIG: str(path), ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert load_config(environ=env).data_dir == tmp_path / "from-env"
    option = load_config(data_dir=tmp_path / "from-option", environ=env)
    assert option.data_dir == tmp_path / "from-option"
    assert option.database_path == tmp_path / "from-option" / "desk.sqlite3"


def test_the_realistic_station_file_reads_whole() -> None:
    config = load_config(REALISTIC, environ={})
    assert (config.station_id, config.lpn_prefix, config.language) == ("DOCK-A-01", "LPA", "zh_CN")
    assert config.central.url == "postgresql://central.example:5432/returns"
    assert config.central.pull_interval_s == 30.0
    assert [(s.name, s.start, s.end) for s in config.shifts] == [
        ("day", time(6), time(18)),
        ("night", time(18), time(6)),
    ]
    assert [s.name for s in config.scanners] == ["dock-left", "dock-right"]
    assert config.scanners[0].usb_vid == 0x0C2E
    assert config.printers["bin"] == "cups://office"


def problem(tmp_path: Path, text: str) -> str:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert caught.value.path == path
    return str(caught.value).removeprefix(f"{path}:")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[station]\nstation_id = "A"\nsite_name = \n', "3: not valid TOML: Invalid value"),
        ("[station]\nsound = true\nsound = false\n", "3: not valid TOML: Cannot overwrite"),
        ('# c\n[station]\n\nstation_idd = "x"\n', "4: unknown setting 'station_idd'"),
        ('[station]\nsite_name = "x"\nsound = "yes"\n', "3: sound must be true or false"),
        ("[station]\ndata_dir = 5\n", "2: data_dir must be a path (a string), not 5"),
        ('[station]\nlpn_prefix = " "\n', "2: lpn_prefix must not be empty"),
        ('[station]\n\nsite_timezone = "Mars/Olympus"\n', "3: unknown time zone 'Mars/Olympus'"),
        ('station = "DOCK"\n', "1: [station] must be a table"),
        (
            '[station]\n\n[[scanner]]\nname = "a"\nport = "/dev/x"\nbaudrate = -5\n',
            "6: [[scanner]] scanner 'a': baudrate must be 1..4000000",
        ),
        (
            '[[scanner]]\nname = "a"\nport = "/dev/x"\n\n[[scanner]]\nname = "b"\n'
            'port = "/dev/y"\nparity = 7\n',
            "8: [[scanner]] scanner 'b': parity must be a string",
        ),
        ('[[scanner]]\nname = "a"\nusb_vid = "zz"\n', "3: [[scanner]] scanner 'a': usb_vid 'zz'"),
        ('[[scanner]]\nport = "/dev/x"\n', "1: [[scanner]] a scanner needs a name"),
        (
            '[[scanner]]\nname = "a"\nport = "/x"\n[[scanner]]\nname = "a"\nport = "/y"\n',
            "5: [[scanner]] 'a' is named twice",
        ),
        ("scanner = 3\n", "1: scanner must be written as [[scanner]] tables"),
        (
            '[central]\nurl = "postgresql://h/db"\nsslmode = "sometimes"\n',
            "3: [central] sslmode must be one of",
        ),
        ('[central]\nurl = "x"\ncolour = "red"\n', "3: unknown [central] setting 'colour'"),
        ('[central]\nbatch_size = "many"\n', "2: [central] batch_size must be a whole number"),
        (
            '[[shift]]\nname = "day"\nstart = "06:00"\nend = "25:00"\n',
            "4: [[shift]] shift 'day': '25:00' is not a time of day",
        ),
        (
            '[[shift]]\nname = "d"\nstart = "06:00"\nend = "07:00"\n\n'
            '[[shift]]\nname = "d"\nstart = "08:00"\nend = "09:00"\n',
            "1: [[shift]] two shifts have the same name",
        ),
        ('[station]\n\nprinters = "cups://x"\n', "3: unknown setting 'printers'"),
        ('printers = "cups://x"\n', "1: [printers] must be a table"),
        # every setting checked for type and range, named with its line
        ("station = 5\n", "1: [station] must be a table"),
        ("[station]\nstation_id = 5\n", "2: station_id must be a string, not 5"),
        ('[station]\nstation_id = "dock 7/b"\n', "2: station_id 'dock 7/b': letters, digits"),
        ('[station]\nlpn_prefix = ""\n', "2: lpn_prefix must not be empty"),
        ('[station]\nlpn_prefix = "L P"\n', "2: lpn_prefix 'L P': 1 to 6 capital letters"),
        ("[central]\nconnect_timeout_s = -1\n", "2: [central] connect_timeout_s must be 1..300"),
        ("[central]\n\nbatch_size = 10000000\n", "3: [central] batch_size must be 1..100000"),
        (
            '[[scanner]]\nname = "a"\nport = "/dev/x"\nmax_line_bytes = 99999999999\n',
            "4: [[scanner]] scanner 'a': max_line_bytes must be 1..65536",
        ),
        ("[backup]\nkeep = 100000000\n", "2: [backup] keep must be a whole number, 1 to 10000"),
        ("[security]\npin_min_length = 3\n", "2: [security] pin_min_length must be a whole"),
        ('[security]\nidle_logout_minutes = "soon"\n', "2: [security] idle_logout_minutes must"),
        ("[security]\nidle_logout_minutes = 0\n", "2: [security] idle_logout_minutes must be"),
        ("[security]\nlockout = 5\n", "2: [security] unknown setting 'lockout'"),
        ("security = 1\n", "1: [security] must be a table"),
    ],
)
def test_a_bad_setting_is_named_with_its_line(tmp_path: Path, text: str, expected: str) -> None:
    assert problem(tmp_path, text).startswith(expected)


def test_sections_the_desk_does_not_know_are_allowed(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(
        'station_id = "TOP"\n\n[site]\nowner = "it"\n\n[[site_note]]\ntext = "x"\n',
        encoding="utf-8",
    )
    assert load_config(path, environ={}).station_id == "TOP"


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.toml: configuration file not found"):
        load_config(tmp_path / "nope.toml", environ={})
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(ConfigError, match=r"folder\.toml: cannot be read: Is a directory"):
        load_config(folder, environ={})
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'[station]\n# Caf\xe9\nsite_name = "x"\n')
    with pytest.raises(ConfigError, match=r"latin\.toml:2: not UTF-8 text"):
        load_config(latin, environ={})


def test_the_report_currency_is_an_iso_4217_code(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('[station]\ncurrency = "krw"\n', encoding="utf-8")
    assert load_config(path, environ={}).currency == "KRW"
    assert StationConfig().currency == "EUR"
    path.write_text('[station]\ncurrency = "EURO"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"currency 'EURO' is no ISO 4217 code"):
        load_config(path, environ={})


def test_a_bad_setting_keeps_its_facts_for_the_screens_language(tmp_path: Path) -> None:
    """The English line is the facts said in English: the screen says the same facts from the
    template (file, line and section as written)."""
    path = tmp_path / "station.toml"
    path.write_text(
        '[station]\nlanguage = "ko"\n\n[[scale]]\nname = "bench"\nport = "COM3"\npoll_ms = 9\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as refused:
        load_config(path, environ={})
    error = refused.value
    assert str(error) == f"{path}:7: [[scale]] scale 'bench': poll_ms must be 50..5000"
    assert (error.located.path, error.located.line) == (path, 7)
    said = error.wording
    assert said.template == "scale {name}: {key} must be {low}..{high}"
    assert dict(said.params) == {"name": "'bench'", "key": "poll_ms", "low": "50", "high": "5000"}
    assert said.section == "[[scale]]" and error.located.english() == str(error)
    # the file is not in force, but the language it asks for is still read (for the dialog)
    assert written_language(path) == "ko"


@pytest.mark.parametrize(
    "text",
    ["[station]\nlanguage = 7\n", '[station]\nlanguage = "../x"\n', "[station\nsound = \n"],
)
def test_a_file_that_does_not_say_its_language_readably_gives_none(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    assert written_language(path) == ""
    assert written_language(tmp_path / "missing.toml") == ""


def test_the_toml_parsers_words_are_a_problem_of_ours(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text("[station]\nsound = \n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(path, environ={})
    said = refused.value.wording
    assert said.template == "not valid TOML: {error} (column {column})"
    parser = dict(said.params)["error"]  # the parser's sentence, one of ours to translate
    assert isinstance(parser, Wording) and parser.template == "Invalid value"
    assert str(refused.value) == f"{path}:2: not valid TOML: Invalid value (column 9)"


def test_a_file_that_is_not_toml_still_says_its_language(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('[station\nlanguage = "zh_TW"  # 繁體\nsound = \n', encoding="utf-8")
    assert written_language(path) == "zh_TW"
