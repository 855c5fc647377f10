"""Shopify's returns API (GraphQL Admin API), beside the generic webhook.

- `disposition_decided` -> `reverseFulfillmentOrderDispose`: each unit's disposition on the
  return's reverse fulfillment order line items of its SKU (RESTOCKED at the configured
  location, PROCESSING_REQUIRED, NOT_RESTOCKED).
- `refund_recommended` -> `returnProcess`: the refundable units' return line items are
  processed, with the desk's recommendation as the return's note. No money moves here: the
  refund amount stays the merchant's decision in Shopify (the desk knows no prices).
- `completed` -> with `missing_on_complete=true`, lines left undisposed become MISSING.

Exactly once in effect: Shopify mutations take no idempotency key, so before each mutation the
adapter reads the return and applies only what is not there yet, counting what this return's
earlier events (in order, from the central database) already asked for. A re-sent event after
a lost reply changes nothing; a crash between two mutations resumes where it stopped.
Endpoint config (`--config KEY=VALUE`): location_id (for RESTOCKED), return_id (template with
{rma} / {rma_digits}; default gid://shopify/Return/{rma_digits}), notify_customer,
missing_on_complete, map.<desk disposition>=<Shopify disposition type>. The access token is
the endpoint's secret.
"""

from __future__ import annotations

import http.client
import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from receiving_desk.adapters.central.relay.history import EventHistory
from receiving_desk.adapters.central.relay.model import Endpoint, Outcome, short
from receiving_desk.adapters.central.relay.payload import EventRow
from receiving_desk.adapters.central.relay.transport import Transport

TOKEN_HEADER = "X-Shopify-Access-Token"  # noqa: S105 (a header name)
HANDLED = ("disposition_decided", "refund_recommended", "completed")
DISPOSITIONS = {
    "restock_new": "RESTOCKED",
    "restock_open_box": "RESTOCKED",
    "refurbish": "PROCESSING_REQUIRED",
    "repair": "PROCESSING_REQUIRED",
    "return_to_vendor": "NOT_RESTOCKED",
    "liquidate": "NOT_RESTOCKED",
    "donate": "NOT_RESTOCKED",
    "recycle": "NOT_RESTOCKED",
    "destroy": "NOT_RESTOCKED",
}
SHOPIFY_TYPES = ("RESTOCKED", "NOT_RESTOCKED", "PROCESSING_REQUIRED", "MISSING")

RETURN_QUERY = """query ReturnForDesk($id: ID!) {
  return(id: $id) {
    id
    status
    returnLineItems(first: 100) {
      nodes { ... on ReturnLineItem {
        id quantity processedQuantity fulfillmentLineItem { lineItem { sku } } } }
    }
    reverseFulfillmentOrders(first: 10) {
      nodes { id lineItems(first: 100) { nodes {
        id totalQuantity dispositions { quantity type }
        fulfillmentLineItem { lineItem { sku } } } } }
    }
  }
}"""
DISPOSE = """mutation DeskDispose($inputs: [ReverseFulfillmentOrderDisposeInput!]!) {
  reverseFulfillmentOrderDispose(dispositionInputs: $inputs) {
    reverseFulfillmentOrderLineItems { id }
    userErrors { field message }
  }
}"""
PROCESS = """mutation DeskProcess($input: ReturnProcessInput!) {
  returnProcess(input: $input) {
    return { id }
    userErrors { field message code }
  }
}"""


class ShopifyError(Exception):
    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def _sku(node: dict[str, Any]) -> str | None:
    line = (node.get("fulfillmentLineItem") or {}).get("lineItem") or {}
    sku = line.get("sku")
    return str(sku) if sku else None


def return_gid(config: dict[str, Any], rma: str) -> str:
    template = str(config.get("return_id", "gid://shopify/Return/{rma_digits}"))
    return template.format(rma=rma, rma_digits="".join(re.findall(r"\d", rma)))


def _flag(config: dict[str, Any], key: str) -> bool:
    return str(config.get(key, "false")).lower() in ("1", "true", "yes")


