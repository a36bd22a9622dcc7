"""Sign-in: argon2 passwords, database-backed sessions, and role guards."""
