"""The composition root: builds the store, the rules and the services for one station.

Only here (and in the command line) are adapters named. The GUI gets `Services.desk_app()`:
use cases and read-only status ports, never the engine, the print queue or the syncer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from receiving_desk.adapters.backup.scheduler import BackupScheduler
from receiving_desk.adapters.central.syncer import Syncer, build_sync
from receiving_desk.adapters.evidence.station import StationEvidence
from receiving_desk.adapters.evidence.worker import EvidenceWorker
from receiving_desk.adapters.pepper import PepperError, derived_key, read_pepper, site_hasher
from receiving_desk.adapters.photos import PhotoStore
from receiving_desk.adapters.printing.desk_printer import QueuedLabelPrinter
from receiving_desk.adapters.printing.queue import PrintQueue
from receiving_desk.adapters.printing.settings import (
    PrinterSettings,
    PrinterSettingsError,
    printer_table,
)
from receiving_desk.adapters.printing.station_printers import StationPrinters
from receiving_desk.adapters.rollups.refresher import RollupRefresher
from receiving_desk.adapters.rules_install import CentralRulesHook
from receiving_desk.adapters.rules_watch import StationRulesWatch
from receiving_desk.adapters.scales.feed import ScaleFeed
from receiving_desk.adapters.scales.settings import scale_from_dict, scale_tables
from receiving_desk.adapters.scanners import ScannerPortConfig
from receiving_desk.adapters.scanners.config import scanner_tables
from receiving_desk.adapters.scanners.feed import ScanFeed
from receiving_desk.adapters.site_admin import site_admin
from receiving_desk.adapters.station_reports import StationReports
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.checkpoint import Checkpointer
from receiving_desk.adapters.store.engine import create_store_engine, read_only, write_lock
from receiving_desk.adapters.store.site_codes import check_store_codes
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.config import SiteCodesError, StationConfig, setting_error
from receiving_desk.config_store import ConfigStore
from receiving_desk.domain.audit_sampling import SamplingPolicy
from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.barcodes.site_codes import SITE_CODES, UnscannableCodesError
from receiving_desk.domain.file_problems import SettingProblem, wording
from receiving_desk.domain.ports import Clock, PinHasher, UnitOfWork
from receiving_desk.domain.refusals import _t, refusal
from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.resources import resource
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.app_ports import DeskApp
from receiving_desk.services.approval import ApprovalService
from receiving_desk.services.auth import AuthService
from receiving_desk.services.blind_audit import BlindAudits
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.desk import Desk
from receiving_desk.services.inspection import InspectionService
from receiving_desk.services.inventory import InventoryService
from receiving_desk.services.receiving import ReceivingService
from receiving_desk.services.rules_in_force import RulesInForce
from receiving_desk.services.station import StationSettingsService
from receiving_desk.services.sync import StandaloneSync, SyncService
from receiving_desk.services.weighing import WeighingService

if TYPE_CHECKING:
    from receiving_desk.adapters.scanners.simulator import VirtualScanner


@dataclass
class Services:
    config: StationConfig
    engine: Engine
    uow_factory: Callable[[], UnitOfWork]
    in_force: RulesInForce  # the rules in force: swapped by a load or a pull, no restart
    hasher: PinHasher
    clock: Clock
    auth: AuthService
    receiving: ReceivingService
    inspection: InspectionService
    audits: BlindAudits
    inventory: InventoryService
    print_queue: PrintQueue
    printers: PrinterSettings
    sync: SyncService
    syncer: Syncer | StandaloneSync
    station: StationSettingsService
    backups: BackupScheduler  # started with the GUI, like the syncer
    rollups: RollupRefresher | None = None  # report roll-ups of past days, with the GUI
    admin: AdminApp | None = None  # first-run setup and administration (site_admin.py)
    evidence: EvidenceWorker | None = None  # packs for fraud-flagged returns, with the GUI
    on_close: list[Callable[[], object]] = field(default_factory=list)
    scales: ScaleFeed = field(default_factory=lambda: ScaleFeed(()))  # started with the GUI
    reads: Callable[[], UnitOfWork] | None = None  # read-only units of work (views, checks)
    central_rules: Callable[[Engine], object] | None = None  # the syncer's after-pull step

    @property
    def rules(self) -> RuleSet:
        return self.in_force()

    def new_desk(self) -> Desk:
        patterns = self.config.patterns
        return Desk(
            self.uow_factory,
            self.auth,
            self.receiving,
            self.inspection,
            self.inventory,
            self.config.station_id,
            patterns,
            ApprovalService(self.uow_factory, self.auth, self.clock, self.config.station_id),
            self.clock,
            self.config.security,
            WeighingService(self.uow_factory, self.clock, self.in_force.weights),
            self.scales,
            self.audits,
            reads=self.reads,
        )

    def desk_app(self, demo_scanner: VirtualScanner | None = None) -> DeskApp:
        """The GUI's facade over these services (the scan feed starts when the GUI starts it)."""
        return DeskApp(
            station=lambda: self.config,
            new_desk=self.new_desk,
            inventory=self.inventory,
            settings=self.station,
            sync=self.sync,
            scanners=ScanFeed(self.engine, self.config.scanners, self.config.patterns),
            printers=StationPrinters(self.print_queue, lambda: self.printers),
            reports=StationReports(self.config.database_path),
            photos=PhotoStore(self.config.photo_dir),
            backups=self.backups,
            start=self._start_workers,
            demo=DemoScript(demo_scanner) if demo_scanner is not None else None,
            admin=self.admin,
            scales=self.scales,
            evidence=StationEvidence(
                self.engine,
                self.config.evidence_dir,
                self.config.photo_dir,
                lambda: self.config.patterns,
                self.clock,
                self.config.station_id,
                lambda: self.config.number_locale,  # the pack's words: the reports' language
                self.in_force.weights,
            ),
            rules=self.in_force,
            rules_watch=StationRulesWatch(
                self.config.settings_file, self.config.rules_file, self.in_force
            ),  # `admin rules load` run beside the desk: its rules are in force here too
        )

    def _start_workers(self) -> None:
        """The workers that wait for the GUI: the syncer and the backup schedule."""
        self.syncer.start()
        self.backups.start()
        if self.rollups is not None:
            self.rollups.start()
        if self.evidence is not None:
            self.evidence.start()  # jobs left from the last run are served now

    def close(self) -> None:
        if self.evidence is not None:
            self.evidence.stop()
        if self.rollups is not None:
            self.rollups.stop()
        for closing in self.on_close:
            closing()
        self.backups.stop()
        self.syncer.stop()
        self.print_queue.stop()
        self.engine.dispose()


