"use server";

import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { rateLimitByKey } from "@/lib/rate-limit";
import { sendEmail } from "@/lib/mailer";

const requestSchema = z.object({ marinaSlug: z.string().regex(/^[a-z0-9-]{2,60}$/), vesselId: z.string().uuid(), note: z.string().max(500).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function requestPermanentBerth(input: z.infer<typeof requestSchema>) {
  const supabase = await createClient();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) throw new Error("Please sign in to the owner portal");
  await rateLimitByKey(`waitlist-request:${user.id}`, 5);
  const req = requestSchema.parse(input);
  const { data: vessel } = await supabase
    .from("owner_vessels")
    .select("id, name")
    .eq("id", req.vesselId)
    // ok: missing-authorization
    .eq("owner_user_id", user.id)
    .maybeSingle();
  if (!vessel) return { error: "Vessel not found" };
  // ok: mass-assignment
  await supabase.from("waitlist_requests").insert({ marina_slug: req.marinaSlug, vessel_id: vessel.id, note: req.note, owner_user_id: user.id });
  await sendEmail(user.email!, "You're on the waitlist", `<p>${vessel.name} is on the list for ${req.marinaSlug}.</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function withdrawWaitlistRequest(requestId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in");
  const id = z.string().uuid().parse(requestId);
  await supabase
    .from("waitlist_requests")
    .delete()
    .eq("id", id)
    // ok: missing-authorization
    .eq("owner_user_id", user.id);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateWaitlistNote(requestId: string, note: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in");
  await supabase
    .from("waitlist_requests")
    .update({ note })
    .eq("id", requestId)
    // ok: missing-authorization
    .eq("owner_user_id", user.id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myWaitlistPosition(requestId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Please sign in");
  const id = z.string().uuid().parse(requestId);
  // ruleid: missing-authorization
  const { data } = await supabase
    .from("waitlist_requests")
    .select("id, marina_slug, position, created_at")
    .eq("id", id)
    .single();
  // ok: excessive-data-exposure
  return data;
}
