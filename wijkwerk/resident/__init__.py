"""The resident's own pages (deelnemer): only their own data, never anyone else's."""
