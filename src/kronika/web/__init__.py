"""Web workspace for analysts: review, curate, search, build the report (FastAPI)."""
