"""Realistic demo data for training and trying the desk.

Deterministic (seeded) so the README's badge codes, RMA numbers and item barcodes stay valid;
dates are relative to the moment the demo is created so return windows look real.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from receiving_desk.domain.barcodes.checkdigits import gs1_check_digit, ups_check_digit
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

SEED = 20261122
PRODUCT_COUNT = 200
RMA_COUNT = 100


@dataclass(frozen=True)
class DemoUser:
    badge: str
    name: str
    role: Role
    pin: str


DEMO_USERS = (
    DemoUser("BADGE-C001", "Ana Lima", Role.CLERK, "1111"),
    DemoUser("BADGE-C002", "张伟 Zhang Wei", Role.CLERK, "1112"),
    DemoUser("BADGE-S001", "Ольга Петрова", Role.SUPERVISOR, "2222"),
    DemoUser("BADGE-A001", "김민준 Kim Min-jun", Role.ADMIN, "3333"),
)

# category -> (SKU prefix, value range in whole currency units, product words)
CATEGORIES: dict[str, tuple[str, tuple[int, int], list[str]]] = {
    "electronics": (
        "EL",
        (19, 899),
        [
            "Wireless earbuds",
            "Bluetooth speaker",
            "USB-C charger",
            "Smartwatch",
            "Tablet 10-inch",
            "Noise-cancelling headphones",
            "Action camera",
            "E-reader",
            "Webcam 1080p",
            "Power bank",
        ],
    ),
    "apparel": (
        "AP",
        (9, 149),
        [
            "Denim jacket",
            "Wool sweater",
            "Rain coat",
            "Linen shirt",
            "Running shorts",
            "Silk scarf",
            "Hoodie",
            "Chinos",
        ],
    ),
    "footwear": (
        "FW",
        (29, 199),
        ["Trail running shoes", "Leather boots", "Sandals", "Sneakers", "Hiking boots"],
    ),
    "home": (
        "HM",
        (7, 249),
        [
            "Ceramic mug set",
            "Cast-iron pan",
            "Bath towel set",
            "Desk lamp",
            "Throw blanket",
            "Chef's knife",
            "Kettle",
        ],
    ),
    "toys": (
        "TY",
        (5, 99),
        [
            "Building blocks set",
            "Plush bear",
            "Puzzle 1000 pieces",
            "Remote-control car",
            "Board game",
        ],
    ),
    "beauty": (
        "BT",
        (4, 89),
        ["Face cream", "Electric toothbrush", "Hair dryer", "Perfume 50 ml", "Lipstick"],
    ),
    "books": (
        "BK",
        (6, 59),
        ["Cookbook", "Atlas of the world", "Novel (hardcover)", "Children's picture book"],
    ),
    "tools": ("TL", (12, 399), ["Cordless drill", "Socket set", "Laser level", "Jigsaw"]),
}
COLOURS = ["black", "white", "navy", "red", "grey", "green", "sand", "blue"]
# A few catalog entries in the teams' other languages, so CJK and Cyrillic show up on screen.
LOCAL_NAMES = [
    "无线耳机 黑色",
    "保温杯 500ml",
    "Кофемолка электрическая",
    "블루투스 스피커",
    "運動鞋 白色",
    "Рюкзак городской",
]
FIRST = [
    "Maria",
    "James",
    "Li",
    "Sofia",
    "Ivan",
    "Ji-woo",
    "Fatima",
    "Lucas",
    "Emma",
    "Chen",
    "Aiko",
    "Noah",
    "Olga",
    "Mateo",
    "Yuki",
    "Amara",
]
LAST = [
    "Garcia",
    "Smith",
    "Wang",
    "Rossi",
    "Ivanov",
    "Park",
    "Khan",
    "Silva",
    "Müller",
    "Liu",
    "Tanaka",
    "Brown",
    "Sokolova",
    "López",
    "Sato",
    "Okafor",
]


def gtin13(index: int) -> str:
    body = f"950600{index:06d}"  # GS1's example company prefix: never a real product
    return body + str(gs1_check_digit(body))


def upc_a(index: int) -> str:
    body = f"61414{index:06d}"
    return body + str(gs1_check_digit(body))


def ups_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    body += "03" + "".join(rng.choice("0123456789") for _ in range(7))
    return f"1Z{body}{ups_check_digit(body)}"


def build_products(rng: random.Random) -> list[Product]:
    products = []
    names = list(CATEGORIES)
    for i in range(1, PRODUCT_COUNT + 1):
        category = names[(i - 1) % len(names)]
        prefix, (low, high), words = CATEGORIES[category]
        word = words[(i // len(names)) % len(words)]
        description = f"{word}, {rng.choice(COLOURS)}"
        if i % 37 == 0:
            description = LOCAL_NAMES[(i // 37) % len(LOCAL_NAMES)]
        # Two thirds carry an EAN-13, one third a UPC-A: both stored as GTIN-14.
        code = gtin13(i) if i % 3 else upc_a(i)
        products.append(
            Product(
                sku=f"{prefix}-{i:05d}",
                description=description,
                category=category,
                unit_value=Decimal(rng.randint(low * 100, high * 100)) / 100,
                home_bin=f"BIN-{chr(65 + i % 6)}-{1 + i % 20:02d}-{1 + i % 5:02d}",
                gtins=(code.zfill(14),),
            )
        )
    return products


def build_customers(rng: random.Random) -> list[Customer]:
    tiers = (
        [LoyaltyTier.STANDARD] * 5
        + [LoyaltyTier.SILVER] * 3
        + [LoyaltyTier.GOLD] * 2
        + [LoyaltyTier.PLATINUM]
    )
    customers = [
        Customer(f"C{n:05d}", f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(tiers))
        for n in range(1, 61)
    ]
    # RMA 1 (the README's walk-through) belongs to customer 7: make that one gold.
    customers[7] = Customer(customers[7].id, customers[7].name, LoyaltyTier.GOLD)
    return customers


def build_rmas(
    rng: random.Random, products: list[Product], customers: list[Customer], now: datetime
) -> list[ReturnAuthorization]:
    reasons = list(ReturnReason)
    rmas = []
    for n in range(1, RMA_COUNT + 1):
        customer = customers[(n * 7) % len(customers)]
        delivered = now - timedelta(days=rng.randint(1, 55), hours=rng.randint(0, 23))
        picked = rng.sample(products, rng.choice([1, 1, 2, 2, 2, 3]))
        if n == 1:  # the README's walk-through: two items, a gold customer, inside the window
            picked = [products[0], products[3]]
            delivered = now - timedelta(days=6)
        lines = tuple(
            DeclaredLine(
                line_no=i + 1,
                sku=p.sku,
                quantity=2 if (n % 9 == 0 and i == 0) else 1,
                reason=rng.choice(reasons),
                # The order system knows the serial sold for electronics: kept to catch switches.
                serial=f"SN{n:05d}{i + 1}" if p.category == "electronics" else None,
            )
            for i, p in enumerate(picked)
        )
        rmas.append(
            ReturnAuthorization(
                rma_number=f"RMA-2026-{n:06d}",  # fixed year: the README quotes them
                order_number=f"SO-2026-{100000 + n * 13:06d}",
                customer=customer,
                order_date=(delivered - timedelta(days=rng.randint(2, 6))).date(),
                delivered_at=delivered,
                lines=lines,
                tracking_numbers=(ups_number(rng),),
            )
        )
    return rmas


ZONE_BINS = (
    ("BIN-STAGE-01", Zone.RETURNS_STAGING, "Returns staging by the desks"),
    ("BIN-OB-01", Zone.OPEN_BOX, "Open-box shelf 1"),
    ("BIN-OB-02", Zone.OPEN_BOX, "Open-box shelf 2"),
    ("BIN-RF-01", Zone.REFURBISHMENT, "Refurbishment bench"),
    ("BIN-RP-01", Zone.REPAIR, "Repair bench"),
    ("BIN-RTV-01", Zone.RTV_CAGE, "Return-to-vendor cage"),
    ("BIN-LQ-01", Zone.LIQUIDATION, "Liquidation pallet"),
    ("BIN-DN-01", Zone.DONATION, "Donation boxes"),
    ("BIN-RC-01", Zone.RECYCLING, "E-waste recycling"),
    ("BIN-SCRAP-01", Zone.SCRAP, "Scrap: to be destroyed"),
)


def build_locations(products: list[Product]) -> list[Location]:
    homes = sorted({p.home_bin for p in products})
    return [Location(code, zone, text) for code, zone, text in ZONE_BINS] + [
        Location(code, Zone.SELLABLE, "Sellable stock") for code in homes
    ]


def load_demo_data(
    uow_factory: Callable[[], UnitOfWork], hasher: PinHasher, now: datetime
) -> dict[str, int]:
    rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
    products = build_products(rng)
    customers = build_customers(rng)
    rmas = build_rmas(rng, products, customers, now)
    with uow_factory() as uow:
        for u in DEMO_USERS:
            uow.users.add(User(f"U-{u.badge[6:]}", u.badge, u.name, u.role, hasher.hash(u.pin)))
        for product in products:
            uow.catalog.add(product)
        for customer in customers:
            uow.rmas.add_customer(customer)
        for rma in rmas:
            uow.rmas.add(rma)
        for location in build_locations(products):
            uow.inventory.add_location(location)
        uow.commit()
    return {
        "products": len(products),
        "customers": len(customers),
        "rmas": len(rmas),
        "users": len(DEMO_USERS),
    }
