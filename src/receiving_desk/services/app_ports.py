"""What the GUI may see of the desk: use cases and read-only status ports, nothing else.

The composition root (`bootstrap`) builds a `DeskApp` from the adapters; the GUI receives it
and never the engine, the print queue or the syncer. Ports here are Protocols over plain
values, so the GUI imports no adapter and no adapter type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from receiving_desk.services.start_refusal import StartRefusal

if TYPE_CHECKING:  # names for typing: the first screen loads none of the use cases' modules
    from receiving_desk.domain.barcodes import DeskPatterns
    from receiving_desk.domain.shifts import Shift
    from receiving_desk.domain.users import Session
    from receiving_desk.domain.weights import Reading
    from receiving_desk.services.admin_app import AdminApp
    from receiving_desk.services.backup import BackupControl
    from receiving_desk.services.desk import Desk
    from receiving_desk.services.inventory import InventoryService
    from receiving_desk.services.reports import Report, ReportSource
    from receiving_desk.services.rules_in_force import RulesInForce
    from receiving_desk.services.station import StationSettingsService
    from receiving_desk.services.sync import SyncService

__all__ = ["StartRefusal"]  # (defined apart: the command line names it before any of this)


class StationView(Protocol):
    """The station's settings as the GUI reads them (never writes them)."""

    @property
    def station_id(self) -> str: ...
    @property
    def site_name(self) -> str: ...
    @property
    def site_timezone(self) -> str: ...
    @property
    def tz(self) -> ZoneInfo: ...
    @property
    def data_dir(self) -> Path: ...
    @property
    def log_dir(self) -> Path: ...
    @property
    def language(self) -> str: ...
    @property
    def sound(self) -> bool: ...
    @property
    def shifts(self) -> tuple[Shift, ...]: ...
    @property
    def scanners(self) -> Sequence[ScannerConfigView]: ...
    @property
    def scales(self) -> Sequence[ScaleConfigView]: ...
    @property
    def currency(self) -> str: ...  # ISO 4217
    @property
    def patterns(self) -> DeskPatterns: ...  # the site's own barcodes, its PIN scans
    @property
    def number_locale(self) -> str: ...
    @property
    def standalone(self) -> bool: ...  # no central database: nothing to sync


