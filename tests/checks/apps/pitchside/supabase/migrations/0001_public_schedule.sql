-- Public schedule tables (read by the anon key; written by the service role)
create table if not exists leagues (slug text primary key, name text not null, logo_url text);
create table if not exists matches (
  id text primary key,
  league_slug text references leagues(slug),
  kickoff timestamptz not null,
  field text,
  home_team text,
  away_team text,
  home_score int,
  away_score int,
  status text default 'scheduled',
  referee_phone text
);
create table if not exists standings (league_slug text, division text, team text, played int, won int, drawn int, lost int, points int);
create table if not exists fields (id bigint primary key, name text, address text, parking_notes text);
create table if not exists scores (match_id text primary key, home_score int, away_score int, published_at timestamptz);
create table if not exists schedule_followers (email text, league_slug text, primary key (email, league_slug));
create table if not exists match_reports (id uuid primary key default gen_random_uuid(), league_id text, match_id text, referee_id uuid, incidents text, injury_notes text);
create table if not exists report_drafts (id uuid primary key default gen_random_uuid(), match_id text, referee_id uuid, body text, updated_at timestamptz default now());

alter table matches enable row level security;
create policy "public read" on matches for select using (true);
alter table standings enable row level security;
create policy "public read" on standings for select using (true);
