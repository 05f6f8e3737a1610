"""Events keep the passage of their document they are told in (start and end character offsets), so
that a report quotes an event's own sentences, not those of the other entries of a chronicle. Rows
stored before stay NULL: their report reads the whole document, as it did."""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("region_start", sa.Integer))
        batch.add_column(sa.Column("region_end", sa.Integer))


def downgrade():
    with op.batch_alter_table("events") as batch:
        batch.drop_column("region_end")
        batch.drop_column("region_start")
