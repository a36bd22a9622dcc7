"""The one Jinja2 environment: templates from the top-level templates/ folder, i18n and filters."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig

from wijkwerk.i18n import formatting
from wijkwerk.i18n.locales import LANGUAGES, STAFF_LANGUAGES, current_language
from wijkwerk.i18n.translations import gettext, ngettext
from wijkwerk.settings import repo_path


def _language():
    return LANGUAGES[current_language.get()]


@lru_cache(maxsize=1)
def build_environment() -> Environment:
    """Built once per process: compiled templates are then shared by every app instance."""
    env = Environment(
        loader=FileSystemLoader(str(repo_path("templates"))),
        autoescape=select_autoescape(["html", "xml"]),
        # A typo in a template variable fails loudly in tests instead of rendering blank.
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.filters.update(
        money=formatting.money,
        hours=formatting.hours,
        local_datetime=formatting.local_datetime,
        local_date=formatting.local_date,
        local_time=formatting.local_time,
        weekday=formatting.weekday_name,
    )
    env.globals.update(
        current_language=_language,
        languages=LANGUAGES,
        staff_languages=STAFF_LANGUAGES,
    )
    return env


def template_config() -> TemplateConfig:
    return TemplateConfig(engine=JinjaTemplateEngine.from_environment(build_environment()))
