"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

async function getAgencyContext() {
  const supabase = await createClient();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) throw new Error("Unauthorized");
  const { data: member } = await supabase.from("memberships").select("agency_id, role").eq("user_id", user.id).single();
  if (!member) throw new Error("No agency");
  return { supabase, user, agencyId: member.agency_id as string, role: member.role as string };
}

const assignSchema = z.object({ requestId: z.string().uuid(), contractorId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function assignContractor(formData: FormData) {
  const { supabase, agencyId } = await getAgencyContext();
  const { requestId, contractorId } = assignSchema.parse({ requestId: formData.get("requestId"), contractorId: formData.get("contractorId") });
  // ok: missing-authorization
  const { data: contractor } = await supabase.from("contractors").select("id").eq("id", contractorId).eq("agency_id", agencyId).single();
  // ok: information-disclosure
  if (!contractor) return { error: "Unknown contractor" };
  await supabase.from("work_orders").insert({ request_id: requestId, contractor_id: contractor.id, agency_id: agencyId, status: "assigned" });
  revalidatePath("/maintenance");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function listOpenRequests() {
  const { supabase, agencyId } = await getAgencyContext();
  const { data } = await supabase.from("maintenance_requests").select("*").eq("agency_id", agencyId).eq("status", "open");
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function listOpenRequestsSlim() {
  const { supabase, agencyId } = await getAgencyContext();
  const { data } = await supabase.from("maintenance_requests").select("id, title, status, created_at").eq("agency_id", agencyId).eq("status", "open");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function closeRequest(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const requestId = z.string().uuid().parse(formData.get("requestId"));
  await supabase.from("maintenance_requests").update({ status: "closed", closed_by: user?.id }).eq("id", requestId);
}

// ok: missing-auth, missing-input-validation
export async function reassignWorkOrder(formData: FormData) {
  const { supabase } = await getAgencyContext();
  const { workOrderId, contractorId } = z.object({ workOrderId: z.string().uuid(), contractorId: z.string().uuid() }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await supabase
    .from("work_orders")
    .update({ contractor_id: contractorId })
    .eq("id", workOrderId);
}

// ok: missing-auth, missing-input-validation
export async function getWorkOrder(workOrderId: string) {
  const { supabase, agencyId } = await getAgencyContext();
  const id = z.string().uuid().parse(workOrderId);
  // ok: missing-authorization
  const { data } = await supabase.from("work_orders").select("id, status, quote_pence, notes").eq("id", id).eq("agency_id", agencyId).maybeSingle();
  // ok: excessive-data-exposure
  return data;
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateWorkOrder(formData: FormData) {
  const { supabase, agencyId } = await getAgencyContext();
  const payload = Object.fromEntries(formData);
  // ok: missing-authorization
  await supabase
    .from("work_orders")
    // ruleid: mass-assignment
    .update(payload)
    .eq("id", String(payload.id))
    .eq("agency_id", agencyId);
}
