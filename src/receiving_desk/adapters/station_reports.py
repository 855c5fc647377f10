"""Reports for the desk's GUI (`ReportPort`): over the local store, exported as PDF or CSV.
Outside the reports package, whose queries, PDF and CSV writers are imported on first use:
the first screen does not need them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from receiving_desk.services.reports import Report, ReportSource


class StationReports:
    def __init__(self, database: Path) -> None:
        self._database = database

    def open_local(self) -> ReportSource:
        from receiving_desk.adapters.reports import open_local_source

        return open_local_source(self._database)

    def render_pdf(self, report: Report) -> bytes:
        from receiving_desk.adapters.reports.pdf import render_report_pdf

        return render_report_pdf(report)

    def write_csv(self, report: Report, path: Path) -> Path:
        from receiving_desk.adapters.reports.csv_export import write_report_zip

        return write_report_zip(report, path)
