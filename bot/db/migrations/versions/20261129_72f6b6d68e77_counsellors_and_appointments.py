"""counsellors and appointments

Revision ID: 72f6b6d68e77
Revises: (none)
Create Date: 2026-11-29 13:30:39.825788
"""
from alembic import op
import sqlalchemy as sa


revision = '72f6b6d68e77'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('counsellors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('VPOO', 'VPI', 'BEIDE', name='counsellor_kind', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('internal', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.Boolean(), nullable=False),
    sa.Column('video', sa.Boolean(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counsellors')),
    sa.UniqueConstraint('key', name=op.f('uq_counsellors_key'))
    )
    op.create_table('absences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.CheckConstraint('first_day <= last_day', name=op.f('ck_absences_first_before_last')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellors.id'], name=op.f('fk_absences_counsellor_id_counsellors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absences'))
    )
    op.create_table('appointments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('meeting_mode', sa.Enum('telefoon', 'video', 'op_locatie', name='meeting_mode', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('reference_code', sa.String(length=16), nullable=False),
    sa.Column('pseudonym', sa.String(length=100), nullable=True),
    sa.Column('contact', sa.String(length=320), nullable=True),
    sa.Column('status', sa.Enum('geboekt', 'geannuleerd', name='appointment_status', native_enum=False, create_constraint=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('starts_at < ends_at', name=op.f('ck_appointments_start_before_end')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellors.id'], name=op.f('fk_appointments_counsellor_id_counsellors'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments')),
    sa.UniqueConstraint('reference_code', name=op.f('uq_appointments_reference_code'))
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('uq_appointments_counsellor_start_booked', ['counsellor_id', 'starts_at'], unique=True, postgresql_where=sa.text("status = 'geboekt'"), sqlite_where=sa.text("status = 'geboekt'"))

    op.create_table('weekly_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('counsellor_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.SmallInteger(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.CheckConstraint('start_time < end_time', name=op.f('ck_weekly_hours_start_before_end')),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_weekly_hours_weekday_range')),
    sa.ForeignKeyConstraint(['counsellor_id'], ['counsellors.id'], name=op.f('fk_weekly_hours_counsellor_id_counsellors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_weekly_hours'))
    )


def downgrade() -> None:
    op.drop_table('weekly_hours')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('uq_appointments_counsellor_start_booked', postgresql_where=sa.text("status = 'geboekt'"), sqlite_where=sa.text("status = 'geboekt'"))

    op.drop_table('appointments')
    op.drop_table('absences')
    op.drop_table('counsellors')
