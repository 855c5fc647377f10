"""A local server implementing the part of Shopify's GraphQL Admin API the relay's adapter
uses, with the documented request and response shapes: POST .../graphql.json with
X-Shopify-Access-Token; `return(id:)` with its return line items and reverse fulfillment
orders; `reverseFulfillmentOrderDispose(dispositionInputs:)` and `returnProcess(input:)`,
refusing invalid input with `userErrors`; throttling as a top-level `errors` entry with
extensions.code THROTTLED. It can also apply a mutation and then lose the reply (502)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

PATH = "/admin/api/2025-10/graphql.json"
TYPES = ("RESTOCKED", "NOT_RESTOCKED", "PROCESSING_REQUIRED", "MISSING")


@dataclass
class FakeShop:
    token: str
    locations: set[str] = field(default_factory=lambda: {"gid://shopify/Location/7"})
    returns: dict[str, dict[str, Any]] = field(default_factory=dict)
    throttle_next: int = 0  # how many next requests are throttled
    lose_reply_after: set[str] = field(default_factory=set)  # mutations whose reply is lost once
    calls: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_return(self, number: int, lines: dict[str, int]) -> None:
        """A return whose lines (SKU -> quantity) each have an RFO line item."""
        rlis, rfolis = [], []
        for n, (sku, qty) in enumerate(lines.items(), 1):
            item = {"lineItem": {"sku": sku}}
            rlis.append(
                {
                    "id": f"gid://shopify/ReturnLineItem/{number}{n}",
                    "quantity": qty,
                    "processedQuantity": 0,
                    "fulfillmentLineItem": item,
                }
            )
            rfolis.append(
                {
                    "id": f"gid://shopify/ReverseFulfillmentOrderLineItem/{number}{n}",
                    "totalQuantity": qty,
                    "dispositions": [],
                    "fulfillmentLineItem": item,
                }
            )
        gid = f"gid://shopify/Return/{number}"
        self.returns[gid] = {
            "id": gid, "status": "OPEN", "note": None,
            "returnLineItems": {"nodes": rlis},
            "reverseFulfillmentOrders": {"nodes": [
                {"id": f"gid://shopify/ReverseFulfillmentOrder/{number}",
                 "lineItems": {"nodes": rfolis}}
            ]},
        }  # fmt: skip

    def rfo_line(self, line_id: str) -> dict[str, Any] | None:
        for ret in self.returns.values():
            for order in ret["reverseFulfillmentOrders"]["nodes"]:
                for node in order["lineItems"]["nodes"]:
                    if node["id"] == line_id:
                        return dict(node)
        return None

    def handle(self, doc: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        query, variables = doc.get("query", ""), doc.get("variables") or {}
        with self.lock:
            if self.throttle_next:
                self.throttle_next -= 1
                self.calls.append("THROTTLED")
                errors = [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}]
                return 200, {"errors": errors}
            if "reverseFulfillmentOrderDispose" in query:
                return self._reply("reverseFulfillmentOrderDispose", self._dispose(variables))
            if "returnProcess" in query:
                return self._reply("returnProcess", self._process(variables))
            if "return(id:" in query:
                self.calls.append("return")
                found = self.returns.get(variables.get("id", ""))
                return 200, {"data": {"return": json.loads(json.dumps(found))}}
        return 200, {"errors": [{"message": "unsupported operation"}]}

    def _reply(self, name: str, result: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.calls.append(name)
        if name in self.lose_reply_after and not result["userErrors"]:
            self.lose_reply_after.discard(name)
            return 502, {"errors": "Bad Gateway"}
        return 200, {"data": {name: result}}

    def _dispose(self, variables: dict[str, Any]) -> dict[str, Any]:
        errors = []
        inputs = variables.get("inputs") or []
        for i, item in enumerate(inputs):
            line = self._rfo_node(item.get("reverseFulfillmentOrderLineItemId"))
            where = ["dispositionInputs", str(i)]
            free = 0 if line is None else line["totalQuantity"] - _disposed(line)
            if line is None:
                errors.append({"field": where, "message": "Line item does not exist"})
            elif item.get("dispositionType") not in TYPES:
                errors.append({"field": where, "message": "Invalid disposition type"})
            elif not 0 < int(item.get("quantity", 0)) <= free:
                errors.append({"field": where, "message": "Quantity exceeds the remaining"})
            elif (
                item["dispositionType"] == "RESTOCKED"
                and item.get("locationId") not in self.locations
            ):
                errors.append({"field": where, "message": "Location is required to restock"})
        if errors:
            return {"reverseFulfillmentOrderLineItems": None, "userErrors": errors}
        touched = []
        for item in inputs:
            line = self._rfo_node(item["reverseFulfillmentOrderLineItemId"])
            assert line is not None
            line["dispositions"].append(
                {"quantity": int(item["quantity"]), "type": item["dispositionType"],
                 "location": item.get("locationId")}
            )  # fmt: skip
            touched.append({"id": line["id"]})
        return {"reverseFulfillmentOrderLineItems": touched, "userErrors": []}

    def _process(self, variables: dict[str, Any]) -> dict[str, Any]:
        data = variables.get("input") or {}
        ret = self.returns.get(data.get("returnId", ""))
        if ret is None:
            return {"return": None, "userErrors": [{"field": ["input", "returnId"],
                    "message": "Return does not exist", "code": "NOT_FOUND"}]}  # fmt: skip
        nodes = {n["id"]: n for n in ret["returnLineItems"]["nodes"]}
        for item in data.get("returnLineItems") or []:
            node = nodes.get(item.get("id"))
            if (
                node is None
                or not 0 < item["quantity"] <= node["quantity"] - node["processedQuantity"]
            ):
                return {"return": None, "userErrors": [{"field": ["input", "returnLineItems"],
                        "message": "Invalid quantity", "code": "INVALID"}]}  # fmt: skip
        for item in data.get("returnLineItems") or []:
            nodes[item["id"]]["processedQuantity"] += item["quantity"]
        ret["note"] = data.get("note")
        return {"return": {"id": ret["id"]}, "userErrors": []}

    def _rfo_node(self, line_id: Any) -> dict[str, Any] | None:
        for ret in self.returns.values():
            for order in ret["reverseFulfillmentOrders"]["nodes"]:
                for node in order["lineItems"]["nodes"]:
                    if node["id"] == line_id:
                        return node  # type: ignore[no-any-return]
        return None


def _disposed(line: dict[str, Any]) -> int:
    return sum(int(d["quantity"]) for d in line["dispositions"])


def shop_handler(shop: FakeShop) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path != PATH:
                status, reply = 404, {"errors": "Not Found"}
            elif self.headers.get("X-Shopify-Access-Token") != shop.token:
                status, reply = 401, {"errors": "[API] Invalid API key or access token"}
            else:
                status, reply = shop.handle(json.loads(body))
            data = json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
