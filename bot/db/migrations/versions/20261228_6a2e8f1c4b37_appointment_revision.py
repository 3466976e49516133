"""appointments.revision: how often the appointment was changed, the calendar file's SEQUENCE

Revision ID: 6a2e8f1c4b37
Revises: 9d4f2a7c1b85
Create Date: 2026-12-28 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '6a2e8f1c4b37'
down_revision = '9d4f2a7c1b85'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing appointments count as never changed: their calendar files said SEQUENCE:0.
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default=sa.text('0'), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_column('revision')
