"""Scale lines as the two protocols write them, read into readings; weights as whole grams."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from receiving_desk.adapters.scales.protocols import parse_line
from receiving_desk.domain.weights import (
    Expected,
    Reading,
    ReadingState,
    WeightFinding,
    check_parcel,
    check_unit,
    to_grams,
)

S, D = ReadingState.STABLE, ReadingState.UNSTABLE


@pytest.mark.parametrize(
    ("line", "state", "grams"),
    [
        ("S S     12.345 kg", S, 12345),
        ("S D      0.250 kg", D, 250),
        ("S S       -3.4 g", S, -3),
        ("S S     1.5000 lb", S, 680),
        ("S +", ReadingState.OVERLOAD, None),
        ("S -", ReadingState.UNDERLOAD, None),
        ("S I", ReadingState.ERROR, None),
        ("ES", ReadingState.ERROR, None),
        ("EL", ReadingState.ERROR, None),
    ],
)
def test_mt_sics_answers(line: str, state: ReadingState, grams: int | None) -> None:
    assert parse_line("mt-sics", line + "\r\n") == Reading(state, grams, line)


@pytest.mark.parametrize(
    ("line", "state", "grams"),
    [
        ("ST,+00012.34  g", S, 12),
        ("US,+00012.34  g", D, 12),
        ("ST,GS,+0001.234 kg", S, 1234),
        ("ST,NT,-0000.120 kg", S, -120),
        ("OL,+9999999  g", ReadingState.OVERLOAD, None),
        ("OL", ReadingState.OVERLOAD, None),
    ],
)
def test_continuous_lines(line: str, state: ReadingState, grams: int | None) -> None:
    assert parse_line("continuous", line) == Reading(state, grams, line)


@pytest.mark.parametrize("line", ["", "SI", "garbage \x00\xff", "ST,+12.3 stone", "S X 1 kg"])
def test_what_is_not_a_reading_is_none(line: str) -> None:
    assert parse_line("mt-sics", line) is None
    assert parse_line("continuous", line) is None


@given(st.integers(-99_999, 999_999))
def test_a_weight_written_in_kg_reads_back_to_the_gram(grams: int) -> None:
    line = f"S S {Decimal(grams) / 1000:>10.3f} kg"
    reading = parse_line("mt-sics", line)
    assert reading is not None and reading.grams == grams and reading.recordable


def test_units_round_half_up_to_whole_grams() -> None:
    assert to_grams("0.0005", "kg") == 1 and to_grams("1", "oz") == 28
    with pytest.raises(ValueError, match="unknown weight unit"):
        to_grams("1", "stone")


def test_a_unit_too_light_too_heavy_or_right() -> None:
    earbuds = Expected(250, Decimal(10), 20)  # ±25 g
    assert check_unit(250, earbuds) is None and check_unit(226, earbuds) is None
    assert check_unit(224, earbuds) is WeightFinding.TOO_LIGHT
    assert check_unit(276, earbuds) is WeightFinding.TOO_HEAVY
    small = Expected(40, Decimal(10), 20)  # the absolute floor: ±20 g, not ±4 g
    assert check_unit(25, small) is None and check_unit(19, small) is WeightFinding.TOO_LIGHT


def test_an_empty_box_and_a_brick() -> None:
    contents = Expected(1200)  # a kettle, ±120 g
    assert check_parcel(310, contents, packaging_grams=300) is WeightFinding.EMPTY_BOX
    assert check_parcel(1500, contents, packaging_grams=300) is None
    assert check_parcel(2600, contents, packaging_grams=300) is WeightFinding.TOO_HEAVY  # brick
    assert check_parcel(900, contents, packaging_grams=300) is WeightFinding.TOO_LIGHT
