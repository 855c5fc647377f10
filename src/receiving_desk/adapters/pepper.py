"""The site's pepper: a random secret the PIN hashes are keyed with (see `security.py`).

It lives in a file of its own, 0600, named by `[security] pepper_file` (default: `pepper`
beside the station file) and never in the desk's store, its backups or the central tables.
`receiving-desk setup` makes one, or copies the site's (`--pepper-file`): every desk of a
site needs the same pepper, since the users' PIN hashes come from central. The demo makes
its own inside its own data folder.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.domain.file_problems import SettingProblem, wording_of
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.private_files import NotPrivateError, check_private, private_dir

PEPPER_BYTES = 32


class PepperError(SettingProblem):
    """The pepper file is missing, unreadable, not private, or not a pepper."""


def read_pepper(path: Path) -> bytes:
    try:
        check_private(path, "the pepper file")
        pepper = bytes.fromhex(path.read_text("ascii").strip())
    except FileNotFoundError as exc:
        raise PepperError(
            _t(
                "the pepper file {path} is missing: copy the site's pepper there "
                "(or run `receiving-desk setup`)"
            ),
            path=path,
        ) from exc
    except NotPrivateError as exc:
        raise PepperError(wording_of(exc)) from exc
    except (OSError, ValueError) as exc:  # unreadable, or not hex
        raise PepperError(
            _t("the pepper file {path} cannot be used: not a pepper"), path=path
        ) from exc
    if len(pepper) < 16:
        raise PepperError(_t("the pepper file {path} cannot be used: too short"), path=path)
    return pepper


def create_pepper(path: Path) -> bytes:
    """A new random pepper written to `path` (0600); an existing file is kept and read."""
    if path.exists():
        return read_pepper(path)
    pepper = secrets.token_bytes(PEPPER_BYTES)
    write_pepper(path, pepper)
    return pepper


def write_pepper(path: Path, pepper: bytes) -> None:
    """A new pepper file, 0600 from its first byte (O_EXCL: never over another one)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(pepper.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())


def derived_key(pepper: bytes, purpose: str) -> bytes:
    """A key for one purpose (e.g. audit sampling), derived from the pepper: the same at
    every desk of the site, and telling nothing about the pepper itself."""
    return hmac.new(pepper, b"receiving-desk:" + purpose.encode(), hashlib.sha256).digest()


def site_hasher(path: Path, create: bool) -> Argon2PinHasher:
    """The PIN hasher keyed with the pepper at `path`. A standalone desk makes its pepper on
    first use (`create`); a desk of a site with central must be given the site's, since a new
    one would verify none of the PINs central sends."""
    return Argon2PinHasher(pepper=create_pepper(path) if create else read_pepper(path))
