"""Bench scales over a real pty, in both protocols: weights, moving readings, overload and
underload, negative weights, the cable pulled and put back — and an empty box and a brick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from receiving_desk.adapters.scales.protocols import Protocol
from receiving_desk.adapters.scales.reader import ScaleConfig, SerialScaleReader, TimedReading
from receiving_desk.adapters.scales.simulator import VirtualScale
from receiving_desk.domain.weights import (
    Expected,
    ReadingState,
    WeightFinding,
    check_parcel,
)
from tests.waiting import wait_until

WAIT = 10.0  # generous: a loaded CI machine; every wait ends on the condition, not the clock


@pytest.fixture(params=["mt-sics", "continuous"])
def protocol(request: pytest.FixtureRequest) -> Protocol:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def rig(protocol: Protocol, tmp_path: Path) -> Iterator[tuple[VirtualScale, SerialScaleReader]]:
    link = tmp_path / "scale"
    with VirtualScale(protocol, link=link, period_s=0.05) as scale:
        reader = SerialScaleReader(
            ScaleConfig("bench", protocol, port=str(link), poll_ms=50), reopen_s=0.05
        )
        reader.start()
        try:
            yield scale, reader
        finally:
            reader.stop()


def latest_is(reader: SerialScaleReader, state: ReadingState, grams: int | None) -> bool:
    seen: TimedReading | None = reader.latest
    return seen is not None and seen.reading.state is state and seen.reading.grams == grams


def test_a_settled_weight_is_recorded_and_a_moving_one_is_not(
    rig: tuple[VirtualScale, SerialScaleReader],
) -> None:
    scale, reader = rig
    scale.put(1234, stable=False)
    wait_until(lambda: latest_is(reader, ReadingState.UNSTABLE, 1234), WAIT)
    assert reader.wait_stable(after=0.0, timeout=0.2) is None  # still moving: nothing recorded
    scale.settle()
    reading = reader.wait_stable(after=0.0, timeout=WAIT)
    assert reading is not None and reading.grams == 1234


def test_overload_underload_and_negative_weights(
    rig: tuple[VirtualScale, SerialScaleReader],
) -> None:
    scale, reader = rig
    scale.put(-120)  # tare taken with the tray on: the scale reads below zero
    wait_until(lambda: latest_is(reader, ReadingState.STABLE, -120), WAIT)
    scale.overload()
    wait_until(lambda: latest_is(reader, ReadingState.OVERLOAD, None), WAIT)
    assert reader.latest is not None and not reader.latest.reading.recordable
    if scale.protocol == "mt-sics":  # the continuous format has no underload of its own
        scale.lift()
        wait_until(lambda: latest_is(reader, ReadingState.UNDERLOAD, None), WAIT)


def test_the_cable_pulled_and_put_back(rig: tuple[VirtualScale, SerialScaleReader]) -> None:
    scale, reader = rig
    scale.put(500)
    wait_until(lambda: latest_is(reader, ReadingState.STABLE, 500), WAIT)
    scale.unplug()
    wait_until(lambda: reader.status.state == "disconnected", WAIT)
    assert reader.latest is None  # an unplugged scale has no weight to record
    scale.put(750)
    scale.replug()  # the same link path, a new device behind it
    wait_until(lambda: latest_is(reader, ReadingState.STABLE, 750), WAIT)
    assert reader.status.state == "connected"


def test_an_empty_box_and_a_brick_are_flagged_from_the_scale(
    rig: tuple[VirtualScale, SerialScaleReader],
) -> None:
    scale, reader = rig
    kettle = Expected(1200)
    findings = []
    for on_platform in (320, 1480, 2700):  # empty box, the kettle, a brick instead
        scale.put(on_platform)
        wait_until(lambda g=on_platform: latest_is(reader, ReadingState.STABLE, g), WAIT)
        reading = reader.wait_stable(after=reader.latest.at, timeout=WAIT)  # type: ignore[union-attr]
        assert reading is not None and reading.grams is not None
        findings.append(check_parcel(reading.grams, kettle, packaging_grams=300))
    assert findings == [WeightFinding.EMPTY_BOX, None, WeightFinding.TOO_HEAVY]
