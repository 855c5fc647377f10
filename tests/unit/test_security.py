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
