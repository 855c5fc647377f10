"""A small, known data set shared by the tests (fake and real stores alike)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

from receiving_desk.domain.barcodes import gs1_check_digit
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.inventory import Location, Zone
from receiving_desk.domain.ports import PinHasher, UnitOfWork
from receiving_desk.domain.rma import (
    Customer,
    DeclaredLine,
    LoyaltyTier,
    ReturnAuthorization,
    ReturnReason,
)
from receiving_desk.domain.users import Role, User


def ean13(body12: str) -> str:
    return body12 + str(gs1_check_digit(body12))


EARBUDS = Product(
    "EL-00001",
    "Wireless earbuds, black",
    "electronics",
    Decimal("79.90"),
    "BIN-A-01-01",
    (ean13("950600000001").zfill(14),),
    weight_grams=60,
)
MUG = Product(
    "HM-00002",
    "Ceramic mug set, white",
    "home",
    Decimal("24.50"),
    "BIN-B-02-01",
    (ean13("950600000002").zfill(14),),
    weight_grams=1600,
)
CREAM = Product(
    "BT-00003",
    "Face cream 50 ml",
    "beauty",
    Decimal("19.00"),
    "BIN-C-03-01",
    (ean13("950600000003").zfill(14),),
    weight_grams=120,
)
JACKET = Product(
    "AP-00004",
    "Denim jacket, blue",
    "apparel",
    Decimal("89.00"),
    "BIN-D-01-01",
    ("00614141000012",),
    weight_grams=900,
)  # a UPC-A item: 614141000012 printed
PRODUCTS = (EARBUDS, MUG, CREAM, JACKET)

GOLD = Customer("C1", "Maria Garcia", LoyaltyTier.GOLD)
STANDARD = Customer("C2", "James Smith", LoyaltyTier.STANDARD)

CLERK = ("BADGE-C001", "111111", "Ana Lima", Role.CLERK)
CLERK2 = ("BADGE-C002", "111222", "张伟", Role.CLERK)
SUPERVISOR = ("BADGE-S001", "222222", "Ольга Петрова", Role.SUPERVISOR)

RMA1 = "RMA-2026-000001"
RMA2 = "RMA-2026-000002"
RMA3 = "RMA-2026-000003"  # serial sold recorded; gold tier; 50 days: late but within leniency
TRACKING2 = "1Z5R89390357567127"
SOLD_SERIAL = "SN4471002"


LOCATIONS = (
    Location("BIN-STAGE-01", Zone.RETURNS_STAGING, "Returns staging, desk side"),
    Location("BIN-OB-01", Zone.OPEN_BOX, "Open-box shelf 1"),
    Location("BIN-OB-02", Zone.OPEN_BOX, "Open-box shelf 2"),
    Location("BIN-RF-01", Zone.REFURBISHMENT, "Refurbishment bench"),
    Location("BIN-RP-01", Zone.REPAIR, "Repair bench"),
    Location("BIN-RTV-01", Zone.RTV_CAGE, "Return-to-vendor cage"),
    Location("BIN-LQ-01", Zone.LIQUIDATION, "Liquidation pallet"),
    Location("BIN-DN-01", Zone.DONATION, "Donation box"),
    Location("BIN-RC-01", Zone.RECYCLING, "E-waste recycling"),
    Location("BIN-SCRAP-01", Zone.SCRAP, "Scrap / destroy"),
    *(Location(p.home_bin, Zone.SELLABLE, f"Home of {p.sku}") for p in PRODUCTS),
)


def item_code(product: Product) -> str:
    """What a scanner without AIM ids sends for the product (EAN-13 or UPC-A as printed)."""
    gtin14 = product.gtins[0]
    return gtin14[2:] if gtin14.startswith("00") else gtin14[1:]


def rmas(now: datetime) -> list[ReturnAuthorization]:
    return [
        ReturnAuthorization(
            RMA1,
            "SO-1001",
            GOLD,
            date(2026, 11, 1),
            now - timedelta(days=6),
            (
                DeclaredLine(1, EARBUDS.sku, 1, ReturnReason.DEFECTIVE),
                DeclaredLine(2, MUG.sku, 1, ReturnReason.CHANGED_MIND),
            ),
        ),
        ReturnAuthorization(
            RMA2,
            "SO-1002",
            STANDARD,
            date(2026, 10, 1),
            now - timedelta(days=40),
            (DeclaredLine(1, JACKET.sku, 2, ReturnReason.SIZE_FIT),),
            tracking_numbers=(TRACKING2,),
        ),
        ReturnAuthorization(
            RMA3,
            "SO-1003",
            GOLD,
            date(2026, 9, 20),
            now - timedelta(days=50),
            (DeclaredLine(1, EARBUDS.sku, 1, ReturnReason.DEFECTIVE, serial=SOLD_SERIAL),),
        ),
    ]


def seed(uow_factory: Callable[[], UnitOfWork], hasher: PinHasher, now: datetime) -> None:
    with uow_factory() as uow:
        for badge, pin, name, role in (CLERK, CLERK2, SUPERVISOR):
            uow.users.add(User(f"U-{badge}", badge, name, role, hasher.hash(pin)))
        for product in PRODUCTS:
            uow.catalog.add(product)
        for customer in (GOLD, STANDARD):
            uow.rmas.add_customer(customer)
        for location in LOCATIONS:
            uow.inventory.add_location(location)
        for rma in rmas(now):
            uow.rmas.add(rma)
        uow.commit()