class DemoScript:
    """The demo's scan script, played into the simulated scanner (the GUI's `DemoPort`)."""

    def __init__(self, scanner: VirtualScanner) -> None:
        self._scanner = scanner

    def script(self) -> list[bytes]:
        from receiving_desk.adapters.scanners.simulator import parse_script

        return parse_script(resource("scanner-scripts", "demo.txt"))

    def write(self, data: bytes) -> None:
        self._scanner.write(data + b"\r")


def default_rules_path() -> Path:
    return resource("rules", "returns.toml")


def _printer_settings(config: StationConfig) -> PrinterSettings:
    """The [printers] of the station file; a bad entry is named with its line."""
    for name, value in config.printers.items():
        try:
            PrinterSettings.from_dict({name: value}, config.label_dir)
        except PrinterSettingsError as exc:
            # said within this entry (the whole table's own "[printers]:" is not repeated)
            said = replace(exc.wording, section=f"[printers] {name}:")
            raise setting_error(config, ("printers", name), said) from exc
    return PrinterSettings.from_dict(config.printers, config.label_dir)


def _check_site_codes(config: StationConfig, engine: Engine) -> None:
    """Every bin, badge and LPN in the store scans with the site's patterns (one this desk
    would make included), or the desk does not start: named with the [barcodes] setting."""
    sample = make_lpn(1, config.lpn_prefix)
    try:
        with engine.connect() as conn:
            check_store_codes(conn, config.patterns, "the site's codes", [sample])
    except UnscannableCodesError as exc:
        key = ("barcodes", exc.problems[0].kind.value)
        said = wording(SITE_CODES, problem=exc.wording())
        raise SiteCodesError(setting_error(config, key, said), exc.problems) from exc


def _site_hasher(config: StationConfig) -> PinHasher:
    """Keyed with the site's pepper; a pepper file that cannot be used is a bad setting."""
    try:
        return site_hasher(config.pepper_path, create=config.standalone)
    except PepperError as exc:
        raise setting_error(config, ("security", "pepper_file"), exc.wording) from exc


def _audit_policy(config: StationConfig) -> SamplingPolicy | None:
    """The [audit] share, keyed by the site's pepper (re-derivable by whoever holds it)."""
    if not config.audit.enabled:
        return None
    try:
        pepper = read_pepper(config.pepper_path)
    except PepperError as exc:
        raise setting_error(config, ("security", "pepper_file"), exc.wording) from exc
    return config.audit.policy(derived_key(pepper, "audit-sampling"))


