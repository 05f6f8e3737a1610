"""Store: documents, events, stories, sources and the audit log in SQLite or PostgreSQL."""
from kronika.store.db import Store, open_store

__all__ = ["Store", "open_store"]
