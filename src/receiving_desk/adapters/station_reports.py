"""Reports for the desk's GUI (`ReportPort`): over the local store, exported as PDF or CSV.
Outside the reports package on purpose: the desk builds this at start, and the reports stack
(queries, PDF and CSV writers) is imported on first use."""

from __future__ import annotations

from pathlib import Path

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

    def write_csv(self, report: Report, folder: Path) -> list[Path]:
        from receiving_desk.adapters.reports.csv_export import write_report_csv

        return write_report_csv(report, folder)
