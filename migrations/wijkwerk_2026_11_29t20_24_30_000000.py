"""Database-enforced rules for progression and outflow: ordered scales, known codes, one follow-up per point."""

from migrations.rules_sql import in_values, manager_for

ID = "2026-11-29T20:24:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "progression and outflow checks"

UNIQUES = {
    "uq_progression_dimension": ("progression_dimension", ["instrument", "name"]),
    "uq_progression_level": ("progression_level", ["dimension", "rank"]),
    "uq_exit_follow_up": ("exit_follow_up", ["exit", "weeks"]),
}
CHECKS = {
    "ck_progression_level_rank": ("progression_level", "{n}rank >= 1 AND {n}rank <= 100"),
    "ck_goal_status": ("worker_goal", in_values("status", ["open", "achieved", "dropped"])),
    "ck_skill_level_up": ("skill", "{n}level_up_after_shifts >= 1 AND {n}level_up_after_shifts <= 1000"),
    "ck_skill_decision": ("skill_level_decision", in_values("decision", ["confirmed", "dismissed"])),
    "ck_exit_kind": ("worker_exit", in_values("kind", ["job", "education", "other_benefit", "moved", "unknown"])),
    "ck_exit_contract": (
        "worker_exit", in_values("contract_type", ["none", "permanent", "temporary", "on_call", "supported"])),
    "ck_exit_benefit": ("worker_exit", in_values("benefit_ended", ["fully", "partly", "no", "unknown"])),
    "ck_exit_minutes": ("worker_exit", "{n}minutes_per_week >= 0 AND {n}minutes_per_week <= 10080"),
    "ck_exit_reentry": ("worker_exit", "{n}reentered_on IS NULL OR {n}reentered_on >= {n}exit_on"),
    "ck_follow_up_weeks": ("exit_follow_up", "{n}weeks IN (26, 52)"),
    "ck_follow_up_answer": (
        "exit_follow_up", "{n}answer IS NULL OR " + in_values("answer", ["yes", "no", "unreachable"])),
}


async def forwards():
    return manager_for(ID, DESCRIPTION, UNIQUES, CHECKS)
