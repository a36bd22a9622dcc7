"""A plausible Selwerd (Groningen) demo data set, generated from a fixed seed."""
