"""Events carry their document's language, indexed with the date: the events list filtered by a
language reads that language's events newest first instead of joining all its documents."""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))
    op.execute("UPDATE events SET language = (SELECT d.language FROM documents d WHERE d.id = events.document_id)")
    op.create_index("ix_events_language_date", "events", ["language", "date"])


def downgrade():
    op.drop_index("ix_events_language_date", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("language")
