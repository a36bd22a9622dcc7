"""Section 'Werk': hours, shifts and jobs by job type, by client kind and per month."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import Rule
from wijkwerk.reports.loaders import Activity
from wijkwerk.reports.metrics import work
from wijkwerk.reports.model import (
    CENTS, COUNT, MINUTES, TEXT, Chart, Column, Figure, Link, ReportTable, Section, SectionResult,
)
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels

# Participants per row are distinct people (one person can work in several job types), so that
# column is not additive: a hidden count cannot be derived from the total. The work of a hidden
# group is hidden with it: one person's shifts and hours are theirs.
RULE = Rule(people=("participants",), follows={"jobs": "participants", "shifts": "participants",
                                               "minutes": "participants"},
            additive=("jobs", "shifts", "minutes"), total_row=True)


def _columns(first: Column) -> tuple[Column, ...]:
    return (first, Column("jobs", _("Opdrachten")), Column("shifts", _("Diensten")),
            Column("minutes", _("Uren"), MINUTES), Column("participants", _("Deelnemers")))


def _links(family: str, codes: list[str]) -> tuple[Link, ...]:
    """Hours and shifts add up over months, neighbourhoods and rows; participants only over neighbourhoods."""
    return (Link.by_category(family, ("shifts", "minutes"), codes),
            Link.by_category(f"{family}_people", ("participants",), codes))


def _job_types(data: Activity) -> ReportTable:
    name = labels.name_column("job_type")
    frame = work.by_dimension(data.work, data.shifts, data.jobs, "job_type")
    links = _links("work_type", frame["job_type"].to_list())
    names = dict(zip(data.jobs["job_type"], data.jobs[name]))
    frame = frame.with_columns(pl.col("job_type").map_elements(
        lambda code: labels.total() if code == "total" else names.get(code, code), return_dtype=pl.Utf8))
    return ReportTable("work_job_type", _("Werk naar soort opdracht"),
                       _columns(Column("job_type", _("Soort opdracht"), TEXT)), frame, RULE, links=links)


def _client_kinds(data: Activity) -> ReportTable:
    frame = work.by_dimension(data.work, data.shifts, data.jobs, "client_kind")
    links = _links("work_client", frame["client_kind"].to_list())
    frame = frame.with_columns(pl.col("client_kind").map_elements(labels.client_kind, return_dtype=pl.Utf8))
    return ReportTable("work_client_kind", _("Werk naar soort opdrachtgever"),
                       _columns(Column("client_kind", _("Opdrachtgever"), TEXT)), frame, RULE, links=links)


def _months(data: Activity, report: ReportFilter) -> ReportTable:
    frame = work.monthly(data.work, data.shifts, report.months())
    months = frame["month"].to_list()
    frame = frame.with_columns(
        pl.when(pl.col("month") == "total").then(pl.lit(labels.total())).otherwise(pl.col("month")).alias("month"))
    # The total row matters: the pay of one hidden month must not be "total minus the other months".
    return ReportTable(
        "work_months", _("Per maand"),
        (Column("month", _("Maand"), TEXT), Column("participants", _("Deelnemers")),
         Column("shifts", _("Diensten")), Column("minutes", _("Uren"), MINUTES),
         Column("paid_cents", _("Vergoeding betaald"), CENTS)),
        frame, Rule(people=("participants",),
                    follows={"paid_cents": "participants", "shifts": "participants", "minutes": "participants"},
                    additive=("paid_cents", "shifts", "minutes"), total_row=True),
        # Pay is protected twice: as the work of the people present (like hours), and as what the
        # people paid were paid (a month of many employees and three volunteers).
        links=(Link.by_month("work", ("shifts", "minutes", "paid_cents"), months),
               Link.by_month("work_people", ("participants",), months),
               Link.by_month("paid", ("paid_cents",), months)))


def _total(column: str, report: ReportFilter) -> tuple[str, int, str]:
    return ("work_months", len(report.months()), column)


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: Activity = frames["activity"]
    minutes, shifts = int(data.work["minutes"].sum()), int(data.shifts["shifts"].sum())
    # The headline work describes the people who did it: one person's hours are theirs.
    people = data.work["worker"].n_unique()
    return SectionResult(
        "work", _("Werk"),
        (_("Uren: gewerkte uren volgens de aanwezigheidsregistratie (IRIS+ OI8408)."),
         _("Diensten: diensten waarin minstens één deelnemer aanwezig was."),
         _("Opdrachten: opdrachten met minstens één gewerkte dienst in de periode.")),
        tables=(_job_types(data), _client_kinds(data), _months(data, report)),
        charts=(Chart("chart_hours", _("Gewerkte uren per maand"), "work_months", "month", "minutes"),
                Chart("chart_people", _("Deelnemers per maand"), "work_months", "month", "participants")),
        # Hours and shifts follow the total row of the months table, protected across reports.
        figures=(Figure("minutes", _("Gewerkte uren"), minutes, MINUTES, people, cell=_total("minutes", report)),
                 Figure("shifts", _("Diensten"), shifts, COUNT, people, cell=_total("shifts", report)),
                 Figure("jobs", _("Opdrachten"), data.shifts["job"].n_unique(), COUNT, people,
                        cell=("work_job_type", -1, "jobs"))),
    )


SECTION = Section("work", ("activity",), build)
