"""Piccolo app registration: the tables and the top-level migrations folder."""

from piccolo.conf.apps import AppConfig

from wijkwerk.settings import repo_path
from wijkwerk.tables import ALL_TABLES

APP_CONFIG = AppConfig(
    app_name="wijkwerk",
    migrations_folder_path=str(repo_path("migrations")),
    table_classes=list(ALL_TABLES),
    migration_dependencies=[],
    commands=[],
)
