"""Pure metric functions: Polars frames in, Polars frames out, one definition each (domain.md)."""
