"""Back-fill progress: which chunks of which input files are stored, so a re-run resumes."""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "backfill_chunks",
        sa.Column("input", sa.Text, primary_key=True),
        sa.Column("first_offset", sa.BigInteger, primary_key=True),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("kept", sa.Integer, nullable=False),
        sa.Column("stored", sa.Integer, nullable=False),
        sa.Column("duplicates", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("done_at", sa.String(32), nullable=False),
    )


def downgrade():
    op.drop_table("backfill_chunks")
