"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("object_type", sa.String(length=60), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_object_id"), ["object_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_object_type"), ["object_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_user"), ["user"], unique=False)

    op.create_table(
        "complexes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address_range", sa.String(length=200), nullable=False),
        sa.Column("postcodes", sa.String(length=200), nullable=False),
        sa.Column("buurt_code", sa.String(length=12), nullable=False),
        sa.Column("buurt_name", sa.String(length=120), nullable=False),
        sa.Column("home_count", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("building_type", sa.String(length=80), nullable=False),
        sa.Column("floors", sa.Integer(), nullable=True),
        sa.Column("common_room", sa.String(length=200), nullable=False),
        sa.Column("caretaker_name", sa.String(length=120), nullable=False),
        sa.Column("caretaker_phone", sa.String(length=20), nullable=False),
        sa.Column("caretaker_email", sa.String(length=200), nullable=False),
        sa.Column("nb_target_pct", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "floors IS NULL OR floors >= 0", name=op.f("ck_complexes_floors_not_negative")
        ),
        sa.CheckConstraint("home_count >= 0", name=op.f("ck_complexes_home_count_not_negative")),
        sa.CheckConstraint(
            "nb_target_pct IS NULL OR (nb_target_pct >= 0 AND nb_target_pct <= 100)",
            name=op.f("ck_complexes_target_is_percentage"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complexes")),
        sa.UniqueConstraint("name", name=op.f("uq_complexes_name")),
    )
    op.create_table(
        "event_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("interval_count", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("occurrences", sa.Integer(), nullable=True),
        sa.Column("skipped_dates", sa.Text(), nullable=False),
        sa.CheckConstraint("interval_count >= 1", name=op.f("ck_event_series_interval_positive")),
        sa.CheckConstraint(
            "occurrences IS NULL OR occurrences >= 1",
            name=op.f("ck_event_series_occurrences_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_series")),
    )
    op.create_table(
        "funds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("municipality", sa.String(length=80), nullable=False),
        sa.Column("max_per_request", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("max_per_year", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("min_lead_weeks", sa.Integer(), nullable=False),
        sa.Column("decision_weeks", sa.Integer(), nullable=False),
        sa.Column("decision_extension_weeks", sa.Integer(), nullable=False),
        sa.Column("large_request_threshold", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("fixed_decision_dates", sa.String(length=100), nullable=False),
        sa.Column("accountability_weeks", sa.Integer(), nullable=True),
        sa.Column("max_years_same_initiative", sa.Integer(), nullable=True),
        sa.Column("required_attachments", sa.Text(), nullable=False),
        sa.Column("ineligible_categories", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("decision_weeks >= 0", name=op.f("ck_funds_decision_not_negative")),
        sa.CheckConstraint(
            "max_per_request IS NULL OR max_per_request >= 0", name=op.f("ck_funds_max_request")
        ),
        sa.CheckConstraint(
            "max_per_year IS NULL OR max_per_year >= 0", name=op.f("ck_funds_max_year")
        ),
        sa.CheckConstraint("min_lead_weeks >= 0", name=op.f("ck_funds_lead_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funds")),
        sa.UniqueConstraint("name", name=op.f("uq_funds_name")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "neighbourhood_office",
                "enforcement",
                "social_team",
                "mental_health",
                "housing_corporation",
                "other",
                name="partnerkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roles")),
        sa.UniqueConstraint("name", name=op.f("uq_roles_name")),
    )
    op.create_table(
        "support_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_flags")),
        sa.UniqueConstraint("code", name=op.f("uq_support_flags_code")),
    )
    op.create_table(
        "homes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complex_id", sa.Integer(), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("house_number", sa.Integer(), nullable=False),
        sa.Column("house_letter", sa.String(length=1), nullable=False),
        sa.Column("addition", sa.String(length=4), nullable=False),
        sa.Column("postcode", sa.String(length=7), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("house_number > 0", name=op.f("ck_homes_house_number_positive")),
        sa.CheckConstraint("length(house_letter) <= 1", name=op.f("ck_homes_house_letter_single")),
        sa.ForeignKeyConstraint(
            ["complex_id"],
            ["complexes.id"],
            name=op.f("fk_homes_complex_id_complexes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_homes")),
        sa.UniqueConstraint(
            "postcode",
            "house_number",
            "house_letter",
            "addition",
            name=op.f("uq_homes_postcode_house_number_house_letter_addition"),
        ),
    )
    with op.batch_alter_table("homes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_homes_complex_id"), ["complex_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_homes_postcode"), ["postcode"], unique=False)

    op.create_table(
        "partner_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_contacts_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contacts")),
    )
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_contacts_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "residents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("name_prefix", sa.String(length=20), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("sort_key", sa.String(length=240), nullable=False),
        sa.Column("home_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("move_in", sa.Date(), nullable=True),
        sa.Column("move_out", sa.Date(), nullable=True),
        sa.Column("consent_volunteer_contact", sa.Boolean(), nullable=False),
        sa.Column("consent_share_partners", sa.Boolean(), nullable=False),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        sa.Column("consent_recorded_on", sa.Date(), nullable=True),
        sa.Column("consent_how", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "birth_year IS NULL OR (birth_year >= 1900 AND birth_year <= 2100)",
            name=op.f("ck_residents_birth_year"),
        ),
        sa.CheckConstraint(
            "household_size IS NULL OR household_size >= 1",
            name=op.f("ck_residents_household_positive"),
        ),
        sa.CheckConstraint(
            "move_out IS NULL OR move_in IS NULL OR move_out >= move_in",
            name=op.f("ck_residents_move_out_after_in"),
        ),
        sa.ForeignKeyConstraint(
            ["home_id"], ["homes.id"], name=op.f("fk_residents_home_id_homes"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residents")),
    )
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_residents_sort_key"), ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_residents_home_id"), ["home_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_residents_phone"), ["phone"], unique=False)

    op.create_table(
        "contact_moments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "visit",
                "activity",
                "other",
                name="contactkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("by_whom", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_contact_moments_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_moments")),
    )
    with op.batch_alter_table("contact_moments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_moments_follow_up_on"), ["follow_up_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_moments_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "resident_languages",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_languages_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("resident_id", "language", name=op.f("pk_resident_languages")),
    )
    with op.batch_alter_table("resident_languages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resident_languages_language"), ["language"], unique=False
        )

    op.create_table(
        "resident_support_flags",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("flag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["flag_id"],
            ["support_flags.id"],
            name=op.f("fk_resident_support_flags_flag_id_support_flags"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_support_flags_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("resident_id", "flag_id", name=op.f("pk_resident_support_flags")),
    )
    op.create_table(
        "signals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("passed_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "passed_on",
                "picked_up",
                "closed",
                name="signalstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("by_whom", sa.String(length=120), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["partner_contacts.id"],
            name=op.f("fk_signals_contact_id_partner_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_signals_partner_id_partners"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_signals_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signals")),
    )
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signals_follow_up_on"), ["follow_up_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_signals_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "volunteers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("name_prefix", sa.String(length=20), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("complex_id", sa.Integer(), nullable=True),
        sa.Column(
            "stage",
            sa.Enum(
                "applied",
                "letter_scored",
                "interview",
                "housed",
                "welcomed",
                "active",
                "stopped",
                name="stage",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("stage_since", sa.Date(), nullable=True),
        sa.Column("stopped_reason", sa.String(length=300), nullable=False),
        sa.Column("motivation_score", sa.Integer(), nullable=True),
        sa.Column("interview_on", sa.Date(), nullable=True),
        sa.Column("interviewers", sa.String(length=200), nullable=False),
        sa.Column("interview_score", sa.Integer(), nullable=True),
        sa.Column("interview_notes", sa.Text(), nullable=False),
        sa.Column("skills", sa.String(length=300), nullable=False),
        sa.Column("availability", sa.String(length=200), nullable=False),
        sa.Column("vog_date", sa.Date(), nullable=True),
        sa.Column("on_notice_board", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "interview_score IS NULL OR (interview_score >= 0 AND interview_score <= 10)",
            name=op.f("ck_volunteers_interview_score_range"),
        ),
        sa.CheckConstraint(
            "motivation_score IS NULL OR (motivation_score >= 0 AND motivation_score <= 10)",
            name=op.f("ck_volunteers_motivation_score_range"),
        ),
        sa.ForeignKeyConstraint(
            ["complex_id"],
            ["complexes.id"],
            name=op.f("fk_volunteers_complex_id_complexes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_volunteers_resident_id_residents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteers")),
        sa.UniqueConstraint("resident_id", name=op.f("uq_volunteers_resident_id")),
    )
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_volunteers_complex_id"), ["complex_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_volunteers_stage"), ["stage"], unique=False)

    op.create_table(
        "funding_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fund_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column(
            "applicant_kind",
            sa.Enum(
                "resident",
                "volunteer",
                "organisation",
                name="applicantkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("applicant_resident_id", sa.Integer(), nullable=True),
        sa.Column("applicant_volunteer_id", sa.Integer(), nullable=True),
        sa.Column("organisation_name", sa.String(length=160), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("initiative_key", sa.String(length=120), nullable=False),
        sa.Column("recurring_yearly", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("target_group", sa.String(length=300), nullable=False),
        sa.Column("expected_participants", sa.Integer(), nullable=True),
        sa.Column("expected_volunteers", sa.Integer(), nullable=True),
        sa.Column("complex_id", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("activity_start", sa.Date(), nullable=True),
        sa.Column("activity_end", sa.Date(), nullable=True),
        sa.Column("proof_of_support", sa.Text(), nullable=False),
        sa.Column(
            "payout_method",
            sa.Enum(
                "bank",
                "prepaid_card",
                name="payoutmethod",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("account_holder", sa.String(length=120), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "granted",
                "partly_granted",
                "rejected",
                "accounted",
                "closed",
                name="applicationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("amount_granted", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("decision_reference", sa.String(length=60), nullable=False),
        sa.Column("accounted_on", sa.Date(), nullable=True),
        sa.Column("actual_participants", sa.Integer(), nullable=True),
        sa.Column("report_text", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "activity_end IS NULL OR activity_start IS NULL OR activity_end >= activity_start",
            name=op.f("ck_funding_applications_end_after_start"),
        ),
        sa.CheckConstraint(
            "amount_granted IS NULL OR amount_granted >= 0",
            name=op.f("ck_funding_applications_granted_positive"),
        ),
        sa.CheckConstraint(
            "expected_participants IS NULL OR expected_participants >= 0",
            name=op.f("ck_funding_applications_participants"),
        ),
        sa.CheckConstraint(
            "expected_volunteers IS NULL OR expected_volunteers >= 0",
            name=op.f("ck_funding_applications_volunteers"),
        ),
        sa.ForeignKeyConstraint(
            ["applicant_resident_id"],
            ["residents.id"],
            name=op.f("fk_funding_applications_applicant_resident_id_residents"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["applicant_volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_funding_applications_applicant_volunteer_id_volunteers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["complex_id"],
            ["complexes.id"],
            name=op.f("fk_funding_applications_complex_id_complexes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["fund_id"],
            ["funds.id"],
            name=op.f("fk_funding_applications_fund_id_funds"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_applications")),
    )
    with op.batch_alter_table("funding_applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_applications_complex_id"), ["complex_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_fund_id"), ["fund_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_initiative_key"), ["initiative_key"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_status"), ["status"], unique=False
        )

    op.create_table(
        "support_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "weekly_call",
                "paperwork",
                "visit",
                "other",
                name="supportkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("agreed_day", sa.Integer(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.CheckConstraint(
            "agreed_day IS NULL OR (agreed_day >= 0 AND agreed_day <= 6)",
            name=op.f("ck_support_links_day"),
        ),
        sa.CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on",
            name=op.f("ck_support_links_end_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_support_links_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_support_links_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_links")),
        sa.UniqueConstraint(
            "volunteer_id",
            "resident_id",
            "kind",
            name=op.f("uq_support_links_volunteer_id_resident_id_kind"),
        ),
    )
    with op.batch_alter_table("support_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_links_resident_id"), ["resident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_support_links_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "volunteer_languages",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_languages_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("volunteer_id", "language", name=op.f("pk_volunteer_languages")),
    )
    op.create_table(
        "volunteer_roles",
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["roles.id"],
            name=op.f("fk_volunteer_roles_role_id_roles"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_roles_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("volunteer_id", "role_id", name=op.f("pk_volunteer_roles")),
    )
    op.create_table(
        "volunteer_stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "applied",
                "letter_scored",
                "interview",
                "housed",
                "welcomed",
                "active",
                "stopped",
                name="stage",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_stage_changes_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_stage_changes")),
    )
    with op.batch_alter_table("volunteer_stage_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_stage_changes_volunteer_id"), ["volunteer_id"], unique=False
        )

    op.create_table(
        "application_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "granted",
                "partly_granted",
                "rejected",
                "accounted",
                "closed",
                name="applicationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_application_status_changes_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_status_changes")),
    )
    with op.batch_alter_table("application_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_status_changes_application_id"),
            ["application_id"],
            unique=False,
        )

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.String(length=260), nullable=False),
        sa.Column("stored_path", sa.String(length=500), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_attachments_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "cost_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("actual_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.CheckConstraint(
            "actual_amount IS NULL OR actual_amount >= 0",
            name=op.f("ck_cost_lines_actual_not_negative"),
        ),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_cost_lines_quantity_not_negative")),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_cost_lines_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_cost_lines_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_lines")),
    )
    with op.batch_alter_table("cost_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cost_lines_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("complex_id", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("organiser_volunteer_id", sa.Integer(), nullable=True),
        sa.Column("organiser_staff", sa.String(length=120), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("costs", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("funding_application_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "planned",
                "announced",
                "held",
                "cancelled",
                name="eventstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("attendance", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "attendance IS NULL OR attendance >= 0", name=op.f("ck_events_attendance_not_negative")
        ),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_events_capacity_not_negative")
        ),
        sa.CheckConstraint("costs >= 0", name=op.f("ck_events_costs_not_negative")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_events_end_after_start")),
        sa.ForeignKeyConstraint(
            ["complex_id"],
            ["complexes.id"],
            name=op.f("fk_events_complex_id_complexes"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["funding_application_id"],
            ["funding_applications.id"],
            name=op.f("fk_events_funding_application_id_funding_applications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organiser_volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_events_organiser_volunteer_id_volunteers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["event_series.id"],
            name=op.f("fk_events_series_id_event_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_complex_id"), ["complex_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_events_funding_application_id"), ["funding_application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_events_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_status"), ["status"], unique=False)

    op.create_table(
        "income_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "own_money",
                "own_in_kind",
                "cofunding",
                name="incomekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_income_lines_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_income_lines_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_income_lines")),
    )
    with op.batch_alter_table("income_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_income_lines_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "waiting",
                "cancelled",
                name="registrationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_registrations_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint(
            "event_id", "resident_id", name=op.f("uq_registrations_event_id_resident_id")
        ),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registrations_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_registrations_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=80), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_shifts_end_after_start")),
        sa.CheckConstraint("needed >= 1", name=op.f("ck_shifts_needed_positive")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_shifts_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
    )
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shifts_event_id"), ["event_id"], unique=False)

    op.create_table(
        "volunteer_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "hours > 0 AND hours <= 24", name=op.f("ck_volunteer_hours_hours_in_day")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_volunteer_hours_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_volunteer_hours_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteer_hours")),
    )
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_volunteer_id"), ["volunteer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_volunteer_hours_worked_on"), ["worked_on"], unique=False
        )

    op.create_table(
        "shift_assignments",
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shift_id"],
            ["shifts.id"],
            name=op.f("fk_shift_assignments_shift_id_shifts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteers.id"],
            name=op.f("fk_shift_assignments_volunteer_id_volunteers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("shift_id", "volunteer_id", name=op.f("pk_shift_assignments")),
    )


def downgrade() -> None:
    op.drop_table("shift_assignments")
    with op.batch_alter_table("volunteer_hours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_worked_on"))
        batch_op.drop_index(batch_op.f("ix_volunteer_hours_volunteer_id"))

    op.drop_table("volunteer_hours")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shifts_event_id"))

    op.drop_table("shifts")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registrations_resident_id"))
        batch_op.drop_index(batch_op.f("ix_registrations_event_id"))

    op.drop_table("registrations")
    with op.batch_alter_table("income_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_income_lines_application_id"))

    op.drop_table("income_lines")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_status"))
        batch_op.drop_index(batch_op.f("ix_events_starts_at"))
        batch_op.drop_index(batch_op.f("ix_events_series_id"))
        batch_op.drop_index(batch_op.f("ix_events_funding_application_id"))
        batch_op.drop_index(batch_op.f("ix_events_complex_id"))

    op.drop_table("events")
    with op.batch_alter_table("cost_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cost_lines_application_id"))

    op.drop_table("cost_lines")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_application_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("application_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_status_changes_application_id"))

    op.drop_table("application_status_changes")
    with op.batch_alter_table("volunteer_stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteer_stage_changes_volunteer_id"))

    op.drop_table("volunteer_stage_changes")
    op.drop_table("volunteer_roles")
    op.drop_table("volunteer_languages")
    with op.batch_alter_table("support_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_links_volunteer_id"))
        batch_op.drop_index(batch_op.f("ix_support_links_resident_id"))

    op.drop_table("support_links")
    with op.batch_alter_table("funding_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_applications_status"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_initiative_key"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_fund_id"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_complex_id"))

    op.drop_table("funding_applications")
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_volunteers_stage"))
        batch_op.drop_index(batch_op.f("ix_volunteers_complex_id"))

    op.drop_table("volunteers")
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signals_resident_id"))
        batch_op.drop_index(batch_op.f("ix_signals_follow_up_on"))

    op.drop_table("signals")
    op.drop_table("resident_support_flags")
    with op.batch_alter_table("resident_languages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_languages_language"))

    op.drop_table("resident_languages")
    with op.batch_alter_table("contact_moments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_moments_resident_id"))
        batch_op.drop_index(batch_op.f("ix_contact_moments_follow_up_on"))

    op.drop_table("contact_moments")
    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_residents_phone"))
        batch_op.drop_index(batch_op.f("ix_residents_home_id"))
        batch_op.drop_index(batch_op.f("ix_residents_sort_key"))

    op.drop_table("residents")
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_contacts_partner_id"))

    op.drop_table("partner_contacts")
    with op.batch_alter_table("homes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_homes_postcode"))
        batch_op.drop_index(batch_op.f("ix_homes_complex_id"))

    op.drop_table("homes")
    op.drop_table("support_flags")
    op.drop_table("roles")
    op.drop_table("partners")
    op.drop_table("funds")
    op.drop_table("event_series")
    op.drop_table("complexes")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_user"))
        batch_op.drop_index(batch_op.f("ix_audit_log_object_type"))
        batch_op.drop_index(batch_op.f("ix_audit_log_object_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
