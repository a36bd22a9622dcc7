"""Piccolo configuration, selected with PICCOLO_CONF=wijkwerk.piccolo_conf (the CLI sets it)."""

import os

from piccolo.conf.apps import AppRegistry

from wijkwerk.db import engine_from_url
from wijkwerk.settings import DEFAULT_DATABASE_URL

# Piccolo's own machinery (migrations) reads DB from this module; the app binds the same URL.
DB = engine_from_url(os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL)

APP_REGISTRY = AppRegistry(apps=["wijkwerk.piccolo_app"])
