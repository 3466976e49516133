"""anonymous_counts: counters for the counsellor's annual report, without anything that identifies a person

Revision ID: 9d4f2a7c1b85
Revises: 3b7c1e9a4d20
Create Date: 2026-12-20 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '9d4f2a7c1b85'
down_revision = '3b7c1e9a4d20'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('anonymous_counts',
    sa.Column('year', sa.SmallInteger(), autoincrement=False, nullable=False),
    sa.Column('month', sa.SmallInteger(), autoincrement=False, nullable=False),
    sa.Column('situation', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('office_hours', sa.Boolean(), autoincrement=False, nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('month BETWEEN 1 AND 12', name=op.f('ck_anonymous_counts_month_range')),
    sa.CheckConstraint('year BETWEEN 2000 AND 2999', name=op.f('ck_anonymous_counts_year_range')),
    sa.CheckConstraint('count >= 1', name=op.f('ck_anonymous_counts_count_positive')),
    sa.PrimaryKeyConstraint('year', 'month', 'situation', 'channel', 'office_hours', 'role', 'outcome',
                            name=op.f('pk_anonymous_counts'))
    )


def downgrade() -> None:
    op.drop_table('anonymous_counts')
