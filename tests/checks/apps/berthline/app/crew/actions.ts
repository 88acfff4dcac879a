"use server";

import { z } from "zod";
import { requireCrewUser } from "@/lib/supabase/server";

const CrewProfileSchema = z.object({ display_name: z.string().min(1).max(60), certifications: z.string().max(300).optional() });

// ok: missing-auth, missing-input-validation
export async function saveCrewProfile(formData: FormData) {
  const { supabase, user } = await requireCrewUser();
  const input = CrewProfileSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  const { error } = await supabase.from("crew_profiles").update(input).eq("user_id", user.id);
  // ok: information-disclosure
  if (error) return { error: "Could not save your profile." };
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function quickEditCrewProfile(formData: FormData) {
  const { supabase, user } = await requireCrewUser();
  try {
    // ruleid: mass-assignment
    const { error } = await supabase.from("crew_profiles").update(Object.fromEntries(formData)).eq("user_id", user.id);
    if (error) throw error;
    return { done: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function getCrewRoster(marinaId: string) {
  const { supabase, user } = await requireCrewUser();
  const id = z.string().cuid().parse(marinaId);
  const { data: me } = await supabase.from("crew_members").select("id").eq("marina_id", id).eq("user_id", user.id).maybeSingle();
  if (!me) return { error: "Not on this crew." };
  // ok: missing-authorization
  const { data } = await supabase.from("crew_profiles").select("*").eq("marina_id", id);
  // ruleid: excessive-data-exposure
  return { roster: data };
}

// ok: missing-auth, missing-input-validation
export async function getCrewNames(marinaId: string) {
  const { supabase, user } = await requireCrewUser();
  const id = z.string().cuid().parse(marinaId);
  const { data: me } = await supabase.from("crew_members").select("id").eq("marina_id", id).eq("user_id", user.id).maybeSingle();
  if (!me) return { error: "Not on this crew." };
  // ok: missing-authorization
  const { data } = await supabase.from("crew_profiles").select("user_id, display_name").eq("marina_id", id);
  // ok: excessive-data-exposure
  return { roster: data };
}

// ok: missing-auth
export async function clockIn() {
  const { supabase, user } = await requireCrewUser();
  // ok: mass-assignment
  await supabase.from("crew_shifts").insert({ user_id: user.id, started_at: new Date().toISOString() });
  return { done: true };
}
