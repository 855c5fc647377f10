"""A decision's notes: the English sentence the record keeps reads back as the same fact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from receiving_desk.domain.decision_notes import (
    AcceptedByLeniency,
    HeldForReview,
    HygieneFailed,
    OutsideWindow,
    RefundRaised,
    Unrecognised,
    english,
    parse,
)

words = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12)
refunds = st.sampled_from(["none", "full", "partial 25%", "partial 50%"])
days = st.integers(-5, 400)
notes = st.one_of(
    st.builds(HygieneFailed, st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s)),
    st.builds(RefundRaised, refunds, refunds, words, words),
    st.builds(OutsideWindow, days, st.integers(0, 400)),
    st.builds(AcceptedByLeniency, words, days, st.integers(0, 400), st.integers(0, 60)),
    st.builds(HeldForReview, st.sampled_from(["wrong_item", "extra_item", "no_rma"])),
)


@given(notes)
def test_every_note_reads_back_as_itself(note: object) -> None:
    assert parse(english(note)) == note  # type: ignore[arg-type]


def test_the_sentences_stay_the_ones_already_stored_and_synced() -> None:
    assert english(OutsideWindow(50, 45)) == "outside the return window: day 50 of 45"
    assert (
        english(AcceptedByLeniency("gold", 50, 45, 14))
        == "accepted by gold leniency: day 50 of 45 (+14)"
    )
    assert (
        english(RefundRaised("partial 50%", "full", "gold", "L-gold-B"))
        == "refund raised from partial 50% to full by gold leniency L-gold-B"
    )
    assert english(HygieneFailed("Seal intact?")) == "hygiene check failed: Seal intact?"


def test_a_note_of_no_known_shape_is_kept_as_written() -> None:
    assert parse("checked by hand") == Unrecognised("checked by hand")
