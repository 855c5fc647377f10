"""An evidence pack from a report's drill-down: select a fraud-flagged return in the list
behind a number and make its pack (on the I/O executor); the pack names that return."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pytestqt.qtbot import QtBot

from receiving_desk.adapters.evidence.station import StationEvidence
from receiving_desk.adapters.reports import open_local_source
from receiving_desk.bootstrap import Services
from receiving_desk.gui.reports_view import ReportsView
from receiving_desk.gui.runtime import AppRuntime
from tests.conftest import FixedClock
from tests.gui.test_reports_view import (
    SUPERVISOR,
    GivenSource,
    cell,
    double_click,
    drilled_rmas,
    run_night,
)
from tests.integration.reports_shift import ShiftScript, play_night_shift


@pytest.fixture
def played(services: Services, clock: FixedClock) -> ShiftScript:
    return play_night_shift(services, clock)


@pytest.fixture
def runtime(qtbot: QtBot) -> Iterator[AppRuntime]:
    app_runtime = AppRuntime(sound=False)
    yield app_runtime
    app_runtime.shutdown()


@pytest.fixture
def view(
    played: ShiftScript, services: Services, qtbot: QtBot, runtime: AppRuntime, tmp_path: Path
) -> Iterator[ReportsView]:
    config = services.config
    evidence = StationEvidence(
        services.engine, tmp_path / "packs", config.photo_dir, lambda: config.patterns,
        services.clock, config.station_id,
    )  # fmt: skip
    source = GivenSource(open_local_source(config.database_path), services)
    shown = ReportsView(source, SUPERVISOR, config, runtime.tasks, evidence=evidence)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.pickers.clerk.count() > 1, timeout=5000)
    yield shown
    shown.shutdown()


def test_a_pack_of_the_selected_return_from_the_drill_down(
    view: ReportsView, qtbot: QtBot, tmp_path: Path
) -> None:
    run_night(view, qtbot)
    row, _ = cell(view.summary, "Returns with fraud indicators")
    double_click(qtbot, view, view.summary, row, 1)
    assert drilled_rmas(view) == ["RMA-T03", "RMA-T04", "RMA-T05"]
    button = view.drill_dialog.evidence_button
    assert button.isVisible()
    button.click()  # nothing selected yet: told, nothing made
    assert view.drill_dialog.status.text() == "Select a return first."
    view.drill_list.selectRow(1)
    button.click()
    status = view.drill_dialog.status
    qtbot.waitUntil(lambda: status.text().startswith("Evidence pack saved:"), timeout=30000)
    (pdf,) = (tmp_path / "packs").glob("*.pdf")
    assert "RMA-T04" in pdf.name
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "Evidence pack — RMA-T04" in text
