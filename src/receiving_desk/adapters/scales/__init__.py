"""Bench scales on serial ports: their protocols, a reader thread per scale, a simulator."""
