"""docs/webhooks.md: its payload example matches the published JSON Schema, and the
verification function it shows accepts the relay's signatures and refuses others."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from receiving_desk.adapters.central.relay import payload, signing

DOC = (Path(__file__).resolve().parents[2] / "docs" / "webhooks.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, flags=re.DOTALL)


def test_the_documented_example_payload_matches_the_schema() -> None:
    (example,) = _blocks("json")
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    jsonschema.validate(json.loads(example), payload.json_schema(), format_checker=checker)


def test_the_schema_refuses_a_payload_without_its_return_sequence() -> None:
    broken: dict[str, Any] = json.loads(_blocks("json")[0])
    del broken["return"]["seq"]
    with pytest.raises(jsonschema.ValidationError, match="'seq' is a required property"):
        jsonschema.validate(broken, payload.json_schema())


def test_the_documented_verification_function_checks_the_relays_signatures() -> None:
    (code,) = [b for b in _blocks("python") if "def verify" in b]
    scope: dict[str, Any] = {}
    exec(code, scope)
    verify = scope["verify"]
    body = b'{"id":"x","type":"received"}'
    now = int(time.time())
    header = signing.sign(body, ["whsec_new", "whsec_old"], now)
    assert verify(header, body, ["whsec_old"]) == now  # either secret during a rotation
    assert verify(header, body, ["whsec_new"]) == now
    with pytest.raises(ValueError, match="no signature matches"):
        verify(header, body + b" ", ["whsec_new"])
    with pytest.raises(ValueError, match="tolerance"):
        verify(signing.sign(body, ["whsec_new"], now - 600), body, ["whsec_new"])
