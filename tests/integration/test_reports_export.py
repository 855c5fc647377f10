"""The report on paper and in files: the PDF rendered to pixels and read back as text, the CSV
files read back with the csv module (CJK intact), `receiving-desk report` end to end."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.adapters.reports import open_local_source
from receiving_desk.adapters.reports.cli import report_cli
from receiving_desk.adapters.reports.csv_export import report_file_stem, write_report_zip
from receiving_desk.adapters.reports.pdf import EMPTY, cell_texts, render_report_pdf
from receiving_desk.bootstrap import Services
from receiving_desk.config import ConfigError, load_config
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, Period, find_shift, shift_title
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import Report, ReportFilter, format_value, run_report
from tests.integration.reports_ledger import OLGA, SHIFT_DAY, STATION, TZ
from tests.integration.reports_shift import ShiftScript, night_shift_store

DOCS = Path(__file__).resolve().parents[2] / "docs"
NIGHT_SHIFT = find_shift(DEFAULT_SHIFTS, "night")
NIGHT = NIGHT_SHIFT.period_on(SHIFT_DAY, TZ)
SUPERVISOR = Session(OLGA, "Olga", Role.SUPERVISOR, STATION, datetime(2026, 3, 29, tzinfo=UTC))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, ShiftScript]]:
    with night_shift_store(tmp_path_factory.mktemp("night")) as played:
        yield played


@pytest.fixture(scope="module")
def report(store: tuple[Services, ShiftScript]) -> Report:
    services, _ = store
    source = open_local_source(services.config.database_path)
    try:
        return run_report(
            SUPERVISOR, source, ReportFilter(NIGHT), site=services.config.site_name,
            scope=shift_title(NIGHT_SHIFT, SHIFT_DAY), timezone="Europe/Berlin",
            now=datetime(2026, 3, 29, 4, 30, tzinfo=UTC), currency="EUR", locale="en",
        )  # fmt: skip
    finally:
        source.close()


def pdf_text(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return pages
    finally:
        document.close()


def test_the_pdf_carries_the_totals_as_text_on_paginated_pages(report: Report) -> None:
    pages = pdf_text(render_report_pdf(report))
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Returns dock A — 退货" in text  # the header, CJK included, on every page
        assert "Shift night 22:00–06:00 starting Sat 2026-03-28" in text
        assert "generated 2026-03-29 06:30 CEST" in text
    first = " ".join(pages[0].split())
    for label in ("Parcels received", "Units inspected", "Value returned to stock",
                  "Refund value", "Returns with fraud indicators", "Labels printed"):  # fmt: skip
        value = format_value(report.figure(label), report.currency, report.locale)
        assert re.search(rf"{re.escape(label)} {re.escape(value)}\b", first), (label, value)
    everything = "\n".join(pages)
    assert "张伟" in everything and "Ольга Петрова" in everything
    assert "Grade mix (units)" in everything and "A 4 (40%)" in everything  # the pie's labels


def test_a_pdf_page_renders_to_pixels_with_its_charts(report: Report, tmp_path: Path) -> None:
    document = pdfium.PdfDocument(render_report_pdf(report))
    try:
        page = document[0]
        bitmap = page.render(scale=110 / 72)
        image = bitmap.to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    target = DOCS / "report-page.png" if os.environ.get("UPDATE_DOCS") else tmp_path / "p.png"
    image.save(target)
    width, height = image.size
    assert abs(width - 595.28 * 110 / 72) <= 1 and abs(height - 841.89 * 110 / 72) <= 1  # A4
    chart = image.crop((0, int(height * 0.42), width, int(height * 0.66)))  # the charts' band
    colours = chart.getcolors(maxcolors=100_000) or []
    blue = sum(n for n, (r, g, b) in colours if b > r + 40 and b > 100)
    assert blue > 0.02 * chart.size[0] * chart.size[1]  # pie slices and bars are drawn


def test_the_pdf_prints_money_in_the_site_currency_names_not_codes_and_whole_words(
    report: Report,
) -> None:
    data = render_report_pdf(report)
    text = "\n".join(pdf_text(data))
    flat = " ".join(text.split())
    stocked = report.figure("Value returned to stock")
    assert f"Value returned to stock €{stocked:,}" in flat  # EUR, written the English way
    assert re.search(r"Refund value €[\d,]+\.\d\d", flat)
    for code in ("restock_open_box", "restock_new", "no_longer_needed", "set_aside", "wrong_item",
                 "disposition_overridden", "undeclared"):  # fmt: skip
        assert code not in text, code
    assert "Restock as new" in flat and "Wrong item" in flat
    # every word of every cell, column and title is printed whole at least as often as the
    # report holds it (a word broken across two lines would be missing from the tokens)
    printed = Counter(text.split())
    wanted: Counter[str] = Counter()
    for table in report.tables:
        for row in cell_texts(report, table):
            wanted.update(w for cell in row for w in cell.split())
        wanted.update(w for column in table.columns for w in column.split())
        if not table.rows:
            wanted.update(EMPTY.split())
    missing = {w: n for w, n in wanted.items() if printed[w] < n}
    assert not missing, missing
    # a standalone desk has no sync backlog: no line for it (the fixture's desk has one)
    assert "Sync backlog" in flat


def test_a_standalone_desk_report_has_no_sync_backlog_line(
    store: tuple[Services, ShiftScript],
) -> None:
    services, _ = store
    source = open_local_source(services.config.database_path)
    try:
        standalone = run_report(
            SUPERVISOR, source, ReportFilter(NIGHT), site="Dock", scope="night",
            timezone="Europe/Berlin", now=datetime(2026, 3, 29, 4, 30, tzinfo=UTC),
            standalone=True, currency="KRW", locale="ko",
        )  # fmt: skip
    finally:
        source.close()
    flat = " ".join("\n".join(pdf_text(render_report_pdf(standalone))).split())
    korean = Catalogue("ko")
    for english in ("Sync backlog", "Oldest unsent"):
        assert english not in flat and korean.text("ReportNames", english) not in flat
    stocked = standalone.figure("Value returned to stock")
    assert isinstance(stocked, Decimal)
    label = korean.text("ReportNames", "Value returned to stock")
    assert f"{label} ₩{round(stocked):,}" in flat  # the won has no cents


def test_csv_is_one_zip_named_after_range_and_station_with_cjk_intact(
    report: Report, tmp_path: Path
) -> None:
    path = write_report_zip(report, tmp_path / "r.zip")
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert names == {"about.csv"} | {f"{t.name}.csv" for t in report.tables}
        files = {n: archive.read(n) for n in names}
    for table in report.tables:
        raw = files[f"{table.name}.csv"]
        assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need for UTF-8
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert tuple(rows[0]) == table.columns
        assert len(rows) == len(table.rows) + 1

    def table(name: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(files[name].decode("utf-8-sig"), newline="")))

    clerks = {row["Clerk"]: row for row in table("clerks.csv")}
    assert clerks["张伟"]["Units"] == "4" and "Ольга Петрова" in clerks
    summary = {row["Figure"]: row["Value"] for row in table("summary.csv")}
    assert summary["Value returned to stock"] == str(report.figure("Value returned to stock"))
    assert {row["Disposition"] for row in table("dispositions.csv")} >= {"Restock as new"}
    about = files["about.csv"].decode("utf-8-sig")
    assert "Returns dock A — 退货" in about and "2026-03-28T21:00:00+00:00" in about
    assert "currency,EUR" in about
    assert report_file_stem(report) == (
        "report_Shift-night-2200-0600-starting-Sat-2026-03-28_all-stations"
    )


def test_the_command_line_writes_the_pdf_and_the_csv_files(
    store: tuple[Services, ShiftScript], tmp_path: Path
) -> None:
    services, played = store
    config = replace(services.config, source=None)
    out, err = io.StringIO(), io.StringIO()
    pdf = tmp_path / "night.pdf"
    argv = ["--shift", "night", "--date", "2026-03-28", "--format", "pdf", "--out", str(pdf)]
    assert report_cli(argv, config, out, err) == 0, err.getvalue()
    assert "Units inspected: 10" in out.getvalue()
    assert "Units inspected 10" in " ".join(pdf_text(pdf.read_bytes())[0].split())
    archive = tmp_path / "ana.zip"
    argv = ["--from", "2026-03-28T22:00", "--to", "2026-03-29T06:00", "--clerk", "ana lima",
            "--format", "csv", "--out", str(archive)]  # fmt: skip
    assert report_cli(argv, config, out, err) == 0, err.getvalue()
    with zipfile.ZipFile(archive) as z:
        raw = z.read("summary.csv").decode("utf-8-sig")
    summary = {row["Figure"]: row["Value"] for row in csv.DictReader(io.StringIO(raw))}
    assert summary["Units inspected"] == "6"  # Ana's units of the night
    assert played.ledger.expected(NIGHT, clerk="U-BADGE-C001")["units"] == 6


def test_shifts_come_from_the_station_file(
    store: tuple[Services, ShiftScript], tmp_path: Path
) -> None:
    services, played = store
    station_file = tmp_path / "station.toml"
    station_file.write_text(
        '[station]\nstation_id = "TEST-01"\n\n'
        '[[shift]]\nname = "graveyard"\nstart = "23:30"\nend = "03:00"\n',
        encoding="utf-8",
    )
    config = replace(
        load_config(station_file, environ={}),
        data_dir=services.config.data_dir,
        site_timezone=services.config.site_timezone,
    )
    out, err = io.StringIO(), io.StringIO()
    argv = ["--shift", "Graveyard", "--date", "2026-03-28", "--format", "csv",
            "--out", str(tmp_path / "graveyard.zip")]  # fmt: skip
    assert report_cli(argv, config, out, err) == 0, err.getvalue()
    # 23:30 CET to 03:00 CEST: 2.5 hours, across midnight and the clocks going forward
    graveyard = Period(
        datetime(2026, 3, 28, 22, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, tzinfo=UTC)
    )
    units = played.ledger.expected(graveyard)["units"]
    assert units == 2 and f"Units inspected: {units}" in out.getvalue()
    station_file.write_text('[[shift]]\nname = "x"\nstart = "9am"\nend = "10:00"\n')
    with pytest.raises(ConfigError, match=r"\[\[shift\]\].*not a time of day"):
        load_config(station_file, environ={})


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--shift", "graveyard", "--format", "pdf"], "no shift named 'graveyard'"),
        (["--from", "2026-03-01", "--format", "csv"], "--from needs --to"),
        (["--shift", "night", "--date", "2026-03-28", "--clerk", "Nobody", "--format", "pdf"],
         "no user 'Nobody'"),
    ],
)  # fmt: skip
def test_the_command_line_refuses_bad_requests_with_the_reason(
    store: tuple[Services, ShiftScript], argv: list[str], message: str
) -> None:
    err = io.StringIO()
    assert report_cli(argv, store[0].config, io.StringIO(), err) == 2
    assert message in err.getvalue()


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_pdf_and_the_csv_speak_the_desks_language(
    report: Report, language: str, tmp_path: Path
) -> None:
    """Figures, titles, columns, codes, the page header and the CSV's headers come from the
    desk's one catalogue, in the language the report's numbers are written for."""
    translated = replace(report, locale=language)
    words = Catalogue(language)

    def said(context: str, english: str) -> str:
        text = words.text(context, english)
        assert text != english, english  # the catalogue really has it
        return text

    pages = pdf_text(render_report_pdf(translated))
    flat = " ".join(" ".join(pages).split())
    assert said("ReportNames", "Page {0} of {1}").format(1, len(pages)) in flat
    assert said("ReportNames", "Shift report — {0}").format(report.site) in flat
    for english in ("Parcels received", "Grade mix", "Supervisor overrides"):
        assert said("ReportNames", english) in flat
        assert english not in flat
    assert said("Messages", "Restock as new") in flat and "Restock as new" not in flat
    assert said("ReportNames", "Wrong item") in flat
    assert said("ReportNames", "Grade mix (units)") in flat  # the chart's title
    path = write_report_zip(translated, tmp_path / "r.zip")
    with zipfile.ZipFile(path) as archive:
        summary = archive.read("summary.csv").decode("utf-8-sig").splitlines()
        about = archive.read("about.csv").decode("utf-8-sig")
    assert summary[0] == ",".join(said("ReportNames", c) for c in ("Figure", "Value", "Unit"))
    assert said("ReportNames", "currency") + ",EUR" in about
    assert said("ReportNames", "all stations") in about
