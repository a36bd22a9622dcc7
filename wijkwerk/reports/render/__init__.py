"""Renderers: the same protected frames written as HTML, CSV, XLSX and JSON."""
