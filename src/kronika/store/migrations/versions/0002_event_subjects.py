"""Events remember what their headline is about (subjects) and where their date came from."""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("subjects", sa.Text, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("date_basis", sa.String(12)))


def downgrade():
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_basis")
        batch.drop_column("subjects")
