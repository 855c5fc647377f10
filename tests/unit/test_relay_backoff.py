"""The relay's retry delays: exponential, capped, jittered, never zero."""

from __future__ import annotations

import random

from receiving_desk.adapters.central.relay.model import backoff_s


def test_backoff_doubles_up_to_the_cap_with_half_of_each_step_random() -> None:
    rng = random.Random(5)
    for failures, step in ((1, 1.0), (2, 2.0), (3, 4.0), (6, 32.0), (7, 60.0), (500, 60.0)):
        delays = [backoff_s(1.0, 60.0, failures, rng) for _ in range(200)]
        assert all(step / 2 <= d <= step for d in delays)
        assert max(delays) - min(delays) > step / 4  # spread out: relays do not retry in step
