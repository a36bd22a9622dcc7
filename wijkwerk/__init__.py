"""Wijkwerk: the operating system of a Dutch wijkwerkbedrijf (neighbourhood work company)."""
