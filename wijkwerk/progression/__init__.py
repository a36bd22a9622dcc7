"""A worker's progression: instruments and measurements, goals, skill level-ups, reliability, reviews."""
