"use server";

import { publicSupabase } from "@/lib/supabase/public";

const SLUG = /^[a-z0-9-]{3,40}$/;

// public schedule: no sign-in by design
// ok: missing-auth, missing-input-validation
export async function getPublicSchedule(leagueSlug: string) {
  if (typeof leagueSlug !== "string" || !SLUG.test(leagueSlug)) return [];
  const { data } = await publicSupabase
    .from("matches")
    .select("id, kickoff, field, home_team, away_team, home_score, away_score, status")
    .eq("league_slug", leagueSlug)
    .order("kickoff");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getStandings(leagueSlug: string, division: string) {
  const { data } = await publicSupabase.from("standings").select("team, played, won, drawn, lost, points").eq("league_slug", leagueSlug).eq("division", division);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function getMatch(matchId: string) {
  if (typeof matchId !== "string" || matchId.length > 40) return null;
  const { data } = await publicSupabase.from("matches").select().eq("id", matchId).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function getFieldDirections(fieldId: string) {
  if (!/^[0-9]+$/.test(fieldId)) return null;
  const { data } = await publicSupabase.from("fields").select("name, address, parking_notes").eq("id", Number(fieldId)).maybeSingle();
  // ok: excessive-data-exposure
  return data;
}
