"""AanDeBak guarantees: employers, agreements, candidates, their pipeline, mediation and follow-ups."""
