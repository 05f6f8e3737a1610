"""Initial schema: documents, events, stories, sources, audit log, full-text search."""
from alembic import op

from kronika.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE VIRTUAL TABLE events_fts USING fts5(summary, content='events', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, summary) VALUES (new.id, new.summary); END",
    "CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, summary) VALUES ('delete', old.id, old.summary); END",
    "CREATE TRIGGER events_au AFTER UPDATE OF summary ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, summary) VALUES ('delete', old.id, old.summary); "
    "INSERT INTO events_fts(rowid, summary) VALUES (new.id, new.summary); END",
]
# 'simple' keeps every language's words as they are: no stemmer would fit twenty languages
POSTGRES_FTS = [
    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, ''))) STORED",
    "CREATE INDEX ix_documents_tsv ON documents USING gin(tsv)",
    "ALTER TABLE events ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(summary, ''))) STORED",
    "CREATE INDEX ix_events_tsv ON events USING gin(tsv)",
]


def upgrade():
    bind = op.get_bind()
    schema.metadata.create_all(bind)
    for stmt in SQLITE_FTS if bind.dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(stmt)


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for t in ("documents_fts", "events_fts"):
            op.execute(f"DROP TABLE IF EXISTS {t}")
    schema.metadata.drop_all(bind)
