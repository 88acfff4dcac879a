"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const HostProfile = z.object({
  company_name: z.string().min(2).max(120),
  contact_phone: z.string().max(30).optional(),
  billing_email: z.string().email(),
});

// ok: missing-auth, missing-input-validation
export async function updateHostProfile(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/host/login");
  const parsed = HostProfile.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the highlighted fields." };
  try {
    // ok: missing-authorization, mass-assignment
    const { error } = await supabase.from("host_profiles").update(parsed.data).eq("user_id", user.id);
    if (error) throw error;
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Could not save profile: ${(e as { message?: string }).message}` };
  }
  revalidatePath("/host/profile");
  return { ok: true };
}

// ok: missing-auth
export async function listHostSites() {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) throw new Error("Not signed in");
  const { data } = await supabase.from("host_sites").select("*").eq("host_user_id", auth.user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth
export async function listHostSitesForMap() {
  const supabase = await createClient();
  const { data: auth } = await supabase.auth.getUser();
  if (!auth.user) throw new Error("Not signed in");
  const { data } = await supabase.from("host_sites").select("id, name, latitude, longitude, bays").eq("host_user_id", auth.user.id);
  // ok: excessive-data-exposure
  return data;
}

const ParkingRules = z.object({
  siteId: z.string().uuid(),
  maxStayMinutes: z.number().int().min(15).max(1440),
  overstayFeeCents: z.number().int().min(0).max(10_000),
  guestOnly: z.boolean(),
});

// ok: missing-auth, missing-input-validation
export async function setParkingRules(input: z.infer<typeof ParkingRules>) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Not signed in" };
  const rules = ParkingRules.parse(input);
  const patch = { max_stay_minutes: rules.maxStayMinutes, overstay_fee_cents: rules.overstayFeeCents, guest_only: rules.guestOnly };
  // ruleid: missing-authorization
  const { error } = await supabase.from("host_sites").update(patch).eq("id", rules.siteId);
  // ok: information-disclosure
  return error ? { error: "Could not save parking rules." } : { ok: true };
}

// Monthly revenue-share statement.
// ruleid: missing-auth
// ok: missing-input-validation
export async function getHostStatement(month: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  const m = z.string().regex(/^\d{4}-\d{2}$/).parse(month);
  const { data } = await supabase
    .from("host_statements")
    .select("month, sessions, energy_kwh, revenue_share_cents")
    .eq("host_user_id", user?.id ?? "")
    .eq("month", m)
    .single();
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function reportParkingViolation(formData: FormData) {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user) redirect("/host/login");
  const input = z.object({ siteId: z.string().uuid(), bay: z.coerce.number().int().min(1).max(999), plate: z.string().max(12) }).parse({
    siteId: formData.get("siteId"),
    bay: formData.get("bay"),
    plate: formData.get("plate"),
  });
  const { data: site } = await supabase.from("host_sites").select("id").eq("id", input.siteId).eq("host_user_id", data.user.id).maybeSingle();
  if (!site) return { error: "Unknown site" };
  // ok: missing-authorization
  await supabase.from("parking_violations").insert({ site_id: site.id, bay: input.bay, plate: input.plate, reported_by: data.user.id });
  return { ok: true };
}
