"""Controllers of the attendance area, registered by wijkwerk.manage (pages)."""

from wijkwerk.attendance.pages import AttendancePages

API_CONTROLLERS: list = []
PAGE_CONTROLLERS: list = [AttendancePages]
