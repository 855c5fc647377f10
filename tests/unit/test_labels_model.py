"""Labels as data, GS1 element strings, module widths and printer settings (no I/O)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from receiving_desk.adapters.printing.gs1 import element_string
from receiving_desk.adapters.printing.labels import (
    SIZE_2X1,
    SIZE_4X2,
    TEMPLATES,
    BarcodeBox,
    Label,
    LabelError,
    TextBox,
    bin_label,
    module_dots,
    restock_label,
)
from receiving_desk.adapters.printing.queue_state import Backoff
from receiving_desk.adapters.printing.settings import (
    PrinterSettings,
    PrinterSettingsError,
    PrinterTarget,
)


def sample(**changes: str) -> Label:
    values = {
        "lpn": "LPN00000001L",
        "sku": "SKU-1",
        "description": "Earbuds",
        "grade": "B",
        "disposition": "open box",
        "bin": "A-12-03",
        "rma": "RMA-2024-000123",
        "on": "2026-11-20",
    }
    values.update(changes)
    return restock_label(**values)


def test_sizes_in_dots_at_203_and_300_dpi() -> None:
    assert SIZE_4X2.dots(203) == (812, 406)
    assert SIZE_4X2.dots(300) == (1200, 600)
    assert SIZE_2X1.dots(203) == (406, 203)
    assert SIZE_2X1.dots(300) == (600, 300)


def test_templates_cover_restock_and_bin_in_both_sizes() -> None:
    assert set(TEMPLATES) == {"restock-4x2", "restock-2x1", "bin-4x2", "bin-2x1"}
    assert sample(size="2x1").template.name == "restock-2x1"
    assert bin_label("A-12-03", size="2x1").template.kind == "bin"


def test_a_restock_label_needs_its_identifying_fields() -> None:
    with pytest.raises(LabelError, match="lpn, bin"):
        sample(lpn="", bin="")
    with pytest.raises(LabelError, match="unknown label template"):
        sample(size="4x6")


def test_a_date_is_written_as_iso() -> None:
    assert sample(on=date(2026, 11, 20)).value("date") == "2026-11-20"  # type: ignore[arg-type]


def test_text_boxes_fill_fields_and_are_left_out_when_their_fields_are_empty() -> None:
    label = sample(rma="")
    assert label.text(TextBox("SKU {sku}", 0, 0, 0.1, 1)) == "SKU SKU-1"
    assert label.text(TextBox("{rma}", 0, 0, 0.1, 1)) == ""
    assert label.text(TextBox("GRADE", 0, 0, 0.1, 1)) == "GRADE"  # no field: always shown


def test_label_round_trips_through_its_stored_form() -> None:
    label = sample(description="无线耳机 Наушники", gs1="(01)09506000134352(21)ABC")
    stored = label.to_dict()
    assert stored["template"] == "restock-4x2"
    assert Label.from_dict(stored) == label
    assert label.key == "LPN00000001L"


def test_gs1_element_string_puts_gs_only_after_variable_length_elements() -> None:
    assert element_string("(01)09506000134352(21)ABC123(10)LOT42") == (
        "010950600013435221ABC123\x1d10LOT42"
    )
    assert element_string("(01)09506000134352(17)261231(10)L1") == "01095060001343521726123110L1"


def test_gs1_with_a_bad_check_digit_or_bad_syntax_is_refused() -> None:
    with pytest.raises(LabelError, match="check digit"):
        element_string("(01)09506000134353")
    with pytest.raises(LabelError):
        element_string("0109506000134352")


def test_module_width_is_whole_printer_dots() -> None:
    box = BarcodeBox("lpn", 0, 0, 0.5, 3.0, module=0.010)
    assert module_dots(box, 145, 203) == 2  # 0.0099 in, not 2.03 dots
    assert module_dots(box, 145, 300) == 3


def test_module_width_shrinks_to_fit_and_refuses_what_cannot() -> None:
    box = BarcodeBox("lpn", 0, 0, 0.5, 1.0, module=0.010)
    assert module_dots(box, 145, 203) == 1  # 2 dots would need 330 dots > 203
    with pytest.raises(LabelError, match="do not fit"):
        module_dots(box, 400, 203)


def test_printer_settings_from_the_printers_table(tmp_path: Path) -> None:
    settings = PrinterSettings.from_dict(
        {
            "restock": {"url": "tcp://10.0.0.50:9100", "dpi": 300, "size": "2x1"},
            "bin": "cups://office",
        },
        default_folder=tmp_path / "labels",
    )
    assert settings.for_type("restock") == PrinterTarget("tcp://10.0.0.50:9100", "zpl", 300, "2x1")
    assert settings.for_type("bin") == PrinterTarget("cups://office", "pdf", 203, "4x2")
    assert settings.for_type("command-sheet") == PrinterTarget(
        (tmp_path / "labels").as_uri(), "pdf", 203, "4x2"
    )
    assert PrinterSettings.from_dict(settings.to_dict(), tmp_path) == settings
    assert settings.urls()[0].startswith("file://")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"restok": "tcp://x"}, "unknown label type"),
        ({"restock": "http://x"}, "scheme"),
        ({"restock": {"url": "tcp://x", "format": "png"}}, "format"),
        ({"restock": {"url": "tcp://x", "dpi": "203"}}, "dpi"),
        ({"restock": {"url": "tcp://x", "colour": "red"}}, "unknown printer setting"),
        ({"restock": {"url": "tcp://x", "size": "4x6"}}, "size"),
        ({"restock": 9100}, "URL or a table"),
    ],
)
def test_bad_printer_settings_are_refused(
    table: dict[str, object], message: str, tmp_path: Path
) -> None:
    with pytest.raises(PrinterSettingsError, match=message):
        PrinterSettings.from_dict(table, tmp_path)


def test_backoff_doubles_up_to_its_ceiling() -> None:
    backoff = Backoff(base=0.5, cap=30.0)
    assert [backoff.delay(n) for n in (1, 2, 3, 4, 7, 8, 50)] == [0.5, 1, 2, 4, 30, 30, 30]
