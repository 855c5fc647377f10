"""PIN hashing: argon2id (argon2-cffi's recommended parameters) over the PIN keyed with the
site's pepper.

The pepper is a per-site secret kept in a file of its own (see `pepper.py`), never in the
desk's store nor in the central tables: a stolen store or a dump of the central users table
holds hashes that cannot be tried offline without it. The PIN is first keyed with HMAC-SHA256
(pepper, PIN) and that is what argon2id hashes; peppered hashes carry the `PEPPERED` prefix.
A hash without the prefix was made before peppers (or by a desk without one) and still
verifies, so a site can roll peppers out (reset those PINs to pepper them).
"""

from __future__ import annotations

import hashlib
import hmac

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

PEPPERED = "pepper1$"


class Argon2PinHasher:
    def __init__(self, hasher: PasswordHasher | None = None, pepper: bytes | None = None) -> None:
        self._hasher = hasher or PasswordHasher()
        self._pepper = pepper
        self._decoy: str | None = None  # made on first need: not at every start

    def _keyed(self, pin: str) -> str:
        assert self._pepper is not None
        return hmac.new(self._pepper, pin.encode("utf-8"), hashlib.sha256).hexdigest()

    def hash(self, pin: str) -> str:
        if self._pepper is None:
            return self._hasher.hash(pin)
        return PEPPERED + self._hasher.hash(self._keyed(pin))

    def verify(self, pin_hash: str, pin: str) -> bool:
        try:
            if pin_hash.startswith(PEPPERED):
                if self._pepper is None:  # a peppered hash on a desk without the pepper
                    if self._decoy is None:
                        self._decoy = self._hasher.hash("0" * 12)
                    self._hasher.verify(self._decoy, pin)  # what a real answer costs
                    return False
                return self._hasher.verify(pin_hash.removeprefix(PEPPERED), self._keyed(pin))
            return self._hasher.verify(pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False
