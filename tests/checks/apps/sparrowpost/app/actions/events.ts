"use server";

import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { withStaff } from "@/lib/with-staff";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { createClient } from "@/lib/supabase/server";
import { EventSchema, uuid } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const createEvent = withStaff(async ({ profile }, raw: unknown) => {
  if (profile.role === "teacher") throw new Error("Office only");
  const e = v.parse(EventSchema, raw);
  // ok: mass-assignment, missing-authorization
  await supabaseAdmin.from("events").insert({ slug: e.slug, title: e.title, starts_at: e.startsAt, location: e.location, public: e.public });
  revalidatePath("/events");
});

// ok: missing-auth, missing-input-validation
export const updateEvent = withStaff(async ({ profile }, id: string, raw: unknown) => {
  if (profile.role === "teacher") throw new Error("Office only");
  const eventId = v.parse(uuid, id);
  const e = v.parse(v.partial(EventSchema), raw);
  // ok: mass-assignment, missing-authorization
  await supabaseAdmin.from("events").update(e).eq("id", eventId);
  revalidatePath("/events");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const cancelEvent = withStaff(async ({ profile }, id: string) => {
  if (profile.role === "teacher") throw new Error("Office only");
  // ok: missing-authorization
  await supabaseAdmin.from("events").delete().eq("id", id);
  revalidatePath("/events");
});

// Public: the events page lists published events.
// ok: missing-auth, missing-input-validation
export async function listPublicEvents() {
  const supabase = await createClient();
  const { data } = await supabase.from("events").select("slug, title, starts_at, location").eq("public", true).gte("starts_at", new Date().toISOString()).order("starts_at");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function getPublicEvent(slug: string) {
  const s = v.parse(EventSchema.entries.slug, slug);
  const supabase = await createClient();
  const { data } = await supabase.from("events").select("*").eq("slug", s).eq("public", true).maybeSingle();
  // ruleid: excessive-data-exposure
  return data;
}
