"""Outflow (uitstroom): exits to work or elsewhere, their 26- and 52-week follow-ups, and re-entry."""
