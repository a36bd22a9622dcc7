"""Funder pages: aggregated impact reports only, never personal data."""
