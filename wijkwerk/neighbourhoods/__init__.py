"""Neighbourhoods (wijken): records, API and manager pages."""
