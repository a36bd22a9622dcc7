"""Job matching in the service: the database adapter, runs, ranked lists and confirming offers."""
