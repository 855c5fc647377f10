"""Regenerate the desk's cue sounds (run: python resources/sounds/generate.py).

good: one short high beep; bad: two low buzzes (unmistakable on a loud dock); done: a rising
three-note chime; alarm: a falling two-tone siren, three times (the store or a device needs a
supervisor: not the clerk's mistake, and not to be mistaken for one). 16-bit mono 22.05 kHz WAV, a few KB each.
"""

import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(freq: float, ms: int, volume: float = 0.6, square: bool = False) -> list[float]:
    n = int(RATE * ms / 1000)
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 1.0 if s >= 0 else -1.0
        fade = min(1.0, i / 200, (n - i) / 200)  # no clicks
        out.append(volume * s * fade)
    return out


def silence(ms: int) -> list[float]:
    return [0.0] * int(RATE * ms / 1000)


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(Path(__file__).with_name(name)), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(32000 * s)) for s in samples))


if __name__ == "__main__":
    write("good.wav", tone(1760, 90))
    write("bad.wav", tone(220, 180, 0.5, square=True) + silence(70) + tone(220, 180, 0.5, True))
    siren = tone(880, 140, 0.55, square=True) + tone(587, 140, 0.55, square=True)
    write("alarm.wav", siren * 3)
    write("done.wav", tone(1047, 90) + tone(1319, 90) + tone(1568, 160))