def bootstrap(
    config: StationConfig,
    clock: Clock | None = None,
    hasher: PinHasher | None = None,
    upgrade: bool = True,
) -> Services:
    clock = clock or SystemClock()
    hasher = hasher or _site_hasher(config)
    rules = RulesInForce(load_rules(config.rules_file or default_rules_path()))
    migrate.refuse_newer(config.database_path)  # a newer release's store: touch nothing
    printer_settings = _printer_settings(config)  # before anything is opened
    engine = create_store_engine(config.database_path, checkpoint_in_background=True)
    if upgrade:
        migrate.upgrade(engine)
    _check_site_codes(config, engine)
    checkpointer = Checkpointer(config.database_path, write_lock(config.database_path))
    checkpointer.start()  # the WAL is copied back between scans, not in a scan's commit

    queue = PrintQueue(engine, clock=clock.now)  # label times follow the desk's clock
    queue.start(watch=printer_settings.urls())  # jobs left from the last run print now
    printer = QueuedLabelPrinter(queue, printer_settings, config.language)

    def uow_factory() -> UnitOfWork:  # label jobs are written in the use case's transaction
        return SqlUnitOfWork(engine, clock.now, printer.jobs)

    reader = read_only(engine)

    def reads() -> UnitOfWork:  # a WAL snapshot: waits for no writer, holds none up
        return SqlUnitOfWork(reader, clock.now)

    store = ConfigStore(config.settings_file)  # only the saved section is written
    services: Services

    def save_scanners(settings: list[dict[str, Any]]) -> None:
        scanners = tuple(ScannerPortConfig.from_dict(s) for s in settings)  # validates
        names = [s.name for s in scanners]
        if len(set(names)) != len(names):
            twice = ", ".join(sorted({n for n in names if names.count(n) > 1}))
            raise SettingProblem(
                refusal(_t("two scanners may not have the same name: {names}"), names=twice)
            )
        store.save("scanner", lambda written: scanner_tables(scanners, written))
        services.config = replace(services.config, scanners=scanners, source=store.path)

    def save_scales(settings: list[dict[str, Any]]) -> None:
        scales = tuple(scale_from_dict(s) for s in settings)  # validates
        names = [s.name for s in scales]
        if len(set(names)) != len(names):
            twice = ", ".join(sorted({n for n in names if names.count(n) > 1}))
            raise SettingProblem(
                refusal(_t("two scales may not have the same name: {names}"), names=twice)
            )
        store.save("scale", lambda written: scale_tables(scales, written))
        services.config = replace(services.config, scales=scales, source=store.path)
        services.scales.reconfigure(scales)

    def save_printers(table: dict[str, Any]) -> None:
        settings = PrinterSettings.from_dict(table, config.label_dir)  # validates
        store.save("printers", lambda written: printer_table(table, written, config.label_dir))
        services.config = replace(services.config, printers=dict(table), source=store.path)
        services.printers = settings
        printer.settings = settings
        services.print_queue.watch(settings.urls())

    central_rules = CentralRulesHook(
        engine, clock, config, config.rules_file or default_rules_path(), rules
    )  # after each pull: the site's rules file installed when it changed centrally
    syncer = build_sync(
        engine, config.central, config.station_id, clock, config.patterns, central_rules
    )  # started by the GUI

    services = Services(
        config=config,
        engine=engine,
        uow_factory=uow_factory,
        in_force=rules,
        central_rules=central_rules,
        hasher=hasher,
        clock=clock,
        auth=AuthService(
            uow_factory, hasher, clock, config.station_id, config.security, reads=reads
        ),
        receiving=ReceivingService(uow_factory, clock, rules.weights),
        inspection=InspectionService(
            uow_factory,
            rules,
            clock,
            config.tz,
            printer,
            config.lpn_prefix,
            config.auto_print,
            _audit_policy(config),
        ),
        audits=BlindAudits(uow_factory, clock, rules, config.tz, printer, config.auto_print),
        inventory=InventoryService(uow_factory, clock, printer),
        print_queue=queue,
        printers=printer_settings,
        sync=SyncService(syncer, uow_factory, clock),
        syncer=syncer,
        station=StationSettingsService(
            uow_factory, clock, save_scanners, save_printers, save_scales
        ),
        backups=BackupScheduler(
            config.database_path,
            config.photo_dir,
            config.backup,
            config.backup_dir,
            config.station_id,
            SystemClock().now,  # backups follow the wall clock, whatever the desk's clock
        ),
        rollups=RollupRefresher(
            engine,
            lambda: clock.now().astimezone(UTC).date(),
            lock=write_lock(config.database_path),  # refreshes in the clerk's lulls
        ),
        scales=ScaleFeed(config.scales),
        evidence=EvidenceWorker(
            engine,
            config.evidence_dir,
            config.photo_dir,
            config.patterns,
            clock,
            config.station_id,
            language=lambda: config.number_locale,  # the pack's words: the reports' language
            weights=rules.weights,
        ),
        reads=reads,
    )
    if services.evidence is not None:  # a completion's pack job is served at once
        services.receiving.on_completed = services.evidence.wake
    services.admin = site_admin(services, store, printer)
    services.on_close.append(checkpointer.stop)
    return services
