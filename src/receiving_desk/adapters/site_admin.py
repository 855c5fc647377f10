"""The administration and first-run setup wired to this desk's adapters: the station file
through the config store (the rest of the file kept), the central database probe, users and
imports and the rules file into the central database on a desk with central settings (the
local store when standalone), badge cards as PDF."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from receiving_desk.adapters.central.connection import (
    CentralSettings,
    build_url,
    create_central_engine,
    masked,
    password_source,
)
from receiving_desk.adapters.rules_install import rules_installer
from receiving_desk.config import load_config
from receiving_desk.config_store import CENTRAL_FORM_KEYS, ConfigStore, edited
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.inventory import Location
from receiving_desk.domain.ports import DirectoryWork, LabelPrinter, RulesWork
from receiving_desk.resources import resource
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.bin_labels import BinLabels
from receiving_desk.services.import_admin import ReferenceImports
from receiving_desk.services.rules_admin import RulesAdmin
from receiving_desk.services.site_setup import SiteSetup
from receiving_desk.services.user_admin import UserAdmin
from receiving_desk.station_values import check_station

if TYPE_CHECKING:
    from receiving_desk.adapters.central.setup_probe import CentralSetupProbe
    from receiving_desk.bootstrap import Services
    from receiving_desk.services.reference_import import Progress, ReferenceTarget


def badge_card(badge: str, name: str, role: str) -> bytes:
    from receiving_desk.adapters.printing.badge_card import badge_card_pdf  # reportlab: on use

    return badge_card_pdf(badge, name, role)


def bin_sheet(services: Services) -> Callable[[Sequence[Location]], bytes]:
    """Bin labels as a PDF, a label a page, in the size of the station's bin-label stock."""

    def draw(bins: Sequence[Location]) -> bytes:
        from receiving_desk.adapters.printing.labels import bin_label
        from receiving_desk.adapters.printing.pdf import render_pdf_pages  # reportlab: on use

        target = services.printers.for_type("bin")
        labels = [bin_label(b.code, description=b.description, size=target.size) for b in bins]
        return render_pdf_pages(labels, target.dpi)

    return draw


def site_admin(services: Services, store: ConfigStore, printer: LabelPrinter) -> AdminApp:
    def reread() -> None:
        """The saved settings as the desk now reads them (the station id and language are
        used from the next start: the running services keep theirs)."""
        fresh = load_config(store.path, services.config.data_dir)
        services.config = replace(
            services.config,
            site_name=fresh.site_name,
            site_timezone=fresh.site_timezone,
            sound=fresh.sound,
            central=fresh.central,
            source=store.path,
        )

    def save_station(values: dict[str, Any]) -> None:
        check_station(values)
        store.save("station", lambda written: {**(written or {}), **values})
        reread()

    def central_values() -> dict[str, Any]:
        central = services.config.central
        if central.standalone:
            return {}
        shown: dict[str, Any] = {"url": masked(central.url)}
        if central.password_file is not None:
            shown["password_file"] = str(central.password_file)
        return shown

    def save_central(values: dict[str, Any] | None) -> None:
        current = services.config.central
        if values is not None and not current.standalone and values["url"] == masked(current.url):
            values = {**values, "url": current.url}  # shown masked, not changed: keep it
        if values is not None:
            CentralSettings.from_dict(values)  # validates (ValueError)
        store.save("central", lambda written: edited(written, values, CENTRAL_FORM_KEYS))
        reread()

    central_engines: dict[str, Engine] = {}  # one pool per central URL, closed with the desk

    def central() -> Engine | None:
        settings = services.config.central
        if settings.standalone:
            return None
        if settings.url not in central_engines:
            url = build_url(settings, services.config.station_id, with_password=False)
            central_engines[settings.url] = create_central_engine(
                url, password=password_source(settings, url)
            )
        return central_engines[settings.url]

    def directory() -> DirectoryWork:
        """Users are changed centrally on a desk with central settings (every desk pulls
        them), in the local store standalone."""
        engine = central()
        if engine is None:
            return services.uow_factory()
        from receiving_desk.adapters.central.admin_work import CentralAdminWork  # psycopg: on use

        return CentralAdminWork(engine, True)

    def central_rules() -> RulesWork | None:
        """The rules file is loaded centrally on a desk with central settings (every desk of
        the site installs it at its pull), on this desk alone standalone."""
        engine = central()
        if engine is None:
            return None
        from receiving_desk.adapters.central.admin_work import CentralAdminWork

        return CentralAdminWork(engine, True, services.config.station_id)

    def import_target() -> ReferenceTarget:
        engine = central()
        if engine is None:
            # the file reader and row checks load with the first import, not at start
            from receiving_desk.services.reference_import import StoreTarget

            return StoreTarget(services.uow_factory, "local store")
        from receiving_desk.adapters.imports.targets import CentralTarget

        return CentralTarget(engine)

    def close_central() -> None:
        for engine in central_engines.values():
            engine.dispose()

    services.on_close.append(close_central)
    users = UserAdmin(directory, services.hasher, services.clock, services.config.station_id)
    first_users = UserAdmin(
        services.uow_factory, services.hasher, services.clock, services.config.station_id
    )  # the first admin is this desk's own, so that someone can log in at all
    probe = _LazyProbe(
        services.engine,
        lambda: services.config.station_id,
        services.clock.now,
        lambda: services.config.patterns,  # a pull from the setup keeps every code scannable
    )
    return AdminApp(
        setup=SiteSetup(
            services.uow_factory, services.clock, first_users, save_station, save_central, probe
        ),
        users=users,
        imports=ReferenceImports(
            services.clock,
            import_target,
            lambda: services.rules.categories,
            lambda: services.config.patterns,
        ),
        badge_card=badge_card,
        central_values=central_values,
        bin_labels=BinLabels(services.uow_factory, services.clock, printer, bin_sheet(services)),
        rules=RulesAdmin(
            services.uow_factory,
            services.clock,
            services.config.rules_file or resource("rules", "returns.toml"),
            rules_installer(services.config),
            central_rules,
            services.in_force,
        ),
    )


class _LazyProbe:
    """The central probe, loaded when first used (the pull and migrations are not needed to
    show the first screen)."""

    def __init__(
        self,
        local: Engine,
        station_id: Callable[[], str],
        now: Callable[[], datetime],
        patterns: Callable[[], DeskPatterns],
    ):
        self._args = (local, station_id, now, patterns)

    def _probe(self) -> CentralSetupProbe:
        from receiving_desk.adapters.central.setup_probe import CentralSetupProbe

        return CentralSetupProbe(*self._args)

    def check(self, values: Mapping[str, Any]) -> str:
        return self._probe().check(values)

    def pull(self, values: Mapping[str, Any], progress: Progress | None) -> int:
        return self._probe().pull(values, progress)
