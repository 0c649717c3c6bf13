"""Item pipelines, in order: validate (100), normalize (200), store (400)."""
