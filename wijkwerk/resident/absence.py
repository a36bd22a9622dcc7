"""A resident reports "I can't come": the shift becomes excused and the manager sees it pending."""

from __future__ import annotations

from datetime import datetime, timezone

from wijkwerk.common.transactions import write_transaction
from wijkwerk.common.validation import Errors
from wijkwerk.i18n.translations import gettext as _
from wijkwerk.tables import AbsenceReport, Assignment, Attendance
from wijkwerk.tables.enums import AttendanceStatus, RosterStatus


async def report_absence(worker_id: int, assignment_id: int, reason: str) -> None:
    """Only for the resident's own, published, future shift; once per shift."""
    errors = Errors(status_code=404)
    async with write_transaction():
        row = await Assignment.select(
            Assignment.id, Assignment.shift.starts_at.as_alias("starts_at"),
        ).where(
            Assignment.id == assignment_id, Assignment.worker == worker_id,
            Assignment.roster.status == RosterStatus.published.value,
        ).first()
        if row is None:
            errors.not_found("assignment")  # someone else's shift looks exactly like a missing one
            errors.raise_if_any()
        if row["starts_at"] <= datetime.now(timezone.utc):
            errors.status_code = 400
            errors.add("assignment", "started", _("Deze dienst is al begonnen. Bel uw begeleider."))
            errors.raise_if_any()
        if await AbsenceReport.exists().where(AbsenceReport.assignment == assignment_id):
            return  # already reported: reporting twice changes nothing
        now = datetime.now(timezone.utc)
        await AbsenceReport.insert(AbsenceReport(assignment=assignment_id, reported_at=now, reason=reason[:500]))
        if await Attendance.exists().where(Attendance.assignment == assignment_id):
            await Attendance.update({Attendance.status: AttendanceStatus.excused.value, Attendance.minutes_worked: 0,
                                     Attendance.note: reason[:500], Attendance.recorded_at: now}).where(
                Attendance.assignment == assignment_id)
        else:
            await Attendance.insert(Attendance(assignment=assignment_id, status=AttendanceStatus.excused.value,
                                               minutes_worked=0, note=reason[:500], recorded_at=now))


async def pending_reports() -> list[dict]:
    """For the manager: reports not yet handled, soonest shift first."""
    return await AbsenceReport.select(
        AbsenceReport.id, AbsenceReport.reason, AbsenceReport.reported_at,
        AbsenceReport.assignment.worker.first_name.as_alias("first_name"),
        AbsenceReport.assignment.worker.last_name.as_alias("last_name"),
        AbsenceReport.assignment.shift.starts_at.as_alias("starts_at"),
        AbsenceReport.assignment.shift.job.title.as_alias("title"),
        AbsenceReport.assignment.roster.as_alias("roster"),
    ).where(AbsenceReport.handled_at.is_null()).order_by(AbsenceReport.assignment.shift.starts_at)


async def mark_handled(report_id: int) -> bool:
    updated = await AbsenceReport.update({AbsenceReport.handled_at: datetime.now(timezone.utc)}).where(
        AbsenceReport.id == report_id, AbsenceReport.handled_at.is_null()).returning(AbsenceReport.id)
    return bool(updated)
