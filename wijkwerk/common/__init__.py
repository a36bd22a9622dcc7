"""Building blocks shared by every feature area: validation errors, pagination, forms."""
