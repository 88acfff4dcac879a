-- Quayside core schema (PostgreSQL). Managed by MikroORM migrations; kept here for reference
-- and for the reporting role (postgres.js, lib/db/sql.ts) which reads the same tables.

CREATE TABLE organisations (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name               text NOT NULL,
  slug               text NOT NULL UNIQUE,
  plan               text NOT NULL DEFAULT 'trial',
  stripe_customer_id text,
  suspended_at       timestamptz,
  trial_ends_at      timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id               uuid NOT NULL REFERENCES organisations(id),
  logto_user_id        text NOT NULL UNIQUE,
  email                text NOT NULL,
  name                 text,
  role                 text NOT NULL DEFAULT 'staff',      -- owner | admin | harbourmaster | staff
  permissions          text[] NOT NULL DEFAULT '{}',
  totp_secret          text,
  totp_enabled         boolean NOT NULL DEFAULT false,
  recovery_codes_hash  text[],
  disabled_at          timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE marinas (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organisations(id),
  name           text NOT NULL,
  slug           text NOT NULL,
  timezone       text NOT NULL DEFAULT 'Europe/London',
  public_booking boolean NOT NULL DEFAULT false,
  gate_code      text,
  UNIQUE (org_id, slug)
);

CREATE TABLE berths (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations(id),
  marina_id    uuid NOT NULL REFERENCES marinas(id),
  code         text NOT NULL,
  length_m     numeric(5,2) NOT NULL,
  beam_m       numeric(5,2) NOT NULL,
  draft_m      numeric(5,2) NOT NULL,
  daily_rate_cents integer NOT NULL,
  status       text NOT NULL DEFAULT 'available',
  internal_notes text,
  hold_until   timestamptz
);

CREATE TABLE owners (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id                  uuid NOT NULL REFERENCES organisations(id),
  email                   text NOT NULL,
  name                    text NOT NULL,
  phone                   text,
  address                 text,
  password_hash           text,
  email_verified          boolean NOT NULL DEFAULT false,
  reset_token_hash        text,
  reset_token_expires_at  timestamptz,
  login_code              text,
  login_code_expires_at   timestamptz,
  credit_balance_cents    integer NOT NULL DEFAULT 0,
  notes                   text,
  UNIQUE (org_id, email)
);

CREATE TABLE boats (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id              uuid NOT NULL REFERENCES organisations(id),
  owner_id            uuid NOT NULL REFERENCES owners(id),
  name                text NOT NULL,
  registration        text,
  length_m            numeric(5,2) NOT NULL,
  insurance_policy_no text,
  insurance_expiry    date,
  archived_at         timestamptz
);

CREATE TABLE bookings (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations(id),
  berth_id     uuid NOT NULL REFERENCES berths(id),
  boat_id      uuid REFERENCES boats(id),
  owner_id     uuid REFERENCES owners(id),
  starts_on    date NOT NULL,
  ends_on      date NOT NULL,
  status       text NOT NULL DEFAULT 'pending',   -- pending | confirmed | cancelled | completed
  total_cents  integer NOT NULL,
  guest_name   text,
  guest_email  text,
  guest_phone  text,
  access_code  text,
  source       text NOT NULL DEFAULT 'console'
);

CREATE TABLE invoices (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id              uuid NOT NULL REFERENCES organisations(id),
  owner_id            uuid NOT NULL REFERENCES owners(id),
  booking_id          uuid REFERENCES bookings(id),
  number              text NOT NULL,
  amount_cents        integer NOT NULL,
  status              text NOT NULL DEFAULT 'open',  -- open | paid | overdue | void
  due_on              date NOT NULL,
  pay_link_token      text,
  stripe_invoice_id   text
);

CREATE TABLE payments (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id                    uuid NOT NULL REFERENCES organisations(id),
  invoice_id                uuid NOT NULL REFERENCES invoices(id),
  amount_cents              integer NOT NULL,
  stripe_payment_intent_id  text,
  status                    text NOT NULL,
  created_at                timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crew_members (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organisations(id),
  marina_id          uuid REFERENCES marinas(id),
  name               text NOT NULL,
  phone              text,
  pin_hash           text,
  pb_user_id         text,
  appwrite_user_id   text,
  hourly_rate_cents  integer,
  active             boolean NOT NULL DEFAULT true
);

CREATE TABLE shifts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organisations(id),
  crew_id     uuid NOT NULL REFERENCES crew_members(id),
  started_at  timestamptz NOT NULL,
  ended_at    timestamptz,
  notes       text
);

CREATE TABLE maintenance_tickets (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organisations(id),
  berth_id     uuid REFERENCES berths(id),
  title        text NOT NULL,
  description  text,
  status       text NOT NULL DEFAULT 'open',
  priority     text NOT NULL DEFAULT 'normal',
  assignee_id  uuid REFERENCES crew_members(id),
  cost_cents   integer,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organisations(id),
  name          text NOT NULL,
  prefix        text NOT NULL,
  key_hash      text NOT NULL UNIQUE,
  scopes        text[] NOT NULL DEFAULT '{}',
  created_by_id uuid REFERENCES members(id),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

CREATE TABLE webhook_endpoints (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organisations(id),
  url         text NOT NULL,
  secret      text NOT NULL,
  events      text[] NOT NULL DEFAULT '{}',
  disabled_at timestamptz
);

CREATE TABLE audit_events (
  id         bigserial PRIMARY KEY,
  org_id     uuid,
  actor_id   text,
  action     text NOT NULL,
  target     text,
  meta       jsonb,
  ip         inet,
  created_at timestamptz NOT NULL DEFAULT now()
);
