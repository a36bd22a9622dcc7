"""Database-enforced rules Piccolo cannot declare portably: composite uniques and checks."""

from migrations.rules_sql import in_values, manager_for

ID = "2026-11-29T17:45:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "composite uniques and check constraints"

UNIQUES = {
    "uq_worker_skill": ("worker_skill", ["worker", "skill"]),
    "uq_job_type_preference": ("job_type_preference", ["worker", "job_type"]),
    "uq_shift_skill_requirement": ("shift_skill_requirement", ["shift", "skill"]),
    "uq_job_skill_requirement": ("job_skill_requirement", ["job", "skill"]),
    "uq_roster_week_version": ("roster", ["iso_year", "iso_week", "version"]),
    "uq_assignment": ("assignment", ["roster", "shift", "worker"]),
}


def _headcounts() -> str:
    return (
        "{n}headcount_min >= 0 AND {n}headcount_min <= {n}headcount_target"
        " AND {n}headcount_target <= {n}headcount_max AND {n}headcount_max >= 1"
    )


# Conditions use {n} where SQLite triggers need the NEW. row prefix.
CHECKS = {
    "ck_client_kind": ("client", in_values("kind", ["gemeente", "housing_corporation", "other"])),
    "ck_job_price": ("job", "{n}price_cents >= 0"),
    "ck_job_period": ("job", "{n}active_until IS NULL OR {n}active_until >= {n}active_from"),
    "ck_job_work_mode": ("job", in_values("work_mode", ["volunteer", "employee", "placement"])),
    "ck_job_price_kind": ("job", in_values("price_kind", ["per_shift", "hourly"])),
    "ck_recurrence_weekday": ("job_recurrence", "{n}weekday >= 0 AND {n}weekday <= 6"),
    "ck_recurrence_times": ("job_recurrence", "{n}end_time > {n}start_time"),
    "ck_recurrence_headcount": ("job_recurrence", _headcounts()),
    "ck_shift_times": ("shift", "{n}ends_at > {n}starts_at"),
    "ck_shift_headcount": ("shift", _headcounts()),
    "ck_requirement_count": ("shift_skill_requirement", "{n}minimum >= 1"),
    "ck_job_requirement_count": ("job_skill_requirement", "{n}minimum >= 1"),
    "ck_skill_validity": (
        "skill", "{n}certificate_validity_months IS NULL OR {n}certificate_validity_months > 0",
    ),
    "ck_worker_amounts": (
        "worker",
        "{n}rate_cents_per_hour >= 0 AND {n}target_minutes_per_week >= 0"
        " AND {n}max_minutes_per_week >= 0 AND {n}max_minutes_per_day >= 0"
        " AND {n}max_minutes_per_day <= 1440 AND {n}max_minutes_per_week <= 10080",
    ),
    "ck_worker_status": ("worker", in_values("status", ["active", "paused", "left"])),
    "ck_worker_benefit": ("worker", in_values("benefit_type", ["bijstand", "ww", "wia", "wajong", "none"])),
    "ck_worker_skill_level": ("worker_skill", in_values("level", ["learning", "competent", "can_teach"])),
    "ck_worker_skill_certificate": (
        "worker_skill",
        "{n}certificate_expires_on IS NULL OR {n}certificate_obtained_on IS NULL"
        " OR {n}certificate_expires_on >= {n}certificate_obtained_on",
    ),
    "ck_window_weekday": ("availability_window", "{n}weekday >= 0 AND {n}weekday <= 6"),
    "ck_window_times": ("availability_window", "{n}end_time > {n}start_time"),
    "ck_exception_kind": ("availability_exception", in_values("kind", ["unavailable", "extra"])),
    "ck_exception_times": (
        "availability_exception",
        "({n}start_time IS NULL AND {n}end_time IS NULL) OR {n}end_time > {n}start_time",
    ),
    "ck_preference": ("job_type_preference", in_values("preference", ["like", "dislike"])),
    "ck_cap_amounts": (
        "compensation_cap",
        "{n}hourly_cap_cents >= 0 AND {n}monthly_cap_cents >= 0 AND {n}yearly_cap_cents >= 0"
        " AND {n}min_age >= 0",
    ),
    "ck_cap_period": (
        "compensation_cap", "{n}valid_until IS NULL OR {n}valid_until >= {n}valid_from",
    ),
    "ck_minimum_wage_amount": ("minimum_wage", "{n}hourly_cents >= 0 AND {n}min_age >= 0"),
    "ck_minimum_wage_period": (
        "minimum_wage", "{n}valid_until IS NULL OR {n}valid_until >= {n}valid_from",
    ),
    "ck_roster_week": ("roster", "{n}iso_week >= 1 AND {n}iso_week <= 53 AND {n}version >= 1"),
    "ck_roster_status": ("roster", in_values("status", ["draft", "published", "superseded"])),
    "ck_assignment_role": ("assignment", in_values("role", ["worker", "mentor", "learner"])),
    "ck_attendance_minutes": ("attendance", "{n}minutes_worked >= 0 AND {n}minutes_worked <= 1440"),
    "ck_attendance_status": ("attendance", in_values("status", ["present", "excused", "no_show"])),
    "ck_user_role": ("wijkwerk_user", in_values("role", ["admin", "manager", "resident", "funder"])),
    "ck_user_resident_worker": (
        "wijkwerk_user", "{n}role <> 'resident' OR {n}worker IS NOT NULL",
    ),
    "ck_project_budget": ("neighbourhood_project", "{n}budget_cents >= 0"),
    "ck_project_status": ("neighbourhood_project", in_values("status", ["idea", "running", "finished"])),
}


async def forwards():
    return manager_for(ID, DESCRIPTION, UNIQUES, CHECKS)
