"""Sync with the central returns database (PostgreSQL): push the outbox, pull reference data."""
