"""Worker records: listing with filters, reading with everything attached, and all-or-nothing writes."""

from __future__ import annotations

from dataclasses import dataclass

from wijkwerk.common.pagination import paginate
from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import Assignment, User, Worker, WorkerSkill
from wijkwerk.workers import availability, skills
from wijkwerk.workers.checks import check_worker, check_worker_references

FIELDS = (
    Worker.id, Worker.first_name, Worker.last_name, Worker.email, Worker.phone, Worker.address,
    Worker.neighbourhood.as_alias("neighbourhood_id"), Worker.birth_date, Worker.languages,
    Worker.benefit_type, Worker.benefit_reported, Worker.benefit_reported_on, Worker.rate_cents_per_hour,
    Worker.target_minutes_per_week, Worker.max_minutes_per_week, Worker.max_minutes_per_day,
    Worker.work_limitations, Worker.starts_on, Worker.status,
)
SUMMARY_FIELDS = (
    Worker.id, Worker.first_name, Worker.last_name, Worker.neighbourhood.as_alias("neighbourhood_id"),
    Worker.neighbourhood.name.as_alias("neighbourhood_name"), Worker.status, Worker.languages,
    Worker.target_minutes_per_week, Worker.max_minutes_per_week,
)
NESTED = ("skills", "windows", "exceptions", "preferences")
TEXT_FIELDS = ("first_name", "last_name", "email", "phone", "address", "work_limitations", "languages")


@dataclass(frozen=True)
class WorkerFilter:
    status: str | None = None
    skill_id: int | None = None
    neighbourhood_id: int | None = None
    search: str = ""

    def clauses(self) -> list:
        clauses = []
        if self.status:
            clauses.append(Worker.status == self.status)
        if self.neighbourhood_id:
            clauses.append(Worker.neighbourhood == self.neighbourhood_id)
        if self.skill_id:
            clauses.append(Worker.id.is_in(WorkerSkill.select(WorkerSkill.worker).where(
                WorkerSkill.skill == self.skill_id)))
        # Every word must appear in the first or last name, so "fatma yil" finds Fatma Yılmaz.
        for word in self.search.replace("%", "").replace("_", "").split():
            clauses.append(_contains(Worker.first_name, word) | _contains(Worker.last_name, word))
        return clauses


def _contains(column, word: str):
    # SQLite's LIKE already ignores case (and Piccolo warns on ILIKE there); PostgreSQL needs ILIKE.
    match = column.like if Worker._meta.db.engine_type == "sqlite" else column.ilike
    return match(f"%{word}%")


async def list_workers(criteria: WorkerFilter, page: int = 1, per_page: int = 50) -> tuple[list[dict], int]:
    clauses = criteria.clauses()
    query = Worker.select(*SUMMARY_FIELDS).order_by(Worker.last_name, Worker.first_name, Worker.id)
    count = Worker.count()
    if clauses:
        query, count = query.where(*clauses), count.where(*clauses)
    return await paginate(query, count, page, per_page)


async def get_worker_row(worker_id: int) -> dict | None:
    return await Worker.select(*FIELDS).where(Worker.id == worker_id).first()


async def get_worker(worker_id: int) -> dict | None:
    """The worker with skills, weekly windows, dated exceptions and job-type preferences."""
    row = await get_worker_row(worker_id)
    if row is None:
        return None
    row["skills"] = await skills.list_skills(worker_id)
    row["windows"] = await availability.list_windows(worker_id)
    row["exceptions"] = await availability.list_exceptions(worker_id)
    row["preferences"] = await availability.list_preferences(worker_id)
    return row


def _clean(values: dict) -> dict:
    cleaned = dict(values)
    for name in TEXT_FIELDS:
        if isinstance(cleaned.get(name), str):
            cleaned[name] = cleaned[name].strip()
    if isinstance(cleaned.get("languages"), str):
        cleaned["languages"] = cleaned["languages"].replace(" ", "").lower()
    return cleaned


def _columns(values: dict) -> dict:
    columns = {key: value for key, value in values.items() if key not in NESTED}
    if "neighbourhood_id" in columns:
        columns["neighbourhood"] = columns.pop("neighbourhood_id")
    return columns


async def _validate_new(values: dict, errors: Errors) -> None:
    check_worker(errors, values)
    await check_worker_references(errors, values)
    await skills.validate_new_skills(errors, values.get("skills", []), None, "skills")
    availability.validate_windows(errors, values.get("windows", []), [], "windows")
    availability.validate_exceptions(errors, values.get("exceptions", []), "exceptions")
    await availability.validate_preferences(errors, values.get("preferences", []), None, "preferences")
    errors.raise_if_any()


async def create_worker(values: dict, errors: Errors | None = None) -> dict:
    """Saves the worker with every nested row, or nothing when any row is wrong.

    `errors` may hold problems already found while reading a form, so all are shown at once.
    """
    values = _clean(values)
    async with write_transaction():
        await _validate_new(values, errors or Errors())
        inserted = await Worker.insert(Worker(**_columns(values))).returning(Worker.id)
        worker_id = inserted[0]["id"]
        for row in values.get("skills", []):
            await skills.insert_skill(worker_id, row)
        for row in values.get("windows", []):
            await availability.insert_window(worker_id, row)
        for row in values.get("exceptions", []):
            await availability.insert_exception(worker_id, row)
        for row in values.get("preferences", []):
            await availability.insert_preference(worker_id, row)
    return await get_worker(worker_id)


async def update_worker(worker_id: int, changes: dict, errors: Errors | None = None) -> dict | None:
    """None when the worker does not exist; the changed row must pass every rule as a whole."""
    changes = _clean(changes)
    async with write_transaction():
        current = await get_worker_row(worker_id)
        if current is None:
            return None
        errors = errors or Errors()
        check_worker(errors, {**current, **changes})
        await check_worker_references(errors, changes)
        errors.raise_if_any()
        if changes:
            await Worker.update(_columns(changes)).where(Worker.id == worker_id)
    return await get_worker(worker_id)


async def delete_worker(worker_id: int) -> bool:
    """False when missing. A worker with assignments or an account is kept (409): mark them as left."""
    async with write_transaction():
        if await get_worker_row(worker_id) is None:
            return False
        errors = Errors(status_code=409)
        if await Assignment.exists().where(Assignment.worker == worker_id):
            errors.add("status", "in_use", _("Deze deelnemer staat al in een rooster. Zet de status op "
                                             "'gestopt' in plaats van verwijderen, dan blijven de uren bewaard."))
        elif await User.exists().where(User.worker == worker_id):
            errors.add("status", "in_use", _("Deze deelnemer heeft een account. Zet de status op 'gestopt' "
                                             "of verwijder eerst het account."))
        errors.raise_if_any()
        await Worker.delete().where(Worker.id == worker_id)
    return True
