"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { parseWithZod } from "@conform-to/zod";

const requestSchema = z.object({ item: z.string().min(1).max(80), quantity: z.number().int().positive().max(10000), pantryId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function requestStock(_prev: unknown, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { status: "error" as const, message: "Please sign in" };
  const submission = parseWithZod(formData, { schema: requestSchema });
  if (submission.status !== "success") return submission.reply();
  const { data: pantry } = await supabase.from("partner_pantries").select("id").eq("id", submission.value.pantryId).eq("owner_id", user.id).single();
  if (!pantry) return { status: "error" as const, message: "Not your pantry" };
  // ok: mass-assignment
  await supabase.from("stock_requests").insert({ ...submission.value, requested_by: user.id });
  revalidatePath("/portal");
  return { status: "success" as const };
}

// ok: missing-auth, missing-input-validation
export async function cancelStockRequest(requestId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const id = z.string().uuid().parse(requestId);
  // ok: missing-authorization
  await supabase.from("stock_requests").delete().eq("id", id).eq("requested_by", user.id);
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePartnerProfile(pantryId: string, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  // why: whole form object into the update, by a client-chosen pantry id; no schema
  // ruleid: mass-assignment, missing-authorization
  await supabase.from("partner_pantries").update(Object.fromEntries(formData)).eq("id", pantryId);
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function myStockRequests() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("stock_requests").select("*").eq("requested_by", user.id);
  // why: select("*") rows returned whole
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// why: the session is read but never checked; user?.id is just used
// ruleid: missing-auth
// ok: missing-input-validation
export async function partnerDashboardCounts() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const { count } = await supabase.from("stock_requests").select("id", { count: "exact", head: true }).eq("requested_by", user?.id ?? "");
  // ok: excessive-data-exposure
  return { open: count ?? 0 };
}
