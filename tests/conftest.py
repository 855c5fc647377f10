"""Shared test set-up. Qt must be told to run offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from argon2 import PasswordHasher

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.config import StationConfig

if TYPE_CHECKING:
    from receiving_desk.bootstrap import Services


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@pytest.fixture(autouse=True)
def _own_config_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The platform's config folder is the test's own: a command run without --config must
    not read or write (e.g. a new pepper) the real user's settings."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config-home")))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 14, 30, tzinfo=UTC))


@pytest.fixture
def fast_hasher() -> Argon2PinHasher:
    """Real argon2, cheap parameters: the algorithm is under test, not the cost."""
    return Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def station_config(tmp_path: Path) -> StationConfig:
    return StationConfig(
        station_id="TEST-01",
        site_timezone="Europe/Berlin",
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "logs",
        sound=False,
        source=tmp_path / "station.toml",  # settings saved in a test stay in the test
    )


@pytest.fixture
def services(
    station_config: StationConfig, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> Iterator[Services]:
    from receiving_desk.bootstrap import bootstrap

    built = bootstrap(station_config, clock=clock, hasher=fast_hasher)
    yield built
    built.close()
