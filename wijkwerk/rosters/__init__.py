"""Weekly planning: the optimiser adapter, tracked solve jobs, roster versions."""