class ShopifySender:
    def __init__(self, transport: Transport, history: EventHistory | None = None) -> None:
        self._transport = transport
        self._history = history

    def send(self, endpoint: Endpoint, event: EventRow, attempt: int) -> Outcome:
        start = time.monotonic()
        try:
            if event.event_type in HANDLED:
                self._apply(endpoint, event)
        except ShopifyError as exc:
            return Outcome(False, exc.status, short(str(exc)), _ms(start))
        except (OSError, http.client.HTTPException, ValueError) as exc:
            return Outcome(False, None, short(f"{type(exc).__name__}: {exc}"), _ms(start))
        return Outcome(True, 200, None, _ms(start))

    def close(self) -> None:
        self._transport.close()
        if self._history is not None:
            self._history.close()

    # -- mapping ------------------------------------------------------------------------------
    def _apply(self, endpoint: Endpoint, event: EventRow) -> None:
        rma = event.payload.get("rma")
        if not rma:
            return  # a blind receipt: no shop return to update
        gid = return_gid(endpoint.config, str(rma))
        current = self._call(endpoint, RETURN_QUERY, {"id": gid})["return"]
        if current is None:
            raise ShopifyError(f"no Shopify return {gid} for RMA {rma}")
        earlier = self._earlier(event)
        if event.event_type == "disposition_decided":
            self._dispose(endpoint, event, current, earlier)
        elif event.event_type == "refund_recommended":
            self._process(endpoint, event, current, earlier)
        elif _flag(endpoint.config, "missing_on_complete"):
            self._missing(endpoint, current)

    def _earlier(self, event: EventRow) -> list[dict[str, Any]]:
        if self._history is None:
            return []
        return self._history(event.return_key, event.return_seq, event.event_type)

    def _dispose(
        self,
        endpoint: Endpoint,
        event: EventRow,
        current: dict[str, Any],
        earlier: list[dict[str, Any]],
    ) -> None:
        lines = _rfo_lines(current)
        done = Counter({sku: sum(n["disposed"] for n in nodes) for sku, nodes in lines.items()})
        before = Counter(u["sku"] for p in earlier for u in p.get("units", []))
        mapping = {**DISPOSITIONS, **_overrides(endpoint.config)}
        units = sorted(event.payload.get("units", []), key=lambda u: str(u.get("unit_id")))
        wanted: list[tuple[str, str]] = []
        for sku, group in _by_sku(units).items():
            already = min(max(done[sku] - before[sku], 0), len(group))
            for unit in group[already:]:
                kind = mapping.get(str(unit.get("disposition")), "PROCESSING_REQUIRED")
                wanted.append((sku, kind))
        inputs = []
        for sku, kind in wanted:
            line = next((n for n in lines.get(sku, []) if n["free"] > 0), None)
            if line is None:
                continue  # a unit the shop's return does not list (not on the RMA)
            line["free"] -= 1
            item = {
                "reverseFulfillmentOrderLineItemId": line["id"],
                "quantity": 1,
                "dispositionType": kind,
            }
            if kind == "RESTOCKED":
                if not endpoint.config.get("location_id"):
                    raise ShopifyError("location_id is not configured (needed to restock)")
                item["locationId"] = str(endpoint.config["location_id"])
            inputs.append(item)
        if inputs:
            self._mutate(
                endpoint, DISPOSE, {"inputs": _merge(inputs)}, "reverseFulfillmentOrderDispose"
            )

    def _process(
        self,
        endpoint: Endpoint,
        event: EventRow,
        current: dict[str, Any],
        earlier: list[dict[str, Any]],
    ) -> None:
        nodes = [n for n in current["returnLineItems"]["nodes"] if n.get("id")]
        processed: Counter[str] = Counter()
        for n in nodes:
            processed[_sku(n) or ""] += int(n.get("processedQuantity") or 0)
        before = Counter(u["sku"] for p in earlier for u in p.get("units", []))
        units = event.payload.get("units", [])
        items: Counter[str] = Counter()
        for sku, group in _by_sku(units).items():
            already = min(max(processed[sku] - before[sku], 0), len(group))
            for _ in group[already:]:
                line = next((n for n in nodes if _sku(n) == sku and _open(n) > 0), None)
                if line is not None:
                    items[line["id"]] += 1
                    line["processedQuantity"] = int(line.get("processedQuantity") or 0) + 1
        if not items:
            return
        payload = {
            "returnId": current["id"],
            "returnLineItems": [{"id": i, "quantity": q} for i, q in sorted(items.items())],
            "notifyCustomer": _flag(endpoint.config, "notify_customer"),
            "note": _note(units),
        }
        self._mutate(endpoint, PROCESS, {"input": payload}, "returnProcess")

    def _missing(self, endpoint: Endpoint, current: dict[str, Any]) -> None:
        inputs = [
            {
                "reverseFulfillmentOrderLineItemId": n["id"],
                "quantity": n["free"],
                "dispositionType": "MISSING",
            }
            for nodes in _rfo_lines(current).values()
            for n in nodes
            if n["free"] > 0
        ]
        if inputs:
            self._mutate(endpoint, DISPOSE, {"inputs": inputs}, "reverseFulfillmentOrderDispose")

    # -- transport ----------------------------------------------------------------------------
    def _call(self, endpoint: Endpoint, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        if not endpoint.secrets:
            raise ShopifyError("no access token (the endpoint's secret)")
        body = json.dumps({"query": query, "variables": variables}).encode("utf-8")
        headers = {TOKEN_HEADER: endpoint.secrets[0]}
        reply = self._transport.post(endpoint.url, body, headers, endpoint.timeout_s)
        if reply.status != 200:
            text = reply.body[:200].decode("utf-8", "replace")
            raise ShopifyError(f"HTTP {reply.status}: {text}", reply.status)
        doc = json.loads(reply.body)
        if doc.get("errors"):  # e.g. THROTTLED: retried with backoff like any failure
            raise ShopifyError(f"GraphQL errors: {json.dumps(doc['errors'])[:200]}", 200)
        data: dict[str, Any] = doc["data"]
        return data

    def _mutate(self, endpoint: Endpoint, query: str, variables: dict[str, Any], name: str) -> None:
        result = self._call(endpoint, query, variables)[name]
        if result.get("userErrors"):
            raise ShopifyError(f"{name}: {json.dumps(result['userErrors'])[:200]}", 200)


def _ms(start: float) -> int:
    return int((time.monotonic() - start) * 1000)


def _open(node: dict[str, Any]) -> int:
    return int(node.get("quantity") or 0) - int(node.get("processedQuantity") or 0)


def _overrides(config: dict[str, Any]) -> dict[str, str]:
    out = {}
    for key, value in config.items():
        if key.startswith("map."):
            if value not in SHOPIFY_TYPES:
                raise ValueError(f"{key}: {value!r} is not one of {', '.join(SHOPIFY_TYPES)}")
            out[key[4:]] = str(value)
    return out


def _rfo_lines(current: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Reverse fulfillment order line items by SKU, with what is disposed and still free."""
    lines: dict[str, list[dict[str, Any]]] = {}
    for order in current["reverseFulfillmentOrders"]["nodes"]:
        for node in order["lineItems"]["nodes"]:
            disposed = sum(int(d["quantity"]) for d in node.get("dispositions") or [])
            total = int(node["totalQuantity"])
            entry = {"id": node["id"], "disposed": disposed, "free": total - disposed}
            lines.setdefault(_sku(node) or "", []).append(entry)
    return lines


def _by_sku(units: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for unit in units:
        out.setdefault(str(unit.get("sku")), []).append(unit)
    return out


def _merge(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One input per (line item, disposition, location), quantities added."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for item in inputs:
        key = (
            item["reverseFulfillmentOrderLineItemId"],
            item["dispositionType"],
            item.get("locationId", ""),
        )
        if key in merged:
            merged[key]["quantity"] += item["quantity"]
        else:
            merged[key] = dict(item)
    return list(merged.values())


def _note(units: list[dict[str, Any]]) -> str:
    parts = []
    for unit in units:
        refund = unit.get("refund") or {}
        kind = refund.get("kind", "full")
        percent = refund.get("percent")
        parts.append(f"{unit.get('sku')}: {kind}" + (f" {percent}%" if percent is not None else ""))
    return "Receiving Desk refund recommendation: " + "; ".join(parts)
