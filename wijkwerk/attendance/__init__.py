"""Attendance (aanwezigheid): what actually happened on published shifts, per person."""