# -- scanners ------------------------------------------------------------------------------
class ScannerConfigView(Protocol):
    """One configured scanner port (validated by `ScannerPort.make_config`)."""

    @property
    def name(self) -> str: ...
    @property
    def port(self) -> str | None: ...
    @property
    def usb_vid(self) -> int | None: ...
    @property
    def usb_pid(self) -> int | None: ...
    @property
    def usb_serial(self) -> str | None: ...
    @property
    def baudrate(self) -> int: ...
    @property
    def bytesize(self) -> int: ...
    @property
    def parity(self) -> str: ...
    @property
    def stopbits(self) -> float: ...
    @property
    def flow(self) -> str: ...
    @property
    def sends_hri(self) -> bool: ...
    @property
    def terminator(self) -> str: ...
    @property
    def uses_usb_identity(self) -> bool: ...
    @property
    def idle_flush_ms(self) -> int: ...
    @property
    def dedupe_ms(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...


class ScanView(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def data(self) -> str: ...
    @property
    def aim_id(self) -> str | None: ...
    @property
    def received_at(self) -> datetime: ...


class JournaledScanView(Protocol):
    """A scan made durable in the scan journal, with its journal id."""

    @property
    def journal_id(self) -> int: ...
    @property
    def scan(self) -> ScanView: ...


class ScannerStatusView(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def state(self) -> str: ...  # "connected", "disconnected", ...


class PortView(Protocol):
    @property
    def device(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def vid(self) -> int | None: ...
    @property
    def pid(self) -> int | None: ...
    @property
    def serial_number(self) -> str | None: ...
    @property
    def product(self) -> str | None: ...


class ScannerPort(Protocol):
    """Serial readers and the keyboard wedge, through the scan journal. Callbacks arrive on
    worker threads: the GUI re-emits them as queued signals. `on_trouble` gets the (known)
    error when the journal cannot write and scans wait in memory, and None when they flow
    again."""

    def start(
        self,
        on_scan: Callable[[JournaledScanView], None],
        on_status: Callable[[ScannerStatusView], None],
        on_trouble: Callable[[BaseException | None], None],
    ) -> None: ...
    def stop(self) -> None: ...
    def reconfigure(self, configs: Sequence[ScannerConfigView]) -> None: ...
    def keyboard_line(self, text: str) -> None: ...
    def configs(self) -> Sequence[ScannerConfigView]: ...
    def list_ports(self) -> Sequence[PortView]: ...
    def make_config(self, values: Mapping[str, Any]) -> ScannerConfigView: ...


# -- scales --------------------------------------------------------------------------------
class ScaleConfigView(Protocol):
    """One configured bench scale (validated by `ScalePort.make_config`)."""

    @property
    def name(self) -> str: ...
    @property
    def protocol(self) -> str: ...
    @property
    def port(self) -> str | None: ...
    @property
    def baudrate(self) -> int: ...
    @property
    def usb_vid(self) -> int | None: ...
    @property
    def usb_pid(self) -> int | None: ...
    @property
    def usb_serial(self) -> str | None: ...
    @property
    def poll_ms(self) -> int: ...
    @property
    def settle_ms(self) -> int: ...
    @property
    def uses_usb_identity(self) -> bool: ...


class ScaleStatusView(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def state(self) -> str: ...  # connecting, connected, disconnected, stopped
    @property
    def port(self) -> str | None: ...
    @property
    def detail(self) -> str: ...


class ScalePort(Protocol):
    """The station's scales, read by their own threads; readings (scale name, `Reading`)
    and hot-plug states arrive on those threads: the GUI re-emits them as queued signals."""

    def start(
        self,
        on_reading: Callable[[str, Reading], None],
        on_status: Callable[[ScaleStatusView], None],
    ) -> None: ...
    def stop(self) -> None: ...
    def reconfigure(self, configs: Sequence[ScaleConfigView]) -> None: ...
    def configs(self) -> Sequence[ScaleConfigView]: ...
    def make_config(self, values: Mapping[str, Any]) -> ScaleConfigView: ...


# -- printers ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PrinterLine:
    """One printer's state for the status bar (from the print queue's memory: no I/O)."""

    url: str
    state: str  # ready, paper_out, head_open, offline, unknown, ...
    ok: bool
    queued: int


@dataclass(frozen=True)
class PrinterChoice:
    url: str
    format: str
    dpi: int
    size: str


class PrinterPort(Protocol):
    label_types: tuple[str, ...]
    sizes: tuple[str, ...]

    def status(self) -> Sequence[PrinterLine]: ...
    def choices(self) -> Mapping[str, PrinterChoice]: ...  # label type -> printer
    def print_test_label(self, value: Mapping[str, Any]) -> str: ...  # DeskError if not
    def label_preview(self, lpn: str) -> bytes: ...  # PNG of the LPN's last label


# -- reports, photos, demo -----------------------------------------------------------------
class ReportPort(Protocol):
    def open_local(self) -> ReportSource: ...
    def render_pdf(self, report: Report) -> bytes: ...
    def write_csv(self, report: Report, path: Path) -> Path: ...  # one ZIP of CSV files


class PhotoPort(Protocol):
    def add(self, source: Path) -> str: ...  # the stored name


@dataclass(frozen=True)
class EvidenceFiles:
    """An evidence pack made on demand: its two files and what the desk recorded of them."""

    pdf: Path
    zip: Path
    pdf_sha256: str
    photos: int


class EvidencePort(Protocol):
    """A return's evidence pack, by the receipt or by one of its LPNs (I/O executor)."""

    def make(
        self, session: Session, *, receipt_id: str | None = None, lpn: str | None = None
    ) -> EvidenceFiles: ...


class DemoPort(Protocol):
    """The demo's simulated serial scanner: its script and the port to write it to."""

    def script(self) -> list[bytes]: ...
    def write(self, data: bytes) -> None: ...


@dataclass
class DeskApp:
    """The GUI's whole view of the desk."""

    station: Callable[[], StationView]  # the current settings (they change when saved)
    new_desk: Callable[[], Desk]
    inventory: InventoryService
    settings: StationSettingsService
    sync: SyncService
    scanners: ScannerPort
    printers: PrinterPort
    reports: ReportPort
    photos: PhotoPort
    backups: BackupControl  # the backup schedule's snapshot (status bar)
    start: Callable[[], None]  # background workers that wait for the GUI (syncer, backups)
    demo: DemoPort | None = None
    admin: AdminApp | None = None  # first-run setup and administration (None: not offered)
    scales: ScalePort | None = None  # bench scales (None: the desk weighs nothing)
    evidence: EvidencePort | None = None  # evidence packs on demand (None: not offered)
    rules: RulesInForce | None = None  # the rules in force (their version in the status bar)
    rules_watch: Callable[[], object] | None = None  # a load by another process: in force too
