"""Translations and locale-aware formatting (Babel/gettext): Dutch first, then English and more."""
