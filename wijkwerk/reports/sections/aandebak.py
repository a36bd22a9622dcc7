"""Section 'AanDeBak': guarantees, diplomas, placements, mediation and follow-ups, per sector and kind."""

from __future__ import annotations

import polars as pl

from wijkwerk.i18n.translations import gettext as _
from wijkwerk.reports.disclosure import Rule
from wijkwerk.reports.loaders_aandebak import AanDeBak
from wijkwerk.reports.metrics import aandebak
from wijkwerk.reports.model import COUNT, TEXT, Column, Figure, Link, ReportTable, Section, SectionResult
from wijkwerk.reports.period import ReportFilter
from wijkwerk.reports.sections import labels

# "Followed up minus still employed" is a group too (those no longer in work, or not answering):
# its helper column `not_employed` (not shown) is suppressed like any count, and then "still
# employed" is hidden with it, or "followed up" minus it would show them.
HELPED = (*aandebak.COLUMNS, "not_employed")
ALL_ADDITIVE = Rule(people=HELPED, additive=HELPED, total_row=True, follows={"still_employed": "not_employed"},
                    parts=("still_employed", "not_employed"), whole="follow_ups")


def _kind(key: str) -> str:
    return {"job": _("Baan"), "internship": _("Stage"), "interview": _("Sollicitatiegesprek"),
            "total": labels.total()}[key]


def build(frames: dict, report: ReportFilter) -> SectionResult:
    data: AanDeBak = frames["aandebak"]
    names = dict(zip(data.candidates["sector"], data.candidates[labels.name_column("sector")]))
    sectors = aandebak.per_sector(data.candidates, data.follow_ups, report.start, report.end)
    by_kind = aandebak.by_guarantee_kind(data.candidates, report.end)
    codes = sectors["sector"].to_list()
    last = sectors.height - 1
    totals = sectors.row(last, named=True)
    tables = (
        ReportTable("aandebak_sector", _("AanDeBak per sector"),
                    (Column("sector", _("Sector"), TEXT), Column("guarantees", _("Met garantie")),
                     Column("diplomas", _("Diploma behaald")), Column("placements", _("Geplaatst")),
                     Column("in_mediation", _("In bemiddeling")), Column("follow_ups", _("Nagevraagd")),
                     Column("still_employed", _("Nog in dienst"))),
                    sectors.with_columns(pl.col("sector").map_elements(
                        lambda code: labels.total() if code == "total" else names.get(code, code),
                        return_dtype=pl.Utf8),
                        (pl.col("follow_ups") - pl.col("still_employed")).alias("not_employed")),
                    # Each column is its own family: guarantees held and in mediation are states
                    # in the period (counted per period), the others events dated in it (summed
                    # over months). All add up over neighbourhoods (the candidate's own) and sectors.
                    ALL_ADDITIVE, links=tuple(Link.by_category(f"aandebak_{column}", (column,), codes)
                                              for column in HELPED)),
        ReportTable("aandebak_kind", _("Garanties naar wat ze beloven"),
                    (Column("guarantee_kind", _("Garantie"), TEXT), Column("candidates", _("Jongeren"))),
                    by_kind.with_columns(pl.col("guarantee_kind").map_elements(_kind, return_dtype=pl.Utf8)),
                    Rule(people=("candidates",), additive=("candidates",), total_row=True),
                    links=(Link.by_category("aandebak_kind", ("candidates",), by_kind["guarantee_kind"].to_list()),)),
    )
    figures = tuple(
        Figure(f"aandebak_{key}", label, totals[key], COUNT, totals[key], cell=("aandebak_sector", last, key))
        for key, label in (("guarantees", _("AanDeBak: jongeren met garantie")),
                           ("placements", _("AanDeBak: geplaatst")),
                           ("in_mediation", _("AanDeBak: in bemiddeling"))))
    return SectionResult(
        "aandebak", _("AanDeBak"),
        (_("Met garantie: jongeren met een garantieafspraak wier opleiding vóór het einde van de periode begon "
           "en die niet vóór het begin stopten."),
         _("Diploma en plaatsing: datum in de periode. In bemiddeling: aan het einde van de periode langer dan "
           "de termijn van de sector na het diploma, niet geplaatst en niet gestopt."),
         _("Navraag na 6 en 12 maanden: in de periode verschuldigd; nog in dienst als zo beantwoord.")),
        tables=tables, figures=figures,
    )


SECTION = Section("aandebak", ("aandebak",), build)
