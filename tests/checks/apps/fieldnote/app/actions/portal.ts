"use server";

import * as v from "valibot";
import { redirect } from "next/navigation";
import { createClient, createServiceClient } from "@/lib/supabase/server";
import { rateLimit } from "@/lib/kv-ratelimit";
import { headers } from "next/headers";

const QuoteRequest = v.object({
  jobRef: v.pipe(v.string(), v.maxLength(40)),
  message: v.pipe(v.string(), v.minLength(5), v.maxLength(2000)),
});

// ruleid: missing-auth
export async function requestQuoteChange(formData: FormData) { // ok: missing-input-validation
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  const customerAuthId = data.user?.id;
  const input = v.parse(QuoteRequest, { jobRef: formData.get("jobRef"), message: formData.get("message") });
  await supabase.from("quote_requests").insert({ customer_auth_id: customerAuthId, job_ref: input.jobRef, message: input.message });
}

// ruleid: missing-input-validation
export async function updateContactDetails(formData: FormData) { // ok: missing-auth
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getClaims();
  if (error || !data?.claims) redirect("/portal/login");
  const payload = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await supabase.from("customers").update(payload).eq("auth_user_id", data.claims.sub); // ok: missing-authorization
}

export async function cancelAppointment(appointmentId: string) { // ok: missing-auth, missing-input-validation
  const supabase = await createClient();
  // ok: floating-auth-check
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  if (typeof appointmentId !== "string" || !/^[0-9a-f-]{36}$/.test(appointmentId)) throw new Error("Bad id");
  // ruleid: missing-authorization
  await createServiceClient().from("appointments").update({ status: "cancelled" }).eq("id", appointmentId);
}

export async function rescheduleAppointment(appointmentId: string, startsAt: string) { // ok: missing-auth, missing-input-validation
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  const input = v.parse(v.object({ id: v.pipe(v.string(), v.uuid()), startsAt: v.pipe(v.string(), v.isoTimestamp()) }), {
    id: appointmentId,
    startsAt,
  });
  const admin = createServiceClient();
  // ok: missing-authorization
  const { data: appt } = await admin.from("appointments").select("id, customer_auth_id").eq("id", input.id).single();
  if (!appt || appt.customer_auth_id !== user.id) throw new Error("Not found");
  // ok: mass-assignment
  await admin.from("appointments").update({ starts_at: input.startsAt, status: "requested" }).eq("id", appt.id);
}

// ruleid: missing-auth
export async function updateMarketingPrefs(optIn: boolean) { // ok: missing-input-validation
  const supabase = await createClient();
  // ruleid: floating-auth-check
  if (!supabase.auth.getUser()) redirect("/portal/login");
  if (typeof optIn !== "boolean") throw new Error("optIn must be a boolean");
  const { data } = await supabase.auth.getUser();
  await supabase.from("customers").update({ marketing_opt_in: optIn }).eq("auth_user_id", data.user?.id ?? "");
}

/** First visit from the "Invite to portal" email: binds the Supabase user to the customer record. */
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function claimPortal(customerId: string, token: string) {
  const ip = (await headers()).get("x-forwarded-for") ?? "unknown";
  const { ok } = await rateLimit(`portal-claim:${ip}`, 5, 600);
  if (!ok) return { error: "Too many attempts." };
  const input = v.parse(v.object({ customerId: v.pipe(v.string(), v.minLength(10)), token: v.pipe(v.string(), v.minLength(20)) }), {
    customerId,
    token,
  });
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  const admin = createServiceClient();
  const { data: customer } = await admin.from("customers").select("id, portal_token").eq("id", input.customerId).single();
  // ruleid: timing-unsafe-comparison
  if (!customer || customer.portal_token !== input.token) return { error: "This invite link is no longer valid." };
  await admin.from("customers").update({ auth_user_id: user.id, portal_token: null }).eq("id", customer.id);
  return { ok: true };
}

export async function getMyInvoices() { // ok: missing-auth
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  const { data } = await supabase.from("invoices").select("*").eq("customer_auth_id", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

export async function getMyAppointments() { // ok: missing-auth
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/portal/login");
  const { data } = await supabase
    .from("appointments")
    .select("id, starts_at, status, technician_first_name")
    .eq("customer_auth_id", user.id)
    .order("starts_at");
  // ok: excessive-data-exposure
  return data ?? [];
}
