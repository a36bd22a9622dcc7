"""Vacancies at employers and job-seeker profiles of workers (ready for work, hours, sectors)."""
