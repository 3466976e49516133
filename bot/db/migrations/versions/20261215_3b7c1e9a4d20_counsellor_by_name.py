"""counsellors.by_name: whether a person may ask for this counsellor by name

Revision ID: 3b7c1e9a4d20
Revises: 5e19505b712d
Create Date: 2026-12-15 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '3b7c1e9a4d20'
down_revision = '5e19505b712d'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('counsellors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('by_name', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('counsellors', schema=None) as batch_op:
        batch_op.drop_column('by_name')
