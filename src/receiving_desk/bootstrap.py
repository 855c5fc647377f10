"""The composition root: builds the store, the rules and the services for one station."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from receiving_desk.adapters.backup.scheduler import BackupScheduler
from receiving_desk.adapters.central.syncer import Syncer, build_sync
from receiving_desk.adapters.printing.desk_printer import QueuedLabelPrinter
from receiving_desk.adapters.printing.queue import PrintQueue
from receiving_desk.adapters.printing.settings import PrinterSettings
from receiving_desk.adapters.scanners import ScannerPortConfig
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.config import StationConfig, default_config_path, write_config
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.ports import Clock, PinHasher, UnitOfWork
from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.resources import resource
from receiving_desk.services.auth import AuthService
from receiving_desk.services.clock import SystemClock
from receiving_desk.services.desk import Desk
from receiving_desk.services.inspection import InspectionService
from receiving_desk.services.inventory import InventoryService
from receiving_desk.services.receiving import ReceivingService
from receiving_desk.services.station import StationSettingsService
from receiving_desk.services.sync import StandaloneSync, SyncService


@dataclass
class Services:
    config: StationConfig
    engine: Engine
    uow_factory: Callable[[], UnitOfWork]
    rules: RuleSet
    hasher: PinHasher
    clock: Clock
    auth: AuthService
    receiving: ReceivingService
    inspection: InspectionService
    inventory: InventoryService
    print_queue: PrintQueue
    printers: PrinterSettings
    sync: SyncService
    syncer: Syncer | StandaloneSync
    station: StationSettingsService
    backups: BackupScheduler  # started with the GUI, like the syncer

    def new_desk(self) -> Desk:
        patterns = DeskPatterns(lpn=rf"{re.escape(self.config.lpn_prefix)}\d{{8}}[0-9A-Z]")
        return Desk(
            self.uow_factory,
            self.auth,
            self.receiving,
            self.inspection,
            self.inventory,
            self.config.station_id,
            patterns,
        )

    def close(self) -> None:
        self.backups.stop()
        self.syncer.stop()
        self.print_queue.stop()
        self.engine.dispose()


def default_rules_path() -> Path:
    return resource("rules", "returns.toml")


def bootstrap(
    config: StationConfig,
    clock: Clock | None = None,
    hasher: PinHasher | None = None,
    upgrade: bool = True,
) -> Services:
    clock = clock or SystemClock()
    hasher = hasher or Argon2PinHasher()
    rules = load_rules(config.rules_file or default_rules_path())
    migrate.refuse_newer(config.database_path)  # a newer release's store: touch nothing
    engine = create_store_engine(config.database_path)
    if upgrade:
        migrate.upgrade(engine)

    def uow_factory() -> UnitOfWork:
        return SqlUnitOfWork(engine, clock.now)

    printer_settings = PrinterSettings.from_dict(config.printers, config.label_dir)
    queue = PrintQueue(engine, clock=clock.now)  # label times follow the desk's clock
    queue.start(watch=printer_settings.urls())  # jobs left from the last run print now
    printer = QueuedLabelPrinter(queue, printer_settings)
    services: Services

    def save_scanners(settings: list[dict[str, Any]]) -> None:
        scanners = tuple(ScannerPortConfig.from_dict(s) for s in settings)  # validates
        names = [s.name for s in scanners]
        if len(set(names)) != len(names):
            raise ValueError("two scanners have the same name")
        path = services.config.source or default_config_path()
        updated = replace(services.config, scanners=scanners, source=path)
        write_config(updated, path)
        services.config = updated

    def save_printers(table: dict[str, Any]) -> None:
        settings = PrinterSettings.from_dict(table, config.label_dir)  # validates
        path = services.config.source or default_config_path()
        updated = replace(services.config, printers=dict(table), source=path)
        write_config(updated, path)
        services.config = updated
        services.printers = settings
        printer.settings = settings
        services.print_queue.watch(settings.urls())

    syncer = build_sync(engine, config.central, config.station_id, clock)  # started by the GUI

    services = Services(
        config=config,
        engine=engine,
        uow_factory=uow_factory,
        rules=rules,
        hasher=hasher,
        clock=clock,
        auth=AuthService(uow_factory, hasher, clock, config.station_id),
        receiving=ReceivingService(uow_factory, clock),
        inspection=InspectionService(
            uow_factory, rules, clock, config.tz, printer, config.lpn_prefix, config.auto_print
        ),
        inventory=InventoryService(uow_factory, clock, printer),
        print_queue=queue,
        printers=printer_settings,
        sync=SyncService(syncer, uow_factory, clock),
        syncer=syncer,
        station=StationSettingsService(uow_factory, clock, save_scanners, save_printers),
        backups=BackupScheduler(
            config.database_path,
            config.photo_dir,
            config.backup,
            config.backup_dir,
            config.station_id,
            SystemClock().now,  # backups follow the wall clock, whatever the desk's clock
        ),
    )
    return services
