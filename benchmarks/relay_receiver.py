"""A fast local webhook receiver for benchmarks/relay.py, run as its own process: asyncio,
HTTP/1.1 keep-alive, records (Idempotency-Key, arrival time) and answers 200 at once.
GET /stats returns what arrived (and clears it with ?reset=1). Prints its port on stdout."""

from __future__ import annotations

import asyncio
import json
import sys
import time

ARRIVALS: dict[str, float] = {}
STATE = {"requests": 0, "first": 0.0, "last": 0.0}


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target = lines[0].split(" ")[:2]
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if length:
                await reader.readexactly(length)
            if method == "GET" and target.startswith("/stats"):
                body = json.dumps({**STATE, "arrivals": ARRIVALS}).encode()
                if "reset=1" in target:
                    ARRIVALS.clear()
                    STATE.update(requests=0, first=0.0, last=0.0)
            else:
                now = time.time()
                key = headers.get("idempotency-key", "")
                ARRIVALS.setdefault(key, now)
                STATE["requests"] += 1
                STATE["first"] = STATE["first"] or now
                STATE["last"] = now
                body = b'{"ok":true}'
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _main() -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(_main())
    except KeyboardInterrupt:
        sys.exit(0)
