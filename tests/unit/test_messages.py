"""Every code the services can send has words for the clerk (no KeyError at the desk)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.gui import messages as m
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_has_a_message(code: ErrorCode) -> None:
    assert m.error_text(DeskError(code))


@pytest.mark.parametrize("event", [e for e in Event if e is not Event.NOTHING])
def test_every_event_has_a_message(event: Event) -> None:
    assert m.event_text(event, {})


@pytest.mark.parametrize("kind", list(FlagKind))
def test_every_flag_and_step_has_a_text(kind: FlagKind) -> None:
    assert m.flag_text(Flag(kind))
    assert all(m.step_text(step) for step in Step)
