"""Machine drafts of report texts, cached per event (report/draft.py)."""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "drafts",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("model", sa.Text, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
    )


def downgrade():
    op.drop_table("drafts")
