"""The relay: delivers the central status events to subscribed endpoints (webhooks, a shop
platform's returns API), in order per return, at least once with an idempotency key.
See docs/webhooks.md."""
