"use server";

import { z } from "zod";
import { createSupabaseServer } from "@/lib/db/supabase-server";
import { sendSms } from "@/lib/sms";
import { smsLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

const Crew = z.object({ siteId: z.string().uuid(), name: z.string().min(1).max(80), phone: z.string().regex(/^\+\d{8,15}$/), certified: z.boolean() });

async function requireSupabaseUser() {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");
  return { supabase, user };
}

// ok: missing-auth, missing-input-validation
export async function addCrewMember(raw: unknown) {
  const { supabase, user } = await requireSupabaseUser();
  const input = Crew.parse(raw);
  const { data: site } = await supabase.from("sites").select("id").eq("id", input.siteId).eq("manager_id", user.id).single();
  if (!site) return { error: "Not your site" };
  // ok: mass-assignment, missing-authorization
  await supabase.from("crew").insert({ ...input, added_by: user.id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listCrew(siteId: string) {
  const { supabase, user } = await requireSupabaseUser();
  z.string().uuid().parse(siteId);
  const { data } = await supabase
    .from("crew")
    .select("id, name, certified")
    // ok: missing-authorization
    .eq("site_id", siteId).eq("added_by", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function exportCrew(siteId: string) {
  const { supabase } = await requireSupabaseUser();
  z.string().uuid().parse(siteId);
  // why: crew (names, phone numbers) of any site by id; no manager check.
  // ruleid: missing-authorization
  const { data } = await supabase
    .from("crew")
    .select("*")
    .eq("site_id", siteId);
  // why: select("*") rows returned as-is.
  // ruleid: excessive-data-exposure
  return data;
}

// why: update payload not validated; whole object written.
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateCrewMember(crewId: string, patch: Record<string, unknown>) {
  const { supabase, user } = await requireSupabaseUser();
  await supabase
    .from("crew")
    // why: client object (certified flag, added_by) written wholesale.
    // ruleid: mass-assignment
    .update(patch)
    // ok: missing-authorization
    .eq("id", crewId).eq("added_by", user.id);
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function textCrewShift(siteId: string, message: string) {
  const { supabase, user } = await requireSupabaseUser();
  const input = z.object({ siteId: z.string().uuid(), message: z.string().min(1).max(160) }).parse({ siteId, message });
  const { success } = await smsLimiter.limit(`crew:${user.id}`);
  if (!success) return { error: "Slow down" };
  const { data: crew } = await supabase.from("crew").select("phone").eq("site_id", input.siteId).eq("added_by", user.id);
  for (const c of crew ?? []) await sendSms(c.phone, input.message);
  logger.info("crew_texted", { siteId: input.siteId, count: crew?.length ?? 0 });
  return { sent: crew?.length ?? 0 };
}

// why: mass SMS to a site's crew with no rate limit.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function textCrewEmergency(siteId: string, message: string) {
  const { supabase, user } = await requireSupabaseUser();
  const input = z.object({ siteId: z.string().uuid(), message: z.string().min(1).max(160) }).parse({ siteId, message });
  // ok: missing-authorization
  const { data: crew } = await supabase.from("crew").select("phone").eq("site_id", input.siteId).eq("added_by", user.id);
  for (const c of crew ?? []) await sendSms(c.phone, `URGENT: ${input.message}`);
}
