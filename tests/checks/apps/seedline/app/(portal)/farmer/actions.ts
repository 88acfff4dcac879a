"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

const contactSchema = z.object({ phone: z.string().regex(/^\+[0-9]{9,15}$/), village: z.string().max(80) });

// ok: missing-auth, missing-input-validation
export async function updateMyContact(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/farmer/sign-in");
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Check your phone number" };
  // ok: missing-authorization
  await supabase.from("member_profiles").update(parsed.data).eq("user_id", user.id);
  return { ok: true };
}

// ok: missing-auth
export async function getMyPayouts() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/farmer/sign-in");
  const { data } = await supabase.from("payouts").select("*").eq("member_user_id", user.id).order("created_at", { ascending: false });
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth
export async function getMyDeliveries() {
  const supabase = await createClient();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) redirect("/farmer/sign-in");
  const { data } = await supabase
    .from("deliveries")
    .select("ticket_no, gross_kg, tare_kg, grade, created_at")
    .eq("member_user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

const farmSchema = z.object({ name: z.string().min(2).max(80), hectares: z.coerce.number().positive(), ownerId: z.string().uuid() });

// Farmers register an extra plot; the form posts the ownerId of the profile being viewed.
// ok: missing-auth, missing-input-validation
export async function registerMyFarm(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const input = farmSchema.parse(Object.fromEntries(formData));
  await supabase.from("farms").insert({
    name: input.name,
    hectares: input.hectares,
    // ruleid: missing-authorization
    // ruleid: mass-assignment
    owner_id: input.ownerId,
  });
  return { ok: true };
}

const loanRequestSchema = z.object({ amount: z.coerce.number().positive().max(500_000), purpose: z.enum(["SEED", "FERTILISER", "EQUIPMENT"]) });

// ruleid: missing-auth
// ok: missing-input-validation
export async function requestInputLoan(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const input = loanRequestSchema.parse(Object.fromEntries(formData));
  await supabase.from("loan_requests").insert({ ...input, member_user_id: user?.id, status: "PENDING" });
  return { submitted: true };
}
