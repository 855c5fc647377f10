"""Which printer prints which label type at a station: the `[printers]` table of station.toml.

    [printers]
    default = "file:///var/lib/receiving-desk/labels"          # the embedded default
    restock = { url = "tcp://10.0.0.50:9100", format = "zpl", dpi = 203, size = "4x2" }
    bin = "cups://office"                                       # format from the scheme

A plain URL string takes the format its scheme implies (tcp -> zpl, cups/file -> pdf).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from receiving_desk.adapters.printing.backends import (
    SCHEMES,
    PrinterError,
    PrinterStatus,
    backend_for,
    default_format,
)
from receiving_desk.adapters.printing.labels import FORMATS, LabelFormat, restock_label
from receiving_desk.adapters.printing.printer_urls import check_printer_url
from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.file_problems import SettingProblem, wording, wording_of
from receiving_desk.domain.file_problems import _t as _t

LABEL_TYPES = ("default", "restock", "bin", "command-sheet")
SIZES = ("4x2", "2x1")


class PrinterSettingsError(SettingProblem):
    pass


@dataclass(frozen=True)
class PrinterTarget:
    url: str
    format: LabelFormat
    dpi: int = 203
    size: str = "4x2"  # the label stock loaded: picks restock-4x2 or restock-2x1

    def __post_init__(self) -> None:
        scheme = urlsplit(self.url).scheme
        if scheme not in SCHEMES:
            raise PrinterSettingsError(
                _t("printer URL {url}: scheme must be {allowed}"),
                url=repr(self.url),
                allowed=SCHEMES,
            )
        try:
            check_printer_url(self.url)
        except ValueError as exc:
            raise PrinterSettingsError(wording_of(exc)) from exc
        if self.format not in FORMATS:
            raise PrinterSettingsError(
                _t("format must be one of {allowed}, got {value}"),
                allowed=FORMATS,
                value=repr(self.format),
            )
        if not 100 <= self.dpi <= 1200:
            raise PrinterSettingsError(_t("dpi must be 100..1200, got {value}"), value=self.dpi)
        if self.size not in SIZES:
            raise PrinterSettingsError(
                _t("size must be one of {allowed}, got {value}"),
                allowed=SIZES,
                value=repr(self.size),
            )

    @classmethod
    def parse(cls, value: Any) -> PrinterTarget:
        if isinstance(value, str):
            value = {"url": value}
        if not isinstance(value, Mapping) or not isinstance(value.get("url"), str):
            raise PrinterSettingsError(
                _t("a printer is a URL or a table with url=, got {value}"), value=repr(value)
            )
        unknown = set(value) - {"url", "format", "dpi", "size"}
        if unknown:
            raise PrinterSettingsError(
                _t("unknown printer setting(s) {keys}"), keys=sorted(unknown)
            )
        url = value["url"]
        implied = default_format(url)
        dpi = value.get("dpi", 203)
        if not isinstance(dpi, int) or isinstance(dpi, bool):
            raise PrinterSettingsError(
                _t("dpi must be a whole number, got {value}"), value=repr(dpi)
            )
        fmt = cast(LabelFormat, value.get("format", implied))
        return cls(url, fmt, dpi, str(value.get("size", "4x2")))

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "format": self.format, "dpi": self.dpi, "size": self.size}


def default_target(folder: Path) -> PrinterTarget:
    return PrinterTarget(folder.resolve().as_uri(), "pdf")


@dataclass(frozen=True)
class PrinterSettings:
    default: PrinterTarget
    by_type: Mapping[str, PrinterTarget] = field(default_factory=dict)

    def for_type(self, label_type: str) -> PrinterTarget:
        """The printer for "restock", "bin" or "command-sheet" labels."""
        return self.by_type.get(label_type, self.default)

    def urls(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.url for t in (self.default, *self.by_type.values())))

    @classmethod
    def from_dict(cls, table: Mapping[str, Any], default_folder: Path) -> PrinterSettings:
        """From the `[printers]` table; without `default`, PDFs go to `default_folder`."""
        unknown = set(table) - set(LABEL_TYPES)
        if unknown:
            said = wording(
                _t("unknown label type(s) {types}; known: {known}"),
                types=sorted(unknown),
                known=LABEL_TYPES,
            )
            raise PrinterSettingsError(said.within("[printers]:"))
        parsed = {name: PrinterTarget.parse(value) for name, value in table.items()}
        default = parsed.pop("default", None) or default_target(default_folder)
        return cls(default, parsed)

    def to_dict(self) -> dict[str, Any]:
        table = {"default": self.default.to_dict()}
        table.update({name: target.to_dict() for name, target in self.by_type.items()})
        return table


def print_test_label(
    url: str, fmt: LabelFormat | None = None, dpi: int = 203, *, timeout: float = 2.0
) -> PrinterStatus:
    """Print one sample restock label straight away (not through the queue), for the
    settings screen. Raises PrinterError with the printer's state when it is not ready."""
    fmt = fmt or cast(LabelFormat, default_format(url))
    backend = backend_for(url, timeout=timeout)
    status = backend.status()
    if not status.ready:
        raise PrinterError(status.state, status.detail)
    now = datetime.now(UTC)
    label = restock_label(
        lpn=make_lpn(0, "TEST"),
        sku="TEST-SKU",
        description="Test label · 测试标签 · 測試標籤 · 테스트 · Тестовая этикетка",
        grade="A",
        disposition="test",
        bin="TEST-BIN",
        on=now.date(),
        gs1="(01)09506000134352(21)TEST",
    )
    if fmt == "zpl":
        from receiving_desk.adapters.printing.zpl import render_zpl

        payload = render_zpl(label, dpi)
    else:
        from receiving_desk.adapters.printing.pdf import render_pdf

        payload = render_pdf(label, dpi)
    backend.send(payload, fmt=fmt, name=f"test-label-{now:%Y%m%dT%H%M%S}")
    return status


def printer_table(
    table: Mapping[str, Any], written: object, default_folder: Path
) -> dict[str, Any]:
    """The `[printers]` table to save. An entry whose printer is unchanged keeps the form it
    is written in (a plain URL stays a plain URL); the built-in default (a folder under the
    data directory, which may be a one-off `--data-dir`) is not written unless it was."""
    old = written if isinstance(written, Mapping) else {}
    builtin = default_target(default_folder)
    result: dict[str, Any] = {}
    for name, value in table.items():
        target = PrinterTarget.parse(value)
        if name in old:
            try:
                if PrinterTarget.parse(old[name]) == target:
                    result[name] = old[name]
                    continue
            except PrinterSettingsError:
                pass
        elif name == "default" and target == builtin:
            continue
        result[name] = value
    return result
