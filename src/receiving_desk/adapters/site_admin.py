"""The administration and first-run setup wired to this desk's adapters: the station file
through the config store (the rest of the file kept), the central database probe, the local
store as the import target, badge cards as PDF."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from receiving_desk.adapters.central.connection import CentralSettings, masked
from receiving_desk.adapters.central.setup_probe import CentralSetupProbe
from receiving_desk.config import load_config
from receiving_desk.config_store import ConfigStore
from receiving_desk.services.admin_app import AdminApp
from receiving_desk.services.import_admin import ReferenceImports
from receiving_desk.services.reference_import import StoreTarget
from receiving_desk.services.site_setup import SiteSetup
from receiving_desk.services.user_admin import UserAdmin
from receiving_desk.station_values import check_station

if TYPE_CHECKING:
    from receiving_desk.bootstrap import Services


def badge_card(badge: str, name: str, role: str) -> bytes:
    from receiving_desk.adapters.printing.badge_card import badge_card_pdf  # reportlab: on use

    return badge_card_pdf(badge, name, role)


def site_admin(services: Services, store: ConfigStore) -> AdminApp:
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
        store.save("central", lambda _written: values or None)  # None: standalone
        reread()

    users = UserAdmin(
        services.uow_factory, services.hasher, services.clock, services.config.station_id
    )
    probe = CentralSetupProbe(
        services.engine, lambda: services.config.station_id, services.clock.now
    )
    target = StoreTarget(services.uow_factory, "local store")
    return AdminApp(
        setup=SiteSetup(
            services.uow_factory, services.clock, users, save_station, save_central, probe
        ),
        users=users,
        imports=ReferenceImports(
            services.uow_factory, services.clock, lambda: target, lambda: services.rules.categories
        ),
        badge_card=badge_card,
        central_values=central_values,
    )
