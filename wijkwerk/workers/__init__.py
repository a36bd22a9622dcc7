"""Workers (deelnemers): records, skills and certificates, availability, preferences, limitations."""
