"""User accounts: creation with validated roles and argon2 password hashes."""
