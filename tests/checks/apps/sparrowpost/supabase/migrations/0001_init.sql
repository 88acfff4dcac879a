-- Sparrowpost initial schema
create type staff_role as enum ('teacher', 'office', 'admin');

create table profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text not null,
  email text not null,
  phone text,
  role text not null default 'guardian', -- guardian | teacher | office | admin
  kiosk_pin_hash text,
  calendar_feed_token text,
  notification_prefs jsonb default '{}'::jsonb,
  created_at timestamptz default now()
);

create table classes (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  year_group int not null,
  teacher_id uuid references profiles(id)
);

create table pupils (
  id uuid primary key default gen_random_uuid(),
  first_name text not null,
  last_name text not null,
  date_of_birth date not null,
  class_id uuid references classes(id),
  medical_notes text,
  safeguarding_flag boolean default false,
  upn text unique
);

create table guardians (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references profiles(id),
  family_id uuid not null,
  relationship text,
  invite_token_hash text,
  invite_expires_at timestamptz
);

create table pupil_guardians (
  pupil_id uuid references pupils(id) on delete cascade,
  guardian_id uuid references guardians(id) on delete cascade,
  primary key (pupil_id, guardian_id)
);

create table announcements (
  id uuid primary key default gen_random_uuid(),
  class_id uuid references classes(id),
  author_id uuid references profiles(id),
  title text not null,
  body text not null,
  published boolean default false,
  created_at timestamptz default now()
);

create table permission_slips (
  id uuid primary key default gen_random_uuid(),
  class_id uuid references classes(id),
  author_id uuid references profiles(id),
  title text not null,
  details text,
  due_at timestamptz,
  cost_pence int default 0
);

create table slip_signatures (
  id uuid primary key default gen_random_uuid(),
  slip_id uuid references permission_slips(id) on delete cascade,
  pupil_id uuid references pupils(id),
  guardian_id uuid references guardians(id),
  consent boolean not null,
  signed_name text not null,
  signed_at timestamptz default now()
);

create table message_threads (
  id uuid primary key default gen_random_uuid(),
  guardian_id uuid references guardians(id),
  teacher_id uuid references profiles(id),
  pupil_id uuid references pupils(id),
  subject text
);

create table messages (
  id uuid primary key default gen_random_uuid(),
  thread_id uuid references message_threads(id) on delete cascade,
  sender_id uuid references profiles(id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz default now()
);

create table absences (
  id uuid primary key default gen_random_uuid(),
  pupil_id uuid references pupils(id),
  reported_by uuid references profiles(id),
  date date not null,
  reason text,
  authorised boolean default false
);

create table attendance (
  pupil_id uuid references pupils(id),
  date date not null,
  mark text not null,
  primary key (pupil_id, date)
);

create table events (
  id uuid primary key default gen_random_uuid(),
  slug text unique not null,
  title text not null,
  starts_at timestamptz not null,
  location text,
  public boolean default true,
  internal_notes text
);

create table audit_log (
  id bigserial primary key,
  actor_id uuid,
  action text not null,
  target text,
  meta jsonb,
  created_at timestamptz default now()
);

create or replace function mark_absent(p_pupil uuid, p_date date, p_reason text) returns void
language sql security invoker as $$
  insert into absences (pupil_id, date, reason, reported_by) values (p_pupil, p_date, p_reason, auth.uid());
$$;
