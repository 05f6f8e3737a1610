"""The workspace's language of each account (None: the browser's choice)."""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))


def downgrade():
    with op.batch_alter_table("users") as batch:
        batch.drop_column("language")
