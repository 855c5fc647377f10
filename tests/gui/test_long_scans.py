"""A code too long or too raw to quote whole: a 2,000-byte 2D code or line noise is quoted
shortened and with its control bytes visible, so the message stays readable and the window
keeps its width; the journal still holds the code as it was read."""

from __future__ import annotations

from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.shown_code import LIMIT, shown_code
from tests.gui.conftest import Clerk
from tests.seed import RMA1

LONG = "".join("ABCDEFGHIJ"[i % 10] for i in range(1997)) + "XYZ"


def test_a_long_code_is_quoted_by_its_start_end_and_length() -> None:
    assert shown_code(LONG) == "ABCDEFGHIJABCDEFGHIJABCDEFGHIJAB…ABCDEFGXYZ (2000)"
    assert shown_code("A" * LIMIT) == "A" * LIMIT


def test_control_bytes_are_shown_not_sent_to_the_screen() -> None:
    assert shown_code("\x00\x1b[2J\x07ab\x7f\x81") == "\u2400\u241b[2J\u2407ab\u2421\ufffd"
    assert shown_code("0109506000134352\x1d10LOT") == "0109506000134352<GS>10LOT"


def test_a_2000_byte_scan_keeps_the_message_and_the_window_in_bounds(
    clerk: Clerk, window: MainWindow
) -> None:
    clerk.login()
    clerk.scan(RMA1)
    width = window.width()
    clerk.scan(LONG)
    assert clerk.banner_state == "error"
    assert "ABCDEFGHIJABCDEFGHIJABCDEFGHIJAB…ABCDEFGXYZ (2000)" in clerk.banner
    assert len(clerk.banner) < 200
    last_scan = window.receiving.ui.lastScanLabel.text()
    assert last_scan.endswith("…ABCDEFGXYZ (2000)")
    assert window.width() == width
    assert window.receiving.ui.bannerLabel.sizeHint().width() <= window.width()
