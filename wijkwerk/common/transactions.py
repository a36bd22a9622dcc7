"""Transactions: every API write or form save is all-or-nothing; read-only pages read one snapshot."""

from __future__ import annotations

from piccolo.engine.sqlite import TransactionType

from wijkwerk.tables import Neighbourhood


def write_transaction():
    """A transaction on the bound engine.

    On SQLite it takes the write lock at BEGIN (IMMEDIATE): a deferred transaction that reads
    first and writes later can fail half-way when another writer got in between.
    """
    engine = Neighbourhood._meta.db
    if engine.engine_type == "sqlite":
        return engine.transaction(transaction_type=TransactionType.immediate)
    return engine.transaction()


def read_snapshot():
    """One transaction for a page that only reads: every query sees the same moment, and they
    share one connection. On SQLite that matters: outside a transaction each query opens a
    connection (and a thread) of its own, which cost more than the query on the resident's week;
    there a snapshot also reuses an idle connection (wijkwerk/common/read_pool.py).
    """
    engine = Neighbourhood._meta.db
    if engine.engine_type == "sqlite":
        from wijkwerk.common.read_pool import pooled_read

        return pooled_read(engine)
    return engine.transaction()
