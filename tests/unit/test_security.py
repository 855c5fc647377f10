from __future__ import annotations

from receiving_desk.adapters.security import Argon2PinHasher


def test_pins_are_hashed_with_argon2_and_verified(fast_hasher: Argon2PinHasher) -> None:
    digest = fast_hasher.hash("1234")
    assert digest.startswith("$argon2id$") and "1234" not in digest
    assert fast_hasher.verify(digest, "1234")
    assert not fast_hasher.verify(digest, "1235")
    assert not fast_hasher.verify("not-a-hash", "1234")
    assert fast_hasher.hash("1234") != digest  # salted


def test_default_parameters_are_argon2_defaults() -> None:
    assert Argon2PinHasher().hash("0000").startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_pins_are_keyed_with_the_pepper() -> None:
    from argon2 import PasswordHasher

    from receiving_desk.adapters.security import PEPPERED

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    site = Argon2PinHasher(cheap, pepper=b"s" * 32)
    other = Argon2PinHasher(cheap, pepper=b"o" * 32)
    none = Argon2PinHasher(cheap)
    digest = site.hash("246813")
    assert digest.startswith(PEPPERED + "$argon2id$")
    assert site.verify(digest, "246813") and not site.verify(digest, "246814")
    assert not other.verify(digest, "246813")  # another site's pepper
    assert not none.verify(digest, "246813")  # no pepper at all
    legacy = none.hash("246813")  # made before peppers: still verifies, with or without
    assert site.verify(legacy, "246813") and none.verify(legacy, "246813")
