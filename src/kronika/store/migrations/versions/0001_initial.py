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


# added by later revisions (0002, 0008, 0009, 0010), not here
LATER_COLUMNS = {"events": {"subjects", "date_basis", "language", "region_start", "region_end"},
                 "event_countries": {"date"}, "event_topics": {"date"}}
LATER_TABLES = {"users", "sessions", "login_failures", "backfill_chunks", "api_tokens", "drafts"}  # created by 0003-0006


def upgrade():
    bind = op.get_bind()
    import sqlalchemy as sa

    # the tables as they were at this revision: today's schema less the columns added later
    md = sa.MetaData()
    for table in schema.metadata.sorted_tables:
        if table.name in LATER_TABLES:
            continue
        cols = []
        for c in table.columns:
            if c.name in LATER_COLUMNS.get(table.name, ()):
                continue
            c2 = c._copy()
            c2.index = None  # indexes are copied below, once
            cols.append(c2)
        sa.Table(table.name, md, *cols)
    for table in schema.metadata.sorted_tables:
        if table.name in LATER_TABLES:
            continue
        for ix in table.indexes:
            if all(c.name not in LATER_COLUMNS.get(table.name, ()) for c in ix.columns):
                sa.Index(ix.name, *[md.tables[table.name].c[c.name] for c in ix.columns], unique=ix.unique)
        for uc in table.constraints:
            if isinstance(uc, sa.UniqueConstraint) and len(uc.columns) > 1:
                md.tables[table.name].append_constraint(sa.UniqueConstraint(*[c.name for c in uc.columns]))
    md.create_all(bind)
    for stmt in SQLITE_FTS if bind.dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(stmt)


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for t in ("documents_fts", "events_fts"):
            op.execute(f"DROP TABLE IF EXISTS {t}")
    schema.metadata.drop_all(bind)
