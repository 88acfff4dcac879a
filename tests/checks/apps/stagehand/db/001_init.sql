-- Kysely migrations are generated from this file; see lib/db/types.ts for the TS view.
create table festivals (id uuid primary key default gen_random_uuid(), org_id text unique not null, slug text unique not null, name text not null,
  starts_at timestamptz not null, ends_at timestamptz not null, status text not null default 'draft', stripe_account_id text, settings_json jsonb not null default '{}', gate_secret text);
create table stages (id uuid primary key default gen_random_uuid(), festival_id uuid references festivals, name text not null, capacity int not null, stage_manager_id text, curfew text);
create table artists (id uuid primary key default gen_random_uuid(), festival_id uuid references festivals, name text, slug text, bio text, agent_email text,
  fee_cents int, contract_notes text, bank_iban text, published boolean default false);
create table artist_users (id text primary key, email text unique, password_hash text, artist_id uuid references artists, email_verified boolean default false,
  reset_token_hash text, reset_expires timestamptz, email_otp text);
create table artist_sessions (id text primary key, user_id text references artist_users, expires_at timestamptz);
create table set_times (id uuid primary key default gen_random_uuid(), festival_id uuid, stage_id uuid, artist_id uuid, starts_at timestamptz, ends_at timestamptz, notes text, public boolean, changeover_notes text);
create table riders (id uuid primary key default gen_random_uuid(), artist_id uuid, festival_id uuid, hospitality text, technical text, status text, internal_notes text, budget_cents int);
create table guest_list_entries (id uuid primary key default gen_random_uuid(), artist_id uuid, festival_id uuid, name text, email text, plus_ones int, checked_in boolean, access_code text);
create table vendors (id uuid primary key default gen_random_uuid(), festival_id uuid, business_name text, contact_email text, password_hash text, phone text, status text,
  legacy_id int, hygiene_rating int, bank_account text, fee_balance_cents int default 0, approved boolean default false);
create table pitch_applications (id uuid primary key default gen_random_uuid(), vendor_id uuid, festival_id uuid, pitch_type text, menu text, status text, fee_cents int, paid boolean, reviewer_notes text);
create table volunteers (id uuid primary key default gen_random_uuid(), festival_id uuid, name text, email text, phone text, shifts text, status text, dob text, emergency_contact text, role text default 'volunteer');
create table lost_items (id uuid primary key default gen_random_uuid(), festival_id uuid, description text, contact_email text, contact_phone text, location text, status text, claim_code text, created_at timestamptz default now());
create table device_keys (id uuid primary key default gen_random_uuid(), festival_id uuid, name text, key_hash text unique, key_prefix text, gate text, created_by text, revoked_at timestamptz);
create table audit_logs (id uuid primary key default gen_random_uuid(), festival_id uuid, actor_id text, action text, target text, meta jsonb, at timestamptz default now());
create table incidents (id uuid primary key default gen_random_uuid(), festival_id uuid, stage_id uuid, reported_by text, severity text, description text, resolved boolean default false);
create table newsletter (email text, festival_id uuid, confirmed boolean default false, confirm_token text, primary key (email, festival_id));
create table announcements (id uuid primary key default gen_random_uuid(), festival_id uuid, title text, body text, audience text, author_id text);
create table staff_profiles (user_id text, festival_id uuid, display_name text, phone text, radio_channel int, primary key (user_id, festival_id));
