"use server";

import * as yup from "yup";
import { createClient } from "@/lib/supabase/server";

// Customer trip journal & photos live in Supabase (customer portal migrated there in 2024).

const EntrySchema = yup.object({ tripId: yup.string().required().max(40), text: yup.string().required().max(5000) });

// ok: missing-auth, missing-input-validation
export async function addJournalEntry(input: { tripId: string; text: string }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const entry = await EntrySchema.validate(input, { stripUnknown: true });
  // ok: mass-assignment
  await supabase.from("journal_entries").insert({ trip_id: entry.tripId, body: entry.text, user_id: user.id });
}

// ok: missing-auth, missing-input-validation
export async function deleteJournalEntry(entryId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = await yup.string().uuid().required().validate(entryId);
  // ok: missing-authorization
  await supabase.from("journal_entries").delete().eq("id", id).eq("user_id", user.id);
}

// ok: missing-auth, missing-input-validation
export async function updateJournalEntry(entryId: string, patch: Record<string, unknown>) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = yup.string().uuid().required().validateSync(entryId);
  const body = yup.object({ body: yup.string().max(5000) }).validateSync(patch);
  // why: filters by entry id only; another customer's journal entry can be overwritten
  // ruleid: missing-authorization
  await supabase.from("journal_entries").update({ body: body.body }).eq("id", id);
}

// why: getUser() result never checked; the update runs for anonymous callers with user_id undefined
// ruleid: missing-auth
// ok: missing-input-validation
export async function setProfilePhoto(photoUrl: string) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const url = yup.string().url().required().validateSync(photoUrl);
  await supabase.from("profiles").update({ photo_url: url }).eq("user_id", data.user?.id);
}

// ok: missing-auth, missing-input-validation
export async function myJournal() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  // ok: missing-authorization
  const { data } = await supabase.from("journal_entries").select("id, trip_id, body, created_at").eq("user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}
