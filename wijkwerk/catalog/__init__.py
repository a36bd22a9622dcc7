"""Clients (opdrachtgevers), job types, jobs (opdrachten) with their recurrence, and skills."""
