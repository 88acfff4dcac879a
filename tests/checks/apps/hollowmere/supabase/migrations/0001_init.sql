-- Hollowmere schema. RLS is NOT enabled on these tables (see LABELS.md); every query is checked in app code.
create extension if not exists pgcrypto;

create table buildings (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  address text not null,
  stripe_account_id text,
  created_at timestamptz not null default now()
);

create table profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text not null,
  email text not null,
  phone text,
  unit text,
  notify_by_email boolean not null default true,
  push_token text,
  phone_otp text,
  phone_verified_at timestamptz,
  mobile_api_key_hash text,
  stripe_customer_id text,
  created_at timestamptz not null default now()
);

create table memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references profiles(id) on delete cascade,
  building_id uuid not null references buildings(id) on delete cascade,
  role text not null check (role in ('resident','officer','manager','contractor')),
  unit text,
  revoked_at timestamptz,
  unique (user_id, building_id)
);

create table invites (
  id uuid primary key default gen_random_uuid(),
  building_id uuid not null references buildings(id),
  email text not null,
  unit text,
  role text not null,
  code_hash text not null,
  invited_by uuid references profiles(id),
  accepted_at timestamptz,
  expires_at timestamptz not null
);

create table tickets (
  id uuid primary key default gen_random_uuid(),
  building_id uuid not null references buildings(id),
  reporter_id uuid not null references profiles(id),
  unit text,
  title text not null,
  description text not null,
  category text not null,
  urgent boolean not null default false,
  status text not null default 'open',
  internal_notes text,
  created_at timestamptz not null default now()
);

create table ticket_photos (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets(id) on delete cascade,
  storage_path text not null,
  uploaded_by uuid not null references profiles(id),
  created_at timestamptz not null default now()
);

create table ticket_comments (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets(id) on delete cascade,
  author_id uuid not null references profiles(id),
  body text not null,
  internal boolean not null default false,
  created_at timestamptz not null default now()
);

create table contractors (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references profiles(id),
  company_name text not null,
  trade text,
  phone text,
  tax_id text,
  bank_iban text,
  insurance_expires date,
  active boolean not null default true
);

create table assignments (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets(id),
  contractor_id uuid not null references contractors(id),
  contractor_user_id uuid not null references profiles(id),
  assigned_by uuid not null references profiles(id),
  note text,
  created_at timestamptz not null default now()
);

create table quotes (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets(id),
  contractor_id uuid not null references contractors(id),
  amount_cents int not null,
  description text not null,
  valid_until date not null,
  status text not null default 'submitted'
);

create table invoices (
  id uuid primary key default gen_random_uuid(),
  quote_id uuid not null references quotes(id),
  contractor_id uuid not null references contractors(id),
  building_id uuid not null references buildings(id),
  amount_cents int not null,
  pdf_path text not null,
  status text not null default 'unpaid',
  issued_at timestamptz not null default now(),
  paid_at timestamptz
);

create table polls (
  id uuid primary key default gen_random_uuid(),
  building_id uuid not null references buildings(id),
  question text not null,
  anonymous boolean not null default true,
  closes_at timestamptz not null,
  closed boolean not null default false,
  created_by uuid not null references profiles(id)
);

create table poll_options (
  id uuid primary key default gen_random_uuid(),
  poll_id uuid not null references polls(id) on delete cascade,
  label text not null
);

create table poll_votes (
  poll_id uuid not null references polls(id) on delete cascade,
  option_id uuid not null references poll_options(id),
  voter_id uuid not null references profiles(id),
  primary key (poll_id, voter_id)
);

create table dues_charges (
  id uuid primary key default gen_random_uuid(),
  building_id uuid not null references buildings(id),
  membership_id uuid not null references memberships(id),
  period text not null,
  amount_cents int not null,
  paid_at timestamptz,
  stripe_session_id text
);

create table hardship_applications (
  id uuid primary key default gen_random_uuid(),
  building_id uuid not null references buildings(id),
  applicant_id uuid not null references profiles(id),
  amount_cents int not null,
  granted_cents int,
  reason text not null,
  months int not null,
  income_docs_path text,
  status text not null default 'pending',
  approved_by uuid references profiles(id),
  created_at timestamptz not null default now()
);

create table notices (
  id uuid primary key default gen_random_uuid(),
  building_id uuid not null references buildings(id),
  author_id uuid not null references profiles(id),
  title text not null,
  body text not null,
  pinned boolean not null default false,
  audience text not null default 'all',
  published boolean not null default true,
  created_at timestamptz not null default now()
);

create table share_links (
  id uuid primary key default gen_random_uuid(),
  ticket_id uuid not null references tickets(id),
  token text not null unique,
  pin text,
  expires_at timestamptz not null
);

create table audit_events (
  id bigserial primary key,
  actor_id uuid,
  action text not null,
  building_id uuid,
  target text,
  meta jsonb not null default '{}',
  created_at timestamptz not null default now()
);

create table building_settings (
  building_id uuid primary key references buildings(id) on delete cascade,
  join_token text not null,
  dues_cents int not null default 0
);

create table waitlist (
  email text primary key,
  created_at timestamptz not null default now()
);

create table kiosk_pins (
  membership_id uuid primary key references memberships(id) on delete cascade,
  kiosk_pin text not null
);
