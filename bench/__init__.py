"""Benchmarks of the roster optimiser; figures are recorded in docs/BENCHMARKS.md."""
